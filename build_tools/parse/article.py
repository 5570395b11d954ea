"""Assemble an Article from block matches: preamble, sections, levels, captions."""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import replace

from build_tools.model import Article, BulletList, Diagnostic, Furniture, Paragraph, Section, Source, Table
from build_tools.parse.furniture import agency_tagged, furniture_kind, glued_caption, live_invitation_telling_news, news_then_live_invitation
from build_tools.parse.heading_odds import NOT_A_HEADING, doubted_headings
from build_tools.parse.masthead import BOX_LABEL, REPORTING_FROM, SECTION_NAMES, bare_name, named_by_trail, read_masthead
from build_tools.parse.repair import repair_line
from build_tools.parse.rules import (FaqMark, HeadingMark, is_table_caption, is_term_line, names_table, next_block, read_interview,
                                     table_rows)
from build_tools.parse.text import (LIVE_MIN_ENTRIES, SIGNED_FROM_DESK, attributed_quote, bullet, ends_like_sentence, is_byline, is_dateline, is_led_stamp, is_salutation, is_section_label,
                                    is_entry_stamp, is_name_and_outlet, is_parts_line, is_rating, is_stamp, is_time_stamp, names_a_person, numbered,
                                    said_in_lower_case, split_sentences)
from build_tools.parse.levels import (announced_parts, asked_sections, heading_levels, introduced_sections, kinds_of_one_thing,
                                      kinds_over_their_members, labelled_parts, names_under_headings, repeated_subheadings,
                                      series_under_empty, under_empty_headings, verdict_halves)
from build_tools.parse.units import Unit, make_units
from build_tools.parse.widgets import mark_widgets, wiki_mark


SLUG_MAX = 80  # characters: page and download names stay well inside a file system's 255


def slug_for(name: str) -> str:
    stem = name.rsplit(".", 1)[0].lower()
    slug = re.sub(r"[^a-z0-9_-]+", "-", stem).strip("-") or "briefing"
    if len(slug) > SLUG_MAX:  # shortened, and told apart from others that start the same
        slug = slug[:SLUG_MAX - 9].rstrip("-") + "-" + hashlib.blake2b(stem.encode(), digest_size=4).hexdigest()
    return slug


def parse_article(source: Source) -> tuple[Article, list[Diagnostic]]:
    path = str(source.path)
    notes: list[Diagnostic] = list(source.problems)

    def note(line: int, level: str, message: str) -> None:
        notes.append(Diagnostic(path, line, level, message))

    lines = []
    for number, raw in enumerate(source.lines, start=1):
        text, repairs = repair_line(raw)
        for repair in repairs:
            note(number, "repair", repair)
        if typed := typed_markdown(raw):
            note(number, "warning", typed)
        lines.append((number, text, raw[:1].isspace()))
    units = make_units(lines)
    if source.meta.structure:
        roles = {_key(text): role for role, text in source.meta.structure}
        units = [replace(u, role=role) if (role := roles.get(_key(u.text))) else u for u in units]
    furniture: list[Furniture] = []

    def drop(unit: Unit, kind: str) -> None:
        furniture.append(Furniture(unit.line, kind, unit.text, unit.last))
        note(unit.line, "info", f"dropped {kind}: {unit.text}")

    units = _split_glued_captions(units, source.lines)
    kinds = [("left out by the sidecar" if u.role == "drop" else None if u.role else furniture_kind(u.text))
             for u in units]
    rows = table_rows(units, kinds)
    kinds = [None if k in rows and units[k].role != "drop" else kind for k, kind in enumerate(kinds)]
    _live_standfirst(units, kinds)
    wiki = wiki_mark(units)  # a wiki's source line or tabs: its controls are furniture, the line above them the title
    mark_widgets(units, kinds, source.lines, wiki)
    kept = []
    for unit, kind in zip(units, kinds):
        if kind:
            drop(unit, kind)
        else:
            kept.append(unit)
    head = read_masthead(kept, frozenset(units[k].line for k in range(len(units) - 1) if kinds[k + 1] == "read time"),
                         frozenset(unit.line for unit, kind in zip(units, kinds) if kind),
                         units[wiki - 1].line if wiki else None, None if wiki else named_by_trail(units, kinds),
                         frozenset(unit.line for unit, kind in zip(units, kinds) if kind == "navigation menu"))
    for line, why in head.reasons:
        note(line, "info", why)
    for line, why in head.doubts:
        note(line, "warning", f"thin evidence: {why}; a sidecar 'structure:' can say otherwise")
    for unit, kind in head.dropped:
        drop(unit, kind)
    body = kept[head.end:]
    if head.title:  # the headline again, a few lines down, or its part before a colon
        title = _key(head.title.text).casefold()
        part = _key(head.title.text.split(":")[0]).casefold() if ":" in head.title.text else None
        again = [u for u in body[:REPEAT_WINDOW] if (_key(u.text).casefold() == title or (
                     _key(u.text).casefold() == part and not _capitals_section(u, head.title, body)))
                 and len(u.text.split()) >= PART_MIN_WORDS]
        for unit in again:
            drop(unit, "repeated headline")
        body = [u for u in body if u not in again]
    for unit in [u for u in body if _PROVIDED_BY.match(u.text)]:  # a release's label copied at its foot
        drop(unit, "page control")
        body.remove(unit)
    body = _bylines_in_body(head, body, drop, note)
    body = _author_bios(body, drop)
    if head.title is None and head.dateline is None and len(body) > 1 and is_dateline(body[0].text):
        head.dateline = body.pop(0)  # a place over the first paragraph
        note(head.dateline.line, "info", "dateline: a lone upper-case place name on the first line")
    if head.dateline is None and len(body) > 1 and _state_dateline(body[0].text) and _running_text(body[1].text) \
            and not any(_state_dateline(u.text) for u in body[1:]):  # "MARFA, Texas", then "SEDAN, Kansas": a roundup's headings
        head.dateline = body.pop(0)
        note(head.dateline.line, "info", "dateline: a town in capitals and its state, over the lede")
    if head.dateline is None and (k := _dateline_under_box(body)) is not None:
        head.dateline = body.pop(k)
        note(head.dateline.line, "info", "dateline: a lone upper-case place name over the lede, under the key points")

    read_interview(body, tuple(u.text for u in (head.title, head.standfirst) if u is not None))
    matches: list = []
    i = 0
    while i < len(body):
        match = next_block(body, i)
        note(body[i].line, "info", match.reason)
        for line, message in match.warnings:
            note(line, "warning", message)
        matches.append(match.block)
        i = match.end
    for k, why in _unsupported_headings(matches):
        mark = matches[k]
        matches[k] = Paragraph(mark.text, mark.line)
        note(mark.line, "info", f"paragraph: {why}")
    doubted: set[int] = set()  # made text by the heading model: still no lede, being a heading's look-alike
    for k, chance in doubted_headings(matches):
        mark = matches[k]
        if chance < NOT_A_HEADING:
            matches[k] = Paragraph(mark.text, mark.line)
            doubted.add(mark.line)
            note(mark.line, "info", f"paragraph: a short line whose traits say text, not a heading "
                                    f"(heading model: {chance:.2f})")
        else:
            note(mark.line, "warning", f"thin evidence: heading, though its traits leave it in doubt "
                                       f"(heading model: {chance:.2f}); a sidecar 'structure:' can say otherwise")

    lede, parted = None, None  # the lede; a line of facts or names over it, "PREVIEW | Thistle v Inverbrae"
    if head.standfirst is None and not source.meta.summary:
        # The first paragraph of running text before any heading; not a factbox's
        # "Venue: Hampden Park" line over it, nor a "Key points:" box.
        boxed = False
        for k, block in enumerate(matches):
            if isinstance(block, BulletList) and boxed:
                continue  # the box's points
            if not isinstance(block, Paragraph) or block.line in doubted:
                break
            boxed = block.text.rstrip().endswith(":") and len(block.text.split()) <= LABEL_WORDS
            if not is_term_line(block.text) and not is_salutation(block.text) and not boxed \
                    and not _NOTE_LABEL.match(block.text) and not _attributed_quote(matches, k) \
                    and _running_text(block.text) and not agency_tagged(block.text):
                if is_parts_line(block.text):
                    parted = parted or block  # the page's facts or names, never its summary: a title's stand-in
                    continue
                lede = matches.pop(k)
                note(lede.line, "info", "summary: the opening lede paragraph")
                break

    # The editor's sidecar title or summary replaces the text's own: those lines stay in the
    # page, at the top of its text, so no word of the article is lost.
    kept_top = [Paragraph(u.text, u.line) for u, replaced in ((head.title, source.meta.title),
                                                               (head.standfirst, source.meta.summary))
                if u and replaced and _key(u.text) != _key(replaced)]
    matches = kept_top + matches
    intro, sections = _sections(matches)
    for line, why in _doubtful_headings(matches, sections):
        note(line, "warning", f"thin evidence: {why}; a sidecar 'structure:' can say otherwise")
    title_line = head.title.text if head.title else None
    if not title_line and not source.meta.title and lede and (named := _named_by_lede(lede, furniture)):
        # A wiki's title among its controls, the subject the lede opens on: "Marta Kell", then
        # "Marta Kell (12 May 1951 – 8 October 2019) was an engineer ..."
        furniture.remove(named)
        notes[:] = [n for n in notes if not (n.line == named.line and n.message.startswith("dropped "))]
        note(named.line, "info", "title: the line above the lede that names what the lede is about")
        title_line = named.text
    if not title_line and not source.meta.title:
        # No headline: the lede's opening words, never a section heading, which the page
        # would then show twice.
        note(lede.line if lede else 1, "info", "title: no headline line; the lede's opening words")
        note(lede.line if lede else 1, "warning", "thin evidence: no headline found, so the title is the "
                                                  "lede's opening words; set 'title:' in the sidecar")
    summary_given = source.meta.summary or (head.standfirst and head.standfirst.text) or (lede and lede.text)
    title_given = source.meta.title or title_line
    # the first paragraph stands in for what the page lacks, found only then
    first = "" if summary_given and title_given else _first_paragraph(intro, sections, doubted)
    summary = summary_given or first
    title = title_given or _first_words(intro, parted or lede, first)
    word_count = sum(len(line.split()) for line in source.lines)
    article = Article(slug=slug_for(source.name), source_name=source.name, title=title, summary=summary,
                      dateline=head.dateline.text if head.dateline else None,
                      byline=head.byline.text if head.byline else None, intro=intro, sections=sections,
                      meta=source.meta, word_count=word_count, source_hash=source_hash(source),
                      stamps=tuple(u.text for u in head.stamps), furniture=tuple(sorted(furniture, key=lambda f: f.line)))
    return article, notes


# An encyclopedia's lede opens on its subject, what it is: "Marta Kell (12 May 1951 – ...) was an",
# "Patch 3.7.2 (the "Mudlark" update) is a"; never a story's "Football is back this weekend"
_LEDE_SUBJECT = re.compile(r"^(.{2,80}?)(?: \([^()]{1,120}\))? (?:is|was|are|were) (?:a|an|the|one)\b")


def _attributed_quote(blocks: list, k: int) -> bool:
    """A quotation with its speaker's name on the line under it: never the page's summary."""
    return k + 1 < len(blocks) and isinstance(blocks[k + 1], Paragraph) and attributed_quote(blocks[k].text, blocks[k + 1].text)


def _named_by_lede(lede: Paragraph, furniture: list[Furniture]) -> Furniture | None:
    """The line left out above the lede that is the subject the lede opens on: the page's title."""
    found = _LEDE_SUBJECT.match(lede.text)
    if not found:
        return None
    subject = found.group(1)
    # the subject, or it after one word: "The Vale Wardens are", "Captain Orla Venn is"
    titled = subject.split(" ", 1)[1] if " " in subject and subject[0].isupper() else None
    return next((f for f in furniture if f.line < lede.line and f.text in (subject, titled)), None)


def _capitals_section(unit: Unit, title: Unit, body: list[Unit]) -> bool:
    """The headline's part before its colon again, in capitals under a headline that is not,
    among other headings in capitals ("FORTY-ONE COMPANIES, ONE ACCOUNTANT" after "THE FIRST
    ADDRESS"): a section's heading. Alone in capitals it is the series' tag ("ELECTION 2026")."""
    return (unit.text.isupper() and not title.text.isupper()
            and any(u is not unit and u.text.isupper() and not ends_like_sentence(u.text) for u in body))


def _state_dateline(text: str) -> bool:
    """"ASHFORD, Ohio", "PORTLAND, Ore.": a US paper's dateline on its own line, the town in
    capitals and its state after a comma. A section's heading in capitals has no comma."""
    town, comma, state = text.partition(",")
    return bool(comma) and town.isupper() and state.strip()[:1].isupper() and is_dateline(text)


BOX_LINES = 12  # a key points box: its label and its points, before the lede


def _dateline_under_box(body: list[Unit]) -> int | None:
    """Where a lone place ("NAIROBI") stands over the lede, below a key points box (its label,
    "Key points", and its points, or its points alone) that opens the article: the dateline,
    never a section heading. Not a heading
    in capitals that others like it follow ("UKRAINE", then "GAZA"), nor one that asks
    ("WHAT HAPPENED")."""
    if not body:
        return None
    start = 1 if BOX_LABEL.match(body[0].text) else 0  # or the box's points alone, under the standfirst
    points = 0
    for k, unit in enumerate(body[start:BOX_LINES], start=start):
        if bullet(unit.text) or numbered(unit.text):
            points += 1  # one of the box's points
            continue
        if points and k + 1 < len(body) and is_dateline(unit.text) and not _ASKS_FIRST.match(unit.text) \
                and _running_text(body[k + 1].text) and not bullet(body[k + 1].text) \
                and not numbered(body[k + 1].text) and not any(_caps_title(u.text) for u in body[k + 1:]):
            return k
        return None
    return None


_ASKS_FIRST = re.compile(r"^(what|how|why|who|when|where|which)\b", re.IGNORECASE)


def _caps_title(text: str) -> bool:
    """A short line in capitals: a section's heading in an article that heads them so."""
    return text.isupper() and len(text.split()) <= LABEL_WORDS and not ends_like_sentence(text)


LABEL_WORDS = 6  # "Key points:", "What you need to know:" over a box of bullets: a label, never the lede
PART_MIN_WORDS = 2  # "Vasundhara Cables Q3 Results" over the text of "Vasundhara Cables Q3 Results: Net Profit ..."


def _live_standfirst(units: list[Unit], kinds: list[str | None]) -> None:
    """A live page's standfirst closing on its invitation ("... killed two workers. Follow our
    live coverage ..."), at the top, before any running text: the page's summary, kept. Down
    the page, the same shape is a box for another live page, and stays out."""
    for k, unit in enumerate(units):
        if not kinds[k] and ends_like_sentence(unit.text):
            return  # the text has started
        if kinds[k] == "newsletter prompt" and not unit.role \
                and (news_then_live_invitation(unit.text) or live_invitation_telling_news(unit.text)):
            kinds[k] = None
            return


def _split_glued_captions(units: list[Unit], raw: tuple[str, ...] | list[str]) -> list[Unit]:
    """A one-line paragraph with a picture's caption run onto its end becomes two units on that
    line: the paragraph, kept, and the caption, left out as furniture (never the whole line)."""
    out = []
    for unit in units:
        line = raw[unit.line - 1]
        if unit.role or (unit.last and unit.last != unit.line) or furniture_kind(unit.text) != "photo credit or caption" \
                or (cut := glued_caption(line)) is None:
            out.append(unit)
            continue
        head, tail = repair_line(line[:cut])[0], repair_line(line[cut:])[0]
        out += [replace(unit, text=head, tail=head), replace(unit, text=tail, tail=tail, blank_before=False)]
    return out


def _bylines_in_body(head, body: list[Unit], drop, note) -> list[Unit]:
    """A byline line near the top of the text is the byline when the masthead had none; one at
    the foot, or a second one, is the author box ("Written by Priya Natarajan")."""
    out: list[Unit] = []
    foot = len(body) - REPEAT_WINDOW  # by position: comparing units field by field is slow
    # A live page signs its entries: "By Sam Okoro" under one entry, then under another, or each
    # "From MNN's Amy Lo" (never a list's "By Freida McFadden" under two of her books: no stamps
    # head its entries).
    signatures = Counter(u.text for u in body if u.text.startswith("By ") and not u.role)
    signed = {text for text, n in signatures.items() if n >= ENTRY_SIGNATURES and names_a_person(text)}
    desks = {u.text for u in body if not u.role and SIGNED_FROM_DESK.match(u.text)}  # "From MNN's Amy Lo", names varying
    if sum(u.text in desks for u in body) >= ENTRY_SIGNATURES:
        signed |= desks
    if signed and sum(is_time_stamp(u.text) or is_entry_stamp(u.text) for u in body) < LIVE_MIN_ENTRIES:
        signed = set()
    signed |= _stamped_names(body)  # (on a live page: it counts the stamps itself)
    # A bare name over the date, the only one in the text (each post of a thread has its own): the byline
    named_over_date = [k for k in range(len(body) - 1) if bare_name(body[k].text) and is_stamp(body[k + 1].text)]
    if len(named_over_date) == 1:  # (the text joined only then: most articles have no such pair)
        text = "\n".join(u.text for u in body)
        if any(said_in_lower_case(w, text) for w in body[named_over_date[0]].text.split()):
            named_over_date = []  # no person's name: "What Happened", "City Council", "New Delhi" over a date
    reported_from = None  # "Reporting from Amaru, Kesh Republic" under the byline: the date under it is the byline's
    signed_at = -2  # where the last entry byline stood
    for k, unit in enumerate(body):
        top = k < REPEAT_WINDOW
        above = body[k - 1] if k else None
        under_byline = above is not None and (above is head.byline or above is reported_from)
        # "Published ...", or a date right under the byline, near the top: the article's date
        # lines, under a box ("Key points", "In summary") that came before them.
        if top and not unit.role and is_stamp(unit.text) and (is_led_stamp(unit.text) or under_byline) \
                and not (head.byline is None and is_byline(unit.text)
                         and not any(ends_like_sentence(u.text) for u in body[:k])):  # "Posted by Anjali Varghese on
            # 22 March 2025" over the text; under a post embedded in it, "Posted by Tasmania Police on ..." dates that post
            head.stamps.append(unit)
            note(unit.line, "info", "metadata: a date line near the top of the text")
            continue
        if top and not unit.role and under_byline and REPORTING_FROM.match(unit.text):
            head.stamps.append(unit)
            note(unit.line, "info", "metadata: where the writer reported from, under the byline")
            reported_from = unit
            continue
        if top and head.byline is None and not unit.role and k + 1 < len(body) and is_name_and_outlet(unit.text) \
                and SECTION_NAMES.isdisjoint(re.split(r" [|/] ", unit.text)[0].casefold().split()) and is_stamp(body[k + 1].text):
            head.byline = unit  # "Ritika Menon | Markets Today" over "Published: Dec 03, 2025 08:21 AM IST"
            # (never a section trail's "Local News | Planning")
            note(unit.line, "info", "byline: a name and an outlet over the date, under the masthead")
            continue
        if k < NAME_OVER_DATE_REACH and head.byline is None and not unit.role and named_over_date == [k]:
            head.byline = unit  # "Eleanor Graydon" over "Wed 4 Mar 2026 14.30 GMT", under the standfirst
            note(unit.line, "info", "byline: a person's name alone over the date, under the masthead")
            continue
        if (top or (k >= foot and not unit.text.startswith("Posted by"))) and not unit.role and is_byline(unit.text):
            # (at the foot, "Posted by daveinderby on 5 Mar 2026" credits a post the story quotes)
            if head.byline is None and top:
                head.byline = unit
                note(unit.line, "info", "byline: a name line opening with 'By', under the masthead")
            else:
                drop(unit, "entry byline" if unit.text in signed else "author box")
            continue
        if (unit.text in signed or (k == signed_at + 1 and REPORTING_FROM.match(unit.text))) and not unit.role:
            drop(unit, "entry byline")  # "Owen Tsai", then "Reporting from Denver": the entry's byline too
            signed_at = k
            continue
        out.append(unit)
    return out


ENTRY_SIGNATURES = 2  # the same byline under two entries of a live page
NAME_OVER_DATE_REACH = 4  # units under the masthead (a standfirst, a rating, a label) where a bare name over the date is its byline
# An entry's time run onto its title, "11:40Network operator says ..." (on dev, 10 of 10 such lines head entries)
_GLUED_STAMP = re.compile(r"^\d{1,2}[:.]\d\d(?:\s?[AaPp]\.?[Mm]\.?)?(?=[A-Z][a-z])")  # a capital: never "12.50kg"
# A writer's bare name, perhaps where they are: "Tom Hurley", "Leah Nguyen in Wirrabin", "Dev Patel in London".
_WRITER = re.compile(r"^(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2})(?: (?:in|at) [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)?)?$")


def _stamped_names(body: list[Unit]) -> set[str]:
    """A live page's entries signed with the writer's bare name, right over or under the entry's
    stamp, or under the title under it ("14:40 GMT", "Rest centre full", "Gareth Moss"): each such
    name, when two or more entries are signed so, on a page of entries under stamps."""
    stamped = [k for k, u in enumerate(body) if not u.role and not bullet(u.text)
               and (is_time_stamp(u.text) or is_entry_stamp(u.text) or _GLUED_STAMP.match(u.text))]
    if len(stamped) < LIVE_MIN_ENTRIES:
        return set()
    near = {k + 1 for k in stamped} | {k + 2 for k in stamped  # under the stamp, or under the title under it
                                       if k + 1 < len(body) and not ends_like_sentence(body[k + 1].text)}
    # Over a bare time ("Oskar Lindgren" over "11:20 GMT"); a name over a date heads a thread's post
    # ("Des Pollard" over "4 Mar 2026 11:02 a.m."), or a timeline's entry: the pair is its header.
    near |= {k - 1 for k in stamped if is_time_stamp(body[k].text)}
    names = [body[j].text for j in sorted(near - set(stamped)) if 0 <= j < len(body) - 1 and not body[j].role
             and (found := _WRITER.match(body[j].text)) and _a_name(found.group("name"))
             and _signs_over(body[j + 1].text)]
    return set(names) if len(names) >= ENTRY_SIGNATURES else set()


def _a_name(text: str) -> bool:
    """A person's name as a byline gives it, never a label in capitals ("MARKET REACTION") or a
    class of entrants ("Men's Open")."""
    return names_a_person("By " + text) and not text.isupper() and "'s" not in text and "’s" not in text


def _signs_over(text: str) -> bool:
    """What follows a writer's name on a live page: the entry's text, its stamp, or where the
    writer is ("Reporting from Denver"); never a stage's list of acts ("- 21:45 The Hollow Pines")."""
    return not bullet(text) and (is_time_stamp(text) or is_entry_stamp(text) or bool(REPORTING_FROM.match(text))
                                 or (ends_like_sentence(text) and len(text.split()) >= ENTRY_TEXT_WORDS))


ENTRY_TEXT_WORDS = 6  # an entry's running text, under its writer's name


# A name, then what the writer does ("Rhiannon Kaur is a political reporter ...", "Marcus Bell
# covers courts for the Valley Sentinel.", "Isabel da Costa is the health correspondent ..."):
# the name in capitals, a particle aside, never a sentence's "Make sure your policy covers
# medical treatment ... for the whole trip".
_BIO_NAME = r"[A-Z][\w'’.-]+(?: (?:(?:da|de|di|du|del|della|der|van|von|le|la|al|bin|ibn|ter|ten) )?[A-Z][\w'’.-]+)"
_BIO = re.compile(rf"^{_BIO_NAME}{{1,2}} (?i:is|was|covers|writes|reports|has (?:been|written|reported))\b"
                  r".{0,250}\b(?i:reporter|correspondent|editor|critic|reviewer|writer|columnist|journalist|"
                  rf"contributor|producer|covers [\w ,&]{{1,60}} for)\b"
                  rf"|^{_BIO_NAME}{{0,3}} covers [\w ,&]{{1,60}} for (?:the )?[A-Z]"  # "Michael covers ... for PCMag."
                  # What a named writer covers or writes about, then more of the writer ("Hannah Wexler covers
                  # courts and voting rights. Contact her at ...", "Iona Petrakis writes about cities ... She lives
                  # in Marrowgate."); never a review's "Sally Rooney writes about class and desire ..."
                  rf"|^(?!(?:The|This|That|These|Those|Its|Our|His|Her|Their|Your|My) ){_BIO_NAME}{{1,2}} (?:covers|writes (?:about|on)) "
                  r"[^.]{1,120}\. (?:She|He|They|Her|His|Their|Contact|E-?mail|Reach|Follow|Write to)\b")
BIO_MAX = 300  # characters: a line or two about the writer


# A note about the article, never its lede: "Editor's note: This story is part of ..."
_NOTE_LABEL = re.compile(r"^(?:editor[’']?s note|note|correction|clarification|update|disclosure)\s*:", re.IGNORECASE)


def _author_bios(body: list[Unit], drop) -> list[Unit]:
    """A line about the writer at the foot ("Rhiannon Kaur is a political reporter based in
    Canberra.", "Marcus Bell covers courts for the Valley Sentinel."): the page's author box."""
    start = max(0, len(body) - REPEAT_WINDOW)
    bios = {k for k in range(start, len(body)) if not body[k].role and len(body[k].text) <= BIO_MAX
            and _BIO.match(body[k].text) and body[k].text[0].isupper()}
    bios |= {k - 1 for k in bios if k > 0 and not body[k - 1].role and _AUTHOR_BOX_LABEL.match(body[k - 1].text)}
    for k in sorted(bios):
        drop(body[k], "author box")
    return [u for k, u in enumerate(body) if k not in bios]


_AUTHOR_BOX_LABEL = re.compile(r"^about the (?:authors?|writer|reporter)\W*$", re.IGNORECASE)  # the box's label over its bio


def source_hash(source: Source) -> str:
    """Of the article's text and sidecar: ties a page to the exact source it was made from."""
    return hashlib.sha256(repr((source.lines, source.meta)).encode()).hexdigest()[:16]


REPEAT_WINDOW = 12  # units under the masthead where a repeat of the headline is looked for
_PROVIDED_BY = re.compile(r"^news provided by\W*$", re.IGNORECASE)  # over the issuer: in the masthead, its byline label


_MARKDOWN = (
    (re.compile(r"^\s*#{1,6}\s+\S"), "a '#' heading is Markdown, shown as typed: for a heading, write the "
                                      "line bare (no '#') over its text"),
    (re.compile(r"\*\*[^*\s][^*]*\*\*|__[^_\s][^_]*__"), "**bold** is Markdown, shown as typed: articles are plain text"),
    (re.compile(r"\[[^\]]+\]\((?:https?://|/)[^)\s]*\)"), "[text](link) is Markdown, shown as typed: articles are "
                                                            "plain text (a sidecar's source_url links the original)"),
)


def typed_markdown(line: str) -> str | None:
    """What an editor who typed Markdown should know: it is shown literally, and how to get
    the structure they meant."""
    if "#" not in line and "*" not in line and "_" not in line and "](" not in line:
        return None
    return next((why for pattern, why in _MARKDOWN if pattern.search(line)), None)


def _key(text: str) -> str:
    """A line as the sidecar quotes it: spacing (and so spacing repairs) aside."""
    return "".join(text.split())


def _unsupported_headings(matches: list) -> list[tuple[int, str]]:
    """Headings the rest of the article's headings do not bear out, and why: where each is
    read as text instead.

    - A short line taken as a section opening straight on its first subsection ("SQUADS"
      over "ENGLAND") with no other heading in its style (another section at its level), and,
      under it, no heading in the subsection's style before the next in its own (a second
      subsection). Such a line is a label, a name or a place over the heading ("Nanaimo,
      British Columbia" over "News release"). Where the two share a style, the heading after
      the subsection is in it too, or another heading is ("SQUADS" over "WALES" and
      "ITALY"; "What happens next" over its one subsection, after two sections like it), or a
      one-word heading after the subsection is (no case style to tell by: "Starting XI" over
      "Goalkeeper and defence", later "Substitutes"). A section by its usual name
      ("Background") needs none of this.
    - One word in capitals, the only heading in capitals among others ("BEIRUT", "PDF",
      "SOLVED" over sentence-case sections): a place, a name or a tag. Never a section's
      usual name ("TIMELINE", "VERDICT"), a part's numeral ("II"), or a name with figures
      ("COVID-19"), a topic.
    - A verdict's label that comes again over its points ("Pros", "What we don't like", "Key
      specs" under each product of a buying guide): a label. Once, in one product's review, or
      over paragraphs of argument (a debate's "For" and "Against"), it heads a section."""
    marks = [(k, m.heading if isinstance(m, FaqMark) else m) for k, m in enumerate(matches)
             if isinstance(m, (HeadingMark, FaqMark))]
    styles = [mark.style for _, mark in marks]
    verdicts = Counter(key for _, mark in marks if (key := _verdict_label(mark.text)))
    found = []
    for n, (k, mark) in enumerate(marks):
        if mark.level or isinstance(matches[k], FaqMark):
            continue
        if verdicts[_verdict_label(mark.text) or ""] > 1 and k + 1 < len(matches) and (
                isinstance(matches[k + 1], BulletList)
                or (isinstance(matches[k + 1], Paragraph) and not ends_like_sentence(matches[k + 1].text))):
            found.append((k, "a verdict's label that comes again, once per product: a label over its points"))
        elif mark.style == "caps" and mark.text.strip().isalpha() and not _ROMAN.match(mark.text.strip()) \
                and not is_section_label(mark.text) and styles.count("caps") == 1 and len(marks) > 1:
            found.append((k, "one word in capitals, the only heading in capitals among others: a place, a name or a tag"))
        elif mark.opener and n + 1 < len(marks) and not _opener_supported(styles, n, mark.text):
            found.append((k, "a short line over a heading, with nothing in the article's other headings to bear "
                             "it out as a section opening on its first subsection"))
    return found


_ROMAN = re.compile(r"^[IVXLC]+\.?$")  # a part's numeral: "II" after "I"
_VERDICT_LABEL = re.compile(r"^(?:pros|cons|likes|dislikes|the good|the bad|good|bad|for|against|strengths|weaknesses|"
                            r"what we (?:liked?|loved?|didn['’]t like|don['’]t like|disliked)|reasons to (?:buy|avoid)|"
                            r"key specs|specs|specifications|what to consider)$")


def _verdict_label(text: str) -> str | None:
    """A buying guide's label over a product's points ("Pros", "What we like"), in one spelling."""
    key = text.strip().rstrip(":").strip().casefold()
    return key if _VERDICT_LABEL.match(key) else None


def _opener_supported(styles: list[str], n: int, text: str) -> bool:
    own, under = styles[n], styles[n + 1]
    if is_section_label(text):  # "Background", "Context": a section by its usual name
        return True
    if own == under:  # a second subsection next, or another heading in the style
        return styles[n + 2:n + 3] == [own] or styles.count(own) > 2
    later = styles[n + 2:]
    section = later[:later.index(own)] if own in later else later
    return styles.count(own) > 1 or under in section or (own in ("title", "sentence") and under != "" and "" in later[1:]
                                                         and "," not in text)  # never a caption's "Loch of the Lowes, Perthshire"



def _doubtful_headings(matches: list, sections) -> list[tuple[int, str]]:
    """Headings resting on little: one with no text under it (taken as opening a section),
    or the only one in its case style among several."""
    marks = [m for m in matches if isinstance(m, HeadingMark) and m.level == 0]
    found = []
    empty = {s.line for s in sections if not s.blocks and not s.faq}
    styles = [m.style for m in marks]
    for mark in marks:
        if mark.line in empty:
            found.append((mark.line, f"{mark.text!r} has no text under it; taken as opening a section"))
        elif len(marks) >= 3 and styles.count(mark.style) == 1 and mark.style in ("title", "sentence", "caps"):
            found.append((mark.line, f"{mark.text!r} is the only {mark.style}-case heading"))
    return found


def _sections(matches: list) -> tuple[tuple, tuple[Section, ...]]:
    """Fold the block stream into intro blocks and sections, captioning tables."""
    intro: list = []
    raw_sections: list[tuple[HeadingMark, list, tuple]] = []
    for k, block in enumerate(matches):
        if isinstance(block, FaqMark):
            raw_sections.append((block.heading, [], block.questions))
            continue
        if isinstance(block, HeadingMark):
            raw_sections.append((block, [], ()))
            continue
        target = raw_sections[-1][1] if raw_sections else intro
        if isinstance(block, Table):
            block = _caption(target, block)
        elif (isinstance(block, Paragraph) and target and isinstance(target[-1], Table)
              and target[-1].caption is None and is_table_caption(block.text)
              and not (k + 1 < len(matches) and isinstance(matches[k + 1], Table))):  # over the next table: its own
            target[-1] = replace(target[-1], caption=block.text)  # "Table: ..." under it names it
            continue
        target.append(block)
    marks = [(mark, bool(blocks), bool(faq)) for mark, blocks, faq in raw_sections]
    levels = heading_levels(marks)
    labelled_parts(marks, levels)
    verdict_halves(marks, levels)
    kinds_of_one_thing(marks, levels)
    kinds_over_their_members(marks, levels)
    names_under_headings(marks, levels)
    repeated_subheadings(marks, levels)
    announced_parts([(mark, next((b.text for b in blocks if isinstance(b, Paragraph)), ""), bool(faq),
                      any(isinstance(b, (BulletList, Table)) for b in blocks)) for mark, blocks, faq in raw_sections], levels)
    asked_sections([(mark, _prose_words(blocks), bool(faq)) for mark, blocks, faq in raw_sections], levels)
    introduced_sections([(mark, _prose(blocks), bool(faq)) for mark, blocks, faq in raw_sections], levels)
    series_under_empty(marks, levels)
    under_empty_headings(marks, levels)
    sections: list[Section] | tuple[Section, ...]
    sections = [Section(mark.text, levels[k], mark.line, tuple(blocks), faq=faq)
                for k, (mark, blocks, faq) in enumerate(raw_sections)]
    sections = tuple(sections)
    return tuple(intro), sections


def _prose(blocks: list) -> str | None:
    """A section's text when it is all paragraphs (an introduction), else None."""
    if not blocks or not all(isinstance(block, Paragraph) for block in blocks):
        return None
    return " ".join(block.text for block in blocks)


def _prose_words(blocks: list) -> int | None:
    """The words of a section's text when it is all paragraphs (an introduction), else None."""
    if not all(isinstance(block, Paragraph) for block in blocks):
        return None
    return sum(len(block.text.split()) for block in blocks)


CAPTION_GAP = 2  # lines from a caption to its table: a blank line may stand between


def _caption(blocks: list, table: Table) -> Table:
    """The sentence introducing a table (ending in ':'), or a caption right over it ("Table N:
    ...", "Reservoir levels, week ending 1 March"), becomes its caption."""
    if not blocks or not isinstance(blocks[-1], Paragraph):
        return table
    paragraph = blocks[-1]
    if names_table(paragraph.text) and table.line - paragraph.line <= CAPTION_GAP:
        blocks.pop()  # "Table 2: Past packages" right over it, or a blank line above it
        return replace(table, caption=paragraph.text)
    sentences = split_sentences(paragraph.text)
    if not sentences or not sentences[-1].rstrip().endswith(":"):
        return table
    if len(sentences) == 1:
        blocks.pop()
    else:
        blocks[-1] = Paragraph(" ".join(sentences[:-1]), paragraph.line)
    return replace(table, caption=sentences[-1])


def _first_words(intro, lede, first: str) -> str:
    """The lede's opening words, or the first paragraph's (under the first heading too)."""
    text = lede.text if lede else next((b.text for b in intro if isinstance(b, Paragraph)), first or "Untitled")
    words = split_sentences(text)[0].split()
    return " ".join(words[:12]) + ("…" if len(words) > 12 else "")


def _first_paragraph(intro, sections, doubted: set[int]) -> str:
    """With no lede over the first heading, the summary is the first paragraph under it, whole,
    as an editor would take it ("SUMMARY" over the advisory's opening paragraph); never a
    line only the heading model made text, nor a letter's "Dear friends," over its first."""
    paragraphs = [b.text for b in list(intro) + [b for s in sections for b in s.blocks]
                  if isinstance(b, Paragraph) and b.line not in doubted and not is_salutation(b.text)]
    return next((text for text in paragraphs if _running_text(text) and not is_parts_line(text)),
                paragraphs[0] if paragraphs else "")


SUMMARY_MIN_WORDS = 8  # a deck without a full stop; shorter, it is a label or a citation


def _running_text(text: str) -> bool:
    """A sentence, or a long line: not "[2025] UKSC 11" or "Reporting period: 12-18 March", nor
    a product's "4.5 out of 5 stars · 47 reviews"."""
    return ((ends_like_sentence(text) and not text.rstrip().endswith(":")) or len(text.split()) >= SUMMARY_MIN_WORDS) \
        and not is_rating(text)
