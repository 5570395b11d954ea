"""The top of an article: what stands before its first paragraph of body text.

Copied pages open with a block of metadata around the headline: a kicker or banner over
it ("WORLD NEWS", "EXPLAINER"), then in any order a standfirst, a byline, a lone
dateline ("GENEVA"), time stamps ("Updated 3:12 p.m. GMT"), sometimes the headline again.
Each line's role is decided from where it stands in that block: an upper-case line over
the headline is a kicker, the same line under it a dateline.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from build_tools.parse.furniture import agency_tagged
from build_tools.parse.text import (DATELINE_MAX_WORDS, LIVE_MIN_ENTRIES, MINOR_WORDS, ROLE_FIRST_BYLINE, attributed_quote, bullet, case_style, ends_like_sentence, is_byline, is_price,
                                    is_dateline, is_entry_stamp, is_issue_line, is_rating, is_salutation, is_section_label, is_stamp, is_time_stamp,
                                    numbered, said_in_lower_case, split_sentences, term_value)
from build_tools.parse.units import Unit

HEADLINE_MAX_WORDS = 30  # a long headline runs to 25 words or so; a paragraph line is longer
TOP_MAX_UNITS = 12  # the masthead block is a handful of lines
ANCHOR_REACH = 24  # lines searched for the byline or date: a copied page can open on its whole header
KICKER_MAX_WORDS = 6
STANDFIRST_MIN_WORDS = 8
EDITED = ("heading", "subheading", "paragraph")  # roles the sidecar sets, which the masthead leaves alone
KICKER_NAME_RATIO = 2  # a publisher's name over a headline at least twice its length


@dataclass
class Masthead:
    title: Unit | None = None
    standfirst: Unit | None = None
    dateline: Unit | None = None
    byline: Unit | None = None
    stamps: list[Unit] = field(default_factory=list)
    dropped: list[tuple[Unit, str]] = field(default_factory=list)  # (unit, furniture kind)
    reasons: list[tuple[int, str]] = field(default_factory=list)  # (line, why)
    doubts: list[tuple[int, str]] = field(default_factory=list)  # (line, why): decisions on thin evidence
    end: int = 0  # the first unit after the masthead


def _words(text: str) -> int:
    return len(text.split())


def _opening(text: str) -> str:
    """A headline's start without an agency's tag: "(2nd LD) Torrential rain ..." -> "Torrential"."""
    return _TAG.sub("", text, count=1)


_TAG = re.compile(r"^\((?:[\w .-]{1,12})\)\s+")
_HEADLINE_STARTS = "\"“‘'£$€"  # "£1.5m fund opens ...", a quotation


def headline_like(text: str) -> bool:
    """Could be a headline: capitalised, no final full stop, not a list or table line, no
    web address ("The Wayback Machine - https://..."), no "Source:" or "Reference:" label."""
    start = _opening(text)[:1]
    return (start.isupper() or start.isdigit() or start in _HEADLINE_STARTS) and not ends_like_sentence(text) \
        and _words(text) <= HEADLINE_MAX_WORDS and "|" not in text and not bullet(text) and not numbered(text) \
        and "://" not in text and not _SOURCE.match(text)


# A document's reference: "Report reference: PSD-2025-0417", "Bulletin ID: SB25-097", "Ref. PR-2026-041". Metadata
# in the masthead; the value is a code, never words ("Quick reference: ...").
_REFERENCE = re.compile(r"^(?:(?:[\w-]+ ){0,2}(?:reference|ref\.?|no\.?|number|id|code)\s*:|(?:our |your )?ref\.|"
                        r"(?:(?:press|media|news) )?(?:release|bulletin|advisory|alert|notice|order)(?: no\.?| number)?)"  # "Release 26-031"
                        r"\s*(?:[A-Z]{1,4} )?[A-Z0-9][\w/-]*\d[\w/-]*$", re.IGNORECASE)  # "Reference: PR 07/26"
# A press office's "Contact: Renee Kowalczyk, (715) 555-0194", "Media enquiries: ...": a release's
# metadata, shown as written; none of 81 such dev lines is a title or a heading.
# After the colon a name, a number or an address: "Contacts: how to keep your address book safe" is a headline.
_CONTACT = re.compile(r"^(?:media |press |news )?(?:contacts?|enquiries|inquiries)\s*:\s*"
                      r"(?:.*(?:@|\d[\d ().-]{5,}\d)|(?-i:[A-Z][\w.-]*(?:['’][A-Z][\w.-]+)?(?: [A-Z][\w.-]*(?:['’][A-Z][\w.-]+)?){1,2})"
                      r"\s*(?:[,(–-]|$))", re.IGNORECASE)  # a person's two or three names, never "Covid," nor "Rugby's ..."
# "Source: ...", or a reference: a label's line, never a headline.
_SOURCE = re.compile(r"^(?:source|via|credit)\s*:|" + _REFERENCE.pattern, re.IGNORECASE)


def _shouting(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


_TRAIL = re.compile(r"\s[|›>»/]\s|[›»]|\w\|\w")  # "News | Local", "Sport › Football", "News|Labour Rights"
TRAIL_MAX_WORDS = 12
SHORT_TRAIL_WORDS = 6


def _short_trail(text: str) -> bool:
    """A trail of a few crumbs ("Newsroom > Press Releases", "Newsroom / Media advisories"); a
    headline may hold a slash ("Paris Fashion Week Autumn / Winter 2026: the five trends ...")."""
    return bool(_TRAIL.search(text)) and _words(text) <= SHORT_TRAIL_WORDS and ":" not in text


def _breadcrumb(text: str) -> bool:
    """A trail of two links or more, or any with a "›" or "»" between its links: never a headline."""
    return len(_TRAIL.findall(text)) >= 2 or ((" › " in text or " » " in text) and len(text.split()) <= TRAIL_MAX_WORDS)


def _kicker_like(text: str) -> bool:
    """A section label, banner or the publisher's name: upper case, a name of a few words, or
    a trail ("NEWS | LOCAL", "Sport › Football › Non-League"); no sentence."""
    if ends_like_sentence(text) or not text[:1].isupper() or _OBITUARY.match(text):
        return False
    if _TRAIL.search(text) or _SERIES.match(text):
        return _words(text) <= TRAIL_MAX_WORDS
    return _words(text) <= KICKER_MAX_WORDS and (_shouting(text) or _words(text) <= 2
                                                 or case_style(text) in ("title", ""))


# An organisation's name, the publisher's at the top of its page: "Kelsworth City Council", "Banksia Creek
# Primary School", "Corvane Systems, Inc." (in the first three lines of 4,000 dev articles, 253 such lines, none the title).
_ORGANISATION = re.compile(r"^(?:The )?[A-Z][\w'’.&-]*(?: (?:[A-Z][\w'’.&-]*|&|of|and|for|the|de|la|on))*,? (?:Council|School|"
                           r"College|Academy|Association|Society|Trust|Inc\.?|Ltd\.?|Limited|LLC|plc|PLC|Home|Institute|University|"
                           r"Department|Ministry|Agency|Authority|Federation|Foundation|Club|Church|Parish|Forum|Union|Board|"
                           r"Commission|Service|Services|Centre|Center|Hospital|Group|Company|Co\.)$")
ORGANISATION_REACH = 6  # units: a headline under the publisher's name and its menu
SITE_NAME_WORDS = 8  # a site's name or tagline over its menu; a headline may say more
SITE_REACH = 6  # units under the menu where the headline may stand, under a banner, a trail or a label


def _site_name(units: list[Unit], i: int, menus: frozenset[int]) -> bool:
    """A short line right over the site's menu, a longer headline-like line under them (no date,
    no writer's name), maybe past a banner, a trail or a label but never past a date, a name or a
    sentence: the site's name or tagline ("Maple & Mortar" over "Home  Projects  Shop", then its
    post's headline; "Acta Medica Borealis" over its menu, "Log In" and "Research Letter")."""
    if not (i + 1 < len(units) and _words(units[i].text) <= SITE_NAME_WORDS
            and any(line in menus for line in range(max(units[i].line, units[i].last) + 1, units[i + 1].line))):
        return False
    for k, unit in enumerate(units[i + 1:i + 1 + SITE_REACH]):
        below = unit.text
        if headline_like(below) and not is_stamp(below) and not is_byline(below) and _words(below) > _words(units[i].text):
            return True
        if k and (ends_like_sentence(below) or is_byline(below) or bare_name(below) or is_stamp(below)):
            return False  # the headline's own date, its writer or its text: the line over the menu was the headline
    return False
    # (a headline's categories under it, "Baking · Bread · Recipes", over its date or writer: the headline stays)


def _headline_below(units: list[Unit], i: int) -> bool:
    """A headline-like line under the publisher's name, before any running text: "Next Steps" under
    the lede is a section's heading, and the name over the lede the page's headline."""
    for unit in units[i + 1:i + 1 + ORGANISATION_REACH]:
        if ends_like_sentence(unit.text):
            return False
        if headline_like(unit.text) and not _ORGANISATION.match(unit.text):
            return True
    return False


# An obituary's headline is the name: "Marguerite Olsen obituary", over the standfirst.
_OBITUARY = re.compile(r"^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]*){1,4} (?i:obituary)$")


_DOTTED = re.compile(r"\S \u00b7 \S")


_THE = re.compile(r"^the\s+", re.IGNORECASE)


def _same(a: str, b: str) -> bool:
    return re.sub(r"\W+", "", a).casefold() == re.sub(r"\W+", "", b).casefold()


LABEL_MAX_WORDS = 3


BLOCK_LABEL_WORDS = 8  # a label over a list or table ("What you need to bring"); a headline says more

REPORTING_FROM = re.compile(r"^Reporting from [A-Z][^.!?]{1,80}$")


def read_masthead(units: list[Unit], over_read_time: frozenset[int] = frozenset(),
                  furniture: frozenset[int] = frozenset(), titled: int | None = None,
                  named: int | None = None, menus: frozenset[int] = frozenset()) -> Masthead:
    """The top block of these units (furniture left out); `over_read_time`: the lines that
    stood right over a read-time line ("6–8 minutes"), as a byline does; `furniture`: the
    lines left out (a menu between a tagline and the headline sets them apart); `titled`: the
    line the page's own chrome names its title (a wiki's, over its tabs); `named`: the line a
    breadcrumb trail names, under which nothing but a byline or date stands over it; `menus`:
    the lines left out as a site's menu."""
    head = Masthead()
    n, i = len(units), 0
    limit = min(n, TOP_MAX_UNITS)

    def meta(k: int) -> bool:
        """Take a byline or time stamp at k; whether it was one."""
        text = units[k].text
        if head.byline is None and is_byline(text):
            head.byline = units[k]
            head.reasons.append((units[k].line, "byline: a name line opening with 'By'"))
            return True
        if head.byline is None and _author_list(units, k):
            head.byline = units[k]
            head.reasons.append((units[k].line, "byline: a list of three authors or more"))
            return True
        if head.byline is None and _text_credit(units, k):
            head.byline = units[k]
            head.reasons.append((units[k].line, "byline: 'Text:' and a name, over the date"))
            return True
        if head.byline is None and _BYLINE_LABEL.match(text) and k + 1 < n and _labelled_name(units, k + 1):
            head.dropped.append((units[k], "byline label"))  # "Author of the article:", the name below
            head.reasons.append((units[k].line, "a label over the writer's name"))
            return True
        if head.byline is None and k > 0 and _BYLINE_LABEL.match(units[k - 1].text) and _labelled_name(units, k):
            head.byline = units[k]
            head.reasons.append((units[k].line, "byline: the name under its label ('Author of the article:', 'NEWS PROVIDED BY')"))
            return True
        if head.byline is None and _name_line(units, k) and not _written_byline_below(units, k) and (
                head.title or head.standfirst or anchored or (
                bare_name(text) and _headline_under_stamps(units, k + 1)
                and not any(is_byline(u.text) for u in units[k + 1:k + BYLINE_REACH]))  # "Picture Show": a label
                or (_person_and_outlet(text) and k + 1 < n and is_stamp(units[k + 1].text))):  # "Jo Lee | Loomwell"
            head.byline = units[k]
            head.reasons.append((units[k].line, "byline: a name (and role) under the headline, over a date or role"))
            return True
        if head.byline is not None and (_EMAIL.match(text) or (
                _ROLE.search(text) and len(text.split()) <= ROLE_MAX_WORDS and not ends_like_sentence(text)
                and not (_OFFICER.search(text) and not (k > 0 and units[k - 1] is head.byline)))):
            head.stamps.append(units[k])
            head.reasons.append((units[k].line, "the byline's role or address, shown with it"))
            return True
        if head.byline is not None and _AUTHOR_LIST.match(head.byline.text) and k > 0 \
                and (units[k - 1] is head.byline or units[k - 1] in head.stamps) and _affiliation(text):
            head.stamps.append(units[k])  # "a Marine Research Institute, Klaipėda University, Lithuania"
            head.reasons.append((units[k].line, "the authors' affiliation, shown with the byline"))
            return True
        if head.byline is not None and k > 0 and units[k - 1] is head.byline and REPORTING_FROM.match(text):
            head.stamps.append(units[k])  # "By Hannah Ostrow", then "Reporting from Amaru, Kesh Republic"
            head.reasons.append((units[k].line, "where the writer reported from, shown with the byline"))
            return True
        if is_stamp(text):
            head.stamps.append(units[k])
            head.reasons.append((units[k].line, "time stamp: a date line of the masthead, shown as written"))
            return True
        if head.byline is None and ROLE_FIRST_BYLINE.match(text) and _beside_stamp(units, k):
            head.byline = units[k]
            head.reasons.append((units[k].line, "byline: a writer's role and name, beside the date"))
            return True
        if head.byline is None and _credit_over_stamp(units, k):
            head.byline = units[k]
            head.reasons.append((units[k].line, "byline: a writer's credit ('Tested by', 'Curated by'), over the date"))
            return True
        if head.byline is None and k > 0 and units[k - 1] in head.stamps and _NEWSROOM.match(text):
            head.byline = units[k]  # "Updated: July 16, 2025 18:42 IST", then "Ledger Web Desk"
            head.reasons.append((units[k].line, "byline: a newsroom credited as a whole, under the date"))
            return True
        if head.byline is None and (agency := _AGENCY_CREDIT.match(text)) and _beside_stamp(units, k) \
                and not (head.title and agency.group(1).casefold() in head.title.text.casefold()):  # a story about it
            head.byline = units[k]
            head.reasons.append((units[k].line, "byline: a news agency's name alone, the story's source"))
            return True
        if head.byline is None and _CRITIC.match(text) and not any(is_byline(u.text) for u in units[k + 1:k + 5]):
            head.byline = units[k]  # a review's critic; under a writer's byline, a checker of the facts
            head.reasons.append((units[k].line, "byline: 'Reviewed by' with no other writer named"))
            return True
        if _FROM.match(text) or _applies_to(units, k):
            head.stamps.append(units[k])
            head.reasons.append((units[k].line, "the publishing body or a reviewer, shown as written"))
            return True
        if _REFERENCE.match(text) or _CONTACT.match(text) or (anchored and _labelled_date(text)) or _PERIOD_LABEL.match(text) \
                or (head.title and _issue_line(units, k)) \
                or (head.stamps and _field_between_dates(units, k)):  # "Newsletter No. 47"; a job's "Contract: ..."
            head.stamps.append(units[k])
            head.reasons.append((units[k].line, "a document's reference, contact or labelled date, shown as written"))
            return True
        return False

    limit = next((k for k in range(limit) if units[k].role in EDITED), limit)  # the editor's word ends it
    reach = next((k for k in range(min(n, ANCHOR_REACH)) if units[k].role in EDITED), min(n, ANCHOR_REACH))
    titled = titled or named
    anchored = None if any(u.line == titled for u in units[:reach]) else _anchored(units, reach, furniture)
    if anchored and anchored[0] == 0 and _site_name(units, 0, menus):
        anchored = None  # the site's name over its menu, a name over a date under them: read line by line
    dated = next((k for k in range(reach) if not is_stamp(units[k].text)), reach)  # a date strip over the page
    if not anchored and 0 < dated < reach and (anchored := _anchored(units[dated:], reach - dated, furniture)):
        for k in range(dated):
            meta(k)
        title, standfirst, anchor = anchored
        anchored = (None if title is None else title + dated, None if standfirst is None else standfirst + dated,
                    anchor + dated)
        i = _take_anchored(head, units, *anchored, dated)
    elif anchored:
        i = _take_anchored(head, units, *anchored)
    # Over the headline: kickers, and the byline or a stamp some sites put first.
    while i < limit and not anchored:
        unit = units[i]
        if unit.line == titled:
            head.title = unit
            head.reasons.append((unit.line, "title: the line the page's breadcrumb trail names" if named else
                                 "title: the line right over the wiki's source line or its tabs"))
            i += 1
            break
        if meta(i):
            i += 1
            continue
        if named is not None and unit.line < named and unit.role != "keep":
            head.dropped.append((unit, "kicker"))  # a site's name or tagline over the page its trail names
            head.reasons.append((unit.line, "kicker: a line over the headline the page's breadcrumb trail names"))
            i += 1
            continue
        if i + 1 >= n:
            break
        if unit.role != "keep" and _kicker_like(unit.text) and _headline_follows(units, i + 1, unit.text):
            head.dropped.append((unit, "kicker"))
            head.reasons.append((unit.line, "kicker: a short label over the headline"))
            if not (_shouting(unit.text) or _words(unit.text) <= 2 or _TRAIL.search(unit.text)):
                head.doubts.append((unit.line, f"left out {unit.text!r} as a name over the headline"))
            i += 1
            continue
        if unit.role != "keep" and _over_stacked_headline(units, i):
            head.dropped.append((unit, "kicker"))
            head.reasons.append((unit.line, "kicker: one of the labels stacked over the headline, which stands "
                                            "right over the first paragraph"))
            i += 1
            continue
        if _breadcrumb(unit.text):  # "Parents › Key Information › Term Dates", "Home insurance › Guides"
            head.dropped.append((unit, "kicker"))
            head.reasons.append((unit.line, "kicker: a breadcrumb trail, never the headline"))
            i += 1
            continue
        if unit.role != "keep" and _DOTTED.search(unit.text) and not ends_like_sentence(unit.text) \
                and not ends_like_sentence(units[_next_content(units, i + 1)].text):  # over its deck's sentence,
            # "Maggie Smith · 1934–2024" is the headline; over more chrome, "Trinity Church · Stillwater, Minnesota"
            head.dropped.append((unit, "kicker"))
            head.reasons.append((unit.line, "kicker: a site's facts joined by middle dots, never the headline"))
            i += 1
            continue
        if i == 0 and _standfirst_over_byline(units):
            head.standfirst = unit  # a page copied from under its headline: the standfirst, then the byline's block
            head.reasons.append((unit.line, "summary: the standfirst, over the byline, the page copied from under "
                                            "its headline"))
            i += 1
            break
        if not (headline_like(unit.text) or _under_opinion_label(units, i)) or is_section_label(unit.text):
            break  # "Overview" over its paragraph: the document's first section, no headline
        if is_dateline(unit.text) and not headline_like(units[i + 1].text):
            break  # a place over the first paragraph, no headline: the dateline, taken below
        if _opens_block(units, _next_content(units, i + 1)) and (_words(unit.text) <= BLOCK_LABEL_WORDS or unit.text.endswith(":")):
            break  # a label over a list or table heads a section, not the article; a headline may stand over its key points
        if unit.role != "keep" and (headline := _name_over_headline(units, i)):
            for k in range(i, headline):
                if not meta(k):
                    head.dropped.append((units[k], "kicker"))
                    head.reasons.append((units[k].line, "kicker: a site's or section's name, or a label under it, "
                                                        "over a headline twice its length"))
            i = headline
            continue
        if unit.role != "keep" and i == 0 and _site_name(units, i, menus):
            head.dropped.append((unit, "kicker"))
            head.reasons.append((unit.line, "kicker: the site's name over its menu, over the headline"))
            i += 1
            continue
        if unit.role != "keep" and _ORGANISATION.match(unit.text) and _headline_below(units, i):
            head.dropped.append((unit, "kicker"))
            head.reasons.append((unit.line, "kicker: the publisher's name, over the headline"))
            i += 1
            continue
        head.title = unit
        head.reasons.append((unit.line, "title: the first headline-like line, over the article"))
        i += 1
        break
    # Under it: standfirst, byline, dateline, stamps and the headline again, in any order.
    while i < limit and i + 1 < n:
        unit = units[i]
        if head.standfirst is not None and head.stamps and is_entry_stamp(unit.text) \
                and _entry_stamps(units[i:]) >= LIVE_MIN_ENTRIES:
            break  # dated already, under the summary: a live blog's first entry
        if meta(i):
            i += 1
        elif head.title is None and anchored and anchored[0] == i:
            head.title = unit
            head.reasons.append((unit.line, "title: the headline under the post's day, the site's name and "
                                            "tagline over it"))
            i += 1
        elif head.title and _same(unit.text, head.title.text):
            head.dropped.append((unit, "repeated headline"))
            head.reasons.append((unit.line, "the headline again"))
            i += 1
        elif head.dateline is None and head.byline is not None and units[i - 1] is head.byline \
                and _place_line(units, i) and not _capitals_place_under_stamps(units, i + 1) \
                and not any(_same(_THE.sub("", unit.text), _THE.sub("", kicker.text)) and _site_label(units, kicker)
                            for kicker, _ in head.dropped):  # "Harlan Falls Gazette" under "The Harlan Falls Gazette"
            head.dateline = unit
            head.reasons.append((unit.line, "dateline: a place between the byline and the date"))
            i += 1
        elif head.dateline is None and is_dateline(unit.text) and not _over_list(units, i) and not _over_table(units, i) and (
                head.standfirst is None or _beside_meta(units, i) or units[i - 1] is head.byline) \
                and not (head.standfirst is not None and _common_words(unit.text, units)) \
                and not (i + 1 < n and (headline_like(units[i + 1].text) or _capitals_over_numbered(units, i))
                         and not _is_meta(units, i + 1) and not (head.title and _same(units[i + 1].text, head.title.text))
                         and not ends_like_sentence(units[i + 1].text) and not BOX_LABEL.match(units[i + 1].text)
                         and any(_shouting(u.text) and _words(u.text) <= DATELINE_MAX_WORDS for u in units[i + 2:])):
            # (over a letter's title, "HOSPITAL PARKING", then "THE CYCLEWAY", are headings, as "DRAMA" over "1. Powder"
            # then "COMEDY" are; "KESSALY" alone the dateline)
            # Under the standfirst, a place stands among the byline and stamps; an upper-case
            # line between running texts ("WHAT HAPPENED") is the first heading.
            head.dateline = unit
            head.reasons.append((unit.line, "dateline: a lone upper-case place name in the masthead"))
            if head.standfirst is not None:
                head.doubts.append((unit.line, f"took {unit.text!r} under the standfirst as the dateline"))
            i += 1
        elif head.title and _kicker_like(unit.text) and _words(unit.text) <= LABEL_MAX_WORDS \
                and (is_stamp(units[i + 1].text) or is_byline(units[i + 1].text)):
            head.dropped.append((unit, "kicker"))  # "Allergy alert" over "Last updated: ..."
            head.reasons.append((unit.line, "kicker: a short label among the masthead's date and byline lines"))
            i += 1
        elif head.title and head.byline is None and bare_name(unit.text) and (
                is_stamp(units[i + 1].text) or is_dateline(units[i + 1].text)
                or (unit.line in over_read_time and units[i - 1] is head.title)):
            head.byline = unit  # the writer's name alone under the headline, over the dateline or read time
            head.reasons.append((unit.line, "byline: a person's name alone under the headline, over a date, "
                                            "a dateline or a read time"))
            head.doubts.append((unit.line, f"took {unit.text!r} as the byline"))
            i += 1
        elif head.title and head.standfirst is None and _standfirst(units, i):
            head.standfirst = unit
            head.reasons.append((unit.line, "summary: the standfirst, the first running text under the headline"))
            i += 1
        else:
            break
    head.end = i
    return head


# An official page's publishing body ("From: Department for Transport"), a blog's publication
# ("Published in Small Studio Notes"), a reviewer's credit.
_FROM = re.compile(r"^(?:From:|To:|Published in|(?i:(?:medically |clinically |expert )?reviewed by|fact[- ]checked by|translated by))"
                   r" [A-Z][\w&,.'’() -]{2,80}$"
                   # a name after it, no clause: never a headline's "Sent via WhatsApp, the Scam Message That ..."
                   r"|^(?i:translated from the [a-z]+ by|(?:distributed|circulated) (?:via|through)(?: the)?)"
                   r" [A-Z][\w&.'’()-]*(?: (?:[A-Z][\w&.'’()-]*|of|and|for|the|&))*$"
                   r"|^\((?i:adds|corrects|updates|recasts|changes|attn|refiles|rewrites)\b[^()]{0,200}\)$")  # a wire's note


_OUTLET_SPLIT = re.compile(r" [|·] ")
# A paper's name ("Harbour Times | Opinion"), never a person's
_MASTHEAD_WORD = re.compile(r"\b(?:Times|Herald|News|Post|Gazette|Journal|Courier|Chronicle|Tribune|Express|Mail|Observer|"
                            r"Record|Echo|Press|Standard|Guardian|Telegraph|Star|Sun|Mirror|Review|Weekly|Daily|Today)$")


def _site_label(units: list[Unit], kicker: Unit) -> bool:
    """The site's name atop the page ("Lakeshore Tribune") or a section's in capitals ("SECURITY"):
    said again between the byline and the date, never the dateline; a city's section in Title
    Case ("Bengaluru") may be the place the story was filed from."""
    return (kicker is units[0] and _words(kicker.text) >= 2) or _shouting(kicker.text)


def _entry_stamps(units: list[Unit], clocks: bool = False) -> int:
    """The live entries' stamps among these lines (with `clocks`, bare times too: "12:18 GMT");
    never a table's rows ("Sat 14 June | 23:12 | Vessel's AIS signal stops", one of a run of
    rows split alike)."""
    def row(k: int) -> bool:
        bars = units[k].text.count("|")
        return bars > 0 and any(0 <= j < len(units) and units[j].text.count("|") == bars for j in (k - 1, k + 1))
    return sum((is_entry_stamp(unit.text) or (clocks and is_time_stamp(unit.text))) and not row(k)
               for k, unit in enumerate(units))


def _person_and_outlet(text: str) -> bool:
    """A person's name and their outlet: "Ruth Okonkwo-Blake | Loomwell"."""
    parts = _OUTLET_SPLIT.split(text)
    return len(parts) == 2 and bool(re.fullmatch(_PERSON, parts[0])) and not _MASTHEAD_WORD.search(parts[0]) \
        and parts[1].casefold() not in _OUTLET_SECTIONS
_BYLINE_LABEL = re.compile(r"^(?i:author of the article|authors?|written by|words by|by|reporter|posted by|news provided by)\s*:?$")
# The body issuing a release, under a wire's "NEWS PROVIDED BY": "Varden Group plc", "Halvorsen Group ASA".
_ISSUER = re.compile(r"^[A-Z][\w&.'’-]*(?: [\w&.'’()-]+){0,6}$")
_CRITIC = re.compile(r"^Reviewed by [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}$")


def _capitals_over_numbered(units: list[Unit], k: int) -> bool:
    """A line in capitals over a numbered line, as another below is ("DRAMA" over "1. Powder",
    then "COMEDY" over "3. ..."): a group's label, never a wire's "WASHINGTON" over its points."""
    def over_numbered(j: int) -> bool:
        return j + 1 < len(units) and _shouting(units[j].text) and bool(numbered(units[j + 1].text))
    return over_numbered(k) and any(over_numbered(j) for j in range(k + 2, len(units)))


def _issue_line(units: list[Unit], k: int) -> bool:
    """A newsletter's issue over its date line ("Newsletter No. 47" over "4/3/2026"), or alone
    under its name ("Penhallow RFC Newsletter – March 2026" over "Issue 14"): never its headline.
    A second one makes them a series' sections ("Issue 1", "Issue 2" of a consultation)."""
    return is_issue_line(units[k].text) and ((k + 1 < len(units) and is_stamp(units[k + 1].text))
                                             or sum(is_issue_line(u.text) for u in units) == 1)


_APPLIES_TO = re.compile(r"^(?:This article a|A)pplies to: [A-Z][\w&,.'’() -]{2,80}$")


def _applies_to(units: list[Unit], k: int) -> bool:
    """A help page's products ("Applies to: LumoraBook Air, LumoraBook 14"), never the first of
    a news factbox's fields ("Applies to: All workers aged 21 and over" over "New hourly rate: £12.21")."""
    after = units[k + 1].text if k + 1 < len(units) else ""
    return bool(_APPLIES_TO.match(units[k].text)) and not (
        term_value(after) and not ends_like_sentence(after) and not _REFERENCE.match(after) and not is_stamp(after))


def _is_meta(units: list[Unit], k: int) -> bool:
    """A byline, a time stamp, the publishing body, a reference, a newsletter's issue
    ("Newsletter No. 47", "Issue 14"), or a name over a time stamp."""
    text = units[k].text
    return is_byline(text) or is_stamp(text) or bool(_FROM.match(text)) or _applies_to(units, k) or _author_list(units, k) \
        or bool(_REFERENCE.match(text)) \
        or (k > 0 and _issue_line(units, k)) or (
        bool((_NAME_LINE.match(text) and not _unseated(units, k)) or ROLE_FIRST_BYLINE.match(text))
        and k + 1 < len(units) and is_stamp(units[k + 1].text)) \
        or _credit_over_stamp(units, k) or (k > 0 and bool(_NEWSROOM.match(text)) and is_stamp(units[k - 1].text))


def _title_shaped(text: str) -> bool:
    """A headline as sites write it over their byline: a full stop allowed ("X claims Y. That's false.")."""
    start = _opening(text)[:1]
    return (start.isupper() or start.isdigit() or start in _HEADLINE_STARTS) and _words(text) <= HEADLINE_MAX_WORDS \
        and "|" not in text and "\t" not in text and not bullet(text) and not numbered(text) \
        and "://" not in text and not _SOURCE.match(text)


_DECK_LABELS = frozenset({"plus", "also", "inside", "and", "today", "featuring"})  # a newsletter's deck: "Plus: ..."
STANDFIRST_QUESTION_WORDS = 15  # a question this long under a headline is its standfirst: "When a ... line?"


def _anchored(units: list[Unit], limit: int, furniture: frozenset[int] = frozenset()) -> tuple[int | None, int | None, int] | None:
    """(title, standfirst, byline-or-stamp) indexes when the top block's first byline or time
    stamp comes after its opening lines: the headline stands right over it, or over the
    standfirst right over it, and every line above the headline is a label (a section, a
    newsletter's or a publisher's name, a breadcrumb). None when the block is not so shaped."""
    if not units or _is_meta(units, 0):
        return None
    anchor, sentences = None, 0
    for k in range(1, limit):
        if _is_meta(units, k):
            anchor = k
            break
        sentences += ends_like_sentence(units[k].text)
        if sentences > 2:  # a headline and a standfirst at most: the text has started
            return None
    if anchor is None:
        return None
    while anchor > 1 and (_beside_byline(units, anchor - 1) or _named_place(units, anchor - 1)):
        anchor -= 1  # the byline's block starts higher: a name over its role, a dateline, "Mumbai" under the name
    while anchor > 2 and (_score_line(units[anchor - 1].text) or is_price(units[anchor - 1].text)):
        anchor -= 1  # a review's score over the byline ("7.6", "Rating: 3 out of 5 stars"), a listing's price
        # over its reference ("€214,950" over "Ref: SYM-30772"): the headline is above it
    if anchor >= 3 and _STARS.fullmatch(units[anchor - 2].text.strip()) and _standfirst(units, anchor - 1) \
            and headline_like(units[anchor - 3].text) and not _label_only(units[anchor - 3].text):
        return anchor - 3, anchor - 1, anchor  # a review's headline, its stars, its standfirst
    if anchor >= 2 and (first := next((j for j in range(anchor - 1) if _same(units[j].text, units[anchor - 1].text)
                                        and _title_shaped(units[j].text) and not _label_only(units[j].text)),
                                       None)) is not None:  # (never a section's "World" said again over the byline)
        # The line over the byline repeats one above it: that one is the headline ("Which airports
        # ran on time?", its standfirst, the headline again, the byline), the lines between its standfirst.
        follows = first + 1 < anchor - 1 and _standfirst(units, first + 1)
        return first, first + 1 if follows else None, anchor
    obituary = next((k for k in range(anchor) if _OBITUARY.match(units[k].text)), None)
    if obituary is not None:  # the name is the headline; a caption may stand between the standfirst and the byline
        follows = obituary + 1 < anchor and _standfirst(units, obituary + 1)
        return obituary, obituary + 1 if follows else None, anchor
    title, standfirst = anchor - 1, None
    last = units[title].text
    above = units[anchor - 2].text if anchor >= 2 else ""
    # Over a standfirst of a full sentence, three words may be the headline ("Portugal travel advice").
    most_words = 2 if ends_like_sentence(last) and _words(last) >= STANDFIRST_MIN_WORDS else 3
    if above and _title_shaped(above) and not _label_only(above, most_words) and _adjacent(units[anchor - 2], units[title], furniture) and (
            (ends_like_sentence(last) and not last.rstrip().endswith(":"))
            or (_words(last) >= STANDFIRST_MIN_WORDS and _words(above) >= 4
                and (not _kicker_like(above) or (_words(last) > _words(above) and (
                    not headline_like(last) or (last.rstrip().endswith("?") and _words(last) >= STANDFIRST_QUESTION_WORDS)
                    or _deck_under_title_case(above, last)))))) \
            and (_standfirst(units, anchor - 1) or _news_labelled(last)):
        title, standfirst = anchor - 2, anchor - 1  # a headline over its standfirst (else, "This week: porters
        # win, ..." or "Letters: Hospital parking, ..." right over the byline is the headline)
    if standfirst is None and _headline_under_date(units, title, anchor):
        return anchor + 1, None, anchor  # a site's name and tagline over the date, the headline under it
    if not _title_shaped(units[title].text) or (standfirst is not None and not _standfirst(units, standfirst)) \
            or _BYLINE_LABEL.match(units[title].text) \
            or (standfirst is None and (title == 0 and _TRAIL.search(units[title].text)
                                        or _short_trail(units[title].text) and _headline_after_meta(units, anchor))) \
            or _breadcrumb(units[title].text):
        return None  # a trail ("Group – All staff > Announcements") over the writer's name: the headline is below
    if ends_like_sentence(units[title].text) and (standfirst is None or (
            title >= 1 and headline_like(units[title - 1].text) and not _label_only(units[title - 1].text))):
        return None  # running text over a stamp (under its headline): the article has started
    if not all(not ends_like_sentence(units[k].text) or _words(units[k].text) <= 3
               or (_set_apart(units[k], units[title], furniture) and _words(units[k].text) <= KICKER_MAX_WORDS)
               for k in range(title)):
        # Over the headline: the page's header (labels, a tagline, a ticker, or over the page's
        # menu a tagline of sentences, "Your community. Your news."), never running text.
        return None
    if _kicker_like(units[title].text) and _words(units[title].text.replace(" & ", " ")) <= 2:  # "Space & Physics"
        if _headline_after_meta(units, anchor):
            return None  # "Press release" over a date, then the headline: read line by line
        if title >= 1 and _title_shaped(units[title - 1].text) and not _label_only(units[title - 1].text) \
                and standfirst is None:
            upper = title - 1  # "Allergy alert" between the headline (or its standfirst) and the date
            lower, over = units[upper].text, units[upper - 1].text if upper >= 1 else ""
            if over and (ends_like_sentence(lower) or (_words(lower) >= STANDFIRST_QUESTION_WORDS
                                                        and _words(lower) >= 2 * _words(over) and _words(over) >= 5)) \
                    and headline_like(over) and not _label_only(over) and _standfirst(units, upper):
                return upper - 1, upper, anchor  # "Press release" under the standfirst
            return upper, None, anchor
        return None, None, anchor  # "Politics" over the byline, then the text: a label, no headline
    return title, standfirst, anchor


_SCORE = re.compile(r"^(\d{1,2}(\.\d)?|\d{1,3}(\.\d)?\s?/\s?(5|10|20|100))$|^(rating|score|our rating)\s*:\s*.{1,40}$",
                    re.IGNORECASE)


_STARS = re.compile(r"[★☆]{3,5}")  # "★★★★☆" under a review's headline


def _score_line(text: str) -> bool:
    """A review's score on its own line: "7.6", "15/20", "Rating: 3 out of 5 stars" (stars, "★★★☆☆",
    the masthead reads as it did)."""
    return bool(_SCORE.match(text.strip()))


def _headline_after_meta(units: list[Unit], anchor: int) -> bool:
    """A headline-like line right under the byline's or the date's lines from `anchor`."""
    after = next((k for k in range(anchor, len(units)) if not _is_meta(units, k)), len(units))
    return after < len(units) and headline_like(units[after].text) and not is_dateline(units[after].text)


def _deck_under_title_case(headline: str, deck: str) -> bool:
    """A Title Case headline over a longer deck in sentence case, with no stop ("The Quiet Cost
    of Always-On Slack" over "What happened when our 40-person engineering team turned off
    ..."): the two styles a magazine sets its headline and its deck in. A headline in sentence
    case runs shorter ("Seven charged in South Side carjacking ring that targeted rideshare
    drivers, prosecutors say" under its section's name), and so does a blog's tagline; a
    series' name over a long headline is shorter than a headline."""
    return case_style(headline) == "title" and case_style(deck) == "sentence" and _words(deck) >= DECK_MIN_WORDS \
        and _words(headline) >= DECKED_HEADLINE_MIN_WORDS


DECK_MIN_WORDS = 16
DECKED_HEADLINE_MIN_WORDS = 5  # a series' name is shorter: "The Week in Westminster" over its long headline


def _headline_under_date(units: list[Unit], title: int, anchor: int) -> bool:
    """A blog's or a newsletter's top: its name (two words or more), its tagline, the post's day
    alone (no clock, no "Published"), then the headline, right over the first paragraph or over
    its byline over it. A news page's headline
    stands over its stamp ("Updated 14:02 GMT"), and a standfirst may stand under it."""
    after = anchor + 1
    if title != 1 or not _kicker_like(units[0].text) or _words(units[0].text) < SITE_NAME_MIN_WORDS \
            or ends_like_sentence(units[title].text) or after + 1 >= len(units) or _is_meta(units, after):
        return False  # (a section's "Environment" over the headline: a news page's kicker)
    below = after + 2 if after + 2 < len(units) and _POSTED_BY.match(units[after + 1].text) else after + 1  # its "Posted by" aside
    day, headline, lede = units[anchor].text, units[after].text, units[below].text if below < len(units) else ""
    return is_stamp(day) and not _CLOCK.search(day) and not _POSTED.search(day) \
        and headline_like(headline) and HEADLINE_UNDER_DATE_WORDS[0] <= _words(headline) <= HEADLINE_UNDER_DATE_WORDS[1] \
        and not _label_only(headline) and not _SHORT_LABEL.match(headline) and not _POSTED.search(headline) \
        and ends_like_sentence(lede) and _words(lede) >= LEDE_MIN_WORDS


SITE_NAME_MIN_WORDS = 2  # "Tri-County Scanner Notes", "Carver Quayle"
# A headline's words: a first section's "The problem with our monorepo" is shorter, and a
# standfirst with no stop ("Swiss monitoring network says the rate of melt has doubled ...") longer.
HEADLINE_UNDER_DATE_WORDS = (6, 12)
LEDE_MIN_WORDS = 12
_CLOCK = re.compile(r"\d[:.]\d\d\b|\b(?:ago|gmt|bst|[ap]\.?m\.?)\b", re.IGNORECASE)  # a news page's stamp
_SHORT_LABEL = re.compile(r"^\w+(?: \w+)?:")  # "Reference: 0338 of 12 April", never a headline
_POSTED = re.compile(r"\b(?:posted|published|updated|issued)\b", re.IGNORECASE)  # "Review posted Mar 4, 2026"
_POSTED_BY = re.compile(r"^Posted by [A-Z]")  # a blog platform's byline under the post's headline


def _adjacent(upper: Unit, lower: Unit, furniture: frozenset[int] = frozenset()) -> bool:
    """Next to each other in the source, a blank line or two aside: a headline and its
    standfirst are; a site's tagline and the headline, with the page's menu between, are not."""
    return lower.line - max(upper.line, upper.last) <= ADJACENT_LINES and not _set_apart(upper, lower, furniture)


def _set_apart(upper: Unit, lower: Unit, furniture: frozenset[int]) -> bool:
    """A line of furniture (a menu, a button) stands between the two."""
    return any(line in furniture for line in range(max(upper.line, upper.last) + 1, lower.line))


ADJACENT_LINES = 3


_BARE_NAME = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž'’-]+(?: (?:[A-ZÀ-ÖØ-ÞĀ-Ž]\.|[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž'’-]+)){1,2}$")


def bare_name(text: str) -> bool:
    """"Henrike Adamczyk": two or three capitalised words, nothing else (no minor word, no
    figure): a person's name."""
    return bool(_BARE_NAME.match(text)) and not any(w.casefold() in MINOR_WORDS for w in text.split()[1:])


def _labelled_name(units: list[Unit], k: int) -> bool:
    """The name under a byline label: a writer's, or under "NEWS PROVIDED BY" the issuing body's."""
    return bool(_NAME_LINE.match(units[k].text)) or (
        k > 0 and units[k - 1].text.casefold().startswith("news provided by") and bool(_ISSUER.match(units[k].text)))


# A record's labelled details over or under its date or reference: "Funder: ...", "Session: ...".
_RECORD_LABEL = re.compile(r"^(?i:project dates?|funders?|funded by|grant( reference| number)?|principal investigator|"
                           r"session|room|track|journal|volume|published in|publisher|doi|keywords)"
                           r"\s*:\s*\S"
                           r"|^(?i:status|duration)\s*:\s*\S+(?: \S+){0,3}$")  # "Status: Completed"; a headline's "Status: Missing - ..." runs on


def _beside_byline(units: list[Unit], k: int) -> bool:
    """Part of the byline's block: a dateline, a role line ("Economics Editor"), a name over
    its role or its date, a byline's label and the name under it, a record's labelled details."""
    text = units[k].text
    return (is_dateline(text) or _name_line(units, k) or _labelled_date(text) or _text_credit(units, k)
            or (bool(_RECORD_LABEL.match(text)) and not ends_like_sentence(text))
            or (bool(_BYLINE_LABEL.match(text)) and k + 1 < len(units) and _labelled_name(units, k + 1))
            or (k > 0 and bool(_BYLINE_LABEL.match(units[k - 1].text)) and _labelled_name(units, k))
            or bool(_PERIOD_LABEL.match(text))
            or (_role_line(text) and _words(text) <= ROLE_MAX_WORDS and not ends_like_sentence(text)))


# A role line names the role before any comma, ending on it: "Science journalist, UHN Research
# Magazine", "Economics Editor", "Head of Valuations, ..."; a headline only mentions one ("Serbia
# frees jailed journalist Tomas Varga", "Hospital staff in Leeds vote to strike").
_ROLE_WORD = r"(?:(?:editor|correspondent|reporter|journalist|writer|columnist|critic|staff|analyst|producer|investigator|anchor)s?" \
             r"|meteorologist|presenter)"  # one person's: never "Meet the presenters", nor a photo's "Freelance photographer"
_ROLE_LAST = re.compile(rf"\b{_ROLE_WORD}$", re.IGNORECASE)
_ROLE_FIRST = re.compile(rf"^(\S+ ){{0,2}}{_ROLE_WORD}\b", re.IGNORECASE)  # "Editor-in-Chief", "Reporter for The Gazette"
ROLE_OPENING_WORDS = 5  # a role leading its line: a headline runs longer ("Hospital staff in Leeds vote to strike")


def _role_line(text: str) -> bool:
    first = text.split(",", 1)[0].strip()
    return bool(_ROLE_LAST.search(first) or _ROLE.fullmatch(first)
                or (_ROLE_FIRST.match(first) and len(first.split()) <= ROLE_OPENING_WORDS))


# "Publication date: 6 March 2025" over a reference: a date under its label. Only in the byline's
# block: in a book's factbox the same words are the factbox's.
_LABEL_VALUE = re.compile(r"^[A-Z][\w ]{0,30}:\s*(\S.*)$")


# A box that opens an article: "Key points" and its points.
BOX_LABEL = re.compile(r"^(key (points|facts|takeaways)|at a glance|in brief|in short|the essentials|"
                       r"highlights|summary)\s*:?$", re.IGNORECASE)
# A news page's labels for a deck or a caption: "Analysis: The council is betting ...", "Pictured: ...",
# and a span of dates: "Reporting period: weeks 14–15 (... 2025)". Under the headline, never one.
_NEWS_LABELS = frozenset({"analysis", "opinion", "comment", "exclusive", "explainer", "watch", "listen", "video", "review",
                          "live", "breaking", "update", "pictured", "top", "above", "below", "left", "right", "inset",
                          "main picture", "left to right"})
_YEAR = r"\b(?:19|20)\d\d\b"
_YEAR_IN = re.compile(_YEAR)


# A report's period over its issue date: "Reporting period: epidemiological week 14 (30 March – 5 April 2026)".
_PERIOD_LABEL = re.compile(r"^(?i:(?:reporting|reference|data|coverage|survey) period|period covered|valid from|"
                           r"in force from)\s*:\s*\S.*" + _YEAR)


def _news_labelled(text: str) -> bool:
    found = term_value(text)
    return found is not None and (found[0].casefold() in _NEWS_LABELS or bool(_YEAR_IN.search(found[1])))


def _field_between_dates(units: list[Unit], k: int) -> bool:
    """A short "Term: value" line between two labelled dates: the same box of facts ("Start
    date: August 2026", "Contract: Two years, renewable", "Closing date: 10 April 2026")."""
    field = term_value(units[k].text) if 0 < k < len(units) - 1 else None
    return field is not None and len(field[0].split()) <= FIELD_WORDS[0] and len(field[1].split()) <= FIELD_WORDS[1] \
        and not ends_like_sentence(units[k].text) \
        and all(term_value(units[j].text) and is_stamp(units[j].text) for j in (k - 1, k + 1))


FIELD_WORDS = (3, 5)  # a fact's term and value; "Load shedding: Stage 4 from 16:00 until ..." is a standfirst


def _labelled_date(text: str) -> bool:
    found = _LABEL_VALUE.match(text)
    return found is not None and is_stamp(found.group(1))


def _label_only(text: str, most_words: int = 3) -> bool:
    """Never a headline: a few words in upper case (a headline in capitals says more: "COPPERLINE
    ANNOUNCE FIRST TOUR IN 15 YEARS"; a ticker's "BREAKING NEWS: ..." is a banner), a trail, a
    word or three, a series' or section's name ("Series: Locked Away"), or a body's name in
    Title Case ("Eastfield and Wyre Hospitals NHS Foundation Trust": the site's, over its own headline)."""
    return (_shouting(text) and (_words(text) <= KICKER_MAX_WORDS or ":" in text)) or bool(_TRAIL.search(text)) \
        or _words(text) <= most_words or bool(_SERIES.match(text)) \
        or (bool(_BODY_NAME.search(text)) and case_style(text) == "title")


_BODY_NAME = re.compile(r"\b(Trust|Council|Federation|Association|Agency|Authority|Department|Ministry|University|"
                        r"College|School|Hospitals?|Commission|Institute|Foundation|Society|Police|Constabulary)$")


_SERIES = re.compile(r"^(?i:series|part of (?:a|the) series|from the series|section|category|in this series)\s*:\s*\S")


def _take_anchored(head: Masthead, units: list[Unit], title: int | None, standfirst: int | None, anchor: int,
                   start: int = 0) -> int:
    for k in range(start, anchor):
        if k == title:
            head.title = units[k]
            head.reasons.append((units[k].line, "title: the headline-like line right over the byline or date "
                                                "(and standfirst)"))
        elif k == standfirst:
            head.standfirst = units[k]
            head.reasons.append((units[k].line, "summary: the standfirst, between the headline and the byline or date"))
        elif title is not None and k > title and _same(units[k].text, units[title].text):
            head.dropped.append((units[k], "repeated headline"))
            head.reasons.append((units[k].line, "the headline again"))
        elif title is not None and k == title + 1 and _STARS.fullmatch(units[k].text.strip()):
            head.stamps.append(units[k])  # the review's stars, shown as written with its date
            head.reasons.append((units[k].line, "the review's rating under its headline, shown as written"))
        else:
            head.dropped.append((units[k], "kicker"))
            head.reasons.append((units[k].line, "kicker: a label over the headline, the byline or the date"))
            if title is None:
                head.doubts.append((units[k].line, f"left out {units[k].text!r} as a label over the byline, "
                                                   "with no headline"))
    return anchor


_OFFICER_WORDS = r"officer|spokes(?:person|woman|man)|press secretary"
_OFFICER = re.compile(rf"\b(?:{_OFFICER_WORDS})$", re.IGNORECASE)  # a title that also heads a who's who: right under the name only
_ROLE = re.compile(rf"\b(?:{_ROLE_WORD}|reporting services?)\b"
                   r"|^(?:[A-Z][\w-]* ){0,2}(?:head of [\w ]{1,30}|(?:director|manager|founder|chief \w+ officer|engineer|"
                   r"designer|developer|researcher|scientist|professor|lecturer|consultant|strategist|" + _OFFICER_WORDS +
                   r")(?: of [\w ]{1,30})?)"
                   r"(?:, [A-Z][\w&'’ .-]{1,50})?$"  # and its employer: "Head of Valuations, Pellow & Finch Auctioneers"
                   r"|^(?-i:(?!(?:The|A|An) )[A-Z][\w-]*(?: [a-z][\w-]*){0,2} [a-z][\w-]*(?:er|or|ist|ian)(?:, [A-Z][\w&'’ .-]{1,50}))$"  # "Rover planner, Ostrava ..."
                   r"|^special to (?:the )?(?-i:[A-Z])[\w&'’ .-]{1,50}$",  # a freelance's line: "Special to The Prairie Post"
                   re.IGNORECASE)  # a job title alone: "Head of Product", "Senior Product Manager", not "Director resigns ..."
ROLE_MAX_WORDS = 8  # "Head of Valuations, Pellow & Finch Auctioneers"
_EMAIL = re.compile(r"^(?i:e-?mail:?\s*)?[\w.+-]+@[\w-]+(\.[\w-]+)+$")  # the writer's address, under the byline
_PERSON = r"[A-ZÀ-ÖØ-Þ][\w'’.-]+(?: (?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|de|van|von|al|bin|da|di|le|la)){1,3}"
_NAME_LINE = re.compile(rf"^{_PERSON}(?:(?:,| and| &) {_PERSON})?"  # "Alex Thornbury and Priya Menon"
                        r"(?:,? (?:in|at|for) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?|(?:, [\w'’ -]{2,40}){1,2}|, (?:[A-Z][\w'’&.-]* ){1,6}[a-z][\w'’ -]{1,30}"  # "..., Yarrabee District Ratepayers Association president"
                        r"| [·|–—-] [A-Z][\w'’ ,&-]{0,30}(?i:editor|correspondent|reporter|writer|columnist|critic|"
                        r"staff|analyst|producer|engineer|designer|developer|manager|director)[\w'’ ,&-]{0,40}"
                        r"| [·|] [A-Z][\w&.'’-]*(?: (?:[A-Z]|(?!(?:19|20)\d\d\b)\d)[\w&.'’-]*){0,3}"  # "Jacqueline Morrow · CBC News", "Jo Lee |
                        # Ledgerline", a station's "Adaeze Okafor | NewsRadio 1090 CKBR"; never a tag's "Simone Biles | Paris 2024"
                        r"| / (?:[A-Z]{3,}\b|(?:[A-Z][\w&.'’-]* ){0,3}(?:News|Network|Press|Media|Desk|Bureau|Service|Wire)\b)"
                        r"(?: [A-Z][\w&.'’-]*){0,3})?"
                        r"(?: \([A-Z][^()]{1,60}\))?$")  # "Rohit Kulkarni / WGT News Network", "Anjali Deshmukh / TNN": an outlet
# after the slash, by its initials or a newsroom's word; never an album's "Sabrina Carpenter / Man's Best Friend", a
# photographer's "Evan Vucci / AP" or "Kent Nishimura / Bloomberg", nor a trail's "Local News / Planning"; last, the seat
# a member holds, in brackets: "Daniel Ashworth (Brackenfield and Holme)", "..., Ward 23 (Sahakar Nagar)"

_AUTHOR = rf"{_PERSON}[\d*†‡§]{{0,4}}"
# A paper's authors, three or more: "Grace Nakato, Samuel Ochieng Odhiambo, Brian Tumwesigye & Peter
# Ssebunya"; on dev, every such line at the top is a byline but an address's "Olienhout Street, ...".
_AUTHOR_LIST = re.compile(rf"^{_AUTHOR}(?:(?:, | & | and |, and ){_AUTHOR}){{2,}}$")
_STREET = re.compile(r"\b(?:Street|St|Road|Rd|Avenue|Ave|Lane|Drive|Heights|Town|City|Square|Terrace|Crescent)\b")
# Their affiliation: an institution, named with no small words but those joining names.
_AFFILIATION = re.compile(r"\b(?:University|Institute|Department|School|Faculty|College|Hospital|Centre|Center|"
                          r"Academy|Laboratory|Universit[äéà]t?)\b")
_JOINING_WORDS = frozenset("a b c d e f of for and the de del der des du la le in at on y und für".split())


def _author_list(units: list[Unit], k: int) -> bool:
    """Three authors or more, with no "By ..." line right under them (a caption's or a kicker's
    names, "Prince William, Princess Charlotte and Prince Louis", over the writer's byline)."""
    text = units[k].text
    return bool(_AUTHOR_LIST.match(text)) and not _STREET.search(text) and not _shouting(text) \
        and not any(is_byline(u.text) for u in units[k + 1:k + BYLINE_REACH])


def _affiliation(text: str) -> bool:
    """An institution's name and place, its only small words joining names ("Department of General
    Medicine, Sahyadri Institute of Medical Sciences"), never a deck ("Leaked board papers show ...")."""
    return bool(_AFFILIATION.search(text)) and not ends_like_sentence(text) \
        and all(word in _JOINING_WORDS for word in re.findall(r"\b[a-zà-ÿ]\w*", text))


_HONORIFIC = re.compile(r"^the (rev|revd|reverend|very rev|rt hon|right hon|hon|honourable|honorable)\b", re.IGNORECASE)


_TEXT_CREDIT = re.compile(rf"^(?i:text):\s*{_PERSON}$")


def _text_credit(units: list[Unit], k: int) -> bool:
    """"Text: Ana Kovač" right over the date: the writer's credit (a factbox's "Text: Of Mice and
    Men", a hymn's "Text: Isaac Watts" over its tune, are the article's)."""
    return bool(_TEXT_CREDIT.match(units[k].text)) and k + 1 < len(units) and is_stamp(units[k + 1].text)


BYLINE_REACH = 5  # lines under a bare name where a written byline ("Photographs and text by ...") outranks it
SECTION_NAMES = frozenset("news local sport sports business opinion politics world lifestyle travel culture health "
                           "money tech technology science education entertainment weather".split())
_OUTLET_SECTIONS = SECTION_NAMES | frozenset("features columns letters editorial comment analysis".split())  # "Harbour Times | Opinion"


# A news agency's name alone in the masthead ("AFP", "dpa", "With AFP", "ANI", "Associated Press"):
# the story's source, its byline; never a dateline, though in capitals.
AGENCIES = (r"AFP|AP|AAP|ANI|ANSA|Anadolu|Bernama|dpa|EFE|IANS|Kyodo|PA|PA Media|PTI|Reuters|TNN|UPI|Xinhua|Yonhap|"
            r"(?:The )?Associated Press|Press Association|Agencies")
# A writer's credit under a verb of its own, with any role after it: "Report by Ieuan Pryce,
# auctioneer", "Answered by Joanna Strell, employment solicitor", "Curated by Olu Adeyemi": a writer's
# verbs only, never a film's "Directed by ...", a headline's "Failed by Thames Water", nor a health
# page's "Reviewed by Dr Ben Lacroix, ..." (a critic's "Reviewed by" alone is `_CRITIC`).
_CREDIT_VERBS = ("Report|Review|Reported|Answered|Tested|Curated|Introduced|Compiled|Notes|Created|Hosted|Presented|Prepared|"
                 "Issued|Edited|Produced|Researched|Illustrated|Campaign|Project|Planned|Submitted|Recipe|Pattern|Text")
_CREDIT = re.compile(rf"^(?:{_CREDIT_VERBS}) by {_PERSON}(?:(?:,| and| &) {_PERSON})*(?:, [^.!?|]{{2,60}})?$")


# A newsroom credited as a whole: "Horizon24 staff", "Staff and agencies", "The Dispatch newsroom",
# "Our politics team", "FilmiBuzz Desk", "The Editorial Board"; in the text, "Hospital staff" may
# head a section, so only over the date, and a headline's "Tesco Axes Night Shift Staff" or
# "Introducing Our New Editorial Board" names more than an outlet.
_NEWSROOM = re.compile(r"^(?:(?:The )?[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,2} staff|(?:The )?[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*)? Staff"
                       r"|(?:[A-Z][\w'’-]* )?(?i:staff and agencies)|(?i:staff (?:reporters?|writers?|correspondents?))"
                       r"|(?:The|Our) (?:[A-Z][\w&.'’-]* ){0,3}(?:[a-z]+ )?(?:newsroom|news team|politics team|news desk|desk)"
                       r"|(?:The )?(?:[A-Z][\w&.'’-]* ){0,2}(?:Desk|Newsroom|Editorial Board))$")


# A release as a press wire credits it, to the body that issued it: "Press Release – Wairangi Chamber of Commerce"
_RELEASE_FROM = re.compile(r"^(?i:press|media|news) (?i:release) [–—-] (?!(?i:embargo\w*|for immediate|immediate|correction|update|"
                           r"joint|statement|urgent|attention|not for)\b)[A-Z][\w&'’.,() -]{2,80}$")  # never "... – Embargoed until 6am"
# A live page's reporters, where each is: "Kwame Asante-Boakye in Accra and Ruth Ellison"; a
# headline ("Heavy Rain in Kent and Sussex Flooding") or a caption ("Keir Starmer in Kyiv and
# Emmanuel Macron in Paris") may read so, so only over the date of a live page, with no byline below.
_REPORTERS_IN = re.compile(rf"^{_PERSON} in [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? and {_PERSON}(?: in [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)?$")


def _credit_over_stamp(units: list[Unit], k: int) -> bool:
    """A credit right over the date and under a longer line: the byline. A headline may read so
    ("Tested by Storm Babet"), but it stands over its date under a shorter label, never a headline."""
    text = units[k].text
    reporters = bool(_REPORTERS_IN.match(text)) and _entry_stamps(units, clocks=True) >= LIVE_MIN_ENTRIES \
        and not any(is_byline(u.text) for u in units[k + 1:k + BYLINE_REACH])  # never a caption over a byline
    return bool(_CREDIT.match(text) or _NEWSROOM.match(text) or _RELEASE_FROM.match(text) or reporters) \
        and 0 < k and k + 1 < len(units) and is_stamp(units[k + 1].text) and _words(units[k - 1].text) > _words(text)


_AGENCY_CREDIT = re.compile(rf"^(?i:with )?\(?((?i:{AGENCIES}))\)?$")


def _beside_stamp(units: list[Unit], k: int) -> bool:
    """A date line right over or under k: an agency's credit stands by the story's date ("AFP",
    then "Wed 04 Mar 2026 - 19:40"); a topic's tag ("Reuters" over a story about it) need not."""
    return any(0 <= j < len(units) and is_stamp(units[j].text) for j in (k - 1, k + 1))


def _written_byline_below(units: list[Unit], k: int) -> bool:
    """A written byline a few lines under k ("By Dan Whitcombe"): a name line over it, "Kansas City
    Chiefs at Buffalo Bills" or a caption's "Kamala Harris at Howard University", is no byline."""
    return " at " in units[k].text and any(is_byline(u.text) for u in units[k + 1:k + BYLINE_REACH])


_CODE = re.compile(r"\b(?i:no\.) ?[A-Z0-9]|\d[-/.]\w*\d")  # a document's number or code, never "Number 10 correspondent"


def _standfirst_over_byline(units: list[Unit]) -> bool:
    """The page's first line a sentence or two, right over a name line and its role or date
    ("Cordelia Nyambura", "Senior science writer", "March 4, 2026"): copied from under the headline."""
    return len(units) > 2 and ends_like_sentence(units[0].text) and not _is_meta(units, 0) and _name_line(units, 1)


_LED_BY = re.compile(r"^(?i:(?:posted |written |words |story |reported )?by)\b")  # never a role's "Staff writer"
_DESK = re.compile(r"\b(?i:team|desk|staff|office|department|communications|newsroom|admin)\b")


def _unseated(units: list[Unit], k: int) -> bool:
    """A name line with a seat in brackets or two offices that stands under no longer headline, or
    over a written byline: a review's "La Sylphide (Scottish Ballet)" over the date is its
    headline; a caption's "Rachel Reeves, the Chancellor, in Downing Street" over "By Tom Hadley"
    names no writer."""
    text = units[k].text
    return ("(" in text or text.count(",") >= 2) and (
        k == 0 or _words(units[k - 1].text) <= _words(text) or any(is_byline(u.text) for u in units[k + 1:k + BYLINE_REACH]))


def _name_line(units: list[Unit], k: int) -> bool:
    """A byline without "By": a person's name, perhaps with a role or place ("Tom Aldridge,
    Legal affairs correspondent", "Priya Nair in Manchester", "Tom Verity at Holloway Park"), over
    a date line or a role."""
    text = units[k].text
    if " | " in text and SECTION_NAMES & set(text.split(" | ")[0].casefold().split()):
        return False  # a section trail, "Local News | Planning", names no writer
    if not _NAME_LINE.match(text) or k + 1 >= len(units) or (text[:4].casefold() == "the " and not _HONORIFIC.match(text)) \
            or _CODE.search(text.split(",", 1)[0]):  # "Advisory No. BWA-2026-014" names no one; "Sport24 Staff" may
        return False  # a person's name opens on "The" only as a title ("The Rev Kate Ellison"): "THE WEEKENDER" is a newsletter's
    if "," in text:
        return bool(_ROLE.search(text.split(",", 1)[1])) or is_stamp(units[k + 1].text)
    if text.isupper() and _names_a_place(text):
        return False  # "PORT ARVEN" over the date: the dateline (on the benchmark, 20 of 20 such lines)
    if text.isupper() and _LED_BY.match(units[k + 1].text):
        return False  # "PORT ELLIS" over "By staff reporters": the dateline (over "Anna Green, Health
        # Correspondent", "JAMES WHITE" may be her co-writer)
    if (_LED_BY.match(units[k + 1].text) and is_byline(units[k + 1].text)
            and (not _DESK.search(units[k + 1].text) or text.isupper())) \
            or _unseated(units, k):
        return False  # a written byline right under it ("Posted by Anjali Varghese on 22 March 2025") names the writer
        # (a site's "Posted by Communications Team ..." under a guest's name does not, but under a place in
        # capitals, "LOMA ALTA" over "By KVRT Staff", it does: the place is the dateline); a seat needs a headline over it
    if _place_line(units, k + 1):
        k += 1  # "Rohit Saxena", then "New Delhi", then the date
    if k + 2 < len(units) and _EMAIL.match(units[k + 1].text):
        k += 1  # "Kelsey Marr", then her address, then the date
    after = units[k + 1].text
    return is_stamp(after) or (bool(_ROLE.search(after)) and len(after.split()) <= ROLE_MAX_WORDS) \
        or (bool(_NEWSROOM.match(after)) and k + 2 < len(units) and is_stamp(units[k + 2].text))  # her desk, then the date


# The words that make a name a place's: "PORT ARVEN", "SANTA LUCERNA", "CARROW BRIDGE", "MEXICO CITY".
_PLACE_FIRST = frozenset({"port", "porto", "puerto", "santa", "san", "saint", "st", "fort", "mount", "cape", "lake",
                          "el", "los", "las"})
_PLACE_LAST = frozenset({"bridge", "bay", "city", "town", "falls", "springs", "heights", "island", "islands", "valley",
                         "creek", "point", "cove"})  # never a surname's too: "ANNA FORD", "DAVID HARBOUR", "TOM BEACH"


def _names_a_place(text: str) -> bool:
    words = text.casefold().replace(".", "").split()
    return 2 <= len(words) <= 3 and (words[0] in _PLACE_FIRST or words[-1] in _PLACE_LAST)


def _headline_under_stamps(units: list[Unit], k: int) -> bool:
    """Date lines from k, then a headline: a post that opens on its writer's name and time
    ("Marta Kovač", "04/03 09:41", then the headline)."""
    start = k
    while k < len(units) and is_stamp(units[k].text):
        k += 1
    return k > start and k < len(units) and headline_like(units[k].text)


PLACE_HEADLINE_WORDS = 5  # over the name: a headline or standfirst, never a section's "Economy"


def _named_place(units: list[Unit], k: int) -> bool:
    """"Mumbai" under a person's bare name ("Aditi Venkatesan"), or under the name and its role
    ("Claire Dufresne", "Economics reporter", "Ottawa"), over the date, with a headline or
    standfirst above the name; never a short headline ("RBI Keeps Rates Unchanged") over it."""
    if k < 2 or not _place_line(units, k):
        return False
    name = k - 2 if _role_line(units[k - 1].text) and _words(units[k - 1].text) <= ROLE_MAX_WORDS else k - 1
    return name >= 1 and bare_name(units[name].text) and _words(units[name - 1].text) >= PLACE_HEADLINE_WORDS


def _common_words(text: str, units: list[Unit]) -> bool:
    """A line in capitals the text says in lower case, whole ("CHURCH SERVICES", "the story so
    far"), or one word said so and never capitalised inside a sentence ("SYMPTOMS",
    "CURRENCIES"): a section's label. A place's name is a proper noun: never said so whole
    ("CAPE TOWN", though "the cape"), and capitalised inside a sentence ("in Bath", "Reading's")."""
    if "," in text:
        return False  # "HARBOR CITY, Calif.": a place and its state
    body = "\n".join(u.text for u in units)
    words = text.split()
    if len(words) > 1:
        return said_in_lower_case(text, body)
    word = text.strip(".:").capitalize()
    return said_in_lower_case(word, body) and not re.search(r"\b[a-z][\w'’-]* " + re.escape(word) + r"\b", body)


def _place_line(units: list[Unit], k: int) -> bool:
    """A place in a byline's block ("New Delhi"): a name of three words at most, between a
    name line and a time stamp."""
    return (0 < k < len(units) - 1 and bool(_PLACE.match(units[k].text)) and is_stamp(units[k + 1].text))


def _over_list(units: list[Unit], k: int) -> bool:
    """Whether a list's first two items are right under k: a box's label ("KEY DEVELOPMENTS" over
    "1. ...", "2. ..."), never a dateline, which stands over running text (390 of 390 on dev); a wire's
    first numbered section ("1. It avoids a shutdown, for now" over its text) may stand under one."""
    return k + 2 < len(units) and len(units[k].text.split()) >= 2 and "," not in units[k].text \
        and all(bullet(u.text) or numbered(u.text) for u in units[k + 1:k + 3])  # never "EDINBURGH, 27 February 2025"


def _over_table(units: list[Unit], k: int) -> bool:
    """Whether a table's rows are right under k: a box's label ("SNAPSHOT" over the results),
    never a dateline, which stands over running text."""
    return k + 2 < len(units) and all(u.text.count("|") >= 2 for u in units[k + 1:k + 3])


def _capitals_place_under_stamps(units: list[Unit], k: int) -> bool:
    """A place in capitals right under the date lines from k ("ESSAOUIRA, Morocco"), over running
    text: the dateline, and the name between the byline and the date the outlet's ("Meridian
    Press"); never a box's label ("FAST FACTS" over its points)."""
    while k < len(units) and is_stamp(units[k].text):
        k += 1
    return k + 1 < len(units) and is_dateline(units[k].text) and _shouting(units[k].text.split(",")[0]) \
        and not BOX_LABEL.match(units[k].text) and ends_like_sentence(units[k + 1].text)


_PLACE = re.compile(r"^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}$")


def _next_content(units: list[Unit], k: int) -> int:
    """The first line from k that is no byline or stamp."""
    while k < len(units) and (is_byline(units[k].text) or is_stamp(units[k].text)):
        k += 1
    return k


def _opens_block(units: list[Unit], k: int) -> bool:
    """A list or a table starts at k; not a numbered section's title over its text ("1.
    Overview" over "As an employer, you have to pay ...")."""
    if k >= len(units):
        return False
    text = units[k].text
    if numbered(text) and not ends_like_sentence(text) and k + 1 < len(units) \
            and not _opens_block(units, k + 1) and ends_like_sentence(units[k + 1].text):
        return False
    return bool(bullet(text) or numbered(text)) or "|" in text or "\t" in text


def _beside_meta(units: list[Unit], k: int) -> bool:
    return any(0 <= j < len(units) and (is_byline(units[j].text) or is_stamp(units[j].text))
               for j in (k - 1, k + 1)) or (k + 1 < len(units) and _name_line(units, k + 1))  # "TORONTO" over "Gwen Okafor"


# A breadcrumb trail's links: "Home > Residents > Resident parking permits", "You are here: Home / Grants / ..."
_TRAIL_LINKS = re.compile(r"\s+[›>/|»]\s+")
_HERE = re.compile(r"^(?i:you are here)\s*:?\s*")
TRAIL_REACH = 3  # lines under the trail where the page it names may stand
TRAIL_LINK_WORDS = 6


def named_by_trail(units: list[Unit], kinds: list[str | None], top: int = ANCHOR_REACH) -> int | None:
    """The line of the page a breadcrumb trail at the top names as its last link (never a menu's
    "News | Sport | The long read", though a trail from "Home" may be set out so), standing a few
    lines under it ("Home > Parents > Term Dates" over "Term Dates", or over "Section 7: Porth
    Eirin to Traeth Mawrhir" after "Home | Route sections | Section 7"): the headline, whatever
    site name or tagline stands above. Never a section's label over a longer headline ("World ›
    Europe › Analysis" over "ANALYSIS", then the headline), a byline or a date. On dev, of 121
    such lines 116 are the title."""
    for k in range(min(len(units), top)):
        links = _TRAIL_LINKS.split(_HERE.sub("", units[k].text))
        last = links[-1].strip()
        if (" | " in units[k].text and links[0].casefold() != "home") or len(links) < 2 or any(len(link.split()) > TRAIL_LINK_WORDS for link in links) or len(re.sub(r"\W+", "", last)) < 3:
            continue
        for j in range(k + 1, min(len(units), k + 1 + TRAIL_REACH)):
            text = units[j].text
            rest = text[len(last):].lstrip() if text.casefold().startswith(last.casefold()) else ""
            if kinds[j] or not (_same(text, last) or (len(rest) > 2 and rest[0] in ":–—-,(")):
                continue
            if not headline_like(text) or _is_meta(units, j) or _CONTACT.match(text) or is_dateline(text) \
                    or ((_words(text) <= LABEL_MAX_WORDS or _shouting(text)) and _headline_follows(units, j + 1, text)):
                return None  # (the label of a section over its headline)
            return units[j].line
    return None


def _headline_follows(units: list[Unit], k: int, kicker: str) -> bool:
    """A longer headline-like line comes next (after any byline, stamp or other kicker). A
    Title Case name over it ("Town of Fenwick Water Department") must be much shorter."""
    while k < len(units) and (is_byline(units[k].text) or is_stamp(units[k].text)
                              or (_kicker_like(units[k].text) and (_shouting(units[k].text) or _words(units[k].text) <= 2))):
        k += 1
    if k + 1 >= len(units):
        return False
    text = units[k].text
    if not (headline_like(text) or (_OPINION_LABEL.match(kicker) and _title_shaped(text))) or _words(text) <= _words(kicker):
        return False  # under an opinion page's label, a headline may end in a stop: "I'm a Nurse. The Math Doesn't Add Up."
    if _shouting(kicker) or _words(kicker) <= 2 or _TRAIL.search(kicker):
        return _words(text) >= 6 or _shouting(kicker)
    return _words(text) >= max(KICKER_NAME_RATIO * _words(kicker), 8)


PARAGRAPH_MIN_WORDS = 8
# An opinion page's label over its headline ("Guest Essay", "Op-Ed", "Our view"): of 176 such dev
# lines, 172 are furniture, none a title.
_OPINION_LABEL = re.compile(r"^(?:guest (?:essay|column|commentary|opinion)|opinion|op-ed|editorial|comment|column|commentary|"
                            r"viewpoint|our view|perspective|essay|analysis)$", re.IGNORECASE)


def _under_opinion_label(units: list[Unit], k: int) -> bool:
    """A headline right under an opinion page's label, which may end in a stop ("Guest Essay" over
    "I'm a Night-Shift Nurse. The Staffing Math Doesn't Add Up.")."""
    return k > 0 and bool(_OPINION_LABEL.match(units[k - 1].text)) and _stopped_headline(units[k].text)


def _stopped_headline(text: str) -> bool:
    """A headline ending in a stop: at most two sentences, in Title Case or each short ("I'm a
    nurse. The maths doesn't add up."). "Analysis" over a long sentence-case sentence is over the
    article's first paragraph."""
    sentences = split_sentences(text)
    return _title_shaped(text) and len(sentences) <= 2 and (
        case_style(text) in ("title", "caps") or all(_words(s) <= STOPPED_SENTENCE_WORDS for s in sentences))


STOPPED_SENTENCE_WORDS = 8


def _name_over_headline(units: list[Unit], k: int) -> int | None:
    """Where the headline stands, if the line at k is a site's or section's name over it: a
    few labels' lines down ("Eastmoor City Council", "Licensing > Hearings and decisions"),
    a headline-like line twice its length. Not a question or a caption's sentences, which
    open a page under its short title ("Shareholder FAQ"), nor a line holding all the name's
    words ("Plantar fasciitis", then "Check if you have plantar fasciitis")."""
    name = units[k].text
    if not _kicker_like(name):
        return None
    for j in range(k + 1, min(len(units), TOP_MAX_UNITS)):
        text = units[j].text
        if j > k + 1 and headline_like(text) and not is_stamp(text) and not is_byline(text) \
                and _words(text) >= max(KICKER_NAME_RATIO * _words(name), HEADLINE_UNDER_NAME_MIN_WORDS) \
                and not text.endswith("?") and not _INNER_SENTENCE.search(text) \
                and not set(_WORD.findall(name.casefold())) <= set(_WORD.findall(text.casefold())):
            return j
        if ends_like_sentence(text) or _words(text) > KICKER_MAX_WORDS or units[j].role == "keep" \
                or is_rating(text):
            return None  # running text, a deck, or a review's rating under its title ("★★★★☆"): the name heads
    return None


HEADLINE_UNDER_NAME_MIN_WORDS = 6
_INNER_SENTENCE = re.compile(r"[.!?] [A-Z]")
_WORD = re.compile(r"\w+")


def _over_stacked_headline(units: list[Unit], k: int) -> bool:
    """A label (a site's or section's name, a breadcrumb, a word or four) at the top of a stack
    of short lines whose last stands right over the first paragraph: that last line is the
    headline, however short ("Health A to Z", "Conditions", then "Plantar fasciitis")."""
    end = k
    while end < min(len(units), TOP_MAX_UNITS) and not ends_like_sentence(units[end].text):
        end += 1
    if end - k < 2 or end >= len(units) or _words(units[end].text) < PARAGRAPH_MIN_WORDS:
        return False
    last = units[end - 1].text
    return (headline_like(last) and not is_stamp(last) and not is_byline(last)
            and all(_kicker_like(u.text) or _words(u.text) <= 4 or bool(_TRAIL.search(u.text))
                    for u in units[k:end - 1]))


def _standfirst(units: list[Unit], k: int) -> bool:
    """Running text right under the headline: a sentence, or a long line without full stop
    (decks often have none). Not a label over what follows."""
    text = units[k].text
    labelled = term_value(text)
    if labelled and _words(labelled[1]) >= STANDFIRST_MIN_WORDS and (
            _shouting(labelled[0]) or labelled[0].casefold() in _DECK_LABELS):
        # "EXCLUSIVE: Widow Brenda Hollis says ...", a newsletter's "Plus: a $1.9 billion bet on ..."
        # (a series' "Letters: Hospital parking, ..." is a headline, "Correction: ..." a note)
        labelled = None
    if bullet(text) or numbered(text) or "|" in text or "\t" in text or labelled or is_salutation(text) or agency_tagged(text) \
            or (k + 1 < len(units) and attributed_quote(text, units[k + 1].text)):
        return False  # (a picture's caption under the headline: "... in Riyadh. (SPA)"; an epigraph over its speaker)
    if ends_like_sentence(text) and not text.rstrip().endswith(":"):
        return True
    start = text[:1]  # "$22 million unit at ... means ..."; a figure opens headlines too ("5 things to know about ...")
    return _words(text) >= STANDFIRST_MIN_WORDS and (start.isupper() or start in "$£€")
