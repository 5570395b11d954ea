"""Assemble an Article from block matches: preamble, sections, levels, captions."""
from __future__ import annotations

import hashlib
import re
from dataclasses import replace

from build_tools.model import Article, BulletList, Diagnostic, Furniture, Paragraph, Section, Source, Table
from build_tools.parse.furniture import furniture_kind
from build_tools.parse.masthead import read_masthead
from build_tools.parse.repair import repair_line
from build_tools.parse.rules import FaqMark, HeadingMark, is_table_caption, next_block
from build_tools.parse.text import (bullet, case_style, ends_like_sentence, is_byline, is_dateline, is_salutation,
                                    is_stamp, numbered, split_sentences, term_value)
from build_tools.parse.units import Unit, make_units


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

    kinds = [("left out by the sidecar" if u.role == "drop" else None if u.role else furniture_kind(u.text))
             for u in units]
    _link_blocks(units, kinds)
    _menus(units, kinds)
    _durations(units, kinds)
    _pipe_menus(units, kinds)
    _spaced_menus(units, kinds, source.lines)
    kept = []
    for unit, kind in zip(units, kinds):
        if kind:
            drop(unit, kind)
        else:
            kept.append(unit)
    head = read_masthead(kept)
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
        again = [u for u in body[:REPEAT_WINDOW] if _key(u.text).casefold() in (title, part)
                 and len(u.text.split()) >= PART_MIN_WORDS]
        for unit in again:
            drop(unit, "repeated headline")
        body = [u for u in body if u not in again]
    body = _bylines_in_body(head, body, drop, note)
    body = _author_bios(body, drop)
    if head.title is None and head.dateline is None and len(body) > 1 and is_dateline(body[0].text):
        head.dateline = body.pop(0)  # a place over the first paragraph
        note(head.dateline.line, "info", "dateline: a lone upper-case place name on the first line")

    matches: list = []
    i = 0
    while i < len(body):
        match = next_block(body, i)
        note(body[i].line, "info", match.reason)
        for line, message in match.warnings:
            note(line, "warning", message)
        matches.append(match.block)
        i = match.end

    lede = None
    if head.standfirst is None and not source.meta.summary:
        # The first paragraph of running text before any heading; not a factbox's
        # "Venue: Hampden Park" line over it, nor a "Key points:" box.
        boxed = False
        for k, block in enumerate(matches):
            if isinstance(block, BulletList) and boxed:
                continue  # the box's points
            if not isinstance(block, Paragraph):
                break
            boxed = block.text.rstrip().endswith(":") and len(block.text.split()) <= LABEL_WORDS
            if not term_value(block.text) and not is_salutation(block.text) and not boxed:
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
    if not title_line and not source.meta.title:
        # No headline: the lede's opening words, never a section heading, which the page
        # would then show twice.
        note(lede.line if lede else 1, "info", "title: no headline line; the lede's opening words")
        note(lede.line if lede else 1, "warning", "thin evidence: no headline found, so the title is the "
                                                  "lede's opening words; set 'title:' in the sidecar")
    title = source.meta.title or title_line or _first_words(intro, lede)
    summary = (source.meta.summary or (head.standfirst and head.standfirst.text) or (lede and lede.text)
               or _first_sentence(intro, sections))
    word_count = sum(len(line.split()) for line in source.lines)
    article = Article(slug=slug_for(source.name), source_name=source.name, title=title, summary=summary,
                      dateline=head.dateline.text if head.dateline else None,
                      byline=head.byline.text if head.byline else None, intro=intro, sections=sections,
                      meta=source.meta, word_count=word_count, source_hash=source_hash(source),
                      stamps=tuple(u.text for u in head.stamps), furniture=tuple(sorted(furniture, key=lambda f: f.line)))
    return article, notes


LABEL_WORDS = 4  # "Key points:" over a box of bullets: a label, never the lede
PART_MIN_WORDS = 2  # "Vasundhara Cables Q3 Results" over the text of "Vasundhara Cables Q3 Results: Net Profit ..."


def _bylines_in_body(head, body: list[Unit], drop, note) -> list[Unit]:
    """A byline line near the top of the text is the byline when the masthead had none; one at
    the foot, or a second one, is the author box ("Written by Priya Natarajan")."""
    reach = set(body[:REPEAT_WINDOW]) | set(body[-REPEAT_WINDOW:])
    out = []
    for unit in body:
        if unit in reach and not unit.role and is_byline(unit.text):
            if head.byline is None and unit in body[:REPEAT_WINDOW]:
                head.byline = unit
                note(unit.line, "info", "byline: a name line opening with 'By', under the masthead")
            else:
                drop(unit, "author box")
            continue
        out.append(unit)
    return out


_BIO = re.compile(r"^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2} (?:is|was|covers|writes|reports|has (?:been|written|reported))\b"
                  r".{0,250}\b(?:reporter|correspondent|editor|critic|writer|columnist|journalist|"
                  r"contributor|producer|covers [\w ,&]{1,60} for)\b|^[\w'’. -]{3,40} covers [\w ,&]{1,60} for (the )?[A-Z]",
                  re.IGNORECASE)
BIO_MAX = 300  # characters: a line or two about the writer


def _author_bios(body: list[Unit], drop) -> list[Unit]:
    """A line about the writer at the foot ("Rhiannon Kaur is a political reporter based in
    Canberra.", "Marcus Bell covers courts for the Valley Sentinel."): the page's author box."""
    foot = set(body[-REPEAT_WINDOW:])
    bios = [u for u in body if u in foot and not u.role and len(u.text) <= BIO_MAX and _BIO.match(u.text)
            and u.text[0].isupper()]
    for unit in bios:
        drop(unit, "author box")
    return [u for u in body if u not in bios]


def source_hash(source: Source) -> str:
    """Of the article's text and sidecar: ties a page to the exact source it was made from."""
    return hashlib.sha256(repr((source.lines, source.meta)).encode()).hexdigest()[:16]


REPEAT_WINDOW = 12  # units under the masthead where a repeat of the headline is looked for


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
    for block in matches:
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
              and target[-1].caption is None and is_table_caption(block.text)):
            target[-1] = replace(target[-1], caption=block.text)  # "Table: ..." under it names it
            continue
        target.append(block)
    levels = _levels([(mark, bool(blocks), bool(faq)) for mark, blocks, faq in raw_sections])
    sections: list[Section] | tuple[Section, ...]
    sections = [Section(mark.text, levels[k], mark.line, tuple(blocks), faq=faq)
                for k, (mark, blocks, faq) in enumerate(raw_sections)]
    sections = tuple(sections)
    return tuple(intro), sections


def _caption(blocks: list, table: Table) -> Table:
    """The sentence introducing a table (ending in ':'), or a "Table N: ..." line right over
    it, becomes its caption."""
    if not blocks or not isinstance(blocks[-1], Paragraph):
        return table
    paragraph = blocks[-1]
    if is_table_caption(paragraph.text) and paragraph.line == table.line - 1:
        blocks.pop()  # "Table 2: Past packages" right over it
        return replace(table, caption=paragraph.text)
    sentences = split_sentences(paragraph.text)
    if not sentences or not sentences[-1].rstrip().endswith(":"):
        return table
    if len(sentences) == 1:
        blocks.pop()
    else:
        blocks[-1] = Paragraph(" ".join(sentences[:-1]), paragraph.line)
    return replace(table, caption=sentences[-1])


NESTING_STYLES = ("caps", "title", "sentence", "")


LINK_MAX_WORDS = 16  # a linked headline or topic name, not a paragraph


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
        while k < len(units) and (kinds[k] or (_link_like(units[k]) and not (
                first not in (None, "caps") and case_style(units[k].text) == "caps"))):
            if not kinds[k] and first is None:
                first = case_style(units[k].text)
            kinds[k] = kinds[k] or "link to another story"
            k += 1


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
        items = [i for i in re.split(r" {2,}", raw[unit.line - 1].strip()) if any(c.isalpha() for c in i)]
        if is_byline(unit.text) or is_stamp(unit.text):
            continue
        if len(items) >= 3 and all(len(i.split()) <= MENU_ITEM_WORDS and not ends_like_sentence(i) for i in items):
            kinds[k] = "navigation menu"


def _pipe_menus(units: list[Unit], kinds: list[str | None]) -> None:
    """"Translate | Accessibility | Contact Us": a lone line of three or more short labels
    between pipes, no pipe row above or below it (a table has rows), is a site's menu."""
    for k, unit in enumerate(units):
        if "|" not in unit.text:
            continue
        cells = [c.strip() for c in unit.text.strip().strip("|").split("|")]
        if (kinds[k] or unit.role or len(cells) < 3
                or any(0 <= j < len(units) and "|" in units[j].text for j in (k - 1, k + 1))):
            continue
        if all(c[:1].isupper() and len(c.split()) <= MENU_ITEM_WORDS and not any(ch.isdigit() for ch in c)
               for c in cells):
            kinds[k] = "navigation menu"


_ARROWED = re.compile(r"^\W|[»›→]$")
MENU_MIN_ITEMS = 4  # short lines in a row: a site's menu; an article's headings always have text between
MENU_MAX_WORDS = 3


def _menus(units: list[Unit], kinds: list[str | None]) -> None:
    """A site's section menu copied with the article ("News", "Sport", "What's on",
    "Business"): four or more short bare lines in a row (furniture between them aside)."""
    k = 0
    while k < len(units):
        run, j = [], k
        while j < len(units) and (kinds[j] or _menu_item(units[j])):
            if not kinds[j]:
                run.append(j)
            j += 1
        if len(run) >= MENU_MIN_ITEMS:
            for m in run:
                kinds[m] = "navigation menu"
        k = max(j, k + 1)


def _menu_item(unit: Unit) -> bool:
    text = unit.text.strip()
    return (not unit.role and len(text.split()) <= MENU_MAX_WORDS and text[:1].isupper()
            and not text.endswith((".", ";", ",", "?", "!"))
            and not any(c.isdigit() or c in ":|\t" for c in unit.text) and not bullet(text))


def _link_like(unit: Unit) -> bool:
    text = unit.text.rstrip()
    item = numbered(text)  # "1. Energy bills to fall by £122" under "Most read"
    text = item[1] if item else text
    return (not unit.role and len(text.split()) <= LINK_MAX_WORDS and not text.endswith((".", ":", ";"))
            and "|" not in text and not bullet(text))


# A document closes on sections that are never a subsection: a press release's "About <the
# organisation>", "Notes to editors", "Contacts"; a report's "Next steps", "Background",
# "Methodology"; an explainer's "Key takeaways".
_ABOUT_SECTION = re.compile(r"^(About (?:the )?[A-Z]|(?i:background|context|next steps|what happens next|"
                            r"what(?:'s| is) next|notes (?:to|for) editors|contacts?|media (?:contacts?|enquiries)|"
                            r"further information|more information|methodology|key takeaways|conclusions?|"
                            r"references|sources|what we learned|lessons learned|(the )?bottom line|final thoughts)\W*$)")


def _levels(marks: list[tuple[HeadingMark, bool, bool]]) -> list[int]:
    """H2 or H3 for each heading (mark, whether blocks follow it, whether it is an FAQ), from
    the article's own style: plain text has no levels, but an article nests in one way.

    - A live blog's time stamp straight over an entry's title heads it ("10.20 EDT" over
      "Vote tally confirmed").
    - A numbered heading "3.1" sits under "3.".
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
    levels = [mark.level or (3 if mark.style == "decimal" else 2) for mark, _, _ in marks]
    # A live blog's entry: a time stamp straight over the entry's title heads it.
    titled = [k for k in range(1, len(marks)) if marks[k - 1][0].style == "time" and not marks[k - 1][1]
              and marks[k][0].style != "time" and not marks[k][2] and not marks[k][0].level]
    if titled:
        for k in titled:
            levels[k] = 3
        return levels
    plain = [k for k, (mark, _, faq) in enumerate(marks) if not faq and mark.style in NESTING_STYLES]
    stacked = [(a, b) for a, b in zip(plain, plain[1:]) if b == a + 1 and not marks[a][1]]
    pair = next(((marks[a][0].style, marks[b][0].style) for a, b in stacked
                 if marks[a][0].style != marks[b][0].style and marks[b][0].style), None)
    styles = [marks[k][0].style for k in plain if not _ABOUT_SECTION.match(marks[k][0].text)]
    others = [style for style in ("caps", "title", "sentence") if styles and style != styles[0]]
    if pair is None and styles and styles[0] in ("caps", "title", "sentence") and styles.count(styles[0]) >= 2:
        # Sections in one case style with subsections in another, at least two of each: the
        # style the article opens on is the sections'.
        nested = [style for style in others if styles.count(style) >= 2]
        if len(nested) == 1:
            pair = (styles[0], nested[0])
    if pair:
        parent_open = False
        for k, (mark, _, faq) in enumerate(marks):
            if faq or _ABOUT_SECTION.match(mark.text):
                parent_open = False
            elif mark.style == pair[0]:
                parent_open = True
            elif mark.style == pair[1] and parent_open and not mark.level:
                levels[k] = 3
        return levels
    # An empty heading over one of its own style, or over a one-word heading (whose style
    # cannot be told: "BASKETBALL" over "Boys"), opens a section of headings like that one.
    parents = {a: marks[b][0].style for a, b in stacked if marks[b][0].style in (marks[a][0].style, "")}
    _under_numbered(marks, levels)
    _parallel_children(marks, levels)
    group, label = None, None  # the style of the headings in the open section; its parent's label
    for k, (mark, _, faq) in enumerate(marks):
        if k in parents:
            group, label = parents[k], _label_of(mark.text)
        elif faq or mark.style != group or _ABOUT_SECTION.match(mark.text):
            group = None
        elif label and _label_of(mark.text) == label:
            pass  # "Part two: ..." after "Part one: ...": the next section, not a subsection
        elif not mark.level:
            levels[k] = 3
    return levels


def _under_numbered(marks: list[tuple[HeadingMark, bool, bool]], levels: list[int]) -> None:
    """A numbered section with no text of its own over an unnumbered heading ("3. The fix" over
    "Tuning autovacuum per table") holds the unnumbered headings up to the next number."""
    open_section = False
    for k, (mark, has_text, faq) in enumerate(marks):
        if mark.style == "numbered":
            open_section = not has_text and k + 1 < len(marks) and marks[k + 1][0].style != "numbered"
        elif faq or _ABOUT_SECTION.match(mark.text):
            open_section = False
        elif open_section and not mark.level:
            levels[k] = 3


_OPENERS = {"the", "a", "an", "how", "what", "why", "when", "where", "who", "which", "is", "are", "do", "does",
            "can", "should", "will", "in", "on", "our", "your", "this", "these", "about"}


def _parallel_children(marks: list[tuple[HeadingMark, bool, bool]], levels: list[int]) -> None:
    """Two or more headings in a row opening on the same word ("To national governments",
    "To city authorities", "To employers") under a heading of another shape: its subsections."""
    def lead(k: int) -> str | None:
        mark = marks[k][0]
        word = mark.text.split()[0].casefold() if mark.text.split() else ""
        plain = mark.style in ("title", "sentence") and not term_value(mark.text) and not marks[k][2]
        return word if plain and word not in _OPENERS else None

    k = 1
    while k < len(marks):
        word, end = lead(k), k
        while word and end + 1 < len(marks) and lead(end + 1) == word:
            end += 1
        if end > k and lead(k - 1) != word and not marks[k - 1][2]:
            for j in range(k, end + 1):
                if not marks[j][0].level:
                    levels[j] = max(levels[j], levels[k - 1] + 1) if levels[k - 1] < 3 else levels[j]
        k = end + 1


def _label_of(text: str) -> str | None:
    """The label shape of a "Part one: Finding the lakes" heading ("Part"), else None."""
    found = term_value(text)
    return found[0].split()[0].casefold() if found else None


def _first_words(intro, lede) -> str:
    text = lede.text if lede else next((b.text for b in intro if isinstance(b, Paragraph)), "Untitled")
    words = split_sentences(text)[0].split()
    return " ".join(words[:12]) + ("…" if len(words) > 12 else "")


def _first_sentence(intro, sections) -> str:
    for block in list(intro) + [b for s in sections for b in s.blocks]:
        if isinstance(block, Paragraph):
            return split_sentences(block.text)[0]
    return ""
