"""Topics found in the articles themselves, for subjects the taxonomy has never heard of.

Countries come from ISO 3166 (pycountry); organisations from acronym definitions
and capitalised names ending in an organisation word; people from a title before
a capitalised name ("President Volodymyr Zelensky").
"""
from __future__ import annotations

import re
from collections import Counter
from build_tools.enrich.anchors import slugify
from build_tools.enrich.countries import country_topics
from build_tools.enrich.matcher import whole_words
from build_tools.model import Term, Topic

_ORG_WORDS = ("Organization|Organisation|Union|Council|Agency|Alliance|Bank|Fund|Court|Commission|"
              "Committee|Forum|Institute|Association|Federation|League|Assembly|Parliament|Ministry|"
              "Programme|Program|Authority|Movement|Corporation|Tribunal|Pact")
_CAP = r"[A-Z][\w’'&-]+"
_ORG = re.compile(rf"\b((?:{_CAP} (?:(?:of|for|on|and|the) )*){{1,5}}(?:{_ORG_WORDS}))\b"
                  rf"(?: (?:of|for|on) (?:the )?((?:{_CAP} ?){{1,3}}))?")
_TITLES = ("President|Prime Minister|Foreign Minister|Defen[cs]e Minister|Minister|Secretary of State|"
           "Secretary-General|Secretary General|Secretary|Chancellor|Senator|Ambassador|Envoy|"
           "General|Pope|King|Queen|Prince|Dr\\.|Mr\\.|Ms\\.|Mrs\\.")
_ORG_WORD = re.compile(rf"(?:{_ORG_WORDS})\b")  # a cheap test before the costly _ORG scan
# No leading \b: the regex engine can then skip ahead to the capitals a title starts
# with; `whole_words` checks the left edge instead.
_PERSON = re.compile(rf"(?:{_TITLES}) ((?:[A-Z][a-z’'-]+ ){{1,2}}[A-Z][a-z’'-]+)\b")
_LEADING = re.compile(r"^(?:The|A|An|And|Both|Of|For) ")
MIN_NAME_MENTIONS = 2  # a capitalised organisation-like name must recur to count


def _known(taxonomy) -> set[str]:
    return {a.casefold() for t in taxonomy for a in t.aliases}


def names_in(body_texts: list[str]) -> tuple[Counter, set[str]]:
    """Organisation-like names (with counts) and titled people in one briefing's running text."""
    organisations: Counter[str]
    people: set[str]
    organisations, people = Counter(), set()
    for text in body_texts:
        for m in _ORG.finditer(text) if _ORG_WORD.search(text) else ():
            name = _LEADING.sub("", m.group(0).strip())
            if " " in name:
                organisations[name] += 1
        people.update(m.group(1) for m in whole_words(_PERSON, text))
    return organisations, people


def _organisations(names: Counter, glossary: tuple[Term, ...]) -> list[Topic]:
    found = []
    for term in glossary:
        words = [w for w in re.split(r"[\s-]+", term.long) if w.lower() not in ("of", "for", "and", "the", "in", "on")]
        if words and sum(w[0].isupper() for w in words) == len(words):
            found.append(Topic(slugify(term.short), term.short, "organisation", (term.short, term.long),
                               long_form=term.long, discovered=True))
    found += [Topic(slugify(n), n, "organisation", (n,), discovered=True)
              for n, c in sorted(names.items()) if c >= MIN_NAME_MENTIONS]
    return found


def _people(names: set[str]) -> list[Topic]:
    topics = []
    for name in sorted(names):
        surname = name.split()[-1]
        aliases = (name, surname) if len(surname) >= 4 else (name,)
        topics.append(Topic(slugify(name), name, "person", aliases, discovered=True))
    return topics


def candidates(names, glossary: tuple[Term, ...], taxonomy) -> list[Topic]:
    """Topics the taxonomy lacks, from each briefing's names ((name, count) pairs of
    organisations, and people); those the articles then mention become discovered topics."""
    known = _known(taxonomy)
    organisations: Counter[str]
    people: set[str]
    organisations, people = Counter(), set()
    for found_organisations, found_people in names:
        organisations.update(dict(found_organisations))
        people.update(found_people)
    pool = list(country_topics()) + _organisations(organisations, glossary) + _people(people)
    fresh, slugs = [], {t.slug for t in taxonomy}
    for topic in pool:
        if topic.slug in slugs or any(a.casefold() in known for a in topic.aliases):
            continue
        slugs.add(topic.slug)
        known.update(a.casefold() for a in topic.aliases)
        fresh.append(topic)
    return fresh
