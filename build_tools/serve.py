"""Live preview: after each save, the same incremental build as `briefing build`, served from
site/ on a local address. The open page reloads when the build that follows a save is done;
a build with errors shows them in the page (and here) and the preview keeps running.

The reload is a long poll: each served HTML page carries a small script that asks
`/__preview?since=N` and is answered when build N+1 is done (or after a while, to ask again).
"""
from __future__ import annotations

import functools
import http.server
import json
import os
import signal
import sys
import threading
import time
import traceback
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

POLL_SECONDS = 0.3   # how often the watched files are looked at
WAIT_SECONDS = 25    # how long a page's question waits before it is answered "no change"

RELOAD_SCRIPT = """<script>
(function () {
  var seen = null;
  function banner(id, tag, role, css, text) {
    var box = document.getElementById(id);
    if (!text) { if (box) box.remove(); return; }
    if (!box) {
      box = document.createElement(tag);
      box.id = id;
      box.setAttribute("role", role);
      box.style.cssText = "position:fixed;z-index:1000;left:0;right:0;font-size:14px;" + css;
      document.body.appendChild(box);
    }
    box.textContent = text;
  }
  function show(state) {
    banner("briefing-preview-draft", "div", "status", "top:0;padding:.4em 1em;background:#fef3c7;color:#422006",
      state.draft ? "Draft: the article as it converts on its own. Its topics, related briefings " +
        "and search follow when the build is done; the page then reloads." : "");
    banner("briefing-preview-errors", "pre", "alert", "bottom:0;margin:0;max-height:40vh;overflow:auto;" +
      "padding:1em;background:#7f1d1d;color:#fff;white-space:pre-wrap",
      state.errors.length ? "The last build found errors; the pages show what it could build.\\n\\n" +
        state.errors.join("\\n") : "");
  }
  function ask() {
    fetch("/__preview?since=" + (seen === null ? -1 : seen), {cache: "no-store"})
      .then(function (r) { return r.json(); })
      .then(function (state) {
        if (seen !== null && state.build !== seen) { location.reload(); return; }
        seen = state.build; show(state); ask();
      })
      .catch(function () { setTimeout(ask, 2000); });
  }
  ask();
})();
</script>"""


class BuildState:
    """The number of the last finished build and its errors, which pages wait on."""

    def __init__(self) -> None:
        self.build = 0
        self.errors: list[str] = []
        self.draft = False  # the pages shown include a draft the next build replaces
        self._changed = threading.Condition()

    def finished(self, errors: list[str], draft: bool = False) -> None:
        with self._changed:
            self.build += 1
            self.errors = errors
            self.draft = draft
            self._changed.notify_all()

    def wait(self, since: int, timeout: float = WAIT_SECONDS) -> dict:
        with self._changed:
            self._changed.wait_for(lambda: self.build != since, timeout=timeout)
            return {"build": self.build, "errors": self.errors, "draft": self.draft}


class PreviewHandler(http.server.SimpleHTTPRequestHandler):
    """site/ as it is, HTML pages with the reload script, and the build state."""

    state: BuildState

    def do_GET(self):
        url = urlsplit(self.path)
        if url.path == "/__preview":
            since = parse_qs(url.query).get("since", ["-1"])[0]
            body = json.dumps(self.state.wait(int(since) if since.lstrip("-").isdigit() else -1)).encode()
            return self._send(body, "application/json")
        path = Path(self.translate_path(url.path))
        if path.is_dir():
            path = path / "index.html"
        if path.suffix == ".html" and path.is_file():
            page = path.read_bytes()
            at = page.rfind(b"</body>")
            at = len(page) if at < 0 else at
            return self._send(page[:at] + RELOAD_SCRIPT.encode() + page[at:], "text/html; charset=utf-8")
        return super().do_GET()

    def _send(self, body: bytes, kind: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass  # a request log would bury the build's messages


def _snapshot(paths: list[Path]) -> dict[str, tuple[int, int]]:
    """Every entry of the watched folders and files, by (mtime, size); links and files that
    vanish while being looked at included, never followed."""
    found = {}
    for path in paths:
        try:
            names = [path / name for name in os.listdir(path)] if path.is_dir() else [path]
        except OSError:
            names = []
        for name in names:
            try:
                st = os.lstat(name)
            except OSError:
                continue
            found[str(name)] = (st.st_mtime_ns, st.st_size)
    return found


def _run(build) -> list[str]:
    """A build whatever happens: an error is shown and the preview keeps running."""
    try:
        return build()
    except Exception as error:  # noqa: BLE001 - the preview must outlive any one build
        traceback.print_exc()  # a bug, shown as one
        message = f"briefing serve: the build failed ({type(error).__name__}: {error}); fix the file and save again"
        print(message, file=sys.stderr)
        return [message]


def _draft(drafts, saved: list[Path]) -> list[str]:
    """The saved articles' draft pages, written; none when the draft fails (the build follows)."""
    try:
        return [page for path in saved if (page := drafts.render(path))]
    except Exception as error:  # noqa: BLE001 - a draft is a convenience, never fatal
        print(f"briefing serve: no draft ({type(error).__name__}: {error})", file=sys.stderr)
        return []


def _article_changes(before: dict[str, tuple[int, int]], now: dict[str, tuple[int, int]],
                    articles: Path) -> list[Path] | None:
    """The articles saved since the last look, when nothing else changed (an article's text
    or its sidecar); None when anything else did: a removal, the taxonomy, the configuration."""
    changed = {name for name in before.keys() | now.keys() if before.get(name) != now.get(name)}
    if not changed or any(name not in now or Path(name).parent != articles for name in changed):
        return None
    stems = sorted({Path(name).with_suffix(".txt") for name in changed})
    found = [path for path in stems if os.path.isfile(path)]
    return found if len(found) == len(stems) else None


def _drafts(make_drafts):
    """The warm MkDocs for drafts, or None when it cannot start (drafts are a convenience:
    the build after each save still shows every page)."""
    try:
        return make_drafts()
    except Exception as error:  # noqa: BLE001 - the preview works without drafts
        print(f"briefing serve: no drafts ({type(error).__name__}: {error})", file=sys.stderr)
        return None


def _interrupt(signum, frame):
    raise KeyboardInterrupt


def _stop(indexer) -> None:
    """Stop a search index half made: the shards it finished stay, and the next build makes
    the rest (search_index.py)."""
    if indexer is not None and indexer.poll() is None:
        indexer.terminate()
        indexer.wait()


def serve(args, build, start_index_search, make_drafts=lambda: None) -> int:
    """Build, serve site/, and build again on every change to the articles, the taxonomy,
    the configuration or the templates, until stopped. When only articles were saved, their
    draft pages are shown first (draft.py). The search index is made in the background after
    each build; a save while it is being made stops it."""
    host, _, port = args.dev_addr.rpartition(":")
    state = BuildState()
    handler = type("Handler", (PreviewHandler,), {"state": state})
    try:
        server = http.server.ThreadingHTTPServer((host or "127.0.0.1", int(port)),
                                                 functools.partial(handler, directory=str(Path(args.site).resolve())))
    except OSError as error:
        print(f"briefing serve: cannot listen on {args.dev_addr} ({error.strerror}); is it already in use? "
              "(--dev-addr to move it)", file=sys.stderr)
        return 1
    server.daemon_threads = True
    watched = [Path(args.articles), Path(args.topics), Path(args.config), Path("overrides")]
    seen = _snapshot(watched)
    state.finished(_run(build))
    drafts = _drafts(make_drafts)
    indexer = start_index_search()
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(f"briefing serve: the preview is at http://{args.dev_addr}/ (Ctrl-C to stop)", file=sys.stderr)
    # Stopped by SIGTERM (a process manager, `timeout`) as well as Ctrl-C.
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        while True:
            time.sleep(POLL_SECONDS)
            now = _snapshot(watched)
            if now != seen:
                saved = _article_changes(seen, now, Path(args.articles))
                seen = now
                started = time.perf_counter()
                # The index being made is of the pages before this save: stopped at once, so the
                # draft has the machine.
                _stop(indexer)
                if saved and drafts and _draft(drafts, saved):
                    state.finished(state.errors, draft=True)
                    print(f"briefing serve: draft shown in {time.perf_counter() - started:.1f} s", file=sys.stderr)
                print("briefing serve: a change: building", file=sys.stderr)
                state.finished(_run(build))
                print(f"briefing serve: built in {time.perf_counter() - started:.1f} s", file=sys.stderr)
                if not saved:  # the configuration or the templates may have changed: a new warm MkDocs
                    drafts = _drafts(make_drafts)
                indexer = start_index_search()  # after the page has its reload: search may lag a save
    except KeyboardInterrupt:
        pass
    finally:
        _stop(indexer)
        server.shutdown()
    return 0
