"""Links a briefing page carries: topic chips and in-text links, related briefings,
"also covered in", and glossary tooltips."""
from __future__ import annotations

from dataclasses import dataclass

from build_tools.enrich.glossary import is_plain_phrase
from build_tools.enrich.matcher import TopicMatcher, compile_words, whole_words
from build_tools.render.escape import attribute, block, inline


class Glossary:
    """The site's acronyms, found in a text with one scan."""

    def __init__(self, terms: tuple[tuple[str, str], ...]):
        # Tooltips are HTML to Material: only plain phrases, whatever made the terms.
        self.terms = {short: long for short, long in terms if is_plain_phrase(long)}
        self._pattern = compile_words(list(self.terms), left_edge=False)

    def find(self, text: str):
        """The acronyms in a text, leftmost first (regex matches)."""
        return whole_words(self._pattern, text) if self._pattern is not None else ()


class Tooltips:
    """A page's glossary tooltips: an acronym explains itself where the text first uses it
    (Material shows an <abbr>'s title on hover), once a page, as a style guide spells a term
    out once; the glossary page has them all."""

    def __init__(self, glossary: Glossary | None):
        self.glossary = glossary
        self.seen: set[str] = set()

    def text(self, text: str, at_start: bool = False) -> str:
        """The text escaped (as a block's start or inline), its acronyms' first uses wrapped."""
        glossary = self.glossary
        if glossary is None:
            return _escaped(text, at_start)
        out, pos = [], 0
        for match in glossary.find(text):
            term = match.group()
            if term in self.seen:
                continue
            self.seen.add(term)
            out.append(_escaped(text[pos:match.start()], at_start and pos == 0))
            out.append(f'<abbr title="{attribute(glossary.terms[term])}">{inline(term)}</abbr>')
            pos = match.end()
        out.append(_escaped(text[pos:], at_start and pos == 0))
        return "".join(out)


def _escaped(text: str, at_start: bool) -> str:
    return block(text) if at_start else inline(text)


@dataclass(frozen=True)
class BriefingLinks:
    chips: tuple[tuple[str, str], ...]  # (topic name, site-relative URL such as topics/nato/)
    related: tuple[tuple[str, str, tuple[str, ...]], ...]  # (title, href, shared topic names)
    also: dict  # section anchor -> ((label, href), ...)
    matcher: TopicMatcher | None  # for in-text links
    topic_hrefs: dict  # topic slug -> href
    glossary: Glossary | None  # every term in the site
    data_prefix: str = ""  # where this briefing's table downloads live, e.g. ../data/tables/<slug>-
    plan: dict | None = None  # where to link topics (enrich.topics.link_plan); else found by scanning
    kinds: tuple[str, ...] = ()  # each chip's topic kind, for search filters
    publisher: str = ""  # the site's name, for the page's structured data
    url: str = ""  # the page's absolute address, for the page's structured data


class SectionLinker:
    """Links the first mention of each topic on the page, and only that one, in one section's
    texts: where the link plan says, or else where a scan finds them. `done`: the topics
    the sections before linked."""

    def __init__(self, links: BriefingLinks | None, anchor: str = "", done: set[str] | None = None,
                 tips: Tooltips | None = None):
        self.links = links
        self.done: set[str] = set() if done is None else done
        self.tips = tips or Tooltips(None)
        self.planned = links.plan.get(anchor, {}) if links and links.plan is not None else None
        self.number = 0  # of the next linkable text, as link_plan counts them

    def text(self, text: str, at_block_start: bool = True) -> str:
        number, self.number = self.number, self.number + 1
        if self.links is None or self.links.matcher is None:
            return self.tips.text(text, at_block_start)
        hits = self.planned.get(number, ()) if self.planned is not None else self.links.matcher.find(text)
        out, pos = [], 0
        for start, end, slug in hits:
            href = self.links.topic_hrefs.get(slug)
            if href is None or slug in self.done:
                continue
            self.done.add(slug)
            out.append(self.tips.text(text[pos:start], at_block_start and pos == 0))
            out.append(f"[{self.tips.text(text[start:end])}]({href})")
            pos = end
        out.append(self.tips.text(text[pos:], at_block_start and pos == 0))
        return "".join(out)
