"""The incremental site step: after every kind of change, site/ is byte for byte what a clean
build of the same inputs makes (sitemap and search index included), while rendering only
the pages whose Markdown changed."""
from __future__ import annotations

import filecmp
import gzip
import json
import shutil
from pathlib import Path

import pytest

from build_tools.site_build import load_manifest
from tests.conftest import FIXTURES, ROOT, SEEDS, build, make_project, run_briefing, search_index

INPUTS = ("articles", "mkdocs.yml", "mkdocs.pagefind.yml", "overrides", "topics.yml")


def clean_build_of(project: Path, folder: Path, search: str = "material") -> Path:
    """The same inputs built from nothing, without a cache."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for name in INPUTS:
        source = project / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, folder / name)
    (folder / "docs").mkdir()
    for name in ("about.md", "assets"):
        source = ROOT / "docs" / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, folder / "docs" / name)
    result = run_briefing(folder, "--cache", "", "build", "--search", search)
    assert result.returncode == 0, result.stderr
    return folder / "site"


def differences(left: Path, right: Path) -> list[str]:
    """Files present on one side only, or with other bytes."""
    found = []

    def walk(cmp: filecmp.dircmp, prefix: str) -> None:
        found.extend(prefix + name for name in cmp.left_only + cmp.right_only + cmp.funny_files)
        _, mismatch, errors = filecmp.cmpfiles(cmp.left, cmp.right, cmp.common_files, shallow=False)
        found.extend(prefix + name for name in mismatch + errors)
        for name, sub in cmp.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(left, right), "")
    return sorted(found)


def rendered(project: Path) -> list[str] | None:
    manifest = load_manifest(project / ".briefing-cache" / "site-manifest")
    return manifest["rendered"] if manifest["incremental"] else None


def _add(project: Path) -> None:
    shutil.copy(SEEDS[3], project / "articles" / SEEDS[3].name)


def _edit(project: Path) -> None:
    path = project / "articles" / SEEDS[0].name
    path.write_text(path.read_text(encoding="utf-8") + "\nOne more paragraph, added by an editor.\n",
                    encoding="utf-8")


def _retitle(project: Path) -> None:
    path = project / "articles" / SEEDS[1].with_suffix(".yml").name
    path.write_text(path.read_text(encoding="utf-8") + 'title: "A title the editor chose"\n', encoding="utf-8")


def _remove(project: Path) -> None:
    (project / "articles" / SEEDS[2].name).unlink()


def _taxonomy(project: Path) -> None:
    """A topic the articles name becomes one the taxonomy knows, with a description."""
    path = project / "topics.yml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "  - name: India\n    kind: country\n",
        "  - name: India\n    kind: country\n    description: A country the briefings mention.\n", 1),
        encoding="utf-8")


def _template(project: Path) -> None:
    path = project / "overrides" / "main.html"
    path.write_text(path.read_text(encoding="utf-8") + "\n{# a template edit #}\n", encoding="utf-8")


STEPS = [("add", _add), ("edit", _edit), ("retitle", _retitle), ("remove", _remove),
         ("taxonomy", _taxonomy), ("template", _template)]


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    folder = make_project(tmp_path_factory.mktemp("incremental"), SEEDS[:3] + [FIXTURES / "hostile.txt"])
    for seed, date in zip(SEEDS[:2], ("2025-03-14", "2025-04-02")):  # dates reach the sitemap and listings
        (folder / "articles" / seed.with_suffix(".yml").name).write_text(f"date: {date}\n", encoding="utf-8")
    build(folder, "--search", "material")
    return folder


def test_a_build_with_nothing_changed_renders_nothing(project):
    build(project, "--search", "material")
    assert rendered(project) == []


@pytest.mark.parametrize("name,change", STEPS, ids=[name for name, _ in STEPS])
def test_each_change_gives_the_clean_build_site(project, tmp_path, name, change):
    change(project)
    site = build(project, "--search", "material")
    clean = clean_build_of(project, tmp_path / "clean")
    assert differences(site, clean) == []
    pages = rendered(project)
    if name == "template":
        assert pages is None  # the site key changed: every page again
    else:
        total = len(json.loads((clean / "search" / "search_index.json").read_text())["docs"])
        assert pages is not None and 0 < len(pages) < total


def test_a_restored_cache_plus_one_article_gives_the_clean_build_site(project, tmp_path):
    """As in CI: docs/, site/ and the cache come back from the shared store with new file
    times; the next build is still incremental, and still exact."""
    restored = tmp_path / "restored"
    shutil.copytree(project, restored, symlinks=True)
    for path in (restored / "site").rglob("*"):
        path.touch()
    shutil.copy(FIXTURES / "outside_taxonomy.txt", restored / "articles")
    site = build(restored, "--search", "material")
    assert differences(site, clean_build_of(restored, tmp_path / "clean")) == []
    assert rendered(restored) is not None


def test_a_made_up_manifest_gives_a_clean_build(project, tmp_path):
    forged = tmp_path / "forged"
    shutil.copytree(project, forged, symlinks=True)
    manifest = forged / ".briefing-cache" / "site-manifest"
    manifest.write_bytes(b"\0" * 32 + json.dumps({"format": 1, "files": {}}).encode())
    (forged / "site" / "index.html").write_text("left by someone else", encoding="utf-8")
    site = build(forged, "--search", "material")
    assert differences(site, clean_build_of(forged, tmp_path / "clean")) == []
    assert rendered(forged) is None


def test_a_clean_build_over_two_workers_gives_the_one_process_site(project, tmp_path, monkeypatch):
    """Above PARALLEL_FROM pages, a clean build renders its pages in worker processes, then
    makes the whole-site files in one pass: the same bytes as one process makes."""
    from build_tools import site_build
    one = clean_build_of(project, tmp_path / "one")
    two = tmp_path / "two"
    shutil.copytree(one.parent, two, symlinks=True, ignore=shutil.ignore_patterns("site"))
    monkeypatch.setattr(site_build, "PARALLEL_FROM", 1)
    stamp = int.from_bytes((one / "sitemap.xml.gz").read_bytes()[4:8], "little")  # as `briefing build` sets it
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(stamp))
    monkeypatch.chdir(two)
    assert site_build.build_site(Path("mkdocs.yml"), Path("site"), Path(".briefing-cache/m.json"), workers=2) is None
    assert differences(two / "site", one) == []
    assert site_build.build_site(Path("mkdocs.yml"), Path("site"), Path(".briefing-cache/m.json"), workers=2) == []


@pytest.mark.parametrize("files", [5, {"index.md": 5}, {"index.md": {"dest": 3}}, {"index.md": {
    "src": None, "sha": None, "dest": "index.html", "url": "index.html", "anchors": [1]}}])
def test_a_manifest_sealed_with_the_key_but_not_as_a_build_writes_it_gives_a_clean_build(project, tmp_path, files):
    import marshal

    from build_tools.seal import cache_key, seal
    forged = tmp_path / "forged"
    shutil.copytree(project, forged, symlinks=True)
    manifest = forged / ".briefing-cache" / "site-manifest"
    manifest.write_bytes(seal(cache_key(), "site-manifest", marshal.dumps(
        {"format": 2, "site_key": "x", "started_ns": 0, "rendered": [], "incremental": True, "files": files})))
    build(forged, "--search", "material")
    assert rendered(forged) is None


def test_pagefind_indexes_again_only_the_shards_whose_pages_changed(tmp_path, monkeypatch):
    """search_index.py: a shard is made again when what Pagefind reads of its pages changed;
    the index then holds what a clean build's does."""
    monkeypatch.setenv("BRIEFING_SHARD_PAGES", "1")
    project = make_project(tmp_path / "pf", SEEDS)
    site = build(project, "--search", "pagefind")

    def made() -> dict[str, int]:
        shards = json.loads((site / "pagefind" / "shards.json").read_text())
        return {s["bundle"]: (site / "pagefind" / s["bundle"] / "pagefind-entry.json").stat().st_mtime_ns
                for s in shards}

    def holding(page: str) -> set[str]:
        return {name for name in made() if any(page in _unzipped(f)
                                              for f in (site / "pagefind" / name / "fragment").iterdir())}

    first = made()
    build(project, "--search", "pagefind")
    assert made() == first  # nothing changed: the index stands
    _edit(project)
    site = build(project, "--search", "pagefind")
    remade = {name for name, stamp in made().items() if first.get(name) != stamp}
    edited = holding(f"briefings/{SEEDS[0].stem}.html")
    assert edited and edited <= remade and remade - edited <= {"pages"}
    assert len(remade) < len(first)
    _remove(project)
    site = build(project, "--search", "pagefind")
    clean = clean_build_of(project, tmp_path / "clean", "pagefind")
    assert search_index(site) == search_index(clean)
    # Pagefind's own files differ between two runs on the same pages (the order inside its
    # filter files): everything else is byte for byte a clean build's.
    assert [f for f in differences(site, clean) if not f.startswith("pagefind/")] == []


def _unzipped(fragment: Path) -> str:
    return gzip.decompress(fragment.read_bytes()).decode("utf-8", "replace")


def test_a_preview_draft_shows_the_edit_at_once_and_the_next_build_replaces_it(tmp_path):
    """The live preview's draft (draft.py) writes the saved article's page into site/ before
    the build; the build that follows still gives the clean build's site."""
    from build_tools.draft import DraftRenderer
    project = make_project(tmp_path / "draft", SEEDS[:2])
    build(project, "--search", "material")
    renderer = DraftRenderer(project / "mkdocs.yml", project / "site")
    article = project / "articles" / SEEDS[0].name
    article.write_text(article.read_text(encoding="utf-8") + "\nA sentence saved a moment ago.\n", encoding="utf-8")
    page = renderer.render(article)
    html = (project / "site" / page).read_text(encoding="utf-8")
    assert "A sentence saved a moment ago." in html and 'class="topic-chips"' not in html  # a draft
    new = project / "articles" / "brand-new.txt"
    new.write_text("Brand New Talks in Vienna\n\nDiplomats met in Vienna on Monday.\n", encoding="utf-8")
    assert "Brand New Talks" in (project / "site" / renderer.render(new)).read_text(encoding="utf-8")
    assert renderer.render(project / "articles" / "missing.txt") is None
    build(project, "--search", "material")
    final = (project / "site" / page).read_text(encoding="utf-8")
    assert "A sentence saved a moment ago." in final and 'class="topic-chips"' in final
    assert differences(project / "site", clean_build_of(project, tmp_path / "clean")) == []


def test_pages_lose_the_templates_indentation_but_never_a_space_inside_pre():
    from build_tools.site_build import slim
    page = "<div>\n    <p>A <b>bold</b>\n      word</p>\n\n  <pre>  keep\n    this</pre>\n  <textarea>\n  too</textarea>\n</div>"
    assert slim(page) == "<div>\n<p>A <b>bold</b>\nword</p>\n<pre>  keep\n    this</pre>\n<textarea>\n  too</textarea>\n</div>"


def test_the_built_pages_are_slimmed(project):
    page = next((project / "site" / "briefings").glob("*.html")).read_text(encoding="utf-8")
    assert "\n  <" not in page.split("<pre", 1)[0]


def test_the_last_builds_outcome_is_read_when_sealed_and_else_from_the_manifest(project):
    from build_tools.site_build import last_build
    manifest = project / ".briefing-cache" / "site-manifest"
    outcome = manifest.with_name("site-manifest-outcome")
    told = last_build(manifest)
    assert outcome.is_file()
    outcome.write_bytes(b"a made-up outcome")
    assert last_build(manifest) == told
    outcome.unlink()
    assert last_build(manifest) == told
