"""Section-level "Also covered in": the same theme under other briefings.

A theme key is the normalised text of a section heading, a list item's lead-in
term or a table row label; sections sharing a key in different briefings point
at each other, naming each other briefing once.
"""
from __future__ import annotations

import heapq
import pickle
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


Place = tuple[str, str, str, str, str]  # (briefing, anchor, title, heading, heading words)


def _places(slug: str, title: str, themes) -> dict[str, Place]:
    """A briefing's first section on each of its theme keys; headings compare by their words."""
    places = {}
    for anchor, heading, keys in sorted(themes):
        place = (slug, anchor, title, heading, " ".join(_WORD.findall(heading.casefold())))
        for key in keys:
            places.setdefault(key, place)
    return places


class AlsoIndex:
    """Each section's "also covered in" refs, with the theme index that finds them. Briefings
    come in as (title, section_themes); `update` takes only those that changed.

    Each theme keeps the first place of its first ALSO_MAX + 1 briefings (by slug): a bounded,
    stable share, so there is no all-pairs cost and one more briefing moves few shares."""

    def __init__(self):
        self.themes: dict[str, bytes] = {}  # briefing -> pickled (title, section themes)
        self.holders: dict[str, set[str]] = defaultdict(set)  # theme key -> briefings
        self.first: dict[str, tuple[Place, ...]] = {}  # theme key -> its share of places
        self.refs: dict[str, bytes] = {}  # briefing -> its {anchor: refs}, pickled (read for few)

    def update(self, changed: dict[str, tuple[str, tuple] | None]) -> set[str]:
        """Take these briefings' new (title, section_themes) (None: the briefing is gone); the
        briefings whose refs are new, changed or gone."""
        places: dict[str, dict[str, Place]] = {}  # briefing -> its places, as far as needed
        touched = set()
        for slug, value in changed.items():
            old = self.themes.pop(slug, None)
            for key in _places(slug, *pickle.loads(old)) if old is not None else ():
                self.holders[key].discard(slug)
                touched.add(key)
            if value is not None:
                self.themes[slug] = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
                places[slug] = _places(slug, *value)
                for key in places[slug]:
                    self.holders[key].add(slug)
                    touched.add(key)
        redo = {slug for slug, value in changed.items() if value is not None}
        for key in touched:
            holders = self.holders[key]
            if not holders:
                del self.holders[key]
                self.first.pop(key, None)
                continue
            first = tuple(self._places(s, places)[key] for s in heapq.nsmallest(ALSO_MAX + 1, holders))
            if first != self.first.get(key):
                self.first[key] = first
                redo |= holders
        out = {slug for slug, value in changed.items() if value is None and self.refs.pop(slug, None)}
        for slug in sorted(redo):
            refs = self._refs(slug, self._places(slug, places))
            blob = pickle.dumps(refs, protocol=pickle.HIGHEST_PROTOCOL) if refs else None
            if blob != self.refs.get(slug):
                out.add(slug)
            if blob:
                self.refs[slug] = blob
            else:
                self.refs.pop(slug, None)
        return out

    def of(self, slug: str) -> dict[str, tuple[SectionRef, ...]]:
        """One briefing's refs: section anchor -> refs."""
        blob = self.refs.get(slug)
        return pickle.loads(blob) if blob else {}

    def _places(self, slug: str, places: dict) -> dict[str, Place]:
        if slug not in places:
            places[slug] = _places(slug, *pickle.loads(self.themes[slug]))
        return places[slug]

    def _refs(self, slug: str, mine: dict[str, Place]) -> dict[str, tuple[SectionRef, ...]]:
        """Each section's refs: a ref's label is "Briefing title › Section heading", or the title
        alone when that heading is the section's own (no need to read it twice)."""
        _, themes = pickle.loads(self.themes[slug])
        out = {}
        for anchor, heading, keys in themes:
            refs: dict[str, Place] = {}  # other briefing -> its first place on a shared theme
            for key in keys:
                for place in self.first[key]:
                    other = place[0]
                    if other != slug and (other not in refs or place[1] < refs[other][1]):
                        refs[other] = place
            if refs:
                own_words = " ".join(_WORD.findall(heading.casefold()))
                out[anchor] = tuple(
                    SectionRef(other, other_anchor, title if words == own_words else f"{title} › {heading}")
                    for other, other_anchor, title, heading, words in (refs[o] for o in sorted(refs)[:ALSO_MAX]))
        return out

    def flat(self) -> dict[tuple[str, str], tuple[SectionRef, ...]]:
        """(briefing, anchor) -> refs, for every section that has some."""
        return {(slug, anchor): refs for slug in sorted(self.refs) for anchor, refs in self.of(slug).items()}


def also_covered(briefings) -> dict[tuple[str, str], tuple[SectionRef, ...]]:
    """Each section's refs, from (slug, title, section_themes) per briefing."""
    index = AlsoIndex()
    index.update({slug: (title, themes) for slug, title, themes in briefings})
    return index.flat()
