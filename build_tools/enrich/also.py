"""Section-level "Also covered in": the same theme under other briefings.

A theme key is the normalised text of a section heading, a list item's lead-in
term or a table row label; sections sharing a key in different briefings point
at each other, naming each other briefing once.
"""
from __future__ import annotations

import re
from collections import defaultdict

from build_tools.model import Article, BulletList, SectionRef, Table

ALSO_MAX = 3  # other briefings per section, each named once
# Closing headings name no theme.
GENERIC = frozenset({"in conclusion", "to conclude", "to wrap it up", "final thoughts", "in summary",
                     "key takeaways", "the bottom line", "looking ahead", "the path forward",
                     "what comes next", "what s next"})


_WORD = re.compile(r"\w+")


def theme_key(text: str) -> str | None:
    words = _WORD.findall(text.casefold())
    key = " ".join(words)
    return key if len(words) >= 2 and key not in GENERIC else None


def _keys(section) -> set[str]:
    texts = [section.heading]
    for block in section.blocks:
        if isinstance(block, BulletList):
            texts += [i.term for i in block.items if i.term]
        elif isinstance(block, Table):
            texts += [row[0] for row in block.rows if row]
    return {k for k in map(theme_key, texts) if k}


def section_themes(article: Article) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(anchor, heading, theme keys) of each section but the FAQ."""
    return tuple((s.anchor, s.heading, tuple(sorted(_keys(s)))) for s in article.sections if not s.faq)


def also_covered(briefings) -> dict[tuple[str, str], tuple[SectionRef, ...]]:
    """Each section's refs, from (slug, title, section_themes) per briefing; a ref's label is
    "Briefing title › Section heading", or the title alone when that heading is the
    section's own (no need to read it twice)."""
    # place: (slug, anchor, title, heading, heading words); headings compare by their words
    index: dict[str, list[tuple[str, str, str, str, str]]] = defaultdict(list)
    keys_of: dict[tuple[str, str], tuple[tuple[str, ...], str]] = {}  # -> (theme keys, heading words)
    for slug, title, themes in briefings:
        for anchor, heading, keys in themes:
            words = " ".join(_WORD.findall(heading.casefold()))
            keys_of[(slug, anchor)] = keys, words
            for key in keys:
                index[key].append((slug, anchor, title, heading, words))
    for key, places in index.items():  # a bounded, stable share of each theme: no all-pairs cost
        places.sort()
        first = {}  # briefing -> its first place on this theme
        for place in places:
            if len(first) > ALSO_MAX:
                break
            first.setdefault(place[0], place)
        index[key] = list(first.values())
    out = {}
    for (slug, anchor), (keys, own_words) in keys_of.items():
        refs: dict[str, tuple] = {}  # other briefing -> its first place on a shared theme
        for key in keys:
            for place in index[key]:
                other = place[0]
                if other != slug and (other not in refs or place[1] < refs[other][1]):
                    refs[other] = place
        if refs:
            out[(slug, anchor)] = tuple(
                SectionRef(other, other_anchor, title if words == own_words else f"{title} › {heading}")
                for other, other_anchor, title, heading, words in (refs[o] for o in sorted(refs)[:ALSO_MAX]))
    return out
