"""Find topic mentions in text: whole words, aliases, case rules.

Text and aliases are cut into the same tokens (runs of word characters, and single
punctuation marks), so "US" never matches inside "USA" or "us", "U.S." matches as
written, and a lookup costs one dictionary probe per token.
"""
from __future__ import annotations

import re
from collections import defaultdict

_TOKEN = re.compile(r"\w+|[^\w\s]")


def tokens(text: str) -> list[re.Match]:
    return list(_TOKEN.finditer(text))


def case_sensitive(alias: str) -> bool:
    """Aliases with two or more capitals (US, NATO, U.S.) match only as written."""
    return sum(1 for c in alias if c.isupper()) >= 2


class TopicMatcher:
    def __init__(self, topics):
        self._exact: dict[tuple[str, ...], str] = {}
        self._folded: dict[tuple[str, ...], str] = {}
        self._lengths: dict[str, set[int]] = defaultdict(set)  # first token (folded) -> n-gram sizes
        for topic in topics:
            for alias in topic.aliases:
                key = tuple(m.group() for m in tokens(alias))
                if not key:
                    continue
                if case_sensitive(alias):
                    self._exact.setdefault(key, topic.slug)
                else:
                    self._folded.setdefault(tuple(t.casefold() for t in key), topic.slug)
                self._lengths[key[0].casefold()].add(len(key))
        self._lengths = {k: sorted(v, reverse=True) for k, v in self._lengths.items()}

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """Non-overlapping (start, end, topic slug), longest alias first at each place."""
        found, toks = [], tokens(text)
        words = [m.group() for m in toks]
        folded = [w.casefold() for w in words]
        i = 0
        while i < len(toks):
            sizes = self._lengths.get(folded[i])
            hit = None
            for n in sizes or ():
                if i + n > len(toks):
                    continue
                slug = self._exact.get(tuple(words[i:i + n])) or self._folded.get(tuple(folded[i:i + n]))
                if slug and self._whole(toks, i, n, text):
                    hit = (toks[i].start(), toks[i + n - 1].end(), slug, n)
                    break
            if hit:
                found.append(hit[:3])
                i += hit[3]
            else:
                i += 1
        return found

    @staticmethod
    def _whole(toks, i: int, n: int, text: str) -> bool:
        """Tokens of one alias must be adjacent as in the alias (no gap inside "U.S.")."""
        for a, b in zip(toks[i:i + n - 1], toks[i + 1:i + n]):
            gap = text[a.end():b.start()]
            if gap and not gap.isspace():
                return False
        return True
