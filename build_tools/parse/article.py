"""Assemble an Article from block matches: preamble, sections, levels, captions."""
from __future__ import annotations

import hashlib
import re
from dataclasses import replace

from build_tools.model import Article, Diagnostic, Paragraph, Section, Source, Table
from build_tools.parse.repair import repair_line
from build_tools.parse.rules import FaqMark, HeadingMark, heading_evidence, is_table_caption, next_block
from build_tools.parse.text import ends_like_sentence, is_byline, is_dateline, split_sentences
from build_tools.parse.units import Unit, make_units

TITLE_MAX_WORDS = 20


def slug_for(name: str) -> str:
    stem = name.rsplit(".", 1)[0].lower()
    return re.sub(r"[^a-z0-9_-]+", "-", stem).strip("-") or "briefing"


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
        lines.append((number, text, raw[:1].isspace()))
    units = make_units(lines)

    i, dateline, byline, title_line, summary_line = 0, None, None, None, None
    if units and len(units) > 1 and is_dateline(units[0].text):
        dateline = units[0].text
        note(units[0].line, "info", "dateline: a lone upper-case place name on the first line")
        i = 1
    if i < len(units) - 1 and is_byline(units[i].text):  # a byline may open the article, before any title
        byline = units[i].text
        note(units[i].line, "info", "byline: 'By' and names")
        i += 1
    if _is_title(units, i):
        title_line = units[i]
        note(title_line.line, "info", "title: short first line without final period, then a blank line")
        i += 1
    elif _is_headline(units, i):
        title_line = units[i]
        note(title_line.line, "info", "title: the article opens with a heading-like line over a paragraph")
        i += 1
    if byline is None and i < len(units) - 1 and is_byline(units[i].text):
        byline = units[i].text
        note(units[i].line, "info", "byline: 'By' and names")
        i += 1
    if title_line and _is_summary_line(units, i):
        summary_line = units[i]
        note(summary_line.line, "info", "summary: the one-sentence line after the title")
        i += 1

    matches = []
    while i < len(units):
        match = next_block(units, i)
        note(units[i].line, "info", match.reason)
        for line, message in match.warnings:
            note(line, "warning", message)
        matches.append(match.block)
        i = match.end

    lede = None
    if summary_line is None and matches and isinstance(matches[0], Paragraph) \
            and not source.meta.summary:
        lede = matches.pop(0)
        note(lede.line, "info", "summary: the opening lede paragraph")

    intro, sections = _sections(matches)
    headings = [s for s in sections if not s.faq]
    # A first heading of a word or two is a label ("Background", "Key Figures"), not a
    # headline: the lede's opening words say more.
    headline = headings[0].heading if headings and len(headings[0].heading.split()) >= 3 else None
    title = source.meta.title or (title_line and title_line.text) or headline or _first_words(intro, lede)
    summary = (source.meta.summary or (summary_line and summary_line.text) or (lede and lede.text)
               or _first_sentence(intro, sections))
    word_count = sum(len(line.split()) for line in source.lines)
    article = Article(slug=slug_for(source.name), source_name=source.name, title=title,
                      summary=summary, dateline=dateline, byline=byline, intro=intro, sections=sections,
                      meta=source.meta, word_count=word_count, source_hash=source_hash(source))
    return article, notes


def source_hash(source: Source) -> str:
    """Of the article's text and sidecar: ties a page to the exact source it was made from."""
    return hashlib.sha256(repr((source.lines, source.meta)).encode()).hexdigest()[:16]


def _is_title(units: list[Unit], i: int) -> bool:
    """A short first line without final period, then a blank line and text (a byline may come first)."""
    if i + 1 >= len(units) or not units[i + 1].blank_before:
        return False
    text = units[i].text
    following = i + 2 if is_byline(units[i + 1].text) and i + 2 < len(units) else i + 1
    return (len(text.split()) <= TITLE_MAX_WORDS and not ends_like_sentence(text)
            and heading_evidence(units[following].text) is not None)


def _is_headline(units: list[Unit], i: int) -> bool:
    """A heading-like first line with a paragraph under it (a byline may come between):
    the headline, not a section."""
    following = i + 2 if i + 2 < len(units) and is_byline(units[i + 1].text) else i + 1
    return (following < len(units) and heading_evidence(units[i].text) is None
            and isinstance(next_block(units, following).block, Paragraph))


def _is_summary_line(units: list[Unit], i: int) -> bool:
    """The line after the title is its summary when it is one sentence and more text follows."""
    return (i + 1 < len(units) and ends_like_sentence(units[i].text)
            and len(split_sentences(units[i].text)) == 1)


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
    marks = [(mark, blocks) for mark, blocks, faq in raw_sections if not faq]
    opens_on_subsection = any(not blocks and mark.style == "sentence" and after.style == "title"
                              for (mark, blocks), (after, _) in zip(marks, marks[1:]))
    levels = _levels([mark for mark, _ in marks], opens_on_subsection)
    sections, after_faq = [], False
    for mark, blocks, faq in raw_sections:
        # The FAQ is no sentence-case section: a Title Case heading after it has no parent.
        level = 2 if faq or after_faq and mark.style == "title" else levels[id(mark)]
        after_faq = bool(faq) or (after_faq and mark.style != "sentence")
        sections.append(Section(mark.text, level, mark.line, tuple(blocks), faq=faq))
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


def _levels(marks: list[HeadingMark], opens_on_subsection: bool = False) -> dict[int, int]:
    """Sentence-case headings with Title Case ones nested under them: H2 and H3.

    Nesting needs the first heading in sentence case, and at least two of each style or
    a sentence-case heading straight over a Title Case one.
    """
    styles = [m.style for m in marks]
    mixed = bool(marks) and styles[0] == "sentence" and (
        opens_on_subsection or (styles.count("sentence") >= 2 and styles.count("title") >= 2))
    return {id(m): 3 if mixed and m.style == "title" else 2 for m in marks}


def _first_words(intro, lede) -> str:
    text = lede.text if lede else next((b.text for b in intro if isinstance(b, Paragraph)), "Untitled")
    words = split_sentences(text)[0].split()
    return " ".join(words[:12]) + ("…" if len(words) > 12 else "")


def _first_sentence(intro, sections) -> str:
    for block in list(intro) + [b for s in sections for b in s.blocks]:
        if isinstance(block, Paragraph):
            return split_sentences(block.text)[0]
    return ""
