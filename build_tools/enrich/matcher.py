"""Find topic mentions in text: whole words, aliases, case rules.

All aliases are compiled into two trie-shaped regular expressions (one that
matches case exactly, one that ignores case), so a scan runs in the regex engine
with one cheap branch per character instead of one try per alias. An alias with
two or more capitals (US, NATO, U.S.) matches only as written, so "US" the
country is never "us"; a match must not touch a word character on either side,
so "US" never matches inside "USA".

Two measured speed-ups (PERFORMANCE.md): the exact pattern has
no leading look-behind, so the regex engine can skip ahead to the letters an
alias starts with (the left edge is checked here instead); the case-free pattern
runs on the lower-cased text, which is cheaper than IGNORECASE.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cached_property

from build_tools.model import Topic

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


def compile_words(words: list[str], flags: int = 0, left_edge: bool = True) -> re.Pattern | None:
    if not words:
        return None
    return re.compile((r"(?<!\w)" if left_edge else "") + rf"(?:{trie_pattern(words)})(?!\w)", flags)


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"  # exactly the regex engine's \w


def whole_words(pattern: re.Pattern, text: str):
    """Matches of a pattern without left edge that start a word, leftmost first."""
    pos = 0
    while match := pattern.search(text, pos):
        start = match.start()
        if start and _word_char(text[start - 1]):
            pos = start + 1  # inside a word: look again from the next character
            continue
        yield match
        pos = match.end()


# A surname alias ("Rahman" for Aiko Rahman) right after a capitalised word that is
# none of these is someone else's surname ("Kwame Rahman"), not a mention.
NOT_GIVEN_NAMES = frozenset("""
    The A An And But Or Nor Yet So When While After Before If As At In On For From With Without By
    To Of Under Since Although Though Because Meanwhile Then Both Either Neither This That These
    Those Its His Her Their Our Why How What Where Who Which Also Now Later Earlier Today Here There
    Despite During Against Between Among Through According Mr Mrs Ms Dr Sir Dame President Minister
    Secretary Chancellor Senator Ambassador Envoy General Pope King Queen Prince Princess Premier
    Governor Mayor Judge Justice Commissioner Director Chief Spokesman Spokeswoman Spokesperson
    Leader Chair Chairman Chairwoman Colonel Captain Admiral Commander Sheikh Emir Sultan""".split())
_WORD_BEFORE = re.compile(r"([A-Z][a-z’'-]+)\s+$")


def _after_another_given_name(text: str, start: int) -> bool:
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and before.group(1) not in NOT_GIVEN_NAMES


class TopicMatcher:
    def __init__(self, topics: Iterable[Topic]) -> None:
        self._exact: dict[str, str] = {}
        self._folded: dict[str, str] = {}
        self._surnames: set[str] = set()  # single-word aliases of people, as looked up
        for topic in topics:
            for alias in topic.aliases:
                alias = _normal(alias)
                if not alias:
                    continue
                if topic.kind == "person" and " " not in alias and alias != topic.name:
                    self._surnames.add(alias if case_sensitive(alias) else alias.casefold())
                if case_sensitive(alias):
                    self._exact.setdefault(alias, topic.slug)
                else:
                    self._folded.setdefault(alias.casefold(), topic.slug)
        # A matched form -> (its topic, whether it is a surname), as worked out so far: the same
        # few hundred forms recur in every text, so each is worked out once per process.
        self._exact_forms: dict[str, tuple[str, bool]] = {}
        self._folded_forms: dict[str, tuple[str | None, bool]] = {}

    # Compiled when first needed (a build that looks for nothing need not pay for it), and by
    # `compiled` before workers fork, so each does not compile its own.
    @cached_property
    def _exact_re(self):
        return compile_words(list(self._exact), left_edge=False)

    # The folded forms are matched in lower-cased text, then folded again to look them up;
    # IGNORECASE only for text whose lower case changes its length (offsets would move).
    @cached_property
    def _lower_re(self):
        return compile_words([a.lower() for a in self._folded])

    @cached_property
    def _folded_re(self):
        return compile_words(list(self._folded), re.IGNORECASE)

    def compiled(self) -> TopicMatcher:
        self._exact_re, self._lower_re  # noqa: B018 (compiles them)
        return self

    def _exact_slug(self, form: str) -> str:
        return self._exact.get(form) or self._exact[_normal(form)]

    def _folded_slug(self, form: str) -> str | None:
        return self._folded.get(form) or self._folded.get(_normal(form).casefold())

    def _exact_form(self, form: str) -> tuple[str, bool]:
        self._exact_forms[form] = found = (self._exact_slug(form), form in self._surnames)
        return found

    def _folded_form(self, form: str) -> tuple[str | None, bool]:
        self._folded_forms[form] = found = (self._folded_slug(form), form.casefold() in self._surnames)
        return found

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """Non-overlapping (start, end, topic slug), leftmost first, longest at each place."""
        slug: str | None
        exact = []
        if self._exact_re:
            for m in whole_words(self._exact_re, text):
                form = m.group()
                slug, surname = self._exact_forms.get(form) or self._exact_form(form)
                if not (surname and _after_another_given_name(text, m.start())):
                    exact.append((m.start(), m.end(), slug))
        folded = []
        if self._folded:
            lower = text.lower()
            scanned, pattern = (lower, self._lower_re) if len(lower) == len(text) else (text, self._folded_re)
            for m in pattern.finditer(scanned):
                form = m.group()
                slug, surname = self._folded_forms.get(form) or self._folded_form(form)
                if slug and not (surname and _after_another_given_name(text, m.start())):
                    folded.append((m.start(), m.end(), slug))
        if not (exact and folded):  # each scan's matches are already leftmost and apart
            return exact or folded
        found = exact + folded
        found.sort(key=lambda f: (f[0], -f[1]))
        kept, end = [], -1
        for hit in found:
            if hit[0] >= end:
                kept.append(hit)
                end = hit[1]
        return kept
