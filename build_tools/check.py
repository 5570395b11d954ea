"""The nothing-lost check: every word of the source appears in its page.

Two readers of a page: `shown_text` reads our Markdown back with an independent
parser (markdown-it-py), for `briefing convert` and `briefing check`;
`shown_html_text` reads the HTML MkDocs really rendered, for `check_site.py`.
"""
from __future__ import annotations

import html
import json
import re
from collections import Counter
from functools import cache
from html.parser import HTMLParser

_WORD = re.compile(r"\w+")


@cache
def _parser():
    """markdown-it-py, loaded when first needed: `generate` never reads Markdown back."""
    from markdown_it import MarkdownIt
    return MarkdownIt("commonmark").enable("table")


_TEXT_TOKENS = {"text", "code_inline"}
# What the page adds around the article's text, which must not count as showing its words:
# the key points and related briefings boxes and "also covered in" lines (Markdown), and the
# header, chips and those boxes (HTML, by class).
_LINK_BOXES = ('!!! tip key-points "Key points"', '!!! info related "Related briefings"')
ALSO_COVERED = "{: .also-covered }"
PAGE_CLASSES = {"briefing-header", "topic-chips", "key-points", "related", "also-covered"}  # HTML tokens do not count: they would not show as text


def word_counts(text: str) -> Counter:
    return Counter(w.casefold() for w in _WORD.findall(text))


def shown_text(markdown: str) -> str:
    """The text a reader sees, read back by an independent Markdown parser; with the page's
    title, which the template shows from the front matter."""
    title = ""
    if markdown.startswith("---\n"):
        head, markdown = markdown[4:].split("\n---\n", 1)
        title = next((html.unescape(json.loads(line[7:])) for line in head.splitlines()
                      if line.startswith("title: ")), "")
    return title + " " + _shown_body(markdown)


def _shown_body(markdown: str) -> str:
    parts, numbers = [], []  # numbers: the next item number of each open ordered list
    skip_body = False  # the page's own link boxes (key points, related briefings) are not the article's
    for token in _parser().parse(markdown):
        if token.type == "inline" and (token.content.startswith(_LINK_BOXES) or ALSO_COVERED in token.content):
            skip_body = not token.content.endswith(ALSO_COVERED)
            continue
        if token.type == "code_block" and skip_body:
            skip_body = False
            continue
        if token.type == "ordered_list_open":
            numbers.append(int(token.attrs.get("start", 1)))
        elif token.type == "ordered_list_close":
            numbers.pop()
        elif token.type == "list_item_open" and token.markup in (".", ")") and numbers:
            parts.append(str(numbers[-1]))  # the browser shows an ordered item's number
            numbers[-1] += 1
        if token.type == "code_block":  # an indented admonition body, as Python-Markdown reads it
            parts.append(_shown_body(token.content))
        for child in token.children or ():
            if child.type in _TEXT_TOKENS:
                parts.append(child.content)
    return " ".join(parts)


class _ShownText(HTMLParser):
    """Text nodes a browser shows, with ordered-list numbers; never scripts or attributes."""

    HIDDEN = {"script", "style", "template"}
    # Between these a browser breaks words; inline tags (a, abbr, strong...) join their text.
    BLOCKS = {"p", "div", "li", "td", "th", "tr", "br", "h1", "h2", "h3", "h4", "h5", "h6",
              "summary", "details", "dt", "dd", "blockquote", "pre", "table", "caption", "hr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0
        self.skipping: list | None = None  # [tag, depth] while inside one of the page's own boxes
        self.numbers: list[int | None] = []  # per open list: next ordered number, None if unordered

    def handle_starttag(self, tag, attrs):
        if self.skipping:
            self.skipping[1] += tag == self.skipping[0]
            return
        if PAGE_CLASSES & set((dict(attrs).get("class") or "").split()):
            self.skipping = [tag, 1]  # the page's own box: skipped to its end tag
            return
        if tag in self.HIDDEN:
            self.hidden += 1
        elif tag in ("ol", "ul"):
            start = dict(attrs).get("start") or "1"
            self.numbers.append(int(start) if tag == "ol" and start.lstrip("-").isdigit() else None)
        elif tag == "li" and self.numbers and self.numbers[-1] is not None:
            self.parts.append(f" {self.numbers[-1]} ")
            self.numbers[-1] += 1
        if tag in self.BLOCKS:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if self.skipping:
            if tag == self.skipping[0]:
                self.skipping[1] -= 1
                if not self.skipping[1]:
                    self.skipping = None
            return
        if tag in self.HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in ("ol", "ul") and self.numbers:
            self.numbers.pop()
        if tag in self.BLOCKS:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.hidden and not self.skipping:
            self.parts.append(data)


def shown_html_text(html: str) -> str:
    """The text a reader sees in rendered HTML."""
    reader = _ShownText()
    reader.feed(html)
    reader.close()
    return "".join(reader.parts)


def missing_words(source_text: str, shown: str) -> Counter:
    """Words (with how many copies) the source has and the shown text lacks."""
    return word_counts(source_text) - word_counts(shown)


def lost_words(source_text: str, markdown: str) -> Counter:
    """Words (with how many copies) the source has and the page does not show."""
    return missing_words(source_text, shown_text(markdown))


def accounted_text(lines, dropped: set[int]) -> str:
    """The source text a page must show: every line but the furniture it left out (listed
    by `briefing check`, and by line number in the page's front matter)."""
    return "\n".join(line for number, line in enumerate(lines, start=1) if number not in dropped)


def describe_missing(missing: Counter) -> str:
    shown = ", ".join(f"{w!r}" + (f" x{n}" if n > 1 else "") for w, n in sorted(missing.items()))
    return f"{sum(missing.values())} words of the source are missing from its page: {shown}"
