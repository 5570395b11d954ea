"""Many named patterns, matched at the start of a line, each tried only where it can match.

Python's `re` tries the branches of an alternation one by one, so one pattern holding a few
hundred branches costs a few hundred attempts on every line, most of them failing on the
first character. A `PatternTable` splits each pattern into its branches, works out from the
parsed pattern which characters each branch can start with, and joins, for each first
character, only the branches that can start with it. Each line then meets one pattern of a
few dozen branches, in the original order, so it gets the same answer.

A few branches can start with nearly any character (`... is reader-supported`, a menu's
`News / Sport / Weather`), and one that opens on a run of word characters backtracks through
every line before it fails. Where such a branch needs some literal text (` is `, ` / `), it is
kept out of the joined patterns and tried alone, only on a line that holds that text.
"""
from __future__ import annotations

import re
import string
from collections.abc import Iterator, Sequence

try:  # Python 3.11 renamed the module; both parse the same way
    from re import _parser as sre_parse  # type: ignore[attr-defined]
    from re import _constants as sre  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_constants as sre  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

ANY = None  # a branch that can start with any character (or match nothing)
_ASCII = frozenset(chr(c) for c in range(128))
_CATEGORY = {
    sre.CATEGORY_DIGIT: set(string.digits),
    sre.CATEGORY_WORD: set(string.ascii_letters + string.digits + "_"),
    sre.CATEGORY_SPACE: set(string.whitespace),
}
_OPENERS = ("(?:", "(?i:", "(?-i:", "(")  # groups whose branches can be spread over what follows


class PatternTable:
    """`match(text)`: the name of the first pattern that matches at the start of `text`."""

    def __init__(self, named: Sequence[tuple[str, re.Pattern[str]]]):
        self._names = [name for name, _ in named]
        self._branches: list[tuple[int, str, frozenset[str] | None]] = []
        self._broad: list[tuple[int, str, bool, re.Pattern[str]]] = []  # tried alone where their text is
        for n, (_, pattern) in enumerate(named):
            flags = "(?i:" if pattern.flags & re.IGNORECASE else "(?:"
            for branch in _spread(pattern.pattern):
                first = _first_chars(branch, pattern.flags)
                if (first is ANY or len(first) > BROAD) and (text := required_text(branch, pattern.flags)):
                    self._broad.append((n, *text, re.compile(flags + branch + ")")))
                else:
                    self._branches.append((n, flags + branch + ")", first))
        self._whole = self._join(self._branches)
        self._by_char: dict[str, re.Pattern[str]] = {}

    def match(self, text: str) -> str | None:
        found = self._pattern(text[:1].lower()).match(text)
        first = int(found.lastgroup[1:]) if found and found.lastgroup else len(self._names)
        lower = (text if text.isascii() else text.translate(_FOLD_TO_ASCII)).lower()
        for n, needed, ignoring, branch in self._broad:
            if n >= first:
                break  # the branches stand in pattern order
            if needed in (lower if ignoring else text) and branch.match(text):
                first = n
                break
        return self._names[first] if first < len(self._names) else None

    def _pattern(self, first: str) -> re.Pattern[str]:
        """The branches a line starting with `first` can match, joined once, when first asked."""
        if first not in _ASCII:  # rare: the whole pattern, not worth a table
            return self._whole
        if first not in self._by_char:
            self._by_char[first] = self._join([b for b in self._branches if b[2] is ANY or first in b[2]])
        return self._by_char[first]

    @staticmethod
    def _join(branches: list[tuple[int, str, frozenset[str] | None]]) -> re.Pattern[str]:
        groups: dict[int, list[str]] = {}
        for n, source, _ in branches:
            groups.setdefault(n, []).append(source)
        return re.compile("|".join(f"(?P<k{n}>{'|'.join(sources)})" for n, sources in groups.items()) or "(?!)")


# The letters `re` matches to an ASCII letter when ignoring case, though `lower()` makes none
_FOLD_TO_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
BROAD = 20  # first characters: a branch that can start with more is asked of nearly every line
TEXT_MIN = 2  # characters of a branch's sure text worth looking for first


def required_text(source: str, flags: int) -> tuple[str, bool] | None:
    """The longest run of literal characters every match of the branch holds, and whether it is
    looked for in the lower-cased line (when the branch ignores case). Only ASCII and uncased
    characters count, so that lower-casing the line keeps every match's text."""
    items = _flat(sre_parse.parse(source, flags & ~re.VERBOSE))
    runs, run = [], ""
    for op, av in items + [(None, None)]:
        if op == sre.LITERAL and _plain(chr(av)):
            run += chr(av)
        else:
            runs.append(run)
            run = ""
    longest = max(runs, key=len)
    if len(longest) < TEXT_MIN:
        return None
    ignoring = bool(flags & re.IGNORECASE) or "(?i:" in source  # a scoped (?-i:) inside only narrows it
    return (longest.lower(), True) if ignoring else (longest, False)


def _plain(char: str) -> bool:
    return char.isascii() or char.lower() == char.upper()


def _flat(sequence) -> list:  # type: ignore[no-untyped-def]
    """A parsed sequence with its groups opened out: what every match passes through, in order."""
    items = []
    for op, av in sequence:
        if op == sre.SUBPATTERN:
            items += _flat(av[-1])
        else:
            items.append((op, av))
    return items


def _spread(source: str) -> list[str]:
    """The branches of a pattern, with `^(a|b)rest` spread into `^(?:a)rest` and
    `^(?:b)rest`: together they match what the pattern matches."""
    branches = []
    for part in _split(source):
        opener = next((o for o in _OPENERS if part.startswith("^" + o)
                       and (o != "(" or not part.startswith("^(?"))), None)  # never a lookaround's
        close = _closing(part, 1) if opener else -1
        if opener and close > 0 and part[close + 1:close + 2] not in ("?", "*", "+", "{"):
            kept = "(?:" if opener == "(" else opener
            rest = part[close + 1:]
            branches += [f"^{kept}{inner})" + rest for inner in _split(part[1 + len(opener):close])]
        else:
            branches.append(part)
    return branches


def _split(source: str) -> list[str]:
    """A pattern's source cut at its top-level `|`."""
    cuts = [i for i, c, depth in _characters(source) if c == "|" and depth == 0]
    return [source[i + 1:j] for i, j in zip([-1] + cuts, cuts + [len(source)])]


def _closing(source: str, at: int) -> int:
    """Where the group opened at `at` closes."""
    return next((i for i, c, depth in _characters(source, at) if c == ")" and depth == 1), -1)


def _characters(source: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """Each character of a pattern's source outside escapes and classes, with how many
    groups hold it (a bracket counts as inside its own group)."""
    depth, i = 0, start
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _class_end(source, i) + 1
            continue
        depth += c == "("
        yield i, c, depth
        depth -= c == ")"
        i += 1


def _class_end(source: str, at: int) -> int:
    i = at + 1
    if source[i:i + 1] == "^":
        i += 1
    if source[i:i + 1] == "]":  # a "]" first in a class is itself
        i += 1
    while source[i] != "]":
        i += 2 if source[i] == "\\" else 1
    return i


def _first_chars(source: str, flags: int) -> frozenset[str] | None:
    """The ASCII characters, lower-cased, a branch can start with; ANY when it is not known."""
    chars, nullable = _firsts(sre_parse.parse(source, flags & ~re.VERBOSE))
    if nullable or chars is ANY:
        return ANY
    return frozenset(c.lower() for c in chars)


def _firsts(sequence) -> tuple[set[str] | None, bool]:  # type: ignore[no-untyped-def]
    """What a parsed sequence can start with, and whether it can match nothing."""
    found: set[str] = set()
    for op, av in sequence:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):  # zero width: look further
            continue
        if op == sre.LITERAL:
            return found | {chr(av)}, False
        if op == sre.IN:
            chars = _class_chars(av)
            return (ANY if chars is ANY else found | chars), False
        if op == sre.BRANCH:
            nullable = False
            for branch in av[1]:
                chars, empty = _firsts(branch)
                if chars is ANY:
                    return ANY, False
                found |= chars
                nullable = nullable or empty
            if not nullable:
                return found, False
            continue
        if op == sre.SUBPATTERN:
            chars, empty = _firsts(av[-1])
            if chars is ANY:
                return ANY, False
            found |= chars
            if not empty:
                return found, False
            continue
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)):
            low, _, item = av
            chars, empty = _firsts(item)
            if chars is ANY:
                return ANY, False
            found |= chars
            if low > 0 and not empty:
                return found, False
            continue
        return ANY, False  # any character, a negated literal, a back reference
    return found, True


def _class_chars(items) -> set[str] | None:  # type: ignore[no-untyped-def]
    chars: set[str] = set()
    for op, av in items:
        if op == sre.LITERAL:
            chars.add(chr(av))
        elif op == sre.RANGE:
            low, high = av
            if high >= 128:
                return ANY
            chars.update(chr(c) for c in range(low, high + 1))
        elif op == sre.CATEGORY and av in _CATEGORY:
            chars |= _CATEGORY[av]
        else:
            return ANY  # a negated class, or a category beyond ASCII's
    return chars
