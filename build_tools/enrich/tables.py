"""The table catalogue: every table with a stable id."""
from __future__ import annotations

from build_tools.model import Article, Table, TableEntry


def table_entries(article: Article) -> list[TableEntry]:
    entries = []
    places = [("", b) for b in article.intro] + [
        (s.heading, b) for s in article.sections for b in (*s.blocks, *(a for q in s.faq for a in q.answer))]
    for section, block in places:
        if isinstance(block, Table):
            entries.append(TableEntry(f"{article.slug}-{block.anchor}", article.slug, block.anchor,
                                      section, block))
    return entries
