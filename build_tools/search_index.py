"""Pagefind's search index, in shards that are made again only when their pages changed.

Pagefind has no incremental mode: one index of 10,000 pages takes some 40 s and 2.8 GB
(PERFORMANCE.md). So the pages are split into shards of at most SHARD_PAGES, each its own
Pagefind bundle under site/pagefind/<shard>/, and the search page merges them
(`mergeIndex`). A shard is indexed again only when the set of its pages, or what Pagefind
reads of one of them (its *fingerprint*), changed: adding a briefing re-indexes its own
shard (and the other pages' shard when it brings a new topic), not the whole site.

Layout, so that one more briefing moves few pages from shard to shard:
- topics' pages share a shard, the other pages that are no briefing (glossary, about) another;
- dated briefings: one run of shards per year (per quarter in a large archive), SHARD_PAGES at
  a time from the period's oldest;
- undated briefings: spread by a hash of their path over a power of two of shards.

Order: results are sorted newest first. A sorted result's score is its page's rank in its
own shard (0 = oldest); the merged list is sorted by score x the shard's weight. Each shard
is given a weight above the highest score of every older shard, and an *anchor* page that
sorts first (so no real page has rank 0, whose score no weight could lift).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import zlib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from build_tools.seal import BrokenSeal, cache_key, seal, unseal

SHARD_PAGES = 1000
RACY_NS = 2_000_000_000
FORMAT = 1
LISTING = "shards.json"  # what the search page merges, with weights
_STATE = "search-index"  # in the build cache: each page's fingerprint, each shard's pages

# What a page repeats of other pages (links to them, their titles and quotes) stays out of the
# index: a search finds those words on the pages they come from, and the index stays small. A
# topic's counts stay out too: they move with every briefing that names it, and would make its
# shard be indexed again each time for no word anyone searches.
REPEATS = (".also-covered", ".related", ".key-points", ".topic-month", ".topic-timeline", ".related-topics",
           ".topic-facts")
PAGEFIND = [sys.executable, "-m", "pagefind", "--quiet",
            *(arg for selector in REPEATS for arg in ("--exclude-selectors", selector))]

# The anchor's sort key sorts before every page's ("0000-00-00" is an undated briefing's).
_ANCHOR_KEY = "0000"
_ANCHOR_WORD = "searchanchor"
_ANCHOR = ('<!doctype html><html lang="{lang}"><head><title>{word}</title></head><body>'
           '<div data-pagefind-body data-pagefind-sort="date:{key}"><p>{word}</p></div></body></html>\n')

_BODY = re.compile(r"<div\b[^>]*\bdata-pagefind-body\b[^>]*>")
_SORT = re.compile(r'data-pagefind-sort="date:([^"]*)"')
_LANG = re.compile(r'<html\b[^>]*\blang="([^"]*)"')
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)\b([^>]*)>")
_CLASS = re.compile(r'\bclass="([^"]*)"')
_LEFT_OUT = frozenset(selector[1:] for selector in REPEATS)


@dataclass(frozen=True, slots=True)
class Page:
    """What Pagefind reads of one HTML page: its sort key (a date, "" when none) and a digest
    of its indexed part, repeated blocks left out."""
    sort: str
    fingerprint: str


def indexed_part(html: str) -> Page | None:
    """The page as search sees it, or None when Pagefind leaves it out (no data-pagefind-body:
    listings, the search page)."""
    start = _BODY.search(html)
    if not start:
        return None
    kept, depth, skip_tag, skip_depth, position = [], 1, None, 0, start.end()
    end = len(html)
    for tag in _TAG.finditer(html, start.end()):
        closing, name, attributes = tag.group(1), tag.group(2).lower(), tag.group(3)
        if skip_tag is None and not closing:
            classes = _CLASS.search(attributes)
            if classes and _LEFT_OUT.intersection(classes.group(1).split()):
                kept.append(html[position:tag.start()])
                skip_tag, skip_depth = name, 0
        if skip_tag == name and not attributes.endswith("/"):
            skip_depth += -1 if closing else 1
            if skip_depth == 0:
                skip_tag, position = None, tag.end()
        if name == "div":
            depth += -1 if closing else 1
            if depth == 0:
                end = tag.start()
                break
    if skip_tag is None:
        kept.append(html[position:end])
    else:  # a block left open: all of it counts, to be safe
        kept = [html[start.end():end]]
    sort = _SORT.search(html, start.start(), end)
    digest = hashlib.sha256(html[start.start():start.end()].encode())
    # Spacing aside, which search never reads: a block left out leaves its blank lines behind.
    digest.update(" ".join("".join(kept).split()).encode())
    return Page(sort.group(1) if sort else "", digest.hexdigest())


@dataclass(frozen=True, slots=True)
class Shard:
    name: str  # also its folder under site/pagefind/
    pages: tuple[str, ...]  # paths under site/, sorted
    order: int  # lower: older results


def layout(pages: dict[str, Page], size: int = SHARD_PAGES) -> list[Shard]:
    """The shards these pages fall into, oldest results first."""
    undated = sorted(path for path, page in pages.items() if page.sort.startswith("0000"))
    dated: list[tuple[str, str]] = []  # (sort key, path)
    others = []
    for path, page in pages.items():
        if page.sort[:1].isdigit() and not page.sort.startswith(("0000", "9999")):
            dated.append((page.sort, path))
        elif not page.sort.startswith("0000"):
            others.append(path)
    shards = []
    buckets = 1
    while len(undated) > buckets * size:
        buckets *= 2
    spread: dict[int, list[str]] = {}
    for path in undated:
        spread.setdefault(zlib.crc32(path.encode()) % buckets, []).append(path)
    shards += [Shard(f"undated-{b + 1}-of-{buckets}", tuple(spread[b]), 0) for b in sorted(spread)]
    # A large archive is cut by quarter, so that a briefing dated back in it moves pages
    # between the chunks of its own quarter only.
    by_quarter = len(dated) > QUARTERS_ABOVE * size
    periods: dict[str, list[tuple[str, str]]] = {}
    for sort, path in dated:
        periods.setdefault(_quarter(sort) if by_quarter else sort[:4], []).append((sort, path))
    newest = max(periods, default="")
    for period in sorted(periods):
        ranked = [path for _, path in sorted(periods[period])]
        for number, start in enumerate(range(0, len(ranked), size)):
            chunk = ranked[start:start + size]
            # News lands at the newest end: the newest period's chunk that is filling up is cut
            # in pieces, so one more briefing re-indexes a small piece, not the whole chunk.
            filling = period == newest and len(chunk) < size
            for offset, length in _pieces(len(chunk), size) if filling else [(0, len(chunk))]:
                name = f"{period}-{number + 1}" + (f".{offset}" if filling else "")
                shards.append(Shard(name, tuple(sorted(chunk[offset:offset + length])), len(shards) + 1))
    # Topics apart from the other pages (glossary, about), which change with other briefings;
    # one weight for both, as both sort first.
    last = len(shards) + 1
    for name, group in (("topics", [p for p in others if p.startswith("topics/")]),
                        ("pages", [p for p in others if not p.startswith("topics/")])):
        if group:
            shards.append(Shard(name, tuple(sorted(group)), last))
    return shards


QUARTERS_ABOVE = 4  # full shards of dated briefings: above this, they are cut by quarter


def _quarter(sort: str) -> str:
    """"2024-05-17" -> "2024q2"."""
    month = sort[5:7]
    return f"{sort[:4]}q{(int(month) + 2) // 3 if month.isdigit() and 1 <= int(month) <= 12 else 1}"


PIECES = 16  # a filling chunk's smallest piece: a sixteenth of a full one


def _pieces(count: int, size: int) -> list[tuple[int, int]]:
    """(offset, length) of the pieces a filling chunk of `count` pages is cut into: powers of
    two, largest first, down to about a sixteenth of `size`, then the rest. As with a binary
    counter's carry, one more page at the end changes one piece (pieces before it merging into
    it at times) and leaves the others as they were."""
    smallest = 1 << max(0, (size // PIECES).bit_length() - 1)  # a power of two
    whole, pieces, offset = count - count % smallest, [], 0
    bit = 1 << max(whole.bit_length() - 1, 0)
    while bit >= smallest:
        if whole & bit:
            pieces.append((offset, bit))
            offset += bit
        bit >>= 1
    if offset < count:
        pieces.append((offset, count - offset))
    return pieces


def weights(shards: list[Shard]) -> dict[str, float]:
    """Each shard's weight: powers of two, each group's above every score of the groups
    before it (a score is at most the shard's page count, its anchor included), so products
    stay exact."""
    exponent, found = 0, {}
    groups: dict[int, list[Shard]] = {}
    for shard in shards:
        groups.setdefault(shard.order, []).append(shard)
    for order in sorted(groups):
        for shard in groups[order]:
            found[shard.name] = float(2 ** exponent)
        exponent += max(len(s.pages) + 1 for s in groups[order]).bit_length()
    if exponent > 1000:
        raise ValueError("too many search shards to order by weight; raise SHARD_PAGES")
    return found


def _html_files(site: Path) -> dict[str, tuple[int, int]]:
    found = {}
    for folder, subfolders, files in os.walk(site):
        if Path(folder) == site:
            subfolders[:] = [name for name in subfolders if name != "pagefind"]
        for name in files:
            if name.endswith(".html"):
                path = os.path.join(folder, name)
                stat = os.stat(path)
                found[os.path.relpath(path, site)] = (stat.st_mtime_ns, stat.st_size)
    return found


def _load_state(path: Path | None) -> dict:
    try:
        state = json.loads(unseal(cache_key(), _STATE, path.read_bytes())) if path else {}
    except (OSError, BrokenSeal, ValueError):
        return {}
    if not (isinstance(state, dict) and state.get("format") == FORMAT and isinstance(state.get("pages"), dict)
            and isinstance(state.get("shards"), dict)):
        return {}
    return state


def _save_state(path: Path | None, state: dict) -> None:
    if path:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".tmp")
        temporary.write_bytes(seal(cache_key(), _STATE, json.dumps(state, sort_keys=True).encode()))
        os.replace(temporary, path)


def _indexer() -> str:
    """What every bundle is made with: Pagefind's version and options (a change remakes them all)."""
    return f"{metadata.version('pagefind')} {' '.join(PAGEFIND[1:])}"


_MADE_WITH = "search-index-made-with"  # in the build cache, beside the state


def shard_pages() -> int:
    return max(1, int(os.environ.get("BRIEFING_SHARD_PAGES") or SHARD_PAGES))


def made_with(size: int) -> str:
    """This module's code (the layout), the shard size and Pagefind's version and options."""
    return hashlib.sha256(Path(__file__).read_bytes() + f"{size} {_indexer()}".encode()).hexdigest()


def up_to_date(site: Path, state_folder: Path | None) -> bool:
    """Whether the last run, made with this code, left every shard whole: else the index is
    brought up to date even where no page changed (a stopped run, a new layout or Pagefind)."""
    if not (site / "pagefind" / LISTING).is_file():
        return False
    try:
        return state_folder is None or (state_folder / _MADE_WITH).read_text() == made_with(shard_pages())
    except OSError:
        return False


def _index(site: Path, bundle: Path, pages: tuple[str, ...], lang: str, staging: Path) -> bool:
    """One Pagefind bundle of these pages (and the anchor), made in a folder of links to them
    so that Pagefind reads these pages alone, at their own URLs."""
    shutil.rmtree(staging, ignore_errors=True)
    for page in pages:
        target = staging / page
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(site / page, target)
        except OSError:  # another file system
            shutil.copyfile(site / page, target)
    anchor = staging / "pagefind-anchor.html"
    anchor.parent.mkdir(parents=True, exist_ok=True)
    anchor.write_text(_ANCHOR.format(lang=lang, word=_ANCHOR_WORD, key=_ANCHOR_KEY), encoding="utf-8")
    shutil.rmtree(bundle, ignore_errors=True)
    run = subprocess.Popen(PAGEFIND + ["--site", str(staging), "--output-path", str(bundle)])
    _running.add(run)
    done = run.wait() == 0
    _running.discard(run)
    shutil.rmtree(staging, ignore_errors=True)
    if done and pages:  # a shard: the search page loads its index alone (scripts, styles and wasm are the root's)
        for leftover in bundle.iterdir():
            if leftover.is_file() and leftover.suffix in (".js", ".css", ".pagefind"):
                leftover.unlink()
    return done


def _read_pages(site: Path, state: dict) -> tuple[dict[str, Page], dict[str, list], str]:
    """Each indexed page as search sees it, read again only where its file changed; the
    record of every page for the next run; the site's language."""
    known: dict = state.get("pages", {})
    # A page written just before the last run may have been written again within the same
    # clock tick, its size unchanged: read again (as git does with "racily clean" files).
    settled = state.get("started_ns", 0) - RACY_NS if isinstance(state.get("started_ns"), int) else 0
    pages, stats, lang = {}, {}, state.get("lang")
    for path, stat in sorted(_html_files(site).items()):
        record = known.get(path)
        if isinstance(record, list) and len(record) == 4 and record[:2] == list(stat) and stat[0] < settled:
            page = Page(record[2], record[3]) if record[3] else None
        else:
            html = (site / path).read_text(encoding="utf-8", errors="replace")
            page = indexed_part(html)
            found_lang = _LANG.search(html)
            lang = found_lang.group(1) if found_lang else lang
        stats[path] = [*stat, page.sort if page else "", page.fingerprint if page else ""]
        if page:
            pages[path] = page
    return pages, stats, lang if isinstance(lang, str) and re.fullmatch(r"[A-Za-z0-9-]*", lang) else "en"


def update(site: Path, state_path: Path | None, size: int = SHARD_PAGES, jobs: int = 2) -> bool:
    """Brings site/pagefind/ up to date with the pages in site/. Whether every shard is whole."""
    state = _load_state(state_path)
    stamp = state_path.with_name(_MADE_WITH) if state_path else None
    if stamp:
        stamp.unlink(missing_ok=True)  # written again once every shard is whole
    started_ns = time.time_ns()
    pages, stats, lang = _read_pages(site, state)
    shards = layout(pages, size)
    bundles = site / "pagefind"
    made: dict = state.get("shards", {})
    wanted = {s.name: [[p, pages[p].fingerprint] for p in s.pages] for s in shards}
    stale = [s for s in shards if made.get(s.name) != wanted[s.name] or not (bundles / s.name).is_dir()]
    for name in set(made) - set(wanted):
        shutil.rmtree(bundles / name, ignore_errors=True)
    if not (bundles / "pagefind-ui.js").exists() or state.get("root") != lang or state.get("indexer") != _indexer():
        # The root bundle: the search page's script and the merge's first index (the anchor alone).
        with tempfile.TemporaryDirectory(prefix=".briefing-search-", dir=site.parent) as staging:
            if not _index(site, bundles, (), lang, Path(staging) / "root"):
                return False
        state["root"], state["indexer"], made = lang, _indexer(), {}
        stale = shards
    state.update(format=FORMAT, pages=stats, lang=lang, started_ns=started_ns)
    # A shard about to be made again is not whole until it is: so the record says, if stopped.
    state["shards"] = {name: made[name] for name in wanted if name in made and name not in {s.name for s in stale}}
    _save_state(state_path, state)
    whole = True
    with tempfile.TemporaryDirectory(prefix=".briefing-search-", dir=site.parent) as staging, ThreadPoolExecutor(jobs) as pool:
        runs = {s.name: pool.submit(_index, site, bundles / s.name, s.pages, lang, Path(staging) / s.name)
                for s in stale}
        for shard in stale:
            if runs[shard.name].result():
                state["shards"][shard.name] = wanted[shard.name]
                _save_state(state_path, state)  # what is whole stays so, if stopped
            else:
                whole = False
    weight = weights(shards)
    listing = [{"bundle": s.name, "weight": weight[s.name]} for s in shards]
    (bundles / LISTING).write_text(json.dumps(listing) + "\n", encoding="utf-8")
    _save_state(state_path, state)
    if stamp and whole:
        stamp.write_text(made_with(size), encoding="utf-8")
    print(f"search: {len(stale)} of {len(shards)} index shards made again"
          + (f" ({', '.join(s.name for s in stale)})" if 0 < len(stale) <= 4 else ""), file=sys.stderr)
    return whole


_running: set[subprocess.Popen] = set()


def _stopped(signum, frame):
    """Stopped (the preview saw a save): Pagefind stops too, and no bundle is left half made
    and marked whole."""
    for run in list(_running):
        run.terminate()
    raise SystemExit(1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m build_tools.search_index",
                                     description="Make site/pagefind/ whole again, shard by shard.")
    parser.add_argument("--site", required=True)
    parser.add_argument("--state", default="", help="where what was indexed is kept (the build cache)")
    parser.add_argument("--shard-pages", type=int, default=shard_pages())
    args = parser.parse_args(argv)
    signal.signal(signal.SIGTERM, _stopped)
    state = Path(args.state) / _STATE if args.state else None
    return 0 if update(Path(args.site), state, max(1, args.shard_pages)) else 1


if __name__ == "__main__":
    sys.exit(main())
