"""The briefing command: exit codes, whole diagnostics, incremental and deterministic output."""
import shutil
from pathlib import Path

import pytest

from build_tools import cli
from build_tools.check_site import check_built_site
from build_tools import pipeline
from tests.conftest import FIXTURES, SEEDS, make_project, run_briefing

SEED = SEEDS[0]


@pytest.fixture
def project(tmp_path):
    return make_project(tmp_path / "p", SEEDS)


def docs_snapshot(project):
    docs = project / "docs"
    return {p.relative_to(docs).as_posix(): p.read_bytes() for p in docs.rglob("*") if p.is_file()}


def test_convert_prints_page_and_explain_says_why(project):
    result = run_briefing(project, "convert", "--explain", f"articles/{SEED.name}")
    assert result.returncode == 0
    assert result.stdout.startswith("---\n") and "\n## US and Russia Initiate Dialogue" in result.stdout
    assert f"articles/{SEED.name}:2: info: heading: short line without final punctuation, " \
           "followed by body text (title case)" in result.stderr.splitlines()
    assert f"articles/{SEED.name}:4: info: bullet list of 3 items; ends at the first line " \
           "without a marker" in result.stderr.splitlines()


def test_generate_is_deterministic_and_incremental(project):
    first = run_briefing(project, "generate")
    assert first.returncode == 0, first.stderr
    before = docs_snapshot(project)
    again = run_briefing(project, "generate")
    assert " 0 files written, " in again.stderr and again.stderr.strip().endswith(" 0 removed")
    assert docs_snapshot(project) == before
    shutil.rmtree(project / "docs" / "briefings")
    run_briefing(project, "generate")
    assert docs_snapshot(project) == before  # byte-identical when regenerated from scratch


def test_generate_rewrites_only_changed_pages_and_removes_stale(project):
    run_briefing(project, "generate")
    (project / "articles" / SEEDS[1].name).unlink()
    (project / "articles" / "hostile.txt").write_bytes((FIXTURES / "hostile.txt").read_bytes())
    result = run_briefing(project, "generate")
    summary = result.stderr.strip().splitlines()[-1]
    assert summary.startswith("4 briefings; ") and summary.endswith(" removed")
    assert " 0 removed" not in summary
    assert not (project / "docs" / "briefings" / f"{SEEDS[1].stem}.md").exists()
    assert (project / "docs" / "briefings" / "hostile.md").exists()
    assert (project / "docs" / "about.md").exists()  # hand-written pages are never touched


def test_bad_article_names_file_and_line_and_others_still_build(project):
    (project / "articles" / "broken.txt").write_bytes(b"Title\n\n\xff\xfe\x81 bad bytes\n")
    (project / "articles" / "empty.txt").write_text("")
    (project / "articles" / "meta.txt").write_text("Some article text goes here.\n")
    (project / "articles" / "meta.yml").write_text("title: Fine\ndate: soon\n")
    result = run_briefing(project, "generate")
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if ": error: " in line]
    assert errors == [
        "articles/broken.txt:3: error: cannot decode byte 0xff: not UTF-8 or Windows-1252 text",
        "articles/empty.txt:1: error: article is empty",
        "articles/meta.yml:2: error: date 'soon' is not a calendar date like 2025-03-14; this field is not used",
    ]
    assert sorted(p.name for p in (project / "docs" / "briefings").iterdir()) == \
        sorted([f"{p.stem}.md" for p in SEEDS] + ["meta.md"])  # a bad sidecar field never drops the briefing
    assert 'title: "Fine"' in (project / "docs" / "briefings" / "meta.md").read_text()


def test_check_lists_repairs_with_file_and_line(project):
    result = run_briefing(project, "check")
    assert result.returncode == 0
    lines = result.stderr.splitlines()
    assert "articles/000_124c660cca887ed3.txt:1: repair: added space after sentence end: " \
           "'ict in Ukraine.Citing a commi'" in lines
    assert "articles/002_3b503897f517f221.txt:4: repair: joined spaced initials: 'U. S. officials h'" in lines
    assert lines[-1] == "4 briefings checked: 0 errors, 4 warnings, 23 repairs, 0 furniture lines dropped"
    assert ("mkdocs.yml:3: warning: site_url 'https://example.github.io/briefing-portal/' is a placeholder: set it "
            "to the address the site is published at (https://<user>.github.io/<repository>/)") in lines
    assert "articles/000_124c660cca887ed3.txt:1: warning: thin evidence: no headline found, so the title is " \
           "the lede's opening words; set 'title:' in the sidecar" in lines
    only_errors = run_briefing(project, "check", "--errors")
    assert only_errors.stderr.splitlines() == [lines[-1]]


@pytest.mark.parametrize("command", ["check", pytest.param("build", marks=pytest.mark.site)])
def test_lost_words_fail_naming_article_and_words(project, monkeypatch, capsys, command):
    """`check` reads our Markdown back; `build` reads each briefing's HTML MkDocs made."""
    real = pipeline.render_briefing
    monkeypatch.setattr(pipeline, "render_briefing",
                        lambda article, links: real(article, links).replace("not onyl ", "not "))
    monkeypatch.chdir(project)
    assert cli.main([command]) == 1
    message = f"articles/{SEED.name}:1: error: 1 words of the source are missing from its page: 'onyl'"
    assert message in capsys.readouterr().err.splitlines()


@pytest.mark.site
def test_built_site_check_reads_the_html_and_knows_stale_pages(project, monkeypatch):
    monkeypatch.chdir(project)
    assert cli.main(["build"]) == 0
    settings = {"use_directory_urls": False}
    assert check_built_site(Path("docs"), Path("site"), settings) == []
    html = project / "site" / "briefings" / f"{SEED.stem}.html"
    html.write_text(html.read_text().replace("not onyl ", "not ", 1))
    assert [str(d) for d in check_built_site(Path("docs"), Path("site"), settings)] == [
        f"articles/{SEED.name}:1: error: 1 words of the source are missing from its page: 'onyl'"]
    (project / "articles" / SEED.name).write_text("Talks resumed in Vienna.\n")
    assert [str(d) for d in check_built_site(Path("docs"), Path("site"), settings)] == [
        f"docs/briefings/{SEED.stem}.md:1: error: made from an older version of articles/{SEED.name}; "
        "run `briefing build` again"]


def test_convert_names_the_file_as_given(tmp_path, project):
    article = tmp_path / "elsewhere" / "note.txt"
    article.parent.mkdir()
    article.write_text("Talks resumed.Officials met again in Vienna on Monday.\n")
    result = run_briefing(project, "convert", "--explain", str(article))
    assert f"{article}:1: repair: added space after sentence end: 'Talks resumed.Officials met'" \
        in result.stderr.splitlines()


def test_every_command_is_documented_in_readme():
    from tests.conftest import ROOT
    readme = (ROOT / "README.md").read_text()
    commands = cli.parser()._subparsers._group_actions[0].choices
    for name in commands:
        assert f"briefing {name}" in readme, name


def test_two_files_with_one_page_name_is_an_error_not_a_silent_overwrite(project):
    (project / "articles" / "Talks.txt").write_text("Talks resumed in Vienna on Monday.\n")
    (project / "articles" / "talks.txt").write_text("Talks resumed in Geneva on Tuesday.\n")
    result = run_briefing(project, "generate")
    assert result.returncode == 1
    assert "articles/talks.txt:1: error: page name 'talks' is taken by articles/Talks.txt; rename one file" \
        in result.stderr.splitlines()


def test_no_articles_is_an_error(tmp_path):
    project = make_project(tmp_path / "empty", [])
    result = run_briefing(project, "generate")
    assert result.returncode == 1
    assert "articles:0: error: no articles (*.txt) found" in result.stderr.splitlines()


def test_every_generated_path_is_ignored_by_git():
    from build_tools.write import GENERATED
    from tests.conftest import ROOT
    ignored = (ROOT / ".gitignore").read_text().splitlines()
    for name in GENERATED:
        assert f"docs/{name}" in ignored or f"docs/{name}/" in ignored, name


def test_typed_markdown_is_noted_with_how_to_get_what_was_meant(project):
    (project / "articles" / "md.txt").write_text("Talks Resume\n\n## Background\nThey met **today**.\n")
    lines = run_briefing(project, "check").stderr.splitlines()
    assert ("articles/md.txt:3: warning: a '#' heading is Markdown, shown as typed: for a heading, write the line "
            "bare (no '#') over its text") in lines
    assert "articles/md.txt:4: warning: **bold** is Markdown, shown as typed: articles are plain text" in lines


def test_check_lists_each_dropped_furniture_line(project):
    (project / "articles" / "ads.txt").write_text(
        "Council approves new budget after late-night session\n\nADVERTISEMENT\n"
        "The council approved the budget on Tuesday.\n\nShare this article\n")
    result = run_briefing(project, "check")
    lines = result.stderr.splitlines()
    assert "articles/ads.txt:3: info: dropped advertisement: ADVERTISEMENT" in lines
    assert "articles/ads.txt:6: info: dropped share prompt: Share this article" in lines
    assert lines[-1].endswith("2 furniture lines dropped") and result.returncode == 0


def test_search_uses_pagefind_above_the_size_materials_index_suits():
    from build_tools.cli import PAGEFIND_ABOVE, search_engine
    assert search_engine("auto", PAGEFIND_ABOVE) == "material"
    assert search_engine("auto", PAGEFIND_ABOVE + 1) == "pagefind"
    assert search_engine("material", 10_000) == "material" and search_engine("pagefind", 3) == "pagefind"


def test_topics_lists_what_the_build_finds_and_suggests_discovered_ones_as_yaml(tmp_path):
    import yaml
    project = make_project(tmp_path / "t", SEEDS + [FIXTURES / "outside_taxonomy.txt"])
    listed = run_briefing(project, "topics")
    assert listed.returncode == 0, listed.stderr
    rows = dict((line.split("\t")[1], line.split("\t")) for line in listed.stdout.splitlines())
    assert rows["Ukraine"][0] == "country" and rows["Ukraine"][2] == "4 briefings"
    assert rows["Sudan"][3:] == ["discovered"]
    suggested = run_briefing(project, "topics", "--suggest")
    topics = yaml.safe_load("topics:\n" + "\n".join(l for l in suggested.stdout.splitlines() if not l.startswith("#")))
    assert {"name": "Sudan", "kind": "country"}.items() <= next(t for t in topics["topics"] if t["name"] == "Sudan").items()
    assert not (project / "docs" / "briefings").exists()  # it writes no page


def test_check_warns_where_the_heading_model_left_a_heading_in_doubt(project):
    """A page's one subhead over a short paragraph: kept as a heading, with a warning naming the
    line and the model's chance, so the editor knows where to look (a sidecar can settle it)."""
    fixture = Path(__file__).parent / "fixtures" / "review" / "twentyninth_10_lone-subhead-short-graf.txt"
    (project / "articles" / "subhead.txt").write_text(fixture.read_text(encoding="utf-8"), encoding="utf-8")
    lines = run_briefing(project, "check").stderr.splitlines()
    assert ("articles/subhead.txt:11: warning: thin evidence: heading, though its traits leave it in doubt "
            "(heading model: 0.43); a sidecar 'structure:' can say otherwise") in lines
