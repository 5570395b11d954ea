"""Property-based fuzzing (Hypothesis) over articles mixing every syntax the converter reads
or must show literally: tables, FAQs, furniture, Markdown, HTML, template and extension
syntax, random Unicode.

Properties, for every article:
- no crash;
- no word lost that is not listed as dropped furniture;
- nothing interpreted: the HTML Python-Markdown makes of the page (with the site's own
  extensions, as MkDocs does) holds no element or attribute the article's text could have
  asked for;
- `convert` agrees with the build: the words markdown-it reads back from the page are the
  words the site's HTML shows.

`make test` runs 500 examples (a few seconds); `make fuzz` runs 20,000.
"""
import json
import os
import re
from functools import cache

import yaml
from hypothesis import HealthCheck, given, settings, strategies as st

from build_tools.check import accounted_text, shown_html_text, shown_text, word_counts
from build_tools.enrich.texts import dropped_lines
from build_tools.pipeline import convert
from tests.conftest import ROOT
from tests.helpers import source

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "500"))

SYNTAX = ["| a | b |", "---|---|", "|---|---|", "a\tb", "- item", "* item", "1. one", "2) two", "a) x",
          "FAQ", "Your questions, answered", "What is it?", "Q: Why?", "A: Because.", "ADVERTISEMENT",
          "3 min read", "Share this article", "» Read more: more", "Photo: Reuters", "* * *", "___", "---",
          "By Jane Doe", "GENEVA", "Updated 3:12 p.m. GMT, March 4, 2025", "2:20 p.m.", "SQUADS", "ENGLAND",
          "Goalkeepers: A, B and C", "# hash", "## heading", "**bold**", "*em*", "_u_", "`code`", "```",
          "~~~", "<script>alert(1)</script>", "<img src=x onerror=alert(2)>", "<b>b</b>", "&amp;", "&lt;",
          "{{ x }}", "{% if %}", "{: .cls }", "[l](javascript:alert(3))", "*[X]: y", "!!! note", '!!! x ""',
          "??? q", "???+ q", "> quote", "    indented", "\\", "<!--", "-->", "Table 1: cap", "Source: s",
          "The origins of the Arctic Council", "Talks Resume in Geneva", "3.1 Sub", "Note:"]
WORDS = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=12)
SENTENCE = st.lists(st.one_of(WORDS, st.sampled_from(["the", "talks", "Vienna", "NATO", "said", "."])),
                    min_size=1, max_size=14).map(" ".join)
LINE = st.one_of(st.sampled_from(SYNTAX), SENTENCE, st.builds(lambda a, b: f"{a} {b}", st.sampled_from(SYNTAX), SENTENCE),
                 st.builds(lambda a, b: f"{a} {b}", SENTENCE, st.sampled_from(SYNTAX)), st.just(""))
ARTICLE = st.lists(LINE, min_size=1, max_size=40).map("\n".join).filter(lambda t: t.strip())


@cache
def _markdown():
    """Python-Markdown with the site's extensions, as MkDocs renders a page."""
    import markdown
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text())
    extensions = [e if isinstance(e, str) else next(iter(e)) for e in config["markdown_extensions"]]
    # Material's preview extension only marks links to other pages, and runs only inside MkDocs.
    return markdown.Markdown(extensions=[e for e in extensions if e != "material.extensions.preview"])


_OWN = {"p", "h1", "h2", "h3", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "a", "strong",
        "em", "abbr", "div", "details", "summary", "small", "br", "code", "span", "hr", "sup"}


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(ARTICLE)
def test_any_article_converts_whole_and_literal(text):
    article, page, notes = convert(source(text, name="fuzz.txt"))
    assert not [n for n in notes if n.level == "error"], [str(n) for n in notes if n.level == "error"]
    head, body = page.split("\n---\n", 1)
    title = next(json.loads(line[7:]) for line in head.splitlines() if line.startswith("title: "))
    html = f"<h1>{title}</h1>" + _markdown().reset().convert(body)  # the template writes the title
    tags = set(re.findall(r"<([a-zA-Z][\w-]*)", html))
    assert tags <= _OWN, tags - _OWN
    assert not re.search(r"<[^>]+\son\w+\s*=", html)
    assert "javascript:" not in "".join(re.findall(r'href="([^"]*)"', html)).lower()
    classes = set(" ".join(re.findall(r'class="([^"]*)"', html)).split())
    assert classes <= {"admonition", "abstract", "tip", "key-points", "admonition-title", "question", "byline",
                       "table-caption", "table-downloads", "also-covered", "toclink", "headerlink"}, classes
    details = len(re.findall(r"<details", html))
    assert details == sum(len(s.faq) for s in article.sections)  # only the FAQ's own questions fold
    dropped = set(dropped_lines(article))
    source_words = word_counts(accounted_text(source(text).lines, dropped))
    assert not source_words - word_counts(shown_html_text(html)), "the site's HTML lacks words"
    assert word_counts(shown_text(page)) == word_counts(shown_html_text(html)) or not (
        source_words - word_counts(shown_text(page)))
