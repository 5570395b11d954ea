"""The nothing-lost check: every word of the source appears in its page."""
from __future__ import annotations

import re
from collections import Counter

from markdown_it import MarkdownIt

_WORD = re.compile(r"\w+")
_PARSER = MarkdownIt("commonmark").enable("table")
_TEXT_TOKENS = {"text", "code_inline"}  # HTML tokens do not count: they would not show as text


def word_counts(text: str) -> Counter:
    return Counter(w.casefold() for w in _WORD.findall(text))


def shown_text(markdown: str) -> str:
    """The text a reader sees, read back by an independent Markdown parser."""
    if markdown.startswith("---\n"):
        markdown = markdown.split("\n---\n", 1)[1]
    parts, numbers = [], []  # numbers: the next item number of each open ordered list
    for token in _PARSER.parse(markdown):
        if token.type == "ordered_list_open":
            numbers.append(int(token.attrs.get("start", 1)))
        elif token.type == "ordered_list_close":
            numbers.pop()
        elif token.type == "list_item_open" and token.markup in (".", ")") and numbers:
            parts.append(str(numbers[-1]))  # the browser shows an ordered item's number
            numbers[-1] += 1
        if token.type == "code_block":  # an indented admonition body, as Python-Markdown reads it
            parts.append(shown_text(token.content))
        for child in token.children or ():
            if child.type in _TEXT_TOKENS:
                parts.append(child.content)
    return " ".join(parts)


def lost_words(source_text: str, markdown: str) -> Counter:
    """Words (with how many copies) the source has and the page does not show."""
    return word_counts(source_text) - word_counts(shown_text(markdown))
