"""Split long listings into pages that stay put as the archive grows.

A listing comes newest first. Its full pages are laid out from the oldest: stem--1.md holds
the oldest PER_PAGE items, stem--2.md the next, and so on; they never change when a newer
item arrives. stem.md, the listing's first page, shows the newest items that fill no page yet
together with the newest full page, so it is never nearly empty. One more newest item so
changes the first page, and when a page fills, adds that page and relinks the one before:
a constant number of files, not every page of the listing.
"""
from __future__ import annotations

PER_PAGE = 100


def stable_pages(stem: str, items: list) -> list[tuple[str, list, str | None, str | None]]:
    """(name, items newest first, newer page, older page) of each page of a newest-first
    listing: the first page, then the full pages from the newest to the oldest."""
    oldest_first = items[::-1]
    full = len(items) // PER_PAGE
    names = {k: f"{stem}--{k}.md" for k in range(1, full + 1)}
    newest_full = oldest_first[(full - 1) * PER_PAGE:full * PER_PAGE] if full else []
    first = (newest_full + oldest_first[full * PER_PAGE:])[::-1]
    pages: list[tuple[str, list, str | None, str | None]] = [(f"{stem}.md", first, None, names.get(full - 1))]
    for k in range(full, 0, -1):
        chunk = oldest_first[(k - 1) * PER_PAGE:k * PER_PAGE][::-1]
        pages.append((names[k], chunk, names.get(k + 1, f"{stem}.md"), names.get(k - 1)))
    return pages


def pager(newer: str | None, older: str | None, number: int | None = None) -> str:
    """Newer/older links between pages of one folder; no total, which would change as the
    listing grows."""
    parts = []
    if newer:
        parts.append(f"[← Newer]({newer.rsplit('/', 1)[-1]})")
    if number:
        parts.append(f"Page {number} (1 is the oldest)")
    if older:
        parts.append(f"[Older →]({older.rsplit('/', 1)[-1]})")
    return " · ".join(parts)


def page_number(name: str) -> int | None:
    """The number of a full page (stem--3.md -> 3); None for the first page."""
    stem = name.rsplit("/", 1)[-1].removesuffix(".md")
    return int(stem.rsplit("--", 1)[1]) if "--" in stem else None
