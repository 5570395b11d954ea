"""The `briefing` command: argument parsing, console output and exit codes."""
from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from build_tools.errors import SourceError
from build_tools.model import Diagnostic
from build_tools.pipeline import build_site, convert
from build_tools.read import article_paths, read_source
from build_tools.write import write_pages

EXIT_OK, EXIT_CONTENT_ERROR, EXIT_USAGE = 0, 1, 2


def read_all(folder: Path):
    sources, errors = [], []
    paths = article_paths(folder)
    if not paths:
        errors.append(Diagnostic(str(folder), 0, "error", "no articles (*.txt) found"))
    for path in paths:
        try:
            sources.append(read_source(path))
        except SourceError as error:
            errors.append(Diagnostic(error.path, error.line, "error", error.message))
    return sources, errors


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


def cmd_generate(args) -> int:
    sources, errors = read_all(Path(args.articles))
    result = build_site(sources, errors)
    report = write_pages(Path(args.docs), result.pages)
    status = _report(result.diagnostics, {"error", "warning"})
    print(f"{len(result.articles)} briefings; {len(report.written)} files written, "
          f"{report.unchanged} unchanged, {len(report.removed)} removed", file=sys.stderr)
    return status


def cmd_build(args) -> int:
    status = cmd_generate(args)
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--clean",
               "-f", args.config, "-d", args.site]
    built = subprocess.run(command, check=False).returncode
    return status or (EXIT_CONTENT_ERROR if built else EXIT_OK)


def cmd_check(args) -> int:
    sources, errors = read_all(Path(args.articles))
    result = build_site(sources, errors)
    status = _report(result.diagnostics, {"error", "warning", "repair"})
    counts = {level: sum(1 for d in result.diagnostics if d.level == level)
              for level in ("error", "warning", "repair")}
    print(f"{len(result.articles)} briefings checked: {counts['error']} errors, "
          f"{counts['warning']} warnings, {counts['repair']} repairs", file=sys.stderr)
    return status


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="briefing", description=__doc__)
    top.add_argument("--articles", default="articles", help="folder of raw articles (default: articles)")
    top.add_argument("--docs", default="docs", help="MkDocs docs_dir to write (default: docs)")
    top.add_argument("--config", default="mkdocs.yml", help="MkDocs configuration (default: mkdocs.yml)")
    top.add_argument("--site", default="site", help="folder for the built site (default: site)")
    commands = top.add_subparsers(dest="command", required=True)
    convert_cmd = commands.add_parser("convert", help="print one article's structured Markdown page")
    convert_cmd.add_argument("file")
    convert_cmd.add_argument("--explain", action="store_true",
                             help="say on stderr why each line became what it became")
    convert_cmd.set_defaults(run=cmd_convert)
    commands.add_parser("generate", help="write docs/ from articles/").set_defaults(run=cmd_generate)
    commands.add_parser("build", help="generate, then mkdocs build --strict into site/") \
        .set_defaults(run=cmd_build)
    commands.add_parser("check", help="print diagnostics as path:line: message") \
        .set_defaults(run=cmd_check)
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return args.run(args)
