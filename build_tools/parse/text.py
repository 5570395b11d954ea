"""Evidence about a line of raw text: punctuation, case style, sentences."""
from __future__ import annotations

import re
from functools import lru_cache

CLOSING_QUOTES = "\"'”’»)"
_TERMINAL = ".:!;,"
_ABBREVIATION_END = re.compile(r"(?:\b[A-Z]\.){2,}$|\b(?:etc|Inc|Ltd|Co|Jr|Sr|St)\.$")
_SENTENCE_BREAK = re.compile(r"[a-z0-9]{2}[.!?][\"”’]?\s+[\"“‘]?[A-Z]")
_BOILERPLATE = re.compile(
    r"^(read more|advertisement|sponsored|subscribe( now)?|sign up.*|share( this( article)?)?|"
    r"related( articles?| stories)?|click here.*|continue reading|more on this story|"
    r"(photo|image|video)( credit)?)\W*$"
    r"|^(photo|image|video|credit|caption)s?( credit)?:"  # picture credits and captions
    r"|^(related|read more|see also|watch|listen)\s*:"  # links to other stories
    r"|^(copyright\b|©)|\ball rights reserved\b"
    r"|\b(getty images|ap photo|afp via getty)\b", re.IGNORECASE)
_DATELINE = re.compile(r"^[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Za-z0-9 .]{1,30})?$")
_NAME = r"[A-Z][\w.'’-]*(?: (?:[A-Z][\w.'’-]*|de|van|von|al|bin))*"
_BYLINE = re.compile(rf"^By {_NAME}(?:(?:,| and| &) {_NAME})*(?:,? (?:in|for) [A-Z][\w ,.'’-]*)?$")
_BULLET = re.compile(r"^([-*•◦‣–])\s+(\S.*)$")
_NUMBERED = re.compile(r"^(\d{1,3})[.)]\s+(\S.*)$")
_TERM = re.compile(r"^([^:]{1,60}?):\s+(\S.*)$")
# Words that stay lower case in Title Case headings.
MINOR_WORDS = frozenset(
    "a an and as at but by for from in into nor of on onto or over per the to up upon via vs with "
    "within without amid amidst".split())


def final_char(text: str) -> str:
    """The last character that is not a closing quote or bracket."""
    stripped = text.rstrip(CLOSING_QUOTES + " ")
    return stripped[-1] if stripped else ""


def ends_like_sentence(text: str) -> bool:
    """Paragraph lines end in . : ! ; , (possibly inside quotes); an abbreviation doesn't count."""
    stripped = text.rstrip(CLOSING_QUOTES + " ")
    if not stripped or stripped[-1] not in _TERMINAL:
        return False
    return not (stripped.endswith(".") and _ABBREVIATION_END.search(stripped[-16:]))


def has_sentence_break(text: str) -> bool:
    return bool(_SENTENCE_BREAK.search(text))


BOILERPLATE_MAX = 160  # characters: a credit or a "Read more" is a short line, never a paragraph


def is_boilerplate(text: str) -> bool:
    return len(text) <= BOILERPLATE_MAX and bool(_BOILERPLATE.search(text.strip()))


def is_byline(text: str) -> bool:
    """`By Jane Doe`, `By Jane Doe and Ivan Petrenko, Reuters`: names, no sentence."""
    return len(text.split()) <= 14 and bool(_BYLINE.match(text.rstrip(". ")))


DATELINE_MAX_WORDS = 4  # a place: "KYIV", "RIO DE JANEIRO"; more upper-case words are a headline


def is_dateline(text: str) -> bool:
    place = text.split(",")[0]
    letters = [c for c in place if c.isalpha()]
    return (len(letters) >= 2 and len(place.split()) <= DATELINE_MAX_WORDS and bool(_DATELINE.match(text))
            and not is_boilerplate(text))


def words(text: str) -> list[str]:
    return re.findall(r"[\w’'.-]+", text)


@lru_cache(maxsize=1024)
def case_style(text: str) -> str:
    """'title' when most significant words are capitalised, 'sentence' when few are, else ''."""
    significant = [w for w in words(text)[1:] if w.lower().strip(".'’") not in MINOR_WORDS
                   and any(c.isalpha() for c in w)]
    if not significant:
        return ""
    capitalised = sum(1 for w in significant if w[0].isupper())
    share = capitalised / len(significant)
    if share >= 0.6:
        return "title"
    if share <= 0.4:
        return "sentence"
    return ""


def bullet(text: str) -> tuple[str, str] | None:
    """(marker, rest) for a bullet line."""
    m = _BULLET.match(text)
    return (m.group(1), m.group(2)) if m else None


def numbered(text: str) -> tuple[int, str] | None:
    m = _NUMBERED.match(text)
    return (int(m.group(1)), m.group(2)) if m else None


def term_split(text: str) -> tuple[str | None, str]:
    """Split a `Term: text` lead-in; the term is short and is no sentence."""
    m = _TERM.match(text)
    if not m:
        return None, text
    term = m.group(1).strip()
    if len(term.split()) > 6 or not (term[-1].isalnum() or term[-1] in CLOSING_QUOTES) \
            or has_sentence_break(term + " X"):
        return None, text
    if term[-1].isdigit() and m.group(2)[0].isdigit():  # a time such as 10:30
        return None, text
    return term, m.group(2)


# A sentence end: the stop first, so the regex engine skips ahead to stops instead of
# trying the look-behinds at every character (4x faster); not after an initial (U.S.).
_SENTENCE_END = re.compile(r"[.!?](?<=[^\s][.!?])(?<!\b[A-Z]\.)[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])")


def split_sentences(text: str) -> list[str]:
    """Split at sentence ends; not after single-letter initials such as U.S."""
    parts, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        parts.append(text[start:m.start() + 1].strip() + m.group()[1:].strip())
        start = m.end()
    parts.append(text[start:].strip())
    return [p for p in parts if p]
