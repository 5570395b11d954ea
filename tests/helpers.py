"""Small builders for tests: an Article from raw text."""
from pathlib import Path

from build_tools.model import Article, BulletList, Metadata, Paragraph, Source, Table
from build_tools.parse import parse_article
from build_tools.read import split_lines


def source(text: str, name: str = "sample.txt", meta: Metadata = Metadata()) -> Source:
    return Source(Path("articles") / name, name, split_lines(text), meta, "utf-8")


def parse(text: str, **kw) -> Article:
    return parse_article(source(text, **kw))[0]


def notes(text: str):
    return parse_article(source(text))[1]


def all_blocks(article: Article):
    out = list(article.intro)
    for s in article.sections:
        out += list(s.blocks)
    return out


def kinds(article: Article) -> list[str]:
    """A compact outline: H2:text, H3:text, P, L3 (list of 3), OL2, T2x3 (rows x cols)."""
    out = [_kind(b) for b in article.intro]
    for s in article.sections:
        out.append(f"H{s.level}:{s.heading}")
        out += [_kind(b) for b in s.blocks]
        if s.faq:
            out.append(f"FAQ{len(s.faq)}")
    return out


def _kind(b) -> str:
    if isinstance(b, Paragraph):
        return "P"
    if isinstance(b, BulletList):
        return f"{'OL' if b.ordered else 'L'}{len(b.items)}"
    if isinstance(b, Table):
        return f"T{len(b.rows)}x{len(b.header)}"
    raise TypeError(b)
