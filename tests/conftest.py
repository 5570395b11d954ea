"""Shared fixtures: the seed articles, temporary projects and real site builds."""
from __future__ import annotations

import gzip
import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures"
SEEDS = sorted((FIXTURES / "seeds").glob("*.txt"))  # copies: articles/ is the editors', never read by tests
HAND_WRITTEN = ("about.md", "assets")  # committed pages under docs/


def make_project(folder: Path, articles: list[Path]) -> Path:
    """A copy of the project's site sources with the given articles."""
    (folder / "articles").mkdir(parents=True)
    for path in articles:
        shutil.copy(path, folder / "articles" / path.name)
        sidecar = path.with_suffix(".yml")
        if sidecar.exists():
            shutil.copy(sidecar, folder / "articles" / sidecar.name)
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    shutil.copy(ROOT / "mkdocs.pagefind.yml", folder / "mkdocs.pagefind.yml")
    shutil.copytree(ROOT / "overrides", folder / "overrides")
    for name in HAND_WRITTEN:
        src = ROOT / "docs" / name
        if src.is_dir():
            shutil.copytree(src, folder / "docs" / name)
        elif src.exists():
            (folder / "docs").mkdir(exist_ok=True)
            shutil.copy(src, folder / "docs" / name)
    for extra in ("topics.yml",):
        if (ROOT / extra).exists():
            shutil.copy(ROOT / extra, folder / extra)
    return folder


def run_briefing(project: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    return subprocess.run([sys.executable, "-m", "build_tools", *args], cwd=project, env=env,
                          capture_output=True, text=True, check=False)


def build(project: Path, *options: str) -> Path:
    """generate + mkdocs build --strict; fail with the whole output if it fails."""
    result = run_briefing(project, "build", *options)
    assert result.returncode == 0, result.stdout + result.stderr
    return project / "site"


def search_index(site: Path) -> dict[str, str]:
    """Page URL -> the text Pagefind holds for it, read back from the fragment files of every
    shard the search page merges (search_index.py)."""
    pages = {}
    for shard in json.loads((site / "pagefind" / "shards.json").read_text()):
        for fragment in (site / "pagefind" / shard["bundle"] / "fragment").iterdir():
            data = gzip.decompress(fragment.read_bytes())
            record = json.loads(data[data.index(b"{"):])
            if record["url"] != "/pagefind-anchor.html":  # what orders the shards, no page
                pages[record["url"].lstrip("/")] = record["content"]
    return pages


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Preview:
    """`briefing serve` on a project, on a free port, its output in a log file; stopped on exit."""

    def __init__(self, project: Path, log: Path):
        self.port = free_port()
        self.log = open(log, "w+")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "build_tools", "serve", "--dev-addr", f"127.0.0.1:{self.port}"],
            cwd=project, env=dict(os.environ, NO_MKDOCS_2_WARNING="1"), stdout=self.log, stderr=subprocess.STDOUT)

    def wait_for(self, text: str, seconds: float = 60) -> None:
        """Until the preview has said `text`."""
        deadline = time.time() + seconds
        while time.time() < deadline:
            self.log.seek(0)
            if text in self.log.read():
                return
            time.sleep(0.1)
        self.log.seek(0)
        raise AssertionError(f"no {text!r} in {self.log.read()}")

    def __enter__(self) -> "Preview":
        return self

    def __exit__(self, *exc) -> None:
        self.process.terminate()
        self.process.wait(timeout=20)
        self.log.close()


def page_file(site: Path, path: str) -> Path:
    """The HTML file of a page such as "briefings/x" or "" (home); the site uses .html URLs."""
    return site / (f"{path}.html" if path else "index.html")


@pytest.fixture(scope="session")
def seed_site(tmp_path_factory) -> Path:
    """The seeds plus a hostile article and one outside the taxonomy, built once for the session."""
    extra = [FIXTURES / "hostile.txt", FIXTURES / "outside_taxonomy.txt"]
    project = make_project(tmp_path_factory.mktemp("seed-site"), SEEDS + extra)
    return build(project)
