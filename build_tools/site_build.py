"""The site step: MkDocs renders into site/ only the files whose inputs changed since the last build.

Build machinery, not project logic. MkDocs runs with one extra plugin, added here and never in
mkdocs.yml, so docs/ still builds with plain MkDocs, ProperDocs or Zensical.

- The *site key* covers what every page is made with: the configuration files, overrides/, the
  site folder, this module and the versions of MkDocs, the theme and the Markdown extensions.
  A new site key (or no manifest, or a damaged one) means a clean build.
- Otherwise a file is made again exactly when its own key changed: the bytes of its source in
  docs/ (hashed; a stat key that predates the last build by more than a clock tick stands in),
  its output missing or not as the last build left it, or a page it links to gone.
- What MkDocs makes from all pages at once comes out as in a clean build: the pages not rendered
  bring their front matter (the sitemap), their anchors and anchor links (strict link checks)
  and their search entries, kept in the manifest and in the last search index.
- Outputs of files no longer in docs/ leave site/.

The manifest is sealed like the rest of the build cache (seal.py): a made-up one gives a clean
build, never a wrong one.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import logging
import marshal
import os
import posixpath
import re
import signal
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path
from typing import NamedTuple

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.utils import clean_directory
from mkdocs.utils.meta import YAML_RE, get_data

from build_tools.seal import BrokenSeal, cache_key, seal, unseal
from build_tools.state import unchanged

FORMAT = 2
MANIFEST = "site-manifest"
OUTCOME = "site-outcome"
SEARCH_INDEX = "search/search_index.json"
_TOOLS = ("mkdocs", "mkdocs-material", "mkdocs-material-extensions", "markdown", "pymdown-extensions",
          "pygments", "jinja2", "babel")
_LINK = re.compile(r"\]\(<?([^)\s#>]+\.md)[#)\s>]")


def _output_key(path: str, before: list | None) -> list | None:
    """(size, modification time, hash) of an output file; the hash is the last build's while
    the stat key is."""
    key = _stat(path)
    if key is None:
        return None
    return [*key, before[2] if before and before[:2] == key else _digest(path)]


def _same_output(path: str, before: list | None) -> bool:
    """The output is as the last build left it: the same stat key or, when a restored cache
    changed its times, the same bytes."""
    key = _stat(path)
    if before is None or key is None:
        return False
    return key == before[:2] or (key[0] == before[0] and _digest(path) == before[2])


def _digest(path: str) -> str:
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def _stat(path: str) -> list[int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns]


def _config_chain(path: Path) -> list[Path]:
    """The configuration file and those it inherits from (`INHERIT:`)."""
    chain = [path]
    while match := re.search(r"^INHERIT:\s*['\"]?([^'\"\s#]+)", chain[-1].read_text(encoding="utf-8"), re.M):
        parent = chain[-1].parent / match.group(1)
        if parent in chain:
            break
        chain.append(parent)
    return chain


def site_key(config_file: Path, overrides: Path | None) -> str:
    """What every page of the site is made with; a change here renders every page again."""
    h = hashlib.sha256(repr((FORMAT, sys.version)).encode())
    for name in _TOOLS:
        try:
            h.update(f"{name}={metadata.version(name)}\0".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{name}=-\0".encode())
    # Named relative to their folder: a project moved or restored elsewhere keeps its key.
    sources = [(p.name, p) for p in _config_chain(config_file)] + [("site_build.py", Path(__file__))]
    if overrides and overrides.is_dir():
        sources += sorted((p.relative_to(overrides).as_posix(), p) for p in overrides.rglob("*") if p.is_file())
    for name, path in sources:
        h.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


# The manifest is plain data (dicts, lists, strings, numbers) in marshal's format: several
# times quicker than JSON for the tens of megabytes it holds at 10,000 briefings, and read
# only once its seal shows that a build with this key wrote it.
def load_manifest(path: Path) -> dict | None:
    """The last build's manifest, if a build with this key wrote it."""
    try:
        data = marshal.loads(unseal(cache_key(), MANIFEST, path.read_bytes()))
    except (OSError, BrokenSeal, ValueError, EOFError, TypeError):
        return None
    return data if _well_formed(data) else None


_RECORD_TYPES: dict[str, type | tuple[type, ...]] = {"src": (list, type(None)), "sha": (str, type(None)), "dest": str, "url": str,
    "out": (list, type(None)), "front": str, "anchors": list, "to_anchors": dict, "links": list}


def _well_formed(data) -> bool:
    """A manifest as a build writes it: even one sealed with the key (a build of other code,
    say) must not lead this build astray, only to a clean build."""
    if not (isinstance(data, dict) and data.get("format") == FORMAT and isinstance(data.get("files"), dict)
            and isinstance(data.get("started_ns"), int) and isinstance(data.get("rendered"), list)
            and isinstance(data.get("removed", []), list)):
        return False
    return all(isinstance(uri, str) and isinstance(record, dict)
               and all(isinstance(record[k], kind) for k, kind in _RECORD_TYPES.items() if k in record)
               and all(k in record for k in ("src", "sha", "dest", "url"))
               and all(isinstance(x, str) for x in [*record.get("anchors", ()), *record.get("links", ())])
               for uri, record in data["files"].items())


def save_manifest(path: Path, manifest: dict) -> None:
    _save_sealed(path, MANIFEST, manifest)


def _save_sealed(path: Path, name: str, value: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_bytes(seal(cache_key(), name, marshal.dumps(value)))
    os.replace(temporary, path)


def _outcome_path(manifest_path: Path) -> Path:
    """What the last build did, apart from the manifest: a few kilobytes to read, where the
    manifest is tens of megabytes at 10,000 briefings (the check and the preview ask)."""
    return manifest_path.with_name(manifest_path.name + "-outcome")


class IncrementalSite(BasePlugin):
    """Marks each file modified or not by its key, and gives the pages left as they were
    what the whole-site outputs need from them."""

    def __init__(self, previous: dict | None, share: tuple[int, int] | None = None):
        super().__init__()
        self.previous = (previous or {}).get("files", {})
        self.previous_start = (previous or {}).get("started_ns", 0)
        self.dirty = previous is not None
        self.share = share  # (w, n): worker w of n renders every n-th page of a clean build
        self.records: dict[str, dict] = {}
        self.rendered: list[str] = []
        self.search_entries: dict[str, list] = {}

    def _source_digest(self, file, before: dict | None) -> tuple[list | None, str | None]:
        """The source's stat key and hash; the hash is taken from the last build when the stat
        key is the same and old enough to trust."""
        if file.abs_src_path is None:
            return None, None
        key = _stat(file.abs_src_path)
        if before and key and unchanged((tuple(key),), (tuple(before["src"] or (0, 0)),), self.previous_start):
            return key, before["sha"]
        return key, _digest(file.abs_src_path) if key else None

    @event_priority(-100)  # after every other plugin has added its files
    def on_files(self, files, *, config):
        present = {f.src_uri for f in files}
        pages = 0
        for file in files:
            if self.share:  # a worker: its share of the pages; worker 0 copies the other files
                worker, workers = self.share
                mine = pages % workers == worker if file.is_documentation_page() else worker == 0
                pages += file.is_documentation_page()
                file.is_modified = (lambda mine=mine: mine)
                if not mine:
                    continue
            before = self.previous.get(file.src_uri)
            src, sha = self._source_digest(file, before)
            record = {"src": src, "sha": sha, "dest": file.dest_uri, "url": file.url}
            self.records[file.src_uri] = record
            if not self.dirty or self.share:
                continue
            modified = (before is None or before["sha"] != sha or before["dest"] != file.dest_uri
                        or not _same_output(file.abs_dest_path, before.get("out"))
                        or not all(link in present for link in before.get("links", ())))
            if not modified and file.is_documentation_page():  # what the whole site needs of it
                record.update({k: before[k] for k in ("front", "meta", "anchors", "to_anchors", "links", "search")
                               if k in before})
            file.is_modified = (lambda modified=modified: modified)
        return files

    def on_env(self, env, *, config, files):
        """The pages not rendered this time, as far as the whole site sees them."""
        by_uri = files.src_uris
        for file in files.documentation_pages():
            record = self.records.get(file.src_uri, {})
            if file.page is None or "anchors" not in record:  # rendered this time
                continue
            file.page.meta = _meta_from_plain(record["meta"]) if "meta" in record else get_data(record["front"])[1]
            file.page.present_anchor_ids = set(record["anchors"])
            file.page.links_to_anchors = {by_uri[uri]: links for uri, links in record["to_anchors"].items()
                                          if uri in by_uri}
        return env

    def on_page_markdown(self, markdown, *, page, config, files):
        base = posixpath.dirname(page.file.src_uri)
        links = {posixpath.normpath(posixpath.join(base, target)) for target in _LINK.findall(markdown)}
        self.records[page.file.src_uri]["links"] = sorted(link for link in links if files.get_file_from_path(link))
        return markdown

    @event_priority(-100)  # after the search plugin has indexed the page
    def on_page_context(self, context, *, page, config, nav):
        record = self.records[page.file.src_uri]
        try:
            record["meta"] = _plain(page.meta)
        except _NotPlain:  # kept as written, and parsed again when the page is not rendered
            front = YAML_RE.match(page.file.content_string)
            record["front"] = front.group(0) if front else ""
        record["anchors"] = sorted(page.present_anchor_ids or ())
        record["to_anchors"] = {f.src_uri: links for f, links in (page.links_to_anchors or {}).items()}
        self.rendered.append(page.file.src_uri)
        index = _search_index(config)
        if index is not None:
            self.search_entries[page.file.src_uri] = index.entries[self._indexed:]
            self._indexed = len(index.entries)
        return context

    @event_priority(-100)  # the page as every other plugin left it
    def on_post_page(self, output, *, page, config):
        return slim(output)

    def on_pre_build(self, *, config):
        self._indexed = 0

    @event_priority(100)  # before the search plugin writes its index
    def on_post_build(self, *, config):
        index = _search_index(config)
        if index is None or not self.dirty or self.share:
            return
        earlier = _entries_by_page(Path(config.site_dir) / SEARCH_INDEX)
        merged = []
        for uri, record in self.records.items():
            if uri in self.search_entries:
                merged += self.search_entries[uri]
            elif "search" in record:  # rendered by a worker of this build
                merged += record["search"]
            elif "anchors" in record:
                merged += earlier.get(record["url"], [])
        index.entries = merged


def _search_index(config):
    """The search plugin's index being made, if the site has Material's search."""
    search = config.plugins.get("material/search") or config.plugins.get("search")
    return getattr(search, "search_index", None)


class _NotPlain(Exception):
    """Front matter holding something other than text, numbers, lists, mappings and dates."""


def _plain(value):
    """Front matter as plain data, dates tagged, so a page not rendered gets it back without YAML."""
    if isinstance(value, dict):
        if not all(isinstance(k, str) for k in value):
            raise _NotPlain
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return {"__date__": value.isoformat()}
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    raise _NotPlain


def _meta_from_plain(value):
    if isinstance(value, dict):
        if value.keys() == {"__date__"}:
            return dt.date.fromisoformat(value["__date__"])
        return {k: _meta_from_plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_meta_from_plain(v) for v in value]
    return value


def _entries_by_page(index: Path) -> dict[str, list]:
    """The last search index's entries, by the page (its URL) they belong to."""
    try:
        docs = json.loads(index.read_text(encoding="utf-8"))["docs"]
    except (OSError, ValueError, KeyError):
        return {}
    by_page: dict[str, list] = {}
    for entry in docs:
        page = entry["location"].split("#")[0]
        by_page.setdefault(page, []).append(entry)
    return by_page


class _DirtyNotice(logging.Filter):
    """MkDocs warns that a dirty build may be wrong; this one is not (see the module's doc),
    and under --strict the warning alone would fail it."""

    def filter(self, record):
        return not record.getMessage().startswith("A 'dirty' build is being performed")


_VERBATIM = re.compile(r"(<pre\b.*?</pre>|<textarea\b.*?</textarea>)", re.S | re.I)
_INDENT = re.compile(r"\n\s+")


def slim(html: str) -> str:
    """The page without the templates' indentation and blank lines: a tenth of a page's
    bytes, which the browser never shows (a newline still separates what it separated).
    Text inside <pre> and <textarea> keeps every space."""
    parts = _VERBATIM.split(html)
    parts[::2] = [_INDENT.sub("\n", part) for part in parts[::2]]
    return "".join(parts)


def _load(config_file: Path, site_dir: Path):
    return load_config(config_file=str(config_file), site_dir=str(site_dir), strict=True)


def _run(config, plugin: IncrementalSite) -> None:
    """MkDocs' build of the loaded configuration, with the plugin."""
    config.plugins["briefing-incremental-site"] = plugin
    logging.getLogger("mkdocs.commands.build").addFilter(_DirtyNotice())
    dirty = plugin.dirty or plugin.share is not None
    config.plugins.on_startup(command="build", dirty=dirty)
    try:
        build(config, dirty=dirty)
    finally:
        config.plugins.on_shutdown()


PARALLEL_FROM = 200  # pages: below this, starting more MkDocs processes costs more than it saves


def build_site(config_file: Path, site_dir: Path, manifest_path: Path | None,
               workers: int = 1) -> list[str] | None:
    """Build site/ from docs/; the source paths of the pages rendered, or None when all were.
    A clean build of many pages renders them in `workers` processes, then finishes as an
    incremental build that renders none."""
    started_ns = time.time_ns()
    if manifest_path:
        _outcome_path(manifest_path).unlink(missing_ok=True)  # told again only once this build is done
    config = _load(config_file, site_dir)
    overrides = Path(config.theme.custom_dir) if config.theme.custom_dir else None
    key = site_key(config_file, overrides)
    previous = load_manifest(manifest_path) if manifest_path else None
    index = site_dir / SEARCH_INDEX
    if previous and (previous.get("site_key") != key or
                     (previous.get("search") and (_stat(str(index)) and _digest(str(index))) != previous["search"])):
        previous = None
    clean = previous is None
    if clean and workers > 1 and _page_count(Path(config.docs_dir)) >= PARALLEL_FROM:
        previous = {"format": FORMAT, "started_ns": started_ns,
                    "files": _render_in_parallel(config_file, site_dir, workers)}
    incremental = IncrementalSite(previous)
    _run(config, incremental)
    removed = _remove_stale(site_dir, previous["files"], incremental.records) if previous and not clean else []
    if manifest_path:
        before = previous["files"] if previous else {}
        for uri, record in incremental.records.items():
            record.pop("search", None)
            record["out"] = _output_key(str(site_dir / record["dest"]), before.get(uri, {}).get("out"))
        save_manifest(manifest_path, {"format": FORMAT, "site_key": key, "started_ns": started_ns,
                                      "files": incremental.records,
                                      "search": _digest(str(index)) if index.exists() else None,
                                      "rendered": incremental.rendered, "removed": removed,
                                      "incremental": not clean})
        _save_sealed(_outcome_path(manifest_path), OUTCOME, {"format": FORMAT, "rendered": incremental.rendered,
                                                             "removed": removed, "incremental": not clean})
    return None if clean else incremental.rendered


def _page_count(docs: Path) -> int:
    return sum(name.endswith(".md") for _, _, names in os.walk(docs) for name in names)


def _render_in_parallel(config_file: Path, site_dir: Path, workers: int) -> dict[str, dict]:
    """A clean site/, each worker rendering its share of the pages into it; what they
    recorded of each page, for the pass that makes the whole-site files."""
    clean_directory(str(site_dir))
    with tempfile.TemporaryDirectory() as folder:
        outputs = [Path(folder) / f"{w}.json" for w in range(workers)]
        children = [subprocess.Popen([sys.executable, "-m", "build_tools.site_build", "--config", str(config_file),
                                      "--site", str(site_dir), "--share", f"{w}/{workers}", "--records", str(out)])
                    for w, out in enumerate(outputs)]
        try:
            failed = [child.wait() for child in children]
        finally:  # stopped (Ctrl-C, SIGTERM): so are the workers
            for child in children:
                if child.poll() is None:
                    child.terminate()
                    child.wait()
        if any(failed):
            raise Abort("Aborted: a site worker failed (see above)")
        records: dict[str, dict] = {}
        for out in outputs:
            records.update(json.loads(out.read_text(encoding="utf-8")))
    return records


def render_share(config_file: Path, site_dir: Path, share: tuple[int, int], records_path: Path) -> None:
    """One worker of a parallel clean build: its pages, and what it recorded of them."""
    worker = IncrementalSite(None, share)
    _run(_load(config_file, site_dir), worker)
    for uri, record in worker.records.items():
        record["out"] = _output_key(str(site_dir / record["dest"]), None)
        if uri in worker.search_entries:
            record["search"] = worker.search_entries[uri]
    records_path.write_text(json.dumps(worker.records), encoding="utf-8")


class LastBuild(NamedTuple):
    rendered: set[str] | None  # the pages (source paths under docs/) rendered; None: all (a clean build)
    changed: bool  # whether a page was rendered or removed: what an index of the pages (Pagefind's) follows


def last_build(manifest_path: Path | None) -> LastBuild:
    """What the last site step did, from its outcome file (else its manifest; none: a clean
    build, or unknown)."""
    outcome = _load_outcome(_outcome_path(manifest_path)) if manifest_path else None
    if outcome is None and manifest_path:
        outcome = load_manifest(manifest_path)
    if not (outcome and outcome.get("incremental")):
        return LastBuild(None, True)
    return LastBuild(set(outcome["rendered"]), bool(outcome["rendered"] or outcome.get("removed")))


def _load_outcome(path: Path) -> dict | None:
    try:
        data = marshal.loads(unseal(cache_key(), OUTCOME, path.read_bytes()))
    except (OSError, BrokenSeal, ValueError, EOFError, TypeError):
        return None
    well_formed = (isinstance(data, dict) and data.get("format") == FORMAT and isinstance(data.get("incremental"), bool)
                   and all(isinstance(data.get(k), list) and all(isinstance(x, str) for x in data[k])
                           for k in ("rendered", "removed")))
    return data if well_formed else None


def _remove_stale(site_dir: Path, before: dict, now: dict) -> list[str]:
    """Outputs of files gone from docs/, and the folders they leave empty; their sources."""
    kept = {record["dest"] for record in now.values()}
    gone = []
    for uri, record in before.items():
        if record["dest"] not in kept:
            gone.append(uri)
            path = site_dir / record["dest"]
            path.unlink(missing_ok=True)
            for folder in path.parents:
                if folder == site_dir or any(folder.iterdir()):
                    break
                folder.rmdir()
    return gone


def _stop(signum, frame):
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    """`python -m build_tools.site_build`: run by `briefing build` as a child process."""
    parser = argparse.ArgumentParser(prog="python -m build_tools.site_build")
    parser.add_argument("--config", type=Path, default=Path("mkdocs.yml"))
    parser.add_argument("--site", type=Path, default=Path("site"))
    parser.add_argument("--manifest", type=Path, help="the last build's manifest; none: a clean build")
    parser.add_argument("--workers", type=int, default=int(os.environ.get("BRIEFING_WORKERS") or os.cpu_count() or 1),
                        help="processes for a clean build (default: BRIEFING_WORKERS, else every core)")
    parser.add_argument("--share", help=argparse.SUPPRESS)    # w/n: a worker of a parallel build
    parser.add_argument("--records", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)-7s -  %(message)s")
    signal.signal(signal.SIGTERM, _stop)
    try:
        if args.share:
            worker, workers = map(int, args.share.split("/"))
            render_share(args.config, args.site, (worker, workers), args.records)
            return 0
        rendered = build_site(args.config, args.site, args.manifest, args.workers)
    except Abort as error:
        print(error, file=sys.stderr)
        return 1
    print(f"site: {'all pages' if rendered is None else len(rendered)} rendered", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
