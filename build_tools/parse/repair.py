"""Conservative spacing repairs: whitespace only, never a word changed."""
from __future__ import annotations

import re

# (pattern, replacement, description); applied in order, each to the whole line.
_RULES = (
    # "U. S." -> "U.S.": spaces inside a run of single-letter initials.
    (re.compile(r"\b[A-Z]\.(?: [A-Z]\.)+"), lambda m: m.group().replace(" ", ""),
     "joined spaced initials"),
    # "U.S. -Russia" -> "U.S.-Russia": a stray space before a hyphen after initials.
    (re.compile(r"(\b[A-Z]\.[A-Z]\.) -([A-Z])"), r"\1-\2", "removed space before hyphen"),
    # "Ukraine.Citing" -> "Ukraine. Citing": a sentence end run into the next sentence.
    (re.compile(r"([a-z]{2}[.!?])([A-Z][a-z])"), r"\1 \2", "added space after sentence end"),
    # "dialogues,such" -> "dialogues, such"; digits (1,000) are left alone.
    (re.compile(r"([A-Za-z][,;])([A-Za-z])"), r"\1 \2", "added space after punctuation"),
    # "45 million , far short" -> "45 million, far short": a stray space before a comma.
    (re.compile(r"(?<=[A-Za-z0-9)\]”’\"']) ([,;])(?= )"), r"\1", "removed space before punctuation"),
)
_SPACES = re.compile(r"[ \t\u00a0]{2,}")
# Any defect at all: most lines have none, and one scan tells. Every rule above involves
# punctuation followed by a letter, ". X." or ". -" (starting at the rare punctuation keeps
# the scan fast), or a space before a comma (a plain substring test, faster still).
_ANY = re.compile(r"[.!?,;](?:[A-Za-z]| [A-Z]\.| -)")


def repair_line(text: str) -> tuple[str, list[str]]:
    """Return the repaired line and one description per repair made."""
    notes = []
    defect = " ," in text or " ;" in text or _ANY.search(text)
    for pattern, replacement, description in _RULES if defect else ():
        def note(match, replacement=replacement, description=description):
            line = match.string
            start, end = max(match.start() - 12, 0), min(match.end() + 12, len(line))
            notes.append(f"{description}: {line[start:end].strip()!r}")
            return replacement(match) if callable(replacement) else match.expand(replacement)
        text = pattern.sub(note, text)
    if "  " in text or "\t" in text or "\u00a0" in text:
        text = _SPACES.sub(" ", text)
    return text.strip(), notes
