"""One briefing as a Markdown page with front matter."""
from __future__ import annotations

import json
import math
import re

from build_tools.enrich.texts import dropped_lines
from build_tools.render.wording import long_date
from build_tools.model import Article, BulletList, Paragraph, Section, Table
from build_tools.render.escape import attribute, block, inline
from build_tools.render.frontmatter import front_matter
from build_tools.render.links import BriefingLinks, SectionLinker, Tooltips

WORDS_PER_MINUTE = 230
DESCRIPTION_MAX = 200
KEY_POINTS_MAX = 8


def reading_minutes(word_count: int) -> int:
    return max(1, math.ceil(word_count / WORDS_PER_MINUTE))


def description(summary: str) -> str:
    """A meta description: the summary cut at a word boundary."""
    if len(summary) <= DESCRIPTION_MAX:
        return summary
    return summary[:DESCRIPTION_MAX].rsplit(" ", 1)[0].rstrip(" ,;:.") + "…"


def byline_name(byline: str | None) -> str | None:
    """The author a byline names: "By Jane Doe, Reuters" -> "Jane Doe, Reuters", "Reporting by
    Ruth Anand" -> "Ruth Anand", "WRITER: Pattama Srisuk" -> "Pattama Srisuk"."""
    if not byline:
        return None
    return _DATED_TAIL.sub("", _BYLINE_LEAD.sub("", byline))


# A blog's date after the name, "Anjali Varghese on 22 March 2025", "Hemi Walker at 9:14 PM": the
# page shows it; the author is the name
_DATED_TAIL = re.compile(r"\s+(?:on|at)\s+(?:\w+,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?)"
                         r",?(?:\s+\d{4})?.*$|\s+at\s+\d{1,2}[:.]\d{2}.*$")


# A byline's lead: "By", "Live coverage by", "Photographs and text by", "Words:", "WRITER:".
_BYLINE_LEAD = re.compile(r"^(?:(?:[a-z]+ ){0,3}by:?|words:|text:|writer:|reporter:|authors?:|(?:press|media|news) release [–—-])\s+",
                          re.IGNORECASE)  # a press wire's "Press Release – Wairangi Chamber of Commerce" names the body


def structured_data(article: Article, author: str | None, links: BriefingLinks) -> str:
    """schema.org NewsArticle as JSON-LD, for search engines and link previews: only the
    briefing's own dates, never the build's. Safe inside <script>: no "<", ">" or "&". The
    description is the page's meta description already."""
    data: dict[str, str | dict[str, str]] = {"@context": "https://schema.org", "@type": "NewsArticle",
                                             "headline": article.title}
    if article.meta.date:
        data["datePublished"] = article.meta.date
        data["dateModified"] = article.meta.updated or article.meta.date
    if author:
        data["author"] = {"@type": "Person", "name": author}
    if links.publisher:
        data["publisher"] = {"@type": "Organization", "name": links.publisher}
    if links.url:
        data["url"] = data["mainEntityOfPage"] = links.url
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def render_briefing(article: Article, links: BriefingLinks | None = None) -> str:
    meta = article.meta
    author = meta.author or byline_name(article.byline)  # the sidecar wins
    head = front_matter({
        "title": attribute(article.title),
        "description": attribute(description(article.summary)),
        "date": meta.date,
        "date_text": long_date(meta.date) if meta.date else None,  # "14 March 2025", as the header shows it
        "updated": meta.updated,
        "updated_text": long_date(meta.updated) if meta.updated else None,
        "author": attribute(author) if author else None,
        "byline_in_text": True if article.byline else None,  # the header need not name the author again
        "dateline": attribute(article.dateline) if article.dateline else None,
        "source": f"articles/{attribute(article.source_name)}",
        "source_hash": article.source_hash or None,
        "source_url": attribute(meta.source_url) if meta.source_url else None,
        "word_count": article.word_count,
        "words": f"{article.word_count:,} word" + ("" if article.word_count == 1 else "s"),  # as the header shows it
        "dropped": dropped_lines(article) or None,  # furniture lines, for the nothing-lost check
        "reading_time": reading_minutes(article.word_count),
        "topics": [{"name": attribute(name), "url": url, "kind": kind}
                   for (name, url), kind in zip(links.chips, links.kinds or ("",) * len(links.chips))]
        if links else None,
        "year": meta.date[:4] if meta.date else None,  # a search filter
        "hide": ["navigation"],  # briefings are not in the sidebar: give the text its width
        "crumbs": ["All briefings"],  # where the reader is: Home › All briefings
        "jsonld": structured_data(article, author, links) if links else None,
    })
    parts = []  # the template writes the title (front matter), then the header, then this
    credit = [inline(t) for t in (article.byline, *article.stamps) if t]
    if credit:
        parts.append(" · ".join(credit) + "\n{: .byline }")
    tips = Tooltips(links.glossary if links else None)  # in reading order: the summary first
    linked: set[str] = set()  # topics linked so far: each once on the page
    parts += [_summary(article, tips), _key_points(article)]
    parts.append(_blocks(article.intro, SectionLinker(links, "", linked, tips)))
    for section in article.sections:
        parts.append(_section(section, links, linked, tips))
    if links and links.related:
        parts.append(_related(links))
    body = "\n\n".join(p for p in parts if p)
    return head + "\n" + body + "\n"


def _key_points(article: Article) -> str:
    """The lead-in terms of the article's lists, each linking to its section."""
    points = [f"    - [{inline(i.term)}](#{s.anchor})" for s in article.sections for b in s.blocks
              if isinstance(b, BulletList) for i in b.items if i.term]
    if not points:
        return ""
    return '!!! tip key-points "Key points"\n\n' + "\n".join(points[:KEY_POINTS_MAX])


def _summary(article: Article, tips: Tooltips) -> str:
    dateline = f"**{inline(article.dateline)}** — " if article.dateline else ""
    text = tips.text(article.summary, at_start=not dateline)
    return f'!!! abstract "Summary"\n\n    {dateline}{text}'


def _section(section: Section, links: BriefingLinks | None, linked: set[str], tips: Tooltips) -> str:
    hashes = "#" * section.level
    parts = [f"{hashes} {inline(section.heading)} {{ #{section.anchor} }}"]
    linker = SectionLinker(links, section.anchor, linked, tips)
    parts.append(_blocks(section.blocks, linker))
    for q in section.faq:
        answer = "\n\n".join(_indented(_block(b, linker)) for b in q.answer) or "    (No answer given.)"
        parts.append(f'??? question "{inline(q.question)}"\n\n{answer}')
    also = links.also.get(section.anchor) if links else None
    if also:
        refs = " · ".join(f"[{inline(label)}]({href})" for label, href in also)
        parts.append(f"*Also covered in:* {refs}\n{{: .also-covered }}")
    return "\n\n".join(p for p in parts if p)


def _indented(text: str) -> str:
    """Inside an admonition: every line of a block, a list's or table's too."""
    return "\n".join("    " + line if line else line for line in text.split("\n"))


def _related(links: BriefingLinks) -> str:
    items = []
    for title, href, shared in links.related:
        items.append(f"    - [{inline(title)}]({href})  \n"
                     f"      <small>Shared topics: {inline(', '.join(shared))}</small>")
    return '!!! info related "Related briefings"\n\n' + "\n".join(items)


def _blocks(blocks, linker: SectionLinker) -> str:
    out, previous = [], None
    for b in blocks:
        if isinstance(b, BulletList) and isinstance(previous, BulletList):
            out.append("<!-- -->")  # two lists in a row stay two lists, numbered as written
        out.append(_block(b, linker))
        previous = b
    return "\n\n".join(out)


def _block(b, linker: SectionLinker) -> str:
    if isinstance(b, Paragraph):
        return linker.text(b.text)
    if isinstance(b, BulletList):
        return _list(b, linker)
    if isinstance(b, Table):
        table = _table(b, linker)
        prefix = linker.links.data_prefix if linker.links else ""
        if prefix:
            table += (f"\n\nDownload: [CSV]({prefix}{b.anchor}.csv) · [JSON]({prefix}{b.anchor}.json)"
                      "\n{: .table-downloads }")
        return table
    raise TypeError(f"unknown block {b!r}")


def _list(b: BulletList, linker: SectionLinker) -> str:
    lines = []
    for n, item in enumerate(b.items, start=b.start):
        marker = f"{n}." if b.ordered else "-"
        term = f"**{inline(item.term)}:** " if item.term else ""
        lines.append(f"{marker} {term}{linker.text(item.text, at_block_start=not item.term)}")
        if item.sublist:  # four spaces: Python-Markdown's nesting indent
            lines += ["    " + line for line in _list(item.sublist, linker).split("\n")]
    return "\n".join(lines)


def _table(t: Table, linker: SectionLinker) -> str:
    caption = inline(t.caption) if t.caption else f"Table {t.anchor.removeprefix('table-')}"
    header = "| " + " | ".join(inline(c) for c in t.header) + " |"
    rules = {"left": ":---", "right": "---:", "center": ":---:"}
    rule = "| " + " | ".join(rules.get(a, "---") for a in (t.align or ("",) * len(t.header))) + " |"
    rows = ["| " + " | ".join(linker.text(c, at_block_start=False) for c in row) + " |" for row in t.rows]
    return "\n".join([f"{caption}\n{{: .table-caption #{t.anchor} }}", "", header, rule, *rows])
