"""Block rules. Each takes the units and a start index and returns a Match or None.

A block ends where another rule would start: a table at the first line without a
pipe, a list at the first line without a marker. Rules have no side effects.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import cast

from build_tools.model import Block, BulletList, ListItem, Paragraph, Question, Table
from build_tools.parse.text import (LIVE_MIN_ENTRIES, anchored_heading, bullet, case_style, ends_like_sentence, final_char, is_price,
                                    has_sentence_break, is_bare_date, MONTH, WEEKDAY, CLOCK, is_date_name, is_entry_stamp,
                                    is_boilerplate, is_byline, is_contact, is_person_with_role, is_rating, is_release, is_salutation, is_stamp, is_time_stamp, names_a_person, numbered,
                                    split_sentences, term_split, term_value, UPDATE_NOTE)
from build_tools.parse.masthead import BOX_LABEL
from build_tools.parse.units import Unit

_SEPARATOR_CELL = re.compile(r"^:?-{1,}:?$")
_DECIMAL = re.compile(r"^(\d{1,3})\.(\d{1,2})\.?\s+(\S.*)$")  # "3.1 Tree preservation order"
_FAQ = re.compile(r"^(FAQs?\b|Frequently Asked Questions\b|Q\s?&\s?A\b|Questions and Answers\b|"
                  r"(your |key |common |reader'?s'? |the big )?questions,? answered\b|key questions\b|"
                  r"common questions\b|what you need to know\b)", re.IGNORECASE)
# A label naming readers' questions ("Your questions", "Reader questions"): an FAQ's heading over two or more
# of them, never over a call for questions ("Is there something you want to know? Email us ...").
_READERS_FAQ = re.compile(r"^(?:(?:your|readers?['’]?) questions\b|questions (?:readers|you) (?:asked|sent)\b)", re.IGNORECASE)
READERS_FAQ_REACH = 8  # units under the label where its two questions are looked for
FAQ_RUN = 3  # answered questions in a row that make an FAQ without an FAQ heading


@dataclass(frozen=True, slots=True)
class HeadingMark:
    text: str
    line: int
    style: str  # "caps", "title", "sentence", "time", "decimal" or ""
    level: int = 0  # set by the editor in the sidecar ('structure:'); 0: from the article's style
    opener: bool = False  # taken as opening on the subsection under it: the article's headings must bear it out
    guess: bool = False  # read on its looks alone, a short line over text: the heading model weighs it (heading_odds)


@dataclass(frozen=True, slots=True)
class FaqMark:
    heading: HeadingMark
    questions: tuple[Question, ...]


@dataclass(frozen=True, slots=True)
class Match:
    block: object  # a model Block, HeadingMark or FaqMark
    end: int  # index of the first unit after the block
    reason: str
    warnings: tuple[tuple[int, str], ...] = ()  # (line, message)


# --- headings -----------------------------------------------------------------

# Who wrote it: "— Lena Park" under a live entry, "With files from The Canadian Press", a
# letter's "Name withheld, Cardiff".
_CREDIT_LINE = re.compile(r"^([—–]\s*\S|\(?with (files|inputs|reporting) from\b"
                          r"|name (and address )?(withheld|supplied)\b"
                          r"|((medically|expert) )?reviewed by\b|fact[- ]checked by\b|edited by\b)", re.IGNORECASE)
# A recipe's yield and times: "Serves 4", "Prep time: 20 minutes".
_RECIPE_FACT = re.compile(r"^(serves|makes|yield|prep( time)?|cook(ing)? time|total time|ready in)\b\s*:?\s*\d"
                          r"|^(prep|cook|total)\s*:?\s*\d+\s*(min|mins|minutes|hr|hrs|hours?)\b", re.IGNORECASE)
# A review's score: "9/10 — Superb", "4.5/5", "Score: 8 out of 10".
_SCORE = re.compile(r"^(?:(?:our |the )?(?:score|rating|verdict|grade)\s*:\s*)?(\d{1,3}(?:\.\d)?)\s?(?:/|out of)\s?(5|10|100)\b(?![/.]\d)"
                    r"(?: stars?)?\s*(?:[–—:-]\s*\w+(?: \w+)?)?\W*$", re.IGNORECASE)  # a score and its word at most: "1 out of 5 adults ..." is none
# Or labelled, in stars or a letter grade: "Rating: ****", "Verdict: ★★★☆☆", "Grade: B+".
_SCORE_MARKS = re.compile(r"^(?:our |the )?(?:score|rating|verdict|grade)\s*:\s*(?:[★☆*½]{1,6}|[A-F][+-]?)$", re.IGNORECASE)
# A shopping guide's price line under its pick: "£18 for 50ml, Corrie & Hale", "$24 for 1 oz at Northpine".
_PRICE_FOR_SIZE = re.compile(r"^[$£€¥]\s?\d[\d,.]*\s+(?:for|per)\s+\d[\d,.]*\s?(?:ml|l|g|kg|oz|fl\.? oz|lb|cl|litres?|liters?|"
                             r"pack|pairs?|capsules|tablets|pieces|sachets)\b", re.IGNORECASE)
# A book's or a product's details, two or more of its parts figures: "Harbour Books, £10.99,
# 288pp", "Greyline Books, 248 pages, $25", "Norway, 2025, 112 mins".
_FIGURE_PART = re.compile(r"^(?:[$£€¥]\s?\d[\d.]*|\d[\d.]*\s?(?:pp|pages|mins?|minutes|hrs?|g|kg|ml|mm|cm|in|[$£€])?)$",
                          re.IGNORECASE)
FIGURE_PARTS = 2
# A listing's details: "Calder Museum, from 2 May, free", "The Coach House, 4 April – 7 June, £5".
_DAY_MONTH = rf"(?:\d{{1,2}}(?:st|nd|rd|th)? {MONTH}|{MONTH} \d{{1,2}}(?:st|nd|rd|th)?)(?: \d{{4}})?"
_DATES_PART = re.compile(rf"^(?:(?:from|until|till|to|ends|opens|closes) )?{_DAY_MONTH}(?: ?[–—-] ?{_DAY_MONTH})?$",
                         re.IGNORECASE)
_PRICE_PART = re.compile(r"^(?:free(?: entry| admission)?|[$£€]\s?\d[\d.]*(?:\s?[–-]\s?[$£€]?\d[\d.]*)?|"
                         r"included with .{1,40}|pay what you (?:can|decide))$", re.IGNORECASE)
# A weekly listing's days and hours: "Thu-Sat, Quayside Studio, 8pm, £14", "Until Sun, ..., 10am-5pm, free".
_DAYS_PART = re.compile(rf"^(?:(?:from|until|till) )?{WEEKDAY}(?: ?[–—-] ?{WEEKDAY})?$", re.IGNORECASE)
_HOURS_PART = re.compile(rf"^{CLOCK}(?: ?(?:[–—-]|and|to) ?{CLOCK})*$", re.IGNORECASE)


def _details_line(text: str) -> bool:
    parts = [p.strip() for p in text.split(",")]
    return len(parts) >= 3 and sum(bool(_FIGURE_PART.match(p)) for p in parts) >= FIGURE_PARTS


# A forum's user name: one token with an underscore or a digit among lower-case letters ("Mhairi_R",
# "kestrel_miles"), or all in lower case and heading two posts or more ("hollowfell").
_USER_NAME = re.compile(r"^(?=[\w.-]{3,30}$)(?=.*[a-z])[A-Za-z][\w.-]*[_\d][\w.-]*$")
_LOWER_NAME = re.compile(r"^[a-z][a-z0-9.-]{2,29}$")
_PERSON_NAME = re.compile(r"^[A-Z][a-z'’-]+(?: [A-Z][\w'’-]+){1,2}$")  # "Marguerite Oyelaran"
POST_DATE_WORDS = 3  # "Mar 3", "2 March 2026"
POST_STAMP_WORDS = 7  # "4 Mar 2026 11:02 a.m.", "Wed, 04 Mar 2026 02:17:44 -0800"
POSTS_MIN = 2  # a thread's messages: one name over a stamp may be a live page's reporter


def _post_header(units: list[Unit], i: int) -> bool:
    """A reply's author over its date ("hollowfell" over "Mar 1"; a thread's "Marguerite
    Oyelaran" over "4 Mar 2026 9:41 a.m.", two or more such), either line: the post's
    byline, never a section's heading nor a live blog's entry."""
    def over_date(k: int) -> bool:
        return 0 <= k < len(units) - 1 and is_bare_date(units[k + 1].text) and len(units[k + 1].text.split()) <= POST_DATE_WORDS

    def by_user(k: int) -> bool:  # a user name over a bare date
        if not over_date(k):
            return False
        name = units[k].text
        return bool(_USER_NAME.match(name)) or (bool(_LOWER_NAME.match(name)) and sum(
            u.text == name and over_date(j) for j, u in enumerate(units)) >= POSTS_MIN)

    def by_name(k: int) -> bool:  # a person over a full stamp, in a thread of such
        return 0 <= k < len(units) - 1 and _name_over_stamp(units, k) and _threaded(units)
    return by_user(i) or by_user(i - 1) or by_name(i) or by_name(i - 1)


_YEAR_IN = re.compile(r"\b(19|20)\d\d\b")
_QUOTED_MAIL = re.compile(r"^>+\s*[A-Za-z\"'“‘]")


def _name_over_stamp(units: list[Unit], k: int) -> bool:
    """"Marguerite Oyelaran" over "4 Mar 2026 9:41 a.m.": a message's sender over its full date
    (never a festival's "Main Stage" over "- 21:45 The Hollow Pines")."""
    stamp = units[k + 1].text
    return (bool(_PERSON_NAME.match(units[k].text)) and is_stamp(stamp) and bool(_YEAR_IN.search(stamp))
            and len(stamp.split()) <= POST_STAMP_WORDS and not bullet(stamp))


_threads: list = [None, False]  # the units last asked about, and the answer


def _threaded(units: list[Unit]) -> bool:
    if _threads[0] is not units:
        senders = Counter(units[k].text for k in range(len(units) - 1) if _name_over_stamp(units, k))
        _threads[:] = [units, any(n >= POSTS_MIN for n in senders.values())]  # a thread's sender writes again; a diary's once
    return _threads[1]


_WHEN = re.compile(rf"\b(?:{MONTH}|{WEEKDAY})\b|{CLOCK}", re.IGNORECASE)
_COST = re.compile(r"^(?:free(?=$|[,;.]| entry| admission| for | with )|included|pay what|tickets?|entry|admission|"
                   r"(?:children|adults|members|concessions?) [$£€\d]|"
                   r"[$£€]\s?\d)", re.IGNORECASE)  # "Free, no booking", "£8, booking essential", "Children £3, ..."


def _listing_details(units: list[Unit], i: int) -> bool:
    """A venue, its dates and its price right under an entry's title ("2. Print Shop" over
    "Meridale Library Gallery, 20 March – 28 June, free"), or its when and its cost set apart
    by a dot ("Saturday 25 April, 2–4pm · £8, booking essential"): the entry's text. A numbered
    line holding them all ("1. The Colourists at Sea, ..., until 29 March, £15") heads its entry."""
    parts = [p.strip() for p in units[i].text.split(",")]
    above = units[i - 1].text if i > 0 else ""
    if not (i > 0 and not units[i].blank_before and not ends_like_sentence(units[i].text)
            and (bool(numbered(above)) or (len(above.split()) <= LISTING_TITLE_WORDS and not ends_like_sentence(above)))):
        return False
    if " · " in units[i].text and not numbered(units[i].text) and not bullet(above):  # under a list's item: a day's heading
        when, _, cost = units[i].text.partition(" · ")
        if _WHEN.search(when) and _COST.match(cost.strip()):
            return True
    return len(parts) >= 2 and ((len(parts) >= 3 and any(_DATES_PART.match(p) for p in parts) and any(_PRICE_PART.match(p) for p in parts))
            or (not _DATES_PART.match(parts[0]) and not _DAYS_PART.match(parts[0])
                and bool(_DATES_PART.match(parts[-1]))))  # "Harrow & Finch, 12 March", never "Monday, Aug. 10"


def _schedule(text: str) -> bool:
    """An event's days, place, hours and price, under its blurb or its title: "Thu-Sat, Quayside
    Studio, 8pm, £14" (its price, or its hours among four parts). Never a heading."""
    parts = [p.strip() for p in text.split(",")]
    return len(parts) >= 3 and bool(_DAYS_PART.match(parts[0])) and not ends_like_sentence(text) \
        and (any(_PRICE_PART.match(p) for p in parts[1:])
             or (len(parts) >= 4 and any(_HOURS_PART.match(p) for p in parts[1:])))  # "Thursday, 7am, bay three" heads


LISTING_TITLE_WORDS = 12  # an entry's title over its details
WHEN_AND_WHERE_MAX = 90  # characters: a day, a time and a place, perhaps a channel


def _when_and_where(text: str) -> bool:
    """A fixture's or an event's day, time and place ("Saturday, 3pm, Quayside Stadium"), under
    the title it dates."""
    parts = [p.strip() for p in text.split(",")]
    return (len(parts) >= 3 and len(text) <= WHEN_AND_WHERE_MAX and bool(parts[0]) and is_date_name(parts[0].split()[0])
            and is_time_stamp(parts[1]))


# "Source: Electoral Office" under a table; a footnote: "*If necessary", "† Provisional"
_NOTE = re.compile(r"^(sources?|notes?)\s*:\s*\S|^[*†‡]+(?=[^\s*])", re.IGNORECASE)
# A law report's citation: "[2025] EWCA Civ 214", "598 U.S. 471 (2023)".
_CITATION = re.compile(r"^\[\d{4}\] [A-Z][A-Za-z]{1,6}(?: [A-Z][a-z]{1,5})? \d{1,5}(?: \([A-Za-z]{1,6}\))?$"
                       r"|^\d{1,4} [A-Z][\w.]*(?: [\w.]+)? \d{1,5} \(\d{4}\)$")


# Rules ask this of the same line again and again (of the line after a candidate heading,
# say): remembered for the last lines asked about, as case_style is
# (PERFORMANCE.md has what that saves).
_HASHED = re.compile(r"^#{1,6}\s")  # "# Astro example: build output goes to dist/"
_CODE = re.compile(r"[a-zA-Z]_[a-zA-Z]|\b[A-Za-z_][\w.]+=\S|`[^`]+`|[({\[=;]$|^(SELECT|FROM|WHERE|ALTER|CREATE|UPDATE|INSERT|DELETE|JOIN) [a-z_*(]"
                   r"|^(def|class|import|return|const|let|var|function) \w"  # "SELECT relname, n_dead_tup"
                   r"|^[$%] [a-z./~-]")  # a shell's prompt: "$ npm install -g @fathom/cli", never "$ 5 Million"


_DIGIT_OR_AT = re.compile(r"[\d@]")
_POST_TIME = re.compile(r"\d[:.]\d\d|\bago\b")  # a post's stamp, never a diary's "Lisbon · 2 March 2026"
_NAME_AND_DATE = re.compile(r"^(?:[A-Z][\w'’-]+(?: [A-Z][\w'’.-]*){0,2}|[a-z][\w.-]{2,29}) [•·] (.{4,40})$")
_ASKS = re.compile(r"^(?:what|why|how|when|where|who|whose|which|is|are|was|were|can|could|do|does|did|should|shall|"
                   r"will|would|has|have|must|may|isn['’]t|aren['’]t|don['’]t|doesn['’]t|didn['’]t|won['’]t|can['’]t)\b",
                   re.IGNORECASE)
QUESTION_WORDS = 16  # a heading that asks may run longer: "What does the school do well and what does it need to do better?"


_JOINING = frozenset({"of", "to", "for", "and", "in", "with", "by", "from", "on"})  # "The full list of" over "winning ..."
_BROKEN_OFF = frozenset({"a", "an", "the"})  # lower case: "Plan A" is a heading; "Scams to be aware of" too


# "News release", "PRESS STATEMENT" on a line of its own over the text: what the page is, never a
# section of it (36 of 36 such lines on dev are furniture); after the text has begun, a press
# kit's "Press release" heads the release.
_PAGE_KIND = re.compile(r"^(?i:press|news|media) (?i:release|statement):?$")


def _page_kind(units: list[Unit], i: int) -> bool:
    return bool(_PAGE_KIND.match(units[i].text)) and not any(ends_like_sentence(u.text) for u in units[:i])


@lru_cache(maxsize=1024)
def heading_evidence(text: str) -> str | None:
    """Why a line cannot be a heading, or None if it can be one."""
    if is_time_stamp(text) or is_release(text):
        return None  # a live blog's entry: "2:20 p.m." ends in a stop, yet heads what follows; so does a
        # changelog's release, "3.4.0 — 2026-02-18"
    if text[0].islower():
        return "starts in lower case"
    if not any(c.isalpha() for c in text):
        return "no words"  # "★★★★☆", "2025", "***"
    if ends_like_sentence(text):
        return f"ends in {final_char(text)!r} like a sentence"
    if is_boilerplate(text):
        return "boilerplate"
    if "|" in text or "\t" in text.strip() or bullet(text) or numbered(text):
        return "list or table line"
    if has_sentence_break(text):
        return "holds more than one sentence"
    if text.rsplit(None, 1)[-1] in _BROKEN_OFF:
        return "ends on 'a', 'an' or 'the': a sentence broken off (by a pasted link)"
    if text.endswith(("—", "–")) and not text[-2:-1].isdigit():  # (an open range's "Mikel Arteta, 2019–" heads)
        return "ends on a dash: words broken off (a transcript's 'Government members interjecting—')"
    if is_stamp(text) and not is_bare_date(text) and not _clock_titled(text):
        return "a date line"
    if _CODE.search(text):
        return "a line of code"  # "CALLBACK_URL=https://...", "`${process.env.KEY}`"
    if _TIME_CODED.match(text):
        return "a transcript's time-coded turn"
    if _PRICE_DROP.match(text):
        return "a deal's prices"
    if is_price(text):
        return "a product's price"
    if _EXHIBIT_LABEL.match(text):
        return "a table's or a figure's numbered label"
    if _HASHED.match(text):
        return "a '#' line, shown as typed (a shell's comment, or Markdown)"
    if _QUOTED_MAIL.match(text):
        return "an email's quoted line"  # "> Do we know which weekends yet?"; never a band's "> 48 mmol/mol"
    if is_person_with_role(text):
        return "a person's name and role"
    if text.startswith(("By ", "BY ", "Posted by")) and _DIGIT_OR_AT.search(text) and is_byline(text):
        return "a dated byline"  # an answer's "By Sanjeev P. on 19 August 2025"; a guide's "By Train" heads
    if (" • " in text or " · " in text) and (post := _NAME_AND_DATE.match(text)) and is_stamp(post.group(1)) \
            and _POST_TIME.search(post.group(1)):
        return "a post's author and date"  # a comment's "Jordan K. • Mar 4, 2026 at 9:14 pm"
    if _DIGIT_OR_AT.search(text) and is_contact(text):
        return "contact details"  # "Johan Bergfors, CFO, +46 18 450 21 00"
    if _CREDIT_LINE.match(text):
        return "a sign-off or credit line"
    if _CITATION.match(text):
        return "a case citation"
    if _RECIPE_FACT.match(text):
        return "a recipe's yield or time"
    if ((score := _SCORE.match(text)) and float(score.group(1)) <= float(score.group(2))) or _SCORE_MARKS.match(text) \
            or is_rating(text):  # (a figure over its scale: "10/5 — Porto" is a date; "★★★★☆ Good value": a review's)
        return "a review's score"
    if _NOTE.match(text):
        return "a source or note line"
    if _PRICE_FOR_SIZE.match(text):
        return "a product's price and size"
    if "," in text and _details_line(text):  # (a quick look first: most lines hold no comma)
        return "a book's or product's details"
    if (text.startswith("(") and text.endswith(")")) or (text.startswith("[") and text.endswith("]")):
        return "an aside in brackets"  # "(Adds analyst quotes in paragraphs 7-9)", "[Applause]"
    if text.endswith(")") and (cut := text.rfind(" (")) > 0 and text[cut - 1] == "." and ends_like_sentence(text[:cut]):
        return "a sentence and its source in brackets"  # a caption's "... on the Paseo. (Pilar Garza)"; a heading's
        # "Will your pencil vote be rubbed out? (No)" asks, and a film's "Oliver! (1968)" exclaims
    n_words = len(text.split())
    style = case_style(text)
    asks = text.endswith("?") and ":" not in text and bool(_ASKS.match(text))  # not a speaker's, nor "So why ...?"
    if style == "sentence" and (n_words > (QUESTION_WORDS if asks else 10) or len(text) > (100 if asks else 80)):
        return f"a {n_words}-word sentence-case line without final period reads as a sentence"
    if n_words > 20 or len(text) > 150:
        return f"too long for a heading ({n_words} words)"
    return None


REPEATED_FIELD = 3  # lines led by one term ("Verdict: False", "Verdict: Misleading", ...): a field's values
_fields: list = [None, frozenset(), frozenset()]  # the units last asked about, the terms that name fields, those leading many


def _field_terms(units: list[Unit]) -> frozenset[str]:
    """Terms leading three or more lines, one value among them twice ("Verdict: False" ...
    "Verdict: False"): a field, whose few values come again. Section titles sharing a term
    each name their own ("Case study: Leeds", "Case study: Bristol")."""
    _count_terms(units)
    return _fields[1]


def _leading_terms(units: list[Unit]) -> frozenset[str]:
    """Terms leading three or more lines, whatever their values ("Where to watch: ..." closing
    each show's entry)."""
    _count_terms(units)
    return _fields[2]


def _count_terms(units: list[Unit]) -> None:
    if _fields[0] is not units:
        values: dict[str, list[str]] = {}
        for unit in units:
            if found := term_value(unit.text):
                values.setdefault(found[0].casefold(), []).append(found[1].casefold())
        _fields[:] = [units, frozenset(term for term, said in values.items()
                                       if len(said) >= REPEATED_FIELD and len(set(said)) < len(said)),
                      frozenset(term for term, said in values.items() if len(said) >= REPEATED_FIELD)]


def _label_line(units: list[Unit], k: int) -> bool:
    """A "Term: value" line with a figure, a short term, or others like it around: body text
    (a factbox, a team sheet, who attended), not a heading. So is each line a field's term
    leads ("Verdict: Misleading" under each claim checked, "Verdict: False" twice)."""
    found = term_value(units[k].text)
    if not found:
        return False
    term, value = found
    if term.casefold() in _field_terms(units):
        return True
    if term.casefold() in _leading_terms(units) and (k + 1 >= len(units) or not ends_like_sentence(units[k + 1].text)):
        return True  # an entry's field, closing it over the next entry's title; "Case study: Leeds" over its text heads
    if _titled_series(units, k, value):
        return False  # "Measure B: Library parcel tax" ... "Measure K: Cannabis business tax": section titles
    among_others = any(0 <= j < len(units) and term_value(units[j].text) for j in (k - 1, k + 1))
    if any(c.isdigit() for c in value) or ends_like_sentence(value) or any(c in value for c in ";("):
        return True  # "Age: 61", "TV: BBC One; S4C"
    if len(term.split()) <= 2 and case_style(value) != "title" and (among_others or not (
            _over_running_text(units, k) or (_over_list(units, k) and not _FIELD_TERM.match(term)))):
        return True  # "Venue: Hampden Park" among others; not "Blue bin: mixed recycling" over its text,
    # nor "Doing business: practical tips" alone over its list
    return among_others  # not "Challenges Ahead: Navigating Old Distrust"


RUNNING_TEXT_WORDS = 25  # a paragraph under a heading, not one more line of a factbox


# A field's own term, over a list or not: a recipe's "Serves: four to six" over its ingredients, a chart's "Key: ..."
_FIELD_TERM = re.compile(r"^(?:serves|makes|yields?|prep(?:aration)?(?: time)?|cook(?:ing)?(?: time)?|total time|key|notes?|source|"
                         r"price|cost|date|time|venue|location|duration|difficulty|level|rating|verdict|status)$", re.IGNORECASE)


def _over_list(units: list[Unit], k: int) -> bool:
    """The line stands over a bullet or numbered list, as a box's title does."""
    return k + 1 < len(units) and bool(bullet(units[k + 1].text) or numbered(units[k + 1].text))


def _over_running_text(units: list[Unit], k: int) -> bool:
    """The line stands over a paragraph of running text, as a section's title does."""
    return k + 1 < len(units) and ends_like_sentence(units[k + 1].text) \
        and len(units[k + 1].text.split()) >= RUNNING_TEXT_WORDS


TERM_LINE_MAX_WORDS = 12


def is_term_line(text: str) -> bool:
    """A line of a factbox or a team sheet ("Venue: Hampden Park"); not a paragraph led by a
    label ("Tip: keep the old phone in a drawer for a couple of weeks. ...")."""
    return bool(term_value(text)) and not (ends_like_sentence(text) and len(text.split()) > TERM_LINE_MAX_WORDS)


def _lone_over_text(units: list[Unit], k: int) -> bool:
    """No factbox line next to it (a labelled sentence above, "Verdict: A desktop replacement
    for less.", ends the item before), and text under it."""
    above = units[k - 1].text if k > 0 else ""
    return (not (is_term_line(above) and not ends_like_sentence(above))
            and not (k + 1 < len(units) and is_term_line(units[k + 1].text))
            and (_paragraph_follows(units, k) or _subsection_follows(units, k))
            and not ends_like_sentence(units[k].text))


_SERIES_TERM = re.compile(r"^(day|part|step|chapter|stage|round|week|phase|act|session|module|lesson|leg|heat|option|method)\s+(\d+|[A-Z]|one|two|three|four|five|six|"
                          r"seven|eight|nine|ten)$", re.IGNORECASE)


_UNBRACKETED = re.compile(r"\s\([^()]{1,40}\)$")  # a title's closing aside: "... pledge manager (now to 20 March)"


def _titled_series(units: list[Unit], k: int, value: str) -> bool:
    """This "Term: value" line and another each stand alone over running text: a series of
    section titles ("Best overall: ...", "Best budget: ..."; "Monday: The prosecution opens",
    "Thursday: ..."; "22.40: The first crack")."""
    found = term_value(units[k].text)
    if found is None or _ROLE_SPEAKS.match(units[k].text):
        return False  # a turn of speech
    numbered_term = bool(_SERIES_TERM.match(found[0]))
    if numbered_term and (not any(c in _UNBRACKETED.sub("", value) for c in ",;(") or is_stamp(value)) \
            and _spaced_series(units, k, found[0]):  # "Day one: Tuesday, May 12", "Session One: Thursday 26 March, 10.30am"
        return True  # "DAY ONE: INVERNESS TO ULLAPOOL" over its "Drive: 57 miles" line, "DAY TWO: ..." further on
    if not _lone_over_text(units, k) or (len(value.split()) < 2 and not numbered_term) or any(c in value for c in ",;("):
        return False  # "Episode grade: A-", "Result: Carried (5-1, ...)" are not titles; "Day 1: Bergen" is
    # Each titled by its own term: the same term again and again ("The Kyiv Independent: ...")
    # names a speaker, whose turns are no sections.
    return any(j != k and (other := term_value(units[j].text)) and other[0] != found[0] and _lone_over_text(units, j)
               for j in range(len(units)))


def _spaced_series(units: list[Unit], k: int, term: str) -> bool:
    """Another "Day two: ..." of this "Day one: ..." series with text between each two, not only
    a factbox's fields (a schedule's lines in a row, or "Option 1: ..." over its "Cost: £2.1m"
    and "Opening hours: ..." alone, are body text)."""
    word = term.split()[0].casefold()
    series = [j for j, u in enumerate(units) if (found := term_value(u.text)) and found[0].casefold() != term.casefold()
              and (m := _SERIES_TERM.match(found[0])) and m.group(1).casefold() == word
              and not ends_like_sentence(found[1])
              and (not any(c in _UNBRACKETED.sub("", found[1]) for c in ",;(") or is_stamp(found[1]))]
    members = sorted(series + [k])
    return bool(series) and all(b - a > 1 and not all(  # a factbox's fields alone between two: its own field too
        term_value(units[j].text) and not ends_like_sentence(units[j].text) for j in range(a + 1, b))
        for a, b in zip(members, members[1:]))  # (a transcript's "NARRATOR: ..." turns are its text)


def heading_candidate(units: list[Unit], k: int) -> bool:
    """Could head a section, by its own text and its kind of line (or the editor's word)."""
    role = units[k].role
    if role in ("heading", "subheading", "paragraph"):
        return role != "paragraph"
    return heading_evidence(units[k].text) is None and not _label_line(units, k) and not _entry_details(units, k) \
        and not _award_badge(units, k)


def _entry_details(units: list[Unit], k: int) -> bool:
    """A listing's details under its entry's title in Title Case or numbered ("The Bellfounders
    by Agnieszka Thorne" over "Harrow & Finch, 12 March"): never a reader's comment over its
    signer ("Sue Parfitt, Ashcombe, 8 March")."""
    return _listing_details(units, k) and (case_style(units[k - 1].text) == "title" or bool(numbered(units[k - 1].text)))


# A review's award for one product: "Best overall", "Best for serious cold", "Editor's choice"
_BADGE = re.compile(r"^(?:best|runner[- ]up|our (?:top )?pick|editor'?s (?:pick|choice)|budget pick|upgrade pick|also great)"
                    r"\b[^.!?:|]{0,40}$", re.IGNORECASE)
_SPECS = re.compile(r"^[A-Z][\w ]{1,20}: [^|]+(?: \| [A-Z][\w ]{1,20}: [^|]+)+$")  # "Price: £240 | Sizes: XS–XXL"
BADGE_MAX_WORDS = 6


def _award_badge(units: list[Unit], k: int) -> bool:
    """An award between a product's name and its specs, score or price ("Harrowgate Corner Set",
    "Best overall", "Seats: 4 | Frame: aluminium"; "Caldera Pro 64", "Best Overall", "Our Rating:
    9.4/10"): the entry's badge, its text; the name heads the entry. Over the name, or over a
    list of nominees, such a label heads its section."""
    after = units[k + 1].text if k + 1 < len(units) else ""
    return 0 < k < len(units) - 1 and bool(_BADGE.match(units[k].text)) \
        and len(units[k].text.split()) <= BADGE_MAX_WORDS \
        and (bool(_SPECS.match(after)) or heading_evidence(after) == "a review's score" or is_price(after)) \
        and (heading_evidence(units[k - 1].text) is None or bool(numbered(units[k - 1].text))) \
        and not bullet(units[k - 1].text) and not term_value(units[k - 1].text)  # never under "Cons: ..."


def editor_role(units: list[Unit], i: int) -> Match | None:
    """A line whose role the sidecar sets ('structure:'): a heading or body text, as said."""
    unit = units[i]
    if unit.role in ("heading", "subheading"):
        level = 2 if unit.role == "heading" else 3
        return Match(HeadingMark(unit.text, unit.line, heading_style(unit.text), level), i + 1,
                     f"heading: H{level}, as the sidecar's 'structure:' says")
    if unit.role == "paragraph":
        return Match(Paragraph(unit.text, unit.line), i + 1, "paragraph: as the sidecar's 'structure:' says")
    return None


def _body_follows(units: list[Unit], i: int) -> bool:
    """Text a heading can head: no heading-like line, and no boilerplate ("Copyright ...")."""
    if i + 1 >= len(units):
        return False
    if _is_question(units[i + 1]) and _noted_interview(units):
        return True  # an edited interview's question: its text
    return (not heading_candidate(units, i + 1) or _quoted_question(units, i + 1)) and not is_boilerplate(units[i + 1].text)


_QUOTED_QUESTION = re.compile(r'^["“‘\'].{3,200}\?["”’\']$')


def _quoted_question(units: list[Unit], i: int) -> bool:
    """A question said in the body, wholly in quotation marks ('"Where is the money for the NHS?"'):
    someone's words, never a heading (on dev 16 such lines, none a heading but a tabloid's pull
    quote in capitals). A feature's quoted subheads come two or more ('"Why did nobody check on
    me?"', then '"Who decided our son's case was closed?"'), each over its part."""
    text = units[i].text
    return bool(_QUOTED_QUESTION.match(text)) and not text.isupper() \
        and sum(bool(_QUOTED_QUESTION.match(u.text)) for u in units) < 2


STACKED_MAX_WORDS = 8  # a label over a subsection's heading is short: "SQUADS", "Who sits at the table"


def _paragraph_follows(units: list[Unit], i: int) -> bool:
    """Running text comes next: no heading, list item or table row."""
    if i + 1 >= len(units):
        return False
    if _award_badge(units, i + 1):
        return True
    text = units[i + 1].text
    return heading_evidence(text) is not None and not (bullet(text) or numbered(text) or "|" in text)


def heading_style(text: str) -> str:
    """What a heading's style is, for telling an article's levels: "time" for a live blog's
    time stamps, "numbered" for a changelog's releases (its sections), else its case style."""
    return "time" if is_time_stamp(text) else "numbered" if is_release(text) else case_style(text)


_YEAR = re.compile(r"^(1[5-9]|20)\d\d$")


# A transcript's turn: the speaker over the words, with the time or the seat in brackets:
# "Joanna Birch (00:00:31)", "Fiona Achterberg (North Wessex Downs, Liberal Democrat)".
_TURN_LABEL = re.compile(r"^([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}) \((\d{1,2}:\d{2}(?::\d{2})?|[^()]{2,80})\):?$")
_TURN_TIME = re.compile(r"\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[–-]\s*\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?")


def _speaker_turn(units: list[Unit], i: int) -> bool:
    """A turn's label: with a time, or among labels where a speaker comes again (a speaker
    speaks more than once; a heading is not written twice)."""
    found = _TURN_LABEL.match(units[i].text)
    if not found:
        return False
    if _TURN_TIME.fullmatch(found.group(2)):
        return True  # the time alone: never a court's "Centre Court (from 13:00 GMT)" over its matches
    speakers = [m.group(1) for u in units if (m := _TURN_LABEL.match(u.text))]
    return len(speakers) > len(set(speakers))


_NAME = re.compile(r"^[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3}$")  # "Priya Raman", not "Contact details for ..."
_CONTACTS_HEADING = re.compile(r"^(?i:(?:media |press )?(?:contacts?|enquiries|inquiries)|contact us|press office)\W*$"
                               r"|^(?i:contact|get in touch with|need help|how to contact)\b")  # "Contact ServiceLink" heads its number
ROLE_WORDS = 4  # "Partner", "Head of Communications": a role line between a name and its number


def _over_contact(units: list[Unit], i: int) -> bool:
    """A name or team over its e-mail or telephone number, perhaps with a role line between
    ("Priya Raman", "Partner", "+44 20 7946 0312"): contact details, no section."""
    after = [u.text for u in units[i + 1:i + 3]]
    if not after or _CONTACTS_HEADING.match(units[i].text):
        return False  # "Media contacts" heads them
    return is_contact(after[0]) or (
        len(after) == 2 and is_contact(after[1]) and len(after[0].split()) <= ROLE_WORDS
        and not ends_like_sentence(after[0]) and _NAME.match(units[i].text) is not None)


# "Margaret Pell, Harrowby", "Dr Ian Cole, Netherby", "Graham and Pauline Fenwick, Stowe Cross":
# a person's name, then a place.
_SIGNED = re.compile(r"^(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Rev|Cllr)\.? )?[A-Z][\w'’.-]*(?: and [A-Z][\w'’.-]*)?"
                     r"(?: [A-Z][\w'’.-]*){1,2}, [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}$")


def _signer(units: list[Unit], i: int) -> bool:
    """A name and a place right under running text and over no text (the next letter's
    title, or the end), one of two or more in the article: a letters page's signers, no
    sections."""
    return _signed_at(units, i) and sum(_signed_at(units, k) for k in range(len(units))) >= SIGNERS_MIN


SIGNERS_MIN = 2  # a letters page signs each letter; one "Lower East Side, New York" is a heading


def _title_like(text: str) -> bool:
    """No sentence and no table line ("Address: Via Carducci 40 | Margherita: €9"): a title's shape."""
    return not ends_like_sentence(text) and "|" not in text and "\t" not in text


# A place's or a body's name, never a person's: "Nettlecombe Infant School, Glastonbury".
_INSTITUTION = frozenset("school academy college university hospital council church centre center park road street "
                         "station library hall club farm house museum theatre bridge court market".split())


def _signed_at(units: list[Unit], i: int) -> bool:
    text = units[i].text
    return (i > 0 and bool(_SIGNED.match(text)) and ends_like_sentence(units[i - 1].text)
            and text.split(",")[0].split()[-1].casefold() not in _INSTITUTION
            and (i + 1 == len(units) or _title_like(units[i + 1].text)))  # the next letter's title


# A letter's close: "In solidarity,", "Yours sincerely,", "Kind regards," over its signers.
_CLOSE = re.compile(r"^(?:in solidarity|yours (?:sincerely|faithfully|truly)|(?:with )?(?:best|kind|warm|warmest)"
                    r" (?:wishes|regards)|regards|with (?:thanks|love|best wishes)|many thanks|sincerely),$", re.IGNORECASE)
SIGNATURE_LINES = 3  # a name, a role, a body
SECTION_TEXT_WORDS = 15  # a paragraph's, under a heading; a signer has a line or two of name and role under it


def _signed_off(units: list[Unit], i: int) -> bool:
    """A signer's line under a letter's close ("Your Bargaining Committee" under "In
    solidarity,"): the letter's text, never a heading."""
    if i + 1 < len(units) and len(units[i + 1].text.split()) >= SECTION_TEXT_WORDS:
        return False  # over a paragraph: "IMPORTANT INFORMATION" under "Chairman" heads the small print
    for j in range(i - 1, max(-1, i - 1 - SIGNATURE_LINES), -1):
        if _CLOSE.match(units[j].text):
            return True
        if ends_like_sentence(units[j].text) or len(units[j].text.split()) > STACKED_MAX_WORDS \
                or units[j + 1].blank_before or "," in units[j].text:
            return False  # the signature ends at a blank line or at its name and place or role: "The Money
            # Doctor replies" under "Paul, Leeds", "Mistakes to avoid" under "[Your name]" head sections
    return False


_SIGNER = re.compile(r"^(?:[+✠✝†] ?)?(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Rev|Cllr|Sir|Dame)\.? )?[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3}$")
# (a bishop signs under a cross: "+ Thomas Kerrigan")
# A signer's office: "Chair of Trustees", "Headteacher", "Chief Executive", "Mayor of Kessling".
_SIGNER_ROLE = re.compile(r"^(?:(?:acting|interim|deputy|executive|founding|joint) )?(?:chair(?:man|woman|person)?|chief executive"
                          r"(?: officer)?|head ?teacher|head of school|principal|president|vice[- ]chancellor|director|"
                          r"(?:general )?secretary|treasurer|mayor|founder|ceo|trustee|(?:arch)?bishop|cardinal|rabbi|imam|"
                          r"moderator|vicar|rector|pastor)"
                          r"(?:,? (?:of|for|at|and) [A-Z\w][\w&'’ -]{1,40}|, (?-i:[A-Z])[\w&'’ -]{1,60})?$", re.IGNORECASE)


def _signature(units: list[Unit], i: int) -> bool:
    """A name and its office, a line each, right under running text ("Dr Hanne Lisowski" over
    "Chair of Trustees", closing a foreword), any of its lines, a second office too ("+ Thomas
    Kerrigan", "Archbishop of Port Lachlan", "Chair, Bishops' Commission ..."): the text's
    signature, no heading."""
    def signed(k: int) -> bool:
        end = k + 3 if k + 2 < len(units) and _SIGNER_ROLE.match(units[k + 2].text) else k + 2
        return (1 <= k < len(units) - 1 and bool(_SIGNER.match(units[k].text))
                and bool(_SIGNER_ROLE.match(units[k + 1].text)) and ends_like_sentence(units[k - 1].text)
                and not (end < len(units) and _running(units[end].text)))  # a profile's name and office head its text
    return signed(i) or signed(i - 1) or (signed(i - 2) and bool(_SIGNER_ROLE.match(units[i].text)))


PROFILE_TEXT_WORDS = 6  # a sentence under a name and office: a profile's text, never a signature's contact line


# A reader's name and place, "Lerato, Kloofsig", "Mrs P.McG., Salthill", "Mr J.O'R., Limerick".
_READER_SIGNED = re.compile(r"^(?:(?:Mrs?|Ms|Dr)\.? ?)?[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?,(?: [A-Z][\w'’-]+){1,2}$")
LETTER_MIN_WORDS = 8  # a reader's letter to an advice column, asking its question


def _reader_signed(units: list[Unit], i: int) -> bool:
    """A reader's name and place right under their letter, which ends on its question ("... I
    cannot afford it. What are my options?", then "Pieter, Bloemhoek"): the letter's signature,
    over the columnist's answer, no heading (dev: 9 of 9 such lines are text)."""
    above = units[i - 1].text.rstrip() if i else ""
    return bool(_READER_SIGNED.match(units[i].text)) and above.endswith("?") and len(above.split()) >= LETTER_MIN_WORDS


def _running(text: str) -> bool:
    return len(text.split()) >= PROFILE_TEXT_WORDS and ends_like_sentence(text)


_DATE_DASH = re.compile(r"^(.{3,25}?) [–—-] \S")  # "Sept. 30 – Picture Day"
CALENDAR_ITEMS = 3


def _dated_item(text: str) -> bool:
    found = _DATE_DASH.match(text)
    return found is not None and is_bare_date(found.group(1))


def _dated_items(units: list[Unit], i: int) -> bool:
    """A date and its event ("Sept. 30 – Picture Day") beside another such line: a calendar's
    items, never headings (on dev, 25 such lines in runs, none a heading; alone, a timeline's
    "14 March – Ceasefire agreed" may head its entry, and so may the second of two over its
    paragraph)."""
    if not _dated_item(units[i].text):
        return False
    start, end = i, i + 1
    while start > 0 and _dated_item(units[start - 1].text):
        start -= 1
    while end < len(units) and _dated_item(units[end].text):
        end += 1
    over_text = end == i + 1 and end < len(units) and _running(units[end].text)
    # a timeline's "July 15 – ..." over its paragraph, under a dated one-liner, heads it; a
    # calendar's run of three does not
    return end - start >= CALENDAR_ITEMS or (end - start == 2 and not over_text)


SIGNED_NEAR_END = 2  # lines at most under a writer's first name signing off: a bio, a disclaimer


def _one_name(text: str) -> bool:
    return text.isalpha() and text.istitle() and len(text) >= 3


def _first_name_signed(units: list[Unit], i: int) -> bool:
    """A first name alone signing off a letter or a newsletter near the end ("Dolores" under "It is
    an honor to represent you.", over "Paid for by the Office of State Representative Dolores
    Whitfield."): the writer named in full elsewhere on the page, by name or in an address
    ("maureen.haskett@..."). Never a profile's heading, which more text follows, nor a section
    opening on the name in full, nor the last of a page's sections named in a word."""
    name = units[i].text.strip()
    if not _one_name(name) or i == 0 or len(units) - i - 1 > SIGNED_NEAR_END \
            or not (ends_like_sentence(units[i - 1].text) or units[i - 1].text.endswith(",")):
        return False
    if i + 1 < len(units) and units[i + 1].text.startswith(name + " "):
        return False  # a section opening on the name in full: a profile's "Priya Natarajan, 45, ...", a city's council
    if any(_one_name(units[k].text) and ends_like_sentence(units[k + 1].text) for k in range(i)):
        return False  # the last of the page's sections named in a word ("Leeds", "Newcastle", then "Manchester")
    full = re.compile(rf"\b{re.escape(name)} [A-Z]|\b{re.escape(name.casefold())}[._-]?[a-z]*@")
    return any(full.search(u.text) for k, u in enumerate(units) if k != i)


def _drop_cap(units: list[Unit], i: int) -> bool:
    """A lone capital over a line that goes on in lower case ("W" over "hen the tide ..."): a
    drop cap split from its word, never a heading (a part's "I" over "The line" is one)."""
    return len(units[i].text) == 1 and i + 1 < len(units) and units[i + 1].text[:1].islower()


# An old newspaper's heads: "CORRESPONDENCE.", "THE NEW JETTY." (never a firm's "KAGEROU & CO.").
_CAPS_STOPPED = re.compile(r"^[A-Z][A-Z'’&, -]{2,60}\.$")
_FIRM = re.compile(r"\b(CO|LTD|INC|PLC|BROS|ST)\.$")
CAPS_STOPPED_MIN = 2
CAPS_STOPPED_WORDS = 4
_SPOKEN = frozenset("I YOU WE HE SHE IT THEY ME MY YOUR OUR HIS HER THEIR A AN".split())  # a message's or a signer's


def _caps_stopped(text: str) -> bool:
    """A head's noun phrase ("THE NEW JETTY."), never a quoted message ("I KNOW WHERE YOU ARE.")
    nor a letter's signer ("A RATEPAYER.")."""
    words = text.split()
    return (bool(_CAPS_STOPPED.match(text)) and len(words) <= CAPS_STOPPED_WORDS and not _FIRM.search(text)
            and _SPOKEN.isdisjoint(w.strip(".,'’") for w in words))


BROKEN_MIN_WORDS = 5  # a sentence's opening, cut by a pasted link; a heading over a lower-case name is shorter


def _broken_sentence(units: list[Unit], i: int) -> bool:
    """A sentence cut in two by a pasted link, its link left out ("Transport minister Eilidh
    Strachan said the government had", then "accepted that advice in full ..."): the line
    goes on, in lower case, as running text under it. Never a heading: one paragraph again."""
    text = units[i].text
    if i + 1 >= len(units) or len(text.split()) < BROKEN_MIN_WORDS or not text[-1:].isalpha():
        return False  # cut mid-sentence: on a word, no stop, comma or colon
    after = units[i + 1].text
    opener = after.split(None, 1)[0]  # a plain word: "easyJet", "iPhone" open a paragraph in lower case
    return (opener.isalpha() and opener.islower() and ends_like_sentence(after) and len(after.split()) >= BROKEN_MIN_WORDS
            and not _LETTERED.match(after) and case_style(text) == "sentence" and not numbered(text) and not bullet(text))


_HAS_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _lone_date(units: list[Unit], i: int) -> bool:
    """A full date, year and all, the only date line in the text ("Thursday 6 February 2026",
    "January 2026"), over the running text or under it: the page's date, never a heading (on
    dev, 9 such headings, none right); a timeline's or a diary's dates come several, and a
    date amid the text may head its day's section."""
    text = units[i].text
    if not (_HAS_YEAR.search(text) and is_bare_date(text)) or sum(is_bare_date(u.text) for u in units) != 1:
        return False
    running = [k for k, u in enumerate(units) if ends_like_sentence(u.text) and len(u.text.split()) >= LONE_DATE_TEXT_WORDS]
    return not running or i < running[0] or i > running[-1]  # in the masthead or at the foot; mid-text, a section's day


LONE_DATE_TEXT_WORDS = 8


_LINKED_FROM = _JOINING | _BROKEN_OFF | {"at", "via"}
LINK_MAX_WORDS = 8


def _pasted_link(units: list[Unit], i: int) -> bool:
    """A link's text on a line of its own inside a sentence ("According to an analysis by the",
    "Port Alden Fiscal Policy Institute", ", none of those protections ..."): the line above
    stops on a word that needs more, the line below goes on in lower case or after a comma.
    Never a heading (on dev, 7 such lines, none a heading)."""
    if i == 0 or i + 1 >= len(units) or len(units[i].text.split()) > LINK_MAX_WORDS:
        return False
    before, after = units[i - 1].text, units[i + 1].text
    last = before.rsplit(None, 1)[-1].casefold() if before.strip() else ""
    return (last in _LINKED_FROM or last.endswith(("'s", "’s"))) and len(before.split()) >= BROKEN_MIN_WORDS \
        and ((opener := after.split(None, 1)[0]).isalpha() and opener.islower()  # never "iOS 26.4 was ...", "eBay"
             or (after[:1] in ",;:)" and after[1:2].isspace()))


# A motion's outcome in minutes ("Carried", "CARRIED UNANIMOUSLY", "Motion defeated (3 to 4)"):
# the end of the item's text, never a heading over the next item.
MOTION_OUTCOME = re.compile(r"^(?:motion\s+)?(?:carried|defeated|(?<=motion )lost)(?:\s+unanimously)?(?:\s*\([^)]*\))?\.?$",
                            re.IGNORECASE)


def _among_fields(units: list[Unit], i: int) -> bool:
    """A labelled date among other "Label: value" lines ("Issued: ...", "Area: ...", then "Valid
    until: 20:00 Friday 25 July"): a notice's field, never a live entry's stamp."""
    above = i > 0 and not units[i].blank_before and term_value(units[i - 1].text) is not None
    below = i + 1 < len(units) and not units[i + 1].blank_before and term_value(units[i + 1].text) is not None
    return term_value(units[i].text) is not None and (above or below)


def heading(units: list[Unit], i: int) -> Match | None:
    unit = units[i]
    if _refused(_NEVER_HEADINGS, units, i):
        return None
    if is_entry_stamp(unit.text) and i + 1 < len(units) and not is_entry_stamp(units[i + 1].text) \
            and sum(is_entry_stamp(u.text) for u in units) >= LIVE_MIN_ENTRIES \
            and not (UPDATE_NOTE.match(unit.text) and _stamped_apart(units)) and not _among_fields(units, i):
        return Match(HeadingMark(unit.text, unit.line, "time"), i + 1,
                     "heading: one of a live blog's dated entry stamps, over its entry")
    if _YEAR.match(unit.text) and i + 1 < len(units) and is_bare_date(units[i + 1].text) \
            and heading_candidate(units, i + 1):
        # A timeline's year over the dated entries it holds ("2022", then "March 14").
        return Match(HeadingMark(unit.text, unit.line, "year"), i + 1, "heading: a year over the dates of its entries")
    if _timeline_year(units, i):
        return Match(HeadingMark(unit.text.rstrip(":"), unit.line, "year"), i + 1,
                     "heading: a timeline's year over its entries, one of two or more")
    if (named := anchored_heading(unit.text)) and i + 1 < len(units):
        return Match(HeadingMark(unit.text, unit.line, heading_style(named)), i + 1,
                     "heading: closed by its own edit link or anchor mark, a wiki's or a manual's")
    if _group_title(units, i):
        return Match(HeadingMark(unit.text, unit.line, heading_style(unit.text)), i + 1,
                     "heading: a labelled title said once, over fields whose labels each group repeats")
    if _refused(_NOT_HEADINGS_AFTER_MARKS, units, i):
        return None
    if _CAPS_STOPPED.match(unit.text) and sum(_caps_stopped(u.text) for u in units) >= CAPS_STOPPED_MIN:
        if _caps_stopped(unit.text) and _paragraph_follows(units, i):
            return Match(HeadingMark(unit.text, unit.line, "caps"), i + 1,
                         "heading: an old newspaper's capitals closed by a stop, one of several over their text")
    if heading_evidence(unit.text) is not None:
        return _label_heading(units, i)
    if _refused(_NOT_HEADINGS_BY_SHAPE, units, i):
        return None
    style = heading_style(unit.text)
    if _body_follows(units, i):
        why = "followed by body text"
    elif ((len(unit.text.split()) <= STACKED_MAX_WORDS or _of_word_series(units, i))
          and i + 2 < len(units) and heading_candidate(units, i + 1)
          and _body_follows(units, i + 1) and not _FAQ.match(units[i + 1].text)
          and (not _is_question(units[i + 1]) or _section_asks(units, i))
          and not (units[i + 1].blank_before and not unit.blank_before)
          and not _button_over_sibling(units, i) and not _stranger_over_sibling(units, i)):
        # A section opening straight on its first subsection ("SQUADS" over "ENGLAND"); not
        # the last line of the text above, set apart from what follows ("Margaret Ellison",
        # "Northfield", a blank line, then the next letter's title).
        why = "over another heading: a section opening on its first subsection"
    elif i + 2 < len(units) and _when_and_where(units[i + 1].text):
        why = "over its day, time and place"  # "Harbourside City v Dunmere" over "Saturday, 3pm, Quayside Stadium"
    elif style == "time" and i + 2 < len(units):
        why = "a live blog's time stamp, over its entry's title"  # "10.05 EDT" over "What is in the bill?"
    else:
        return None
    return Match(HeadingMark(unit.text, unit.line, style, opener=why.startswith("over another"),
                             guess=why == "followed by body text"), i + 1,
                 f"heading: short line without final punctuation, {why} ({style or 'unknown'} case)")


# A button's call to act: "Book tickets", "Use the points calculator", "Sign the petition".
_CALL_TO_ACT = re.compile(r"^(?:read|watch|book|buy|view|shop|download|order|sign|donate|join|register|subscribe|share|"
                          r"compare|add|become|follow|respond|talk)\b", re.IGNORECASE)  # never a guide's "Apply online", "See and do"
BUTTON_MAX_WORDS = 8


def _section_asks(units: list[Unit], i: int) -> bool:
    """A label in capitals right over one question heading its text ("KNOW YOUR RIGHTS" over "Who
    is responsible for damp?"): a section opening on its first subsection, never an FAQ's label
    (another question close under it) nor a quiz's ("QUIZ TIME" over its question and "Answer: ...")."""
    return case_style(units[i].text) == "caps" and not any(map(_is_question, units[i + 2:i + 2 + ASKED_AGAIN])) \
        and not (i + 2 < len(units) and _ANSWER_LABEL.match(units[i + 2].text))


def _button_over_sibling(units: list[Unit], i: int) -> bool:
    """A call to act ("Book tickets") right over a heading in the style of the heading above
    it: the button closing the section above, never a parent of the section below."""
    text = units[i].text
    if not _CALL_TO_ACT.match(text) or len(text.split()) > BUTTON_MAX_WORDS or case_style(text) == "caps":
        return False  # (a notice's "ORDER TO SHOW CAUSE ...")
    above = _heading_styles_above(units, i)
    return bool(above) and above[-1] == heading_style(units[i + 1].text)


def _heading_styles_above(units: list[Unit], i: int) -> list[str]:
    """The styles of the heading-like lines over text above i, in order."""
    return [heading_style(units[j].text) for j in range(i)
            if heading_evidence(units[j].text) is None and _body_follows(units, j)]


# A signer's name or role: "Cllr Áine Doherty, Leader, Community First group", "President & CEO".
_SIGNER_OR_ROLE = re.compile(r",|&|\b(?:CEO|President|Chair(?:man|woman|person)?|Director|Leader|Secretary|Treasurer|Manager|"
                             r"Founder|Principal|Headteacher|Mayor|Cllr|Councillor|Pastor|Rev|Bishop|Editor)\b")


def _stranger_over_sibling(units: list[Unit], i: int) -> bool:
    """A signer's line in a style no heading above it has, right over a heading in the style of
    the heading above it (a letter's "President & CEO", between "LETTER FROM OUR CEO" and "BY
    THE NUMBERS"): the text closing the section above, never a parent of the next."""
    own, below = heading_style(units[i].text), heading_style(units[i + 1].text)
    if below != "caps" or own not in ("title", "sentence") or not _SIGNER_OR_ROLE.search(units[i].text):
        return False  # (a results page's "Premier League" over "ARSENAL 2 CHELSEA 1" heads them)
    styles = [heading_style(u.text) if heading_evidence(u.text) is None else None for u in units]  # (a signer's line is rare)
    if any(k != i and styles[k] == own and styles[k + 1] == "caps" for k in range(len(units) - 1)):
        return False  # "North District" over "ASHFORD WARD", then "South District" over "CORLEY WARD": parents
    above = _heading_styles_above(units, i)
    return bool(above) and above[-1] == below and own not in above


def _timeline_year(units: list[Unit], i: int) -> bool:
    """A bare year over running text ("2015", then "April 14 - Ardessa lays ..."), in an article
    holding two or more such years, each said once: a timeline's part. Every year after the first
    stands under a sentence (never a quiz's answer under its question, nor a film's year under
    its title) and every year's part holds one (never an archive's "2026" over its months, "March", "February")."""
    if not _YEAR.match(units[i].text.rstrip(":")):
        return False
    if _timelines[0] is not units:  # read once per article: a long timeline asks for every year
        _timelines[:] = [units, _timeline_reading(units)]
    return _timelines[1]


_timelines: list = [None, False]  # the units last asked about, and whether their years make a timeline


def _timeline_reading(units: list[Unit]) -> bool:
    years = [k for k in range(len(units)) if _YEAR.match(units[k].text.rstrip(":"))]
    if len(years) < 2 or len({units[k].text.rstrip(":") for k in years}) < len(years):
        return False
    # (the first year may stand under the timeline's heading or its "Key dates:")
    return all(ends_like_sentence(units[k - 1].text) for k in years[1:]) \
        and all(end > k + 1 and any(ends_like_sentence(u.text) for u in units[k + 1:end])
                for k, end in zip(years, years[1:] + [len(units)]))


def _repeated_byline(units: list[Unit], i: int) -> bool:
    """"By Freida McFadden" under two entries of a list: the entries' credit, never a heading
    (on a live page, the build leaves such lines out as its entries' bylines)."""
    text = units[i].text
    return names_a_person(text) and sum(u.text == text for u in units) >= 2


def _stamped_apart(units: list[Unit]) -> bool:
    """Whether a live page's entries have stamps of their own, not led by "Updated": then an
    entry's "Updated at 15.40 GMT" is its note, never the next entry's stamp."""
    return sum((is_entry_stamp(u.text) or is_time_stamp(u.text)) and not UPDATE_NOTE.match(u.text)
               for u in units) >= LIVE_MIN_ENTRIES


LABEL_MAX_WORDS = 4


def _of_word_series(units: list[Unit], i: int) -> bool:
    """One of sections numbered by a word, spaced out ("Option 1: Back up to the cloud with
    Lumora Drive", "Option 2: ..."): a title of any length, over its first subsection too."""
    found = term_value(units[i].text)
    return found is not None and bool(_SERIES_TERM.match(found[0])) and _spaced_series(units, i, found[0])


_KEY_POINTS = re.compile(r"^key points$", re.IGNORECASE)  # a broadcaster's summary box: 15 of 20 such dev lines head it


_LABELLED = re.compile(r"^([A-Z][^:]{0,30}): \S")
GROUP_FIELDS = 2  # "Venue: ...", "Time: ...": the fields under each group's title


def _group_title(units: list[Unit], i: int) -> bool:
    """A group's labelled title over its fields ("Opening Night: 'The Salt Parliament'" over "Venue:
    ...", "Time: ..."; "Race 2: Benchmark 64 Handicap (1400m)" over "Best: ..."): its own label said
    once, each field's label said again under another group's title, and two groups at least
    titled so. A run of fields alone ("When: ...", "Where: ..." under each event) repeats its first
    label, and one field said once among the others ("Makes: 12 biscuits" where the other recipes
    say "Serves:") titles no group: both stay text."""
    if not _LABELLED.match(units[i].text) or not units[i].blank_before:
        return False  # most lines: a cheap look first
    said = Counter(m.group(1) for u in units if (m := _LABELLED.match(u.text)))
    return _group_shape(units, i, said) and sum(_group_shape(units, k, said) for k in range(len(units))) >= GROUP_TITLES_MIN


def _group_shape(units: list[Unit], i: int, said: Counter) -> bool:
    if not units[i].blank_before or i + GROUP_FIELDS >= len(units) or len(units[i].text) > GROUP_TITLE_MAX \
            or ends_like_sentence(units[i].text):
        return False
    fields = units[i + 1:i + 1 + GROUP_FIELDS]
    if any(u.blank_before for u in fields):
        return False
    labels = []
    for unit in [units[i], *fields]:
        if (found := _LABELLED.match(unit.text)) is None:
            return False
        labels.append(found.group(1))
    return said[labels[0]] == 1 and all(said[label] >= 2 for label in labels[1:])


GROUP_TITLES_MIN = 2
GROUP_TITLE_MAX = 80


def _label_heading(units: list[Unit], i: int) -> Match | None:
    """"Background:" or "Key Figures:" alone on a line over running text: a heading (a line
    ending in ':' over a list or table introduces it instead, unless the article's sections
    all open on such labels)."""
    text = units[i].text
    label = text.rstrip()[:-1].rstrip() if text.rstrip().endswith(":") else ""
    if not label or heading_evidence(label) is not None:
        return None
    if len(label.split()) <= LABEL_MAX_WORDS and (len(label.split()) == 1 or case_style(label) == "title") \
            and _paragraph_follows(units, i):
        return Match(HeadingMark(label, units[i].line, case_style(label)), i + 1,
                     "heading: a short Title Case label ending in ':' over running text")
    if (_paragraph_follows(units, i) or (i + 1 < len(units) and (bullet(units[i + 1].text) or numbered(units[i + 1].text)))) \
            and _colon_label(text) and _labelled_sections(units):
        return Match(HeadingMark(label, units[i].line, case_style(label)), i + 1,
                     "heading: a label ending in ':', in an article whose sections open on such labels")
    if _KEY_POINTS.match(label) and _over_list(units, i):
        return Match(HeadingMark(label, units[i].line, case_style(label)), i + 1,
                     "heading: a story's 'Key points:' box over its points")
    labels = [units[k].text for k in range(len(units)) if _caps_label_over_list(units, k)] \
        if _caps_label_over_list(units, i) else []
    if len(labels) >= LABELLED_MIN and len(set(labels)) == len(labels):  # each said once
        under = any(_caps_section(units, k) for k in range(i))  # "THE RETAINED LIST" above: its parts
        return Match(HeadingMark(label, units[i].line, "caps", level=3 if under else 0), i + 1,
                     "heading: a label in capitals ending in ':' over a list, one of two or more such")
    return None


def _caps_section(units: list[Unit], k: int) -> bool:
    """A section's heading in capitals, no colon, over running text ("THE RETAINED LIST")."""
    text = units[k].text.strip()
    return text.upper() == text and any(c.isalpha() for c in text) and not text.endswith(":") \
        and heading_evidence(text) is None and _paragraph_follows(units, k)


def _caps_label_over_list(units: list[Unit], k: int) -> bool:
    """"CONTRACTED FOR 2026/27:" over its bulleted names: a label in capitals over a list."""
    text = units[k].text.strip()
    return text.endswith(":") and k + 1 < len(units) and bool(bullet(units[k + 1].text)) \
        and len(text.split()) <= SECTION_LABEL_WORDS and text.upper() == text and any(c.isalpha() for c in text)


_SECTION_LABEL = re.compile(r"^[A-Z][^.!?:;]*:$")  # "What happens next:", with no sentence's stop inside
# A lead-in's last word, introducing a quote or a list: "The minister said:", "The changes include:"
_LEAD_IN = frozenset("said says added adds told wrote writes warned explained stated noted include includes including "
                     "are is was were follows following as reads read".split())
_ASKING = frozenset("what how why where when who which".split())
SECTION_LABEL_WORDS = 5
LABELLED_MIN = 2  # labels over running text that make it the article's way of opening sections


def _colon_label(text: str) -> bool:
    text = text.strip()
    words = text[:-1].casefold().split()
    return bool(_SECTION_LABEL.match(text)) and len(words) <= SECTION_LABEL_WORDS \
        and (words[-1] not in _LEAD_IN or words[0] in _ASKING)  # "What the warning says:" is a label


def _labelled_sections(units: list[Unit]) -> bool:
    """Two or more short colon labels, each over running text, and no label said twice: the
    article opens its sections on them ("Background:", "What happens next:"), so one over a
    list ("Timeline:" over its dated points) heads it too, in any case. A label said again and
    again ("Pros:" and "Cons:" under each product) introduces its list instead."""
    labelled = [k for k, u in enumerate(units) if u.text.endswith(":") and _colon_label(u.text)]
    said = [units[k].text.strip() for k in labelled]
    return len(set(said)) == len(said) and sum(  # over a sentence, never "$ npm install ..."
        _paragraph_follows(units, k) and ends_like_sentence(units[k + 1].text) for k in labelled) >= LABELLED_MIN


def _subsection_follows(units: list[Unit], k: int) -> bool:
    """A heading-like line, over running text or a bulleted list, right under k: the section
    opens on its first subsection ("3. The fix" over "Tuning autovacuum per table"; "2. BEFORE
    YOU GIVE ..." over "Do not give Pyrexol Junior" over its bullets), or on a table under its
    caption ("2. The search so far" over "Timeline of the search")."""
    return (k + 2 < len(units) and not numbered(units[k + 1].text) and not bullet(units[k + 1].text)
            and heading_evidence(units[k + 1].text) is None
            and (_paragraph_follows(units, k + 1) or bool(bullet(units[k + 2].text)) or "|" in units[k + 2].text))


NUMBERED_TITLE_WORDS = 16  # a listicle's numbered point says more than a bare heading would


def _numbered_title(text: str) -> bool:
    """A numbered line's words could title a section: a listicle's point may run to a
    sentence's length without its stop ("1. The caller says you missed jury duty or a court
    date"), its number doing a heading's work."""
    why = heading_evidence(text)
    return why is None or (why.endswith("without final period reads as a sentence")
                           and len(text.split()) <= NUMBERED_TITLE_WORDS and not text.endswith("?")) \
        or bool(_QUOTED_CLAIM.match(text)) or bool(_FIGURE_TITLE.match(text))


# A table's or a figure's label, numbered: "Table 1 Population by state and territory", "Graph 2:
# Components of change" (on the benchmark, 101 such lines, none a heading).
_EXHIBIT_LABEL = re.compile(r"^(?:Table|Figure|Fig\.|Chart|Graph|Map) \d{1,3}[.:]?\s+[A-Z0-9]")
# An "in numbers" piece's figure, its point's whole title: "1. 3.1 million people", "2. 1991", "3. 62%"
_FIGURE_TITLE = re.compile(r"^[$£€₹]?\d[\d.,]*\s?(?:%|[a-z]+(?: [a-z]+){0,2})?$")
# A fact check's numbered claim, its speaker and their words as said: "Tessier: "We have built
# more homes in the last two years than in any two years in this province's history.""
_QUOTED_CLAIM = re.compile(r"^[A-Z][\w'’. -]{1,40}: [“\"][^“”\"]{10,250}[.!?]?[”\"]$")


def _long_point_heads_text(units: list[Unit], k: int, point: str) -> bool:
    """A numbered point longer than a heading heads running text (or a fact-check's `Verdict:`
    line) that opens on a capital: never a list's item over its bullets, nor one whose words
    go on below in lower case."""
    return heading_evidence(point) is None or (k + 1 < len(units) and (
        _paragraph_follows(units, k) or is_term_line(units[k + 1].text)) and units[k + 1].text[:1].isupper())


def _numbered_heading_at(units: list[Unit], k: int) -> tuple[int, str] | None:
    """A numbered line that heads what follows: running text, a table or its "3.1" subsections."""
    if k >= len(units) or not (n := numbered(units[k].text)) or not _numbered_title(n[1]) \
            or not _long_point_heads_text(units, k, n[1]):
        return None
    follows = k + 1 < len(units) and (_paragraph_follows(units, k) or _DECIMAL.match(units[k + 1].text)
                                      or "|" in units[k + 1].text
                                      or (bool(bullet(units[k + 1].text)) and units[k + 1].blank_before)
                                      or _points_then_text(units, k + 1)
                                      or _subsection_follows(units, k)
                                      or (is_term_line(units[k + 1].text) and units[k + 1].blank_before)  # its factbox
                                      or _restarted_list(units, k, n[0]))
    return n if follows else None


def _restarted_list(units: list[Unit], k: int, number: int) -> bool:
    """A numbered list opening on "1." right under a later number ("4. Education" over "1.
    English-medium instruction ..."): the section's own points, not its next items."""
    after = numbered(units[k + 1].text)
    if number <= 1 or after is None or after[0] != 1:
        return False
    above = next((j for j in range(k - 1, max(-1, k - NUMBERED_REACH), -1)
                  if (n := numbered(units[j].text)) and n[0] == number - 1 and not units[j].indented), None)
    return above is None or not numbered(units[above + 1].text)  # "2. Fill in the form" over its own "1. ...": steps


def _points_then_text(units: list[Unit], k: int) -> bool:
    """Points flush left right under a numbered line, opening on a capital or a figure, or with
    running text after them: a roundup's entry over its details ("- Court: ...", then the
    ruling), a bulletin's "1. Main points" over its findings; never a step's notes in lower case
    before the next step ("- use the email address you check most often")."""
    j = k
    while j < len(units) and bullet(units[j].text) and not units[j].indented:
        j += 1
    first = bullet(units[k].text) if j > k else None
    return first is not None and (not first[1][:1].islower() or (
        j < len(units) and not numbered(units[j].text) and ends_like_sentence(units[j].text)))


NUMBERED_REACH = 80  # units searched for the next or previous numbered heading of a series
_SERIES_LABEL = re.compile(r"^([A-Z][a-z]{2,12}) (\d{1,3})$")  # "Question 5", "Round 3", "Hole 7"
_FIGURE_LINE = re.compile(r"^[A-Z][\w.'’ -]{0,30} \d[\d.,%]*$")  # a table's row set as lines: "Lib Dem 14"
_QUIZ_WORD = re.compile(r"^(?:Question|Clue|Riddle|Puzzle) \d")


# "Myth 2: if I had the vaccine last year, ...": a series whose word names an article's parts,
# never its pictures, messages or speakers ("Picture 2: ...", "Message 1: ...", "Speaker 2: ...").
_TITLED_SERIES = re.compile(r"^((?i:myth|fact|step|tip|reason|example|lesson|rule|mistake|sign|way|stage|phase|part|chapter|"
                            r"section|option|method|idea|finding|recommendation|priority|principle|challenge|case)) "
                            r"(\d{1,3}): (.+)$")


def _series_title(found: re.Match[str]) -> str:
    """The title after a series' label, opened as a sentence: "Myth 2: the flu ..." reads "The flu ..."."""
    return found.group(3)[:1].upper() + found.group(3)[1:]


def _titled_series_member(units: list[Unit], i: int) -> re.Match[str] | None:
    """"Myth 2: if I had the vaccine last year, I'm still protected" over running text: titled
    as a numbered point may be, to a sentence's length without its stop."""
    found = _TITLED_SERIES.match(units[i].text)
    title = _series_title(found) if found else ""
    return found if found and heading_evidence(units[i].text) is not None and _numbered_title(title) \
        and not title.endswith("?") and _long_point_heads_text(units, i, title) \
        and not any(0 <= k < len(units) and _TITLED_SERIES.match(units[k].text) for k in (i - 1, i + 1)) \
        else None  # "Tip 2: ..." right over "Tip 3: ...": lines of a list, each entry with no text of its own


# An entry of a series named after its number: "Race 1: Tarrawong Maiden Plate (1100m)", "Stage 5:
# Vallorbe – Col de la Sarre, 178km", over its details ("Best: 4. Silver Cicada") or a table; never
# a table's or a figure's caption ("Table 1: Responses by type of respondent")
_SERIES_ENTRY = r"^(?!(?:Table|Figure|Chart|Graph|Map|Image|Photo|Box|Exhibit) )([A-Z][a-z]{2,12}) (\d{1,3})%s (\S.{0,80})$"
_NAMED_SERIES = re.compile(_SERIES_ENTRY % ":")
# Entries numbered in order but not one by one, three or more ("Lot 41 – ...", "Lot 57 – ...",
# "Lot 88 – ..."), a colon or a dash after the number: a series too.
_ORDERED_SERIES = re.compile(_SERIES_ENTRY % "(?::| [–—-])")
ORDERED_SERIES_MIN = 3
ORDERED_NAME_WORDS = 16  # "An eight-day longcase clock, the dial signed for a Dundee maker"


def _named_series_member(units: list[Unit], i: int, series: re.Pattern[str] = _NAMED_SERIES) -> re.Match[str] | None:
    """A series' entry with a heading's name and text of its own, not one line of a stack of them
    ("Race 1: ..." right over "Race 2: ...": a list's lines, each with no text of its own)."""
    found = series.match(units[i].text)
    return found if found and i + 1 < len(units) and (heading_evidence(found.group(3)) is None or (
            series is _ORDERED_SERIES and not ends_like_sentence(found.group(3))  # a lot's description, a title
            and len(found.group(3).split()) <= ORDERED_NAME_WORDS)) \
        and not any(0 <= k < len(units) and series.match(units[k].text) for k in (i - 1, i + 1)) \
        and _entry_has_text(units, i, series) else None


def _ordered_series(units: list[Unit], word: str) -> bool:
    """Three or more entries named by one word and rising numbers, each over text of its own."""
    numbers = [int(m.group(2)) for k in range(len(units))
               if (m := _named_series_member(units, k, _ORDERED_SERIES)) and m.group(1) == word]
    return len(numbers) >= ORDERED_SERIES_MIN and all(a < b for a, b in zip(numbers, numbers[1:]))


ENTRY_REACH = 30  # units searched for an entry's own text


def _entry_has_text(units: list[Unit], i: int, series: re.Pattern[str] = _NAMED_SERIES) -> bool:
    """Running text or a table under a series' entry before the next: a race's tips, a stage's
    report; never a factbox's options with only their "Cost: £2.1m" lines."""
    for unit in units[i + 1:i + ENTRY_REACH]:
        if series.match(unit.text):
            return False
        if "|" in unit.text or (ends_like_sentence(unit.text) and not is_term_line(unit.text)):
            return True
    return False


def series_heading(units: list[Unit], i: int) -> Match | None:
    """A word and a number alone ("Question 5"), with the same word numbered one less or one
    more near it: an entry of a series, heading what follows, even a line that asks or is short
    ("How many people took part ...?" under it is the entry's text). So too a long title of
    such a series ("Myth 2: if I had the vaccine last year, I'm still protected"), with its
    neighbour in the series over running text too."""
    if not units[i].role and (titled := _titled_series_member(units, i)):
        word, number = titled.group(1), int(titled.group(2))
        around = range(max(0, i - NUMBERED_REACH), min(len(units), i + NUMBERED_REACH))
        if any((m := _TITLED_SERIES.match(units[k].text)) and m.group(1) == word and abs(int(m.group(2)) - number) == 1
               and _long_point_heads_text(units, k, _series_title(m)) for k in around if k != i):
            return Match(HeadingMark(units[i].text, units[i].line, heading_style(units[i].text)), i + 1,
                         "heading: a long title of a series numbered by a word, over running text")
    if not units[i].role and (named := _named_series_member(units, i)):
        word, number = named.group(1), int(named.group(2))
        around = range(max(0, i - NUMBERED_REACH), min(len(units), i + NUMBERED_REACH))
        if any((m := _NAMED_SERIES.match(units[k].text)) and m.group(1) == word and abs(int(m.group(2)) - number) == 1
               and _named_series_member(units, k) for k in around if k != i):
            return Match(HeadingMark(units[i].text, units[i].line, heading_style(units[i].text)), i + 1,
                         "heading: a word, a number and a name, one of a series of such over their entries")
    if not units[i].role and (entry := _named_series_member(units, i, _ORDERED_SERIES)) \
            and _ordered_series(units, entry.group(1)):
        return Match(HeadingMark(units[i].text, units[i].line, heading_style(units[i].text)), i + 1,
                     "heading: a word, a number and a name, one of three or more such in order over their entries")
    found = _SERIES_LABEL.match(units[i].text)
    if not found or units[i].role or i + 1 >= len(units) or is_bare_date(units[i].text) \
            or _FIGURE_LINE.match(units[i + 1].text) \
            or (i > 0 and _FIGURE_LINE.match(units[i - 1].text)):
        return None  # a stack of them is data: "Labour 28" over "Reform 25"
    word, number = found.group(1), int(found.group(2))
    near = (units[k].text for k in range(max(0, i - NUMBERED_REACH), min(len(units), i + NUMBERED_REACH)) if k != i)
    if not any((m := _SERIES_LABEL.match(text)) and m.group(1) == word and abs(int(m.group(2)) - number) == 1
               for text in near):
        return None
    return Match(HeadingMark(units[i].text, units[i].line, heading_style(units[i].text)), i + 1,
                 "heading: a word and a number alone, one of a series of such")


def numbered_heading(units: list[Unit], i: int) -> Match | None:
    """"1. The package targets diamonds" over running text, with the next (or the previous)
    number over running text too, counting up or down ("8. ..." to "1." in a countdown): the
    numbered sections of a list-style article. Numbered lists between them do not break the
    series."""
    here = _numbered_heading_at(units, i)
    if here is None:
        return decimal_heading(units, i)
    number = here[0]
    around = (range(i + 2, min(len(units), i + NUMBERED_REACH)), range(i - 2, max(-1, i - NUMBERED_REACH), -1))
    if not any(n[0] in (number + 1, number - 1) for ks in around
               for k in ks if numbered(units[k].text) and (n := _numbered_heading_at(units, k))):
        return None
    return Match(HeadingMark(units[i].text, units[i].line, "numbered"), i + 1,  # its number is its style
                 "heading: a numbered line over running text, one of a numbered series of such")


_ZONED_CLOCK = re.compile(r"^\d{1,2}\.\d{2}\s*(?:[ap]\.?m\.?|GMT|BST|UTC|CET|CEST|EDT|EST|CDT|CST|PDT|PST|MDT|MST|"
                         r"AEST|AEDT|IST|JST|SAST|WAT|EAT|ET|PT)\b")


def decimal_heading(units: list[Unit], i: int) -> Match | None:
    """"3.1 Tree preservation order" over running text: a subsection of numbered section 3."""
    m = _DECIMAL.match(units[i].text)
    if not m or heading_evidence(m.group(3)) is not None or not _paragraph_follows(units, i) \
            or _ZONED_CLOCK.match(units[i].text):
        return None  # a live blog's "17.05 GMT" or "17.25 BST: Closing summary", not section 17's parts
    return Match(HeadingMark(units[i].text, units[i].line, "decimal"), i + 1,
                 "heading: a decimal-numbered line (3.1) over running text, a subsection")


def _lettered_heading_at(units: list[Unit], k: int) -> str | None:
    """The letter of a lettered line ("b) Schools") that heads what follows: running text, a
    table or a list; never the next item of a lettered list."""
    if k + 1 >= len(units) or not (m := _LETTERED.match(units[k].text)):
        return None
    after = units[k + 1].text
    if heading_evidence(units[k].text[m.end() - 1:]) is not None or _LETTERED.match(after):
        return None
    return m.group(1) if _paragraph_follows(units, k) or "|" in after or bullet(after) else None


def lettered_heading(units: list[Unit], i: int) -> Match | None:
    """"a) Health" over running text, with the letter after it (or before) over running text
    too: the lettered subsections of a numbered section."""
    letter = _lettered_heading_at(units, i)
    if letter is None:
        return None
    near = {chr(ord(letter) + 1), chr(ord(letter) - 1)}
    if not any(_lettered_heading_at(units, k) in near
               for k in range(max(0, i - NUMBERED_REACH), min(len(units), i + NUMBERED_REACH)) if k != i):
        return None
    return Match(HeadingMark(units[i].text, units[i].line, "lettered"), i + 1,
                 "heading: a lettered line over running text, one of a lettered series of such")


_ROMAN_NUMBERED = re.compile(r"^(X{0,2}(?:IX|IV|V?I{0,3}))[.:)]\s+(\S.*)$")  # "II. The damage so far"
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}


def _roman_value(numeral: str) -> int:
    values = [_ROMAN_VALUES[c] for c in numeral]
    return sum(-v if k + 1 < len(values) and v < values[k + 1] else v for k, v in enumerate(values))


def _roman_heading_at(units: list[Unit], k: int) -> int | None:
    """The number of a part numbered in Roman numerals ("II. The damage so far") over what it
    opens; never one of a list of such parts, one right over the next."""
    m = _ROMAN_NUMBERED.match(units[k].text) if k < len(units) else None
    if not m or not m.group(1) or heading_evidence(m.group(2)) is not None or k + 1 >= len(units) \
            or _ROMAN_NUMBERED.match(units[k + 1].text):
        return None
    return _roman_value(m.group(1))


def roman_heading(units: list[Unit], i: int) -> Match | None:
    """"II. The damage so far" with "I." or "III." near it: a long read's or a report's parts,
    each holding the unnumbered headings up to the next (like "2. ..." sections)."""
    number = _roman_heading_at(units, i)
    if number is None or not any(_roman_heading_at(units, k) in (number - 1, number + 1)
                                 for k in range(max(0, i - ROMAN_REACH), min(len(units), i + ROMAN_REACH)) if k != i):
        return None
    return Match(HeadingMark(units[i].text, units[i].line, "numbered"), i + 1,
                 "heading: a part numbered in Roman numerals, one of a series of such")


ROMAN_REACH = 80  # lines: a long read's parts run longer than a list's numbered points


_DASHED = re.compile(r"^[-–—]\s+(\S.{0,100}\S)\s+[-–—]$")  # an agency's subhead: "- 'A heartbreaking decision' -"


def dashed_heading(units: list[Unit], i: int) -> Match | None:
    """A line set between dashes, over running text: how some wire agencies mark a subhead.
    A list item never ends in a lone dash."""
    m = _DASHED.match(units[i].text)
    if not m or ends_like_sentence(m.group(1)) or not _paragraph_follows(units, i):
        return None
    return Match(HeadingMark(units[i].text, units[i].line, "dashed"), i + 1,
                 "heading: a line set between dashes over running text, an agency's subhead")


# --- FAQ ----------------------------------------------------------------------

def _is_question(unit: Unit) -> bool:
    text = unit.text
    if text.startswith(("Q:", "Q.")) and "?" in text and len(text.split()) <= QUESTION_MAX_WORDS:
        return True  # "Q: When should she drop her nap? She's two and fights it.": its label says so
    return text.rstrip("\"”’ ").endswith("?") and (len(text.split()) <= QUESTION_MAX_WORDS or _readers_question(text)) \
        and not text[0].islower() and not _SPEAKER.match(text) and not _LETTER.match(text) and not _TIME_CODED.match(text)


QUESTION_MAX_WORDS = 30
ASKED_AGAIN = 4  # a question this close under another: an FAQ's, never a section's one question heading
READERS_QUESTION_WORDS = 50  # a reader's question to a column tells their story first


def _addressed(units: list[Unit], start: int, end: int) -> bool:
    """An answer (the lines from start to end) that speaks to the reader ("you", "your"), or
    under a reader's signed letter."""
    return any(_SECOND_PERSON.search(units[k].text) for k in range(start, end)) or _over_signed_letter(units, start - 1)


def _readers_question(text: str) -> bool:
    """A reader's question to an advice column: their story in the first person, then what
    they ask ("I am due back from maternity leave in January. My employer has ... Can they do
    that?")."""
    return len(text.split()) <= READERS_QUESTION_WORDS and bool(_FIRST_PERSON.search(text)) \
        and len(split_sentences(text)) >= 2


# A time and an entry's title: "22.40: The First Crack", "8:00 p.m.: Polls close" (a date line's
# own words are few and short, so such a title reads like one)
_CLOCK_TITLED = re.compile(rf"^{CLOCK}\s*(?:[A-Z]{{2,5}}\s*)?(?::|\s[-–—])\s+(?P<title>[A-Z].*)$")


_STAMP_WORDS = frozenset({"updated", "update", "published", "posted", "issued", "first", "last", "edited", "modified"})


def _clock_titled(text: str) -> bool:
    found = _CLOCK_TITLED.match(text)
    if found is None:
        return False
    title = found.group("title")
    return not is_stamp(title) and title.split()[0].rstrip(":").casefold() not in _STAMP_WORDS


_PRICE_DROP = re.compile(r"^was [£$€][\d,.]+,? now [£$€][\d,.]+(?: at [^.!?]{1,40})?$", re.IGNORECASE)  # "Was £799, now £549 at Currys"
_DIALOGUE = re.compile(r"^[\"“‘][^\"“”]{1,80}[?!][”\"’]$")  # a question or a cry, quoted whole
_QUOTE_LED = re.compile(r"^[\"“‘]")


def _dialogue(units: list[Unit], i: int) -> bool:
    """A story's line of dialogue: a question or a cry quoted whole, not in Title Case, between
    two lines that open on a quote ("Don't drink that," my mother called ... / "What did she
    say?" / "Nothing," my mother said.). A feature's quoted subhead stands between its text."""
    text = units[i].text
    return 0 < i < len(units) - 1 and bool(_DIALOGUE.match(text)) and case_style(text.strip("\"“”‘’")) != "title" \
        and all(_QUOTE_LED.match(units[k].text) for k in (i - 1, i + 1))


# A transcript's time-coded turn: "Starting point is 00:01:48 Wait for what?", "[00:03:09] Gwen, what ...?"
_TIME_CODED = re.compile(r"^(?:starting point is |\[|\()?\d{1,2}:\d{2}:\d{2}\b", re.IGNORECASE)


# A reader's letter quoted in a mailbag: "Margaret, from Carlisle, writes: “... Is that allowed?”"
_LETTER = re.compile(r"^[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}(?:,? (?:from|of|in) [A-Z][\w'’ .-]{1,40})?,? "
                     r"(?:writes|asks|wrote|asked)\b")
# A transcript's speaker ("JOURNALIST: Will the payment be extended?"): speech, not an FAQ's
# question; "Q:" and "A:" are an FAQ's own labels.
_ROLE_SPEAKING = r"(?i:journalist|reporter|interviewer|host|presenter|moderator|audience member)"
_SPEAKER = re.compile(rf"^(?!(?:Q|A|QUESTION|ANSWER)\s*:)(?:[A-Z][A-Z.'’ -]{{1,40}}|{_ROLE_SPEAKING})"
                      r"(?: \([^()]{1,40}\))?:\s")  # "Reporter (CBN Radio): Premier, ...?"
_ROLE_SPEAKS = re.compile(rf"^{_ROLE_SPEAKING}(?: \([^()]{{1,40}}\))?:\s")  # "Audience member: Is there ...?"


_QA = re.compile(r"^(Q|A)[:.]\s+\S")
QA_HEADING = "Questions and answers"


def faq(units: list[Unit], i: int) -> Match | None:
    """An FAQ heading over questions ending in '?'; or, without a heading, "Q: ...?" lines
    each answered by an "A: ..." line (the labels stay, as written)."""
    unit, labelled = units[i], False
    if not _is_question(unit) and (  # the cheap tests first: most lines head no questions
            ((_FAQ.match(unit.text) or (_READERS_FAQ.match(unit.text)
                                         and sum(map(_is_question, units[i + 1:i + READERS_FAQ_REACH])) >= 2))
             and i + 1 < len(units) and _is_question(units[i + 1]) and not _turns(units, i + 1))
            or _answered_run(units, i + 1) >= 2) and heading_evidence(unit.text) is None and not _noted_interview(units):
        # An FAQ heading, in whatever words: a heading over questions, each answered.
        mark, j = HeadingMark(unit.text, unit.line, case_style(unit.text)), i + 1
    elif _is_labelled_question(units, i):
        mark, j, labelled = HeadingMark(QA_HEADING, unit.line, "sentence"), i, True
    elif _is_question(unit) and case_style(unit.text) != "title" and _answered_run(units, i) >= FAQ_RUN:
        # Bare question-and-answer pairs; questions in Title Case are the sections' headings.
        mark, j = HeadingMark(QA_HEADING, unit.line, "sentence"), i
        if not _questions_announced(units, i) and (
                _question_sections(_questions(units, _run_start(units, j))[0]) or _question_section_above(units, i)):
            return None  # "What is drawdown?" over paragraphs of its own: an explainer's sections
    else:
        return None
    questions, warnings, j = _questions(units, j)
    reason = (f"FAQ of {len(questions)} 'Q:' questions with 'A:' answers" if labelled
              else f"FAQ heading with {len(questions)} questions ending in '?'")
    return Match(FaqMark(mark, tuple(questions)), j, reason, tuple(warnings))


# An interviewee speaks for themself ("With my mother, really."), outside any quotation; an
# FAQ answers the reader ("You can ...") or speaks for an organisation ("We ...").
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|me|my|myself|Me|My(?= [a-z])|Myself)\b")  # not "My Account"
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|‘[^’]*’|(?<!\w)'[^']*'(?!\w)")  # double quotes, or a British paper's single
# An interviewer asks the interviewee ("How did you start?"): on dev, every one of 51 interviews
# does, at least once; a first-person review's headings ask of the thing ("Is it easy to set
# up?"), and an expert's column answers readers' questions ("Should I replace my boiler?").
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself|you're|you’re|you've|you’ve|you'd|you’d|you'll|you’ll)\b", re.IGNORECASE)
# Or the answers are labelled ("A: About 240 a week."), or the page says it talked to someone ("She
# spoke to us from Kathmandu", "We asked her about ...", "In conversation with ...", "Q&A").
_INTERVIEW_INTRO = re.compile(r"\b(?:interview(?:ed|s)?|q&a|in conversation|(?:spoke|talked|chatted) (?:to|with) (?:us|the|our|him|her|them)|"
                              r"(?:we|i) asked (?:him|her|them)|talks? to (?:us|the|our)|(?:caught up|sat down) with|"
                              r"(?:five|ten|\d+) minutes with)\b", re.IGNORECASE)
INTERVIEW_MIN = 3  # questions answered
INTERVIEW_SHARE = 0.6  # of them answered in the first person
_interviews: list = [None, (False, False)]  # the units last asked about, and the reading: one article at a time


# The note an interview carries, a sentence of its own: "This interview has been edited for
# length and clarity.", "The conversation has been condensed and edited.", "Her comments have
# been edited ..."; never a column's "Letters may be edited", an FAQ's "Some comments have been
# edited", nor a story's "..., the office said the exchange has been edited".
_INTERVIEW_NOTE = re.compile(r"(?:^|[.!?]\s+)(?:(?:this|the|our|the following) (?:interview|conversation|transcript|discussion|q&a)"
                             r"|(?:his|her|their) (?:comments|remarks|answers)) (?:has|have) been (?:lightly )?"
                             r"(?:edited|condensed)\b", re.IGNORECASE)


def read_interview(units: list[Unit], top: tuple[str, ...] = ()) -> None:
    """Work out whether the body's questions are an interview's, with the masthead's lines
    (`top`: the headline and the standfirst, "Five minutes with ...", "We caught up with her
    ...") among what may say it talked to someone; the body's rules then read it."""
    _interviews[0] = None
    _interview_reading(units, top)


def _interview_reading(units: list[Unit], top: tuple[str, ...] = ()) -> tuple[bool, bool]:
    """(whether an article's questions are an interview's, whether it says it is an edited
    interview), worked out once per article."""
    if _interviews[0] is not units:
        asked = [k for k in range(len(units) - 1) if _is_question(units[k]) and not _is_question(units[k + 1])]
        answers = [units[k + 1].text for k in asked]
        speakers = _speakers(units)
        spoken = sum(bool(_FIRST_PERSON.search(_QUOTED.sub("", _QA.sub("", answer))))
                     or answer.split(":", 1)[0] in speakers for answer in answers)
        noted = bool(answers) and any(_INTERVIEW_NOTE.search(u.text) for u in units)
        asks_you = any(_SECOND_PERSON.search(units[k].text) for k in asked) or any(_QA.match(answer) for answer in answers) \
            or (bool(asked) and any(_INTERVIEW_INTRO.search(text) for text in (*top, *(u.text for u in units[:asked[0]]))))
        # readers sign their letters under the questions ("– Hana, Pukerau Valley"): a mailbag, answered
        mailbag = sum(_over_signed_letter(units, k) for k in asked) >= SIGNED_LETTERS
        _interviews[:] = [units, (noted or (len(answers) >= INTERVIEW_MIN and spoken >= INTERVIEW_SHARE * len(answers)
                                            and asks_you and not mailbag), noted)]
    return _interviews[1]


def _is_interview(units: list[Unit]) -> bool:
    """Whether an article's questions are an interview's: three or more answered, at least
    three in five of them in the first person or by a named speaker ("Ruby: Tomasz and ..."),
    where one or more of them asks "you", the answers are labelled "A:", or the page says over
    them that it talked to someone; or any answered, in an article that says it is an edited
    interview."""
    return _interview_reading(units)[0]


def _noted_interview(units: list[Unit]) -> bool:
    """Whether the article says it is an edited interview: its section headings head the
    interviewer's questions as text, never an FAQ."""
    return _interview_reading(units)[1]


_ANSWER_LABELS = frozenset({"a", "answer", "response", "reply", "our answer", "the answer", "short answer"})
SPEAKER_TURNS = 2  # a speaker speaks again; an FAQ's "Saturday: 10am to 7pm" labels once
_FULL_NAME = re.compile(r"^[A-Z][a-z'’-]+ [A-Z][\w'’-]+$")  # "Jess Ward": a person, even speaking once


def _speakers(units: list[Unit]) -> frozenset[str]:
    """The names leading turns ("Ruby: Tomasz and I ...", later "Ruby: And a shed."; "Jess
    Ward: We were ..."): a first name leading two or more, a full name one; never an FAQ's
    "A:", "Answer:" or "Saturday:"."""
    labels = Counter(u.text.split(":", 1)[0] for u in units if _TURN.match(u.text))
    return frozenset(label for label, n in labels.items() if label.casefold() not in _ANSWER_LABELS
                     and (n >= SPEAKER_TURNS or _FULL_NAME.match(label)))


def interview_question(units: list[Unit], i: int) -> Match | None:
    """An interviewer's question, in an article whose answers speak in the first person
    ("Where did the book start?" over "With my mother, really."): the interview's text, as
    its answers are, neither an FAQ nor a section's heading."""
    if units[i].role or not _is_question(units[i]) or not _is_interview(units):
        return None
    return Match(Paragraph(units[i].text, units[i].line), i + 1,
                 "paragraph: an interviewer's question (the article's answers speak in the first person)")


def _questions(units: list[Unit], j: int) -> tuple[list[Question], list[tuple[int, str]], int]:
    """The questions from j, each with its answer (paragraphs, lists, tables) up to the next
    question or heading; the warnings; where they end."""
    questions, warnings = [], []
    while j < len(units) and _is_question(units[j]):
        answer, k = [], j + 1
        while (k < len(units) and not _is_question(units[k]) and heading(units, k) is None
               and numbered_heading(units, k) is None and not _group_heading(units, k)):
            block = bullets(units, k) or table(units, k) or tab_table(units, k)  # an answer may hold these
            answer.append(cast(Block, block.block) if block else Paragraph(units[k].text, units[k].line))
            k = block.end if block else k + 1
        if not answer:
            warnings.append((units[j].line, f"FAQ question has no answer: {units[j].text!r}"))
        questions.append(Question(units[j].text, tuple(answer), units[j].line))
        j = k
    return questions, warnings, j


def _run_start(units: list[Unit], j: int) -> int:
    """The first question of the run of answered questions that j is in: the run is judged
    whole, wherever the reading of it starts again."""
    k = j - 1
    while k >= 0 and not _is_question(units[k]) and heading_evidence(units[k].text) is not None:
        k -= 1  # back over the answer above
    return _run_start(units, k) if k >= 0 and k < j - 1 and _is_question(units[k]) else j


SECTION_QUESTION_WORDS = 6  # "Should you go?": an explainer's section; an interview asks at length
SECTION_ANSWER_BLOCKS = 1.5  # blocks under each question, on average: an FAQ answers in one or so
LONG_SECTION_QUESTION_WORDS = 9  # a longer question heads a section when its answers run long:
LONG_SECTION_BLOCKS = 2.5  # blocks under each, on average
SECTION_ANSWER_WORDS = 65  # or words: on dev, an FAQ's answers run to 35 on average (median), a section's to 84


# A sentence announcing the questions under it: "Here are answers to the most common questions.",
# "We answer some of the questions readers have been asking.", "Here is what you need to know."
_ANNOUNCES_QUESTIONS = re.compile(r"(?i)(?:\bhere(?:'s|’s| is| are)\b.{0,40}\b(?:need to know|to know|questions|answers)"
                                  r"|\banswer(?:ed|s)?\b.{0,40}\bquestions|\bquestions (?:answered|readers)|\bkey questions)"
                                  r"[^.!?]{0,60}[.:]$")


def _questions_announced(units: list[Unit], i: int) -> bool:
    """The sentence right over the first question says, in the writer's voice, that questions
    and answers follow: an FAQ, however long its answers (on dev, 41 of 48 such runs were);
    never a report's "The minister declined to answer questions from reporters ..."."""
    lead = units[i - 1].text if i > 0 else ""
    return len(lead.split()) <= ANNOUNCEMENT_MAX_WORDS and bool(_ANNOUNCES_QUESTIONS.search(lead)) \
        and bool(_WRITER_VOICE.search(lead))


_WRITER_VOICE = re.compile(r"(?i)\b(?:here|below|we|we've|we’ve|our|you|your)\b")


ANNOUNCEMENT_MAX_WORDS = 40


def _words_in(block: Block) -> int:
    if isinstance(block, Paragraph):
        return len(block.text.split())
    if isinstance(block, BulletList):
        return sum(len(item.text.split()) + (_words_in(item.sublist) if item.sublist else 0) for item in block.items)
    return sum(len(cell.split()) for row in (block.header, *block.rows) for cell in row)


def _question_sections(questions: list[Question]) -> bool:
    """Bare questions that are an explainer's section headings, not an FAQ: short, each over
    more text than an FAQ gives an answer."""
    n = len(questions)
    if not n or sum(len(q.answer) >= 2 and all(isinstance(b, Paragraph) for b in q.answer[:2])
                    and _letter_signed(cast(Paragraph, q.answer[0]).text, cast(Paragraph, q.answer[1]).text)
                    for q in questions) >= SIGNED_LETTERS:
        return False  # readers sign their letters under the questions: a mailbag's, answered
    words, blocks = sum(len(q.question.split()) for q in questions) / n, sum(len(q.answer) for q in questions) / n
    said = sum(_words_in(b) for q in questions for b in q.answer) / n
    return (words <= SECTION_QUESTION_WORDS and blocks >= SECTION_ANSWER_BLOCKS) or (
        words <= LONG_SECTION_QUESTION_WORDS and (blocks >= LONG_SECTION_BLOCKS or said >= SECTION_ANSWER_WORDS))
    # "What does it mean for rates?" over 5 paragraphs, or over 90 words


SECTION_ABOVE_BLOCKS = 3  # paragraphs under a question above: a section of its own, no FAQ answer


def _question_section_above(units: list[Unit], i: int) -> bool:
    """A question above i heading a section of several paragraphs ("Why are teachers striking?"
    over three): the article heads its sections with questions, so its shorter ones further
    down ("Will there be more strikes?" over one paragraph) head sections too."""
    for k in range(i):
        if _is_question(units[k]) and not numbered(units[k].text) and heading_evidence(units[k].text) is None:
            end = k + 1
            while end < len(units) and not _is_question(units[end]) and not heading_candidate(units, end) \
                    and ends_like_sentence(units[end].text):
                end += 1
            if end - k - 1 >= SECTION_ABOVE_BLOCKS:
                return True
    return False


def _group_heading(units: list[Unit], k: int) -> bool:
    """A heading over the next questions of an FAQ ("Charges and payment"): a heading-like
    line right over two answered questions."""
    return (heading_evidence(units[k].text) is None and not _is_question(units[k])
            and _answered_run(units, k + 1) >= 2)


def _answered_run(units: list[Unit], j: int) -> int:
    """How many questions in a row from j are each answered by text under them."""
    count = 0
    while j < len(units) and _is_question(units[j]) and not numbered(units[j].text):  # "4. What if ...?" is a
        k = j + 1  # numbered section's heading
        if k < len(units) and numbered_heading(units, k) is not None:
            break  # a numbered heading right under the question, "1. Measure everything": no answer (numbered
            # steps after an answer's own text are the answer's)
        while k < len(units) and not _is_question(units[k]) and not heading_candidate(units, k):
            k += 1
        if k == j + 1 or _speaker_pair(units, j) or _timed_turn(units, j) \
                or (len(units[j].text.split()) > QUESTION_MAX_WORDS and not _addressed(units, j + 1, k)):
            break  # no answer; or an interview's turns: "Kyiv Post: Does it work?" "Danylenko: It does.";
            # or a reader's long question that no answer addresses: a column's rhetorical question
        count, j = count + 1, k
    return count


# A turn in a transcript, its speaker named: "The Kyiv Independent: ...", "Ihor Danylenko: ..."
_TURN = re.compile(r"^[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}:\s+\S")
_ANSWER_LABEL = re.compile(r"^(?:A|Answer)\s?\d*[:.]\s", re.IGNORECASE)  # an FAQ's answer, never a speaker: "A: ...", "Answer: ..."
# A transcript's speaker and time alone over their words: "Speaker 2 (01:14):", "Kenji Mori (00:07:21):"
_TIMED_SPEAKER = re.compile(r"^[A-Z][\w .'’-]{0,40} \(\d{1,2}:\d{2}(?::\d{2})?\):$")


def _speaker_pair(units: list[Unit], j: int) -> bool:
    """The line at j and the next each open on a speaker's name: "Kyiv Post: Does it work?", "Danylenko: It does."."""
    return j + 1 < len(units) and bool(_TURN.match(units[j].text)) and bool(_TURN.match(units[j + 1].text))


def _timed_turn(units: list[Unit], j: int) -> bool:
    return j > 0 and bool(_TIMED_SPEAKER.match(units[j - 1].text))


def _turns(units: list[Unit], j: int) -> bool:
    """A question at j that is a transcript's turn, not a reader's: its speaker named on it and
    the answer's on the next line ("Question: ... Why not here?" over "Spokesperson: ..."; on dev,
    none of 90 such questions is an FAQ's), or under a speaker's time-coded label."""
    return (_speaker_pair(units, j) and not _ANSWER_LABEL.match(units[j + 1].text)) or _timed_turn(units, j)


def _is_labelled_question(units: list[Unit], i: int) -> bool:
    """"Q: When do inspections start?" with "A: ..." on the next line."""
    q = _QA.match(units[i].text)
    a = _QA.match(units[i + 1].text) if i + 1 < len(units) else None
    return bool(q and a and q.group(1) == "Q" and a.group(1) == "A" and _is_question(units[i]))


# --- lists --------------------------------------------------------------------

POINTS_MIN, POINTS_MAX = 2, 6
POINT_MIN_WORDS = 5  # a point says something: "Gemma Rourke held shares in a company that ..."


def unmarked_points(units: list[Unit], i: int) -> Match | None:
    """Under a box's label ("Key points:"), two to six lines of a few words, none with a marker
    or a stop, then the lede's sentences: the box's points, their bullets lost in the copy."""
    if i == 0 or not BOX_LABEL.match(units[i - 1].text.strip()):
        return None
    j = i
    while j < len(units) and j - i < POINTS_MAX and _unmarked_point(units[j].text):
        j += 1
    if j - i < POINTS_MIN or j >= len(units) or not ends_like_sentence(units[j].text) \
            or len(units[j].text.split()) < POINT_MIN_WORDS:
        return None  # (a paragraph wrapped before its names ends on a stub: "Ofsted in 2017.")
    items = tuple(ListItem(units[k].text, None, units[k].line) for k in range(i, j))
    return Match(BulletList(items, False, 1, units[i].line), j,
                 f"bullet list of {j - i} items: a box's points under its label, their markers lost in the copy")


NUMBERED_RUN_MIN = 3


def numbered_run(units: list[Unit], i: int) -> Match | None:
    """Three or more numbered lines in a row, each number once, counting down somewhere (a
    rugby side's "15. Kit Ambrose" down to "9.", then "1." to "8."; a countdown): one list,
    each item keeping its number as written, since a Markdown list can only count up."""
    j, numbers = i, []
    while j < len(units) and (n := numbered(units[j].text)) and not units[j].indented:
        numbers.append(n[0])
        j += 1
    if len(numbers) < NUMBERED_RUN_MIN or len(set(numbers)) < len(numbers) or numbers[1] == 1 \
            or all(b > a for a, b in zip(numbers, numbers[1:])):
        return None  # (a line over a list counting from 1, "6. How you can help", heads it; a list that
        # counts up, skipping, "1." then "5.", is two lists, shown as written)
    items = tuple(ListItem(units[k].text, None, units[k].line) for k in range(i, j))
    return Match(BulletList(items, False, 1, units[i].line), j,
                 f"list of {j - i} numbered lines that do not count up by one; numbers kept as written")



def _unmarked_point(text: str) -> bool:
    return (len(text.split()) >= POINT_MIN_WORDS and not ends_like_sentence(text) and not _marker(text)
            and text.rsplit(None, 1)[-1].casefold() not in _JOINING and not text.rstrip()[-1:] == ","
            and "|" not in text and "\t" not in text and not is_term_line(text))


def _marker(text: str) -> tuple[bool, int, str] | None:
    """(ordered, number, rest) for a list item line."""
    if b := bullet(text):
        return False, 0, b[1]
    if n := numbered(text):
        return True, n[0], n[1]
    return None


_LETTERED = re.compile(r"^([a-z])[.)]\s+\S")


def lettered(units: list[Unit], i: int) -> Match | None:
    """"a) ...", "b) ...": two or more items lettered from a, as a list that keeps its
    letters as written (Markdown has no lettered lists)."""
    j = i
    while j < len(units) and (m := _LETTERED.match(units[j].text)) and m.group(1) == chr(ord("a") + j - i):
        j += 1
    if j - i < 2:
        return None
    items = tuple(ListItem(units[k].text, None, units[k].line) for k in range(i, j))
    return Match(BulletList(items, False, 1, units[i].line), j,
                 f"lettered list of {j - i} items (a, b, ...); letters kept")


SIGNED_LETTERS = 2


def _letter_signed(letter: str, sign_off: str) -> bool:
    """A reader's letter in the first person, unquoted, signed on the line under it ("I'm 56 ...",
    "– Caroline, Westmere Point"); never a quotation's credit ("“This is ...”", "— Polly Marsh, Generation Rent")."""
    return bool(_SIGNED_DASH.match(sign_off)) and bool(_FIRST_PERSON.search(letter)) and letter[:1] not in "\"“‘'"


def _over_signed_letter(units: list[Unit], k: int) -> bool:
    """The question at k over a reader's signed letter."""
    return k + 2 < len(units) and _letter_signed(units[k + 1].text, units[k + 2].text)


_SIGNED_DASH = re.compile(r"^[–—]\s*[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}, [A-Z][\w'’ .-]{1,40}$")


def bullets(units: list[Unit], i: int) -> Match | None:
    """Consecutive items of one kind; numbered items must count up by one from the first."""
    first = _marker(units[i].text)
    if first is None:
        return lettered(units, i)
    if _SIGNED_DASH.match(units[i].text) and not (i + 1 < len(units) and _marker(units[i + 1].text)) \
            and not (i > 0 and _marker(units[i - 1].text)):
        return None  # a reader's sign-off under a letter, alone: "– Hana, Pukerau Valley", no list
    ordered, indented = first[0], units[i].indented
    items: list[ListItem]
    items, j, number = [], i, first[1]
    while j < len(units) and (m := _marker(units[j].text)):
        if units[j].indented and not indented and items:  # items indented under this one
            sub = bullets(units, j)
            assert sub is not None
            items[-1] = replace(items[-1], sublist=cast(BulletList, sub.block))
            j = sub.end
            continue
        if indented and not units[j].indented:
            break  # the items indented under an item end where the indent does
        if m[0] != ordered or (ordered and m[1] != number):
            break  # another kind, or numbering that restarts or skips: a new list shows it as written
        if ordered and items and _title_after_steps(units, j, m[2], items):
            break  # "3. Cold Brew Tonic" under a recipe's last step: the next numbered section
        term, text = term_split(m[2])
        items.append(ListItem(text, term, units[j].line))
        j, number = j + 1, number + 1
    kind = "numbered" if ordered else "bullet"
    nested = sum(1 for item in items if item.sublist)
    return Match(BulletList(tuple(items), ordered, first[1] if ordered else 1, units[i].line), j,
                 f"{kind} list of {len(items)} items" + (f", {nested} with indented items under them" if nested
                                                         else "") + "; ends at the first line without a marker")


TITLE_AFTER_STEPS_WORDS = 8  # "3. Cold brew with orange and honey": a title, never "3. Bake for 45 minutes, until ..."


def _title_after_steps(units: list[Unit], j: int, text: str, items: list[ListItem]) -> bool:
    """A numbered line set apart by a blank line, with no final stop and running text under
    it, after items that each end like a sentence: a numbered section's title, not a step."""
    return (units[j].blank_before and not ends_like_sentence(text) and heading_evidence(text) is None
            and (case_style(text) in ("title", "caps") or (len(text.split()) <= TITLE_AFTER_STEPS_WORDS and "," not in text))
            and all(ends_like_sentence(item.text) for item in items) and _paragraph_follows(units, j))


# --- tables -------------------------------------------------------------------

_CELL_BORDER = re.compile(r"(?<!\\)\|")  # a pipe, but not an escaped one: "\|" is a pipe in a cell


def split_cells(text: str) -> list[str]:
    """Cells of a pipe row, with or without leading and trailing pipes."""
    text = text.strip()
    if text.startswith("|"):
        text = text[1:]
    if text.endswith("|") and not text.endswith("\\|"):
        text = text[:-1]
    return [cell.strip().replace("\\|", "|") for cell in _CELL_BORDER.split(text)]


def _is_separator(cells: list[str]) -> bool:
    filled = [c for c in cells if c]
    return bool(filled) and all(_SEPARATOR_CELL.match(c.replace(" ", "")) for c in filled)


def _is_separator_line(units: list[Unit], k: int) -> bool:
    return (k < len(units) and "|" in units[k].text and not units[k].blank_before
            and _is_separator(split_cells(units[k].text)))


def _alignment(cell: str) -> str:
    left, right = cell.startswith(":"), cell.endswith(":")
    return "center" if left and right else "right" if right else "left" if left else ""


def _piped(text: str) -> bool:
    """A pipe table's row, by its bars; never a wiki's "History [edit | edit source]"."""
    return "|" in text and not anchored_heading(text)


def table(units: list[Unit], i: int) -> Match | None:
    if not _piped(units[i].text):
        return None
    j = i + 1
    while j < len(units) and _piped(units[j].text) and not units[j].blank_before:
        if j >= i + 2 and _is_separator_line(units, j + 1):
            break  # a row over a separator row heads the next table
        j += 1
    if j - i < 2:
        return None  # a lone line with a pipe is text
    align: list[str] | tuple[str, ...]
    rows, warnings, separators, align = [], [], 0, []
    for k in range(i, j):
        cells = split_cells(units[k].text)
        if _is_separator(cells):
            separators += 1
            if k == i + 1:
                align = [_alignment(c.replace(" ", "")) for c in cells]
            if k != i + 1:
                warnings.append((units[k].line, "separator row away from the header; dropped as markup"))
            continue
        rows.append((units[k].line, cells))
    if not rows:
        return None  # separator rows alone ("---|---|") hold no cell: text, not a table
    if not separators and len(rows) == 2 and len(rows[0][1]) != len(rows[1][1]) \
            and not any(units[k].text.startswith("|") or units[k].text.endswith("|") for k in range(i, j)):
        return None  # a page's foot, "Harbour Press | 1 Quay Street | Tel. 0161 555" over "Privacy | Cookies": two lines of links
    if not separators:
        warnings.append((units[i].line, "table has no separator row; first row taken as header"))
    width = max(len(cells) for _, cells in rows)
    header_width = len(rows[0][1])
    for line, cells in rows:
        if len(cells) != header_width:
            warnings.append((line, f"row has {len(cells)} cells where the header has "
                                   f"{header_width}; table widened to {width} columns"))
    padded = [tuple(cells + [""] * (width - len(cells))) for _, cells in rows]
    align = tuple(align + [""] * (width - len(align)))[:width] if any(align) else ()
    block = Table(padded[0], tuple(padded[1:]), None, units[i].line, align=align)
    return Match(block, j, f"table of {len(padded) - 1} rows x {width} columns; "
                           "ends at the first line without a pipe", tuple(warnings))


def _tab_cells(text: str) -> list[str]:
    return [cell.strip() for cell in re.split(r"\t+", text.strip())]


TAB_CELL_MAX = 60  # characters: longer text around a stray tab is running text, not a cell
TAB_ROW_CELL_MAX = 300  # characters: in a row as wide as the table above, a cell may hold a sentence


def _tab_row(unit: Unit, width: int | None = None) -> list[str] | None:
    """A line's tab-separated cells; None for running text with a stray tab in it (a long
    cell, or a sentence of more than a few words). Under a table's rows, a line with exactly
    as many cells is its next row, whatever its cells hold ("After all-clear<tab>Residents
    may return; announced by sirens and on the city app")."""
    if "\t" not in unit.text or "|" in unit.text:
        return None
    cells = _tab_cells(unit.text)
    if width is not None and width >= 2 and len(cells) == width and max(map(len, cells)) <= TAB_ROW_CELL_MAX \
            and not _TABLE_NOTE.match(unit.text):  # "Source:<tab>Met Office figures, ...": a note under the table
        return cells
    if ends_like_sentence(unit.text) and len(unit.text.split()) > 8:
        return None
    # a row's empty last cell, a tab at the line's end, is lost with its trailing space
    ok = (width is None or len(cells) == width or len(cells) == width - 1 >= 2) and max(map(len, cells)) <= TAB_CELL_MAX
    return cells if ok else None


def tab_table(units: list[Unit], i: int) -> Match | None:
    """Rows of tab-separated cells (text pasted from a spreadsheet): two or more lines in a
    row with as many short cells as the first, at least two (or one fewer, its empty last cell
    left blank); the first row is the header."""
    first = _tab_row(units[i])
    if first is None:
        return None
    width = len(first)
    corner = units[i].indented and i + 1 < len(units) and not units[i + 1].blank_before and not units[i + 1].indented \
        and len(_tab_cells(units[i + 1].text)) == width + 1 and _tab_row(units[i + 1], width + 1) is not None
    if corner:  # "<tab>Q3 2025<tab>Q3 2024" over "Revenue<tab>2,418<tab>2,345": the header's corner cell is empty
        width += 1
    j = i + 1
    while j < len(units) and not units[j].blank_before and _tab_row(units[j], width):
        j += 1
    cells = [_tab_cells(units[k].text) for k in range(i, j)]
    if corner:
        cells[0] = [""] + cells[0]
    if [k for k, row in enumerate(cells) if len(row) < width] == [len(cells) - 1]:
        cells.pop()  # one short line at the foot, "Figures are provisional.<tab>Source: UKHSA": a note, no row
        j -= 1
    if width < 2 or j - i < 2:
        return None
    rows = [tuple(row + [""] * (width - len(row))) for row in cells]
    return Match(Table(rows[0], tuple(rows[1:]), None, units[i].line), j,
                 f"table of {j - i - 1} rows x {width} tab-separated columns; ends at the first "
                 "line with another number of cells")


def table_rows(units: list[Unit], furniture: list[str | None]) -> set[int]:
    """The lines that are rows of a table: three or more pipe or tab rows in a run, each with as
    many cells, not all of them furniture. Never furniture, whatever their words ("Home | Score |
    Away" over the results, a tab row ending "(parents/guardians)"): a table's row, header or
    not, is its data. A run whose every row is furniture is a widget ("Read also | ..." three
    times, a gallery's "... | Photo: Dan Reilly"); two lines are as often a site's links."""
    shapes = [_row_shape(unit) for unit in units]
    rows: set[int] = set()
    start = 0
    for k in range(1, len(units) + 1):
        if k == len(units) or not shapes[k] or shapes[k] != shapes[start] or units[k].blank_before:
            end = k
            while end > start and furniture[end - 1] == "link to another story" and _names_a_story(units[end - 1]):
                end -= 1  # "Also Read | Budget 2026: What gets cheaper" set right under the table: a link
            if shapes[start] and end - start >= TABLE_MIN_ROWS and not all(furniture[start:end]):
                rows.update(range(start, end))
            start = k
    return rows


TABLE_MIN_ROWS = 3
STORY_TITLE_WORDS = 4


_LINK_LABEL = re.compile(r"^(?:also read|read also|read more|see also|also see|related(?: \w+)?|more on this(?: story)?|"
                         r"read next|must read|also watch)\W*$", re.IGNORECASE)


def _names_a_story(unit: Unit) -> bool:
    """A link's label ("Also Read") and a story's headline in one cell after it; a row under
    a table ("Contents | £123 | £136", "Watch | Sky Sports Premier League", "Read | A Margate
    novel ...") is the table's own."""
    cells = [cell for cell in split_cells(unit.text) if cell.strip()]
    return len(cells) == 2 and bool(_LINK_LABEL.match(cells[0].strip())) and len(cells[1].split()) >= STORY_TITLE_WORDS


def _row_shape(unit: Unit) -> tuple[str, int] | None:
    if _piped(unit.text):
        width = len(split_cells(unit.text))
        return ("|", width) if width >= 2 else None
    cells = _tab_row(unit)
    return ("\t", len(cells)) if cells and len(cells) >= 2 else None


# --- a table's note -------------------------------------------------------------

_TABLE_NOTE = re.compile(r"(?:Table|Source|Sources|Note|Notes)\b[^:|]{0,12}:\s*\S")
_TABLE_CAPTION = re.compile(r"Table(?:\s*:|\s+(?:\d[\d.-]{0,5}|[A-Z](?:\.?\d{1,3})?)\s*(?::|(?<!\.)\.\s|\s[–—-]\s))")
# "Table:", "Table 3:", "Table A.1:", "Table 1. ...", "Table 2 – ...", never "Table Tennis – Men's singles"


def is_table_caption(text: str) -> bool:
    """"Table: ..." or "Table 3: ..." right under a table names it."""
    return bool(_TABLE_CAPTION.match(text))


_QUALIFIED = re.compile(r",|\b(?:19|20)\d\d\b")  # "Closing levels, Wednesday 4 March", "Opening allocations 2026-27"
CAPTION_MAX_WORDS = 16
_WH_CLAUSE = re.compile(r"^(?:what|how|why|where|who|when|which)\b", re.IGNORECASE)  # "What schools will get in 2026-27" heads


def names_table(text: str) -> bool:
    """Right over a table with no blank line between, its caption: "Table 2: Past packages", or
    a title qualified by a comma or a year ("Reservoir levels, week ending 1 March"; bare,
    "Reservoir levels" heads a section)."""
    return is_table_caption(text) or (bool(_QUALIFIED.search(text)) and "|" not in text and not _WH_CLAUSE.match(text)
                                      and len(text.split()) <= CAPTION_MAX_WORDS and not ends_like_sentence(text))


def _shares_its_tail(units: list[Unit], i: int) -> bool:
    """Another line of the article closes on the same words after its comma ("Council tax,
    2026-27" beside "Spending by department, 2026-27"): the article's headings, in one shape."""
    _, comma, tail = units[i].text.rpartition(", ")
    return bool(comma) and any(k != i and u.text.endswith(comma + tail) and len(u.text.split()) <= CAPTION_MAX_WORDS
                               for k, u in enumerate(units))


def table_caption_above(units: list[Unit], i: int) -> Match | None:
    """A table's caption right over it, not a heading."""
    text = units[i].text
    if not names_table(text) or i + 1 >= len(units) or (
            units[i + 1].blank_before and not is_table_caption(text) and (":" in text or _shares_its_tail(units, i))):
        return None  # set apart from the table, "Day one: Tuesday, May 12" heads a section, and
        # "Spending by department, 2026-27" does beside "Council tax, 2026-27"
    if table(units, i + 1) is None or numbered_heading(units, i):
        return None  # "4. Tuition fees 2025–2026" among "3. ..." and "5. ..." over text: the section's title
    return Match(Paragraph(units[i].text, units[i].line), i + 1, "paragraph: the caption of the table under it")


def table_note(units: list[Unit], i: int) -> Match | None:
    """"Source: ...", "Note: ..." or "Table: ..." right under a table is about the table,
    however much it looks like a heading."""
    unit = units[i]
    if i == 0 or unit.blank_before or "|" not in units[i - 1].text or not _TABLE_NOTE.match(unit.text):
        return None
    return Match(Paragraph(unit.text, unit.line), i + 1, "paragraph: a table's source, note or caption, right under it")


# --- paragraphs ---------------------------------------------------------------

def paragraph(units: list[Unit], i: int) -> Match:
    text = units[i].text
    if _broken_sentence(units, i):
        return Match(Paragraph(f"{text} {units[i + 1].text}", units[i].line), i + 2,
                     "paragraph: a sentence cut in two by a pasted link, joined again")
    why = heading_evidence(text)
    if why is None:
        why = _refused(_NEVER_HEADINGS, units, i) or _refused(_NOT_HEADINGS_AFTER_MARKS, units, i) \
            or _refused(_NOT_HEADINGS_BY_SHAPE, units, i) \
            or ("followed by another heading-like line" if i + 1 < len(units) else "last line")
        reason = f"paragraph: heading-like line, but {why}"
    else:
        reason = f"paragraph: {why}"
    return Match(Paragraph(text, units[i].line), i + 1, reason)


def _joined_on(units: list[Unit], i: int) -> bool:
    """"The full list of" over "winning ...": a line stopping on a joining word, going on below."""
    return units[i].text.rsplit(None, 1)[-1] in _JOINING and i + 1 < len(units) and units[i + 1].text[:1].islower()


def _motion_outcome(units: list[Unit], i: int) -> bool:
    return bool(MOTION_OUTCOME.match(units[i].text)) and (i + 1 >= len(units) or not ends_like_sentence(units[i + 1].text))


def _quiz_question(units: list[Unit], i: int) -> bool:
    """Under "Question 5", its question is the entry's text (under "Module 1", a subsection)."""
    return i > 0 and units[i].text.rstrip().endswith("?") and bool(_QUIZ_WORD.match(units[i - 1].text)) \
        and series_heading(units, i - 1) is not None


def _event_details(units: list[Unit], i: int) -> bool:
    text = units[i].text
    return _listing_details(units, i) or ("," in text and _schedule(text)) \
        or (i > 0 and _when_and_where(text) and not ends_like_sentence(units[i - 1].text))


def _firm_in_capitals(units: list[Unit], i: int) -> bool:
    """A firm's "KAGEROU & CO." among an old newspaper's heads in capitals closed by a stop: its text."""
    text = units[i].text
    return bool(_CAPS_STOPPED.match(text) and _FIRM.search(text)) and sum(_caps_stopped(u.text) for u in units) >= CAPS_STOPPED_MIN


Refusals = tuple[tuple[Callable[[list[Unit], int], bool], str], ...]
# Lines shaped like headings that are something else, each with what it is: the heading rule
# turns them down, and `--explain` says which. In three tables, asked where the heading rule
# asks them: before the marks that make a heading whatever its shape (a live entry's stamp, a
# wiki's anchor), after them, and after the evidence of a line's own words.
_NEVER_HEADINGS: Refusals = (
    (_award_badge, "an award's badge between an entry's name and its details"),
    (_speaker_turn, "a speaker's label in a transcript"),
    (_drop_cap, "a drop capital split from its word"),
    (lambda units, i: is_salutation(units[i].text), "a letter's greeting"),
    (_signed_off, "a signer's line under a letter's close"),
    (_signature, "a name and its office under running text: a signature"),
    (_reader_signed, "a reader's name and place under their letter"),
    (_first_name_signed, "a first name signing off a letter"),
    (_dated_items, "a date and its event beside others: a calendar's items"),
    (_post_header, "a post's author or date"),
    (_repeated_byline, "a byline said under more than one entry"),
    (_page_kind, "the kind of page, over its text"),
    (_joined_on, "a line stopping on a joining word, going on in lower case below"),
    (_broken_sentence, "a sentence cut in two by a pasted link"),
    (_pasted_link, "a link's text inside a sentence"),
    (_lone_date, "the page's only full date"),
    (_dialogue, "a line of dialogue"),
    (_motion_outcome, "a motion's outcome"),
    (_quiz_question, "a quiz's question, under its number"),
)
_NOT_HEADINGS_AFTER_MARKS: Refusals = (
    (_event_details, "an event's or a listing's when, where or price"),
    (_firm_in_capitals, "a firm's name among capitals closed by a stop"),
)
_NOT_HEADINGS_BY_SHAPE: Refusals = (
    (_label_line, "a 'Term: value' line among others like it"),
    (_over_contact, "a name over its contact details"),
    (_signer, "a letter's signer, a name and a place"),
    (_quoted_question, "a question quoted in the body, someone's words"),
)


_asked: dict[int, tuple[list[Unit], int, str | None]] = {}  # each table's last line asked about, and its answer


def _refused(refusals: Refusals, units: list[Unit], i: int) -> str | None:
    """What the line is, if one of the refusals says it is no heading. The paragraph rule asks
    again, to name it, what the heading rule has just asked of the same line: answered once."""
    last = _asked.get(id(refusals))
    if last is not None and last[0] is units and last[1] == i:
        return last[2]
    what = next((what for refuses, what in refusals if refuses(units, i)), None)
    _asked[id(refusals)] = (units, i, what)
    return what


BLOCK_RULES = (("editor's role", editor_role), ("table", table), ("tab table", tab_table), ("table note", table_note), ("table caption", table_caption_above),
               ("numbered heading", numbered_heading), ("series heading", series_heading), ("lettered heading", lettered_heading),
               ("roman heading", roman_heading),
               ("dashed heading", dashed_heading), ("numbered run", numbered_run), ("bullets", bullets), ("unmarked points", unmarked_points), ("interview", interview_question), ("faq", faq),
               ("heading", heading), ("paragraph", paragraph))  # paragraph always matches, last


PROSE_MIN = 61  # characters: longer than a live blog's stamp or a time stamp


def _plain_prose(unit: Unit) -> bool:
    """A long line of running text ending in a full stop, opening on a capital: no marker,
    cell, label, question ("Q: ...? She's two.") or stamp that a rule before the paragraph
    looks for, so each of them would pass it by (most lines of an article are such; this
    spares them the tries)."""
    text = unit.text
    return (not unit.role and len(text) >= PROSE_MIN and text[0].isupper() and final_char(text) in ".!"
            and "|" not in text and "\t" not in text and ends_like_sentence(text)
            and not _TABLE_NOTE.match(text) and not is_table_caption(text) and not _QA.match(text))


def next_block(units: list[Unit], i: int) -> Match:
    if _plain_prose(units[i]):
        return paragraph(units, i)
    for _, rule in BLOCK_RULES:
        if (match := rule(units, i)) is not None:
            return match
    raise AssertionError("paragraph rule always matches")
