"""Whole-corpus enrichment: parsed articles in, a Site with topics, links, glossary and tables out."""
from __future__ import annotations

from build_tools.enrich.also import also_covered
from build_tools.enrich.discover import candidates, names_in
from build_tools.enrich.glossary import build_glossary
from build_tools.enrich.matcher import TopicMatcher
from build_tools.enrich.related import with_related
from build_tools.enrich.tables import table_entries
from build_tools.enrich.texts import all_texts, section_texts
from build_tools.enrich.topics import mentions_of, with_topics
from build_tools.model import Article, Mention, Site, Topic
from build_tools.parallel import context, parallel_map


def body_texts(articles) -> list[str]:
    """Running text only: headings are Title Case everywhere and would read as names."""
    return [t for a in articles for _, _, texts in section_texts(a) for t in texts]


def names_of(article: Article) -> tuple:
    """What topic discovery needs from one briefing (see `names_in`)."""
    return names_in(body_texts([article]))


def _mentions(article: Article) -> list[Mention]:
    return mentions_of(article, context())


def enrich(articles: list[Article], taxonomy: tuple[Topic, ...], names: list | None = None) -> Site:
    """`names`: each article's `names_of`, when the caller found them already (in the
    same worker pass as parsing, say); otherwise found here."""
    if names is None:
        names = parallel_map(names_of, articles)
    articles = sorted(articles, key=lambda a: a.slug)
    glossary = build_glossary(((a.slug, all_texts(a)) for a in articles), taxonomy)
    # One matching pass over taxonomy and candidates alike; candidates never mentioned drop out.
    topics = tuple(taxonomy) + tuple(candidates(names, glossary, taxonomy))
    mentions, enriched = [], []
    for article, found in zip(articles, parallel_map(_mentions, articles, TopicMatcher(topics)), strict=True):
        mentions += found
        enriched.append(with_topics(article, found))
    enriched = with_related(enriched, mentions)
    used = {m.topic for m in mentions}
    tables = tuple(e for a in enriched for e in table_entries(a))
    also = also_covered(enriched)
    return Site(articles=tuple(enriched), topics=tuple(t for t in topics if t.slug in used),
                mentions=tuple(mentions), glossary=glossary, tables=tables,
                also=also)
