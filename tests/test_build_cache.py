"""The build cache: a build that reuses the last one's work makes byte-identical pages to
a build from nothing, through additions, edits, deletions and a damaged cache."""
import argparse
import filecmp
import os
import sqlite3
import time
from pathlib import Path

import pytest

from bench.corpus import write_corpus
from build_tools.cli import read_all
from build_tools.pipeline import build_site
from build_tools.state import Cache
from build_tools.write import PageWriter
from tests.conftest import make_project

OLD = ("Talks on the border resumed in Vienna on Monday.\n"
       "Monitoring After the Talks\n"
       "Observers said Quellmark had not yet met the JMM team, and the deal waits on both.\n"
       "The CMB has yet to report.\n")
NEW = ("A new monitoring plan was agreed in Geneva on Friday.\n"
       "Who Leads the Mission\n"
       "Ambassador Zofia Quellmark will lead the Joint Monitoring Mission (JMM), officials said.\n")


def age(path: Path, seconds: float = 3600) -> None:
    """Give a file an old modification time, as files edited before the last build have."""
    past = time.time() - seconds
    os.utime(path, (past, past))


def build(project: Path, docs: Path, cache: Path | None):
    args = argparse.Namespace(articles=str(project / "articles"), topics=str(project / "topics.yml"),
                              config=str(project / "mkdocs.yml"))
    writer = PageWriter(docs)
    result = build_site(*read_all(args), writer=writer, cache=Cache(cache) if cache else None)
    return result, writer.finish()


def same_trees(a: Path, b: Path) -> list[str]:
    """Files that differ or exist on one side only."""
    files = {p.relative_to(a).as_posix() for p in a.rglob("*") if p.is_file()}
    files |= {p.relative_to(b).as_posix() for p in b.rglob("*") if p.is_file()}
    return sorted(f for f in files if not ((a / f).is_file() and (b / f).is_file()
                                          and filecmp.cmp(a / f, b / f, shallow=False)))


@pytest.fixture()
def corpus(tmp_path):
    project = make_project(tmp_path / "project", [])
    write_corpus(project / "articles", 40, seed=5)
    (project / "articles" / "border-talks.txt").write_text(OLD)
    for path in (project / "articles").iterdir():
        age(path)
    return project


def check_step(project: Path, step: str):
    """A cached build, then a build from nothing: their pages must be the same bytes."""
    cached, report = build(project, project / "docs-cached", project / "cache")
    _, _ = build(project, project / f"docs-{step}", None)
    assert same_trees(project / "docs-cached", project / f"docs-{step}") == [], step
    return cached, report


def test_cached_builds_equal_builds_from_nothing(corpus):
    articles = corpus / "articles"
    _, first = check_step(corpus, "first")
    assert len(first.written) > 100
    _, again = check_step(corpus, "again")
    assert again.written == () and again.removed == ()

    (articles / "mission.txt").write_text(NEW)  # a new person and a new acronym, both used before
    age(articles / "mission.txt")
    _, added = check_step(corpus, "added")
    old_page = (corpus / "docs-cached" / "briefings" / "border-talks.md").read_text()
    assert "briefings/border-talks.md" in added.written
    assert "[Quellmark](../topics/zofia-quellmark.md)" in old_page
    assert '<abbr title="Joint Monitoring Mission">JMM</abbr>' in old_page
    assert len([p for p in added.written if p.startswith("briefings/")]) < 20

    (articles / "board.txt").write_text(  # a new acronym only: no new topic
        "The truce holds.\nThe Board\nA ceasefire monitoring board (CMB) will meet weekly.\n")
    age(articles / "board.txt")
    _, defined = check_step(corpus, "defined")
    assert "briefings/border-talks.md" in defined.written
    assert '<abbr title="ceasefire monitoring board">CMB</abbr>' in (corpus / "docs-cached" / "briefings" / "border-talks.md").read_text()

    (articles / "mission.txt").write_text(NEW.replace("Joint Monitoring Mission (JMM)", "mission"))
    age(articles / "mission.txt")
    check_step(corpus, "edited")
    assert '<abbr title="Joint Monitoring Mission">' not in (corpus / "docs-cached" / "briefings" / "border-talks.md").read_text()

    (articles / "mission.txt").unlink()
    _, removed = check_step(corpus, "deleted")
    assert "briefings/mission.md" in removed.removed

    sidecar = next(articles.glob("*.yml"))
    sidecar.write_text(sidecar.read_text() + "title: A Retitled Briefing\n")
    age(sidecar)
    check_step(corpus, "retitled")

    (corpus / "cache" / "state.pickle").write_bytes(b"not a pickle")
    check_step(corpus, "damaged cache")

    with sqlite3.connect(corpus / "cache" / "blobs.sqlite") as db:  # as if stopped before the state
        db.execute("UPDATE meta SET value = value + 1 WHERE key = 'generation'")
    check_step(corpus, "records ahead of the state")

    with sqlite3.connect(corpus / "cache" / "blobs.sqlite") as db:  # blobs lost: found out mid-build
        db.execute("DELETE FROM blobs WHERE key LIKE 'refs/%' OR key LIKE 'article/%'")
    (articles / "late.txt").write_text(NEW.replace("Geneva", "Oslo"))
    age(articles / "late.txt")
    check_step(corpus, "blobs lost")

    (corpus / "cache" / "blobs.sqlite").unlink()
    check_step(corpus, "blob store gone")


def test_a_file_changed_just_before_a_build_is_read_again(corpus):
    article = corpus / "articles" / "border-talks.txt"
    article.write_text(OLD)  # modified now: within the clock-tick margin of the next build
    build(corpus, corpus / "docs", corpus / "cache")
    stat = article.stat()
    article.write_text(OLD.replace("Vienna", "Geneva"))  # same size; same time stamp below
    os.utime(article, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    build(corpus, corpus / "docs", corpus / "cache")
    assert "Geneva" in (corpus / "docs" / "briefings" / "border-talks.md").read_text()


def test_an_edited_page_is_written_again(corpus):
    build(corpus, corpus / "docs", corpus / "cache")
    page = corpus / "docs" / "briefings" / "border-talks.md"
    good = page.read_text()
    page.write_text("edited by hand")
    _, report = build(corpus, corpus / "docs", corpus / "cache")
    assert report.written == ("briefings/border-talks.md",) and page.read_text() == good


def test_a_deleted_table_download_is_made_again_and_nothing_else(corpus):
    build(corpus, corpus / "docs", corpus / "cache")
    downloads = sorted((corpus / "docs" / "data" / "tables").glob("*.json"))
    gone = downloads[len(downloads) // 2]
    good = gone.read_text()
    gone.unlink()
    _, report = build(corpus, corpus / "docs", corpus / "cache")
    assert report.written == (f"data/tables/{gone.name}",) and gone.read_text() == good


def test_articles_in_the_working_folder_are_seen_changing(corpus, monkeypatch):
    monkeypatch.chdir(corpus / "articles")
    args = argparse.Namespace(articles=".", topics=str(corpus / "topics.yml"), config=str(corpus / "mkdocs.yml"))
    for text in (OLD, OLD.replace("Vienna", "Geneva")):
        (corpus / "articles" / "border-talks.txt").write_text(text)
        age(corpus / "articles" / "border-talks.txt")
        build_site(*read_all(args), writer=PageWriter(corpus / "docs"), cache=Cache(corpus / "cache"))
    assert "Geneva" in (corpus / "docs" / "briefings" / "border-talks.md").read_text()
