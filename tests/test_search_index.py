"""What Pagefind indexes: each page's own words. Listings and the blocks that repeat other
pages (also covered in, related briefings, key points, a topic's timeline) stay out, so a
search lands on the page the words come from and the index stays small at any size."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SEEDS, build, make_project, search_index


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    return build(make_project(tmp_path_factory.mktemp("search"), SEEDS), "--search", "pagefind")


@pytest.fixture(scope="module")
def indexed(site) -> dict[str, str]:
    """Page URL -> the text Pagefind holds for it."""
    return search_index(site)


@pytest.fixture(scope="module")
def html(site) -> dict[str, str]:
    """Page URL -> the built page."""
    return {p.relative_to(site).as_posix(): p.read_text() for p in site.rglob("*.html")}


def test_listings_are_not_search_results(indexed):
    for listing in ("index.html", "whats-new.html", "archive/index.html", "tables/index.html", "topics/index.html",
                    "search.html"):
        assert listing not in indexed
    assert any(url.startswith("briefings/") for url in indexed)
    assert "glossary.html" in indexed and "topics/russia.html" in indexed


def test_blocks_that_repeat_other_pages_are_not_indexed(indexed, html):
    briefings = [url for url in indexed if url.startswith("briefings/")]
    assert any('class="also-covered"' in html[url] for url in briefings)  # the seeds do show them
    assert any('related"' in html[url] for url in briefings)
    for url in briefings:
        assert "Also covered in" not in indexed[url] and "Related briefings" not in indexed[url]
        assert "Shared topics" not in indexed[url] and "Key points" not in indexed[url]
        assert len(indexed[url].split()) > 300  # the briefing's own text is


def test_a_topic_is_found_by_its_name_not_by_its_timeline(indexed, html):
    content = indexed["topics/russia.html"]
    assert content.startswith("Russia")
    assert "“" not in content and "more section" not in content  # the quotes from its briefings
    assert "mentions in" not in content and "mentions in" in html["topics/russia.html"]  # counts move with each briefing
    assert "“" in html["topics/russia.html"]


def test_a_pages_fingerprint_is_what_search_reads_of_it():
    """search_index.py indexes a shard again when a fingerprint changed: the blocks left out
    of the index (related briefings, a topic's counts) do not count; its own words do."""
    from build_tools.search_index import indexed_part

    def page(text: str, related: str) -> str:
        return (f'<html lang="en"><body><nav>menu</nav><div data-pagefind-body data-pagefind-sort="date:2025-03-14">'
                f'<h1>Title</h1><p>{text}</p><div class="related"><div><a href="x.html">{related}</a></div></div>'
                f'<p class="topic-facts">{related}</p><p>tail</p></div><footer>{related}</footer></body></html>')

    first = indexed_part(page("Own words.", "One related"))
    assert first is not None and first.sort == "2025-03-14"
    assert indexed_part(page("Own words.", "Another related")) == first
    assert indexed_part(page("Other words.", "One related")) != first
    assert indexed_part('<html><body><div class="listing">no body</div></body></html>') is None
    # A topic's new month: one more heading and list, both left out, and their blank lines.
    month = ('<div data-pagefind-body><h2>Briefings</h2>\n\n<h3 class="topic-month">June</h3>\n\n'
             '<ul class="topic-timeline"><li>a</li></ul>\n\n{}<p>tail</p></div>')
    assert indexed_part(month.format("")) == indexed_part(month.format(
        '<h3 class="topic-month">July</h3>\n\n<ul class="topic-timeline"><li>b</li></ul>\n\n'))


def test_one_more_newest_briefing_re_indexes_one_small_piece():
    """The newest year's filling chunk is cut in pieces of powers of two: one more briefing at
    the newest end changes one shard's pages (pieces before it merging into it at times), and
    that shard is small most of the time; older years keep whole chunks."""
    from build_tools.search_index import Page, layout

    pages = {f"briefings/old-{k:04d}.html": Page("2024-06-01", "x") for k in range(1001)}
    before, changed_sizes = None, []
    for newest in range(1, 1100):
        pages[f"briefings/new-{newest:04d}.html"] = Page(f"2025-01-01T{newest:04d}", "x")
        after = {s.name: s.pages for s in layout(pages)}
        if before is not None:
            changed = [name for name, shard in after.items() if before.get(name) != shard]
            assert len(changed) == 1, (newest, changed)
            changed_sizes.append(len(after[changed[0]]))
            assert {n: p for n, p in after.items() if n.startswith("2024")} == \
                   {n: p for n, p in before.items() if n.startswith("2024")}  # 1,000 then 1: whole
        before = after
    assert sorted(changed_sizes)[len(changed_sizes) // 2] <= 64  # the median re-index: a small piece


def test_a_briefing_dated_back_in_a_large_archive_re_indexes_its_quarter_only():
    """Above QUARTERS_ABOVE full shards of dated briefings, each quarter has its own shards: a
    briefing dated back among them changes one shard, not every later one of its year."""
    from build_tools.search_index import QUARTERS_ABOVE, SHARD_PAGES, Page, layout

    days = [f"{year}-{month:02d}-{day:02d}" for year in (2023, 2024) for month in range(1, 13) for day in (5, 20)]
    count = QUARTERS_ABOVE * SHARD_PAGES + 500
    pages = {f"briefings/b-{k:05d}.html": Page(days[k % len(days)] + f"T{k:05d}", "x") for k in range(count)}
    before = {s.name: s.pages for s in layout(pages)}
    assert "2023q1-1" in before and max(len(p) for p in before.values()) <= SHARD_PAGES
    for day in ("2023-02-11", "2023-11-30", "2024-05-01"):
        pages[f"briefings/back-{day}.html"] = Page(day, "x")
        after = {s.name: s.pages for s in layout(pages)}
        changed = [name for name in after if before.get(name) != after[name]]
        assert len(changed) == 1 and changed[0].startswith(f"{day[:4]}q{(int(day[5:7]) + 2) // 3}"), changed
        before = after


def test_an_index_made_with_other_code_or_left_unfinished_is_made_again(tmp_path):
    """With no page changed, a build still brings the index up to date when the last run was
    stopped half way or another layout or Pagefind made it."""
    from tests.conftest import run_briefing
    project = make_project(tmp_path, SEEDS[:1])
    build(project, "--search", "pagefind")
    made_with = project / ".briefing-cache" / "search-index-made-with"
    assert made_with.is_file()
    assert "search:" not in run_briefing(project, "build", "--search", "pagefind").stderr  # nothing changed
    made_with.write_text("an older layout")
    again = run_briefing(project, "build", "--search", "pagefind")
    assert again.returncode == 0 and "search: 0 of" in again.stderr  # run, and every shard still whole
    made_with.unlink()  # as a stopped run leaves it
    assert "search:" in run_briefing(project, "build", "--search", "pagefind").stderr
    assert made_with.is_file()
