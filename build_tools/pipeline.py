"""The pipeline without disk or console: sources to pages and diagnostics."""
from __future__ import annotations

from dataclasses import dataclass

from build_tools.check import lost_words
from build_tools.enrich.anchors import with_anchors
from build_tools.model import Article, Diagnostic, Source
from build_tools.parse import parse_article
from build_tools.render.briefing import render_briefing
from build_tools.render.indexes import render_indexes


@dataclass(frozen=True, slots=True)
class Result:
    pages: dict[str, str]  # path under docs/ -> content
    articles: tuple[Article, ...]
    diagnostics: tuple[Diagnostic, ...]


def convert(source: Source) -> tuple[Article, str, list[Diagnostic]]:
    """One article to its page, with its nothing-lost check."""
    article, notes = parse_article(source)
    article = with_anchors(article)
    page = render_briefing(article)
    missing = lost_words("\n".join(source.lines), page)
    if missing:
        shown = ", ".join(f"{w!r}" + (f" x{n}" if n > 1 else "") for w, n in sorted(missing.items()))
        notes.append(Diagnostic(f"articles/{source.name}", 1, "error",
                                f"{sum(missing.values())} words of the source are missing from its page: {shown}"))
    return article, page, notes


def build_site(sources: list[Source], read_errors: list[Diagnostic]) -> Result:
    pages: dict[str, str] = {}
    articles, diagnostics = [], list(read_errors)
    for source in sources:
        article, page, notes = convert(source)
        pages[f"briefings/{article.slug}.md"] = page
        articles.append(article)
        diagnostics.extend(notes)
    articles.sort(key=lambda a: a.slug)
    pages.update(render_indexes(articles))
    return Result(pages, tuple(articles), tuple(diagnostics))
