"""Hostile and odd input never runs code, leaks a file or takes the site down: each case as
the red-team pass reproduced it, through the `briefing` command."""
import os

import pytest

from tests.conftest import SEEDS, make_project, run_briefing


@pytest.fixture
def project(tmp_path):
    return make_project(tmp_path / "p", SEEDS[:1])


def test_a_symlink_is_never_read_and_the_rest_builds(project, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("Secret Heading\n\nThe password is hunter2-quartz.\n")
    articles = project / "articles"
    (articles / "passwd.txt").symlink_to(secret)
    (articles / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    (articles / "loop.txt").symlink_to(articles / "loop.txt")
    (articles / f"{SEEDS[0].stem}.yml").symlink_to(secret)  # a sidecar that is a link
    result = run_briefing(project, "generate")
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if ": error: " in line]
    link = "is a symbolic link; links are never followed: put the file itself in the folder"
    assert errors == [f"articles/dangling.txt:1: error: {link}",
                      f"articles/loop.txt:1: error: {link}",
                      f"articles/passwd.txt:1: error: {link}",
                      f"articles/{SEEDS[0].stem}.yml:1: error: {link}"]
    published = "".join(p.read_text() for p in (project / "docs").rglob("*") if p.is_file()
                        and p.suffix in (".md", ".json", ".xml", ".csv"))
    assert "hunter2" not in published


def test_what_a_build_does_not_read_is_named(project):
    articles = project / "articles"
    (articles / "REPORT.TXT").write_text("Upper-case names are articles too.\n")
    (articles / "orphan.yml").write_text("title: Nobody\n")
    (articles / "notes.yaml").write_text("title: Misnamed\n")
    (articles / "notes.txt").write_text("A note with a misnamed sidecar.\n")
    (articles / "drafts").mkdir()
    (articles / ".gitkeep").write_text("")
    result = run_briefing(project, "generate")
    lines = result.stderr.splitlines()
    assert "articles/notes.yaml:1: error: not read: a sidecar is named notes.yml" in lines
    assert "articles/orphan.yml:1: warning: sidecar without an article: no orphan.txt here, so it is not read" in lines
    assert ("articles/drafts:1: warning: not an article (folder): a build reads *.txt files "
            "and their .yml sidecars") in lines
    assert not any(".gitkeep" in line for line in lines)
    assert (project / "docs" / "briefings" / "report.md").exists()


def test_separator_rows_alone_are_text_not_a_crashing_table(project):
    (project / "articles" / "s.txt").write_text("T\n\nText.\n\n---|---|\n---|---|\n")
    result = run_briefing(project, "check")
    assert "Traceback" not in result.stderr
    assert result.returncode == 0, result.stderr
    assert "1 briefings checked" not in result.stderr and "2 briefings checked" in result.stderr


OIL = """Oil Talks

Talks resumed.

FAQ
What are the figures?
Name | Value |
---|---|
Oil | 5 |
When next?
Next week.
"""


@pytest.mark.site
def test_a_table_in_an_faq_answer_builds_with_its_downloads(project):
    (project / "articles" / "oil.txt").write_text(OIL)
    result = run_briefing(project, "build")
    assert result.returncode == 0, result.stdout + result.stderr
    page = (project / "docs" / "briefings" / "oil.md").read_text()
    assert "data/tables/oil-table-1.csv" in page
    assert (project / "docs" / "data" / "tables" / "oil-table-1.csv").read_text().splitlines()[1] == "Oil,5"
    assert "oil-table-1" in (project / "docs" / "tables" / "index.md").read_text()


@pytest.mark.site
def test_the_built_sites_word_check_counts_dropped_furniture_as_accounted_for(project):
    (project / "articles" / "ads.txt").write_text(
        "Council approves new budget after late-night session\n\nADVERTISEMENT\n"
        "The council approved the budget on Tuesday.\n\nShare this article\n\nThe vote was close.\n")
    result = run_briefing(project, "build")
    assert result.returncode == 0, result.stderr
    html = (project / "site" / "briefings" / "ads.html").read_text()
    assert "ADVERTISEMENT" not in html and "Share this article" not in html
