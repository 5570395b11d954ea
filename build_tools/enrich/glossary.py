"""Acronym definitions, after Schwartz & Hearst (2003).

Both orders are found: "long form (SF)" and "SF (long form)". The letters of the
short form are matched right to left in the words just before the bracket; its
first letter must start a word. Hyphenated words (Co-operation) need nothing
special: matching is by character.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from build_tools.model import Term

_PAREN = re.compile(r"\(([^()]{1,200})\)")
_SHORT = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.&-]{1,9}$")
# Words, spaces and the punctuation of names ("Co-operation", "Côte d'Ivoire", "R&D"). A long
# form becomes a tooltip, which Material renders as HTML: anything else (a "<" above all)
# never gets there.
_PLAIN_PHRASE = re.compile(r"[^\W_][\w .,'’&/-]*")


def is_plain_phrase(text: str) -> bool:
    return bool(_PLAIN_PHRASE.fullmatch(text))


def _is_short_form(text: str) -> bool:
    return (bool(_SHORT.match(text)) and any(c.isupper() for c in text)
            and sum(c.isalpha() for c in text) >= 2)


def best_long_form(short: str, long: str) -> str | None:
    """The shortest tail of `long` that holds the letters of `short` in order."""
    s, l = len(short) - 1, len(long) - 1
    while s >= 0:
        c = short[s].lower()
        if not c.isalnum():
            s -= 1
            continue
        while l >= 0 and (long[l].lower() != c or (s == 0 and l > 0 and long[l - 1].isalnum())):
            l -= 1
        if l < 0:
            return None
        s, l = s - 1, l - 1
    start = long.rfind(" ", 0, l + 2) + 1
    result = long[start:].strip(" ,;:")
    return result if " " in result or "-" in result else None


def _window(text: str, n_words: int) -> str:
    """The last n words of text (the candidate long form before a bracket)."""
    words = text.split()
    return " ".join(words[-n_words:])


def definitions(text: str) -> list[tuple[str, str]]:
    """(short form, long form) pairs defined in one text."""
    found = []
    for m in _PAREN.finditer(text):
        inside = m.group(1).strip()
        before = text[:m.start()].rstrip()
        if _is_short_form(inside):  # long form (SF)
            limit = min(len(inside) + 5, len(inside) * 2)
            long = best_long_form(inside, _window(before, limit))
            if long and len(long.split()) <= limit and is_plain_phrase(long):
                found.append((inside, long))
            continue
        tail = before.split()[-1] if before.split() else ""
        short = tail.strip(",;:")
        if _is_short_form(short) and len(inside.split()) <= min(len(short) + 5, len(short) * 2):
            long = best_long_form(short, inside)  # SF (long form)
            if long and long == inside.strip(" ,;:") and is_plain_phrase(long):
                found.append((short, long))
    return found


def glossary_from(defined_by_article, taxonomy) -> tuple[Term, ...]:
    """Terms from each article's (short, long) definitions, plus acronyms the taxonomy defines."""
    forms: dict[str, Counter] = defaultdict(Counter)
    where: dict[str, set[str]] = defaultdict(set)
    for slug, defined in defined_by_article:
        for short, long in defined:
            forms[short][long] += 1
            where[short].add(slug)
    for topic in taxonomy:
        if not (topic.long_form and is_plain_phrase(topic.long_form)):
            continue
        if topic.long_form != topic.name:
            forms[topic.name][topic.long_form] += 0  # known, even if no article defines it
        for alias in topic.aliases:
            if _is_short_form(alias) and alias.isalnum() and alias != topic.long_form:
                forms[alias][topic.long_form] += 0
    terms = []
    for short in sorted(forms, key=str.casefold):
        long = sorted(forms[short].items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        terms.append(Term(short, long, tuple(sorted(where[short]))))
    return tuple(terms)
