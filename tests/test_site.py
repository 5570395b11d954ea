"""The real site: mkdocs build --strict in a temporary copy, read back as HTML."""
import re
from collections import Counter

import pytest

from tests.conftest import FIXTURES, SEEDS, page_file
from tests.html_dom import article_of, parse_html

pytestmark = pytest.mark.site

EXPECTED = {  # seed: (h2, h3, lists of n items, table body rows, FAQ questions)
    "000_124c660cca887ed3": (7, 0, [3] * 6, [3, 2, 3, 3, 3, 2], 0),
    "001_5fb357551eaa8a5e": (4, 0, [3, 3], [3, 3], 0),
    "002_3b503897f517f221": (5, 0, [4], [], 0),
    "003_19bdff79c755a5de": (6, 12, [3] * 9, [], 4),
}


def page(site, slug):
    return article_of(page_file(site, f"briefings/{slug}"))


@pytest.mark.parametrize("slug", sorted(EXPECTED))
def test_seed_structure_in_html(seed_site, slug):
    h2, h3, lists, rows, questions = EXPECTED[slug]
    article = page(seed_site, slug)
    assert len(list(article.iter("h1"))) == 1
    assert len(list(article.iter("h2"))) == h2
    assert len(list(article.iter("h3"))) == h3
    body_lists = article.iter_outside("ul", "admonition")  # not the related-briefings box
    assert [len(list(ul.iter("li"))) for ul in body_lists] == lists
    tables = list(article.iter("table"))
    assert [len(list(t.find("tbody").iter("tr"))) for t in tables] == rows
    for table in tables:
        header = [th.text for th in table.find("thead").iter("th")]
        assert all(len(list(tr.iter("td"))) == len(header) for tr in table.find("tbody").iter("tr"))
    assert len(list(article.iter("details"))) == questions


def test_faq_questions_are_collapsible_blocks(seed_site):
    article = page(seed_site, "003_19bdff79c755a5de")
    summaries = [d.find("summary").text for d in article.iter("details")]
    assert summaries[0] == "What is the main goal of the US-Russia peace talks?"
    assert len(summaries) == 4


def test_table_header_kept_as_written_with_caption(seed_site):
    article = page(seed_site, "000_124c660cca887ed3")
    tables = list(article.iter("table"))
    assert [th.text for th in tables[4].iter("th")] == ["strategy", "Anticipated Impact"]
    caption = article.find("p", "table-caption")
    assert caption.attrs["id"] == "table-1"
    assert caption.text == "A structured approach may resemble the table below, outlining possible milestones:"


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_provenance_and_no_lost_words(seed_site, seed):
    article = page(seed_site, seed.stem)
    text = article.text
    assert f"Source: articles/{seed.name}" in text
    words = lambda s: Counter(w.casefold() for w in re.findall(r"\w+", s))
    assert words(seed.read_text(encoding="utf-8")) - words(text) == Counter()


def test_hostile_text_is_shown_literally_and_never_runs(seed_site):
    html = page_file(seed_site, "briefings/hostile").read_text()
    article = article_of(page_file(seed_site, "briefings/hostile"))
    text = article.text
    for literal in ['<script>alert("pwned")</script>', "*starred*", "__underscored__", "`backtick`",
                    "<b>bold tags</b>", "[a link](javascript:alert(1))", "{{ config.site_name }}",
                    '{% include "x" %}', "<img src=x onerror=alert(2)>", "# This line starts with a hash",
                    "inline 1) numbered", "entity &amp; plus", "<svg onload=alert(3)>", "{: .injected }",
                    # the same in the forms read since: caption over a table, tab-separated rows,
                    # a nested list, Q:/A: questions, numbered sections
                    "<b>Caption</b> {: .cap }", "<script>alert(6)</script>", "<img src=y onerror=alert(9)>",
                    "*grain*", "<u>tag</u>", "*stars* and {{ inner }}", 'Q: Is <i>this</i> a "question"?',
                    "**bold** and [link](javascript:alert(7))", "<script>alert(8)</script>",
                    "1. Numbered <em>heading</em>", "2. Second {% raw %} heading"]:
        assert literal in text, literal
    assert not list(article.iter("script")) and not list(article.iter("img")) \
        and not list(article.iter("svg")) and not list(article.iter("b")) and not list(article.iter("em"))
    for element in parse_html(html).iter():
        assert not [a for a in element.attrs if a.startswith("on")], element.tag
    assert not [a for a in article.iter("a") if "javascript" in a.attrs.get("href", "").lower()]
    assert ("<title>Officials met on Tuesday to discuss &lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt; "
            "and *starred* and __underscored__ words,… - Briefing Portal</title>") in html


def test_home_lists_every_briefing_with_date_and_summary(seed_site):
    article = article_of(seed_site / "index.html")
    links = {a.attrs["href"] for a in article.iter("a")}
    for seed in SEEDS + [FIXTURES / "hostile.txt", FIXTURES / "outside_taxonomy.txt"]:
        assert f"briefings/{seed.stem}.html" in links
    assert article.text.count("Undated") == 6  # no article has a date; today's is never invented


def test_briefings_are_not_in_the_navigation(seed_site):
    nav = parse_html((seed_site / "index.html").read_text()).find("nav", "md-nav--primary")
    assert not [a for a in nav.iter("a") if "briefings/" in a.attrs.get("href", "")]


def test_offline_clean_no_third_party_requests(seed_site):
    for path in [seed_site / "index.html", page_file(seed_site, "briefings/003_19bdff79c755a5de")]:
        dom = parse_html(path.read_text())
        for element in dom.iter():
            for attr in ("src", "href"):
                value = element.attrs.get(attr, "")
                fetched = element.tag in ("script", "img") or (
                    element.tag == "link" and element.attrs.get("rel") not in ("canonical", "alternate"))
                if fetched and value:
                    assert not re.match(r"(https?:)?//", value), value
    assert (seed_site / "search" / "search_index.json").exists()
