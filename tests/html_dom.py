"""A tiny DOM over html.parser, enough to read back the built pages."""
from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


@dataclass
class Element:
    tag: str
    attrs: dict
    children: list = field(default_factory=list)  # Element or str

    def iter(self, tag: str | None = None):
        for child in self.children:
            if isinstance(child, Element):
                if tag is None or child.tag == tag:
                    yield child
                yield from child.iter(tag)

    def iter_outside(self, tag: str, skip_class: str):
        """Like iter(tag), but not inside elements of class skip_class."""
        for child in self.children:
            if isinstance(child, Element):
                if skip_class in child.attrs.get("class", "").split():
                    continue
                if child.tag == tag:
                    yield child
                yield from child.iter_outside(tag, skip_class)

    def find(self, tag: str, cls: str | None = None) -> "Element | None":
        return next((e for e in self.iter(tag) if cls is None or cls in e.attrs.get("class", "").split()), None)

    @property
    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text for c in self.children)


class _Builder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Element("#root", {})
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        element = Element(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(element)
        if tag not in VOID:
            self.stack.append(element)

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data):
        self.stack[-1].children.append(data)


def parse_html(text: str) -> Element:
    builder = _Builder()
    builder.feed(text)
    builder.close()
    return builder.root


def article_of(path) -> Element:
    """The page's main content: Material's <article class="md-content__inner">."""
    return parse_html(path.read_text(encoding="utf-8")).find("article", "md-content__inner")
