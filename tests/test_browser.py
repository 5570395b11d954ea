"""What only a browser shows, in headless Chromium (Debian's package) driven by Playwright.

On a laptop without /usr/bin/chromium these tests skip with the reason; CI sets
BRIEFING_REQUIRE_BROWSER=1 (in .ci/run, which installs Chromium) and they must run.
"""
import functools
import json
import http.server
import os
import threading
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.conftest import FIXTURES, ROOT, SEEDS, Preview, build, free_port, make_project

pytestmark = pytest.mark.browser
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "test-artifacts" / "screenshots"
# As root in a closed network: no sandbox, no GPU, no background traffic to Google.
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _unavailable(reason: str):
    if os.environ.get("BRIEFING_REQUIRE_BROWSER"):
        pytest.fail(f"browser tests are required here but {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        _unavailable(f"{CHROMIUM} is missing (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        yield browser
        browser.close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def _serve(site: Path):
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.fixture(scope="session")
def base_url(seed_site):
    server = _serve(seed_site)
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()


@pytest.fixture(scope="session")
def pagefind_url(tmp_path_factory):
    project = make_project(tmp_path_factory.mktemp("pagefind"), SEEDS + [FIXTURES / "hostile.txt"])
    server = _serve(build(project, "--search", "pagefind"))
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.console_errors, page.requests, page.dialogs = [], [], []
    page.on("console", lambda m: m.type == "error" and page.console_errors.append(m.text))
    page.on("pageerror", lambda e: page.console_errors.append(str(e)))
    page.on("request", lambda r: page.requests.append(r.url))
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    yield page
    context.close()


def test_home_loads_without_errors_or_third_party_requests(page, base_url):
    page.goto(base_url, wait_until="networkidle")
    assert page.locator("h1").first.inner_text().rstrip("¶") == "Briefings"
    assert page.console_errors == []
    hosts = {urlsplit(u).hostname for u in page.requests if not u.startswith("data:")}
    assert hosts == {"127.0.0.1"}


def test_site_opened_from_disk_navigates(page, seed_site):
    """A new user's first try: open site/index.html and follow links, no server."""
    page.goto((seed_site / "index.html").as_uri())
    page.locator("article a[href*='briefings/']").first.click()
    page.wait_for_url("**/briefings/*.html")
    page.locator("nav.topic-chips a").first.click()
    page.wait_for_url("**/topics/*.html")
    assert page.locator("article h1").first.inner_text()


def test_search_finds_a_word_from_one_briefings_body(page, base_url):
    word = "Cuban"  # only in the body of seed 003
    assert [p.name for p in SEEDS if word in p.read_text()] == ["003_19bdff79c755a5de.txt"]
    page.goto(base_url, wait_until="networkidle")
    page.locator(".md-search__input").click()
    # The search index loads in a worker; typing before it is ready finds nothing.
    page.wait_for_function("""() => {
        const meta = document.querySelector('.md-search-result__meta');
        return meta && meta.textContent.trim() && !/initializ/i.test(meta.textContent);
    }""", timeout=30000)
    page.locator(".md-search__input").press_sequentially(word, delay=50)
    results = page.locator(".md-search-result__item a")
    results.first.wait_for(timeout=30000)
    hrefs = [results.nth(i).get_attribute("href") for i in range(results.count())]
    assert any("003_19bdff79c755a5de" in h for h in hrefs)
    assert not any(s.stem in h for h in hrefs for s in SEEDS if s.stem != "003_19bdff79c755a5de")


def test_pagefind_search_mode_finds_the_briefing(page, pagefind_url):
    page.goto(pagefind_url + "search.html", wait_until="networkidle")
    page.locator(".pagefind-ui__search-input").press_sequentially("Cuban", delay=30)
    result = page.locator(".pagefind-ui__result-link").first
    result.wait_for(timeout=30000)
    assert "003_19bdff79c755a5de" in result.get_attribute("href")
    assert page.console_errors == []
    assert {urlsplit(u).hostname for u in page.requests if not u.startswith("data:")} == {"127.0.0.1"}


def test_pagefind_search_can_be_narrowed_by_topic_and_kind(page, pagefind_url):
    page.goto(pagefind_url + "search.html", wait_until="networkidle")
    page.locator(".pagefind-ui__search-input").press_sequentially("peace", delay=30)
    page.locator(".pagefind-ui__result-link").first.wait_for(timeout=10_000)
    filters = [t.strip().lower() for t in page.locator(".pagefind-ui__filter-name").all_inner_texts()]
    assert "topic" in filters and "kind" in filters, filters
    before = page.locator(".pagefind-ui__result").count()
    page.locator(".pagefind-ui__filter-name", has_text="topic").click()
    page.locator(".pagefind-ui__filter-label", has_text="Mediation").click()
    page.wait_for_timeout(800)
    after = page.locator(".pagefind-ui__result").count()
    assert 0 < after < before


def test_topic_chip_opens_topic_page_that_links_back(page, base_url):
    slug = "002_3b503897f517f221"
    page.goto(f"{base_url}briefings/{slug}.html", wait_until="networkidle")
    chip = page.locator("nav.topic-chips a").first
    name = chip.inner_text()
    chip.click()
    page.wait_for_url("**/topics/*.html")
    assert page.locator("article h1").inner_text().startswith(name)
    assert page.locator(f"article a[href*='briefings/{slug}.html']").count() >= 1


def test_hostile_article_runs_nothing(page, base_url):
    page.goto(f"{base_url}briefings/{SEEDS[0].stem}.html", wait_until="networkidle")
    normal_scripts = page.locator("script").count()
    page.goto(f"{base_url}briefings/hostile.html", wait_until="networkidle")
    page.wait_for_timeout(500)
    assert page.dialogs == []
    assert page.locator("script").count() == normal_scripts
    handlers = page.evaluate("""() => [...document.querySelectorAll('*')].flatMap(
        e => [...e.attributes].filter(a => a.name.startsWith('on')).map(a => e.tagName + ' ' + a.name))""")
    assert handlers == []
    assert page.locator("article img, article svg:not(.md-icon svg), article iframe").count() == 0
    assert "<script>alert(\"pwned\")</script>" in page.locator("article").inner_text()


@pytest.mark.parametrize("slug", ["hostile", SEEDS[0].stem])
def test_hovering_every_tooltip_runs_nothing(page, base_url, slug):
    """Acronym tooltips are HTML to Material: a long form holding markup must never get there."""
    page.goto(f"{base_url}briefings/{slug}.html", wait_until="networkidle")
    abbrs = page.locator("article abbr")
    assert abbrs.count() > 0
    for i in range(abbrs.count()):
        abbrs.nth(i).scroll_into_view_if_needed()
        abbrs.nth(i).hover()
        page.wait_for_timeout(150)
    assert page.dialogs == []
    assert page.locator("img[src=x], .md-tooltip img, .md-tooltip2 img").count() == 0
    titles = page.evaluate("() => [...document.querySelectorAll('abbr')].map(a => a.title)")
    assert not any("<" in t or ">" in t for t in titles)


def test_the_summary_reads_at_body_size(page, base_url):
    page.goto(f"{base_url}briefings/{SEEDS[0].stem}.html", wait_until="networkidle")
    size = page.evaluate("""() => [document.querySelector('article .admonition.abstract p:not(.admonition-title)'),
        document.querySelector('article > div > p:not(.briefing-facts), article p')].map(
        e => getComputedStyle(e).fontSize)""")
    body = page.evaluate("() => getComputedStyle(document.querySelector('article h2 ~ p')).fontSize")
    assert size[0] == body, (size, body)


class _PagesHandler(_QuietHandler):
    """Like GitHub Pages: the site under a path prefix (or at the root), and 404.html for any
    missing address at any depth."""
    prefix = "/"

    def send_head(self):
        path = self.path.split("?", 1)[0]
        if not path.startswith(self.prefix):
            return self._not_found()
        self.path = "/" + path[len(self.prefix):]
        target = Path(self.translate_path(self.path))
        if not (target.is_file() or (target / "index.html").is_file()):
            return self._not_found()
        return super().send_head()

    def _not_found(self):
        body = (Path(self.directory) / "404.html").read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        import io
        return io.BytesIO(body)


@pytest.mark.parametrize("prefix", ["/briefing-portal/", "/"])
def test_the_404_page_is_styled_wherever_the_site_is_served(page, seed_site, prefix):
    handler = type("Handler", (_PagesHandler,), {"prefix": prefix})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(seed_site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        page.goto(f"http://127.0.0.1:{server.server_port}{prefix}briefings/missing/deep.html", wait_until="networkidle")
        assert page.locator("h1").first.inner_text().startswith("404")
        loaded = page.evaluate("() => [...document.styleSheets].filter(s => s.href && s.href.includes('main.')).length")
        assert loaded == 1
        header = page.evaluate("() => getComputedStyle(document.querySelector('.md-header')).position")
        assert header in ("sticky", "fixed")  # Material's stylesheet applies
        home = page.locator("a.md-header__button.md-logo").get_attribute("href")
        page.locator("a.md-header__button.md-logo").click()
        page.wait_for_load_state("networkidle")
        assert "404" not in page.locator("h1").first.inner_text(), home
    finally:
        server.shutdown()


def test_a_phone_sees_the_latest_briefing_on_its_first_screen(browser, base_url):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    try:
        page = context.new_page()
        page.goto(base_url, wait_until="networkidle")
        first = page.locator("article .grid.cards li").first
        box = first.bounding_box()
        assert "briefings/" in first.locator("a").first.get_attribute("href")
        assert box["y"] < 844, box
    finally:
        context.close()


@pytest.fixture(scope="module")
def dated_url(tmp_path_factory):
    project = make_project(tmp_path_factory.mktemp("dated"), [])
    for name, date in (("march", "2025-03-14"), ("april", "2025-04-02"), ("late", "2025-04-28")):
        (project / "articles" / f"{name}.txt").write_text(f"Ukraine talks in {name}\n\nUkraine met donors.\n")
        (project / "articles" / f"{name}.yml").write_text(f"date: {date}\n")
    server = _serve(build(project))
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()


def test_a_topic_page_marks_what_is_new_since_the_last_visit(page, dated_url):
    page.goto(f"{dated_url}topics/ukraine.html", wait_until="networkidle")
    assert page.locator(".new-since").count() == 0  # a first visit marks nothing
    key = page.evaluate("() => Object.keys(localStorage).find(k => k.startsWith('briefing-last-seen:'))")
    assert page.evaluate(f"() => localStorage.getItem({key!r})") == "2025-04-28"
    page.evaluate(f"() => localStorage.setItem({key!r}, '2025-03-31')")  # as if last here in March
    page.reload(wait_until="networkidle")
    marked = page.evaluate("() => [...document.querySelectorAll('.new-since')].map("
                           "b => b.parentNode.querySelector('a').textContent)")
    assert marked == ["Ukraine talks in late", "Ukraine talks in april"]
    assert page.evaluate(f"() => localStorage.getItem({key!r})") == "2025-04-28"
    # (Material's instant navigation probes sitemap.xml beside the page too: a 404, not ours.)
    assert [e for e in page.console_errors if "Failed to load resource" not in e] == []


@pytest.mark.parametrize("width", [390, 1280])
def test_the_coverage_matrix_reads_at_any_width(browser, base_url, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    try:
        page = context.new_page()
        page.goto(f"{base_url}topics/index.html", wait_until="networkidle")
        found = page.evaluate("""() => {
            const table = document.querySelector('.coverage-matrix table');
            const wrap = table.closest('.md-typeset__scrollwrap') || table.parentElement;
            const box = wrap.getBoundingClientRect();
            const heads = [...table.querySelectorAll('th')].map(th => th.getBoundingClientRect());
            const titles = [...table.querySelectorAll('td:first-child')].map(td => {
                const a = td.querySelector('a');
                return a.getBoundingClientRect().height / parseFloat(getComputedStyle(a).lineHeight); });
            return {columns: heads.length, visible: heads.filter(h => h.right <= box.right + 1).length,
                    lines: Math.max(...titles), sticky: getComputedStyle(table.querySelector('td')).position};
        }""")
        assert found["lines"] <= 2.05, found
        assert found["sticky"] == "sticky"
        if width >= 1280:
            assert found["visible"] == found["columns"], found  # every column in view
        else:
            assert found["visible"] >= 4, found  # the titles and the first counts; the rest scroll
    finally:
        context.close()


@pytest.mark.parametrize("path,trail", [(f"briefings/{SEEDS[0].stem}.html", ["Home", "All briefings"]),
                                        ("topics/ukraine.html", ["Home", "Topics"])])
def test_briefings_and_topics_show_where_the_reader_is(page, base_url, path, trail):
    page.goto(f"{base_url}{path}", wait_until="networkidle")
    crumbs = [t.strip() for t in page.locator("nav.md-path .md-path__link").all_inner_texts()]
    assert crumbs == trail
    assert page.locator(".md-tabs__item--active").inner_text().strip() == trail[-1]  # the active tab
    page.locator("nav.md-path .md-path__link").last.click()
    page.wait_for_load_state("networkidle")
    assert page.locator("article h1").first.inner_text().rstrip("¶").strip() in ("Briefings", "All briefings", "Topics")


def test_tables_sort_by_clicking_a_header(page, base_url):
    page.goto(f"{base_url}briefings/{SEEDS[0].stem}.html", wait_until="networkidle")
    table = page.locator("article table").nth(3)  # Country | Potential Shift in Alliance
    first_column = lambda: table.locator("tbody tr td:first-child").all_inner_texts()
    assert first_column() == ["Turkey", "India", "Iran"]
    table.locator("th button").first.click()
    assert first_column() == ["India", "Iran", "Turkey"]
    table.locator("th button").first.click()
    assert first_column() == ["Turkey", "Iran", "India"]


@pytest.mark.parametrize("path", ["", f"briefings/{SEEDS[3].stem}.html", "topics/osce.html", "topics/index.html",
                                  "archive/index.html", "whats-new.html", "glossary.html", "tables/index.html",
                                  "404.html"],
                         ids=["home", "briefing", "topic", "topic index", "archive", "what's new", "glossary",
                              "table catalogue", "404"])
def test_no_serious_accessibility_violations(page, base_url, path):
    from axe_playwright_python.sync_playwright import Axe
    page.goto(base_url + path, wait_until="networkidle")
    violations = Axe().run(page).response["violations"]
    serious = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in violations
               if v["impact"] in ("serious", "critical")]
    assert serious == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_screenshots(browser, base_url, scheme):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    for name, path in [("home", ""), ("briefing", f"briefings/{SEEDS[0].stem}.html")]:
        page.goto(base_url + path, wait_until="networkidle")
        out = ARTIFACTS / f"{name}-{scheme}.png"
        page.screenshot(path=str(out))
        assert out.stat().st_size > 10_000
        background = page.evaluate("getComputedStyle(document.body).backgroundColor")
        assert (background == "rgb(255, 255, 255)") == (scheme == "light"), background
    context.close()


def test_the_live_preview_shows_a_saved_change_and_a_builds_errors(page, tmp_path):
    """`briefing serve`: the open page reloads with a draft of the edit at once, then with the
    built page once its build is done; a build with an error says so in the page and the
    preview goes on."""
    project = make_project(tmp_path / "preview", SEEDS[:2])
    with Preview(project, tmp_path / "serve.log") as serve:
        serve.wait_for("the preview is at")
        briefing = next((project / "site" / "briefings").glob("*.html")).name
        page.goto(f"http://127.0.0.1:{serve.port}/briefings/{briefing}")
        article = project / "articles" / SEEDS[0].name
        state = f"http://127.0.0.1:{serve.port}/__preview?since="
        before = json.loads(urllib.request.urlopen(state + "-1").read())["build"]
        article.write_text(article.read_text(encoding="utf-8") + "\nA sentence the editor just saved.\n",
                           encoding="utf-8")
        assert json.loads(urllib.request.urlopen(state + str(before), timeout=60).read())["draft"]  # a draft first
        page.wait_for_selector("text=A sentence the editor just saved.", timeout=60_000)
        page.wait_for_selector(".topic-chips", timeout=60_000)  # then the built page
        page.wait_for_selector("#briefing-preview-draft", state="detached", timeout=60_000)
        serve.wait_for("draft shown in")
        (project / "articles" / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
        banner = page.wait_for_selector("#briefing-preview-errors", timeout=60_000)
        assert "dangling.txt:1: error: is a symbolic link" in banner.text_content()
        assert serve.process.poll() is None


def test_hovering_a_link_to_a_briefing_shows_a_preview_of_it(page, tmp_path):
    """Material's instant previews on links to briefings and topics (mkdocs.yml): they work
    where the site is served at its site_url, so this site is built for the test's address."""
    port = free_port()
    project = make_project(tmp_path / "previews", SEEDS[:2])
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "site_url: https://example.github.io/briefing-portal/", f"site_url: http://127.0.0.1:{port}/"), encoding="utf-8")
    site = build(project, "--search", "material")
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        # Previews are on briefing pages; a listing (a topic's timeline) already shows each entry's gist.
        assert not [p for p in (site / "topics").glob("*.html") if "data-preview" in p.read_text()]
        briefing = next(p for p in sorted((site / "briefings").glob("*.html")) if "related" in p.read_text())
        page.goto(f"http://127.0.0.1:{port}/briefings/{briefing.name}", wait_until="networkidle")
        link = page.locator("article .related a[data-preview]").first
        title = link.inner_text().strip()
        link.hover()
        preview = page.wait_for_selector(".md-tooltip2--active", timeout=10_000)
        assert title.rstrip("…")[:40] in preview.inner_text()
        assert not [u for u in page.requests if not u.startswith(f"http://127.0.0.1:{port}/")]
    finally:
        server.shutdown()


def test_pagefind_finds_undated_briefings_and_topics_among_dated_ones(page, tmp_path):
    """Sorted newest first, Pagefind keeps only the pages that carry the sort key: an undated
    briefing and a topic's page carry one too (oldest; topics first), so search finds them."""
    project = make_project(tmp_path / "dated", SEEDS[:2])
    (project / "articles" / f"{SEEDS[0].stem}.yml").write_text("date: 2025-03-14\n")
    server = _serve(build(project, "--search", "pagefind"))
    try:
        base = f"http://127.0.0.1:{server.server_port}/"
        for word, wanted in (("Rivalry", SEEDS[1].stem), ("Russia", "topics/russia")):
            page.goto(base + "search.html", wait_until="networkidle")
            page.locator(".pagefind-ui__search-input").press_sequentially(word, delay=30)
            page.locator(".pagefind-ui__result-link").first.wait_for(timeout=30_000)
            hrefs = page.locator(".pagefind-ui__result-link").evaluate_all("links => links.map(a => a.href)")
            assert any(wanted in h for h in hrefs), (word, hrefs)
        russia = next(i for i, h in enumerate(hrefs) if "topics/russia" in h)
        assert not [h for h in hrefs[:russia] if "/briefings/" in h]  # topics before briefings
    finally:
        server.shutdown()


def test_pagefind_shards_keep_results_newest_first(page, tmp_path, monkeypatch):
    """With one briefing per shard (search_index.py), the merged results still read newest
    first across shards and years, undated briefings last."""
    monkeypatch.setenv("BRIEFING_SHARD_PAGES", "1")
    project = make_project(tmp_path / "shards", SEEDS)
    dates = {SEEDS[0].stem: "2024-05-01", SEEDS[1].stem: "2025-03-14", SEEDS[2].stem: "2025-01-02"}
    for stem, date in dates.items():
        (project / "articles" / f"{stem}.yml").write_text(f"date: {date}\n")
    site = build(project, "--search", "pagefind")
    shards = json.loads((site / "pagefind" / "shards.json").read_text())
    assert len(shards) >= 4, shards  # a shard per dated briefing, the undated, the other pages
    server = _serve(site)
    try:
        page.goto(f"http://127.0.0.1:{server.server_port}/search.html", wait_until="networkidle")
        page.locator(".pagefind-ui__search-input").press_sequentially("willingness", delay=30)
        page.locator(".pagefind-ui__result-link").nth(3).wait_for(timeout=30_000)
        hrefs = page.locator(".pagefind-ui__result-link").evaluate_all("links => links.map(a => a.href)")
        order = list(dict.fromkeys(next(s.stem for s in SEEDS if s.stem in h) for h in hrefs))  # sub-results aside
        assert order == [SEEDS[1].stem, SEEDS[2].stem, SEEDS[0].stem, SEEDS[3].stem], hrefs
    finally:
        server.shutdown()
