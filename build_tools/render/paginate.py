"""Split long listings into pages that stay put as the archive grows, wherever an item lands.

A listing comes newest first. Its full pages are cut where an item's own hash says so,
counting from the oldest: a page that holds MIN_PAGE items ends after an item whose hash
says so (as content-defined chunking cuts a file), so pages hold PER_PAGE items on average;
one is cut at MAX_PAGE if no item ended it sooner. Each full page is named after the item
that ends it. One more item, newest or dated back among the oldest, so lands on one page and
leaves the others as they were (when it ends a page itself, it splits that page in two).
stem.md, the listing's first page, shows the newest items that end no page yet together with
the newest full page, so it is never nearly empty. The pager names no page numbers, which
would move.
"""
from __future__ import annotations

import hashlib

PER_PAGE = 100  # items a full page holds on average
MIN_PAGE = PER_PAGE // 4  # no page ends sooner: none of a handful of items
MAX_PAGE = 4 * PER_PAGE  # a page is cut here when no item ends it sooner (about 1 page in 150)
_ODDS = PER_PAGE - MIN_PAGE  # one item in so many ends a page: MIN_PAGE + _ODDS on average


def _digest(item: object) -> bytes:
    return hashlib.blake2b(str(item).encode(), digest_size=8).digest()


def _ends_page(item: object) -> bool:
    return int.from_bytes(_digest(item), "big") % _ODDS == 0


def stable_pages(stem: str, items: list) -> list[tuple[str, list, str | None, str | None]]:
    """(name, items newest first, newer page, older page) of each page of a newest-first
    listing: the first page, then the full pages from the newest to the oldest."""
    full: list[list] = []
    filling: list = []
    for item in reversed(items):  # oldest first
        filling.append(item)
        if (len(filling) >= MIN_PAGE and _ends_page(item)) or len(filling) == MAX_PAGE:
            full.append(filling)
            filling = []
    names, taken = [], set()
    for chunk in full:
        name = f"{stem}--{_digest(chunk[-1]).hex()[:10]}"
        while f"{name}.md" in taken:  # the same last item twice in one listing: told apart
            name += "-2"
        taken.add(f"{name}.md")
        names.append(f"{name}.md")
    first = (full[-1] + filling if full else filling)[::-1]
    pages: list[tuple[str, list, str | None, str | None]] = [
        (f"{stem}.md", first, None, names[-2] if len(names) >= 2 else None)]
    for k in range(len(full) - 1, -1, -1):
        pages.append((names[k], full[k][::-1], names[k + 1] if k + 1 < len(names) else f"{stem}.md",
                      names[k - 1] if k else None))
    return pages


def pager(newer: str | None, older: str | None) -> str:
    """Newer/older links between pages of one folder; no number or total, which would
    change as the listing grows."""
    parts = []
    if newer:
        parts.append(f"[← Newer]({newer.rsplit('/', 1)[-1]})")
    if older:
        parts.append(f"[Older →]({older.rsplit('/', 1)[-1]})")
    return " · ".join(parts)
