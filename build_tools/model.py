"""The document model: plain frozen dataclasses, no logic."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Diagnostic:
    path: str
    line: int
    level: str  # "error", "warning", "repair" or "info"
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.level}: {self.message}"


@dataclass(frozen=True, slots=True)
class Metadata:
    """Sidecar `articles/<name>.yml` values; every field optional."""
    title: str | None = None
    date: str | None = None  # ISO yyyy-mm-dd, first published
    updated: str | None = None  # ISO yyyy-mm-dd, last substantive update
    summary: str | None = None
    source_url: str | None = None
    author: str | None = None


@dataclass(frozen=True, slots=True)
class Source:
    path: Path  # as given, e.g. articles/x.txt
    name: str  # file name, e.g. x.txt
    lines: tuple[str, ...]  # decoded, newline-free; index 0 is line 1
    meta: Metadata
    encoding: str


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str
    line: int


@dataclass(frozen=True, slots=True)
class ListItem:
    text: str
    term: str | None  # the `Term:` lead-in, shown bold
    line: int


@dataclass(frozen=True, slots=True)
class BulletList:
    items: tuple[ListItem, ...]
    ordered: bool
    start: int
    line: int


@dataclass(frozen=True, slots=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    caption: str | None
    line: int
    anchor: str = ""  # filled by enrichment: stable id within the site
    align: tuple[str, ...] = ()  # per column: "left", "right", "center" or "" (from the separator row)


@dataclass(frozen=True, slots=True)
class Question:
    question: str
    answer: tuple[Paragraph, ...]
    line: int


Block = Paragraph | BulletList | Table


@dataclass(frozen=True, slots=True)
class Section:
    heading: str
    level: int  # 2 or 3
    line: int
    blocks: tuple[Block, ...]
    anchor: str = ""
    faq: tuple[Question, ...] = ()  # set for an FAQ section


@dataclass(frozen=True, slots=True)
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


@dataclass(frozen=True, slots=True)
class Related:
    slug: str
    score: float
    shared: tuple[str, ...]  # slugs of the shared topics, rarest first


@dataclass(frozen=True, slots=True)
class Topic:
    slug: str
    name: str
    kind: str  # country, organisation, person or theme
    aliases: tuple[str, ...]  # every form matched in text, the name included
    description: str | None = None
    long_form: str | None = None  # for an acronym name such as NATO: its glossary meaning
    discovered: bool = False  # found in the articles, not listed in the taxonomy


@dataclass(frozen=True, slots=True)
class Mention:
    """A topic named in one section of one briefing ("" is the summary and intro)."""
    topic: str
    article: str
    anchor: str
    heading: str
    count: int
    excerpt: str


@dataclass(frozen=True, slots=True)
class Term:
    """A glossary entry: an acronym and its meaning, with where it is defined."""
    short: str
    long: str
    articles: tuple[str, ...]  # slugs of briefings defining or using it


@dataclass(frozen=True, slots=True)
class SectionRef:
    article: str
    anchor: str
    label: str  # "Briefing title › Section heading"


@dataclass(frozen=True, slots=True)
class TableEntry:
    id: str  # stable: <briefing slug>-<table anchor>
    article: str
    anchor: str
    section: str
    table: Table


@dataclass(frozen=True, slots=True)
class Site:
    articles: tuple[Article, ...]
    topics: tuple[Topic, ...]
    mentions: tuple[Mention, ...]
    glossary: tuple[Term, ...]
    tables: tuple[TableEntry, ...]
    also: tuple[tuple[tuple[str, str], tuple[SectionRef, ...]], ...]  # ((slug, anchor), refs)
