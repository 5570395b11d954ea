"""Furniture told by its neighbours, not by its own words: the links under a "Most read"
label, a site's menu (short lines in a row, or labels set apart by pipes or runs of
spaces), a video's length ("1:42") where the article is no live blog, a feedback
question's buttons, a web story's slide counters, and the site's name over its breadcrumb.
Each marks the kinds of lines `furniture_kind` left unmarked."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from itertools import islice

from build_tools.parse.text import (MINOR_WORDS, ROLE_FIRST_BYLINE, anchored_heading, bullet, case_style, ends_like_sentence, is_byline, is_led_stamp,
                                    is_name_and_outlet, is_person_with_role, is_price, is_stamp,
                                    is_time_stamp, numbered)
from build_tools.parse.furniture import CREDIT_LABEL, furniture_kind
from build_tools.parse.units import Unit


def mark_widgets(units: list[Unit], kinds: list[str | None], raw: tuple[str, ...] | list[str],
                 wiki: int | None = None) -> None:
    """Set kinds[k] for each unit that its neighbours show to be furniture (`raw`: the
    source lines, whose spacing the units no longer hold; `wiki`: where a wiki's marks stand,
    from `wiki_mark`)."""
    _sign_up_fields(units, kinds)  # first: a form's other parts stand by its fields
    _widget_parts(units, kinds)  # every other widget reads the kinds
    _wiki_chrome(units, kinds, wiki)  # before contents: a wiki's contents box holds its toggles
    _contents(units, kinds)  # before link blocks: a contents box ends where its entries do
    _link_blocks(units, kinds)
    _polls(units, kinds)  # before menus: a poll's short options are no menu, nor is the heading after them
    _menus(units, kinds)
    _durations(units, kinds)
    _pipe_menus(units, kinds)
    _spaced_menus(units, kinds, raw)
    _feedback_answers(units, kinds)
    _text_size_options(units, kinds)
    _slide_counters(units, kinds)
    _prev_next(units, kinds)
    _quoted_notices(units, kinds)
    _post_stamps(units, kinds)
    _names_over_breadcrumbs(units, kinds)
    _trailing_tags(units, kinds)
    _footer_links(units, kinds)
    _trailing_headlines(units, kinds)
    _dated_links(units, kinds)
    _tags_under_label(units, kinds)
    _captions_under_controls(units, kinds)
    _caption_over_credit(units, kinds)
    _repeated_captions(units, kinds)
    _photographers(units, kinds)
    _page_kind_labels(units, kinds)
    _live_page_toggles(units, kinds)
    _transcript_tabs(units, kinds)
    _buttons_over_nothing(units, kinds)
    _repeated_buttons(units, kinds)
    _back_to_top(units, kinds)
    _split_wire_credits(units, kinds)
    _agency_initials(units, kinds)
    _weak_buttons(units, kinds)
    _comment_threads(units, kinds)
    _rights_notices(units, kinds)
    _cookie_banners(units, kinds)
    _sponsored_boxes(units, kinds)
    _promotion_boxes(units, kinds)
    _odds_boxes(units, kinds)
    _key_events_toggles(units, kinds)
    _newsletter_labels(units, kinds)
    _emails_name(units, kinds)
    _prices_by_buttons(units, kinds)
    _store_buttons(units, kinds)
    _forms(units, kinds)
    _key_event_marks(units, kinds)
    _buttons_side_by_side(units, kinds)  # after forms: a form's "Add another" over "Compare now" is the form's
    _author_boxes(units, kinds)
    _hatnotes(units, kinds)
    _map_titles(units, kinds)
    _quoted_companies(units, kinds)
    _calculators(units, kinds)
    _amounts_over_controls(units, kinds)
    _pull_quotes(units, kinds)
    _running_headers(units, kinds)
    _widget_titles(units, kinds)  # after the widgets whose lines it stands over
    _islands(units, kinds)
    _comment_labels(units, kinds)  # it asks whether the line after it is furniture
    _wiki_title(units, kinds, wiki)  # last: menus and boxes may take it for one of theirs
    _anchored_headings(units, kinds)


def _anchored_headings(units: list[Unit], kinds: list[str | None]) -> None:
    """A heading closed by its own link or mark ("Biography[]", "agent.name¶") is the article's,
    never a box's or a rail's line (a contents box's entries stand above such headings), nor a
    site's address ("agent.name")."""
    for k, unit in enumerate(units):
        if kinds[k] and anchored_heading(unit.text):
            kinds[k] = None


TAGS_MIN = 2
RUNNING_HEADER_MAX = 3  # lines of a document's header, repeated on each page
RUNNING_HEADER_MIN = 2


_PAGE_NUMBER = re.compile(r"^Page \d{1,3}(?: of \d{1,3})?$", re.IGNORECASE)


def _running_headers(units: list[Unit], kinds: list[str | None]) -> None:
    """A document copied from its pages ("Page 1 of 2"): two lines or more that open the text
    and come again under every page's number, none a sentence, are its running header
    ("Wexcombe District Health Unit", "Board of Health – Minutes – April 9, 2025"). One line
    alone is a headline or a byline said again, which other rules read."""
    breaks = [k for k, unit in enumerate(units) if _PAGE_NUMBER.match(unit.text) and kinds[k] and k + 1 < len(units)]
    if not breaks:
        return
    header = {units[k].text for k in range(min(RUNNING_HEADER_MAX, breaks[0])) if not ends_like_sentence(units[k].text)}
    for b in breaks:
        header &= {unit.text for unit in units[b + 1:b + 1 + RUNNING_HEADER_MAX]}
    if len(header) < RUNNING_HEADER_MIN:
        return
    for k, unit in enumerate(units):
        if unit.text in header and not kinds[k]:
            kinds[k] = "page control"


# A picture's credit on its own line: "Amaya Ruiz for The Meridian", "RNLI/Dan Pascoe".
_PHOTOGRAPHER = re.compile(r"^(?P<name>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,2}) for The [A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3}$"
                           r"|^(?:[A-Z]{2,}|[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){1,3})/[A-Z][a-z][\w.'’-]* [A-Z][\w.'’-]+$")
_WRITER_ROLE = re.compile(r"(?i:writer|reporter|correspondent|editor|staff|photographer)$")
_NO_NAME = frozenset({"what", "how", "why", "who", "when", "where", "it", "its", "your", "our", "my", "their", "his", "her",
                      "means", "is", "are", "was", "this", "that", "these", "those", "news", "help", "homes", "funding"})
TEXT_BEGUN = 2  # lines of running text above: under the headline, "Jo Lee for The Observer" is the byline


_BUTTON_OVER_NOTHING = re.compile(r"^(find out more|check (your )?flight status|find your (electorate|constituency|ward|mp|"
                                  r"councillor|representative|polling station)|shop (it )?(at|on) [A-Z][\w.'’&-]*"
                                  r"( [A-Z][\w.'’&-]*){0,2}|book a table( (at|with|on) [A-Z][\w.'’&-]*( [A-Z][\w.'’&-]*){0,2})?|"
                                  r"check your postcode|apply for an exemption|book your free [\w ]{1,40}|"
                                  r"(start|make|track) an? (new |existing )?claim|check the status of (a|your) claim|"
                                  r"find a repair shop|(enable|turn on) (push )?notifications( for [\w ]{1,30})?|"
                                  r"mark as (complete|read|done)|rss (news )?feed|watch the (keynote|livestream|live stream)|"
                                  r"join|hide|add your comment|transcript|refresh page|(?-i:LIVE))\W*$", re.IGNORECASE)
# A job board's and a shop's buttons, furniture only among others ("Apply" over "Save" over "Email
# this job"; "In stock" over "Add to Basket"): over text, "Apply" and "Out of stock" head sections.
_WEAK_BUTTON = re.compile(r"^(apply|save|in stock|out of stock)\W*$", re.IGNORECASE)


_PREV_NEXT = re.compile(r"^(previous|next): (chapter|episode|part|patch|lesson|level|quest) [\w.]+\b.{0,60}$", re.IGNORECASE)


def _prev_next(units: list[Unit], kinds: list[str | None]) -> None:
    """A guide's "Previous: Chapter 3, ..." and "Next: Chapter 5, ...": its navigation, when it
    has both (a reading schedule's "Next: Chapter 5" alone is the schedule's)."""
    found = [k for k, u in enumerate(units) if not kinds[k] and not u.role and _PREV_NEXT.match(u.text)]
    if {units[k].text[:4].casefold() for k in found} == {"prev", "next"}:
        for k in found:
            kinds[k] = "page control"


QUOTING_WORDS = 5  # "... the page still carried the line:"; a label ("Disclaimer:") is shorter


def _quoted_notices(units: list[Unit], kinds: list[str | None]) -> None:
    """A site's notice quoted by the story, under the sentence bringing it in ("... still
    carried the line:" over "This page was last edited on ..."): the story's evidence."""
    for k in range(1, len(units)):
        above = units[k - 1].text.rstrip()
        if kinds[k] in ("copyright", "disclaimer") and not kinds[k - 1] and above.endswith(":") \
                and len(above.split()) > QUOTING_WORDS:
            kinds[k] = None



def _weak_buttons(units: list[Unit], kinds: list[str | None]) -> None:
    for k in range(len(units) - 2, -1, -1):  # from the foot: "Apply" sees "Save" marked
        if not kinds[k] and not units[k].role and _WEAK_BUTTON.match(units[k].text) \
                and kinds[k + 1] in ("page control", "share prompt"):  # over another button, not a sign-up's pitch
            kinds[k] = "page control"


COUNTER_REACH = 2  # lines either side where a widget's other furniture stands
TITLE_WORDS = 8


def _widget_parts(units: list[Unit], kinds: list[str | None]) -> None:
    """A bare count or a control's word ("1.1K donations", "41 reposts", "1d", "Edited"): a
    widget's beside other furniture ("£31,862 raised of £40,000 target", "• 1st") or in a run
    of such; else the article's own ("£1,046,210 raised" and "31,408 supporters" under "The
    appeal in figures"; a glossary's "Boosts", an obituary's "Author")."""
    found = list(kinds)
    part = "widget part"
    for k, kind in enumerate(found):
        if kind == part:
            near = found[max(0, k - COUNTER_REACH):k] + found[k + 1:k + 1 + COUNTER_REACH]
            start = k
            while start > 0 and found[start - 1] == part:
                start -= 1
            in_run = part in (found[k - 1] if k else None, found[k + 1] if k + 1 < len(found) else None)
            titled = start > 0 and _figures_title(units[start - 1].text)  # "The appeal in figures" over them
            listed = start > 0 and units[start - 1].text.rstrip().endswith(":")  # a list's "... these commands:" over them
            kinds[k] = "page control" if not listed and (any(n not in (None, part) for n in near) or (in_run and not titled)) \
                else None


def _figures_title(text: str) -> bool:
    """A short title with no figure of its own, over the figures it heads."""
    return (text[:1].isupper() and len(text.split()) <= TITLE_WORDS and not any(c.isdigit() for c in text)
            and not ends_like_sentence(text))


# A file's link, by its size or its kind: "Download this week's bulletin (PDF, 1.2MB)", "Download the
# Chairman's letter (PDF)". Over text that tells of the document it heads a section ("Green Belt Review
# (PDF, 8.1MB)" over what the review found).
_FILE_LINK = re.compile(r"^[^.!?]{2,90}\((?:pdf|docx?|xlsx?|csv|zip|pptx?|epub|mp3)(?:,|\s)\s*[\d.,]+\s?[kmg]b\)$"
                        r"|^download [^.!?]{1,80}\((?:pdf|\.?docx?|word|\.?xlsx?|excel|zip)\)$", re.IGNORECASE)


def _transcript_tabs(units: list[Unit], kinds: list[str | None]) -> None:
    """A bare "Transcript" before the article's running text (a standfirst aside), over its first paragraph:
    an episode page's tab over the episode's description, never a heading (lower down, over
    the words spoken, it heads them)."""
    for k, unit in enumerate(units):
        if not kinds[k] and not unit.role and unit.text.strip().casefold() == "transcript" and k + 1 < len(units) \
                and _running(units[k + 1].text) \
                and sum(not kinds[j] and _running(units[j].text) for j in range(k)) <= 1:  # a standfirst at most
            kinds[k] = "page control"


def _buttons_over_nothing(units: list[Unit], kinds: list[str | None]) -> None:
    """"Find out more", "Shop at Ulta", "Find your MP": a button, unless running text or bullets
    follow it: then it heads the section that tells how (a press release's "Find out more"
    over its details, a guide's "Shop at Aldi"). Over the next numbered entry ("2. Amma's
    Kitchen") it is the entry's button; over numbered steps ("1. Take photos of the damage.") it
    heads them."""
    for k, unit in enumerate(units):
        if not kinds[k] and not unit.role and (_BUTTON_OVER_NOTHING.match(unit.text) or _FILE_LINK.match(unit.text)) and not (
                k + 1 < len(units) and (_running(units[k + 1].text) or bullet(units[k + 1].text)
                                        or (numbered(units[k + 1].text) and ends_like_sentence(units[k + 1].text)))):
            kinds[k] = "page control"


# A button's verb: "Read our full review", "Pre-order from our bookshop", "GET THE RECIPE", "View on map".
_CALL_TO_ACT = re.compile(r"^(?:read|see|watch|listen|book|buy|get|view|shop|find|download|order|pre-order|explore|"
                          r"discover|learn)\b", re.IGNORECASE)
BUTTON_MAX_WORDS = 8


def _repeated_buttons(units: list[Unit], kinds: list[str | None]) -> None:
    """A short line opening on a call to act, said twice or more in the article ("Read our full
    review" under each play's entry): a button, never a heading (on dev, 26 of 26 were)."""
    said = Counter(unit.text for k, unit in enumerate(units) if not kinds[k] and not unit.role)
    for k, unit in enumerate(units):
        if not kinds[k] and not unit.role and said[unit.text] >= 2 and len(unit.text.split()) <= BUTTON_MAX_WORDS \
                and _CALL_TO_ACT.match(unit.text) and not unit.text.endswith((".", "?", "!", ":")) \
                and len(unit.text.partition(": ")[2].split()) < TITLE_AFTER_LABEL:  # a label and its title, "Book
            # notes: The Tidewater Clerks, by ...", said again; never "See it: Netflix" under each pick
            kinds[k] = "page control"


TITLE_AFTER_LABEL = 4  # words


def _back_to_top(units: list[Unit], kinds: list[str | None]) -> None:
    """A bare "Top" said twice or more: the link back up the page under each section or post
    (a clothing guide's one "Top", over "Bottom" and "Shoes", heads its part)."""
    tops = [k for k, unit in enumerate(units) if unit.text.strip().casefold() == "top" and not unit.role]
    if len(tops) >= 2:
        for k in tops:
            kinds[k] = "page control"


# Any button's verb, where the line stands beside another button.
_BUTTON_VERB = re.compile(r"^(?:read|see|watch|listen|book|buy|get|view|shop|find|download|order|pre-order|explore|discover|"
                          r"learn|apply|request|save|chat|enquire|call|contact|sign|donate|join|register|subscribe|visit|"
                          r"email|share|print|reserve|compare|give|add|start|try|become|use|check|sponsor|support|follow)\b",
                          re.IGNORECASE)
BUTTON_ROW_WORDS = 6


def _button(unit: Unit) -> bool:
    text = unit.text
    return not unit.role and len(text.split()) <= BUTTON_ROW_WORDS and bool(_BUTTON_VERB.match(text)) \
        and text[:1].isupper() and not text.endswith((".", "?", "!")) \
        and not any(mark in text for mark in ":|@\t/=")  # a contact's "Email: x@y.org", a table's row, "GET /v1/orders"


def _paragraph(text: str) -> bool:
    return ends_like_sentence(text) and len(text.split()) >= PARAGRAPH_MIN_WORDS


def _buttons_side_by_side(units: list[Unit], kinds: list[str | None]) -> None:
    """Lines of a few words opening on a call to act, one right under the other ("Download
    brochure" over "Apply via Studielink", "Request info" over "Visit website"): a page's
    buttons, never headings (on dev, 1,447 of 1,452 such lines were furniture). The last of them
    over running text, a date or a byline heads it, and so do the others unless one is a button
    another rule knows ("Support for households" over "Apply for the Warm Home Discount" over its
    paragraph; but "Share" and "Give" over a story's first paragraph are buttons). None under a
    lead-in ("... for a first visit:" over "Visit the Roman Baths early"), nor the page's first
    line (a headline, "Shop prices rise at fastest rate", over its "Share" and "Save")."""
    marks = [_button(unit) for unit in units]
    k = 1
    while k < len(units):
        if not marks[k]:
            k += 1
            continue
        end = k
        while end + 1 < len(units) and marks[end + 1]:
            end += 1
        below = units[end + 1].text if end + 1 < len(units) else ""
        heads_text = _paragraph(below) or is_stamp(below) or is_byline(below)
        known = any(kinds[m] for m in range(k, end + 1))  # a button another rule knows: the run is a widget's
        if end > k and not units[k - 1].text.endswith(":") and (known or not heads_text):
            for m in range(k, end if heads_text else end + 1):
                kinds[m] = kinds[m] or "page control"
        k = end + 1


_REPORTING_BY = re.compile(r"^reporting by\b", re.IGNORECASE)


_INITIALS = re.compile(r"^[-–—]{1,2} ?[A-Z]{3,5}$")  # "-- NPA", "- EWS": an agency's sign-off


def _agency_initials(units: list[Unit], kinds: list[str | None]) -> None:
    """An agency's initials after a dash, on a line of their own under the story's text
    ("-- NPA"); one of a list's items ("- DUP" among "- SDLP", "- UUP") is the list's."""
    for k, unit in enumerate(units):
        if not kinds[k] and not unit.role and _INITIALS.match(unit.text) and (unit.text.startswith("--") or (
                k > 0 and ends_like_sentence(units[k - 1].text) and not bullet(units[k - 1].text)
                and not (k + 1 < len(units) and bullet(units[k + 1].text)))):  # "--" is never a list's marker
            kinds[k] = "agency credit"


def _split_wire_credits(units: list[Unit], kinds: list[str | None]) -> None:
    """"Reporting by ..." over "Writing by ..." or "Editing by ...": a wire's credit split over
    lines, furniture as it is on one line (alone, "Reporting by ..." is the byline)."""
    for k in range(len(units) - 1):
        if not kinds[k] and not units[k].role and kinds[k + 1] == "agency credit" and _REPORTING_BY.match(units[k].text):
            kinds[k] = "agency credit"


_AUTO_REFRESH = re.compile(r"^auto[- ]?refresh\W*$", re.IGNORECASE)


def _live_page_toggles(units: list[Unit], kinds: list[str | None]) -> None:
    """A live page's bare "Auto-refresh" switch, on a page whose entries open on time stamps (dev 3
    of 3 such lines furniture). A review's "Auto-refresh", on a page without them, heads the
    section about the feature."""
    switches = [k for k, unit in enumerate(units) if not kinds[k] and not unit.role and _AUTO_REFRESH.match(unit.text.strip())]
    if switches and sum(is_time_stamp(unit.text) for unit in units) >= LIVE_STAMPS:  # (the stamps counted only then)
        for k in switches:
            kinds[k] = "page control"


# A page's kind over an organisation's release: 94 of 95 such dev lines furniture, the other metadata.
_PAGE_KIND = re.compile(r"^(press|news|media) (release|statement)s?:?$", re.IGNORECASE)


def _page_kind_labels(units: list[Unit], kinds: list[str | None]) -> None:
    """"NEWS RELEASE", "Press release" over the release, before its text begins: the page's kind,
    never its byline or a heading. Once the text has begun, a press kit's "Press release" heads
    its section."""
    sentences = 0
    for k, unit in enumerate(units):
        if sentences >= TEXT_BEGUN:
            return
        sentences += not kinds[k] and ends_like_sentence(unit.text)
        if not kinds[k] and not unit.role and _PAGE_KIND.match(unit.text.strip()) and not _short_label_under(units, kinds, k):
            kinds[k] = "page control"
            for j in range(k - 1, -1, -1):  # over it, the site's name and its sections: "Council of the EU"
                text = units[j].text
                if not kinds[j] and (units[j].role or len(text.split()) > SITE_NAME_WORDS or ends_like_sentence(text)
                                     or is_stamp(text) or is_byline(text) or "," in text or ":" in text
                                     or (j == k - 1 and len(text.split()) >= HEADLINE_OVER_LABEL_WORDS)):
                    break  # a headline, a date, a byline ("From: Ministry of ..."), a place ("Nanaimo, British Columbia")
                kinds[j] = kinds[j] or "navigation menu"


SHORT_LABEL_WORDS = 4
HEADLINE_OVER_LABEL_WORDS = 5  # right over the label, a headline ("New funding to keep rural bus routes running")


def _short_label_under(units: list[Unit], kinds: list[str | None], k: int) -> bool:
    """A section's name right under k ("Press Releases" over "Energy & Utilities", then the
    headline): the masthead reads the stack of labels over the headline as a whole."""
    if k + 1 >= len(units) or kinds[k + 1]:
        return False
    text = units[k + 1].text
    return len(text.split()) <= SHORT_LABEL_WORDS and not is_stamp(text) and not is_byline(text) \
        and not ends_like_sentence(text)


def _photographers(units: list[Unit], kinds: list[str | None]) -> None:
    """A photographer's credit on its own line, once the article's text has begun. "Name for The
    Outlet" only again and again (a gallery's) or under furniture (a caption's controls): once,
    among Title Case headings, "Big Test for The Blues" is one of them."""
    sentences, seen = 0, None
    for k, unit in enumerate(units):
        if sentences < TEXT_BEGUN:
            sentences += not kinds[k] and ends_like_sentence(unit.text)
            continue
        text = unit.text
        if kinds[k] or unit.role or ("/" not in text and " for The " not in text):  # most lines: no credit's mark
            continue
        if (found := _PHOTOGRAPHER.match(text)) and not _WRITER_ROLE.search(text) \
                and _NO_NAME.isdisjoint((found.group("name") or "").casefold().split()):  # "What It Means for The ..."
            seen = seen or Counter(u.text for u in units)
            if not found.group("name") or seen[text] > 1 or kinds[k - 1]:
                kinds[k] = "photo credit or caption"


HEADLINE_WORDS = range(4, 19)  # another story's headline: longer than a tag, shorter than a paragraph


def _trailing_run(units: list[Unit], kinds: list[str | None], item: Callable[[Unit], bool],
                  labelled: bool = False) -> range:
    """The lines like `item` in a row after the article's last paragraph, with the page's
    furniture after them and nothing else; empty when there are fewer than two, when
    nothing follows them (they may be the article's own last lines: a poem's, a
    signature's) or when a paragraph does not end right above them. `labelled`: the rail's
    short label may stand between ("Latest", "More Coverage", "Also on the Chronicle"),
    and is part of the run."""
    k = len(units)
    while k > 0 and kinds[k - 1]:
        k -= 1
    end = k
    while k > 0 and not kinds[k - 1] and item(units[k - 1]):
        k -= 1
    if labelled and end - k >= TRAILING_MIN and k > 1 and not kinds[k - 1] and not units[k - 1].role \
            and len(units[k - 1].text.split()) <= RAIL_LABEL_WORDS and not units[k - 1].text.rstrip().endswith(TRAILING_ENDS + (":", ",")) \
            and (kinds[k - 2] or _ends_text(units[k - 2].text)):
        k -= 1  # the rail's label, over its headlines
    before = units[k - 1].text.rstrip() if k > 0 else ""
    if end - k < TRAILING_MIN or end == len(units) or not (_ends_text(before) or (labelled and k > 0 and kinds[k - 1])):
        return range(0)
    return range(k, end)


TRAILING_ENDS = (".", "!", "?", "”", "\"")
RAIL_LABEL_WORDS = 5


def _ends_text(text: str) -> bool:
    return text.rstrip().endswith(TRAILING_ENDS)


TRAILING_MIN = 2


def _trailing_headlines(units: list[Unit], kinds: list[str | None]) -> None:
    """Headlines in a row after the article's last paragraph ("Calgary council approves new
    bike lanes on 12 Avenue", "Flames sign defenceman to two-year extension"): links to
    other stories."""
    for j in _trailing_run(units, kinds, _headline_link, labelled=True):
        kinds[j] = "link to another story"


_PUBLISHED = re.compile(r"^(?:first )?(?:published|posted)(?: on)?:?\s", re.IGNORECASE)


def _dated_links(units: list[Unit], kinds: list[str | None]) -> None:
    """A headline over its date of publication ("Warning over late diagnosis of pancreatic
    cancer" over "Published 12 January"), with no text of its own under it: a link to another
    story. Never above the article's second paragraph: its own headline over its date, under
    a standfirst or over one; nor over its own text, a credit or an ad between (an update's)."""
    def dated(k: int) -> bool:
        return (k + 1 < len(units) and not kinds[k] and _headline_link(units[k]) and not kinds[k + 1]
                and bool(_PUBLISHED.match(units[k + 1].text)) and is_stamp(units[k + 1].text))

    heads = [k - 1 for k in range(1, len(units)) if _PUBLISHED.match(units[k].text)]  # few lines: asked first
    if not heads:
        return
    running = list(islice((k for k, unit in enumerate(units) if not kinds[k] and _running(unit.text)), 2))
    for k in heads:
        if len(running) < 2 or k <= running[-1]:
            continue
        after = next((j for j in range(k + 2, len(units)) if not kinds[j]), len(units))  # a credit or an ad aside
        if dated(k) and (after == len(units) or dated(after) or not ends_like_sentence(units[after].text)):
            kinds[k] = kinds[k + 1] = "link to another story"


# A notice's close, never a link: "By order of the Board of Commissioners", "Karen Solberg, County Administrator".
_NOTICE_SIGNER = re.compile(r"^(?:(?i:by order of)\b.*|(?!Meet )[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2}, (?:[A-Z][\w&-]* ){0,3}"
                            r"(?:Administrator|Clerk|Secretary|Officer|Director|Manager|Chair|Chairman|Chairwoman|Chairperson|"
                            r"President|Commissioner|Treasurer|Engineer|Auditor|Mayor|Registrar))$")


def _headline_link(unit: Unit) -> bool:
    text = unit.text.strip()
    words = text.split()
    return (not unit.role and len(words) in HEADLINE_WORDS and text[:1].isupper()
            and not text.endswith((".", ";", ",")) and not any(c in text for c in ":@|\t")
            and sum(any(c.isdigit() for c in w) for w in words) <= 1  # a table's row holds figures
            and not bullet(text) and not is_byline(text) and not is_stamp(text) and not _NOTICE_SIGNER.match(text))


# A site footer's links: "Privacy Policy", "Terms of Use", "Cookies", "Accessibility statement".
_FOOTER_LINK = re.compile(r"^(?:privacy(?: policy| notice)?|cookies?(?: policy| settings)?|cookies policy|terms(?: of use| of service| and conditions"
                          r"| & conditions)?|site ?map|accessibility(?: statement)?|modern slavery statement|legal notice|imprint)$",
                          re.IGNORECASE)
_LINK_SEPARATOR = re.compile(r"^[|/·•]$")  # "Terms of Service", "|", "Privacy Policy"


def _footer_links(units: list[Unit], kinds: list[str | None]) -> None:
    """A footer's link ("Privacy Policy") beside another such link (a bare "Terms" only so), or
    among the page's furniture down to its foot: the site's footer. Otherwise the same words
    head a section ("Privacy" over "Who we are", "Accessibility" over a venue's list, a bare
    "Terms" over a loan's) or end a list ("Cookies" on a bakery's counter)."""
    def neighbour(k: int, step: int) -> int | None:
        j = k + step
        while 0 <= j < len(units) and _LINK_SEPARATOR.match(units[j].text.strip()):
            j += step
        return j if 0 <= j < len(units) else None

    def link(j: int | None) -> bool:
        return j is not None and not units[j].role and bool(_FOOTER_LINK.match(units[j].text.strip()))

    for k, unit in enumerate(units):
        if kinds[k] or unit.role or k == 0 or not link(k):
            continue  # (a policy's page opens on its name, over its date)
        if link(neighbour(k, -1)) or link(neighbour(k, 1)):
            kinds[k] = "page control"
        elif unit.text.strip().casefold() != "terms" and _footer_run(units, kinds, k):
            kinds[k] = "page control"


def _footer_run(units: list[Unit], kinds: list[str | None], k: int) -> bool:
    """From k to the page's end only short bare lines and the page's furniture, some of it
    there or right above k, and no line ending in ":" opening them: a footer, not a
    subheading over its text, a list's last item, nor a bakery's "Cookies" over its flavours."""
    furnished = bool(kinds[k - 1])
    for j in range(k + 1, len(units)):
        if kinds[j]:
            furnished = True
            continue
        text = units[j].text
        if len(text.split()) > FOOTER_LINK_WORDS or ends_like_sentence(text) or bullet(text) or numbered(text):
            return False
    j = k
    while j > 0 and len(units[j].text.split()) <= FOOTER_LINK_WORDS and not ends_like_sentence(units[j].text):
        j -= 1
    return furnished and not units[j].text.rstrip().endswith(":")


FOOTER_LINK_WORDS = 6  # "Do Not Sell My Data"


def _trailing_tags(units: list[Unit], kinds: list[str | None]) -> None:
    """Short bare lines after the article's last paragraph ("Housing", "Rental market", then
    the share prompts): its topic tags. Never what a paragraph introduces (a line ending in
    ":"), nor a signature's lines."""
    run = _trailing_run(units, kinds, _menu_item)
    if not any(is_byline(units[j].text) for j in run):
        for j in run:
            kinds[j] = "topic tags"


_TAGS_LABEL = re.compile(r"^(tags|(suggested |related )?topics|tagged( with)?|labels|key ?words|filed under|"
                         r"follow related (authors and )?topics)\s*:?$", re.IGNORECASE)
TAG_MAX_WORDS = 5
_BARE_TAGS_LABEL = re.compile(r"^(topics|keywords|tags|follow related (authors and )?topics)$", re.IGNORECASE)


def _running(text: str) -> bool:
    """A paragraph of the article, never a tag's or a widget's line."""
    return ends_like_sentence(text) and len(text.split()) >= PARAGRAPH_WORDS


def _tag_line(text: str) -> bool:
    """A tag, or tags set apart by commas ("Unfair dismissal, gross misconduct, annual leave")."""
    return all(len(tag.split()) <= TAG_MAX_WORDS for tag in text.split(","))


def _tags_under_label(units: list[Unit], kinds: list[str | None]) -> None:
    """"Tags:" alone, then a tag a line ("Pune Municipal Corporation", "water cut"): each
    short line with no punctuation at its end, up to the first that is not one. A bare
    "Topics" or "KEYWORDS" is such a label only over two tags or more (a line each, or set
    apart by commas) with no paragraph after them."""
    for k, unit in enumerate(units):
        if kinds[k] not in ("topic tags", None) or unit.role or not _TAGS_LABEL.match(unit.text.strip()):
            continue
        j = k + 1
        while j < len(units) and not kinds[j] and not units[j].role and _tag_line(units[j].text) \
                and not units[j].text.rstrip().endswith((".", ":", "?", "!", ",", ";")) and not bullet(units[j].text) \
                and ("," not in units[j].text or not any(ends_like_sentence(u.text) and not kinds[m]
                                                           for m, u in enumerate(units[j + 1:], start=j + 1))):  # at the foot
            j += 1
        tags = sum(len([tag for tag in u.text.split(",") if tag.strip()]) for u in units[k + 1:j])  # "pensions, social security"
        if kinds[k] is None and (tags < TAGS_MIN or not _BARE_TAGS_LABEL.match(unit.text.strip())
                                 or any(_running(u.text) for u in units[j:])):
            continue  # a bare "Topics" over its tags at the foot; in the text, a heading over its list
        for m in range(k, j):
            kinds[m] = "topic tags"


_ANSWER = re.compile(r"^(yes|no|not sure|maybe|somewhat|not really)(,? thanks)?\W*$", re.IGNORECASE)
ANSWERS_MAX = 3


_TEXT_SIZE = re.compile(r"^\W{0,2}(?:text|font) size\W*$|^a{2}$|^a ?a ?a$", re.IGNORECASE)  # "+ Text Size", "AA"
_SIZE_OPTION = re.compile(r"^(?:small|medium|large|larger|smaller|default|normal|reset|a\+|a-)$", re.IGNORECASE)
SIZE_OPTIONS_MAX = 5


def _text_size_options(units: list[Unit], kinds: list[str | None]) -> None:
    """A text-size control with its options under it ("+ Text Size" or "AA", then "Small",
    "Medium", "Large"; 17 of 17 such dev lines furniture). A bare "AA" with no options may be a
    credit rating's heading."""
    for k, unit in enumerate(units):
        if unit.role or not _TEXT_SIZE.match(unit.text.strip()):
            continue
        run = [k]
        for j in range(k + 1, min(k + 1 + SIZE_OPTIONS_MAX, len(units))):
            if units[j].role or not (_SIZE_OPTION.match(units[j].text.strip()) or _TEXT_SIZE.match(units[j].text.strip())):
                break
            run.append(j)
        if any(_SIZE_OPTION.match(units[j].text.strip()) for j in run):
            for j in run:
                kinds[j] = kinds[j] or "page control"


def _feedback_answers(units: list[Unit], kinds: list[str | None]) -> None:
    """"Yes" and "No" on their own lines under "Was this page helpful?": its buttons."""
    for k, unit in enumerate(units):
        if kinds[k] == "page control" and unit.text.rstrip().endswith("?"):
            for j in range(k + 1, min(k + 1 + ANSWERS_MAX, len(units))):
                if not _ANSWER.match(units[j].text):
                    break
                kinds[j] = kinds[j] or "page control"


LINK_MAX_WORDS = 20  # a linked headline (sites run to 20 words) or topic name, not a paragraph


_JUMP_LABEL = re.compile(r"^(jump|skip) to\W*$", re.IGNORECASE)


def _link_blocks(units: list[Unit], kinds: list[str | None]) -> None:
    """The links of a "Most read", "Related topics" or "More on this story" block: under such
    a bare label, each short line with no full stop (a topic, another story's headline) is a
    link too, up to the first line of text."""
    k = 0
    while k < len(units):
        unit, k = units[k], k + 1
        if kinds[k - 1] != "link to another story" or ":" in unit.text.rstrip(":") or len(unit.text.split()) > 6 \
                or k == 1 or _ARROWED.search(unit.text):  # a label the page opens on stands over the
            continue                                        # headline; "← All posts" is one link, no label
        first = None  # the first link's case: an upper-case line after sentence-case links is a heading
        run: list[int] = []
        jump = bool(_JUMP_LABEL.match(unit.text))  # a page's own menu: its entries close-set, up to a blank line
        contents = bool(_CONTENTS_LABEL.match(unit.text.strip()))  # the page's own sections, named
        while k < len(units) and (kinds[k] or (_link_like(units[k], jump) and not _dates(units[k]) and not (
                first not in (None, "caps") and case_style(units[k].text) == "caps")
                and ((jump and bullet(units[k].text) and not (run and units[k].blank_before)) or (  # a bulleted entry is never the first heading
                    not _heads_text(units, k, run, contents) and not (jump and run and (
                        units[k].blank_before or (k + 1 < len(units) and _running(units[k + 1].text)))))))):
            if not kinds[k] and first is None:
                first = case_style(units[k].text)
            run.append(k)
            k += 1
        if run and not kinds[run[-1]] and k < len(units) and is_stamp(units[k].text) \
                and is_person_with_role(units[run[-1]].text):
            k = run.pop()  # "Helen Marchbank, Town Clerk" over the date: the byline, no link
        if run and not kinds[run[-1]] and k < len(units) and (_under_headline(units, k) or (  # its standfirst between
                k + 1 < len(units) and len(units[k].text.split()) >= PARAGRAPH_WORDS and _dates(units[k + 1]))):
            # "LATEST NEWS" over a headline and its byline or date (or its standfirst, then its
            # byline): a label over the masthead;
            # at the foot, the story under the last link has its date: the links above are links.
            # (A headline's standfirst, longer than it, stands between them: both are the masthead's.)
            standfirst = len(run) >= 2 and not kinds[run[-2]] and _under_headline(units, k) \
                and len(units[run[-1]].text.split()) >= PARAGRAPH_WORDS \
                and len(units[run[-1]].text) > len(units[run[-2]].text)
            run = run[:-2] if standfirst else run[:-1]
        for j in run:
            kinds[j] = kinds[j] or "link to another story"


_BARE_CLOCK = re.compile(r"^\d{1,2}:\d{2}$")
LIVE_MIN_STAMPS = 3  # a live blog stamps every entry; a line or two of "1:42" are a video's length


def _durations(units: list[Unit], kinds: list[str | None]) -> None:
    """"1:42" over a video's title: a player's duration, when the article has too few such
    lines to be a live blog's time stamps."""
    clocks = [k for k, unit in enumerate(units) if not kinds[k] and not unit.role and _BARE_CLOCK.match(unit.text)]
    if len(clocks) < LIVE_MIN_STAMPS:
        for k in clocks:
            kinds[k] = "video duration"


MENU_ITEM_WORDS = 4


def _spaced_menus(units: list[Unit], kinds: list[str | None], raw: tuple[str, ...] | list[str]) -> None:
    """"Residents   Business   Government   Services": a line whose short labels the copied page
    set apart with runs of spaces (a tab would make it a table row) is a site's menu."""
    for k, unit in enumerate(units):
        line = raw[unit.line - 1]
        if kinds[k] or unit.role or unit.last != unit.line or "  " not in line.strip() or "\t" in line:
            continue
        items = [i for i in re.split(r" {2,}", line.strip()) if any(c.isalpha() for c in i)]
        if is_byline(unit.text) or is_stamp(unit.text) or _over_pipe_rows(units, k):
            continue  # "Source  |  Amount  |  Change on 2023" over its rows: a table's header
        if len(items) >= 3 and all(len(i.split()) <= MENU_ITEM_WORDS
                                   and (not ends_like_sentence(i) or i.endswith(("...", "…"))) for i in items):
            kinds[k] = "navigation menu"  # (a menu's "How Do I..." opens more of it)


def _among_pipe_rows(units: list[Unit], k: int) -> bool:
    """A line with a pipe right over or under another: a table's row, never a menu."""
    return "|" in units[k].text and any(0 <= j < len(units) and "|" in units[j].text for j in (k - 1, k + 1))


def _over_pipe_rows(units: list[Unit], k: int) -> bool:
    """A header of spaced-out cells over a row of as many cells with a figure in it."""
    def cells(text: str) -> int:
        return text.strip().strip("|").count("|") + 1
    return "|" in units[k].text and k + 1 < len(units) and "|" in units[k + 1].text \
        and cells(units[k + 1].text) == cells(units[k].text) \
        and (any(ch.isdigit() for ch in units[k + 1].text) or not units[k + 1].text.strip(" |-:=+"))  # or its rule "---|---"


def _pipe_menus(units: list[Unit], kinds: list[str | None]) -> None:
    """"Translate | Accessibility | Contact Us": a lone line of three or more short labels
    between pipes, no pipe row above or below it (a table has rows), is a site's menu."""
    for k, unit in enumerate(units):
        if "|" not in unit.text:
            continue
        cells = [c.strip() for c in unit.text.strip().strip("|").split("|")]
        if kinds[k] or unit.role or len(cells) < 3 or _among_pipe_rows(units, k):
            continue
        if all(c[:1].isupper() and len(c.split()) <= MENU_ITEM_WORDS and not any(ch.isdigit() for ch in c)
               for c in cells):
            kinds[k] = "navigation menu"


_ARROWED = re.compile(r"^\W|[»›→]$")
MENU_MIN_ITEMS = 4  # short lines in a row: a site's menu; an article's headings always have text between
MENU_MAX_WORDS = 3


def _menus(units: list[Unit], kinds: list[str | None]) -> None:
    """A site's section menu copied with the article ("News", "Sport", "What's on",
    "Business"): four or more short bare lines in a row (furniture between them aside; the
    menu's own "Home", left out already, counts as one of them)."""
    k = 0
    while k < len(units):
        run, j, home = [], k, 0
        while j < len(units) and (kinds[j] or _menu_item(units[j])):
            if not kinds[j]:
                run.append(j)
            elif units[j].text.strip().casefold() == "home":
                home = 1  # the menu's own first entry, left out already: "Home", "Trip list", "Gear I use", "About"
            j += 1
        menu = len(run) + (home if run else 0) >= MENU_MIN_ITEMS  # counted with its last line
        if run and (_current_page(units, run[-1]) or (all(kinds[:k]) and _named_page(units, run[-1]))):  # (at the very top)
            run.pop()  # the breadcrumb's last crumb again, over the standfirst: the page's headline
        if run and menu:
            for m in run:
                kinds[m] = "navigation menu"
        k = max(j, k + 1)


def _current_page(units: list[Unit], k: int) -> bool:
    """"Environment variables" under "Guides / Deployments / Environment variables", over a
    sentence: the page the trail leads to, its headline (over a headline, "ANALYSIS" under
    "World › Europe › Analysis" is the section's label)."""
    crumbs = _CRUMBS.split(units[k - 1].text) if k > 0 else []
    return len(crumbs) >= 2 and crumbs[-1].casefold() == units[k].text.casefold() \
        and k + 1 < len(units) and ends_like_sentence(units[k + 1].text)


PAGE_NAME_MIN_WORDS = 2
STANDFIRST_MIN_WORDS = 8


def _named_page(units: list[Unit], k: int) -> bool:
    """"Korvath travel advice" at the foot of the menu, right over the sentence that says what
    the page is, its name told again further down: the page's own headline."""
    words = {w for w in re.findall(r"[\w'’-]+", units[k].text.casefold()) if len(w) >= 4 and w not in MINOR_WORDS}
    if len(units[k].text.split()) < PAGE_NAME_MIN_WORDS or not words or k + 1 >= len(units):
        return False
    after = units[k + 1].text
    if not ends_like_sentence(after) or len(after.split()) < STANDFIRST_MIN_WORDS:
        return False
    if any(ends_like_sentence(u.text) and len(u.text.split()) >= STANDFIRST_MIN_WORDS for u in units[:k]):
        return False  # a form's or a box's last line in the body, never the page's name
    rest = " ".join(u.text for u in units[k + 1:]).casefold()
    return any(re.search(rf"\b{re.escape(w)}\b", rest) for w in words)


def _menu_item(unit: Unit) -> bool:
    text = unit.text.strip()
    return (not unit.role and len(text.split()) <= MENU_MAX_WORDS and text[:1].isupper()
            and not text.endswith((".", ";", ",", "?", "!"))
            and not any(c.isdigit() or c in ":|\t" for c in unit.text) and not bullet(text)
            and not (is_byline(text) and len(text.split()) > 2))  # "By Fraser McInnes" under "Courts": the
            # writer; a menu's "By Sector", "By Region" are its entries


PARAGRAPH_WORDS = 15  # running text under a heading, never another story's headline


_ASKED = re.compile(r"^Q[:.]\s+\S.*\?$")


def _heads_text(units: list[Unit], k: int, run: list[int], contents: bool = False) -> bool:
    """After the rail's links, a line set apart by a blank line over running text: the next
    section's heading, not one more link. Under a contents box's label, the first line over
    running text ending on a link's words is the section that link names."""
    if _ASKED.match(units[k].text) or (k + 1 < len(units) and _ASKED.match(units[k + 1].text)):
        return True  # an FAQ's "Q: ...", or the heading right over it, never one more link
    if contents and run and k + 1 < len(units) and _running(units[k + 1].text) and _names_a_link(units, k, run):
        return True  # "Step 1: Know your store" after the contents' "1. Know your store": its heading
    if not (run and units[k].blank_before and k + 1 < len(units)):
        return False
    after = units[k + 1]
    return (not after.blank_before and not _link_like(after)) or (  # spaced apart, a question over its answer
        units[k].text.rstrip().endswith("?") and _running(after.text)) or (  # or over an FAQ's first one
        after.text.rstrip().endswith("?") and k + 2 < len(units) and _running(units[k + 2].text)) or (
        len(run) >= 2 and _running(after.text) and not any(units[j].blank_before for j in run[1:]))  # links close-set, it apart


ENTRY_MIN_CHARS = 8  # a contents entry long enough to be told again: "Know your store", not "News"


def _names_a_link(units: list[Unit], k: int, run: list[int]) -> bool:
    """The line ends on the words of a link above it: the section a contents box points to."""
    line = _entry(units[k].text)
    return any(len(entry := _entry(units[j].text)) >= ENTRY_MIN_CHARS and line.endswith(entry) for j in run)


def _dates(unit: Unit) -> bool:
    """A byline or date line: what stands under a headline."""
    return is_byline(unit.text) or is_stamp(unit.text) or bool(ROLE_FIRST_BYLINE.match(unit.text))


def _under_headline(units: list[Unit], k: int) -> bool:
    """A byline or date line; or a name and role, or a name and outlet, over the date ("Helen
    Marchbank, Town Clerk", "Aparna Rao | TNN")."""
    return _dates(units[k]) or ((is_person_with_role(units[k].text) or is_name_and_outlet(units[k].text))
                                and k + 1 < len(units) and is_stamp(units[k + 1].text))


def _link_like(unit: Unit, jump: bool = False) -> bool:
    """A link's line: a headline or a topic. Under a `Jump to` label a bullet's too ("• Campaign")."""
    text = unit.text.rstrip()
    item = numbered(text) or (bullet(text) if jump else None)  # "1. Energy bills to fall by £122" under "Most read"
    text = item[1] if item else text
    return (not unit.role and len(text.split()) <= LINK_MAX_WORDS and not text.endswith((".", ":", ";"))
            and "|" not in text and not bullet(text))


_COUNTER = re.compile(r"^(\d{1,2})\s*/\s*(\d{1,2})$")
_CAPTION_CONTROL = re.compile(r"^((show|hide|toggle) caption|open this (photo|image) in (the )?gallery|enlarge this image|"
                              r"expand (the )?image)\W*$", re.IGNORECASE)
CAPTION_MAX = 300  # characters
_HIDE_CAPTION = re.compile(r"^hide caption$", re.IGNORECASE)
# A photographer's credit under a caption, over "hide caption": "Mara Ellison for NPA", "Pieter Haan/Northern Courier".
_PHOTOGRAPHER_FOR = re.compile(r"^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}(?: for |\s?/\s?)[A-Z][\w&'’.-]*(?: [\w&'’.-]+){0,4}$")


_CAPTION_LABEL = re.compile(r"^(media|image|video) caption,?$", re.IGNORECASE)
# A picture library's or an agency's name alone, a broadcaster's credit over its caption: "Getty Images", "Reuters".
_AGENCY_ONLY = re.compile(r"^((\w+ via )?getty images|reuters|epa(-efe)?|afp|pa( media| wire)?|ap|shutterstock|alamy)$",
                          re.IGNORECASE)
CAPTION_MIN_WORDS_UNDER_CREDIT = 8  # a subheading under a credit is shorter ("What it means for mortgage holders")
# Under a credit, a heading's shapes: "What to see in the sky this weekend", a pull quote's
# "\"The gap is not as big as people think\"", a part's "Step 4 – Set the doorbell up again"
_HEADING_SHAPE = re.compile(r"^(?:(?i:what|who|why|how|when|where|which)\b|[\"“‘']|[A-Z][a-z]+ \d+\b)")
WATCH_HEADLINE_REACH = 12  # units: the top of the page, where the headline stands
ROLE_LINE_WORDS = 6  # "Hannah Greer, South West reporter": a name and role over the date


def _byline_block(units: list[Unit]) -> bool:
    """A byline or a "Published ..." line right under, or a short name line and then one."""
    if not units:
        return False
    if is_byline(units[0].text) or is_led_stamp(units[0].text):
        return True
    return len(units) > 1 and len(units[0].text.split()) <= ROLE_LINE_WORDS and not ends_like_sentence(units[0].text) \
        and (is_byline(units[1].text) or is_led_stamp(units[1].text))
_WATCH = re.compile(r"^(watch|listen|video|audio)\s*:\s*\S", re.IGNORECASE)
WATCH_DECK_MIN_WORDS = 8


def _standfirst_line(units: list[Unit], kinds: list[str | None], k: int) -> bool:
    """A deck of some length under a headline, no link of its own: "Our science team spent a week ..."."""
    return k < len(units) and not kinds[k] and len(units[k].text.split()) >= WATCH_DECK_MIN_WORDS \
        and not _WATCH.match(units[k].text) and (ends_like_sentence(units[k].text)
                                                 or 2 * len(units[k].text.split()) >= 3 * len(units[k - 1].text.split()))


def _under_named_credit(units: list[Unit], k: int) -> bool:
    """Right under a named credit ("Photo: Courtesy of the Price family"), no blank line between,
    once a byline, a date or a sentence has stood above it (a standfirst may stand right under a
    picture under the headline), and in no heading's shape."""
    return bool(_CREDIT_ONLY.match(units[k - 1].text.strip())) and not units[k].blank_before \
        and ": " not in units[k].text and not _HEADING_SHAPE.match(units[k].text) \
        and any(is_stamp(u.text) or is_byline(u.text) or ends_like_sentence(u.text) for u in units[:k - 1])


def _captions_under_controls(units: list[Unit], kinds: list[str | None]) -> None:
    """The sentence right under a picture's own controls ("Hide Caption", "Open this photo in
    gallery:") is its caption, credit or not; so is the line under a bare "Media caption,"
    label, and the line under a bare agency credit ("Getty Images" over "Shoppers at a market
    stall in Leeds"), told without a full stop as a broadcaster's captions are (a lede under a
    credit ends in one). A "Watch: ..." link over the byline or the date is the page's own headline."""
    for k in range(1, len(units)):
        if kinds[k - 1] and not kinds[k] and not units[k].role and _CAPTION_LABEL.match(units[k - 1].text.strip()) \
                and len(units[k].text) <= CAPTION_MAX:
            kinds[k] = "photo credit or caption"
        elif kinds[k - 1] == "photo credit or caption" and not kinds[k] and not units[k].role \
                and (_AGENCY_ONLY.match(units[k - 1].text.strip()) or _under_named_credit(units, k)) \
                and len(units[k].text) <= CAPTION_MAX \
                and len(units[k].text.split()) >= CAPTION_MIN_WORDS_UNDER_CREDIT and not ends_like_sentence(units[k].text) \
                and not units[k].text.rstrip().endswith(("?", ":")) and case_style(units[k].text) != "title" \
                and not is_stamp(units[k].text) and not is_byline(units[k].text):
            kinds[k] = "photo credit or caption"
    for k in range(min(len(units) - 1, WATCH_HEADLINE_REACH)):
        if kinds[k] == "link to another story" and _WATCH.match(units[k].text) and (
                _byline_block(units[k + 1:k + 3]) or (_standfirst_line(units, kinds, k + 1) and _byline_block(units[k + 2:k + 4]))):
            kinds[k] = None  # over its standfirst too: "Video of Tuesday's four-hour meeting shows ...", then the byline
    for k in range(1, len(units)):
        if kinds[k - 1] == "page control" and not kinds[k] and not units[k].role \
                and _CAPTION_CONTROL.match(units[k - 1].text.strip()) and len(units[k].text) <= CAPTION_MAX \
                and ends_like_sentence(units[k].text):  # a caption is told in sentences; a headline is not
            kinds[k] = "photo credit or caption"
    for k in range(2, len(units)):  # over the control: the caption, then its photographer's credit
        if kinds[k] == "page control" and _HIDE_CAPTION.match(units[k].text.strip()) and not kinds[k - 1] \
                and _PHOTOGRAPHER_FOR.match(units[k - 1].text.strip()) and not units[k - 1].role:
            kinds[k - 1] = "photo credit or caption"
            for j in range(k + 1, min(k + 3, len(units))):  # the credit again under "toggle caption"
                if units[j].text == units[k - 1].text and not units[j].role:
                    kinds[j] = "photo credit or caption"
            if not kinds[k - 2] and not units[k - 2].role and len(units[k - 2].text) <= CAPTION_MAX \
                    and ends_like_sentence(units[k - 2].text) and (not _NEWS_TENSE.search(units[k - 2].text) or (
                        k >= 3 and _CAPTION_CONTROL.match(units[k - 3].text.strip()))):  # never a lede told as news
                kinds[k - 2] = "photo credit or caption"


# A picture's credit alone on its line: "Photo: Kasia Wren/Valdorian Herald", "Image: Byte Ledger",
# "Photo by Imani Brooks | The Calder Clarion".
_CREDIT_ONLY = re.compile(CREDIT_LABEL + r"(?:\s*:|\s+by\b)"
                          r"|^\((?-i:[A-Z]{2,5} )?(?:photo|image|picture)s?(?:\s*[/:]|\s+(?:by|courtesy)\b)[^()]{0,80}\)$", re.IGNORECASE)  # "(AP Photo/Carla Mendes)"
# A caption closed by its credit in brackets, a source and a name: "... on Tuesday night. (ABC
# North Queensland: Tom Gardiner)", "(Supplied: Kylie Marsh)": the line over it is the picture's alt text.
_BRACKETED_CREDIT = re.compile(r"\([^():]{2,60}: [^():]{2,60}\)\s*$")
# A lede or a standfirst tells what happened or will ("has died", "was driving", "will close"); a
# caption shows what the picture does ("... delivers the budget speech", "Students hold signs ...").
_NEWS_TENSE = re.compile(r"\b(?:has|have|had|was|were|will|would|said|says|been)\b", re.IGNORECASE)
CAPTION_OVER_CREDIT_MAX_WORDS = 25  # on dev, ledes beside a lead picture's credit run 27 words and more
CAPTION_MIN_WORDS = 6


def _caption_over_credit(units: list[Unit], kinds: list[str | None]) -> None:
    """The lead picture's caption over its credit, under the headline and before any running
    text ("Finance Minister Orban Leck delivers the budget speech ..." over "Photo: Kasia
    Wren/..."; on dev it was the summary 3 times, and no lede of 25 words or fewer stands so):
    the caption, never the summary, when running text follows the credit. The line under a
    credit is the next thing on the page (a headline, a letter's title), whatever its shape. A
    caption is a sentence-case description: never a label's "Library: 24-hour opening ...", a
    "Spoiler warning: ...", nor a body's name in Title Case."""
    seen_title = dated = False
    for k, unit in enumerate(units):
        if kinds[k] or unit.role:
            continue
        words = len(unit.text.split())
        if words > CAPTION_OVER_CREDIT_MAX_WORDS:
            return  # the running text has begun
        if seen_title and words >= CAPTION_MIN_WORDS and not is_stamp(unit.text) and not is_byline(unit.text) \
                and ": " not in unit.text and case_style(unit.text) != "title" and not _NEWS_TENSE.search(unit.text) \
                and k + 1 < len(units) and kinds[k + 1] == "photo credit or caption" \
                and ((_CREDIT_ONLY.match(units[k + 1].text) and _text_after(units, kinds, k + 2)
                      and not (k + 2 < len(units) and kinds[k + 2] == "photo credit or caption"))  # its caption under it
                     or (_BRACKETED_CREDIT.search(units[k + 1].text) and _alt_text(units, k))):
            kinds[k] = "photo credit or caption"
            return
        if dated and ends_like_sentence(unit.text):
            return  # a sentence under the byline or date, over no credit: the lede, however short
        dated = dated or is_stamp(unit.text) or is_byline(unit.text)
        seen_title = True


_SENTENCE_INSIDE = re.compile(r"[.!]\s+\S")


def _repeated_captions(units: list[Unit], kinds: list[str | None]) -> None:
    """A sentence and its credit said twice or more on lines in a row ("An emergency room waiting
    area at Cedar Ridge Regional Hospital. (KTRV 7 News)" twice): a picture's alt text and its
    caption, never the article's own text. A headline or a heading said twice has no credit
    after a sentence (on dev, 12 headlines and 3 headings stand twice so, and 6 captions, each
    with its credit after its stop), nor has a paragraph pasted twice, which stays."""
    for k in range(1, len(units)):
        text = units[k].text
        if text == units[k - 1].text and not kinds[k - 1] and not units[k].role and not units[k - 1].role \
                and len(text.split()) >= CAPTION_MIN_WORDS and not text.endswith("?") \
                and (text.endswith(")") or _SENTENCE_INSIDE.search(text)):
            end = k
            while end < len(units) and units[end].text == text:
                end += 1
            for j in range(k - 1, end):
                kinds[j] = kinds[j] or "photo credit or caption"


def _alt_text(units: list[Unit], k: int) -> bool:
    """The lead picture's alt text, over its own caption: right under the byline or the date,
    told with its stop (a standfirst stands there without one; a lede under the headline), and
    never a list's item."""
    above = units[k - 1].text if k else ""
    return (is_stamp(above) or is_byline(above)) and ends_like_sentence(units[k].text) \
        and not bullet(units[k].text) and not bullet(units[k + 1].text)


def _text_after(units: list[Unit], kinds: list[str | None], k: int) -> bool:
    """Running text next, furniture aside: the lede the picture stands over (with a heading
    next, the line over the credit was the lede itself)."""
    after = next((u for u, kind in zip(units[k:], kinds[k:]) if not kind), None)
    return after is not None and _paragraph(after.text)


PARAGRAPH_MIN_WORDS = 8


_COMMENTS_LABEL = re.compile(r"^(\d+ (thoughts|comments?|responses|replies) on\b.*|\d* ?comments?( \(\d+\))?|"
                             r"(\d+ )?responses?)\W*$", re.IGNORECASE)
COMMENT_MAX_PARAGRAPHS = 5
COMMENTER_MAX_WORDS = 4


_SAYS = re.compile(r"\s+(says|said|wrote|replied):$")


def _commenter(text: str) -> bool:
    """A commenter's name, bare or as a blog prints it: "Rosalind P says:"."""
    name = _SAYS.sub("", text)
    return len(name.split()) <= COMMENTER_MAX_WORDS and not ends_like_sentence(name)


def _comment_text(units: list[Unit], j: int) -> int | None:
    """Where a comment's words start, when a comment's header starts at `j`: a name over its
    date, or both on one line ("Glenn Hartsough · 2 days ago")."""
    if j + 1 < len(units) and _commenter(units[j].text) and is_stamp(units[j + 1].text):
        return j + 2
    if " · " in units[j].text and _commenter(units[j].text.split(" · ", 1)[0]) and is_stamp(units[j].text):
        return j + 1
    return None


def _comment_threads(units: list[Unit], kinds: list[str | None]) -> None:
    """Under a blog's "2 thoughts on ..." or "Comments (3)": each reader's comment, a name over
    its date, then its words, then "Reply": all the page's furniture, comment after comment."""
    for k, unit in enumerate(units):
        if not kinds[k] or not _COMMENTS_LABEL.match(unit.text.strip()):
            continue
        j = k + 1
        while j < len(units) and kinds[j] in ("share prompt", "page control"):  # "Sort by Newest"
            j += 1
        while j < len(units) and not kinds[j] and (text := _comment_text(units, j)):
            end = text
            while end < len(units) and not kinds[end] and end - text < COMMENT_MAX_PARAGRAPHS \
                    and not _comment_text(units, end):
                end += 1
            for m in range(j, end):
                if not units[m].role:  # the editor's sidecar keeps what it names
                    kinds[m] = kinds[m] or "reader comment"
            while end < len(units) and kinds[end] in ("share prompt", "page control"):  # "Reply", "Like"
                end += 1
            j = end


# A publisher's terms for reusing its pages: "All ABN content may be reproduced free of charge",
# "... available under the Open Government Licence v3.0", "For licensing inquiries, contact ...".
_RIGHTS = re.compile(r"\b(may (not )?be (freely )?(reproduced|republished|redistributed|copied)|written permission of|"
                     r"open government licen[cs]e|creative commons|licensing (inquiries|enquiries)|republish our (content|stories)|"
                     r"(quoting|using|reproducing) (and using )?(any )?materials\b|offered to (our )?subscribers)", re.IGNORECASE)
FOOT_UNITS = 12  # the last lines of the page, where its terms stand


def _rights_notices(units: list[Unit], kinds: list[str | None]) -> None:
    """At the foot, the publisher's terms for reusing the page: its copyright line in
    other words. Only at the foot: an article about copyright says such things too."""
    for k in range(max(0, len(units) - FOOT_UNITS), len(units)):
        if not kinds[k] and not units[k].role and _RIGHTS.search(units[k].text):
            kinds[k] = "copyright"


def _cookie_banners(units: list[Unit], kinds: list[str | None]) -> None:
    """Under a cookie notice ("Cookies on the NHS website"), the banner's lines that name the
    site's cookies ("We've put some small files called cookies on your device ...", "I'm OK
    with analytics cookies"), its buttons among them: one banner. On the benchmark, 15 of 15."""
    inside = False
    for k, unit in enumerate(units):
        if kinds[k] == "cookie notice":
            inside = True
        elif inside and not kinds[k] and not unit.role and _BANNER_WORDS.search(unit.text):
            kinds[k] = "cookie notice"
        else:
            inside = False  # any other line ends it: a menu, then "... cookie-cutter estates", is the page


# A banner's cookies are the site's, for its use: a recipe's "chocolate chip cookies" are not
_BANNER_WORDS = re.compile(r"(?=.*\bcookies?\b).*\b(analytics|essential|necessary|optional|third-party|tracking|settings|"
                           r"preferences|accept|reject|consent|your device|our (site|website|cookies)|this (site|website)|"
                           r"your choice|browsing)\b", re.IGNORECASE)


SLIDES_MIN = 3  # "2/10", "3/10", "4/10": a web story's slide counter; one "8/10" may be a score


def _slide_counters(units: list[Unit], kinds: list[str | None]) -> None:
    """A web story's "1/10" ... "10/10" lines: counters of the same slides."""
    found: dict[str, list[int]] = {}
    for k, unit in enumerate(units):
        if not kinds[k] and not unit.role and (m := _COUNTER.match(unit.text)):
            found.setdefault(m.group(2), []).append(k)
    for ks in found.values():
        if len(ks) >= SLIDES_MIN:
            for k in ks:
                kinds[k] = "page control"


_HANDLE = re.compile(r"^@([\w.]+)(@[\w-]+(\.[\w-]+)+)?$")  # "@sunniva", "@sunniva@polar.social"
NAME_WORDS = 4  # "Dr Sunniva Aarli" over "@sunniva@polar.social"


def _post_stamps(units: list[Unit], kinds: list[str | None]) -> None:
    """A thread's author's handle alone, over its post's stamp ("@sunniva" over "Mar 4, 2026,
    08:53"), under its owner's name, or again and again: the posts' furniture, never a live
    blog's entry heading. A list of accounts to follow names each once, over what it posts."""
    users = Counter(m.group(1).casefold() for u in units if (m := _HANDLE.match(u.text)))
    for k, unit in enumerate(units):
        if kinds[k] or unit.role or not (m := _HANDLE.match(unit.text)):
            continue
        stamped = k + 1 < len(units) and is_stamp(units[k + 1].text)
        named = k > 0 and len(units[k - 1].text.split()) <= NAME_WORDS and not ends_like_sentence(units[k - 1].text)
        if stamped or named or users[m.group(1).casefold()] > 1:  # under its owner's name: an author's card
            kinds[k] = "page control"
            if stamped and not kinds[k + 1]:
                kinds[k + 1] = "page control"


_CRUMBS = re.compile(r"\s[›>»/]\s")  # not "|": a table's row
SITE_NAME_WORDS = 8  # "Northfield and Carrow Hospitals NHS Foundation Trust"
TOP_LINES = 6


def _names_over_breadcrumbs(units: list[Unit], kinds: list[str | None]) -> None:
    """"Brackenfield Borough Council" over "Home > Bins and recycling > What goes in which bin":
    the site's header over its breadcrumb trail, at the top of the page (its name, a tagline
    or a section's name between them too)."""
    for k in range(min(len(units) - 1, TOP_LINES)):
        # (a trail already read as a menu counts when more chrome stands between it and the name:
        # "Caledonian Environment Protection Agency", "Skip to content", "Search", the trail)
        crumbs = (kinds[k + 1] in (None, "page control") or (kinds[k + 1] == "navigation menu" and any(kinds[1:k + 1]))) \
            and len(_CRUMBS.findall(units[k + 1].text)) >= 2
        if crumbs:
            if all(kinds[j] or _header_line(units[j]) for j in range(k + 1)):
                for j in range(k + 1):
                    kinds[j] = kinds[j] or "page control"
            return


def _header_line(unit: Unit) -> bool:
    return not unit.role and len(unit.text.split()) <= SITE_NAME_WORDS and not ends_like_sentence(unit.text)


# What opens an advertiser's box: its label, or its pitch ("Get a great deal on a new ...").
_SPONSOR_LABEL = re.compile(r"^(sponsored( partner| content)?|get (a|the) (great |good |better |best )?deals? on\b.{1,60})\W*$",
                            re.IGNORECASE)
# A box's button: "Get a quote", "Check if you qualify", "Find a deal", "Book now".
_BUTTON = re.compile(r"^(get|check|find|see|compare|talk|book|shop|buy|apply|start|sign|request|claim)\b[^.!?]{0,40}$",
                     re.IGNORECASE)
BOX_REACH = 4  # lines of a sponsor's box between its label and its button
BOX_LINE_WORDS = 30


def _sponsored_boxes(units: list[Unit], kinds: list[str | None]) -> None:
    """Under a "Sponsored" label, the sponsor's name and pitch up to its button ("Get a
    quote", itself furniture), and on through more offers each closed by the same button
    ("Check rate"): an advertisement, every line of it. (A sponsored article's own headline
    has no button under it.)"""
    for k, unit in enumerate(units):
        if kinds[k] != "advertisement" or not _SPONSOR_LABEL.match(unit.text.strip()):
            continue
        box: list[int] = []
        last, j = k, k + 1
        while j < len(units) and j - last <= BOX_REACH:
            if _is_button(units[j], kinds[j]) and (kinds[j] or _repeated_button(units, j, k)
                                                   or (j == last + 1 > k + 1 and not _over_text(units, j))):
                last = j
            elif kinds[j] or units[j].role or len(units[j].text.split()) > BOX_LINE_WORDS:
                break
            box.append(j)
            j += 1
        if last == k:
            continue  # no button: a sponsored article
        for m in box:
            if m <= last:
                kinds[m] = kinds[m] or "advertisement"


_PROMOTION_START = re.compile(r"^skip past (?:newsletter )?promotion\W*$", re.IGNORECASE)
_PROMOTION_END = re.compile(r"^after (?:newsletter )?promotion\W*$", re.IGNORECASE)
PROMOTION_LINES = 6  # a newsletter's name, its label, its pitch, its sign-up button and the privacy notice


def _promotion_boxes(units: list[Unit], kinds: list[str | None]) -> None:
    """Between "skip past newsletter promotion" and "after newsletter promotion", the page's
    own markers around the box for screen readers: the box's lines ("Free weekly newsletter",
    its pitch, "Sign up"), however they read, when one of them is a sign-up's own ("Sign up to
    Green Light")."""
    for k, unit in enumerate(units):
        if not _PROMOTION_START.match(unit.text.strip()):
            continue
        end = next((j for j in range(k + 1, min(k + PROMOTION_LINES + 2, len(units)))
                    if _PROMOTION_END.match(units[j].text.strip())), None)
        if end is None or not any(kinds[j] for j in range(k + 1, end)):
            continue  # no sign-up of its own between them: an article quoting the markers
        for j in range(k + 1, end):
            if not units[j].role:
                kinds[j] = kinds[j] or "newsletter prompt"


# A bookmaker's odds box: bare lines of picks and their odds ("Tomas Varga 5/4", "Delacroix -150",
# "Harbourside v Millbrook: Harbourside 4/6, Draw 20/1, Millbrook 6/4", "Steelheads -118 | Monarchs -102").
_ODDS_TOKEN = r"(?:\d{1,3}/\d{1,3}|[+-]\d{3,4}|evens)"
_ODDS_PICK = rf"[A-Z][\w.'’-]*(?: [\w.'’()-]+){{0,4}}:? {_ODDS_TOKEN}"
_ODDS_LINE = re.compile(rf"^(?:[^:]{{3,60}}:\s*)?{_ODDS_PICK}(?:\s*[,|/]\s*{_ODDS_PICK})*$")
_ODDS_TITLE = re.compile(r"\b(?:odds|betting|markets?|outright)\b", re.IGNORECASE)
_BETTING_MARK = re.compile(r"\b(?:18|21)\+|gambl|t&cs|\bodds\b|\bbet\b|terms apply", re.IGNORECASE)
ODDS_TITLES = 2  # "BETTING" over "Porto Atlantic Open - Outright winner"
ODDS_TITLE_WORDS = 8


def _odds_boxes(units: list[Unit], kinds: list[str | None]) -> None:
    """Bare lines of picks and odds right over a bookmaker's small print ("18+ | Play safely |
    BeGambleAware.org"), under a title or two naming the odds ("NEXT ROUND ODDS", "Game 7
    odds"): an advertisement, every line of it. A list of odds ("- Anders Lindgren 7/4") under
    its heading, or a tipster's "1. Over 2.5 goals – 4/5 with Crownline", is the article's."""
    for k in range(len(units)):
        if kinds[k] != "advertisement" or not _BETTING_MARK.search(units[k].text):
            continue  # a bookmaker's small print, never any ad: "Ludlow: Saturday 14/3" over "Advertisement"
        j, picks = k - 1, list[int]()
        while j >= 0 and (kinds[j] or (_ODDS_LINE.match(units[j].text) and not bullet(units[j].text)
                                       and not units[j].role)):
            if not kinds[j]:
                picks.append(j)
            j -= 1
        titles: list[int] = []
        while picks and j >= 0 and len(titles) < ODDS_TITLES and not kinds[j] and not units[j].role \
                and len(units[j].text.split()) <= ODDS_TITLE_WORDS and not ends_like_sentence(units[j].text) \
                and units[j].text[-1:] not in ".!?:;,":
            titles.append(j)
            j -= 1
        while titles and not _ODDS_TITLE.search(units[titles[-1]].text):
            titles.pop()  # the line over the box's own titles is the article's
        if titles:
            for m in picks + titles:
                kinds[m] = "advertisement"


_KEY_EVENTS_TOGGLE = re.compile(r"^show key events only\W*$", re.IGNORECASE)
_KEY_EVENTS_LABEL = re.compile(r"^key (events|moments|updates)\W*$", re.IGNORECASE)  # never the last event itself
_KEY_EVENTS_BOX = re.compile(r"^key events\W*$", re.IGNORECASE)  # the box's own name, toggle or none
LIVE_STAMPS = 2  # bare stamps heading entries below: a live page's, never a feature's timeline or a visit's timetable


_AGE = r"\d{1,2}\s*(?:h|hr|hrs|m|min|mins)\s+ago"  # a link's age: "3h ago", "12 mins ago"
_EVENT_LINK = re.compile(rf"^(?:\d{{1,2}}[:.]\d{{2}}(?:\s*[ap]\.?m\.?)?\b|\d{{1,2}}\s*[ap]\.?m\b|{_AGE}\b)",
                         re.IGNORECASE)  # "08:02 Doors open", "3h ago GOAL! Okonjo equalises"
EVENT_LINKS_MAX = 12  # entries a key events box lists
_AGO_ALONE = re.compile(rf"^{_AGE}$", re.IGNORECASE)


def _key_events_toggles(units: list[Unit], kinds: list[str | None]) -> None:
    """A live page's "Key events" over its "Show key events only" toggle: the toggle's label,
    and the links between them, each an entry's time and its title ("08:02 Doors open in the
    atrium"; on dev 4 of 4 such boxes are furniture); so are the label and its links under the
    toggle (dev 2 of 2), and a bare "Key events" over two or more such links, toggle or none,
    on a page whose entries below open on bare stamps (dev 9 of 9). (Over a list of the key
    events, marked as a list, the same words head them; a pinned post's "Key moments" is its
    own, and so are a feature's timeline and a visit's timetable under "Key events".)"""
    for k in range(len(units) - 1):
        if units[k].role or kinds[k] or not _KEY_EVENTS_LABEL.match(units[k].text):
            continue
        end, paired = k + 1, False
        while end < len(units) and end - k <= EVENT_LINKS_MAX and not kinds[end] and not units[end].role:
            title = units[end + 1] if end + 1 < len(units) and not kinds[end + 1] else None
            if _AGO_ALONE.match(units[end].text) and title is not None and not title.role \
                    and not is_stamp(title.text) and not is_time_stamp(title.text):
                end, paired = end + 2, True  # the link's age over its title, two lines: "9h ago", then "Picket lines form"
            elif _EVENT_LINK.match(units[end].text) and not is_time_stamp(units[end].text):  # a bare stamp heads an entry
                end += 1
            else:
                break
        if end == k + 1 and _KEY_EVENTS_BOX.match(units[k].text):
            end = _bare_titles_end(units, kinds, k + 1)  # the links' titles alone, untimed
        toggle_below = end < len(units) and bool(kinds[end]) and bool(_KEY_EVENTS_TOGGLE.match(units[end].text))
        if paired and not toggle_below:
            continue  # two-line links only where the toggle closes the box: the entries below read alike
        if toggle_below or (end > k + 1 and _toggle_above(units, kinds, k)) \
                or (end > k + 2 and _KEY_EVENTS_BOX.match(units[k].text)
                    and sum(is_time_stamp(unit.text) for unit in units[end:]) >= LIVE_STAMPS):
            for j in range(k, end):
                kinds[j] = "page control"


_NEWSLETTER_LABEL = re.compile(r"^(?:our |the |free )?newsletters?\W*$", re.IGNORECASE)
# A newsletter's pitch: "Get our free weekly money tips ...", "..., every Friday.", "straight to your inbox"
_PITCH = re.compile(r"\b(?:every (?:day|week|weekday|morning|evening|\w+day)|weekly|daily|inbox|sign up|subscribe|"
                    r"straight to you)\b", re.IGNORECASE)


def _newsletter_labels(units: list[Unit], kinds: list[str | None]) -> None:
    """A sign-up box's bare "Newsletter" over its pitch ("Get the week's best culture writing ...,
    every Friday.") or its form: furniture. Over a report's paragraph about the village
    newsletter, the same word heads that section. So is any short title over a pitch and the
    box's email field ("Get The Broom Wagon Weekly", then "... in your inbox every Friday.", then
    "Your email address"; on dev, 43 of 44 such titles are furniture, none a heading)."""
    for k in range(len(units) - 1):
        if not kinds[k] and not units[k].role and _NEWSLETTER_LABEL.match(units[k].text) \
                and (kinds[k + 1] or _PITCH.search(units[k + 1].text)):
            kinds[k] = "newsletter prompt"
    for k in range(len(units) - 2):  # a sign-up box's own title over its pitch and its email field
        if not kinds[k] and not units[k].role and _EMAIL_FIELD.match(units[k + 2].text) and kinds[k + 2] \
                and (kinds[k + 1] or (_PITCH.search(units[k + 1].text) and _MAILED.search(units[k + 1].text)
                                      and not units[k + 1].role)) \
                and len(units[k].text.split()) <= BOX_TITLE_WORDS and not ends_like_sentence(units[k].text) \
                and not bullet(units[k].text):
            kinds[k] = kinds[k + 1] = kinds[k + 1] or "newsletter prompt"
    started = False  # a box's title over its pitch and its join or donate button, once the text has started
    for k in range(len(units) - 2):
        started = started or (not kinds[k] and ends_like_sentence(units[k].text) and len(units[k].text.split()) >= TEXT_WORDS)
        if started and not kinds[k] and not kinds[k + 1] and not units[k].role and not units[k + 1].role \
                and not units[k + 2].role and _JOIN_BUTTON.match(units[k + 2].text) \
                and len(units[k].text.split()) <= BOX_TITLE_WORDS and not ends_like_sentence(units[k].text) \
                and not bullet(units[k].text) and not is_stamp(units[k].text) and len(units[k + 1].text.split()) <= PITCH_WORDS \
                and (len(units[k + 2].text.split()) > 1 or k + 3 >= len(units) or kinds[k + 3]
                     or not ends_like_sentence(units[k + 3].text)):  # a bare "Donate" over text heads a section
            kinds[k] = kinds[k + 1] = "newsletter prompt"  # "Become a Patch Notes member", its perks, "Join now"
            kinds[k + 2] = kinds[k + 2] or "newsletter prompt"


_IN_BROWSER = re.compile(r"^(?i:view (?:this email |this newsletter )?(?:in|on) (?:your |a )?(?:web )?browser|"
                         r"view (?:this (?:email|issue) )?online|forwarded this email\b)")
NAME_WORDS = 8  # "THE PENNY JAR", "DUNMORE COUNCIL FOR VOLUNTARY SERVICE | FUNDING BULLETIN"
PLAIN_NAME_WORDS = 3  # "The Thornleigh Weekly": in capitals or not at all, never a headline in a few more words
_NAME_PARTS = re.compile(r"\s+[—–|·:]\s+")  # the name, then its tagline or issue


def _emails_name(units: list[Unit], kinds: list[str | None]) -> None:
    """The first line under the asides an email opens on ("View this email in your browser") is the newsletter's
    name ("THE PENNY JAR", "The Thornleigh Weekly"), never its headline, when it is no greeting
    ("Hi all,"), sentence, date or byline, nor right over the email's running text, and in capitals or of three words at most (a headline runs longer: "Council
    approves new budget after late-night session"; of the lines this leaves out that nothing else did, dev 9 of 9 and
    holdout 6 of 6 are the editors' furniture)."""
    k = 0
    while k < len(units) and kinds[k] == "newsletter prompt":
        k += 1  # the email's asides, all of them over the rest
    if not any(_IN_BROWSER.match(u.text.strip()) for u in units[:k]) or k >= len(units) or kinds[k] or units[k].role:
        return
    text = units[k].text.strip()
    name = _NAME_PARTS.split(text)[0]  # "THE FORTNIGHTLY — What's on in Ashgrove"; never "NHS waiting lists fall"
    after = units[k + 1].text if k + 1 < len(units) else ""
    if ends_like_sentence(after) and len(after.split()) >= STANDFIRST_MIN_WORDS:
        return  # a short headline right over the text ("Rates held again"): the email's own
    if len(text.split()) <= (NAME_WORDS if name.isupper() else PLAIN_NAME_WORDS) \
            and not ends_like_sentence(text) and not text.endswith((",", "!", "?", ":")) \
            and not is_stamp(text) and not is_byline(text) and not bullet(text):
        kinds[k] = "kicker"


# A box's button: "Join now", "Donate today", "Become a member", "Subscribe" (on dev, the short line two above
# it is the box's title 188 times of 192, never a heading; the other four stand at the page's top)
_JOIN_BUTTON = re.compile(r"^(?:join(?: now| today| us)?|donate(?: now| today)?|become a (?:member|supporter)|subscribe(?: now| today)?|"
                          r"support us)\W*$", re.IGNORECASE)
TEXT_WORDS = 12  # running text: a sentence this long
PITCH_WORDS = 35
_MAILED = re.compile(r"\b(?:inbox|newsletters?|e-?mails?|subscribe|delivered)\b", re.IGNORECASE)  # never a volunteer's "sign up"
_EMAIL_FIELD = re.compile(r"^(?:your |enter (?:your )?)?e-?mail(?: address)?(?: here)?\W*$", re.IGNORECASE)
BOX_TITLE_WORDS = 8
TITLE_LINK_WORDS = 16


_CLOCK = re.compile(r"\b(\d{1,2})[:.](\d{2})(?:\s*([ap])\.?m\b\.?)?", re.IGNORECASE)


def _newest_first(units: list[Unit]) -> bool:
    """The first two entry stamps below run back in time ("4:52 p.m.", then "3:10 p.m."), as a
    live page's do; a day's programme runs forward ("6:00 a.m.", then "8:15 a.m.")."""
    clocks = list(islice((_minutes(m) for unit in units if is_time_stamp(unit.text) and (m := _CLOCK.search(unit.text))), 2))
    return len(clocks) == 2 and clocks[0] > clocks[1]


def _minutes(clock: re.Match[str]) -> int:
    """Minutes after midnight of a `_CLOCK` match: "4:52 p.m." is 1,012, "16:52" the same."""
    hour, half = int(clock.group(1)), (clock.group(3) or "").lower()
    if half:
        hour = hour % 12 + (12 if half == "p" else 0)
    return hour * 60 + int(clock.group(2))


def _bare_titles_end(units: list[Unit], kinds: list[str | None], k: int) -> int:
    """Where a key events box of bare titles ends ("Airport cancels all departures after 4 p.m.",
    "Highway 17 closed ..."), when two or more stand between the label and the box's control, or
    the first entry's stamp with a title of the box said again below, on a page whose entries
    open on stamps; else k (no such box)."""
    end = k
    while end < len(units) and end - k < EVENT_LINKS_MAX and not kinds[end] and not units[end].role \
            and not ends_like_sentence(units[end].text) and not bullet(units[end].text) and not is_stamp(units[end].text) \
            and not is_time_stamp(units[end].text) and len(units[end].text.split()) <= TITLE_LINK_WORDS:
        end += 1
    titles = {unit.text for unit in units[k:end]}
    closed = end < len(units) and (bool(kinds[end])  # the box's control, or the first entry's stamp with
                                   or (is_time_stamp(units[end].text)  # its titles again below, or newest first
                                       and (any(u.text in titles for u in units[end:]) or _newest_first(units[end:]))))
    live = sum(is_time_stamp(unit.text) for unit in units[end:]) >= LIVE_STAMPS
    return end if end - k >= 2 and closed and live else k  # (a guide's timetable under "Key events" is its own)


TOGGLE_ABOVE = 2  # lines: the toggle, then "Please turn on JavaScript to use this feature"; a pinned post's own box is lower


def _toggle_above(units: list[Unit], kinds: list[str | None], k: int) -> bool:
    """The "Show key events only" toggle just above the box's label, with only furniture between."""
    for j in range(k - 1, max(k - 1 - TOGGLE_ABOVE, -1), -1):
        if not kinds[j]:
            return False
        if _KEY_EVENTS_TOGGLE.match(units[j].text):
            return True
    return False


_PRICE_ALONE = re.compile(r"^(?:from [£$€]\d[\d,.]*\W*|[£$€]\d[\d,]*\.\d\d, (?-i:[A-Z])[\w&'’. ]{1,30})$", re.IGNORECASE)
_BUTTON_KINDS = frozenset({"page control", "shop prompt", "advertisement"})


def _prices_by_buttons(units: list[Unit], kinds: list[str | None]) -> None:
    """"From £28.50" beside its "Get tickets" button, or "£159.00, Grayson's" over "Buy now": the
    widget's price. Under a deal's or a show's description, or in a ranking of prices, the same
    line is the article's."""
    for k, unit in enumerate(units):
        if not kinds[k] and not unit.role and _PRICE_ALONE.match(unit.text) and any(
                0 <= j < len(units) and kinds[j] in _BUTTON_KINDS and _BUTTON.match(units[j].text) for j in (k - 1, k + 1)):
            kinds[k] = "shop prompt"


_AMOUNT = re.compile(r"^[₹£$€]\s?\d[\d,.]*$")  # an amount alone on its line: "£25", "$38.12"
_CONTROL_KINDS = frozenset({"page control", "shop prompt", "newsletter prompt", "widget part", "market data", "advertisement"})


def _amounts_over_controls(units: list[Unit], kinds: list[str | None]) -> None:
    """An amount alone over a control: a donation's buttons ("£25", "£50", "Other amount"), a
    shop's ("£8.50" over "Add to basket"), a share price over its move ("$38.12" over "-6.84
    (-15.22%)"). Over a listing's details or a product's old price ("€385,000" over "3 Bed |
    2 Bath", "£84.99" over "RRP £109.99"), it is the article's. From the foot up, so that a
    row of amounts reads its last one's control."""
    for k in range(len(units) - 2, -1, -1):
        if not kinds[k] and not units[k].role and _AMOUNT.match(units[k].text.strip()) \
                and (below := kinds[k + 1]) in _CONTROL_KINDS:
            kinds[k] = "market data" if below == "market data" else "shop prompt"


# A product box's button: "Visit ShieldPath", "Download FreeTunnel"
_STORE_BUTTON = re.compile(r"^(?:Visit|Download|Get) [A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,2}$")


def _store_buttons(units: list[Unit], kinds: list[str | None]) -> None:
    """A button naming the product right under its price ("Starting at $2.89/mo" over "Visit
    ShieldPath", "Free" over "Download FreeTunnel"): the box's; elsewhere such a line heads a
    section ("Download Festival", a guide's "Visit Belém Tower")."""
    for k in range(1, len(units)):
        above = units[k - 1].text.strip()
        if not kinds[k] and not units[k].role and _STORE_BUTTON.match(units[k].text) \
                and (is_price(above) or above.casefold() == "free"):
            kinds[k] = "page control"


def _over_text(units: list[Unit], j: int) -> bool:
    """Running text right under the line: a section's heading ("Check your credit file"),
    no second button under the first."""
    return j + 1 < len(units) and ends_like_sentence(units[j + 1].text)


def _repeated_button(units: list[Unit], j: int, label: int) -> bool:
    """The same button ("Check rate") closes another offer of the panel: no heading is
    written twice."""
    return any(units[m].text.strip() == units[j].text.strip()
               for m in range(label + 1, min(len(units), j + 1 + BOX_REACH * 2)) if m != j)


def _is_button(unit: Unit, kind: str | None) -> bool:
    text = unit.text.strip()
    return (kind in (None, "advertisement", "shop prompt") and not unit.role
            and len(text.split()) <= BUTTON_WORDS and bool(_BUTTON.match(text)))


_POLL_LABEL = re.compile(r"^(quick poll|poll|reader poll|have your say|cast your vote)\W*$", re.IGNORECASE)
_VOTE_BUTTON = re.compile(r"^(vote|submit|see results|view results)\W*$", re.IGNORECASE)
POLL_OPTION_WORDS = 4
POLL_MIN_OPTIONS = 2


def _polls(units: list[Unit], kinds: list[str | None]) -> None:
    """"QUICK POLL", its question, its options a line each ("Yes", "No", "Not sure") and its
    "Vote" button: a reader poll, every line of it."""
    for k, unit in enumerate(units):
        if kinds[k] not in (None, "share prompt", "page control") or not _POLL_LABEL.match(unit.text.strip()) \
                or k + 1 >= len(units) or not units[k + 1].text.rstrip().endswith("?"):
            continue
        end = k + 2
        while end < len(units) and kinds[end] in (None, "page control") and _poll_option(units[end]):
            end += 1
        buttons = end
        while buttons < len(units) and _VOTE_BUTTON.match(units[buttons].text.strip()):
            buttons += 1  # its buttons ("Vote", "See results") close the options, whatever they are
        if buttons == end:  # no button: only answers a poll offers, never the next heading ("Key dates")
            end = next((m for m in range(k + 2, end) if not _ANSWER.match(units[m].text.strip())), end)
            buttons = end
        if end - (k + 2) >= POLL_MIN_OPTIONS:
            for m in range(k, buttons):
                kinds[m] = "poll"


def _poll_option(unit: Unit) -> bool:
    text = unit.text.strip()
    return (len(text.split()) <= POLL_OPTION_WORDS and not _VOTE_BUTTON.match(text)
            and not text.endswith((".", ":", "?", "!", ";")))


# A form's field, as its placeholder reads: "Enter your email", "Choose a university",
# "Enter your postcode to see inspection grades, exam results and catchment maps".
_FIELD = re.compile(r"^((enter|type|choose|select|search for) (your|a|an) [^.!?]{1,80}|where are you going\?|check-in date)$",
                    re.IGNORECASE)
_FIELD_OPENS = frozenset("EeTtCcSsWw")
_FORM_BUTTON = re.compile(r"^(sign ?up|subscribe|search|submit|go|send|next|continue|add|compare|get|find|check|see|"
                          r"apply|join|register|calculate|show|book)\b", re.IGNORECASE)
FORM_CONTROLS = 2  # "Add another": controls between the field and its button
CONTROL_WORDS = 3
BUTTON_WORDS = 4  # "Sign up", "Get free quotes"
FORM_TITLE_WORDS = 10
FORM_PITCH_WORDS = 25


def _forms(units: list[Unit], kinds: list[str | None]) -> None:
    """A form on the page: its field ("Enter your email"), any controls after it, its
    button (itself furniture: "Sign up", "Get free quotes"), and over the field its title
    ("Get the Weekend Reader": no final stop) with at most a line of pitch between them.
    Without the button under it, a line asking the reader to choose is the article's."""
    for k, unit in enumerate(units):
        if unit.text[:1] not in _FIELD_OPENS or unit.role or not _FIELD.match(unit.text.strip()):
            continue  # (a look at its first letter first: most lines are no field)
        end = k + 1
        while end < len(units) and end - k <= FORM_CONTROLS and not kinds[end] and _control(units[end]):
            end += 1
        if end >= len(units) or not kinds[end] or len(units[end].text.split()) > BUTTON_WORDS \
                or not _FORM_BUTTON.match(units[end].text.strip()):
            continue  # a form's own button, never an ad's label under it
        top = k
        if k >= 1 and (kinds[k - 1] or _form_title(units[k - 1])):
            top = k - 1
            if kinds[k - 1] and k >= 2 and not kinds[k - 2] and _form_title(units[k - 2]):
                top = k - 2  # a newsletter's name over its pitch: "The Morning Briefing"
        elif k >= 2 and _form_pitch(units[k - 1]) and (kinds[k - 2] or _form_title(units[k - 2])):
            top = k - 2
        kind = "newsletter prompt" if kinds[end] == "newsletter prompt" else "form"
        for m in range(top, end):
            kinds[m] = kinds[m] or kind


# A sign-up form's fields and its error message. Alone, the same words are an article's: a baby-names
# story's "First name" section, a passport guide's boxes, an FAQ's "Your email?".
_SIGN_UP_FIELD = re.compile(r"^(?:your (?:question|name|comment|message|e-?mail|affiliation)|(?:first|last) name|e-?mail address)"
                            r"(?: \((?:optional|required|will not be published)\))?\s*\*?:?$", re.IGNORECASE)
_FORM_ERROR = re.compile(r"^something went wrong,? please try again(?: later)?\.?$", re.IGNORECASE)
_SEND_BUTTON = re.compile(r"^(?:sign (?:me )?up|subscribe|submit|send(?: enquiry| message)?|enquire now|join now|"
                          r"sign this (?:letter|petition))\W*$", re.IGNORECASE)
FORM_REACH = 3  # lines from a field to its form's button or its email field


def _sign_up_fields(units: list[Unit], kinds: list[str | None]) -> None:
    """A form's field ("First name", "Your email*") or its error, within a few lines of the
    form's button ("Sign me up") or its email field (on dev, every such field stands so).
    Without them, the words are the article's, even under a newsletter's prompt."""
    def form_part(j: int) -> bool:
        text = units[j].text.strip()
        return kinds[j] == "form" or bool(_SEND_BUTTON.match(text)) \
            or (bool(_EMAIL_FIELD.match(text)) and not text.endswith("?"))  # (a prompt alone is no form)
    for k, unit in enumerate(units):
        text = unit.text.strip()
        error = bool(_FORM_ERROR.match(text))  # a sign-up box's error, under its prompt alone too
        if kinds[k] or unit.role or not (error or _SIGN_UP_FIELD.match(text)):
            continue
        near = range(max(0, k - FORM_REACH), min(len(units), k + FORM_REACH + 1))
        if any(form_part(j) or (error and kinds[j] == "newsletter prompt") for j in near if j != k):
            kinds[k] = "form"
            for j in near:  # and the form's button: "Sign this letter", "Send"
                if not kinds[j] and not units[j].role and _SEND_BUTTON.match(units[j].text.strip()):
                    kinds[j] = "form"


_KEY_EVENT = re.compile(r"^key event\W*$", re.IGNORECASE)
_TIME_GLUED = re.compile(r"^\d{1,2}[:.]\d{2}(?=[A-Z])")  # "16:41Jury finds ...", glued as copied; a programme's
# "20:50 Women's 100m final" under its "Key event" is the guide's own


def _key_event_marks(units: list[Unit], kinds: list[str | None]) -> None:
    """A live page's "KEY EVENT" mark beside its entry's time ("16:41Jury finds ..."). A guide's
    "Key event" over its text heads a section."""
    for k, unit in enumerate(units):
        if not kinds[k] and _KEY_EVENT.match(unit.text.strip()) and any(
                _TIME_GLUED.match(units[j].text) or is_time_stamp(units[j].text) for j in (k - 1, k + 1) if 0 <= j < len(units)):
            kinds[k] = "page control"


def _control(unit: Unit) -> bool:
    text = unit.text.strip()
    return len(text.split()) <= CONTROL_WORDS and not text.endswith((".", ":", "?", "!"))


def _form_title(unit: Unit) -> bool:
    """A form's title asks the reader to act ("Get the Weekend Reader", "Find trusted loft
    converters near you") or names its newsletter; a section's heading over its text does not."""
    text = unit.text.strip()
    return (not unit.role and len(text.split()) <= FORM_TITLE_WORDS and not ends_like_sentence(text)
            and not text.endswith((":", "?")) and bool(_BUTTON.match(text) or _ACT.match(text) or _NEWSLETTER_WORDS.search(text)))


_ACT = re.compile(r"^(search|subscribe|join|download|try|view)\b", re.IGNORECASE)  # a form's call to act


def _form_pitch(unit: Unit) -> bool:
    """A newsletter's pitch ("Our best long reads and reviews, every Saturday morning."), or
    the form's instruction ("Select up to three universities to compare ...")."""
    return not unit.role and len(unit.text.split()) <= FORM_PITCH_WORDS and bool(
        _NEWSLETTER_WORDS.search(unit.text) or _INSTRUCTION.match(unit.text))


_INSTRUCTION = re.compile(r"^(select|choose|enter|pick|tell us|fill in|type)\b", re.IGNORECASE)


_NEWSLETTER_WORDS = re.compile(r"\b(newsletters?|inbox|every (morning|day|week|weekday|monday|tuesday|wednesday|thursday|"
                               r"friday|saturday|sunday)|delivered|sign up|subscribe|our best|the latest|briefing|digest|"
                               r"alerts?|updates)\b", re.IGNORECASE)


# Over a page's comments: "Have your say", "Join the debate". Over running text, the same
# words head a consultation's section on how to respond.
_COMMENT_LABEL = re.compile(r"^(have your say|join the debate)\W*$", re.IGNORECASE)


WIDGET_TITLE_WORDS = 8
WIDGET_LINES_MIN = 2
# A widget's own lines: prices, a share price, a sign-up's pitch. Ads, links to other stories,
# captions and a recipe's buttons also stand under a section's heading, over its subsection.
_WIDGET_KINDS = frozenset({"shop prompt", "market data", "newsletter prompt"})


def _widget_titles(units: list[Unit], kinds: list[str | None]) -> None:
    """A short title over nothing but furniture, two lines or more of it among them a widget's
    own (prices, a share price, a sign-up's pitch) or two ads closed by a button (a bookmaker's
    offer, its small print, "Claim offer"), and then the next heading ("Today's best
    deals" over its prices and "View Deal" buttons, then "Design and build"): a widget's title,
    heading none of the article. Not over ads, links, captions or buttons alone ("SQUADS",
    "ADVERTISEMENT", "ENGLAND": the section opens on a subsection), nor before the article's
    text has begun (a date, a byline), nor at its foot (a signature, a contact)."""
    begun = False
    for k, unit in enumerate(units):
        if kinds[k]:
            continue
        if not begun:
            begun = _running(unit.text)
            continue
        end = k + 1
        while end < len(units) and kinds[end]:
            end += 1
        run = kinds[k + 1:end]
        offer = run.count("advertisement") >= WIDGET_LINES_MIN and run[-1:] == ["page control"]  # an offer and its button
        if (end - k - 1 >= WIDGET_LINES_MIN and end < len(units) and (offer or not _WIDGET_KINDS.isdisjoint(run))
                and not unit.role and _titled(unit.text) and _titled(units[end].text)):
            kinds[k] = "widget title"


_QUOTED_LINE = re.compile(r"^[“\"‘'][^“”\"]{20,300}[.!?…][”\"’']$")  # a sentence: a quote heading has no stop
_WORDS = re.compile(r"[\w'’]+")
PULL_QUOTE_RUN = 6  # words: a run of the text's own words, so long, is a repeat, not a chance
PULL_QUOTE_SHARE = 0.5  # of the quote's runs found in one paragraph


def _pull_quotes(units: list[Unit], kinds: list[str | None]) -> None:
    """A line that is a quotation alone, repeating a paragraph's words ("“It is the kind of
    signal you check five times before you tell anyone.”" under the paragraph quoting it): a
    pull quote, set in large type by the page. Its words are the article's already. Never over
    the text's first paragraph: a headline may quote the text."""
    begun = False
    for k, unit in enumerate(units):
        if not begun:
            begun = not kinds[k] and _running(unit.text) and not _QUOTED_LINE.match(unit.text)
            continue
        if kinds[k] or unit.role or not _QUOTED_LINE.match(unit.text) or units[k - 1].text.rstrip().endswith(":") \
                or _QUOTED_LINE.match(units[k - 1].text) or (k + 1 < len(units) and _QUOTED_LINE.match(units[k + 1].text)):
            continue  # a statement printed after "said:", or in paragraphs of its own, is the article's
        words = _words_of(unit.text).split()
        runs = {" ".join(words[i:i + PULL_QUOTE_RUN]) for i in range(len(words) - PULL_QUOTE_RUN + 1)}
        if runs and any(j != k and not kinds[j] and len(other.text) > len(unit.text)
                        and sum(run in _words_of(other.text) for run in runs) >= PULL_QUOTE_SHARE * len(runs)
                        for j, other in enumerate(units)):
            kinds[k] = "pull quote"


@lru_cache(maxsize=256)
def _words_of(text: str) -> str:
    """A line's words, lower-cased and single-spaced: a quote and its paragraph compared."""
    return " ".join(w.casefold() for w in _WORDS.findall(text))


# Furniture that never stands next to a section's heading: an ad or a caption may ("SQUADS",
# an ad, then "ENGLAND"; a heading over its picture's caption), a separator ends a section.
_BESIDE_HEADINGS = frozenset({"advertisement", "photo credit or caption", "separator"})


def _islands(units: list[Unit], kinds: list[str | None]) -> None:
    """A short title between two lines of the page's own furniture (its buttons, links,
    menus, prompts: "Pin" between "Save" and "Share", "Newsletter" over its sign-up) is
    furniture too, once the article's text has begun (a headline stands between a skip
    link and its share buttons) and when no running text follows it (a section's heading
    between two "Read more" links stands over its text)."""
    begun = False
    for k in range(1, len(units) - 1):
        if not kinds[k] and not begun:
            begun = _running(units[k].text)
            continue
        if not kinds[k] and kinds[k - 1] not in _BESIDE_HEADINGS and kinds[k + 1] not in _BESIDE_HEADINGS \
                and kinds[k - 1] and kinds[k + 1] and not units[k].role and _titled(units[k].text) \
                and not _heads_running_text(units, kinds, k):
            kinds[k] = "page control"


def _heads_running_text(units: list[Unit], kinds: list[str | None], k: int) -> bool:
    """The first line that is no furniture after line k is running text."""
    j = k + 1
    while j < len(units) and kinds[j]:
        j += 1
    return j < len(units) and _running(units[j].text)


def _titled(text: str) -> bool:
    """A title's line: a few words, no figure, no stop, no label ("Verdict: ..."), no date."""
    return (len(text.split()) <= WIDGET_TITLE_WORDS and not ends_like_sentence(text) and text[-1:] not in ".!?:;,"
            and not any(c.isdigit() for c in text) and ": " not in text and not bullet(text) and not is_byline(text))


def _comment_labels(units: list[Unit], kinds: list[str | None]) -> None:
    """A comment label with furniture after it, or nothing: the comments' widget."""
    for k, unit in enumerate(units):
        if (k + 1 == len(units) or kinds[k + 1]) and not kinds[k] and not unit.role \
                and _COMMENT_LABEL.match(unit.text.strip()):
            kinds[k] = "share prompt"


# An author box's label and its bio: "About the author" (or "About Harriet Okafor") over
# "Harriet Okafor is a Senior Associate ...".
_BIO_LABEL = re.compile(r"^(?i:about the authors?|about the writer)\W*$|^About (?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2})$")
_ONE_AUTHOR = re.compile(r"^(?i:about the (?:author|writer))\W*$")  # "About the authors" heads a report's section
BIO_MAX = 400  # characters: a line or two about the writer
_SOMEONE_IS = re.compile(r"^(?P<name>(?:Dr |Prof )?[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2}) (?:is|was|has)\b")


def _author_boxes(units: list[Unit], kinds: list[str | None]) -> None:
    """A label and a bio over the box's own link ("View Harriet's profile", itself furniture):
    the page's author box. Without the link, "About the authors" over who they are is a
    report's own section."""
    for k in range(len(units) - 2):
        if kinds[k + 2] != "page control" or kinds[k] or kinds[k + 1] or units[k].role or units[k + 1].role:
            continue
        label, bio = _BIO_LABEL.match(units[k].text), _SOMEONE_IS.match(units[k + 1].text)
        if label and bio and label.group("name") in (None, bio.group("name")):
            kinds[k] = kinds[k + 1] = "author box"
    for k in range(len(units) - 1):  # one writer's box at the foot, with no link: its label, name and bio
        if kinds[k] or units[k].role or not _ONE_AUTHOR.match(units[k].text.strip()):
            continue
        j = k + 1  # the bio, or the name alone on its line over it
        if k + 2 < len(units) and (bio := _SOMEONE_IS.match(units[k + 2].text)) and bio.group("name") == units[k + 1].text.strip():
            j = k + 2
        writer = _SOMEONE_IS.match(units[j].text)
        if writer and len(units[j].text) <= BIO_MAX and _named_at_top(units, writer.group("name").split()[-1]) \
                and not any(units[m].role for m in range(k, j + 1)) \
                and not any(not kinds[m] and _running(units[m].text) for m in range(j + 1, len(units))):  # at the foot
            for m in range(k, j + 1):
                kinds[m] = kinds[m] or "author box"


TOP_UNITS = 15  # the masthead's lines, where the page names its writer
BYLINE_WORDS = 8  # a name line, perhaps with a role: "Lorna Quist, photographer"


def _named_at_top(units: list[Unit], surname: str) -> bool:
    """The page's own writer, named in a short line at the top (its byline): never a book's
    author under a review's "About the author"."""
    return any(surname in unit.text and len(unit.text.split()) <= BYLINE_WORDS for unit in units[:TOP_UNITS])


# An encyclopedia's note under its title, pointing elsewhere: "For the mill built on the site
# in 1890, see Dunmore Mill.", "Not to be confused with Kelderby Bridge."
_HATNOTE = re.compile(r"^(?:This article is about [^.]{1,80}\. )?(?:(?P<pointer>For (?:the|other|a|an) [^.]{1,80}, see "
                      r"[A-Z][^.]{1,80}\.)|Not to be confused with [A-Z][^.]{1,80}\.?)$")
HATNOTE_REACH = 4  # units from the top: under the title, and its tagline


def _hatnotes(units: list[Unit], kinds: list[str | None]) -> None:
    """On an encyclopedia's page (its tagline among the first lines), or in words only a
    hatnote uses ("Not to be confused with ...")."""
    top = range(min(HATNOTE_REACH, len(units)))
    encyclopedia = any(_ENCYCLOPEDIA.search(units[k].text) for k in top)
    for k in top:
        if not kinds[k] and not units[k].role and (m := _HATNOTE.match(units[k].text)) \
                and (encyclopedia or not m.group("pointer")):
            kinds[k] = "page control"


_ENCYCLOPEDIA = re.compile(r"\bfrom wikipedia\b|\bthe free encyclopedia\b", re.IGNORECASE)


_CONTENTS_LABEL = re.compile(r"^(contents|table of contents|on this page|in this (article|guide|story|page))\W*$", re.IGNORECASE)
_ENTRY_NUMBER = re.compile(r"^(\d+(\.\d+)*\.?|[a-z]\))\s+")


def _entry(text: str) -> str:
    """A contents entry or a heading, without its marker or number: "overview" for "- Overview",
    "1. Overview", "1 Background"."""
    item = bullet(text)
    return _ENTRY_NUMBER.sub("", item[1] if item else text).strip().casefold()


def _contents(units: list[Unit], kinds: list[str | None]) -> None:
    """Under a "Contents" or "On this page" label, the entries that name the page's own
    headings further down ("- Overview" over "1. Overview"): its contents box, a link each."""
    for k, unit in enumerate(units):
        if kinds[k] != "link to another story" or not _CONTENTS_LABEL.match(unit.text.strip()):
            continue  # the label is a link label already
        entries = [_entry(u.text) for u in units]  # each entry names a line further down
        j = k + 1
        while j < len(units) and not units[j].role and (kinds[j] or (  # past its own controls ("hide", "(Top)")
                len(units[j].text.split()) <= CONTENTS_ENTRY_WORDS and entries[j] and entries[j] in entries[j + 1:])):
            j += 1
        while j > k + 1 and kinds[j - 1]:
            j -= 1  # (the furniture after its last entry is none of its own)
        if j - k > 1:
            for m in range(k, j):
                kinds[m] = kinds[m] or "link to another story"


CONTENTS_ENTRY_WORDS = 12

# A wiki's own page: "From Wikipedia, the free encyclopedia", "From Assiniboia Heritage Wiki", or its
# tabs, "Article" over "Talk", "Page" over "Discussion"
_WIKI_SOURCE = re.compile(r"^from [^,]{2,40}, the free [\w ]{2,40}[!.]?$|^from [\w .'’&-]{2,40} wiki$", re.IGNORECASE)
_WIKI_TABS = ((re.compile(r"^(?:article|page)$", re.IGNORECASE), re.compile(r"^(?:talk|discussion)(?: \(\d+\))?$", re.IGNORECASE)),
              # the mobile site's, all three: a broadcaster's menu may hold "Languages" over "Watch"
              (re.compile(r"^language$", re.IGNORECASE), re.compile(r"^watch$", re.IGNORECASE), re.compile(r"^edit$", re.IGNORECASE)))
# The wiki's controls over its page's first paragraph: tabs, tools, its menu, its contents box's toggles
_WIKI_CHROME = re.compile(
    r"^(?:article|talk(?: \(\d+\))?|read|edit(?: source)?|view (?:source|history)|history|page|(?:page )?discussion|"
    r"edit history|\d* ?languages?|(?:un)?watch|sign in to edit|(?:open )?main menu|move to sidebar|hide|show|\(top\)|tools|"
    r"appearance|donate|create account|log in|personal tools|search|random(?: page| article)?|settings|recent changes|"
    r"wikipedia|contents|toggle (?:the )?table of contents|toggle .{1,60} subsection|"
    r"jump to(?::)? (?:navigation|search|content)(?:,? (?:jump to )?search)?|what links here|related changes|"
    r"special pages|permanent link|page information|cite this page|wikidata item|edit links|add links|"
    r"in other projects|newsroom|water cooler|community portal|help|about wikipedia|contact us|"
    r"download as pdf|printable version)$", re.IGNORECASE)
WIKI_TOP_REACH = 60  # units searched for the wiki's marks


def wiki_mark(units: list[Unit]) -> int | None:
    """Where a wiki's source line or its tabs first stand ("From Wikipedia, the free encyclopedia";
    "Article" over "Talk"): the page's title is right above them."""
    top = units[:WIKI_TOP_REACH]
    return next((k for k, u in enumerate(top) if _WIKI_SOURCE.match(u.text) or u.text.casefold() == "page discussion"
                 or any(all(k + n < len(top) and tab.match(top[k + n].text) for n, tab in enumerate(tabs))
                        for tabs in _WIKI_TABS)), None)


# A wiki's notes on the page itself: "This article needs additional citations ...", "Main article: Kareeberg Steam Trust",
# its hatnotes ("Not to be confused with ..."), a fan wiki's categories over the title ("in: Characters, Companions")
_WIKI_NOTE = re.compile(r"^(?:this (?:article|section|page) (?:has|needs|contains|is part of|may|relies|lacks|is written)\b.{0,400}"
                        r"|(?:main article|main articles|further information|see also): [A-Z][^.]{0,120}"
                        r"|not to be confused with .{2,150}|for other uses, see .{2,150}|.{2,80} redirects here\..{0,150}"
                        r"|this article is about .{2,200}|in: [A-Z][^.]{2,200})$", re.IGNORECASE)


def _wiki_chrome(units: list[Unit], kinds: list[str | None], mark: int | None) -> None:
    """On a wiki's page (its source line, or its tabs, at `mark`), the controls above its title and in the
    run under it ("Main menu", "Article", "Talk", "Read", "Edit", "(Top)", "Toggle Squad
    subsection"): the wiki's, never the page's headings ("History" under the lede heads a
    section); and its notes on the page anywhere ("This article needs additional citations ...",
    "Main article: ...")."""
    if mark is None:
        return
    started = False
    for k, unit in enumerate(units):
        chrome = bool(_WIKI_CHROME.match(unit.text) or _WIKI_SOURCE.match(unit.text))
        # under the title, the controls run on up to the first line that is none (a stub's short lede, then "History")
        started = started or (k >= mark and not chrome and not kinds[k] and not _WIKI_NOTE.match(unit.text))
        if not kinds[k] and not unit.role and (_WIKI_NOTE.match(unit.text) or (not started and chrome and k != mark - 1)):
            kinds[k] = "page control"


def _wiki_title(units: list[Unit], kinds: list[str | None], mark: int | None) -> None:
    """The line right above a wiki's source line or tabs (at `mark`) is the page's title,
    whatever run of controls it stands in."""
    if mark and kinds[mark - 1] and not units[mark - 1].role and not _WIKI_CHROME.match(units[mark - 1].text) \
            and furniture_kind(units[mark - 1].text) is None:
        kinds[mark - 1] = None


_MAP_CONTROL = re.compile(r"^(view (larger|on|the) map|show on map|click the map\b.{0,60})$", re.IGNORECASE)
_MAP_TITLE = re.compile(r"\bmap\b", re.IGNORECASE)
MAP_TITLE_WORDS = 12
MAP_REACH = 3  # furniture lines from a map's title to its control


def _map_titles(units: list[Unit], kinds: list[str | None]) -> None:
    """A map's title over its control, past any credit between them ("Route map", "Map data
    © OpenStreetMap contributors", "Click the map to open it in Google Maps"): the map's own
    line, as its control is."""
    for j in range(1, len(units)):
        if not kinds[j] or not _MAP_CONTROL.match(units[j].text.strip()):
            continue
        k = j - 1
        while k > 0 and j - k < MAP_REACH and kinds[k]:  # past its credit: "Map data © Google"
            k -= 1
        if not kinds[k] and not units[k].role and len(units[k].text.split()) <= MAP_TITLE_WORDS \
                and _MAP_TITLE.search(units[k].text):
            kinds[k] = kinds[j]


# A listed company's name, as a share-price widget heads it: "Trilochan Cables Ltd.", "Kraanvelt NV".
_COMPANY = re.compile(r"^[A-Z][\w&'’.-]*(?: [\w&'’.-]+){0,5} (?:plc|PLC|Ltd\.?|Limited|Inc\.?|Corp\.?|Corporation|NV|N\.V\.|AG|SA|"
                      r"S\.A\.|ASA|AB|SE|SpA|S\.p\.A\.|Co\.|Holdings|Group|Bhd|Berhad)(?: \([A-Z0-9.: ]{1,20}\))?$")


_MOVE = re.compile(r"^[+−-]\d[\d.]*%$")  # "-14.30%": a price's move, under its ticker


def _quoted_companies(units: list[Unit], kinds: list[str | None]) -> None:
    """A company's name right over its share price or ticker: the widget's title; a bare
    move right under them ("-14.30%", never a statistic under its own heading)."""
    for k in range(len(units)):
        if kinds[k] or units[k].role:
            continue
        if k + 1 < len(units) and kinds[k + 1] == "market data" and _COMPANY.match(units[k].text.strip()):
            kinds[k] = "market data"
        elif k > 0 and kinds[k - 1] == "market data" and _MOVE.match(units[k].text.strip()):
            kinds[k] = "market data"


_CALCULATOR = re.compile(r"^[\w'’ -]{0,40}\bcalculator\W*$", re.IGNORECASE)
_CALCULATE = re.compile(r"^(calculate|work it out|get (my|your) (result|estimate))\b[\w ]{0,20}$", re.IGNORECASE)
_RESULT = re.compile(r"^[\w'’ ()-]{1,40}:\s*[$£€¥₹]?\d[\d,.]*\W{0,2}$")  # "Monthly repayment: $3,441"
_GUIDE_ONLY = re.compile(r"^this (calculator|tool) (is|gives)\b.{0,200}$", re.IGNORECASE)
CALCULATOR_REACH = 12  # fields and values between a calculator's title and its button
FIELD_WORDS = 6


def _calculators(units: list[Unit], kinds: list[str | None]) -> None:
    """A calculator copied with the page: its title ("Mortgage repayment calculator"), its
    fields and their values a line each, its button ("Calculate"), its result ("Monthly
    repayment: $3,441") and its caveat ("This calculator is a guide only ...")."""
    for k, unit in enumerate(units):
        if "alculator" not in unit.text or kinds[k] or unit.role or not _CALCULATOR.match(unit.text.strip()):
            continue
        j = k + 1
        while j < len(units) and j - k <= CALCULATOR_REACH and not units[j].role \
                and len(units[j].text.split()) <= FIELD_WORDS and not ends_like_sentence(units[j].text) \
                and not _CALCULATE.match(units[j].text.strip()):
            j += 1
        if j >= len(units) or not _CALCULATE.match(units[j].text.strip()):
            continue  # no button: a heading about a calculator
        j += 1
        while j < len(units) and not units[j].role and (_RESULT.match(units[j].text.strip())
                                                        or _GUIDE_ONLY.match(units[j].text.strip())):
            j += 1
        for m in range(k, j):
            kinds[m] = kinds[m] or "calculator"
