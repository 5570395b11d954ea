"""Split long listings into pages so that no page grows with the archive."""
from __future__ import annotations

PER_PAGE = 100


def page_names(stem: str, count: int) -> list[str]:
    """stem.md, stem--2.md, ... for `count` items (one page at least)."""
    pages = max(1, -(-count // PER_PAGE))
    return [f"{stem}.md"] + [f"{stem}--{n}.md" for n in range(2, pages + 1)]


def chunks(items: list, size: int = PER_PAGE) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)] or [[]]


def pager(names: list[str], n: int) -> str:
    """Newer/older links for page n (1-based), relative to pages in the same folder."""
    parts = []
    if n > 1:
        parts.append(f"[← Previous page]({names[n - 2].rsplit('/', 1)[-1]})")
    parts.append(f"Page {n} of {len(names)}")
    if n < len(names):
        parts.append(f"[Next page →]({names[n].rsplit('/', 1)[-1]})")
    return " · ".join(parts) if len(names) > 1 else ""
