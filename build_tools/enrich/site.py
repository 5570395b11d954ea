"""Whole-corpus enrichment: briefing digests and topic mentions in, a Site with topics,
links, glossary and tables out."""
from __future__ import annotations

from dataclasses import replace

from build_tools.enrich.also import also_covered
from build_tools.enrich.digest import digest_of
from build_tools.enrich.discover import candidates
from build_tools.enrich.glossary import glossary_from
from build_tools.enrich.matcher import TopicMatcher
from build_tools.enrich.related import RelatedIndex
from build_tools.enrich.topics import mentions_of, topic_totals, with_topics
from build_tools.model import Article, Digest, Mention, Site, Term, Topic
from build_tools.parallel import context, parallel_map


def glossary_and_topics(names: list[tuple], taxonomy: tuple[Topic, ...]) -> tuple[tuple[Term, ...], tuple[Topic, ...]]:
    """The glossary, and the topics to look for: the taxonomy's, then candidates found in the
    briefings (one matching pass covers both; candidates never mentioned drop out later).
    `names`: (slug, definitions, organisations, people) of each briefing (see Digest), by slug."""
    glossary = glossary_from(((slug, defined) for slug, defined, _, _ in names), taxonomy)
    found = candidates(((organisations, people) for _, _, organisations, people in names), glossary, taxonomy)
    return glossary, tuple(taxonomy) + tuple(found)


def assemble(digests: list[Digest], topics: tuple[Topic, ...], glossary: tuple[Term, ...],
             mentions: dict[str, list[Mention]]) -> Site:
    """The Site from each briefing's digest and its mentions (briefing slug -> mentions).
    Its articles are shells (no intro, no sections) with topics and related briefings."""
    digests = sorted(digests, key=lambda d: d.shell.slug)
    totals = {d.shell.slug: topic_totals(mentions[d.shell.slug]) for d in digests}
    related = RelatedIndex()
    related.update(totals)
    shells = [replace(with_topics(d.shell, totals[d.shell.slug]), related=related.of(d.shell.slug))
              for d in digests]
    every = [m for d in digests for m in mentions[d.shell.slug]]
    used = {m.topic for m in every}
    return Site(articles=tuple(shells), topics=tuple(t for t in topics if t.slug in used),
                mentions=tuple(every), glossary=glossary,
                tables=tuple(e for d in digests for e in d.tables),
                also=also_covered((d.shell.slug, d.shell.title, d.themes) for d in digests))


def _mentions(article: Article) -> list[Mention]:
    return mentions_of(article, context())


def enrich(articles: list[Article], taxonomy: tuple[Topic, ...]) -> Site:
    """Everything in memory, in one go (the build pipeline does the same in steps it can reuse)."""
    digests = sorted(parallel_map(digest_of, articles), key=lambda d: d.shell.slug)
    glossary, topics = glossary_and_topics(
        [(d.shell.slug, d.definitions, d.organisations, d.people) for d in digests], taxonomy)
    found = parallel_map(_mentions, articles, TopicMatcher(topics).compiled())
    return assemble(digests, topics, glossary, {a.slug: f for a, f in zip(articles, found, strict=True)})
