"""The corpus indexes kept up to date briefing by briefing (related briefings, "also
covered in") give what a pass over the whole archive gives, through additions, edits and
removals, and report exactly the briefings whose lists changed."""
import random

import pytest

from build_tools.enrich.also import AlsoIndex, MemoryValues, also_covered, heading_words
from build_tools.enrich.related import POSTINGS_CAP, RelatedIndex, rarity
from build_tools.store import BlobStore, PickledValues


def random_totals(rng: random.Random, topics: list[str]) -> dict[str, int]:
    """A briefing's topic totals: a few common topics and some rarer ones."""
    chosen = rng.sample(topics[:5], rng.randint(0, 3)) + rng.sample(topics, rng.randint(1, min(14, len(topics))))
    return {t: rng.randint(1, 9) for t in chosen}


def from_scratch(archive: dict[str, dict[str, int]]) -> dict:
    index = RelatedIndex()
    index.update(dict(archive))
    return index.related


@pytest.mark.parametrize("seed", range(4))
def test_updates_give_the_lists_of_a_full_pass(seed):
    rng = random.Random(seed)
    topics = [f"t{n:03d}" for n in range(rng.choice([8, 40, 150]))]
    archive = {f"b{n:04d}": random_totals(rng, topics) for n in range(rng.choice([30, 150, 260]))}
    index = RelatedIndex()
    index.update(dict(archive))
    next_slug = len(archive)
    for step in range(40):
        change: dict = {}
        for _ in range(rng.choice([1, 1, 1, 3])):
            kind = rng.random()
            if kind < 0.4:  # a new briefing
                slug, next_slug = f"b{next_slug:04d}", next_slug + 1
                change[slug] = random_totals(rng, topics)
            elif kind < 0.75 and archive:  # an edit
                change[rng.choice(sorted(archive))] = random_totals(rng, topics)
            elif archive:  # a removal
                change[rng.choice(sorted(archive))] = None
        before = dict(index.related)
        reported = index.update(change)
        for slug, totals in change.items():
            if totals is None:
                archive.pop(slug, None)
            else:
                archive[slug] = totals
        expected = from_scratch(archive)
        assert index.related == expected, (seed, step)
        actually_changed = {s for s in expected.keys() | before.keys() if expected.get(s) != before.get(s)}
        assert reported == actually_changed, (seed, step)


def test_one_more_briefing_recomputes_few_lists():
    """The point of the index: a briefing added to a large archive with a few very common
    topics leaves most lists alone, and reports only the lists that changed."""
    rng = random.Random(7)
    topics = [f"t{n:03d}" for n in range(200)]
    archive = {f"b{n:05d}": random_totals(rng, topics) for n in range(3000)}
    index = RelatedIndex()
    index.update(archive)
    computed = []
    original = index._compute
    index._compute = lambda slugs: computed.extend(slugs) or original(slugs)
    index.update({"b99999": random_totals(rng, topics)})
    assert len(computed) < len(archive) / 10
    assert len(index.postings["t000"]) == POSTINGS_CAP


def test_rarity_counts_halvings():
    assert rarity(1, 1000) == 1001  # ceil(log2 1000) = 10
    assert rarity(2, 1000) == 901
    assert rarity(3, 1000) == rarity(4, 1000) == 801
    assert rarity(1000, 1000) == 1  # a topic in every briefing still counts a little


def random_themes(rng: random.Random, keys: list[str], title: str):
    """(title, section themes) of a briefing: a few sections, each on a few theme keys."""
    sections = []
    for n in range(rng.randint(0, 5)):
        heading = rng.choice(keys).title()
        chosen = {heading.casefold()} | set(rng.sample(keys, rng.randint(0, 3)))
        sections.append((f"s{n}", heading, heading_words(heading), tuple(sorted(chosen))))
    return title, tuple(sections)


@pytest.mark.parametrize("kept", ["memory", "blob store"])
@pytest.mark.parametrize("seed", range(4))
def test_also_covered_updates_give_the_refs_of_a_full_pass(seed, kept):
    rng = random.Random(seed)
    keys = [f"theme {n}" for n in range(rng.choice([5, 30, 120]))]
    archive = {f"b{n:04d}": random_themes(rng, keys, f"Title {n % 7}") for n in range(rng.choice([20, 120]))}
    index = AlsoIndex()
    store = MemoryValues() if kept == "memory" else PickledValues(BlobStore(None))
    index.update(dict(archive), store)
    next_slug = len(archive)
    for step in range(40):
        change: dict = {}
        for _ in range(rng.choice([1, 1, 2])):
            kind = rng.random()
            if kind < 0.4:
                slug, next_slug = f"b{next_slug:04d}", next_slug + 1
                change[slug] = random_themes(rng, keys, f"Title {next_slug % 7}")
            elif kind < 0.75 and archive:
                change[rng.choice(sorted(archive))] = random_themes(rng, keys, f"Edited {step}")
            elif archive:
                change[rng.choice(sorted(archive))] = None
        before = dict(index.refs)
        reported = index.update(change, store)
        for slug, value in change.items():
            if value is None:
                archive.pop(slug, None)
            else:
                archive[slug] = value
        expected = also_covered((slug, *archive[slug]) for slug in sorted(archive))
        assert index.flat(store) == expected, (seed, step)
        assert reported == {s for s in index.refs.keys() | before.keys()
                            if index.refs.get(s) != before.get(s)}, (seed, step)
