"""Find topic mentions in text: whole words, aliases, case rules.

All aliases are compiled into two trie-shaped regular expressions (one that
matches case exactly, one that ignores case), so a scan runs in the regex engine
with one cheap branch per character instead of one try per alias. An alias with
two or more capitals (US, NATO, U.S.) matches only as written, so "US" the
country is never "us"; a match must not touch a word character on either side,
so "US" never matches inside "USA".
"""
from __future__ import annotations

import re

_SPACE = re.compile(r"\s+")


def case_sensitive(alias: str) -> bool:
    """Aliases with two or more capitals (US, NATO, U.S.) match only as written."""
    return sum(1 for c in alias if c.isupper()) >= 2


def _normal(text: str) -> str:
    return _SPACE.sub(" ", text.strip())


def trie_pattern(words: list[str]) -> str:
    """A regex matching exactly these strings, longest first where one is a prefix of another."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [(re.escape(c) if c != " " else r"\s+") + build(child)
                    for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie)


def _compile(words: list[str], flags: int) -> re.Pattern | None:
    if not words:
        return None
    return re.compile(rf"(?<!\w){trie_pattern(words)}(?!\w)", flags)


class TopicMatcher:
    def __init__(self, topics):
        self._exact: dict[str, str] = {}
        self._folded: dict[str, str] = {}
        for topic in topics:
            for alias in topic.aliases:
                alias = _normal(alias)
                if not alias:
                    continue
                if case_sensitive(alias):
                    self._exact.setdefault(alias, topic.slug)
                else:
                    self._folded.setdefault(alias.casefold(), topic.slug)
        self._exact_re = _compile(list(self._exact), 0)
        # Case-insensitive matching of the folded forms; the match is folded again to look it up.
        self._folded_re = _compile(list(self._folded), re.IGNORECASE)

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """Non-overlapping (start, end, topic slug), leftmost first, longest at each place."""
        found = []
        if self._exact_re:
            found += [(m.start(), m.end(), self._exact[_normal(m.group())])
                      for m in self._exact_re.finditer(text)]
        if self._folded_re:
            for m in self._folded_re.finditer(text):
                slug = self._folded.get(_normal(m.group()).casefold())
                if slug:
                    found.append((m.start(), m.end(), slug))
        if not (self._exact_re and self._folded_re):
            return found
        found.sort(key=lambda f: (f[0], -f[1]))
        kept, end = [], -1
        for hit in found:
            if hit[0] >= end:
                kept.append(hit)
                end = hit[1]
        return kept
