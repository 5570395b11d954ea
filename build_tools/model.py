"""The document model: plain frozen dataclasses, no logic."""
from __future__ import annotations

from dataclasses import dataclass, fields
from operator import attrgetter
from pathlib import Path
from typing import Any, NamedTuple, TypeVar, dataclass_transform

_T = TypeVar("_T")


@dataclass_transform(frozen_default=True)  # type checkers read a record as the dataclass it is
def record(cls: type[_T]) -> type[_T]:
    """A frozen dataclass with slots that pickles as its constructor arguments.

    Results cross process boundaries by pickle; the dataclass default for slots
    (a Python-level __getstate__/__setstate__) is much slower.
    """
    made: Any = dataclass(frozen=True, slots=True)(cls)
    values = attrgetter(*(f.name for f in fields(made)))
    if len(fields(made)) == 1:
        made.__reduce__ = lambda self: (made, (values(self),))
    else:
        made.__reduce__ = lambda self: (made, values(self))
    return made


@record
class Diagnostic:
    path: str
    line: int
    level: str  # "error", "warning", "repair" or "info"
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.level}: {self.message}"


@record
class Metadata:
    """Sidecar `articles/<name>.yml` values; every field optional."""
    title: str | None = None
    date: str | None = None  # ISO yyyy-mm-dd, first published
    updated: str | None = None  # ISO yyyy-mm-dd, last substantive update
    summary: str | None = None
    source_url: str | None = None
    author: str | None = None
    structure: tuple[tuple[str, str], ...] = ()  # (role, line as quoted): the editor's say on a line


@record
class Source:
    path: Path  # as given, e.g. articles/x.txt
    name: str  # file name, e.g. x.txt
    lines: tuple[str, ...]  # decoded, newline-free; index 0 is line 1
    meta: Metadata
    encoding: str
    problems: tuple[Diagnostic, ...] = ()  # the sidecar's: its bad fields, left out


@record
class Paragraph:
    text: str
    line: int


@record
class ListItem:
    text: str
    term: str | None  # the `Term:` lead-in, shown bold
    line: int
    sublist: BulletList | None = None  # the indented items under it


@record
class BulletList:
    items: tuple[ListItem, ...]
    ordered: bool
    start: int
    line: int


@record
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    caption: str | None
    line: int
    anchor: str = ""  # filled by enrichment: stable id within the site
    align: tuple[str, ...] = ()  # per column: "left", "right", "center" or "" (from the separator row)


@record
class Question:
    question: str
    answer: tuple[Block, ...]  # paragraphs, and the lists and tables an answer may hold
    line: int


Block = Paragraph | BulletList | Table


@record
class Section:
    heading: str
    level: int  # 2 or 3
    line: int
    blocks: tuple[Block, ...]
    anchor: str = ""
    faq: tuple[Question, ...] = ()  # set for an FAQ section


@record
class Furniture:
    """A line of page furniture left out of the page (an ad, a credit, a kicker)."""
    line: int
    kind: str
    text: str
    last: int = 0  # its last line, when it ran over several


@record
class Article:
    slug: str
    source_name: str
    title: str
    summary: str
    dateline: str | None
    byline: str | None  # "By Jane Doe", as written under the title
    intro: tuple[Block, ...]  # blocks before the first heading, after the summary
    sections: tuple[Section, ...]
    meta: Metadata
    word_count: int
    source_hash: str = ""  # of the article's text and sidecar: ties a page to its exact source
    topics: tuple[str, ...] = ()  # topic slugs, most mentioned first; filled by enrichment
    related: tuple[Related, ...] = ()  # filled by enrichment
    stamps: tuple[str, ...] = ()  # the masthead's date lines ("Updated 3:12 p.m. GMT"), as written
    furniture: tuple[Furniture, ...] = ()  # lines left out of the page, for `briefing check`


class Related(NamedTuple):
    """Another briefing on the same topics. A named tuple, like Mention and SectionRef:
    cheaper to pickle than a record, and briefings' shells and refs are pickled by the
    tens of thousands."""
    slug: str
    score: int  # the shared topics' summed rarity, in hundredths
    shared: tuple[str, ...]  # slugs of the shared topics, rarest first


@record
class Topic:
    slug: str
    name: str
    kind: str  # country, organisation, person or theme
    aliases: tuple[str, ...]  # every form matched in text, the name included
    description: str | None = None
    long_form: str | None = None  # for an acronym name such as NATO: its glossary meaning
    discovered: bool = False  # found in the articles, not listed in the taxonomy


class Listing(NamedTuple):
    """What lists of briefings (newest first, what's new) need of each."""
    slug: str
    title: str
    date: str | None
    updated: str | None


class Mention(NamedTuple):
    """A topic named in one section of one briefing ("" is the summary and intro).

    A named tuple, not a record: a site has hundreds of thousands, and the build cache
    loads them on every build (faster than a record)."""
    topic: str
    article: str
    anchor: str
    heading: str
    count: int  # type: ignore[assignment]  # shadows tuple.count; the name is public
    excerpt: str


@record
class Term:
    """A glossary entry: an acronym and its meaning, with where it is defined."""
    short: str
    long: str
    articles: tuple[str, ...]  # slugs of briefings defining or using it


class SectionRef(NamedTuple):
    article: str
    anchor: str
    label: str  # "Briefing title › Section heading", or the title when the heading is the same


@record
class TableEntry:
    id: str  # stable: <briefing slug>-<table anchor>
    article: str
    anchor: str
    section: str
    table: Table


@record
class Digest:
    """What the whole-corpus passes need from one briefing, without its text."""
    shell: Article  # the article without intro and sections: enough for indexes and topic pages
    notes: tuple[Diagnostic, ...]  # the parser's, reported again on every build
    organisations: tuple[tuple[str, int], ...]  # organisation-like names and their counts
    people: tuple[str, ...]  # titled names
    definitions: tuple[tuple[str, str], ...]  # (short form, long form) defined in the text
    themes: tuple[tuple[str, str, str, tuple[str, ...]], ...]  # (anchor, heading, heading words, theme keys) per section
    tables: tuple[TableEntry, ...]
    words: int  # word signature (enrich.wordset) of every text the page shows
