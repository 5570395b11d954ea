"""Adding one article to a generated corpus (N = 200) rewrites only the pages it affects,
with the build cache as `briefing generate` uses it."""
import argparse
from pathlib import Path

import pytest

from bench.corpus import write_corpus
from build_tools.cli import read_all
from build_tools.pipeline import build_site
from build_tools.state import Cache
from build_tools.write import PageWriter
from tests.conftest import make_project

INDEXES = {"index.md", "whats-new.md", "feed.xml", "glossary.md", "topics/index.md"}


def generate(project: Path):
    args = argparse.Namespace(articles=str(project / "articles"), topics=str(project / "topics.yml"),
                              config=str(project / "mkdocs.yml"))
    writer = PageWriter(project / "docs")
    result = build_site(*read_all(args), writer=writer, cache=Cache(project / ".briefing-cache"))
    return result, writer.finish()


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    project = make_project(tmp_path_factory.mktemp("corpus"), [])
    write_corpus(project / "articles", 200, seed=3)
    before, _ = generate(project)
    unchanged, report = generate(project)
    assert report.written == () and report.removed == ()
    write_corpus(project / "articles", 1, seed=4, start=200)
    after, report = generate(project)
    return before, after, report


def test_new_article_page_and_only_affected_briefings_are_rewritten(runs):
    before, after, report = runs
    old = {a.slug: a for a in before.briefings}
    also_old, also_new = before.corpus.also.refs, after.corpus.also.refs  # keys name their content
    expected = {"briefing-00200"}
    for a in after.briefings:
        if a.slug in old and (a.related != old[a.slug].related or also_new.get(a.slug) != also_old.get(a.slug)):
            expected.add(a.slug)
    written = {p.removeprefix("briefings/").removesuffix(".md") for p in report.written
               if p.startswith("briefings/")}
    assert "briefing-00200" in written
    assert written <= expected
    assert len(written) < len(after.briefings) / 4


def test_only_the_new_articles_topic_pages_and_indexes_change(runs):
    _, after, report = runs
    new = next(a for a in after.briefings if a.slug == "briefing-00200")
    topic_pages = {p for p in report.written if p.startswith("topics/") and p != "topics/index.md"}
    stems = {p.removeprefix("topics/").removesuffix(".md").removesuffix(".xml").split("--")[0] for p in topic_pages}
    assert stems <= set(new.topics)
    others = {p for p in report.written if not p.startswith(("briefings/", "topics/"))}
    allowed_prefixes = ("archive/", "tables/", "data/tables/briefing-00200-")
    assert all(p in INDEXES or p.startswith(allowed_prefixes) for p in others), others
    assert report.removed == ()


def test_each_listing_changes_a_few_pages_wherever_the_new_article_is_dated(runs):
    """Pages cut where an item's hash says (render/paginate.py): the new article lands on one
    page of each listing, the first page counting it too, whatever its date."""
    _, after, report = runs
    new = next(a for a in after.briefings if a.slug == "briefing-00200")
    assert new.meta.date and new.meta.date < max(a.meta.date for a in after.briefings if a.meta.date)  # dated back
    for prefix in ("archive/", "tables/index"):
        assert len([p for p in report.written if p.startswith(prefix)]) <= 4, prefix
    for topic in new.topics:
        assert len([p for p in report.written if p.startswith(f"topics/{topic}")]) <= 5, topic
