"""Words as readers read them: dates written out ("14 March 2025"), counts with the
right number ("1 briefing", "2 briefings")."""
from __future__ import annotations

import datetime as dt

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")


def long_date(iso: str | None, undated: str = "Undated") -> str:
    """"2025-03-14" -> "14 March 2025"; no date -> `undated`."""
    if not iso:
        return undated
    day = dt.date.fromisoformat(iso)
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def month(iso: str | None, undated: str = "Undated") -> str:
    """"2025-03-14" -> "March 2025"."""
    if not iso:
        return undated
    day = dt.date.fromisoformat(iso)
    return f"{MONTHS[day.month - 1]} {day.year}"


def plural(count: int, noun: str, plural_form: str | None = None) -> str:
    """"1 briefing", "2 briefings", "1,200 mentions"."""
    return f"{count:,} {noun if count == 1 else plural_form or noun + 's'}"

