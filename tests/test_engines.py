"""No lock-in to one engine: the generated Markdown builds with ProperDocs (the maintained
fork of MkDocs 1.6) as with MkDocs, and shows the same text. Zensical is tried where it is
installed (its UI package is not on every package index)."""
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from build_tools.check import shown_html_text
from tests.conftest import FIXTURES, SEEDS, make_project, run_briefing
from tests.html_dom import article_of

pytestmark = pytest.mark.site


def _pages(site: Path) -> dict[str, str]:
    """Each briefing page's article text, as a reader sees it."""
    return {p.name: " ".join(shown_html_text(p.read_text()).split()) for p in sorted((site / "briefings").glob("*.html"))}


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    project = make_project(tmp_path_factory.mktemp("engines"), SEEDS + [FIXTURES / "hostile.txt"])
    result = run_briefing(project, "build")
    assert result.returncode == 0, result.stderr
    return project


def test_properdocs_builds_the_same_site(generated):
    engine = Path(sys.executable).with_name("properdocs")
    if not engine.exists():
        pytest.fail("properdocs is missing: make test installs it (requirements/test.txt)")
    built = subprocess.run([str(engine), "build", "--strict", "-f", "mkdocs.yml", "-d", "site-properdocs"],
                           cwd=generated, capture_output=True, text=True, check=False)
    assert built.returncode == 0, built.stderr
    mkdocs, properdocs = generated / "site", generated / "site-properdocs"
    files = lambda site: sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))  # noqa: E731
    assert files(properdocs) == files(mkdocs)
    a, b = _pages(mkdocs), _pages(properdocs)
    differing = [name for name in a if a[name] != b.get(name)]
    assert differing == [], f"pages whose text differs between MkDocs and ProperDocs: {differing}"
    assert article_of(properdocs / "briefings" / f"{SEEDS[0].stem}.html").find("h1") is not None


def test_zensical_builds_the_site_where_installed(generated):
    engine = shutil.which("zensical") or str(Path(sys.executable).with_name("zensical"))
    if not Path(engine).exists():
        pytest.skip("zensical is not installed: its zensical-ui dependency is not on this machine's package index")
    built = subprocess.run([engine, "build", "-f", "mkdocs.yml"], cwd=generated, capture_output=True, text=True,
                           check=False)
    assert built.returncode == 0, built.stderr
