"""Stable anchors for sections and tables, unique within each briefing."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from build_tools.model import Article, Table


def slugify(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "section"


def with_anchors(article: Article) -> Article:
    seen: set[str] = {"summary", "top"}
    next_number: dict[str, int] = {}  # base -> the suffix to try next: repeats cost O(1), not O(n)
    table_number = 0

    def unique(base: str) -> str:
        anchor, n = base, next_number.get(base, 2)
        while anchor in seen:
            anchor, n = f"{base}-{n}", n + 1
        next_number[base] = n
        seen.add(anchor)
        return anchor

    def number_tables(blocks):
        nonlocal table_number
        out = []
        for block in blocks:
            if isinstance(block, Table):
                table_number += 1
                block = replace(block, anchor=unique(f"table-{table_number}"))
            out.append(block)
        return tuple(out)

    intro = number_tables(article.intro)
    sections = tuple(replace(s, anchor=unique(slugify(s.heading)), blocks=number_tables(s.blocks),
                             faq=tuple(replace(q, answer=number_tables(q.answer)) for q in s.faq))
                     for s in article.sections)
    return replace(article, intro=intro, sections=sections)
