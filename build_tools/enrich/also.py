"""Section-level "Also covered in": the same theme under other briefings.

A theme key is the normalised text of a section heading, a list item's lead-in
term or a table row label; sections sharing a key in different briefings point
at each other, naming each other briefing once.
"""
from __future__ import annotations

import hashlib
import heapq
import re
from collections import defaultdict
from collections.abc import Iterable
from typing import Any, Protocol, cast

from build_tools.model import Article, BulletList, SectionRef, Table

class Values(Protocol):
    """Where the index keeps values it needs only now and then: `add` gives a key made from
    the value's content (the same value, the same key), `get_many` the values back."""

    def add(self, prefix: str, value: Any) -> str: ...

    def get_many(self, keys: Iterable[str]) -> dict[str, Any]: ...


class MemoryValues:
    """Values kept in this process."""

    def __init__(self) -> None:
        self._values: dict[str, Any] = {}

    def add(self, prefix: str, value: Any) -> str:
        key = f"{prefix}/{hashlib.blake2b(repr(value).encode(), digest_size=12).hexdigest()}"
        self._values[key] = value
        return key

    def get_many(self, keys: Iterable[str]) -> dict[str, Any]:
        return {key: self._values[key] for key in keys}


ALSO_MAX = 2  # other briefings per section, each named once (the related box names more)
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


def heading_words(heading: str) -> str:
    """What headings compare by: their words, case-folded."""
    return " ".join(_WORD.findall(heading.casefold()))


def section_themes(article: Article) -> tuple[tuple[str, str, str, tuple[str, ...]], ...]:
    """(anchor, heading, heading words, theme keys) of each section but the FAQ."""
    return tuple((s.anchor, s.heading, heading_words(s.heading), tuple(sorted(_keys(s))))
                 for s in article.sections if not s.faq)


Place = tuple[str, str, str, str, str]  # (briefing, anchor, title, heading, heading words)


def _places(slug: str, title: str, themes) -> dict[str, Place]:
    """A briefing's first section on each of its theme keys."""
    places: dict[str, Place] = {}
    for anchor, heading, words, keys in sorted(themes):
        place = (slug, anchor, title, heading, words)
        for key in keys:
            places.setdefault(key, place)
    return places


class AlsoIndex:
    """Each section's "also covered in" refs, with the theme index that finds them. Briefings
    come in as (title, section_themes); `update` takes only those that changed.

    A theme's share is the first place of its first ALSO_MAX + 1 briefings (by slug): bounded
    and stable, so there is no all-pairs cost and one more briefing moves few shares. Each
    briefing's themes and refs, needed only where something changed, stay in a value store
    (`Values`: in memory, or wherever the caller keeps them)."""

    def __init__(self) -> None:
        self.themes: dict[str, str] = {}  # briefing -> key of its (title, section themes)
        self.holders: dict[str, set[str]] = defaultdict(set)  # theme key -> briefings
        self.refs: dict[str, str] = {}  # briefing -> key of its refs ({anchor: refs})

    def update(self, changed: dict[str, tuple[str, tuple] | None], store: Values) -> set[str]:
        """Take these briefings' new (title, section_themes) (None: the briefing is gone); the
        briefings whose refs are new, changed or gone."""
        before = _read(store, {slug: self.themes.pop(slug) for slug in changed if slug in self.themes})
        themes = {slug: value for slug, value in changed.items() if value is not None}
        keys_before = {slug: _theme_keys(value) for slug, value in before.items()}
        keys_now = {slug: _theme_keys(value) for slug, value in themes.items()}
        touched = set().union(*keys_before.values(), *keys_now.values())
        firsts = {key: self._firsts(key) for key in touched}
        key: str | None
        for slug, keys in keys_before.items():
            for key in keys:
                self.holders[key].discard(slug)
        for slug, value in themes.items():
            self.themes[slug] = store.add(f"themes/{slug}", value)
            for key in keys_now[slug]:
                self.holders[key].add(slug)
        shares = _Shares(self, store, themes)
        old = _Shares(self, store, {**themes, **before})  # the briefings gone or changed, as they were
        old.read({slug for slugs in firsts.values() for slug in slugs})
        shares.read({slug for key in touched for slug in shares.firsts(key)})
        redo = set(themes)
        for key in touched:
            if not self.holders[key]:
                del self.holders[key]
            elif old.places_of(firsts[key], key) != shares.share(key):
                redo |= self.holders[key]
        shares.read(redo)  # in one go, then the briefings of their themes' shares likewise
        for slug in redo - keys_now.keys():
            keys_now[slug] = _theme_keys(shares.themes[slug])
        shares.read({first for slug in redo for key in keys_now[slug] for first in shares.firsts(key)})
        out = {slug for slug, value in changed.items() if value is None and cast(str | None, self.refs.pop(slug, None))}
        for slug in sorted(redo):
            refs = self._refs(slug, shares)
            key = store.add(f"refs/{slug}", refs) if refs else None
            if key != self.refs.get(slug):
                out.add(slug)
            if key:
                self.refs[slug] = key
            else:
                self.refs.pop(slug, None)
        return out

    def _firsts(self, key: str) -> list[str]:
        """The briefings of a theme's share."""
        return heapq.nsmallest(ALSO_MAX + 1, self.holders.get(key, ()))

    def _refs(self, slug: str, shares: _Shares) -> dict[str, tuple[tuple[str, str, str], ...]]:
        """Each section's refs, as plain tuples (SectionRef's fields; they pickle 3.8 times
        faster): a ref's label is "Briefing title › Section heading", or the title alone when
        that heading is the section's own (no need to read it twice)."""
        out, share = {}, shares.share
        for anchor, _, own_words, keys in shares.themes[slug][1]:
            refs: dict[str, Place] = {}  # other briefing -> its first place on a shared theme
            for key in keys:
                for place in share(key):
                    other = place[0]
                    if other != slug and (other not in refs or place[1] < refs[other][1]):
                        refs[other] = place
            if refs:
                out[anchor] = tuple(
                    (other, other_anchor, title if words == own_words else f"{title} › {heading}")
                    for other, other_anchor, title, heading, words in (refs[o] for o in sorted(refs)[:ALSO_MAX]))
        return out

    def of_many(self, slugs, store: Values) -> dict[str, dict[str, tuple[tuple[str, str, str], ...]]]:
        """briefing -> its refs (section anchor -> refs, each a plain tuple of SectionRef's
        fields), for those of these briefings that have some, read in one go."""
        return _read(store, {slug: self.refs[slug] for slug in slugs if slug in self.refs})

    def flat(self, store: Values) -> dict[tuple[str, str], tuple[SectionRef, ...]]:
        """(briefing, anchor) -> refs, for every section that has some."""
        found = self.of_many(sorted(self.refs), store)
        return {(slug, anchor): tuple(SectionRef(*ref) for ref in refs)
                for slug, sections in found.items() for anchor, refs in sections.items()}


def _theme_keys(value: tuple[str, tuple]) -> set[str]:
    """The theme keys of a briefing's (title, section themes)."""
    return {key for *_, keys in value[1] for key in keys}


class _Shares:
    """Themes' shares of places during one update, each briefing's themes read from the store
    once, and in one go where possible."""

    def __init__(self, index: AlsoIndex, store: Values, themes: dict):
        self.index, self.store = index, store
        self.themes = dict(themes)  # briefing -> (title, section themes), as far as read
        self.places: dict[str, dict[str, Place]] = {}
        self.shares: dict[str, tuple[Place, ...]] = {}
        self._firsts: dict[str, list[str]] = {}

    def read(self, slugs) -> None:
        """Read these briefings' themes, in one go."""
        wanted = {s: self.index.themes[s] for s in slugs if s not in self.themes}
        if wanted:
            self.themes.update(_read(self.store, wanted))

    def places_of(self, slugs: list[str], key: str) -> tuple[Place, ...]:
        """The first place on a theme of each of these briefings."""
        places = self.places
        new = [s for s in slugs if s not in places]
        if new:
            self.read(new)
            for s in new:
                places[s] = _places(s, *self.themes[s])
        return tuple(places[s][key] for s in slugs)

    def firsts(self, key: str) -> list[str]:
        """The briefings of a theme's share, as the index has them now."""
        if key not in self._firsts:
            self._firsts[key] = self.index._firsts(key)
        return self._firsts[key]

    def share(self, key: str) -> tuple[Place, ...]:
        """A theme's share, as the index has it now."""
        found = self.shares.get(key)
        if found is None:
            found = self.shares[key] = self.places_of(self.firsts(key), key)
        return found


def _read(store: Values, keys: dict[str, str]) -> dict:
    """slug -> value, for values named by key per slug: read in one go."""
    found = store.get_many(keys.values())
    return {slug: found[key] for slug, key in keys.items()}


def also_covered(briefings) -> dict[tuple[str, str], tuple[SectionRef, ...]]:
    """Each section's refs, from (slug, title, section_themes) per briefing."""
    index, store = AlsoIndex(), MemoryValues()
    index.update({slug: (title, themes) for slug, title, themes in briefings}, store)
    return index.flat(store)
