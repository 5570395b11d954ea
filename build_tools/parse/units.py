"""Lines to units: one unit per line, or per paragraph in hard-wrapped text."""
from __future__ import annotations

from dataclasses import dataclass

from build_tools.parse.furniture import furniture_kind
from build_tools.parse.text import bullet, case_style, ends_like_sentence, is_byline, numbered


@dataclass(frozen=True, slots=True)
class Unit:
    text: str  # repaired, whitespace-normalised
    line: int  # 1-based line of its first source line
    blank_before: bool
    indented: bool  # the source line started with white space
    tail: str  # its last source line, to tell wrapped lines from short ones and headings
    last: int = 0  # its last source line, when it runs over several
    role: str = ""  # what the editor's sidecar says it is: heading, subheading, paragraph; "" to decide


RUN_ON_MIN = 40  # characters: a heading or a label is shorter


def _structural(text: str) -> bool:
    return "|" in text or bullet(text) is not None or numbered(text) is not None


def looks_wrapped(lines: list[tuple[int, str, bool]]) -> bool:
    """Hard-wrapped text: no long lines, and lines that run on into the next one."""
    texts = [t for _, t, _ in lines if t and not _structural(t)]
    if not texts or max(len(t) for t in texts) > 100:
        return False
    run_ons = sum(1 for (_, a, _), (_, b, _) in zip(lines, lines[1:])
                  if a and b and len(a) >= RUN_ON_MIN and not _structural(b) and not ends_like_sentence(a))
    return run_ons >= 3


def make_units(lines: list[tuple[int, str, bool]]) -> list[Unit]:
    """lines: (line number, repaired text, indented); blank text marks a blank line."""
    wrapped = looks_wrapped(lines)
    width = max((len(t) for _, t, _ in lines), default=0)
    units: list[Unit] = []
    blank = True
    for number, text, indented in lines:
        if not text:
            blank = True
            continue
        previous = units[-1] if units else None
        if previous and not blank and _continues(previous, text, indented, wrapped, width) \
                and not furniture_kind(text) and not is_byline(text) \
                and not furniture_kind(previous.text):  # "list 2 of 3", "by Ann Lee", a caption stand alone
            units[-1] = Unit(f"{previous.text} {text}", previous.line, previous.blank_before,
                             previous.indented, text, number)
        else:
            units.append(Unit(text, number, blank, indented, text, number))
        blank = False
    return units


def _continues(previous: Unit, text: str, indented: bool, wrapped: bool, width: int) -> bool:
    """Whether a line carries on the unit before it rather than starting a block."""
    if "|" in text or "|" in previous.text or bullet(text) or numbered(text):
        return False
    if bullet(previous.text) or numbered(previous.text):
        return indented  # an indented line continues a list item
    if not wrapped:  # one run-on line still shows: no sentence end, and the next starts in lower case
        return (text[:1].islower() and len(previous.tail) >= RUN_ON_MIN
                and not ends_like_sentence(previous.tail))
    # A short line ending a paragraph, or a Title Case line standing as a heading, is
    # followed by a new block.
    if not ends_like_sentence(previous.tail) and case_style(previous.tail) in ("title", "caps"):
        return False
    return len(previous.tail) >= 0.6 * width or not text[:1].isupper()
