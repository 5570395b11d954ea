"""One briefing as a Markdown page with front matter."""
from __future__ import annotations

import math

from build_tools.model import Article, BulletList, Paragraph, Section, Table
from build_tools.render.escape import attribute, block, inline
from build_tools.render.frontmatter import front_matter

WORDS_PER_MINUTE = 230
DESCRIPTION_MAX = 200


def reading_minutes(word_count: int) -> int:
    return max(1, math.ceil(word_count / WORDS_PER_MINUTE))


def description(summary: str) -> str:
    """A meta description: the summary cut at a word boundary."""
    if len(summary) <= DESCRIPTION_MAX:
        return summary
    return summary[:DESCRIPTION_MAX].rsplit(" ", 1)[0] + "…"


def render_briefing(article: Article) -> str:
    meta = article.meta
    head = front_matter({
        "title": attribute(article.title),
        "description": attribute(description(article.summary)),
        "date": meta.date,
        "author": attribute(meta.author) if meta.author else None,
        "source": f"articles/{article.source_name}",
        "source_url": meta.source_url,
        "word_count": article.word_count,
        "reading_time": reading_minutes(article.word_count),
    })
    parts = [head.rstrip("\n"), f"# {inline(article.title)}", _facts(article), _summary(article.summary)]
    parts.extend(_block(b) for b in article.intro)
    for section in article.sections:
        parts.append(_section(section))
    return "\n\n".join(p for p in parts if p) + "\n"


def _facts(article: Article) -> str:
    meta = article.meta
    facts = [meta.date or "Undated", f"{article.word_count:,} words",
             f"{reading_minutes(article.word_count)} min read"]
    if meta.author:
        facts.insert(0, f"By {inline(meta.author)}")
    if article.dateline:
        facts.insert(0, f"**{inline(article.dateline)}**")
    source = f"Source: {inline('articles/' + article.source_name)}"
    if meta.source_url:
        source += f" ([original]({meta.source_url.replace(' ', '%20').replace(')', '%29')}))"
    return " · ".join(facts + [source]) + "\n{: .briefing-facts }"


def _summary(summary: str) -> str:
    return f'!!! abstract "Summary"\n\n    {block(summary)}'


def _section(section: Section) -> str:
    hashes = "#" * section.level
    parts = [f"{hashes} {inline(section.heading)} {{ #{section.anchor} }}"]
    parts.extend(_block(b) for b in section.blocks)
    for q in section.faq:
        answer = "\n\n".join("    " + _block(b) for b in q.answer) or "    (No answer given.)"
        parts.append(f'??? question "{inline(q.question)}"\n\n{answer}')
    return "\n\n".join(parts)


def _block(b) -> str:
    if isinstance(b, Paragraph):
        return block(b.text)
    if isinstance(b, BulletList):
        return _list(b)
    if isinstance(b, Table):
        return _table(b)
    raise TypeError(f"unknown block {b!r}")


def _list(b: BulletList) -> str:
    lines = []
    for n, item in enumerate(b.items, start=b.start):
        marker = f"{n}." if b.ordered else "-"
        term = f"**{inline(item.term)}:** " if item.term else ""
        text = inline(item.text) if item.term else block(item.text)
        lines.append(f"{marker} {term}{text}")
    return "\n".join(lines)


def _table(t: Table) -> str:
    caption = inline(t.caption) if t.caption else f"Table {t.anchor.removeprefix('table-')}"
    rows = [t.header, tuple("---" for _ in t.header), *t.rows]
    body = "\n".join("| " + " | ".join(c if i == 1 else block(c) for c in row) + " |"
                     for i, row in enumerate(rows))
    return f"{caption}\n{{: .table-caption #{t.anchor} }}\n\n{body}"
