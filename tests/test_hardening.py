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


def test_the_word_check_never_counts_the_pages_own_boxes():
    from build_tools.check import shown_html_text, shown_text
    html = ('<div class="briefing-header"><nav class="topic-chips"><a>Ukraine</a></nav></div>'
            '<div class="admonition info related"><p>Russia <div>talks</div></p></div>'
            '<p class="also-covered">Also covered in: Kyiv</p><p>Text stays.</p>')
    assert shown_html_text(html).split() == ["Text", "stays."]
    markdown = ('!!! tip key-points "Key points"\n\n    - [Ukraine](#a)\n\nBody text.\n\n'
                '*Also covered in:* [Kyiv](x.md)\n{: .also-covered }\n\n'
                '!!! info related "Related briefings"\n\n    - [Russia](y.md)\n')
    assert shown_text(markdown).split() == ["Body", "text."]


ADMONITIONS = 'Oil Talks\n\nTalks resumed.\n\n!!! Ukraine ""\n\n??? note "Russia"\n\n~~~ fence\n'


def test_block_syntax_of_extensions_is_shown_literally_and_convert_agrees():
    from build_tools.pipeline import convert
    from tests.helpers import source
    _, page, found = convert(source(ADMONITIONS))
    assert "&#33;!! Ukraine" in page and "&#63;?? note" in page and "&#126;~~ fence" in page
    assert not [n for n in found if n.level == "error"]


@pytest.mark.site
def test_block_syntax_of_extensions_builds_literally(project):
    (project / "articles" / "adm.txt").write_text(ADMONITIONS)
    result = run_briefing(project, "build")
    assert result.returncode == 0, result.stderr
    html = (project / "site" / "briefings" / "adm.html").read_text()
    assert 'class="admonition ukraine' not in html and "<details" not in html
    from build_tools.check import shown_html_text
    shown = " ".join(shown_html_text(html).split())
    assert '!!! Ukraine ""' in shown and '??? note "Russia"' in shown and "~~~ fence" in shown


def test_a_very_long_file_name_with_a_table_builds(project):
    name = "x" * 240 + ".txt"
    (project / "articles" / name).write_text("Oil Talks\n\nTalks resumed.\n\nName | Value |\n---|---|\nOil | 5 |\n")
    result = run_briefing(project, "generate")
    assert result.returncode == 0, result.stderr
    assert max(len(p.name) for p in (project / "docs").rglob("*")) < 120


def test_the_feed_carries_a_summary_as_text_never_as_html(project):
    import xml.etree.ElementTree as ET
    (project / "articles" / "img.txt").write_text("Oil Talks\n\nTalks <img src=x onerror=alert(1)> resumed.\n")
    assert run_briefing(project, "generate").returncode == 0
    feed = ET.parse(project / "docs" / "feed.xml")
    text = next(i.findtext("description") for i in feed.iter("item") if "Oil Talks" in i.findtext("title"))
    assert text == "Talks &lt;img src=x onerror=alert(1)&gt; resumed."  # a reader shows it, never runs it


def test_csv_cells_that_spreadsheets_would_run_are_made_text(project):
    (project / "articles" / "f.txt").write_text(
        "Oil Talks\n\nTalks resumed.\n\nName | Value |\n---|---|\n"
        '=HYPERLINK("http://example.invalid/x","Details") | =1+1 |\n@SUM(A1) | -5 |\n')
    assert run_briefing(project, "generate").returncode == 0
    csv = (project / "docs" / "data" / "tables" / "f-table-1.csv").read_text().splitlines()
    assert csv[1:] == ['"\'=HYPERLINK(""http://example.invalid/x"",""Details"")",\'=1+1', "'@SUM(A1),-5"]
    import json
    data = json.loads((project / "docs" / "data" / "tables" / "f-table-1.json").read_text())
    assert data["rows"][0][1] == "=1+1"  # the JSON keeps the cell exactly


@pytest.mark.site
@pytest.mark.parametrize("name", ["o'neill-visit.txt", "a&b.txt", 'say "hi".txt', "x<y>.txt"])
def test_odd_file_names_build_and_pass_the_word_check(project, name):
    (project / "articles" / name).write_text("Oil Talks\n\nTalks resumed in Vienna.\n")
    result = run_briefing(project, "build")
    assert result.returncode == 0, result.stderr


@pytest.mark.site
def test_another_articles_folder_builds(project):
    (project / "articles").rename(project / "news")
    result = run_briefing(project, "--articles", "news", "build")
    assert result.returncode == 0, result.stderr


def test_a_sidecar_title_and_summary_keep_the_texts_own_lines(project):
    (project / "articles" / "t.txt").write_text(
        "Council approves new budget after late-night session\n\n"
        "Members met until midnight to settle the figures for the coming year.\n\nThe vote was close.\n")
    (project / "articles" / "t.yml").write_text("title: Budget agreed\nsummary: The budget passed.\n")
    result = run_briefing(project, "check")
    assert result.returncode == 0, result.stderr
    converted = run_briefing(project, "convert", "articles/t.txt")
    assert "# Budget agreed" in converted.stdout
    assert "Council approves new budget after late-night session" in converted.stdout.split("---", 2)[2]
    assert converted.returncode == 0, converted.stderr


def test_repeated_headings_get_unique_anchors_in_order():
    from build_tools.pipeline import parse
    from tests.helpers import source
    text = "Lede line of the article.\n" + "Repeated Heading\nBody text under it.\n" * 3000
    article, _ = parse(source(text))
    anchors = [s.anchor for s in article.sections]
    assert anchors[:3] == ["repeated-heading", "repeated-heading-2", "repeated-heading-3"]
    assert len(set(anchors)) == 3000
