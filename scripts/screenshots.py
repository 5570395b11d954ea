"""The README's screenshots of the real portal, made again by a command (make screenshots):
the sample articles (tests/fixtures/seeds) built into a temporary site, served on localhost,
photographed in headless Chromium (Debian's package)."""
from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "assets" / "screenshots"
SHOTS = (("home-light.png", "", "light"), ("briefing-dark.png", "briefings/{first}.html", "dark"))
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def main() -> int:
    from playwright.sync_api import sync_playwright
    seeds = sorted((ROOT / "tests" / "fixtures" / "seeds").glob("*.txt"))
    with tempfile.TemporaryDirectory() as work:
        project = Path(work)
        shutil.copytree(ROOT / "overrides", project / "overrides")
        shutil.copytree(ROOT / "docs" / "assets", project / "docs" / "assets")
        shutil.copy(ROOT / "docs" / "about.md", project / "docs" / "about.md")
        for name in ("mkdocs.yml", "topics.yml"):
            shutil.copy(ROOT / name, project / name)
        (project / "articles").mkdir()
        for seed in seeds:
            shutil.copy(seed, project / "articles" / seed.name)
        built = subprocess.run([sys.executable, "-m", "build_tools", "build"], cwd=project,
                               env=dict(os.environ, NO_MKDOCS_2_WARNING="1"), capture_output=True, text=True)
        if built.returncode:
            print(built.stderr, file=sys.stderr)
            return 1
        handler = functools.partial(_Quiet, directory=str(project / "site"))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=FLAGS)
                for name, path, scheme in SHOTS:
                    page = browser.new_page(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
                    page.goto(f"http://127.0.0.1:{server.server_port}/" + path.format(first=seeds[0].stem),
                              wait_until="networkidle")
                    page.screenshot(path=str(OUT / name))
                    page.close()
                    print(f"wrote {(OUT / name).relative_to(ROOT)}")
                browser.close()
        finally:
            server.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
