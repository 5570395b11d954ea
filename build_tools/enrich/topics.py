"""Topic mentions per section, and each briefing's topics."""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

from build_tools.enrich.matcher import TopicMatcher
from build_tools.enrich.texts import linked_sections, section_texts, table_rows
from build_tools.model import Article, Mention, Table
from build_tools.parse.text import split_sentences

EXCERPT_MAX = 220


def _sentence_at(sentences: list[str], text: str, offset: int) -> str:
    """The sentence of `text` that holds the character at `offset`, cut to EXCERPT_MAX."""
    start = 0
    for sentence in sentences:
        found = text.find(sentence, start)
        start = found + len(sentence) if found >= 0 else start
        if start > offset:
            break
    if len(sentence) > EXCERPT_MAX:
        sentence = sentence[:EXCERPT_MAX].rsplit(" ", 1)[0] + "…"
    return sentence


def mentions_of(article: Article, matcher: TopicMatcher | Scans) -> list[Mention]:
    found = []
    rows = table_rows(article)
    for anchor, heading, texts in section_texts(article):
        counts: Counter = Counter()
        first: dict[str, tuple[str, int]] = {}  # topic -> (text, offset) of its first mention in running text
        in_table: dict[str, Table] = {}  # topic -> the table it is first named in, when only tables name it
        for text in texts:
            for start, _, slug in matcher.find(text):
                counts[slug] += 1
                if text in rows:  # a table row is no sentence: quoted only when nothing else names it
                    in_table.setdefault(slug, rows[text])
                else:
                    first.setdefault(slug, (text, start))
        for _, _, slug in matcher.find(heading) if heading else ():
            counts[slug] += 1
        sentences: dict[str, list[str]] = {}  # each text split once, however many topics it holds
        for slug in sorted(counts):
            excerpt = heading
            if slug not in first and slug in in_table:
                table = in_table[slug]
                excerpt = f"In the table {table.caption or ', '.join(c for c in table.header if c)}"
                if len(excerpt) > EXCERPT_MAX:
                    excerpt = excerpt[:EXCERPT_MAX].rsplit(" ", 1)[0] + "…"
            if slug in first:
                text, offset = first[slug]
                if text not in sentences:
                    sentences[text] = split_sentences(text)
                excerpt = _sentence_at(sentences[text], text, offset)
            found.append(Mention(slug, article.slug, anchor, heading, counts[slug], excerpt))
    return found


def topic_totals(mentions: list[Mention]) -> dict[str, int]:
    """How often a briefing mentions each of its topics."""
    totals: dict[str, int] = {}
    for m in mentions:
        totals[m.topic] = totals.get(m.topic, 0) + m.count
    return totals


def with_topics(article: Article, totals: dict[str, int]) -> Article:
    """Topics ordered by mentions (most first), then by slug."""
    ordered = sorted(totals, key=lambda slug: (-totals[slug], slug))
    return replace(article, topics=tuple(ordered))


class Scans:
    """A matcher that scans each distinct text once: the mentions and the link plan of one
    briefing look at mostly the same paragraphs."""

    def __init__(self, matcher: TopicMatcher):
        self.matcher = matcher
        self._found: dict[str, list] = {}

    def find(self, text: str) -> list[tuple[int, int, str]]:
        found = self._found.get(text)
        if found is None:
            found = self._found[text] = self.matcher.find(text)
        return found


def link_plan(article: Article, matcher) -> dict[str, dict[int, tuple]]:
    """Where the page links each topic: its first mention in the page's linkable texts
    (the chips over the text link them all; a link at every mention would bury the text).
    section anchor -> {text number: ((start, end, topic slug), ...)}. Made with the
    mentions, so rendering the page needs no scan of its own."""
    plan, done = {}, set()
    for anchor, texts in linked_sections(article):
        links = {}
        for number, text in enumerate(texts):
            hits = []
            for hit in matcher.find(text):
                if hit[2] not in done:
                    done.add(hit[2])
                    hits.append(hit)
            if hits:
                links[number] = tuple(hits)
        if links:
            plan[anchor] = links
    return plan
