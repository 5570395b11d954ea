"""What a reader gets from topic pages and dates: a timeline newest first, grouped by month,
dates written out, a feed per topic announced in the page's head."""
import xml.etree.ElementTree as ET

import pytest

from tests.conftest import build, make_project
from tests.html_dom import article_of, parse_html

pytestmark = pytest.mark.site

ARTICLES = {
    "march.txt": ("Vienna talks on Ukraine open", "2025-03-14"),
    "april.txt": ("Ukraine grain corridor reopens", "2025-04-02"),
    "april-late.txt": ("Ukraine and donors meet in Rome", "2025-04-28"),
    "undated.txt": ("Ukraine aid explained", None),
    "truce.txt": ("Truce holds in the east", "2025-05-01"),
    "script.txt": ("Talks </script><script>alert(1)</script> & more", "2025-05-02"),
}


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    project = make_project(tmp_path_factory.mktemp("reader"), [])
    for name, (title, date) in ARTICLES.items():
        body = {"truce.txt": "The ceasefire held overnight, the Joint Monitoring Mission (JMM) said.", "script.txt": "Talks went on late."}.get(
            name, "Officials from Ukraine met on the date given.")
        (project / "articles" / name).write_text(f"{title}\n\n{body}\n")
        if date:
            (project / "articles" / name).with_suffix(".yml").write_text(f"date: {date}\n")
    return build(project)


def test_a_topic_page_is_a_timeline_grouped_by_month(site):
    article = article_of(site / "topics" / "ukraine.html")
    months = [h.text.strip("¶ ") for h in article.iter("h3")]
    assert months == ["April 2025", "March 2025", "Undated"]
    titles = [a.text for a in article.iter("a") if (a.attrs.get("href") or "").startswith("../briefings/")
              and a.text and "Ukraine" in a.text]
    assert titles[:4] == ["Ukraine and donors meet in Rome", "Ukraine grain corridor reopens",
                          "Vienna talks on Ukraine open", "Ukraine aid explained"]
    text = article.text
    assert "28 April 2025" in text and "14 March 2025" in text
    assert "in 4 briefings" in text and "1 mention" in text and "1 mentions" not in text


def test_a_topic_has_a_feed_linked_from_its_page_and_head(site):
    html = (site / "topics" / "ukraine.html").read_text()
    head = parse_html(html).find("head")
    links = [l.attrs for l in head.iter("link") if l.attrs.get("type") == "application/rss+xml"]
    assert any(l["href"] == "ukraine.xml" for l in links), links
    feed = ET.parse(site / "topics" / "ukraine.xml")
    items = [i.findtext("title") for i in feed.iter("item")]
    assert items == ["Ukraine and donors meet in Rome", "Ukraine grain corridor reopens",
                     "Vienna talks on Ukraine open", "Ukraine aid explained"]
    assert feed.find("channel").findtext("lastBuildDate") == "Mon, 28 Apr 2025 00:00:00 +0000"


def test_a_briefing_shows_its_date_written_out(site):
    header = article_of(site / "briefings" / "march.html").text
    assert "14 March 2025" in header and "2025-03-14" not in header


def test_counts_are_singular_and_plural_as_they_should_be(site):
    index = article_of(site / "topics" / "index.html").text
    assert "1 briefing, 1 mention" in index and "1 briefings" not in index and "1 mentions" not in index
    home = article_of(site / "index.html").text
    assert "6 briefings" in home


def test_a_theme_is_named_as_a_name(site):
    page = article_of(site / "topics" / "ceasefire.html")
    assert page.find("h1").text.strip("¶ ") == "Ceasefire"


def _structured(site, slug):
    import json
    head = parse_html((site / "briefings" / f"{slug}.html").read_text()).find("head")
    meta = {m.attrs.get("property") or m.attrs.get("name"): m.attrs.get("content") for m in head.iter("meta")}
    scripts = [s for s in head.iter("script") if s.attrs.get("type") == "application/ld+json"]
    return meta, [json.loads(s.text) for s in scripts]


def test_a_shared_briefing_carries_a_preview_and_structured_data(site):
    meta, (data,) = _structured(site, "april")
    assert meta["og:type"] == "article" and meta["og:title"] == "Ukraine grain corridor reopens"
    assert meta["article:published_time"] == "2025-04-02" and meta["twitter:card"] == "summary"
    assert data["@type"] == "NewsArticle" and data["headline"] == "Ukraine grain corridor reopens"
    assert data["datePublished"] == data["dateModified"] == "2025-04-02"
    assert data["publisher"] == {"@type": "Organization", "name": "Briefing Portal"}
    assert data["url"].endswith("/briefings/april.html")


def test_an_undated_briefing_claims_no_date(site):
    meta, (data,) = _structured(site, "undated")
    assert "datePublished" not in data and "article:published_time" not in meta


def test_structured_data_holds_hostile_text_as_text(site):
    html = (site / "briefings" / "script.html").read_text()
    assert "<script>alert(1)</script>" not in html
    _, (data,) = _structured(site, "script")
    assert data["headline"] == "Talks </script><script>alert(1)</script> & more"


def test_the_glossary_holds_only_terms_the_briefings_use(site):
    glossary = article_of(site / "glossary.html").text
    assert "JMM" in glossary and "Joint Monitoring Mission" in glossary
    for unused in ("IAEA", "G7", "ICC"):
        assert unused not in glossary, unused


def test_each_kind_of_topic_has_a_feed(site):
    feed = ET.parse(site / "topics" / "kind-country.xml")
    assert feed.find("channel").findtext("title") == "Briefing Portal: Countries"
    items = [i.findtext("title") for i in feed.iter("item")]
    assert items[0] == "Ukraine and donors meet in Rome" and "Truce holds in the east" not in items
    themes = [i.findtext("title") for i in ET.parse(site / "topics" / "kind-theme.xml").iter("item")]
    assert themes == ["Truce holds in the east"]
    index = (site / "topics" / "index.html").read_text()
    assert 'href="kind-country.xml"' in index
