"""Related briefings: shared topics weighted by rarity, without comparing all pairs.

Candidates come from an inverted index (topic -> briefings). Each topic's list is
cut to the briefings that mention it most, and each briefing looks only at its
most mentioned topics, so the pass grows as N x TOPICS_PER_ARTICLE x POSTINGS_CAP.
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import replace

from build_tools.model import Article, Mention, Related
from build_tools.parallel import context, parallel_map

POSTINGS_CAP = 100
TOPICS_PER_ARTICLE = 12  # an article's most mentioned topics are the ones it is about
RELATED_MAX = 5


def with_related(articles: list[Article], mentions: list[Mention]) -> list[Article]:
    weight: dict[tuple[str, str], int] = Counter()
    for m in mentions:
        weight[(m.article, m.topic)] += m.count
    postings: dict[str, list[str]] = defaultdict(list)
    for (slug, topic) in weight:
        postings[topic].append(slug)
    n = len(articles)
    idf = {t: math.log((n + 1) / len(p)) for t, p in postings.items()}
    for topic, slugs in postings.items():
        slugs.sort(key=lambda s: (-weight[(s, topic)], s))
        del slugs[POSTINGS_CAP:]
    members = {topic: set(slugs) for topic, slugs in postings.items()}
    # Each briefing's list is its own small search over shared, read-only indexes: on every core.
    found = parallel_map(_related, articles, (postings, idf, members))
    return [replace(article, related=related) for article, related in zip(articles, found, strict=True)]


def _related(article: Article) -> tuple[Related, ...]:
    postings, idf, members = context()
    mine = article.topics[:TOPICS_PER_ARTICLE]
    scores: dict[str, float] = defaultdict(float)
    for topic in mine:
        gain = idf[topic] + 0.01  # a topic in every briefing still counts a little
        for other in postings[topic]:
            scores[other] += gain
    scores.pop(article.slug, None)
    return tuple(Related(s, round(score, 4),
                         tuple(sorted((t for t in mine if s in members[t]), key=lambda t: (-idf[t], t))))
                 for s, score in _best(scores))


def _best(scores: dict[str, float]) -> list[tuple[str, float]]:
    """The RELATED_MAX highest scores, ties by slug: a C sort of the bare scores finds the
    cut-off, so only the few candidates at or above it are ranked in Python."""
    if len(scores) > RELATED_MAX:
        cutoff = sorted(scores.values(), reverse=True)[RELATED_MAX - 1]
        scores = {s: v for s, v in scores.items() if v >= cutoff}
    return sorted(scores.items(), key=lambda item: (-item[1], item[0]))[:RELATED_MAX]
