"""The text of a briefing, section by section, for whole-corpus passes."""
from __future__ import annotations

from build_tools.model import Article, BulletList, Paragraph, Table


def block_texts(block) -> list[str]:
    if isinstance(block, Paragraph):
        return [block.text]
    if isinstance(block, BulletList):
        texts = []
        for i in block.items:
            texts.append(f"{i.term}: {i.text}" if i.term else i.text)
            texts += block_texts(i.sublist) if i.sublist else []
        return texts
    if isinstance(block, Table):
        return ([block.caption] if block.caption else []) + [" | ".join(r) for r in (block.header, *block.rows)]
    raise TypeError(block)


def table_rows(article: Article) -> dict[str, Table]:
    """Each table row's text (as block_texts gives it) -> its table: rows are no sentences to
    quote."""
    blocks = list(article.intro) + [b for s in article.sections
                                    for b in (*s.blocks, *(a for q in s.faq for a in q.answer))]
    return {" | ".join(row): b for b in blocks if isinstance(b, Table) for row in (b.header, *b.rows)}


def section_texts(article: Article):
    """(anchor, heading, body texts); the summary and intro come first with anchor ""."""
    intro = [article.summary] + [t for b in article.intro for t in block_texts(b)]
    yield "", "", intro
    for section in article.sections:
        body = [t for b in section.blocks for t in block_texts(b)]
        for q in section.faq:
            body.append(q.question)
            body += [t for b in q.answer for t in block_texts(b)]
        yield section.anchor, section.heading, body


def all_texts(article: Article) -> list[str]:
    out = [article.title]
    for _, heading, body in section_texts(article):
        out += ([heading] if heading else []) + body
    return out


def linkable_texts(blocks) -> list[str]:
    """The texts of these blocks a page links topics in, in page order: paragraphs, list
    item texts (not their bold terms) with their nested items, table cells (not headers
    or captions). `render.briefing` walks blocks in this same order."""
    out = []
    for block in blocks:
        if isinstance(block, Paragraph):
            out.append(block.text)
        elif isinstance(block, BulletList):
            for item in block.items:
                out.append(item.text)
                out += linkable_texts((item.sublist,)) if item.sublist else []
        elif isinstance(block, Table):
            out += [cell for row in block.rows for cell in row]
    return out


def linked_sections(article: Article):
    """(anchor, linkable texts) per section of the page, the intro first (anchor "");
    an FAQ's answers follow its section's blocks."""
    yield "", linkable_texts(article.intro)
    for section in article.sections:
        yield section.anchor, linkable_texts(list(section.blocks) + [b for q in section.faq for b in q.answer])


def dropped_lines(article: Article) -> list[int]:
    """Every source line of the furniture an article left out."""
    return sorted(n for f in article.furniture for n in range(f.line, max(f.line, f.last) + 1))
