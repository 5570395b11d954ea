"""Heading levels: H2 or H3 for each heading, from the article's own way of nesting (plain
text has no levels). The rules are in `heading_levels`'s docstring and README's "Writing articles"."""
from __future__ import annotations

import re
from collections import Counter

from build_tools.parse.rules import HeadingMark
from build_tools.parse.text import MINOR_WORDS, is_bare_date, is_date_name, numbered, split_sentences, term_value

NESTING_STYLES = ("caps", "title", "sentence", "")


# A document closes on sections that are never a subsection: a press release's "About <the
# organisation>", "Notes to editors", "Contacts"; a report's "Next steps", "Background",
# "Methodology"; an explainer's "Key takeaways". A how-to opens on one: "Before you start",
# "Prerequisites", "What you'll need", siblings of the steps after them. An article opens
# on its box of "Key points" or "At a glance", no section's parent (a report's "Key findings"
# may hold its findings).
_ABOUT_SECTION = re.compile(r"^(About (?:the )?[A-Z]|(?i:background|context|next steps|what happens next|"
                            r"what(?:'s| is) next|notes (?:to|for) editors|contacts?|media (?:contacts?|enquiries)|"
                            r"further information|more information|methodology|key takeaways|conclusions?|"
                            r"references|sources|what we learned|lessons learned|(the )?bottom line|final thoughts|"
                            r"prerequisites|before you (start|begin)|what you('ll| will)? need|you will need|"
                            r"key (?:points|facts)|at a glance|in brief)\W*$)")


CAPS_OVER_TITLE_MIN = 2  # sections in capitals, each right over a Title Case one: "TECHNOLOGY" over "Software Engineering"


def heading_levels(marks: list[tuple[HeadingMark, bool, bool]]) -> list[int]:
    """H2 or H3 for each heading (mark, whether blocks follow it, whether it is an FAQ), from
    the article's own style: plain text has no levels, but an article nests in one way.

    - A live blog's time stamp straight over an entry's title heads it ("10.20 EDT" over
      "Vote tally confirmed").
    - A numbered heading "3.1" sits under "3.", a lettered one "b)" under the one before.
    - A timeline's year ("2022") holds the dates under it ("March 14").
    - A heading with no text under it over one of another case style ("Who sits at the
      table" over "The Eight Member States") opens a section: headings of that other style
      nest under headings of its style.
    - A heading with no text under it over one of the same style ("SQUADS" over "ENGLAND"),
      or over a one-word heading ("BASKETBALL" over "Boys"), opens a section holding the
      headings like that one that follow.
    - Else headings in two case styles, at least two of each (sentence-case sections with
      Title Case subsections, or Title Case over sentence case, ALL CAPS over Title Case),
      nest the style the article does not open on.
    The FAQ is no one's child and ends any nesting.
    """
    levels = [mark.level or (3 if mark.style in ("decimal", "lettered") else 2) for mark, _, _ in marks]
    if any(mark.style == "year" for mark, _, _ in marks):
        _under_years(marks, levels)  # a timeline: its years and dates say all of its nesting
        return levels
    # A live blog's entry: a time stamp straight over the entry's title heads it.
    titled = [k for k in range(1, len(marks)) if marks[k - 1][0].style == "time" and not marks[k - 1][1]
              and marks[k][0].style != "time" and not marks[k][2] and not marks[k][0].level]
    if titled:
        for k in titled:
            levels[k] = 3
        # After the last entry ("Full results" over each race): nested by the rules below.
        last = max(k for k, (mark, _, _) in enumerate(marks) if mark.style == "time")
        rest = last + 2 if last + 1 in titled else last + 1
        if rest < len(marks):
            levels[rest:] = heading_levels(marks[rest:])
        return levels
    if (hours := _hours_under_days(marks)) is not None:
        # The sections before the first day ("KEY HIGHLIGHTS" over "For households") nest by
        # the rules below, on their own.
        first_day = next(k for k in range(len(marks) - 1) if marks[k + 1][0].style == "time")
        if first_day > 1:
            hours[:first_day] = heading_levels(marks[:first_day])
        return hours
    plain = [k for k, (mark, _, faq) in enumerate(marks) if not faq and mark.style in NESTING_STYLES]
    stacked = [(a, b) for a, b in zip(plain, plain[1:]) if b == a + 1 and not marks[a][1]]
    pair = next(((marks[a][0].style, marks[b][0].style) for a, b in stacked
                 if marks[a][0].style != marks[b][0].style and marks[a][0].style and marks[b][0].style), None)
    styles = [marks[k][0].style for k in plain if not _ABOUT_SECTION.match(marks[k][0].text)]
    others = [style for style in ("caps", "title", "sentence") if styles and style != styles[0]]
    if pair is None and styles and styles[0] in ("caps", "title", "sentence") and styles.count(styles[0]) >= 2:
        # Sections in one case style with subsections in another, at least two of each: the
        # style the article opens on is the sections'. Titles in capitals of a few words each
        # ("ABOUT THE SCHOOL", "HOW TO APPLY") are never subsections of sentence or Title Case:
        # the page opened on a heading outside them ("A message from the Principal").
        nested = [style for style in others if styles.count(style) >= 2]
        if len(nested) == 1:
            pair = ("caps", styles[0]) if nested[0] == "caps" and _caps_titles(marks, plain) else (styles[0], nested[0])
    if pair is None and sum(marks[a][0].style == "caps" and marks[b][0].style == "title" for a, b in zip(plain, plain[1:])) \
            >= CAPS_OVER_TITLE_MIN and styles.index("caps") < styles.index("title"):
        pair = ("caps", "title")  # sections in capitals, each over Title Case subsections, whatever line opened the page
    if pair is None and styles and styles[0] == "caps" and styles.count("caps") >= 2 and len(set(styles)) > 1 \
            and not any(marks[a][0].style == marks[b][0].style == "caps" for a, b in stacked):
        pair = ("caps", "any")  # sections in capitals from the first (none over another): the rest are subsections
    if pair and _closing_sections(marks, plain, pair):
        pair = None  # entries in one style, then the article's closing sections in another: all sections
    if pair:
        parent_open = False
        days = _calendar_series(marks)
        if pair[0] == "caps" or not any(marks[k][0].style == pair[0] for k in range(min(days, default=0), max(days, default=0))
                                        if k not in days):
            days = set()  # no section of the sections' style among the days, or sections in capitals ("IRELAND"
            # over "Day 3"): the days are their parts
        for k, (mark, has_text, faq) in enumerate(marks):
            if k in days:
                continue  # a trip's "Day 1: Dunmorrow to Ardcraig", whatever its case: a section (below)
            if faq or (_ABOUT_SECTION.match(mark.text) and (has_text or mark.style != pair[0])):
                parent_open = False  # (a "METHODOLOGY" in capitals right over its parts holds them)
            elif mark.style == pair[0]:
                parent_open = True
            elif parent_open and not mark.level and (
                    mark.style == pair[1] or (pair[0] == "caps" and mark.style in NESTING_STYLES)
                    or (pair[1] == "any" and mark.style in NESTING_STYLES)):
                levels[k] = 3  # a one-word "Relief" among them is no ALL CAPS section either, nor a region's
                # "North of England" in Title Case under "THE FULL LIST", among sentence-case subsections
        _under_series(marks, levels)
        _parallel_children(marks, levels, mixed=True)  # a run the case styles split: "For the European Union" reads
        return levels  # Title Case, "For grid operators" sentence case
    # An empty heading over one of its own style, or over a one-word heading (whose style
    # cannot be told: "BASKETBALL" over "Boys"), opens a section of headings like that one.
    # A one-word heading ("Spending" over "Health") has no style of its own: it heads those like its first.
    parents = {a: marks[b][0].style for a, b in stacked if marks[b][0].style in (marks[a][0].style, "")
               or not marks[a][0].style}
    _under_numbered(marks, levels)
    _over_numbered(marks, levels)
    _under_series(marks, levels)
    _parallel_children(marks, levels)
    group, label = None, None  # the style of the headings in the open section; its parent's label
    numbered_children = None  # whether they hold a number ("CVE-2025-31877"): "REMEDIATION" then is no child
    children: list[str] = []
    parent = ""
    for k, (mark, _, faq) in enumerate(marks):
        if k in parents:
            group, label, numbered_children, children, parent = parents[k], _label_of(mark.text), None, [], mark.text
        elif faq or (mark.style != group and not _calendar_kin(children, mark.text)
                     and not (group == "" and _PAIRED_NAMES.match(mark.text))) or _ABOUT_SECTION.match(mark.text) \
                or numbered_children not in (None, _holds_number(mark.text)) \
                or (_breaks_kin(children, mark.text) and not _names_parents_thing(parent, mark.text)) \
                or (parent.rstrip().endswith("?") and mark.text.rstrip().endswith("?")) \
                or _asks_after_parts(parent, children, mark.text, marks):
            group = None  # a section that asks holds the parts of its answer, up to the next that asks;
            # parts named by a noun ("The power fault") end at a heading that asks ("Who was hit")
        elif label and _label_of(mark.text) == label:
            pass  # "Part two: ..." after "Part one: ...": the next section, not a subsection
        elif not mark.level:
            levels[k] = 3
            numbered_children = _holds_number(mark.text) if numbered_children is None else numbered_children
            children.append(mark.text)
    return levels


_WH = re.compile(r"^(?:what|who|why|how|when|where|which)\b", re.IGNORECASE)
# Two things named together, a word or two each ("Missiles and drones", "Apps and RFID cards"):
# among one-word subsections ("Submarines"), one more of them. On dev, 26 of 34 such pairs
# right after a one-word subsection are subsections too.
_PAIRED_NAMES = re.compile(r"^[\w'’-]+(?: [\w'’-]+)? (?:and|&) [\w'’-]+(?: [\w'’-]+)?$")


def _closing_sections(marks: list[tuple[HeadingMark, bool, bool]], plain: list[int], pair: tuple[str, str]) -> bool:
    """A series of sections in the sections' style, three or more each with text of its own
    ("Duncairn 45–12 Westhaven", the other results), with every heading in the other style after
    the last of them ("The table", "Round 10 fixtures"): the article's closing sections, no
    entry's parts. Never sections in capitals, which hold what follows ("OUR PROGRAMS" over
    "Mobile Markets")."""
    parents = [k for k in plain if marks[k][0].style == pair[0]]
    others = [k for k in plain if marks[k][0].style != pair[0] and marks[k][0].style in NESTING_STYLES]
    return pair[0] != "caps" and len(parents) >= CLOSED_SERIES_MIN and bool(others) and min(others) > max(parents) \
        and all(marks[k][1] for k in parents)


CLOSED_SERIES_MIN = 3


def _caps_titles(marks: list[tuple[HeadingMark, bool, bool]], plain: list[int]) -> bool:
    """Headings in capitals that are mostly titles of two words or more ("THE ROLE"), never one-word
    labels of a section's parts ("GOALS", "BEST", "INJURIES" under "Scores")."""
    caps = [len(marks[k][0].text.split()) for k in plain if marks[k][0].style == "caps"]
    return sum(n >= 2 for n in caps) * 2 >= len(caps)


def _asks_after_parts(parent: str, children: list[str], text: str, marks) -> bool:
    """A heading opening on What, Who, How ... after parts named by nouns ("The power fault",
    "The failover", then "Who was hit"), under a section that opens so too ("What went wrong"):
    the section's sibling. Never under a section that asks ("What do the new rules say?"),
    whose parts answer it, nor a heading the article repeats ("Who qualifies" under each
    scheme): a part of each."""
    if not children or not _WH.match(text) or any(_WH.match(c) for c in children) or parent.rstrip().endswith("?"):
        return False
    if sum(m.text.casefold() == text.casefold() for m, _, _ in marks) > 1:
        return False
    return bool(_WH.match(parent))  # the section's own form: a book list's "Where the Crawdads Sing" is a part


def _hours_under_days(marks: list[tuple[HeadingMark, bool, bool]]) -> list[int] | None:
    """A tick-tock's days, each with no text of its own, over its hours ("Friday 6 September"
    over "4.47pm", "4.52pm"): the hours nest under their day, and the headings after the last
    hour ("The evacuation in figures") are the days' siblings. None unless every hour has its day."""
    levels = [mark.level or 2 for mark, _, _ in marks]
    day = False
    hours = 0
    if not any(mark.style == "time" for mark, _, _ in marks):
        return None
    for k, (mark, has_text, faq) in enumerate(marks):
        if mark.style == "time":
            if not day:
                return None
            levels[k] = mark.level or 3
            hours += 1
        else:
            # a day, the updates' label ("Live updates", "Timeline (UTC)") or a part in capitals
            # ("THE BACK NINE"), with no text of its own over its hours; a live page's "Key
            # events" holds its list, and writers' names ("Nadia Carrow and Brent Oduya") hold none
            day = not has_text and not faq and k + 1 < len(marks) and marks[k + 1][0].style == "time" \
                and (_dated(mark.text) or bool(_UPDATES.match(mark.text)) or (mark.style == "caps" and bool(_PART.search(mark.text))))
    if not hours:
        return None
    # Right under a "Timeline of events" with text of its own, the days are its subsections
    # already, and their hours have no level left to take; a box of key points is no parent,
    # nor a section before that box ("What happens next").
    first_day = next(k for k in range(len(marks) - 1) if marks[k + 1][0].style == "time")
    if _dated(marks[first_day][0].text) and first_day and not (_dated(marks[first_day - 1][0].text)
                                                               or _BOX.match(marks[first_day - 1][0].text)):
        return None
    return levels


# A match's or a round's part: "THE BACK NINE", "SECOND HALF", "MORNING SESSION", "THIRD SET"
_PART = re.compile(r"\b(?:NINE|HALF|TIME|SET|SESSION|QUARTER|PERIOD|ROUND|INNINGS|STAGE|LAP|DAY|MORNING|AFTERNOON|EVENING|NIGHT)S?$")


def _dated(text: str) -> bool:
    return is_bare_date(text) or _calendar(text)


_UPDATES = re.compile(r"^(?i:(?:live|latest)(?: updates| coverage| blog)?|updates|timeline\b.*)$")
# A live page's box over its entries: "What to know", "Key points", "At a glance"
_BOX = re.compile(r"^(?i:what (?:to|you need to|we) know(?: so far)?|key (?:points|facts|events|moments|highlights)|"
                  r"at a glance|in brief|summary|highlights)\W*$")


_CALENDAR_JOINS = frozenset({"and", "to", "&", "-", "–", "or", "early", "late", "mid"})


def _calendar(text: str) -> bool:
    """A heading of months or days alone: "May", "March and April", "June to August"."""
    words = [word.strip(",.:").casefold() for word in text.split()]
    return any(map(is_date_name, words)) and all(is_date_name(w) or w in _CALENDAR_JOINS or w.isdigit() for w in words)


# "6pm: Riverside aperitivo", "11.30am – Castle", "14:00: Lunch": a time of day leading a heading.
_CLOCK_LEAD = re.compile(r"^\d{1,2}(?:[.:]\d{2})?\s?(?:[ap]\.?m\b\.?|(?<=\d[.:]\d{2})(?=\s*[:–—-]))")


def _calendar_kin(children: list[str], text: str) -> bool:
    """A calendar's or a day's subsections, months or days or hours, whatever their case style:
    "March and April", then "May" under "Spring"; "11am: Ljubljana Castle", then "2pm: Metelkova
    and the museums" under "Saturday"."""
    return bool(children) and ((all(map(_calendar, children)) and _calendar(text))
                               or (all(map(_CLOCK_LEAD.match, children)) and bool(_CLOCK_LEAD.match(text))))


def _same_first(x: list[str], y: list[str]) -> bool:
    return x[0] == y[0] and x[0] not in _OPENERS  # "For the office", "For evening"


def _same_last(x: list[str], y: list[str]) -> bool:
    return x[-1] == y[-1]  # "Non-compete clauses", "Non-poaching clauses"


def _both_short(x: list[str], y: list[str]) -> bool:
    return len(x) <= 2 and len(y) <= 2  # "BRAZIL", "JAPAN"


_BONDS = (_same_first, _same_last, _both_short)  # the closest first
CLOSE_FAMILY = 3  # subsections: so many bound by their closest tie are a family of that tie


def _breaks_kin(children: list[str], text: str) -> bool:
    """Subsections that are one family ("BRAZIL", "JAPAN"; "Month one", "Month two") end at a
    heading of none of it ("LAST FIVE MEETINGS"; "Running costs"): the section's next sibling,
    not another of its parts. Three or more are bound by the closest tie they all share
    ("Month one" ... "Month three": "Running costs" is none of them); two by any."""
    words = [child.casefold().split() for child in children]
    new = text.casefold().split()
    if len(words) < 2 or not new or not all(words):
        return False
    if len(words) < CLOSE_FAMILY:  # two ("North West", "North East") may share a word by chance
        return all(_kin(x, y) for x, y in zip(words, words[1:])) and not any(_kin(x, new) for x in words)
    bond = next((b for b in _BONDS if all(b(x, y) for x, y in zip(words, words[1:]))), None)
    return bond is not None and not any(bond(x, new) for x in words)


def _names_parents_thing(parent: str, text: str) -> bool:
    """A heading ending on the plural noun its parent names: a kind of the parent's thing
    ("Romance scams" under "Common scams we're seeing right now"), whatever its siblings' shape."""
    last = text.casefold().split()[-1:] or [""]
    return len(last[0]) >= 4 and last[0].isalpha() and last[0].endswith("s") and last[0] not in MINOR_WORDS \
        and last[0] in parent.casefold().split()  # kinds of a plural thing: never "... last weekend" under "... this weekend"


def _kin(x: list[str], y: list[str]) -> bool:
    return any(bond(x, y) for bond in _BONDS)


def _under_years(marks: list[tuple[HeadingMark, bool, bool]], levels: list[int]) -> None:
    """A timeline's year ("2022") holds the dates after it ("March 14", "Aug. 15"), up to the
    next year or the first heading that is no date ("What's next")."""
    open_year = False
    for k, (mark, _, faq) in enumerate(marks):
        if mark.style == "year":
            open_year = True
        elif open_year and not faq and is_bare_date(mark.text):
            levels[k] = mark.level or 3
        else:
            open_year = False


def _holds_number(text: str) -> bool:
    return any(c.isdigit() for c in text)


def _under_numbered(marks: list[tuple[HeadingMark, bool, bool]], levels: list[int]) -> None:
    """A numbered section over an unnumbered heading ("3. The fix" over "Tuning autovacuum per
    table") holds the unnumbered headings up to the next number: with text of its own too
    when another number follows (the last one's may be the document's closing sections)."""
    last = max((k for k, (mark, _, _) in enumerate(marks) if mark.style == "numbered"), default=-1)
    open_section = False
    for k, (mark, has_text, faq) in enumerate(marks):
        if mark.style == "numbered":  # between two numbers, with text or none
            open_section = (not has_text or k < last) and k + 1 < len(marks) and marks[k + 1][0].style != "numbered"
        elif faq or _ABOUT_SECTION.match(mark.text):
            open_section = False
        elif open_section and not mark.level:
            levels[k] = 3


def _over_numbered(marks: list[tuple[HeadingMark, bool, bool]], levels: list[int]) -> None:
    """A heading with no text of its own straight over numbered ones ("HUMANITARIAN RESPONSE"
    over "1. Shelter", "2. Food security"), or over a series of two or more numbered by one
    word ("Incident timeline" over "Update 3 — April 3", "Update 2 — April 2"), holds them, up
    to the first heading out of the series."""
    holders: list[int] = []
    for k in range(len(marks) - 1):
        mark, has_text, faq = marks[k]
        if has_text or faq or mark.style == "numbered":
            continue
        if marks[k + 1][0].style == "numbered":
            def of_series(j: int) -> bool:
                return marks[j][0].style == "numbered"
        elif (word := _series_word(marks[k + 1][0].text)) and k + 2 < len(marks) \
                and _series_word(marks[k + 2][0].text) == word and _series_word(mark.text) != word:
            def of_series(j: int) -> bool:
                return _series_word(marks[j][0].text) == word
        else:
            continue
        j = k + 1
        while j < len(marks) and of_series(j) and not marks[j][2]:
            if not marks[j][0].level:
                levels[j] = 3
            j += 1
        holders.append(k)
    for k in holders:  # "COMEDY" over "3." after "DRAMA" over "1.", "2.": the groups are siblings
        if levels[k] == 3 and not marks[k][0].level and any(
                levels[h] == 2 and marks[h][0].style == marks[k][0].style for h in holders if h < k):
            levels[k] = 2


_SERIES_NUMBER = re.compile(r"^([A-Za-z]+)(?: (?:\d{1,3}|(?i:one|two|three|four|five|six|seven|eight|nine|ten))\b(?![.,:]\d)"
                            r"|:\s*\d{1,2}[.:]\d{2}\s*[ap]\.?m\b)")  # "Update 3 — ...", "Update: 11.30am, Saturday"


def _under_series(marks: list[tuple[HeadingMark, bool, bool]], levels: list[int]) -> None:
    """Sections numbered by one word ("Method 1: Use your cloud account", "Method 2: ...") hold
    the headings between them ("On Android", "On iPhone"); the last holds none after it, which
    may be the page's closing sections ("Where to stay" after "Day 3: Sintra"). On dev, 16 of
    19 pages with headings between such a series nest them."""
    words = [_series_word(mark.text) for mark, _, _ in marks]
    for word in dict.fromkeys(w for w in words if w and words.count(w) >= 2):  # in order: deterministic
        members = [k for k, w in enumerate(words) if w == word]
        for a, end in zip(members, members[1:] + [len(marks)]):
            if levels[a] != 2 or end == len(marks) or levels[end] != 2:
                continue  # (the next held by a heading between: "How to apply" over "Step 1", "Step 2")
            for j in range(a + 1, end):
                mark, _, faq = marks[j]
                if faq or words[j] or _ABOUT_SECTION.match(mark.text):
                    break  # another series ("Session Two" among "Lots 1–240", "Lots 611–702") ends it
                if not mark.level:
                    levels[j] = 3


def _calendar_series(marks: list[tuple[HeadingMark, bool, bool]]) -> set[int]:
    """The headings of a trip's or a season's series ("Day 1: ...", "Day 2: ..."), two or more."""
    words = [_series_word(mark.text) for mark, _, _ in marks]
    return {k for k, word in enumerate(words) if word in _CALENDAR_WORDS and words.count(word) >= 2}


def _series_word(text: str) -> str | None:
    """The word a series numbers or times its headings by: "Update" in "Update 3 — April 3" or
    "Update: 11.30am, Saturday", "Day" in "Day 2: Bled"."""
    found = _SERIES_NUMBER.match(text)
    return found.group(1).casefold() if found and not is_date_name(found.group(1).casefold()) else None  # "Mar 2": a date


_OPENERS = {"the", "a", "an", "how", "what", "what's", "what’s", "why", "when", "where", "who", "which", "is", "are",
            "do", "does", "can", "should", "will", "in", "on", "our", "your", "my", "his", "her", "their", "its", "this", "these", "about"}


def _parallel_children(marks: list[tuple[HeadingMark, bool, bool]], levels: list[int], mixed: bool = False) -> None:
    """Two or more headings in a row opening on the same word ("To national governments",
    "To city authorities", "To employers") under a heading of another shape: its subsections.
    `mixed`: only such a run, each opening on the word, whose case styles differ (the case
    styles' nesting split it), its first with text of its own (never "Housing Support" straight
    over its own "Housing associations welcome grant")."""
    def lead(k: int) -> str | None:
        mark = marks[k][0]
        word = mark.text.split()[0].casefold() if mark.text.split() else ""
        plain = mark.style in ("title", "sentence", "") and not term_value(mark.text) and not marks[k][2]
        return word if plain and word not in _OPENERS else None

    k = 1
    while k < len(marks):
        word, end = lead(k), k
        while word and end + 1 < len(marks) and (lead(end + 1) == word or (not mixed and  # one other among them:
                end + 2 < len(marks) and lead(end + 2) == word and lead(end + 1) is not None
                and marks[end + 1][1])):  # "Placement year" (never an empty "Makeup" over the next "Best ...": a section)
            end += 1
        if end > k and lead(k - 1) != word and not marks[k - 1][2] and not _ABOUT_SECTION.match(marks[k - 1][0].text) \
                and not (_ends_on_date(marks[k - 1][0].text) and _ends_on_date(marks[k][0].text)) \
                and (not mixed or (len({marks[j][0].style for j in range(k, end + 1)}) > 1 and marks[k][1])):
            for j in range(k, end + 1):
                if not marks[j][0].level:
                    levels[j] = max(levels[j], levels[k - 1] + 1) if levels[k - 1] < 3 else levels[j]
        k = end + 1


def _ends_on_date(text: str) -> bool:
    """A step of a dated story ("Asked on 4 March", then "Refused on 2 April"): one of a series of
    siblings, never the next one's parent."""
    return any(is_date_name(word.strip(",.")) for word in text.split()[-2:])


def _label_of(text: str) -> str | None:
    """The label shape of a "Part one: Finding the lakes" heading ("Part"), else None."""
    found = term_value(text)
    return found[0].split()[0].casefold() if found else None


_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
# "made up of five parts", "The Three Main Options": a count of the parts a section goes on to name.
_PARTS = re.compile(r"(?:\b(two|three|four|five|six|seven|eight|nine|ten)|\b(?:are|of|has|have|into|with|the|these) ([2-9]|10))"
                    r"\s+(?:main |key |big |different |"
                    r"separate |broad |basic |simple |practical |important )?(parts|steps|stages|phases|ways|things|"
                    r"types|kinds|options|reasons|changes|questions|rounds|tips|sections|areas|routes|groups|"
                    r"categories|elements|lessons|rules|measures|scenarios|pillars|priorities|levels|pathways|"
                    r"strands|themes|modules|components|tiers|bands|zones)\b")  # of lower-cased text: quicker


_TOLD_IN_TURN = re.compile(r"\b(?:Second|Secondly),|\b[Tt]he second (?:was|is|reason|step|part|one)\b")  # never "Second Avenue"


def _opening_or_closing(text: str) -> str:
    """A paragraph's first sentence and its last, which introduce what follows ("The plan has
    three main parts."), never a sentence in its middle ("Breakfasts rotate between two
    options.")."""
    sentences = split_sentences(text)
    return " ".join(sentences[:1] + sentences[1:][-1:])


def announced_parts(sections: list[tuple[HeadingMark, str, bool, bool]], levels: list[int]) -> None:
    """A section that says how many parts it has ("The drive is made up of five parts.", in its
    heading or in the first or last sentence of its first paragraph), over that many headings of one level: they are its
    subsections, the heading after them back at its level. A part names its thing ("Cruise",
    "Arrival"); a heading that asks ("What did they find?", "Where it stumbles") goes on with
    the article's own questions, unless the parts are numbered in turn. A section holding a list
    or a table names its parts there ("The wallet offers three ways to save:" over three items)."""
    for k, (mark, first, faq, listing) in enumerate(sections):
        found = _PARTS.search(mark.text.lower()) or _PARTS.search(_opening_or_closing(first).lower())
        if faq or not found or levels[k] != 2 or _TOLD_IN_TURN.search(first) or listing:
            continue  # "Four things. First, ... Second, ...", or a list or table: the section tells the parts itself
        count = _COUNT_WORDS[found.group(1)] if found.group(1) else int(found.group(2))
        parts = range(k + 1, k + 1 + count)
        if parts.stop > len(sections):
            continue
        if _goes_on(mark.text, sections[parts.start][0].text):
            continue  # "Step 2: Choose a test kit" over "There are two main types:": the series goes on after it
        counted = [numbered(sections[j][0].text) for j in parts]  # "1. Dunleavy is ready" ... "3. ...": its parts
        after = numbered(sections[parts.stop][0].text) if parts.stop < len(sections) else None
        in_turn = all(n and n[0] == m for m, n in enumerate(counted, start=1)) and not (after and after[0] == count + 1)
        asked = found.group(3) == "questions"  # "Three questions for the inquiry": its parts ask
        if any(levels[j] != 2 or sections[j][2] or sections[j][0].level or _ABOUT_SECTION.match(sections[j][0].text)
               or (not in_turn and (sections[j][0].style in ("numbered", "decimal", "lettered", "time")
                                    or (_ASKING.search(sections[j][0].text) and not asked))) for j in parts):
            continue
        for j in parts:
            levels[j] = 3


_SERIES_MEMBER = re.compile(r"^(?:([A-Za-z]+) )?(\d{1,3})\b(?![.,:]\d)")  # "Step 2: ...", "2. ..."


def _goes_on(text: str, later: str) -> bool:
    """Whether `later` is the next of `text`'s series: "Step 3" after "Step 2", "3." after "2."
    (never "Windows 11 Pro" after "Windows 11 Home", nor a list's "1. Libraries" under "2. ...")."""
    this, that = _SERIES_MEMBER.match(text), _SERIES_MEMBER.match(later)
    if this is None or that is None:
        return False
    return (this.group(1) or "").casefold() == (that.group(1) or "").casefold() and int(that.group(2)) == int(this.group(2)) + 1


# "How much will I pay?", "Where to stay", "What the records show": a heading that asks.
_ASKING = re.compile(r"^(?i:how|what|what's|why|who|where|when|which)\b|\?\W*$")
_HOW_TO = re.compile(r"^(?i:how to|how do|how can|what to do)\b|\?\W*$")  # "Where to stay" over "Day 1", "Day 2" holds no steps
# A definition in a word or two holds no steps either ("What is radon?" over "Step 1: ..."), as
# "What is the process for applying?" or "What are the steps?" does.
_DEFINITION = re.compile(r"^(?i:what|who) (?:is|are|was|were) (?!.*\b(?i:steps|process|stages|options)\?$)(?:an? |the )?\S+(?: \S+)?\?$")
RUN_WORDS = 4  # "Direct debit customers": a subsection named in a few words
INTRO_WORDS = 80  # the few sentences a section opens on before its subsections


def asked_sections(sections: list[tuple[HeadingMark, int | None, bool]], levels: list[int]) -> None:
    """A section that asks ("How much will I pay?"), opening on a short introduction, over two
    or more headings that name things in a few words ("Direct debit customers", "Prepayment
    meters") up to the next asking heading: they are its subsections. Up to the article's end
    only once the article has nested so before ("Tickets" at the foot is its own section).
    Each section is (mark, the words of its text if it is all paragraphs else None, whether it
    is the FAQ)."""
    def plain(k: int) -> bool:
        return _named_in_few_words(sections[k], levels[k])

    def asks(k: int) -> bool:
        return not sections[k][2] and bool(_ASKING.search(sections[k][0].text))

    if sum(map(asks, range(len(sections)))) < 2:
        return
    k, nested = 0, False
    while k < len(sections):
        end = k + 1
        while end < len(sections) and plain(end):
            end += 1
        words = sections[k][1]
        if (end - k > 2 and (asks(end) if end < len(sections) else nested) and asks(k) and levels[k] == 2
                and words and words <= INTRO_WORDS):
            for j in range(k + 1, end):
                levels[j] = 3
            nested = True
        k = max(end, k + 1)


def _named_in_few_words(section: tuple[HeadingMark, object, bool], level: int) -> bool:
    """A heading naming a thing in a few words ("Direct debit customers"), that could be a
    subsection: no question, no closing section, no level of its own."""
    mark, _, faq = section
    return (level == 2 and not faq and not mark.level and mark.style in NESTING_STYLES
            and len(mark.text.split()) <= RUN_WORDS and not _ASKING.search(mark.text)
            and not _ABOUT_SECTION.match(mark.text))


# An introduction pointing on to what follows: "summarised below", "one or more of these
# treatments", "in several ways", "the following", a colon at its end, "... confirmed so far, by day."
_POINTS_ON = re.compile(r"\b(?:(?:summarised|summarized|listed|set out|shown|outlined|explained|described|detailed|given) below"
                        r"|below (?:are|is|you['’]ll find)|the following|as follows|one or more of these)\b|:$"
                        r"|\bbelow\.$|(?:^|\. )below, "
                        r"|\b(?:several|a number of|various|different) (?:ways|options|measures|steps|changes|methods|routes)\b"
                        r"|\bfollow (?:these|the) steps\b|\bthese steps\W*$"
                        r"|\b(?!(\w+) by \1\.$)\w+,? by (?:day|date|region|area|county|category|genre|type|ward|district|country|state"
                        r"|province|city)\.$")  # never an idiom's "day by day."
TOPIC_WORD_MIN = 4  # letters of a word two headings share that makes them siblings


def _topic_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[\w'’-]+", text.casefold()) if len(w) >= TOPIC_WORD_MIN and w not in MINOR_WORDS}


def introduced_sections(sections: list[tuple[HeadingMark, str | None, bool]], levels: list[int]) -> None:
    """A section whose short introduction points on ("Findings are summarised below", "one or
    more of these treatments", "You can respond in several ways."), over two or more headings
    naming things in a few words: its subsections, up to a heading that asks, closes the
    document, or shares a word with it (its next sibling: "Causes of plantar fasciitis" after
    "Treatment for plantar fasciitis"). Each section is (mark, its text when it is all
    paragraphs else None, whether it is the FAQ). A run up to the article's end may be its
    closing sections ("Recommendations", "Abbreviations"): it stays.

    After the article's first section, any short introduction holds a series numbered from its
    start ("How we did it" over "Step 1: ...", "Our packages" over "1. Headline Partner"); the
    first section's series is the article's outline ("1. Main points", "2. ..."), and a trip's
    days stand beside "Where to stay" (`_holds_series`). Dev gains 10 levels, the holdout 12."""
    for k, (mark, intro, faq) in enumerate(sections):
        if faq or levels[k] != 2 or not intro or len(intro.split()) > INTRO_WORDS:
            continue
        points_on = bool(_POINTS_ON.search(intro.rstrip().lower()))
        if k + 2 < len(sections) and (word := _series_key(sections[k + 1][0].text)) \
                and (points_on or (_HOW_TO.search(mark.text) and not _DEFINITION.match(mark.text))
                     or _holds_series(sections, k, word)) \
                and _series_key(sections[k + 2][0].text) == word \
                and all(_series_key(sections[j][0].text) != word for j in range(k + 1)):  # begun above: the article's
            end = k + 1  # "How to claim" or "Follow these steps" over "Step 1: ...", "Step 2: ...": the series alone
            while end < len(sections) and _series_key(sections[end][0].text) == word and levels[end] == 2 \
                    and not sections[end][2] and not sections[end][0].level:
                levels[end] = 3
                end += 1
            continue
        if not points_on:
            continue
        topic = _topic_words(mark.text)
        end = k + 1
        while end < len(sections) and _named_in_few_words(sections[end], levels[end]) \
                and not topic & _topic_words(sections[end][0].text):
            end += 1
        if end - k > 2 and end < len(sections):  # at the foot, a document's closing sections
            for j in range(k + 1, end):
                levels[j] = 3


_CALENDAR_WORDS = frozenset({"day", "night", "week", "month", "year", "stage", "leg"})  # a trip's or a season's own sections


# What a recipe or a task needs before its steps: beside them, never over them.
_KIT = re.compile(r"^(?i:ingredients|equipment|tools|materials|kit list|you(?:'ll|’ll| will)? need)\W*$")
_FIRST_OF_SERIES = re.compile(r"^(?:[A-Za-z]+ )?(?:1|one|I)\b(?![.,:]\d)", re.IGNORECASE)  # "Step 1", "1.", "Part One"


def _holds_series(sections: list[tuple[HeadingMark, str | None, bool]], k: int, word: str) -> bool:
    """A later section's short introduction over a series counted from its start: never the
    first section's (the article's outline), a trip's days, an "About"-like closing section
    ("Background" over "1. Health", "2. Defence": the article's own sections), a recipe's
    "Ingredients", or a countdown ("6. ...", "5. ...")."""
    mark = sections[k][0]
    return k > 0 and word not in _CALENDAR_WORDS and not _ABOUT_SECTION.match(mark.text) and not _KIT.match(mark.text) \
        and bool(_FIRST_OF_SERIES.match(sections[k + 1][0].text))


def series_under_empty(marks: list[tuple[HeadingMark, bool, bool]], levels: list[int]) -> None:
    """A heading with no text under it, right over a series counted from its start
    ("Directions" over "Step 1", "Step 2"; "Our top picks" over "1. Harrow Parka", "2. ..."),
    holds the series: on dev (2,349 articles), 54 such series nest under their heading, none beside it."""
    for k in range(len(marks) - 2):
        mark, has_text, faq = marks[k]
        word = _series_key(marks[k + 1][0].text)
        if has_text or faq or levels[k] != 2 or not word or _series_key(mark.text) == word \
                or not _FIRST_OF_SERIES.match(marks[k + 1][0].text) or _series_key(marks[k + 2][0].text) != word:
            continue
        end = k + 1
        while end < len(marks) and _series_key(marks[end][0].text) == word and levels[end] == 2 \
                and not marks[end][2] and not marks[end][0].level:
            levels[end] = 3
            end += 1


def under_empty_headings(marks: list[tuple[HeadingMark, bool, bool]], levels: list[int]) -> None:
    """A heading with no text under it holds the heading right below it, whatever the styles
    ("Where are the warnings?" over "Scotland"; so do 806 of the 807 such headings in dev's
    truth files at 2,349 articles), unless that is a time stamp's or a box's ("Key points"). Two or more such headings
    are the article's sections: each holds the headings down to the next ("FRIDAY" over its
    events, then "SATURDAY"); the last holds those of its children's styles down to one
    that asks ("How we tested") or closes the document. One alone holds those of its first
    part's style, down to one of its own case style or a verdict ("Ruling of the tribunal" over
    "Article 6", "Article 8", up to "Dissenting view"). The FAQ, a time stamp, an
    about-like section, a sidecar's level, another heading with no text or one over
    subsections of its own ends a run. "Notes to editors" holds all its "About ..."
    sections; a timeline keeps its years' nesting."""
    def empty(k: int) -> bool:
        return not marks[k][1] and not marks[k][2] and levels[k] == 2
    if any(mark.style == "year" for mark, _, _ in marks):
        return  # a timeline: its years and dates say all of its nesting
    parents = [k for k in range(len(marks) - 1) if empty(k) and levels[k + 1] == 2 and not marks[k + 1][2]
               and not marks[k + 1][0].level and "time" not in (marks[k][0].style, marks[k + 1][0].style)
               and not _BOX.match(marks[k + 1][0].text)]
    for k in parents:
        levels[k + 1] = 3
        # "Notes to editors" over "About the University", "About the Trust": all its about-sections
        j = k + 2
        while _ABOUT_SECTION.match(marks[k + 1][0].text) and j < len(marks) and levels[j] == 2 \
                and _ABOUT_SECTION.match(marks[j][0].text) and not marks[j][0].level and not marks[j][2]:
            levels[j] = 3
            j += 1
    if not parents:
        return
    styles = {marks[a + 1][0].style for a in parents} | {""}  # the children's ("Riverside" has none of its own)
    if len(parents) == 1:
        styles = {marks[parents[0] + 1][0].style}  # one alone holds only those like its first: a review's
        # one-word "Inside", "Costs" after "Ride and handling" are its sections
    for a, end in zip(parents, parents[1:] + [len(marks)]):
        for j in range(a + 2, end):
            mark, _, faq = marks[j]
            if faq or mark.level or mark.style == "time" or _ABOUT_SECTION.match(mark.text) or empty(j) \
                    or (j + 1 < len(marks) and levels[j + 1] == 3):
                break  # (a heading with no text, or over subsections of its own, is a section)
            if end == len(marks) and (mark.style not in styles or _ASKING.search(mark.text)):
                break
            if len(parents) == 1 and (mark.style == marks[a][0].style or _VERDICT.match(mark.text)):
                break  # the one such heading's parts end at a heading of its own style, or a verdict
            levels[j] = 3


def _series_key(text: str) -> str | None:
    """What a series of headings is numbered by: its word ("Step 1: ..."), or a number alone ("1. Skerningham")."""
    return _series_word(text) or ("#" if numbered(text) else None)


# "Part 1 – Who needs a licence", "Section A: Safety", "CHAPTER THREE", "Appendix B": a
# labelled part of a document, its label's word and its number or letter. (Steps, days and
# rounds are as often a section's own parts: "How to apply" over "Step 1", "Step 2".)
_LABELLED = re.compile(r"^(part|section|chapter|appendix|annex|schedule|article|clause|book)\s+(?:\d{1,3}|[A-Z]|[IVXL]{1,5}|one|two|three|four|five|six|"
                       r"seven|eight|nine|ten)(?:\s*[:.–—-]\s|\s*$)", re.IGNORECASE)


_BACK_MATTER = frozenset({"appendix", "annex", "schedule"})


def labelled_parts(marks: list[tuple[HeadingMark, bool, bool]], levels: list[int]) -> None:
    """Labelled parts share one level by their label: the first label of the article, when it
    comes twice or more ("Part 1 – ...", "Part 2 – ..."), is H2, and parts of another label
    after one of it ("Section A: Safety") are H3; an appendix is H2 wherever it stands."""
    labels = [(k, found.group(1).casefold()) for k, (mark, _, faq) in enumerate(marks)
              if not faq and not mark.level and (found := _LABELLED.match(mark.text))]
    if not labels or sum(label == labels[0][1] for _, label in labels) < 2:
        return
    first = labels[0][1]
    for k, label in labels:
        if label == first or label in _BACK_MATTER:
            levels[k] = 2  # an appendix follows the parts, under none of them
        elif any(earlier == first for j, earlier in labels if j < k):
            levels[k] = 3


# A review's verdict in two halves: "Pros" and "Cons", "THE GOOD" and "THE BAD", "Buy it if..."
# and "Don't buy it if...", "What we liked" and "What we didn't like".
_FOR = re.compile(r"^(?i:pros|the good|what we liked?|we liked|liked|likes|plus points|buy it if)\W*$")  # a review's words only:
_AGAINST = re.compile(r"^(?i:cons|the bad|what we didn[’']t( like)?|what we don[’']t( like)?|we didn[’']t like|disliked|dislikes|minus points|"  # "Strengths" and
                      r"don[’']t buy it if|skip it if)\W*$")  # "For" head a SWOT's or a debate's own sections


_FOR_AGAINST = {"for", "against"}  # under a verdict only: a debate's "For" and "Against" are its sections
_VERDICT = re.compile(r"^(?:our |the )?(?:final )?verdict\W*$", re.IGNORECASE)  # a review's, not "The verdict so far"


def verdict_halves(marks: list[tuple[HeadingMark, bool, bool]], levels: list[int]) -> None:
    """"Pros" then "Cons" (or the other way round) are the two halves of the section above
    them, the review's verdict."""
    for k in range(1, len(marks) - 1):
        a, b = marks[k][0].text, marks[k + 1][0].text
        over = marks[k - 1][0].text
        if levels[k - 1] == 2 and not marks[k - 1][2] and (
                (_FOR.match(a) and _AGAINST.match(b)) or (_AGAINST.match(a) and _FOR.match(b))
                or (_VERDICT.match(over) and _FOR_AGAINST == {a.strip(" :").casefold(), b.strip(" :").casefold()})):
            for j in (k, k + 1):
                if not marks[j][0].level:
                    levels[j] = 3


KIND_WORDS = 3  # "Hip-to-gable conversion", "Upper bracket": a kind named in a word or two, and the thing


def kinds_of_one_thing(marks: list[tuple[HeadingMark, bool, bool]], levels: list[int]) -> None:
    """Two or more headings in a row naming kinds of one thing ("Rooflight conversion", "Dormer
    conversion") right under a heading about that thing that is no kind of it itself ("Types
    of loft conversion"): its subsections."""
    def thing(k: int) -> str | None:
        mark, _, faq = marks[k]
        words = mark.text.casefold().split()
        last = words[-1] if words else ""
        return last if (not faq and not mark.level and 2 <= len(words) <= KIND_WORDS and last.isalpha() and len(last) >= 4
                        and last not in MINOR_WORDS and not is_date_name(last)
                        and not any(c.isdigit() for c in mark.text)) else None

    k = 1
    while k < len(marks):
        word, end = thing(k), k
        while word and end + 1 < len(marks) and thing(end + 1) == word:
            end += 1
        parent = marks[k - 1][0].text.casefold()
        if end > k and levels[k - 1] == 2 and not marks[k - 1][2] and thing(k - 1) != word \
                and re.search(rf"\b{word}s?\b", parent):  # the parent is no kind itself
            for j in range(k, end + 1):
                if levels[j] == 2:
                    levels[j] = 3
        k = end + 1


KINDS_MIN = 3  # kinds of one thing, each over its members: "Fresh Fragrances", "Floral Fragrances", ...
KIND_MEMBERS_MIN = 2  # members under each: a budget's "Fuel duty", "Pensions", "Stamp duty" are all sections


def kinds_over_their_members(marks: list[tuple[HeadingMark, bool, bool]], levels: list[int]) -> None:
    """Three or more headings naming kinds of one thing by a shared last word ("Fresh
    Fragrances", "Floral Fragrances", "Amber Fragrances"), each followed by one or more headings
    that name no kind ("Solène Neroli Blanc", "Harrowgate Vetiver & Lime"), two or more under
    each: those are the kinds' members, their subsections; the last kind holds no more members
    than the others do."""
    def word(k: int) -> str | None:
        mark, _, faq = marks[k]
        words = mark.text.casefold().split()
        last = words[-1] if len(words) >= 2 else ""
        return last if (not faq and len(words) <= KIND_WORDS and last.isalpha() and len(last) >= 4
                        and last not in MINOR_WORDS and not mark.text.rstrip().endswith("?")) else None

    things = [word(k) for k in range(len(marks))]
    for thing, n in Counter(w for w in things if w).items():
        if n < KINDS_MIN:
            continue
        kinds = [k for k, w in enumerate(things) if w == thing]
        runs = [range(a + 1, b) for a, b in zip(kinds, kinds[1:])]
        plain = all(not marks[j][2] and not marks[j][0].level and levels[j] == 2 for run in runs for j in run)
        if not plain or any(len(run) < KIND_MEMBERS_MIN for run in runs) or any(levels[k] != 2 for k in kinds):
            continue  # kinds side by side, or something else between them: no members to read
        members = [j for run in runs for j in run]
        for j in range(kinds[-1] + 1, min(len(marks), kinds[-1] + 1 + max(len(run) for run in runs))):
            if marks[j][2]:
                break  # the FAQ ends the last kind's members
            if not marks[j][0].level:
                members.append(j)
        for j in members:
            levels[j] = 3


NAMES_MIN = 2  # one-word headings under each longer one
NAMED_RUNS_MIN = 3  # twice could be a news story's "Reaction", "Timeline" after its sections


def names_under_headings(marks: list[tuple[HeadingMark, bool, bool]], levels: list[int]) -> None:
    """Headings of two or more words, each over two or more one-word headings ("The Julian
    Alps" over "Bled", "Bovec"; "The east" over "Ptuj", "Maribor"), at least three times in
    the article: the one-word headings (places, names) are the longer ones' subsections."""
    def one_word(k: int) -> bool:
        mark, _, faq = marks[k]
        return not faq and not mark.level and levels[k] == 2 and len(mark.text.split()) == 1 \
            and mark.style in NESTING_STYLES

    runs = []
    for k, (mark, _, faq) in enumerate(marks):
        if faq or levels[k] != 2 or len(mark.text.split()) < 2 or mark.style not in NESTING_STYLES \
                or _ABOUT_SECTION.match(mark.text):
            continue
        end = k + 1
        while end < len(marks) and one_word(end):
            end += 1
        if end - k - 1 >= NAMES_MIN:
            runs.append(range(k + 1, end))
    if len(runs) >= NAMED_RUNS_MIN:
        for run in runs:
            for j in run:
                levels[j] = 3


REPEATED_MIN = 2  # headings that come again: a family of subsections


def _one_word_names(marks: list[tuple[HeadingMark, bool, bool]], plain: list[int], parents: list[int]) -> bool:
    """Parents each one word ("Paracetamol", "Ibuprofen"), and every one-word heading among them
    one of them: a one-off "Asthma" or "Tip" between is a part, never a parent."""
    return all(not marks[j][0].style for j in parents) and all(
        k in parents for k in plain if parents[0] <= k <= parents[-1] and not marks[k][0].style)


def repeated_subheadings(marks: list[tuple[HeadingMark, bool, bool]], levels: list[int]) -> None:
    """Headings that come again under each of several others ("Where we slept", "What we ate"
    under "Day 1: ...", "Day 2: ..."; "Pros" under each product) are those others'
    subsections, whatever their case styles said."""
    def key(k: int) -> str:
        return marks[k][0].text.strip().rstrip(":").casefold()

    plain = [k for k, (mark, _, faq) in enumerate(marks) if not faq and not _ABOUT_SECTION.match(mark.text)]
    counts: dict[str, int] = {}
    for k in plain:
        counts[key(k)] = counts.get(key(k), 0) + 1
    repeated = [k for k in plain if counts[key(k)] >= 2]
    if len({key(k) for k in repeated}) < REPEATED_MIN:
        return  # one heading twice ("Men's Open" in two events) may be a sibling's name again
    parent_of: dict[int, int] = {}
    for k in repeated:
        parent = next((j for j in range(k - 1, -1, -1) if j in plain and counts[key(j)] == 1), None)
        if parent is None:
            return  # a repeat before any other heading: no family to read
        parent_of[k] = parent
    at = sorted(set(parent_of.values()))
    parents = [marks[j][0] for j in at]
    if not (len({p.text.split()[0].casefold() for p in parents if p.text.split()}) == 1  # "Day 1: ...", "Day 2: ..."
            or all(p.style in ("title", "numbered", "caps") for p in parents)  # products' names, numbered parts
            or _one_word_names(marks, plain, at)):  # "Paracetamol", "Ibuprofen"
        return  # a sentence-case section of its own text ("Why this recipe works") is no recipe's title
    seen: set[tuple[str, int]] = set()
    for k, parent in parent_of.items():
        if (key(k), parent) in seen:
            return  # the same heading twice under one parent: a repeat, not a subsection
        seen.add((key(k), parent))
    for k, parent in parent_of.items():
        if not marks[k][0].level:
            levels[k] = 3
        if not marks[parent][0].level:
            levels[parent] = 2
