"""The scale benchmark: prints how the portal's cost grows with the number of briefings.

    python bench/run.py [N ...]        (default: 100 1000 10000)

For each N it writes (once, then reuses) a deterministic corpus under bench/work/N,
and measures: parse ms per article; `briefing generate` seconds (the median of three
runs, each printed) and peak memory on an empty docs/; `mkdocs build` alone seconds and
peak memory on the same docs and configuration; their ratio; files written; the nothing-lost
check on the built site; a clean `briefing build` (what `make site` runs) and its ratio to
MkDocs alone; median and largest briefing page HTML; search index size; the site by folder.
Then, for each N, the incremental case: generate again with nothing changed, then with one
article added, and the same addition end to end with `briefing build`: dated as the corpus
dates it, then dated after all others (as news is).
Figures are printed, never asserted: they depend on the machine.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.corpus import write_corpus  # noqa: E402
from bench.measure import run_measured  # noqa: E402
from build_tools.check_site import check_built_site  # noqa: E402
from build_tools.cli import search_engine  # noqa: E402
from build_tools.pipeline import parse  # noqa: E402
from build_tools.read import article_paths, read_site_settings, read_source  # noqa: E402
from build_tools.write import GENERATED  # noqa: E402

WORK = ROOT / "bench" / "work"
PYTHON = sys.executable
ENV = dict(os.environ, NO_MKDOCS_2_WARNING="1")


def project(n: int) -> Path:
    """bench/work/N: the corpus plus a copy of the site sources."""
    folder = WORK / str(n)
    stamp = folder / "corpus.version"  # the generator that wrote the corpus: a new one writes it again
    version = hashlib.blake2b((ROOT / "bench" / "corpus.py").read_bytes(), digest_size=8).hexdigest()
    if not stamp.is_file() or stamp.read_text() != version:
        move_aside(folder)
        write_corpus(folder / "articles", n, seed=1)
        stamp.write_text(version)
    for name in ("mkdocs.yml", "mkdocs.pagefind.yml", "topics.yml"):
        shutil.copy(ROOT / name, folder / name)
    shutil.rmtree(folder / "overrides", ignore_errors=True)
    shutil.copytree(ROOT / "overrides", folder / "overrides")
    from_nothing(folder)
    return folder


# Earlier outputs are moved here, not deleted, until every figure is taken. This machine's
# disk is ext4 without a journal, which, to allocate an inode, passes over each one freed in
# the last minutes (perf: the time goes to recently_deleted() under __ext4_new_inode). A
# generate from nothing right after deleting the last one's 5,779 files took 5.1-5.3 s
# at N = 1,000 (2.0 s of it in the kernel) against 3.9-4.1 s (0.4 s) into a fresh folder,
# as a first build on a clean clone does. MkDocs gets the same fresh folder for its site.
TRASH = WORK / "trash"


def move_aside(path: Path) -> None:
    if path.exists():
        TRASH.mkdir(parents=True, exist_ok=True)
        os.rename(path, TRASH / f"{path.parent.name}-{path.name}-{time.time_ns()}")


def from_nothing(folder: Path) -> None:
    """The hand-written docs only, and no build cache: the next generate starts from nothing."""
    move_aside(folder / "docs")
    move_aside(folder / ".briefing-cache")
    shutil.copytree(ROOT / "docs", folder / "docs",
                    ignore=lambda d, names: [n for n in names if Path(d) == ROOT / "docs" and n in GENERATED])


GENERATE = [PYTHON, "-m", "build_tools", "generate"]
BUILD = [PYTHON, "-m", "build_tools", "build"]  # what `make site` runs


def timed(cmd: list[str], folder: Path) -> tuple[float, str]:
    """Wall time and stderr of a run nobody watches: sampling the memory of a busy 900 MB
    process tree every 50 ms takes CPU from its workers (measured at N = 10,000:
    generate 43.1 s unwatched, 47.0 s watched). Files the steps before left to write
    back (MkDocs' 900 MB site, say) are written first, so that run does not pay for them."""
    os.sync()
    start = time.perf_counter()
    done = subprocess.run(cmd, cwd=folder, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          text=True, check=False)
    if done.returncode not in (0, 1):  # 1: content diagnostics, still a full run
        raise RuntimeError(f"{cmd} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return time.perf_counter() - start, done.stderr


def parse_ms(folder: Path) -> float:
    sources = [read_source(p) for p in article_paths(folder / "articles")]
    start = time.perf_counter()
    for source in sources:
        parse(source)
    return (time.perf_counter() - start) * 1000 / len(sources)


def check_seconds(folder: Path) -> float:
    """The nothing-lost check `briefing build` runs on the built site after MkDocs."""
    here = Path.cwd()
    os.chdir(folder)  # pages name their articles relative to the project
    try:
        start = time.perf_counter()
        problems = check_built_site(Path("docs"), Path("site"), read_site_settings(Path("mkdocs.yml")))
        seconds = time.perf_counter() - start
    finally:
        os.chdir(here)
    if problems:
        raise SystemExit("\n".join(map(str, problems)))
    return seconds


def files_written(stderr: str) -> int:
    return int(re.search(r"(\d+) files written", stderr).group(1))


def kb(size: float) -> str:
    return f"{size / 1024:,.1f} KB" if size < 1024 * 1024 else f"{size / 1024 / 1024:,.1f} MB"


GENERATE_RUNS = 3  # from nothing, each into fresh folders; the median is the figure
RUNS: dict[int, list[float]] = {}  # N -> each generate from nothing, in seconds
SITE_SIZES: dict[int, dict[str, int]] = {}  # N -> top-level part of site/ -> bytes


def site_sizes(site: Path) -> dict[str, int]:
    """Bytes under each top-level folder of the built site (files at the top as "(top)"),
    with the whole site as "total" and the largest file as "largest file"."""
    sizes: dict[str, int] = {}
    largest = 0
    for path in site.rglob("*"):
        if path.is_file():
            size = path.stat().st_size
            part = path.relative_to(site).parts
            key = part[0] if len(part) > 1 else "(top)"
            sizes[key] = sizes.get(key, 0) + size
            largest = max(largest, size)
    return dict(sorted(sizes.items(), key=lambda kv: -kv[1])) | {"total": sum(sizes.values()), "largest file": largest}


def measure(n: int) -> dict:
    folder = project(n)
    row = {"N": n, "parse ms/article": f"{parse_ms(folder):.2f}"}
    RUNS[n] = []
    for run in range(GENERATE_RUNS):
        if run:
            from_nothing(folder)
        RUNS[n].append(timed(GENERATE, folder)[0])
    seconds = statistics.median(RUNS[n])
    from_nothing(folder)
    _, peak, stderr = run_measured(GENERATE, folder, ENV)  # the same run again, for its memory
    row.update({"generate s": f"{seconds:.1f}", "generate peak MB": f"{peak:.0f}",
                "files written": f"{files_written(stderr):,}"})
    # MkDocs alone on the same Markdown and configuration `briefing build` uses at this size
    # (one process on one core; the sampler runs beside it on the other).
    config = "mkdocs.pagefind.yml" if search_engine("auto", n) == "pagefind" else "mkdocs.yml"
    move_aside(folder / "site")
    build_s, build_peak, _ = run_measured([PYTHON, "-m", "mkdocs", "build", "-q", "--no-strict", "-f", config],
                                          folder, ENV)
    row.update({"mkdocs s": f"{build_s:.1f}", "mkdocs peak MB": f"{build_peak:.0f}",
                "generate / mkdocs": f"{seconds / build_s:.1%}"})
    row["check s"] = f"{check_seconds(folder):.1f}"
    # The clean `make site`: generate, the site step, the search index and the check, from nothing.
    from_nothing(folder)
    move_aside(folder / "site")
    site_s, _ = timed(BUILD, folder)
    row.update({"clean build s": f"{site_s:.1f}", "build / mkdocs": f"{site_s / build_s:.2f}"})
    sizes = [p.stat().st_size for p in (folder / "site" / "briefings").glob("*.html")]
    SITE_SIZES[n] = site_sizes(folder / "site")
    index = folder / "site" / "search" / "search_index.json"
    row.update({"median page": kb(statistics.median(sizes)), "largest page": kb(max(sizes)),
                "search index": kb(index.stat().st_size) if index.exists() else "Pagefind"})
    return row


ADD_RUNS = 3  # one timing on a shared machine says little: each run is printed


def incremental(n: int) -> str:
    """Generate again with nothing changed, then with one article added, ADD_RUNS times
    (removed again in between); the build cache the first generate left is used by all.
    End to end, the article twice: dated as the corpus dates it (within the archive), and
    dated the day after the newest briefing, as news is."""
    folder = WORK / str(n)
    same, _ = timed(GENERATE, folder)
    newest = max((line.split(":", 1)[1].strip() for sidecar in (folder / "articles").glob("*.yml")
                  for line in sidecar.read_text(encoding="utf-8").splitlines() if line.startswith("date:")),
                 default="2025-01-01")

    def add_one(dated_last: bool = False) -> None:
        write_corpus(folder / "articles", 1, seed=2, start=n)
        if dated_last:
            day = dt.date.fromisoformat(newest) + dt.timedelta(days=1)
            (folder / "articles" / f"briefing-{n:05d}.yml").write_text(f"date: {day.isoformat()}\n")

    def remove_it() -> None:
        for extra in (folder / "articles").glob(f"briefing-{n:05d}.*"):
            extra.unlink()

    def end_to_end(dated_last: bool) -> tuple[list[float], str]:
        ends, err = [], ""
        for _ in range(ADD_RUNS):  # generate, site, search index, check
            add_one(dated_last)
            seconds, err = timed(BUILD, folder)
            ends.append(seconds)
            remove_it()
            timed(BUILD, folder)
        rendered = re.search(r"site: (\d+) rendered", err)
        return ends, rendered.group(1) if rendered else "all"

    runs = []
    try:
        for _ in range(ADD_RUNS):
            add_one()
            seconds, stderr = timed(GENERATE, folder)
            runs.append(seconds)
            remove_it()
            timed(GENERATE, folder)  # back to the N articles
        add_one()  # the same addition, watched, for its memory
        _, peak, _ = run_measured(GENERATE, folder, ENV)
        remove_it()
        timed(BUILD, folder)  # the built site of the N articles
        within, within_pages = end_to_end(False)
        last, last_pages = end_to_end(True)
    finally:
        remove_it()

    def figure(ends: list[float], pages: str) -> str:
        return (f"{statistics.median(ends):.2f} s (runs: {', '.join(f'{s:.2f}' for s in ends)}), "
                f"{pages} pages rendered")
    return (f"N = {n:,}, nothing changed: generate {same:.2f} s. Add one article: generate "
            f"{statistics.median(runs):.2f} s (runs: {', '.join(f'{s:.2f}' for s in runs)}), "
            f"peak {peak:.0f} MB, {files_written(stderr):,} files rewritten; end to end (`briefing build`) "
            f"{figure(within, within_pages)} dated within the archive, {figure(last, last_pages)} dated "
            f"after all others")


def preview_seconds(n: int) -> str:
    """`briefing serve` on the built site: from saving an edit to one article to the end of
    the build that follows (the open page then reloads), ADD_RUNS times."""
    folder = WORK / str(n)
    article = sorted((folder / "articles").glob("*.txt"))[n // 2]
    original = article.read_bytes()
    log_path = folder / "serve.log"
    with open(log_path, "w+") as log:
        serve = subprocess.Popen([PYTHON, "-m", "build_tools", "serve", "--dev-addr", "127.0.0.1:8765"],
                                 cwd=folder, env=ENV, stdout=log, stderr=subprocess.STDOUT)
        runs = []
        try:
            def wait_for(text: str, count: int) -> float:
                while True:
                    log.seek(0)
                    if log.read().count(text) >= count:
                        return time.perf_counter()
                    if serve.poll() is not None:
                        raise RuntimeError(f"serve stopped:\n{log.read()[-2000:]}")
                    time.sleep(0.02)
            wait_for("the preview is at", 1)
            drafts = []
            for run in range(ADD_RUNS):
                saved = time.perf_counter()
                article.write_bytes(original + f"\nAn edit saved in preview run {run}.\n".encode())
                drafts.append(wait_for("briefing serve: draft shown in", run + 1) - saved)
                runs.append(wait_for("briefing serve: built in", run + 1) - saved)
        finally:
            serve.terminate()
            serve.wait()
            article.write_bytes(original)
    return (f"N = {n:,}, preview: save to draft page {statistics.median(drafts):.2f} s "
            f"(runs: {', '.join(f'{s:.2f}' for s in drafts)}), to rebuilt page {statistics.median(runs):.2f} s "
            f"(runs: {', '.join(f'{s:.2f}' for s in runs)})")


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [100, 1000, 10000]
    rows = []
    try:
        for n in sizes:
            print(f"measuring N = {n:,} ...", file=sys.stderr, flush=True)
            rows.append(measure(n))
        columns = list(rows[0])
        print("| " + " | ".join(columns) + " |")
        print("|" + "---|" * len(columns))
        for row in rows:
            print("| " + " | ".join(f"{row[c]:,}" if isinstance(row[c], int) else row[c] for c in columns) + " |")
        for n in sizes:
            print(f"\nsite/ at N = {n:,}: " + ", ".join(f"{part} {kb(size)}" for part, size in SITE_SIZES[n].items()))
        print("\nGenerate from nothing, each run: " + "; ".join(
            f"N = {n:,}: {', '.join(f'{s:.2f}' for s in RUNS[n])} s" for n in sizes))
        print()
        for n in sizes:
            print(incremental(n))
            print(preview_seconds(n))
        print(f"\n{os.cpu_count()} cores; Python {sys.version.split()[0]}")
    finally:
        shutil.rmtree(TRASH, ignore_errors=True)


if __name__ == "__main__":
    main()
