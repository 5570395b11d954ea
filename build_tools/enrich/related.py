"""Related briefings: shared topics weighted by rarity, without comparing all pairs, kept
up to date briefing by briefing.

Candidates come from an inverted index (topic -> briefings). Each topic's list is
cut to the briefings that mention it most, and each briefing looks only at its
most mentioned topics, so a full pass grows as N x TOPICS_PER_ARTICLE x POSTINGS_CAP.

A topic's weight is its rarity counted in halvings of the archive (`rarity`): it moves
only when the topic's briefing count, or the archive's, passes a power of two. So one
more briefing changes the weights of almost no topic, and `RelatedIndex.update` finds
the few lists it can change instead of computing every list again; a test holds it to
the same lists as a pass over everything.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from build_tools.model import Related
from build_tools.parallel import context, parallel_map

POSTINGS_CAP = 100
TOPICS_PER_ARTICLE = 12  # an article's most mentioned topics are the ones it is about
RELATED_MAX = 5


def _halvings(count: int) -> int:
    """ceil(log2(count)): how many times `count` briefings halve before one is left."""
    return (count - 1).bit_length()


def rarity(briefings: int, archive: int) -> int:
    """A topic in `briefings` of `archive` briefings, in hundredths: log2(archive / briefings),
    each count rounded up to a power of two, plus a little (a topic in every briefing still
    counts). Whole numbers: scores add up exactly, whatever the order."""
    return 100 * (_halvings(archive) - _halvings(briefings)) + 1


class RelatedIndex:
    """Each briefing's related briefings, with the indexes that find them. Briefings come in
    as their topic totals (topic -> mentions); `update` takes only those that changed."""

    def __init__(self) -> None:
        self.totals: dict[str, dict[str, int]] = {}  # briefing -> {topic: mentions}
        self.weights: dict[str, dict[str, int]] = defaultdict(dict)  # topic -> {briefing: mentions}
        self.mine: dict[str, tuple[str, ...]] = {}  # briefing -> its TOPICS_PER_ARTICLE topics
        self.holders: dict[str, set[str]] = defaultdict(set)  # topic -> briefings with it in `mine`
        self.postings: dict[str, tuple[str, ...]] = {}  # topic -> its POSTINGS_CAP briefings
        self.members: dict[str, frozenset[str]] = {}  # topic -> its postings, as a set
        self.gain: dict[str, int] = {}
        # briefing -> its list, as plain (slug, score, shared) tuples: the build state loads
        # tens of thousands on every build, much faster than named tuples
        self.related: dict[str, tuple[tuple, ...]] = {}

    def update(self, changed: Mapping[str, dict[str, int] | None]) -> set[str]:
        """Take these briefings' new topic totals (None: the briefing is gone); the briefings
        whose related list is new, changed or gone."""
        archive_before = len(self.totals)
        touched = set()
        for slug, totals in changed.items():
            for topic in self.totals.pop(slug, {}):
                del self.weights[topic][slug]
                touched.add(topic)
            for topic in self.mine.pop(slug, ()):
                self.holders[topic].discard(slug)
            if totals is not None:
                self.totals[slug] = totals
                for topic, count in totals.items():
                    self.weights[topic][slug] = count
                    touched.add(topic)
                self.mine[slug] = tuple(sorted(totals, key=lambda t: (-totals[t], t))[:TOPICS_PER_ARTICLE])
                for topic in self.mine[slug]:
                    self.holders[topic].add(slug)
        archive = len(self.totals)
        if _halvings(archive) != _halvings(archive_before):
            touched = set(self.weights)  # every weight moved
        recompute = {slug for slug, totals in changed.items() if totals is not None}
        moved: dict[str, tuple[set, set]] = {}  # topic -> (briefings in its postings now, no longer)
        for topic in touched:
            weights = self.weights[topic]
            if not weights:
                recompute |= self.holders.pop(topic, set())
                del self.weights[topic]
                for index in (self.postings, self.members, self.gain):
                    index.pop(topic, None)
                continue
            gain = rarity(len(weights), archive)
            postings = tuple(sorted(weights, key=lambda s: (-weights[s], s))[:POSTINGS_CAP])
            before = self.postings.get(topic, ())
            if gain != self.gain.get(topic):
                recompute |= self.holders[topic]
            elif postings != before:
                moved[topic] = set(postings) - set(before), set(before) - set(postings)
            self.gain[topic], self.postings[topic], self.members[topic] = gain, postings, frozenset(postings)
        recompute |= self._reached(moved, recompute)
        recompute &= self.totals.keys()
        found = self._compute(sorted(recompute))
        gone = {slug for slug, totals in changed.items() if totals is None}
        out = {slug for slug in gone if self.related.pop(slug, None) is not None}
        for slug, related in zip(sorted(recompute), found, strict=True):
            if self.related.get(slug) != related:
                self.related[slug] = related
                out.add(slug)
        return out

    def _reached(self, moved: dict[str, tuple[set, set]], recompute: set[str]) -> set[str]:
        """Briefings a change of postings can reach: one that listed a briefing now left out,
        or for which a briefing now let in scores a place in its list."""
        reached: set[str] = set()
        for topic, (entered, left) in moved.items():
            for slug in self.holders[topic] - recompute - reached:
                listed = {other for other, _, _ in self.related.get(slug, ())}
                if listed & left or listed & entered or any(self._beats(slug, e) for e in entered):
                    reached.add(slug)
        return reached

    def _beats(self, slug: str, other: str) -> bool:
        """Would `other` now rank in `slug`'s list?"""
        if other == slug:
            return False
        score = sum(self.gain[t] for t in self.mine[slug] if other in self.members[t])
        listed = self.related.get(slug, ())
        if len(listed) < RELATED_MAX:
            return score > 0
        last, last_score, _ = listed[-1]
        return (-score, other) < (-last_score, last)

    def _compute(self, slugs: list[str]) -> list[tuple[tuple, ...]]:
        # Each briefing's list is its own small search over shared, read-only indexes: on every core.
        return parallel_map(_related, [(s, self.mine[s]) for s in slugs], (self.postings, self.gain, self.members))

    def of(self, slug: str) -> tuple[Related, ...]:
        return tuple(Related(*r) for r in self.related.get(slug, ()))


def _related(item: tuple[str, tuple[str, ...]]) -> tuple[tuple, ...]:
    slug, mine = item
    postings, gain, members = context()
    scores: dict[str, int] = defaultdict(int)
    for topic in mine:
        for other in postings[topic]:
            scores[other] += gain[topic]
    scores.pop(slug, None)
    return tuple((s, score, tuple(sorted((t for t in mine if s in members[t]), key=lambda t: (-gain[t], t))))
                 for s, score in _best(scores))


def _best(scores: dict[str, int]) -> list[tuple[str, int]]:
    """The RELATED_MAX highest scores, ties by slug: a C sort of the bare scores finds the
    cut-off, so only the few candidates at or above it are ranked in Python."""
    if len(scores) > RELATED_MAX:
        cutoff = sorted(scores.values(), reverse=True)[RELATED_MAX - 1]
        scores = {s: v for s, v in scores.items() if v >= cutoff}
    return sorted(scores.items(), key=lambda item: (-item[1], item[0]))[:RELATED_MAX]
