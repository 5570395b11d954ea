"""The `briefing` command: argument parsing, console output and exit codes."""
from __future__ import annotations

import argparse
import datetime as dt
import fcntl
import json
import os
import signal
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

from build_tools.errors import SourceError
from build_tools.model import Diagnostic, Topic
from build_tools.pipeline import DEFAULT_SETTINGS, build_site, convert
from build_tools.read import read_site_settings, read_source, scan_articles, shown
from build_tools.read_taxonomy import read_taxonomy
from build_tools.state import Cache
from build_tools.write import PageDiscarder, PageWriter

EXIT_OK, EXIT_CONTENT_ERROR, EXIT_USAGE = 0, 1, 2


def _interrupt(signum, frame):
    raise KeyboardInterrupt


@contextmanager
def build_lock(folder: Path):
    """One build at a time in a project: a second waits, and says why."""
    if folder.exists() and not folder.is_dir():
        folder.unlink()  # the cache folder is the build's own: a file in its place goes
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "build.lock", "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            print(f"briefing: another build is running here (it holds {folder / 'build.lock'}); "
                  "waiting for it to finish", file=sys.stderr)
            fcntl.flock(handle, fcntl.LOCK_EX)
        yield


def _diagnostic(error: SourceError) -> Diagnostic:
    return Diagnostic(error.path, error.line, "error", error.message)


def read_all(args) -> tuple[list[Path], list[Diagnostic], tuple[Topic, ...], dict]:
    """Article paths, taxonomy and site settings; content errors become diagnostics."""
    folder = Path(args.articles)
    errors: list[Diagnostic] = []
    taxonomy: tuple[Topic, ...] = ()
    settings: dict = dict(DEFAULT_SETTINGS)
    try:
        taxonomy = read_taxonomy(Path(args.topics))
    except SourceError as error:
        errors.append(_diagnostic(error))
    try:
        if Path(args.config).exists():
            settings = read_site_settings(Path(args.config))
            errors += placeholder_site_url(Path(args.config), settings["site_url"])
    except SourceError as error:
        errors.append(_diagnostic(error))
    paths, notes = scan_articles(folder)
    errors += notes
    if not paths:
        errors.append(Diagnostic(str(folder), 0, "error", "no articles (*.txt) found"))
    return paths, errors, taxonomy, settings


PLACEHOLDER_HOSTS = ("example.github.io", "example.com", "example.org", "example.net")


def placeholder_site_url(config: Path, site_url: str) -> list[Diagnostic]:
    """A warning while site_url is still the template's placeholder: canonical links, the
    feed, the sitemap and the 404 page would all point at it."""
    host = site_url.split("//", 1)[-1].split("/", 1)[0]
    if host not in PLACEHOLDER_HOSTS:
        return []
    text = config.read_text(encoding="utf-8").splitlines()
    line = next((n for n, t in enumerate(text, start=1) if t.startswith("site_url:")), 1)
    return [Diagnostic(str(config), line, "warning", f"site_url {site_url!r} is a placeholder: set it to the "
                       "address the site is published at (https://<user>.github.io/<repository>/)")]


def _report(diagnostics, levels) -> int:
    shown = [d for d in diagnostics if d.level in levels]
    for d in shown:
        print(d, file=sys.stderr)
    errors = sum(1 for d in diagnostics if d.level == "error")
    return EXIT_CONTENT_ERROR if errors else EXIT_OK


def cmd_convert(args) -> int:
    try:
        source = read_source(Path(args.file))
    except SourceError as error:
        print(f"{error.path}:{error.line}: error: {error.message}", file=sys.stderr)
        return EXIT_CONTENT_ERROR
    _, page, notes = convert(source)
    sys.stdout.write(page)
    levels = {"error", "warning", "repair", "info"} if args.explain else {"error"}
    return _report(notes, levels)


# Material's search index is one file with every word of every page, fetched whole before the
# first result: about 20 KB per briefing (PERFORMANCE.md), so some 10 MB at 500 briefings,
# already slow to fetch on a phone. Above that, Pagefind's index, fetched in small pieces.
PAGEFIND_ABOVE = 500


def search_engine(choice: str, briefings: int) -> str:
    """The search index a build makes: as asked, or by the archive's size for "auto"."""
    if choice != "auto":
        return choice
    return "pagefind" if briefings > PAGEFIND_ABOVE else "material"


def _generate(args):
    """docs/ from the articles, under the build lock; the result and the exit status."""
    writer = PageWriter(Path(args.docs))
    cache = Cache(Path(args.cache)) if args.cache else None
    with build_lock(Path(args.cache or ".briefing-cache")):
        inputs = read_all(args)
        args.search = search_engine(getattr(args, "search", "material"), len(inputs[0]))
        result = build_site(*inputs, writer=writer, cache=cache, search_page=args.search == "pagefind")
        report = writer.finish()
    status = _report(result.diagnostics, {"error", "warning"})
    print(f"{len(result.corpus.briefings)} briefings; {len(report.written)} files written, "
          f"{report.unchanged} unchanged, {len(report.removed)} removed", file=sys.stderr)
    return result, status


def cmd_generate(args) -> int:
    return _generate(args)[1]


def source_date_epoch(result) -> str:
    """SOURCE_DATE_EPOCH for MkDocs: the newest date the briefings carry, never the clock, so
    a rebuild on another day gives the same files."""
    dates = [d for shell in result.briefings for d in (shell.meta.date, shell.meta.updated) if d]
    newest = max(dates, default="1970-01-01")
    day = dt.date.fromisoformat(newest)
    return str(int(dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc).timestamp()))


def run_child(command: list[str], env: dict | None = None) -> int:
    """A child process that stops when this one is stopped (Ctrl-C or SIGTERM), so no
    `mkdocs` goes on writing site/ after its build was killed."""
    child = subprocess.Popen(command, env=env)
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        return child.wait()
    except KeyboardInterrupt:
        child.terminate()
        child.wait()
        raise
    finally:
        signal.signal(signal.SIGTERM, previous)


def cmd_build(args) -> int:
    result, status = _generate(args)
    site_status, _ = site_step(args, result)
    return max(status, site_status)


def site_step(args, result, search: bool = True) -> tuple[int, list[Diagnostic]]:
    """docs/ into site/: MkDocs (in a child process, rendering only the pages whose inputs
    changed: site_build.py), Pagefind's index if asked, then the nothing-lost check on the
    pages rendered. The exit status and the errors found."""
    config = str(site_config(args))
    manifest = _manifest(args)
    command = [sys.executable, "-m", "build_tools.site_build", "--config", config, "--site", args.site]
    command += ["--manifest", str(manifest)] if manifest else []
    env = dict(os.environ)
    env.setdefault("SOURCE_DATE_EPOCH", source_date_epoch(result))
    if run_child(command, env):
        return EXIT_CONTENT_ERROR, [Diagnostic(config, 1, "error", "MkDocs stopped the site build (see above)")]
    from build_tools.site_build import last_build
    done = last_build(manifest)
    indexer = start_index_search(args, done.changed) if search else None  # beside the check: both only read
    try:
        settings = read_site_settings(Path(args.config)) if Path(args.config).exists() else DEFAULT_SETTINGS
        from build_tools.check_site import check_built_site  # only here: markdown-it and the HTML parser
        lost = check_built_site(Path(args.docs), Path(args.site), settings, Path(args.articles), only=done.rendered)
        if indexer and indexer.wait():
            lost.append(Diagnostic(args.site, 1, "error", "Pagefind could not index the site"))
    finally:
        if indexer and indexer.poll() is None:  # stopped: so is Pagefind
            indexer.terminate()
            indexer.wait()
    return _report(lost, {"error"}), lost


def _manifest(args) -> Path | None:
    """What the last site step did and knew (site_build.py); none without a build cache."""
    return Path(args.cache) / "site-manifest" if args.cache else None


def start_index_search(args, changed: bool | None = None) -> subprocess.Popen | None:
    """Pagefind bringing the built site's index up to date (search_index.py: only the shards
    whose pages changed), started, when the build uses Pagefind and a page changed
    (`changed`, else as the last site step says). The preview lets it run while the editor
    reads."""
    if args.search != "pagefind":
        return None
    if changed is None:
        from build_tools.site_build import last_build
        changed = last_build(_manifest(args)).changed
    from build_tools.search_index import up_to_date
    if not changed and up_to_date(Path(args.site), Path(args.cache) if args.cache else None):
        return None
    return subprocess.Popen([sys.executable, "-m", "build_tools.search_index", "--site", args.site,
                             "--state", args.cache or ""])


def dropped_lines(result, articles: Path) -> list[Diagnostic]:
    """Each line of page furniture left out of a page, so nothing disappears unseen."""
    return [Diagnostic(str(shown(articles / shell.source_name)), f.line, "info", f"dropped {f.kind}: {f.text}")
            for shell in result.briefings for f in shell.furniture]


def cmd_check(args) -> int:
    result = build_site(*read_all(args), check=True)
    levels = {"error"} if args.errors else {"error", "warning"} if args.warnings else \
        {"error", "warning", "repair", "info"}
    diagnostics = sorted(result.diagnostics + tuple(dropped_lines(result, Path(args.articles))),
                         key=lambda d: (d.path, d.line))
    status = _report(diagnostics, levels)
    counts = {level: sum(1 for d in diagnostics if d.level == level)
              for level in ("error", "warning", "repair", "info")}
    print(f"{len(result.corpus.briefings)} briefings checked: {counts['error']} errors, "
          f"{counts['warning']} warnings, {counts['repair']} repairs, {counts['info']} furniture lines dropped",
          file=sys.stderr)
    return status


def cmd_topics(args) -> int:
    """The topics the build finds, from the same build as `generate` (its pages let go)."""
    paths, errors, taxonomy, settings = read_all(args)
    result = build_site(paths, errors, taxonomy, settings, writer=PageDiscarder())
    status = _report([d for d in result.diagnostics if d.level == "error"], {"error"})
    weights = result.corpus.related.weights  # topic -> {briefing: mentions}
    used = [t for t in result.topics if weights.get(t.slug)]
    if not args.suggest:
        for topic in used:
            print(f"{topic.kind}\t{topic.name}\t{len(weights[topic.slug])} briefings"
                  + ("\tdiscovered" if topic.discovered else ""))
        return status
    counts = {t.slug: sum(weights[t.slug].values()) for t in used}
    found = sorted((t for t in used if t.discovered), key=lambda t: (-counts[t.slug], t.name))
    print(f"# {len(found)} topics found in the articles but not in {args.topics}.")
    print("# Paste the ones you accept under 'topics:' and edit as you like.")
    for t in found:
        print(f"  - name: {json.dumps(t.name, ensure_ascii=False)}   # {counts[t.slug]} mentions")
        print(f"    kind: {t.kind}")
        aliases = [a for a in t.aliases if a != t.name]
        if aliases:
            print(f"    aliases: {json.dumps(aliases, ensure_ascii=False)}")
        if t.long_form:
            print(f"    long_form: {json.dumps(t.long_form, ensure_ascii=False)}")
    return status


def preview_build(args) -> list[str]:
    """One build for the live preview: as `briefing build`, with the search index made after
    the page is shown. The errors, as lines to show in the page."""
    result, _ = _generate(args)
    errors = [str(d) for d in result.diagnostics if d.level == "error"]
    status, lost = site_step(args, result, search=False)
    errors += [str(d) for d in lost]
    return errors


def cmd_serve(args) -> int:
    from build_tools.serve import serve
    return serve(args, lambda: preview_build(args), lambda: start_index_search(args), lambda: drafts(args))


def drafts(args):
    """The warm MkDocs that shows a saved article's page before the build (draft.py)."""
    from build_tools.draft import DraftRenderer
    return DraftRenderer(site_config(args), Path(args.site))


def site_config(args) -> Path:
    """The configuration the site is built with: the same site with Pagefind's index instead
    of Material's when the build uses Pagefind."""
    return Path(args.config).with_name("mkdocs.pagefind.yml") if args.search == "pagefind" else Path(args.config)


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="briefing", description=__doc__)
    top.add_argument("--articles", default="articles", help="folder of raw articles (default: articles)")
    top.add_argument("--docs", default="docs", help="MkDocs docs_dir to write (default: docs)")
    top.add_argument("--config", default="mkdocs.yml", help="MkDocs configuration (default: mkdocs.yml)")
    top.add_argument("--site", default="site", help="folder for the built site (default: site)")
    top.add_argument("--topics", default="topics.yml", help="topic taxonomy (default: topics.yml)")
    top.add_argument("--cache", default=".briefing-cache",
                     help="what the last build knew, so the next redoes only what changed "
                          "(default: .briefing-cache; '' for none)")
    commands = top.add_subparsers(dest="command", required=True)
    convert_cmd = commands.add_parser("convert", help="print one article's structured Markdown page")
    convert_cmd.add_argument("file")
    convert_cmd.add_argument("--explain", action="store_true",
                             help="say on stderr why each line became what it became")
    convert_cmd.set_defaults(run=cmd_convert)
    for name, run, help_text in (("generate", cmd_generate, "write docs/ from articles/"),
                                 ("build", cmd_build, "generate, then mkdocs build --strict into site/")):
        command = commands.add_parser(name, help=help_text)
        command.add_argument("--search", choices=("auto", "material", "pagefind"), default="auto",
                             help=f"search index: Material's own, or Pagefind for large archives; "
                                  f"auto (default): Pagefind above {PAGEFIND_ABOVE} briefings")
        command.set_defaults(run=run)
    check_cmd = commands.add_parser("check", help="print diagnostics as path:line: level: message, "
                                                  "and each furniture line left out")
    only = check_cmd.add_mutually_exclusive_group()
    only.add_argument("--errors", action="store_true", help="only errors")
    only.add_argument("--warnings", action="store_true", help="only errors and warnings")
    check_cmd.set_defaults(run=cmd_check)
    topics_cmd = commands.add_parser("topics", help="list the site's topics; --suggest: discovered ones "
                                                    "missing from the taxonomy, as YAML")
    topics_cmd.add_argument("--suggest", action="store_true")
    topics_cmd.set_defaults(run=cmd_topics)
    serve_cmd = commands.add_parser("serve", help="live preview: build again when articles change, "
                                                  "reload the browser")
    serve_cmd.add_argument("--dev-addr", default="127.0.0.1:8000")
    serve_cmd.add_argument("--search", choices=("auto", "material", "pagefind"), default="auto",
                           help="search index, as for build")
    serve_cmd.set_defaults(run=cmd_serve)
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.run(args)
    except OSError as error:  # the disk, not the content: full, read-only, gone
        where = f" {error.filename}" if error.filename else ""
        print(f"briefing: cannot go on:{where}: {error.strerror or error}", file=sys.stderr)
        return EXIT_CONTENT_ERROR
    except KeyboardInterrupt:
        print("briefing: stopped", file=sys.stderr)
        return 130
