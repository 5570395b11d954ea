"""What changed since the last build, and what that can reach.

Pages are reused only when everything they are made of is the same: these helpers
name those inputs (as hashes) and find which briefings and topics a change can touch.
"""
from __future__ import annotations

import hashlib
import pickle

from build_tools.enrich.wordset import phrase_masks
from build_tools.model import Term, Topic


def inputs_hash(value) -> bytes:
    """A stable hash of plain data (records, tuples, dicts in a fixed order)."""
    return hashlib.blake2b(pickle.dumps(value, protocol=5), digest_size=16).digest()


def topic_inputs(topics: tuple[Topic, ...], related: dict[str, list[str]]) -> dict[str, bytes]:
    """Per topic group, what its pages are made of besides its briefings' entries: the topic
    itself and its related topics' names."""
    names = {t.slug: t.name for t in topics}
    return {f"topic:{t.slug}": inputs_hash((t, tuple((s, names[s]) for s in related[t.slug])))
            for t in topics}


def changed(before, after) -> set:
    """Items in one collection and not the other: added, removed or altered."""
    return set(before) ^ set(after)


def alias_masks(before: tuple[Topic, ...], after: tuple[Topic, ...]) -> list[int]:
    """Word masks (enrich.wordset) of every alias of a topic added, removed or altered:
    a briefing whose signature holds none of them matches topics exactly as before."""
    return [m for t in changed(before, after) for alias in t.aliases for m in phrase_masks(alias)]


def term_masks(before: tuple[Term, ...], after: tuple[Term, ...]) -> list[int]:
    """Word masks of every acronym whose meaning was added, removed or altered (a page
    shows a term's meaning, not where it is defined)."""
    meanings = [{(t.short, t.long) for t in terms} for terms in (before, after)]
    return [m for short, _ in changed(*meanings) for m in phrase_masks(short)]
