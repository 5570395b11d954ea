"""Topic mentions per section, and each briefing's topics."""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

from build_tools.enrich.matcher import TopicMatcher
from build_tools.enrich.texts import section_texts
from build_tools.model import Article, Mention
from build_tools.parse.text import split_sentences

EXCERPT_MAX = 220


def _excerpt(texts: list[str], matcher: TopicMatcher, slug: str) -> str:
    """The first sentence in the section that names the topic."""
    for text in texts:
        for sentence in split_sentences(text):
            if any(s == slug for _, _, s in matcher.find(sentence)):
                if len(sentence) > EXCERPT_MAX:
                    sentence = sentence[:EXCERPT_MAX].rsplit(" ", 1)[0] + "…"
                return sentence
    return ""


def mentions_of(article: Article, matcher: TopicMatcher) -> list[Mention]:
    found = []
    for anchor, heading, texts in section_texts(article):
        counts = Counter(slug for text in ([heading] if heading else []) + texts
                         for _, _, slug in matcher.find(text))
        for slug in sorted(counts):
            found.append(Mention(slug, article.slug, anchor, heading, counts[slug],
                                 _excerpt(texts or [heading], matcher, slug) or heading))
    return found


def with_topics(article: Article, mentions: list[Mention]) -> Article:
    """Topics ordered by mentions (most first), then by slug."""
    totals = Counter()
    for m in mentions:
        totals[m.topic] += m.count
    ordered = sorted(totals, key=lambda slug: (-totals[slug], slug))
    return replace(article, topics=tuple(ordered))
