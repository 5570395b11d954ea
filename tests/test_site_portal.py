"""Topics, cross-links, glossary and table catalogue, read back from the built site."""
import csv
import json
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from tests.conftest import SEEDS, page_file
from tests.html_dom import article_of, parse_html

pytestmark = pytest.mark.site
SEED_SLUGS = [p.stem for p in SEEDS]


def test_topic_pages_for_the_portal_subjects(seed_site):
    for slug in ["ukraine", "russia", "united-states", "nato", "china", "united-nations", "osce",
                 "volodymyr-zelensky", "ceasefire", "humanitarian-aid", "sanctions"]:
        page = page_file(seed_site, f"topics/{slug}")
        assert page.exists(), slug
        article = article_of(page)
        assert any("/briefings/" in a.attrs.get("href", "") for a in article.iter("a")), slug


def test_topic_page_deep_links_sections_with_excerpts(seed_site):
    article = article_of(page_file(seed_site, "topics/osce"))
    hrefs = [a.attrs["href"] for a in article.iter("a")]
    assert "../briefings/003_19bdff79c755a5de.html#international-organizations" in hrefs
    assert "Organization for Security and Co-operation in Europe (OSCE) frequently assists" in article.text
    assert "Related topics" in article.text


def test_chips_link_to_topic_pages_which_link_back(seed_site):
    article = article_of(page_file(seed_site, f"briefings/{SEED_SLUGS[2]}"))
    chips = article.find("nav", "topic-chips")
    hrefs = [a.attrs["href"] for a in chips.iter("a")]
    assert all(re.match(r"\.\./topics/[\w-]+\.html$", h) for h in hrefs) and len(hrefs) >= 5
    for href in hrefs:
        topic = article_of((seed_site / "briefings" / href).resolve())
        assert f"../briefings/{SEED_SLUGS[2]}.html" in [a.attrs["href"] for a in topic.iter("a")]


@pytest.mark.parametrize("slug", SEED_SLUGS)
def test_every_briefing_links_related_briefings_naming_shared_topics(seed_site, slug):
    article = article_of(page_file(seed_site, f"briefings/{slug}"))
    box = next(d for d in article.iter("div") if "Related briefings" in d.text and "admonition" in d.attrs.get("class", ""))
    links = [a.attrs["href"] for a in box.iter("a")]
    assert links and all(re.match(r"[\w-]+\.html$", h) for h in links)
    assert "Shared topics:" in box.text


def test_in_text_links_first_mention_per_section_never_in_headings_or_headers(seed_site):
    article = article_of(page_file(seed_site, f"briefings/{SEED_SLUGS[0]}"))
    for tag in ("h1", "h2", "h3", "th"):
        for element in article.iter(tag):
            assert not [a for a in element.iter("a") if "topics/" in a.attrs.get("href", "")], tag
    # Section by section: each topic is linked at most once.
    html = (page_file(seed_site, f"briefings/{SEED_SLUGS[0]}")).read_text()
    body = html.split('<article class="md-content__inner md-typeset">')[1].split("</article>")[0]
    for section in re.split(r"<h[23] ", body)[1:]:
        section = section.split('class="admonition info"')[0]
        links = re.findall(r'href="(\.\./topics/[^"]+)"', section.split("also-covered")[0])
        assert len(links) == len(set(links))


def test_words_are_unchanged_by_links(seed_site):
    article = article_of(page_file(seed_site, f"briefings/{SEED_SLUGS[0]}"))
    assert "The recent agreement between the United States and Russia to initiate dialogue" in article.text


def test_also_covered_in_for_shared_themes(seed_site):
    article = article_of(page_file(seed_site, f"briefings/{SEED_SLUGS[3]}"))
    also = [p for p in article.iter("p") if "also-covered" in p.attrs.get("class", "")]
    hrefs = {a.attrs["href"] for p in also for a in p.iter("a")}
    assert f"{SEED_SLUGS[0]}.html#us-and-russia-initiate-dialogue-a-path-toward-peace-in-ukraine" in hrefs


def test_glossary_defines_osce_and_cbms_with_tooltips(seed_site):
    article = article_of(page_file(seed_site, "glossary"))
    rows = {tr.find("td").text: [td.text for td in tr.iter("td")] for tr in article.find("tbody").iter("tr")}
    assert rows["OSCE"][1] == "Organization for Security and Co-operation in Europe"
    assert rows["CBMs"][1] == "confidence-building measures"
    assert rows["IGAD"][1] == "Intergovernmental Authority on Development"
    page = article_of(page_file(seed_site, f"briefings/{SEED_SLUGS[3]}"))
    titles = {a.text: a.attrs.get("title") for a in page.iter("abbr")}
    assert titles["OSCE"] == "Organization for Security and Co-operation in Europe"
    # at its first use in the text, once a page
    assert len(titles) == len([a for a in page.iter("abbr")])


def html_tables(site: Path, slug: str) -> dict[str, list[list[str]]]:
    """Each table on a briefing page keyed by its caption's anchor: header and rows as shown."""
    article = article_of(page_file(site, f"briefings/{slug}"))
    out, anchor = {}, None
    for element in article.iter():
        if element.tag == "p" and "table-caption" in element.attrs.get("class", ""):
            anchor = element.attrs["id"]
        elif element.tag == "table" and anchor:
            header = [th.text.strip() for th in element.find("thead").iter("th")]
            rows = [[td.text.strip() for td in tr.iter("td")] for tr in element.find("tbody").iter("tr")]
            out[anchor] = [header] + rows
            anchor = None
    return out


def test_catalogue_lists_every_seed_table_with_round_tripping_downloads(seed_site):
    article = article_of(page_file(seed_site, "tables/index"))
    entries = []
    for tr in article.find("tbody").iter("tr"):
        links = [a.attrs["href"] for a in tr.iter("a")]
        entries.append(links)
    seed_entries = [e for e in entries if any(s in e[0] for s in SEED_SLUGS)]
    assert len(seed_entries) == 8
    for links in seed_entries:
        page_href, csv_href, json_href = links[0], links[-2], links[-1]
        slug, anchor = re.match(r"\.\./briefings/([\w-]+)\.html#(table-\d+)", page_href).groups()
        shown = html_tables(seed_site, slug)[anchor]
        csv_path = (seed_site / "tables" / csv_href).resolve()
        with csv_path.open(newline="", encoding="utf-8") as handle:
            assert list(csv.reader(handle)) == shown
        data = json.loads((seed_site / "tables" / json_href).resolve().read_text())
        assert [data["columns"]] + data["rows"] == shown


def test_coverage_matrix_on_topic_index(seed_site):
    article = article_of(page_file(seed_site, "topics/index"))
    table = article.find("table")
    header = [th.text for th in table.iter("th")]
    assert header[0] == "Briefing" and "Ukraine" in header and "Russia" in header
    assert len(list(table.find("tbody").iter("tr"))) == 6
    kinds = [h.text.rstrip("¶") for h in article.iter("h2")]
    assert kinds == ["Coverage", "Countries", "Organisations", "People", "Themes"]


def test_sortable_tables_script_is_served_by_the_site(seed_site):
    html = page_file(seed_site, "tables/index").read_text()
    assert re.search(r'<script src="\.\./assets/javascripts/tablesort\.js"', html)
    assert (seed_site / "assets" / "javascripts" / "tablesort.js").exists()


_IDS: dict[Path, set[str]] = {}


def _ids(page: Path) -> set[str]:
    if page not in _IDS:
        _IDS[page] = set(re.findall(r'\sid="([^"]+)"', page.read_text(encoding="utf-8")))
    return _IDS[page]


def test_every_internal_link_resolves(seed_site):
    checked = 0
    for page in seed_site.rglob("*.html"):
        if page.name == "404.html":  # links there are absolute from site_url, by design
            continue
        dom = parse_html(page.read_text(encoding="utf-8"))
        for a in dom.iter("a"):
            href = a.attrs.get("href", "")
            parts = urlsplit(href)
            if not href or parts.scheme or parts.netloc or href.startswith("/"):
                continue
            target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
            if target.is_dir():
                target = target / "index.html"
            assert target.exists(), f"{page.relative_to(seed_site)}: {href}"
            if parts.fragment and target.suffix == ".html":
                assert parts.fragment in _ids(target), f"{page.relative_to(seed_site)}: {href}"
            checked += 1
    assert checked > 500
