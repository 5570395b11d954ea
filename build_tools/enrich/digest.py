"""One briefing's digest: what the whole-corpus passes need from it, found in the
worker that parsed it, so later passes (and later builds) need not hold its text."""
from __future__ import annotations

from dataclasses import replace

from build_tools.enrich.also import section_themes
from build_tools.enrich.discover import names_in
from build_tools.enrich.glossary import definitions
from build_tools.enrich.tables import table_entries
from build_tools.enrich.texts import all_texts, section_texts
from build_tools.enrich.wordset import signature
from build_tools.model import Article, Diagnostic, Digest


def body_texts(article: Article) -> list[str]:
    """Running text only: headings are Title Case everywhere and would read as names."""
    return [t for _, _, texts in section_texts(article) for t in texts]


def shown_texts(article: Article) -> list[str]:
    """Every text of the briefing a page shows, the front matter's included."""
    meta = article.meta
    extra = [article.byline, article.dateline, *article.stamps, meta.author, meta.source_url, meta.summary, meta.title]
    return all_texts(article) + [t for t in extra if t]


def digest_of(article: Article, notes: list[Diagnostic] | tuple = ()) -> Digest:
    organisations, people = names_in(body_texts(article))
    return Digest(
        shell=replace(article, intro=(), sections=()),
        notes=tuple(n for n in notes if n.level != "info"),  # the why of each line: for `convert --explain`
        organisations=tuple(sorted(organisations.items())),
        people=tuple(sorted(people)),
        definitions=tuple(d for text in all_texts(article) for d in definitions(text)),
        themes=section_themes(article),
        tables=tuple(table_entries(article)),
        words=signature(shown_texts(article)))
