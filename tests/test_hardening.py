"""Hostile and odd input never runs code, leaks a file or takes the site down: each case as
the red-team pass reproduced it, through the `briefing` command."""
import errno
import fcntl
import gzip
import json
import os
import signal
import socket
import subprocess
import sys
import time
import xml.etree.ElementTree as ET

import pytest

from tests.conftest import SEEDS, Preview, make_project, run_briefing


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
    assert 'title: "Budget agreed"' in converted.stdout
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


def test_a_file_mixing_utf8_and_windows_1252_is_read_line_by_line_with_a_warning(tmp_path):
    from build_tools.read import read_source
    path = tmp_path / "mixed.txt"
    path.write_bytes("Café talks\n\n".encode() + b"They said \x93yes\x94 today.\n")
    source = read_source(path)
    assert source.lines[:3] == ("Café talks", "", "They said “yes” today.")
    assert [str(d) for d in source.problems] == [
        f"{path}:3: warning: not UTF-8 like the rest of the file: read as Windows-1252; "
        "save the file as UTF-8 to be sure of every character"]


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be"])
def test_utf16_with_its_bom_is_read(tmp_path, codec):
    from build_tools.read import read_source
    path = tmp_path / "u.txt"
    data = "Talks in Kyiv\n\nThey met.\n".encode(codec)
    path.write_bytes(data if codec == "utf-16" else b"\xfe\xff" + data)
    assert read_source(path).lines[:3] == ("Talks in Kyiv", "", "They met.")


def test_a_second_build_waits_for_the_first_and_says_so(project):
    lock = project / ".briefing-cache" / "build.lock"
    lock.parent.mkdir()
    with open(lock, "a+") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        import subprocess
        import sys
        import time
        second = subprocess.Popen([sys.executable, "-m", "build_tools", "generate"], cwd=project,
                                  stderr=subprocess.PIPE, text=True)
        time.sleep(2)
        assert second.poll() is None  # waiting
    _, err = second.communicate(timeout=60)
    assert second.returncode == 0
    assert "another build is running here" in err


def test_a_full_disk_is_a_message_not_a_traceback(project, monkeypatch, capsys):
    from build_tools import cli, write
    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device", "docs/briefings/x.md")
    monkeypatch.chdir(project)
    monkeypatch.setattr(write.os, "replace", full)
    assert cli.main(["generate"]) == 1
    assert "briefing: cannot go on: docs/briefings/x.md: No space left on device" in capsys.readouterr().err


def test_a_stopped_build_stops_its_child(tmp_path):
    marker = tmp_path / "child.pid"
    (tmp_path / "child.py").write_text(f"import os, time\nopen({str(marker)!r}, 'w').write(str(os.getpid()))\n"
                                       "time.sleep(60)\n")
    (tmp_path / "parent.py").write_text("import sys\nfrom build_tools.cli import run_child\n"
                                        f"run_child([sys.executable, {str(tmp_path / 'child.py')!r}])\n")
    from tests.conftest import ROOT
    parent = subprocess.Popen([sys.executable, str(tmp_path / "parent.py")], cwd=ROOT, stderr=subprocess.PIPE,
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
    for _ in range(100):
        if marker.exists() and marker.read_text():
            break
        time.sleep(0.1)
    child = int(marker.read_text())
    parent.send_signal(signal.SIGTERM)
    parent.wait(timeout=10)
    time.sleep(0.3)
    with pytest.raises(ProcessLookupError):
        os.kill(child, 0)


@pytest.mark.site
def test_the_sitemap_dates_come_from_the_briefings_never_the_clock(project):
    (project / "articles" / f"{SEEDS[0].stem}.yml").write_text("date: 2025-03-14\nupdated: 2025-04-02\n")
    result = run_briefing(project, "build")
    assert result.returncode == 0, result.stderr
    sitemap = (project / "site" / "sitemap.xml").read_text()
    assert sitemap.count("<lastmod>") == 1 and "<lastmod>2025-04-02</lastmod>" in sitemap
    with gzip.open(project / "site" / "sitemap.xml.gz") as packed:
        packed.read()
        assert packed.mtime == 1743552000  # 2025-04-02, the newest date the briefings carry


def test_serve_outlives_bad_files_and_deletions(project, tmp_path):
    with Preview(project, tmp_path / "serve.log") as serve:
        serve.wait_for("briefings; ")
        (project / "articles" / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
        (project / "articles" / SEEDS[0].name).unlink()
        serve.wait_for("dangling.txt:1: error: is a symbolic link")
        time.sleep(1.5)
        assert serve.process.poll() is None, "serve stopped"
        (project / "articles" / "late.txt").write_text("Late Talks\n\nThey met again.\n")
        for _ in range(100):
            if (project / "docs" / "briefings" / "late.md").exists():
                break
            time.sleep(0.1)
        assert (project / "docs" / "briefings" / "late.md").exists()


def test_a_sidecar_that_is_a_folder_or_an_unreadable_file_never_stops_the_build(project, monkeypatch):
    from build_tools import read
    from build_tools.pipeline import read_and_parse
    (project / "articles" / "dir.txt").write_text("Oil Talks\n\nTalks resumed.\n")
    (project / "articles" / "dir.yml").mkdir()
    article, notes = read_and_parse(project / "articles" / "dir.txt")
    assert article is not None and [n.message for n in notes if n.level == "error"] == ["is not a regular file"]
    real_open = read.os.open

    def refuse(path, *args, **kwargs):
        if str(path).endswith("locked.txt"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)
    monkeypatch.setattr(read.os, "open", refuse)
    (project / "articles" / "locked.txt").write_text("Secret\n")
    article, notes = read_and_parse(project / "articles" / "locked.txt")
    assert article is None and [n.message for n in notes] == ["cannot read: Permission denied"]


def test_a_fifo_beside_an_article_never_hangs_the_build(project):
    (project / "articles" / "fifo.txt").write_text("Oil Talks\n\nTalks resumed.\n")
    os.mkfifo(project / "articles" / "fifo.yml")
    done = subprocess.run([sys.executable, "-m", "build_tools", "convert", "articles/fifo.txt"], cwd=project,
                          capture_output=True, text=True, timeout=60)
    assert "articles/fifo.yml:1: error: is not a regular file" in done.stderr


def test_serve_fails_when_its_address_is_taken(project):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run([sys.executable, "-m", "build_tools", "serve", "--dev-addr", f"127.0.0.1:{port}"],
                              cwd=project, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert "already in use?" in done.stderr
