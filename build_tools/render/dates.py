"""Dates as readers read them: "14 March 2025", "March 2025"."""
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
