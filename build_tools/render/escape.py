"""Escaping so that article text is shown literally, never interpreted.

Python-Markdown (MkDocs) and markdown-it-py both honour backslash escapes for
ASCII punctuation and decode character references, so one escaped form reads the
same in the site and in the build's own word check.
"""
from __future__ import annotations

import html
import re

# Inline syntax: emphasis, code, links, attribute lists ({: ...}), tables, HTML.
_INLINE = {"\\": "\\\\", "`": "\\`", "*": "\\*", "_": "\\_", "[": "\\[", "]": "\\]",
           "{": "\\{", "}": "\\}", "|": "\\|", "#": "\\#", "<": "&lt;", ">": "&gt;", "&": "&amp;"}
# Only characters Python-Markdown can unescape: a backslash before any other shows.
_INLINE_RE = re.compile("|".join(re.escape(c) for c in _INLINE))
# At the start of a block: list markers, ordered-list numbers, setext or rule lines.
_BLOCK_START = re.compile(r"^(\s*)([-+]|\d+(?=[.)]))")
# Block syntax of the site's extensions and of fences: admonitions (!!!), details (???),
# fenced code (~~~). Their first character becomes a character reference, which both
# Markdown readers show as the character and neither reads as syntax.
_EXTENSION_START = re.compile(r"^(\s*)([!?~])(?=\2\2)")


def inline(text: str) -> str:
    """Escape text for use inside a Markdown line."""
    return _INLINE_RE.sub(lambda m: _INLINE[m.group()], text)


def block(text: str) -> str:
    """Escape text that starts a Markdown block (paragraph, list item, cell)."""
    escaped = _EXTENSION_START.sub(lambda m: f"{m.group(1)}&#{ord(m.group(2))};", inline(text), count=1)
    m = _BLOCK_START.match(escaped)
    if m and m.group(2).isdigit():
        end = m.end()
        return escaped[:end] + "\\" + escaped[end:]
    if m:
        return escaped[:m.start(2)] + "\\" + escaped[m.start(2):]
    return escaped


def attribute(text: str) -> str:
    """Escape for templates that insert front-matter values unescaped (title, description)."""
    return html.escape(text, quote=True)


def html_text(text: str) -> str:
    """Escape text for a raw HTML block of a page, which Markdown passes on as it is: on one
    line, since a blank line would end the block."""
    return attribute(" ".join(text.splitlines()))
