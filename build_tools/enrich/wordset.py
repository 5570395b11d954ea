"""A word signature: the words of a briefing as a fixed-size bit set (a Bloom filter).

It answers one question without the text: could this phrase occur here? "No" is
certain, "maybe" can be wrong. A later build uses it to know which briefings a new
or changed topic or glossary term cannot touch, so only the others are looked at again.
"""
from __future__ import annotations

import re
import unicodedata
import zlib
from typing import Iterable

BITS = 8192  # with two bits per word: about 3% false "maybe" for a word at ~800 distinct words
_WORD = re.compile(r"[^\W_]+")  # letter and digit runs: any whole-word match is made of these
# The same runs in UTF-8 bytes, found by a byte table (faster than the regex
# over a briefing; PERFORMANCE.md): ASCII letters and digits stay, other ASCII becomes a space, and bytes
# of non-ASCII characters stay, for the regex to split the few tokens that hold them.
_RUNS = bytes(c if c >= 128 or chr(c).isalnum() else 32 for c in range(256))


def _words(text: str) -> set[str]:
    """set(_WORD.findall(text))"""
    words = set(text.encode("utf-8").translate(_RUNS).decode("utf-8").split())
    if not text.isascii():
        odd = {token for token in words if not token.isascii()}
        words -= odd
        for token in odd:
            words.update(_WORD.findall(token))
    return words


def _forms(text: str) -> set[str]:
    """Words of a text in every case form a matcher may compare: lower, case-folded, and
    without accents (a case-insensitive regex sees "İ" as "i")."""
    lower = text.lower()
    words = _words(lower)
    if not lower.isascii():
        # The other forms differ only within whitespace-separated tokens that hold a
        # non-ASCII character: only those are looked at again (a third of the cost).
        odd = " ".join(token for token in text.split() if not token.isascii())
        words.update(_WORD.findall(odd.casefold()))
        words.update(_WORD.findall(unicodedata.normalize("NFKD", odd.lower()).encode("ascii", "ignore").decode()))
    return words


def _bits(word: str) -> int:
    h = zlib.crc32(word.encode("utf-8"))
    return (1 << (h % BITS)) | (1 << ((h >> 13) % BITS))


def signature(texts: Iterable[str]) -> int:
    bits = 0
    for word in _forms("\n".join(texts)):
        bits |= _bits(word)
    return bits


def phrase_masks(phrase: str) -> tuple[int, ...]:
    """One mask per form the phrase is matched in; a text may hold it only if it holds
    every bit of one of them."""
    masks = set()
    for form in (phrase.lower(), phrase.casefold()):
        mask = 0
        for word in _WORD.findall(form):
            mask |= _bits(word)
        masks.add(mask)
    return tuple(sorted(masks))


def may_hold(signature_bits: int, masks: Iterable[int]) -> bool:
    return any(signature_bits & mask == mask for mask in masks)
