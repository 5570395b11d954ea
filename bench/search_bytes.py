"""Bytes a browser fetches to answer its first search, Material's index against Pagefind's.

    python bench/search_bytes.py SITE_DIR WORD      (a site built with either search)

Serves the site on 127.0.0.1, opens it in headless Chromium (Debian's
/usr/bin/chromium) and sums the bytes of every search-related response until the
first result is ready: for Material, typing WORD into its search box (it fetches
its whole index first); for Pagefind, merging its shards and asking its JavaScript
API for WORD, newest first, and loading the first result, as its search page does.
"""
from __future__ import annotations

import functools
import http.server
import sys
import threading
from pathlib import Path

from playwright.sync_api import sync_playwright

FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def search_bytes(site: Path, word: str) -> tuple[str, int, int]:
    """(engine, bytes fetched for search, number of results shown)."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}/"
    pagefind = (site / "pagefind").is_dir()
    fetched = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=FLAGS)
        page = browser.new_page()
        page.on("response", lambda r: fetched.append((r.url, r)))
        if pagefind:
            page.goto(base, wait_until="networkidle")
            fetched.clear()
            results = page.evaluate("""async (word) => {
                const root = new URL('pagefind/', document.baseURI).href;
                const pagefind = await import(root + 'pagefind.js');
                const listed = await fetch(root + 'shards.json');  // none: one index (an older build)
                const shards = listed.ok ? await listed.json() : [];
                await Promise.all(shards.map((s) => pagefind.mergeIndex(root + s.bundle + '/', {indexWeight: s.weight})));
                const search = await pagefind.search(word, {sort: {date: 'desc'}});
                if (search.results.length) await search.results[0].data();
                return search.results.length;
            }""", word)
        else:
            page.goto(base, wait_until="networkidle")  # Material fetches its index on load
            page.locator(".md-search__input").click()
            page.locator(".md-search__input").press_sequentially(word, delay=30)
            page.locator(".md-search-result__item").first.wait_for(timeout=300000)
            results = page.locator(".md-search-result__item").count()
        page.wait_for_load_state("networkidle")
        total = 0
        for url, response in fetched:
            if ("/pagefind/" in url) if pagefind else ("/search/" in url or "search" in url.rsplit("/", 1)[-1]):
                try:
                    total += len(response.body())
                except Exception:  # a response without a body (redirect, cache)
                    pass
        browser.close()
    server.shutdown()
    return ("pagefind" if pagefind else "material"), total, results


if __name__ == "__main__":
    engine, total, results = search_bytes(Path(sys.argv[1]), sys.argv[2])
    print(f"{engine}: {total:,} bytes fetched for the first search of {sys.argv[2]!r} ({results} results)")
