"""The collection as the whole-corpus passes need it, kept between builds and brought up
to date briefing by briefing.

Per briefing it keeps a small record (no text); across briefings, the indexes that make
related briefings, "also covered in", related topics and topic pages, each updated by
the briefings that changed rather than made again. Topic pages' entries live in the blob
store, one blob per topic, since only the topics a change touches are read.
"""
from __future__ import annotations

import pickle
from collections import Counter, defaultdict
from dataclasses import dataclass, field, fields
from operator import attrgetter
from typing import cast

from build_tools import safe_pickle
from build_tools.enrich.also import AlsoIndex
from build_tools.enrich.related import RelatedIndex
from build_tools.model import Article, Diagnostic, Listing
from build_tools.store import BlobStore

RELATED_TOPICS = 8  # on a topic's pages


@dataclass(slots=True)
class Briefing:
    """What the corpus keeps of one briefing between builds: small, since every build loads
    every record; its shell, which few pages need, stays pickled."""
    path: str
    listing: Listing
    shell_blob: bytes  # the article without intro or sections, with topics and related: pickled
    notes: tuple[Diagnostic, ...]  # the parser's, reported on every build
    names: tuple  # (definitions, organisations, people): for the glossary and topic discovery
    words: int  # word signature of every text its page shows (enrich.wordset)
    catalogue: tuple[str, ...]  # its rows of the table catalogue
    archive: str  # its entry in the archive
    article_key: str  # its parsed article in the blob store
    plan_key: str = ""  # its link plan in the blob store
    linked: frozenset[str] = frozenset()  # the topics its link plan links

    def __reduce__(self):
        """Pickled as its field values: every build loads every record, and this loads them
        faster than the default for slots."""
        return Briefing, _field_values(self)

    @classmethod
    def of(cls, path: str, shell: Article, **fields) -> Briefing:
        record = cls(path, cast(Listing, None), b"", **fields)  # the listing is set by keep_shell
        record.keep_shell(shell)
        return record

    @property
    def shell(self) -> Article:
        return safe_pickle.loads(self.shell_blob)

    def keep_shell(self, shell: Article) -> None:
        self.listing = Listing(shell.slug, shell.title, shell.meta.date, shell.meta.updated)
        self.shell_blob = pickle.dumps(shell, protocol=pickle.HIGHEST_PROTOCOL)


_field_values = attrgetter(*(f.name for f in fields(Briefing)))


class TopicPairs:
    """How often two topics are among the same briefing's most mentioned topics."""

    def __init__(self) -> None:
        self.counts: dict[str, Counter] = defaultdict(Counter)

    def update(self, before: tuple[str, ...], after: tuple[str, ...]) -> None:
        for top, step in ((before, -1), (after, 1)):
            for a in top:
                counts = self.counts[a]
                for b in top:
                    if a != b:
                        counts[b] += step
                        if not counts[b]:
                            del counts[b]

    def related(self, topic: str) -> list[str]:
        """The topics most often beside this one, most first."""
        counts: dict[str, int] = self.counts.get(topic, {})
        return sorted(counts, key=lambda t: (-counts[t], t))[:RELATED_TOPICS]


class TopicShelf:
    """Each topic's entries on its pages, one per briefing (render.topics.topic_entries),
    as one blob per topic in the store."""

    def __init__(self) -> None:
        self.keys: dict[str, str] = {}  # topic -> blob key
        self._loaded: dict[str, dict] = {}  # topic -> its entries, read or made in this build

    def __getstate__(self):
        return self.keys

    def __setstate__(self, keys):
        self.keys, self._loaded = keys, {}

    def update(self, store: BlobStore, before: dict[str, set[str]], after: dict[str, dict]) -> set[str]:
        """Take new entries (briefing -> {topic: entry}; an empty dict for a briefing gone),
        given each of those briefings' topics `before`; the topics whose entries changed."""
        touched: dict[str, dict] = defaultdict(dict)  # topic -> {briefing: entry or None}
        for slug, entries in after.items():
            for topic in before.get(slug, ()):
                touched[topic][slug] = None
            for topic, entry in entries.items():
                touched[topic][slug] = entry
        changed = set()
        for topic in sorted(touched):
            entries = dict(self.entries(store, topic))
            for slug, entry in touched[topic].items():
                if entry is None:
                    entries.pop(slug, None)
                else:
                    entries[slug] = entry
            if entries == self._loaded.get(topic, {}):
                continue
            changed.add(topic)
            self._loaded[topic] = entries
            if not entries:
                self.keys.pop(topic, None)
                continue
            self.keys[topic] = store.add(f"topic/{topic}", pickle.dumps(entries, protocol=pickle.HIGHEST_PROTOCOL))
        return changed

    def entries(self, store: BlobStore, topic: str) -> dict:
        """briefing -> entry, for one topic."""
        if topic not in self._loaded:
            key = self.keys.get(topic)
            self._loaded[topic] = safe_pickle.loads(store.get(key)) if key else {}
        return self._loaded[topic]


@dataclass
class Corpus:
    """The records and the indexes. The records are kept apart from the indexes (by the
    build cache, one by one), and `dirty` names those changed since they were read."""
    briefings: dict[str, Briefing] = field(default_factory=dict)
    related: RelatedIndex = field(default_factory=RelatedIndex)
    also: AlsoIndex = field(default_factory=AlsoIndex)
    pairs: TopicPairs = field(default_factory=TopicPairs)
    shelf: TopicShelf = field(default_factory=TopicShelf)
    dirty: set[str] = field(default_factory=set)

    def __getstate__(self):
        return {name: value for name, value in vars(self).items() if name not in ("briefings", "dirty")}

    def __setstate__(self, state):
        vars(self).update(state, briefings={}, dirty=set())

    def blob_keys(self) -> set[str]:
        """Every key of the store this corpus refers to."""
        keys = {b.article_key for b in self.briefings.values()}
        keys.update(b.plan_key for b in self.briefings.values() if b.plan_key)
        keys.update(self.shelf.keys.values())
        keys.update(self.also.themes.values())
        keys.update(self.also.refs.values())
        return keys
