"""Publishing: feed, sitemap, What's new, dates from sidecars, the Pages workflow, live preview."""
import re
import subprocess
import sys
import time
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT, SEEDS, Preview, build, free_port, make_project, page_file
from tests.html_dom import article_of, parse_html

pytestmark = pytest.mark.site


@pytest.fixture(scope="module")
def dated_site(tmp_path_factory):
    project = make_project(tmp_path_factory.mktemp("dated"), SEEDS)
    (project / "articles" / f"{SEEDS[1].stem}.yml").write_text("date: 2025-02-20\n")
    (project / "articles" / f"{SEEDS[2].stem}.yml").write_text("date: 2025-01-10\nupdated: 2025-03-01\n")
    return build(project)


def test_feed_is_valid_rss_with_dates_from_metadata(dated_site):
    root = ET.parse(dated_site / "feed.xml").getroot()
    assert root.tag == "rss" and root.attrib["version"] == "2.0"
    items = root.findall("channel/item")
    assert len(items) == 4
    assert items[0].findtext("pubDate") == "Thu, 20 Feb 2025 00:00:00 +0000"
    assert items[1].findtext("pubDate") == "Fri, 10 Jan 2025 00:00:00 +0000"
    assert [i.findtext("pubDate") for i in items[2:]] == [None, None]  # undated: no invented date
    site_url = yaml.safe_load((ROOT / "mkdocs.yml").read_text())["site_url"]
    assert items[0].findtext("link") == f"{site_url}briefings/{SEEDS[1].stem}.html"
    assert root.findtext("channel/lastBuildDate") == "Sat, 01 Mar 2025 00:00:00 +0000"


def test_every_page_links_the_feed_and_sitemap_exists(dated_site):
    for page in [dated_site / "index.html", page_file(dated_site, f"briefings/{SEEDS[0].stem}")]:
        links = [l for l in parse_html(page.read_text()).iter("link")
                 if l.attrs.get("type") == "application/rss+xml"]
        assert len(links) == 1 and links[0].attrs["href"].endswith("feed.xml")
    sitemap = (dated_site / "sitemap.xml").read_text()
    assert f"briefings/{SEEDS[0].stem}.html" in sitemap


def test_dated_briefings_first_and_undated_labelled(dated_site):
    archive = article_of(page_file(dated_site, "archive/index"))
    order = [a.attrs["href"] for a in archive.iter("a") if "/briefings/" in a.attrs.get("href", "")]
    assert order[:2] == [f"../briefings/{SEEDS[1].stem}.html", f"../briefings/{SEEDS[2].stem}.html"]
    page = article_of(page_file(dated_site, f"briefings/{SEEDS[0].stem}"))
    assert page.find("span", "undated").text == "Undated"
    dated = article_of(page_file(dated_site, f"briefings/{SEEDS[2].stem}"))
    assert [t.attrs["datetime"] for t in dated.iter("time")] == ["2025-01-10", "2025-03-01"]


def test_whats_new_lists_added_and_updated(dated_site):
    text = article_of(page_file(dated_site, "whats-new")).text
    assert text.index("Updated 1 March 2025") < text.index("Added 20 February 2025")
    assert "2 undated briefings" in text


def test_print_stylesheet_hides_navigation_and_shows_links():
    css = (ROOT / "docs" / "assets" / "stylesheets" / "briefing.css").read_text()
    media = css[css.index("@media print"):]
    assert ".md-header" in media and ".md-sidebar" in media and 'content: " (" attr(href) ")"' in media


def test_pages_workflow_builds_with_make_site_and_deploys():
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "pages.yml").read_text())
    assert workflow[True]["push"]["branches"] == ["main"]  # YAML reads the key `on` as True
    steps = workflow["jobs"]["build"]["steps"]
    assert {"name": "Build the site", "run": "make site",
            "env": {"BRIEFING_CACHE_KEY": "${{ secrets.BRIEFING_CACHE_KEY }}"}} in steps
    cache = next(s for s in steps if s.get("uses", "").startswith("actions/cache@"))
    assert cache["with"]["path"].split() == [".briefing-cache", "site"]  # an incremental site step
    assert any(s.get("uses", "").startswith("actions/upload-pages-artifact") and s["with"]["path"] == "site"
               for s in steps)
    assert workflow["jobs"]["deploy"]["steps"][0]["uses"].startswith("actions/deploy-pages")


def test_pages_workflow_holds_least_privilege_and_passes_the_linter():
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "pages.yml").read_text())
    assert workflow["permissions"] == {}
    assert workflow["jobs"]["build"]["permissions"] == {"contents": "read"}
    assert workflow["jobs"]["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}
    for job in workflow["jobs"].values():  # every action pinned to a commit
        assert all(re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", s["uses"]) for s in job["steps"] if "uses" in s)
    zizmor = Path(sys.executable).with_name("zizmor")
    if not zizmor.exists():
        pytest.fail("zizmor is missing: make test installs it (requirements/test.txt)")
    linted = subprocess.run([str(zizmor), "--offline", "--no-progress", str(ROOT / ".github" / "workflows")],
                            capture_output=True, text=True, check=False)
    assert linted.returncode == 0, linted.stdout + linted.stderr


def test_the_site_build_installs_only_site_dependencies():
    site = (ROOT / "requirements" / "site.txt").read_text()
    test = (ROOT / "requirements" / "test.txt").read_text()
    for tool in ("pytest", "playwright", "hypothesis", "zizmor"):
        assert f"\n{tool}==" not in site and f"\n{tool}==" in test
    for lock in (site, test):  # every pin carries its hashes
        pins = re.findall(r"^[A-Za-z0-9_.\[\]-]+==\S+", lock, re.MULTILINE)
        assert pins and lock.count("--hash=sha256:") >= len(pins)


def _fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.read().decode()
    except OSError:
        return None


def test_serve_regenerates_when_an_article_changes(tmp_path):
    project = make_project(tmp_path / "p", SEEDS[:2])
    with Preview(project, tmp_path / "serve.log") as serve:
        url = f"http://127.0.0.1:{serve.port}/"  # site/ at the root: its links are relative
        deadline = time.time() + 60
        while time.time() < deadline and not _fetch(url):
            time.sleep(0.5)
        assert "Briefings" in (_fetch(url) or "")
        (project / "articles" / "fresh.txt").write_text(
            "Fresh Talks in Vienna\n\nDiplomats met again in Vienna on Monday.\nMore talks follow next week.\n")
        while time.time() < deadline and "Fresh Talks in Vienna" not in (_fetch(url) or ""):
            time.sleep(0.5)
        assert "Fresh Talks in Vienna" in (_fetch(url) or ""), (tmp_path / "serve.log").read_text()
    time.sleep(1)
    assert _fetch(url) is None  # stopping the preview stopped its server too
