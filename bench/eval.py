"""The structure benchmark: precision and recall per element over labelled articles.

    python bench/eval.py [--misses] [--jobs N] [folder ...]     (make eval)

Each bench/structure/<part>/<name>.txt has a truth file written before the converter was
run on it (bench/structure/README.md). Figures are printed per part, `holdout` apart:
it is never tuned on. Articles are scored in one process per core; the figures do not
depend on how many.
"""
from __future__ import annotations

import argparse
import os
import re
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import yaml

# libyaml's loader reads the 7,000 truth files several times faster than the pure-Python one.
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from build_tools.model import BulletList, Table  # noqa: E402
from build_tools.parse.rules import QA_HEADING  # noqa: E402
from build_tools.pipeline import convert  # noqa: E402
from build_tools.read import read_source  # noqa: E402

STRUCTURE = ROOT / "bench" / "structure"


def norm(text) -> str:
    """Text compared without case, spaces or the converter's spacing repairs."""
    return re.sub(r"\s+", "", str(text)).casefold()


@dataclass
class Score:
    """Matched, predicted and true counts of one element over a corpus."""
    matched: int = 0
    predicted: int = 0
    true: int = 0

    def add(self, predicted: list, true: list) -> tuple[list, list]:
        """Multiset match; returns (false positives, misses)."""
        p, t = Counter(predicted), Counter(true)
        both = p & t
        self.matched += sum(both.values())
        self.predicted += len(predicted)
        self.true += len(true)
        return list((p - both).elements()), list((t - both).elements())

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.true if self.true else 1.0


@dataclass
class Tally:
    scores: dict[str, Score] = field(default_factory=lambda: {k: Score() for k in (
        "headings", "lists", "tables", "faq", "furniture")})
    right: Counter = field(default_factory=Counter)  # title, summary, dateline, byline, levels
    asked: Counter = field(default_factory=Counter)
    articles: int = 0
    lost_words: int = 0
    furniture_shown_as_structure: int = 0
    misses: list = field(default_factory=list)

    def merge(self, other: "Tally") -> None:
        """Add another tally's counts: one article's into its part's and the total's."""
        for name, score in other.scores.items():
            mine = self.scores[name]
            mine.matched, mine.predicted, mine.true = (mine.matched + score.matched, mine.predicted + score.predicted,
                                                       mine.true + score.true)
        self.right.update(other.right)
        self.asked.update(other.asked)
        self.articles += other.articles
        self.lost_words += other.lost_words
        self.furniture_shown_as_structure += other.furniture_shown_as_structure
        self.misses += other.misses


def lists_of(blocks) -> list[str]:
    out = []
    for b in blocks:
        if isinstance(b, BulletList):
            out.append(str(len(b.items)))
            for item in b.items:
                if item.sublist:
                    out += lists_of([item.sublist])
    return out


def all_blocks(article):
    blocks = list(article.intro)
    for s in article.sections:
        blocks += list(s.blocks)
        for q in s.faq:
            blocks += list(q.answer)
    return blocks


@dataclass
class Reading:
    """An article's structure as one reader, the converter or an editor, took it."""
    title: str | None
    summary: str | None
    dateline: str | None
    byline: str | None
    headings: list[tuple[int, str]]  # (level, text compared without case, spaces or a label's colon)
    lists: list[str]  # item counts
    tables: list[str]  # "rows x columns"
    faq: list[str]
    furniture: list[str]  # lines left out of the page


def converter_reading(article, source) -> Reading:
    # A heading the converter made up (over bare Q/A pairs) is no line of the text: not scored.
    # (A text's own "Questions and answers" line over its questions is its heading, and is.)
    def made_up(s) -> bool:
        return bool(s.faq) and s.heading == QA_HEADING and source.lines[s.line - 1].strip() != QA_HEADING

    blocks = all_blocks(article)
    return Reading(
        title=article.title, summary=article.summary, dateline=article.dateline, byline=article.byline,
        # A label's colon ("Scorers:") is not shown on the page's heading: compared without it.
        headings=[(s.level, norm(s.heading).rstrip(":")) for s in article.sections if not made_up(s)],
        lists=lists_of(blocks),
        tables=[f"{len(b.rows)}x{len(b.header)}" for b in blocks if isinstance(b, Table)],
        faq=[norm(q.question) for s in article.sections for q in s.faq],
        furniture=[norm(f.text) for f in getattr(article, "furniture", ())])


def truth_reading(truth: dict) -> Reading:
    """An editor's truth file as a reading: a second editor's, scored against the first's."""
    headings = []
    for h in truth["headings"] or []:
        hashes, _, text = h.partition(" ")
        headings.append((len(hashes), norm(text).rstrip(":")))
    return Reading(
        title=truth["title"], summary=truth["summary"], dateline=truth["dateline"], byline=truth["byline"],
        headings=headings, lists=[str(n) for n in truth["lists"] or []],
        tables=[f"{r}x{c}" for r, c in truth["tables"] or []],
        faq=[norm(q) for q in truth["faq"] or []], furniture=[norm(f) for f in truth["furniture"] or []])


def compare(reading: Reading, truth: dict, tally: Tally) -> list[str]:
    """Score a reading against a truth file into `tally`; returns the misses."""
    misses = []
    tally.articles += 1
    true = truth_reading(truth)
    headings = reading.headings
    extra, missed = tally.scores["headings"].add([h for _, h in headings], [h for _, h in true.headings])
    misses += [f"false heading {x!r}" for x in extra] + [f"missed heading {x!r}" for x in missed]
    true_level = dict((h, lvl) for lvl, h in true.headings)
    for lvl, h in headings:
        if h in true_level:
            tally.asked["levels"] += 1
            if true_level[h] == lvl:
                tally.right["levels"] += 1
            else:
                misses.append(f"level of {h!r}: H{lvl}, truth H{true_level[h]}")

    extra, missed = tally.scores["lists"].add(reading.lists, true.lists)
    misses += [f"lists: extra {extra}, missed {missed}"] if extra or missed else []
    extra, missed = tally.scores["tables"].add(reading.tables, true.tables)
    misses += [f"tables: extra {extra}, missed {missed}"] if extra or missed else []
    extra, missed = tally.scores["faq"].add(reading.faq, true.faq)
    misses += [f"false question {x!r}" for x in extra] + [f"missed question {x!r}" for x in missed]
    # Metadata lines ("Updated ...", an agency's credit) may be dropped or kept: neither is scored.
    metadata = {norm(m) for m in truth["metadata"] or []}
    # By distinct text: a truth file lists a line repeated down the page ("Share", "___") once.
    # The headline said again down the page is the title's repeat, left out, and scored as the
    # title: some truth files list it as furniture too, most cannot without listing the title.
    title = norm(truth["title"] or "")
    dropped = sorted({f for f in reading.furniture if f not in metadata and f != title})
    true_furniture = sorted(set(true.furniture) - {title})
    extra, missed = tally.scores["furniture"].add(dropped, true_furniture)
    misses += [f"dropped {x!r}" for x in extra] + [f"furniture kept {x!r}" for x in missed]

    furniture = set(true_furniture) | metadata
    for role, value in (("title", reading.title), ("summary", reading.summary),
                        *(("heading", h) for _, h in headings)):
        if norm(value) in furniture and norm(value) != title:
            tally.furniture_shown_as_structure += 1
            misses.append(f"furniture as {role}: {value!r}")

    if true.title is None:  # no headline: any title but a section heading or furniture shown twice
        title_ok = norm(reading.title) not in {h for _, h in headings} | furniture
    else:
        title_ok = norm(reading.title) == norm(true.title)
    checks = {"title": title_ok,
              "summary": norm(reading.summary) == norm(true.summary or ""),
              "dateline": norm(reading.dateline or "") == norm(true.dateline or ""),
              "byline": norm(reading.byline or "") == norm(true.byline or "")}
    for name, ok in checks.items():
        tally.asked[name] += 1
        tally.right[name] += ok
        if not ok:
            misses.append(f"{name}: {shorten(getattr(reading, name))!r}, truth {shorten(truth[name])!r}")
    return misses


def read_truth(path: Path) -> dict:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=YAML_LOADER)


def evaluate(txt: Path, tally: Tally) -> None:
    truth = read_truth(txt.with_suffix(".truth.yml"))
    source = read_source(txt)
    article, page, notes = convert(source)
    misses = compare(converter_reading(article, source), truth, tally)
    lost = [n for n in notes if n.level == "error" and "missing from its page" in n.message]
    if lost:
        tally.lost_words += 1
        misses.append(f"lost words: {lost[0].message}")
    if misses:
        tally.misses.append((txt.stem, misses))


def score_one(txt: Path) -> Tally:
    one = Tally()
    evaluate(txt, one)
    return one


def score(files: list[Path], jobs: int | None = None):
    """Each article's tally, in the files' order, whatever the number of processes."""
    jobs = jobs or os.cpu_count() or 1
    if jobs == 1 or len(files) < 2:
        yield from map(score_one, files)
        return
    with ProcessPoolExecutor(jobs) as pool:
        yield from pool.map(score_one, files, chunksize=32)


def score_folder(folder: Path, jobs: int | None = None) -> Tally:
    tally = Tally()
    for one in score(sorted(folder.glob("*.txt")), jobs):
        tally.merge(one)
    return tally


def shorten(text, n: int = 60):
    text = "" if text is None else str(text)
    return text if len(text) <= n else text[:n - 1] + "…"


DECISIONS = ("levels", "title", "summary", "dateline", "byline")


def decision(tally: Tally, key: str) -> str:
    """How often a decision was right: "0.936 (3420 / 3653)"."""
    asked = tally.asked[key]
    return f"{tally.right[key] / asked if asked else 1:.3f} ({tally.right[key]} / {asked})"


def report(name: str, tally: Tally) -> None:
    print(f"\n## {name}: {tally.articles} articles\n")
    print("| element | precision | recall | matched / predicted / true |")
    print("|---|---|---|---|")
    for element, s in tally.scores.items():
        print(f"| {element} | {s.precision:.3f} | {s.recall:.3f} | {s.matched} / {s.predicted} / {s.true} |")
    print()
    print("| decision | right |")
    print("|---|---|")
    for key in DECISIONS:
        print(f"| {key} | {decision(tally, key)} |")
    print(f"| furniture as title, summary or heading | {tally.furniture_shown_as_structure} |")
    print(f"| articles with unaccounted lost words | {tally.lost_words} |")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("parts", nargs="*", default=["dev", "holdout"], help="parts of bench/structure")
    parser.add_argument("--misses", action="store_true",
                        help="list each article's misses (never the holdout's: its misses stay unread, so it stays untuned)")
    parser.add_argument("--jobs", type=int, default=None, help="processes (default: one per core)")
    args = parser.parse_args(argv)
    total = Tally()
    for part in args.parts:
        folder = Path(part) if "/" in part else STRUCTURE / part
        tally = score_folder(folder, args.jobs)
        total.merge(tally)
        report(part, tally)
        if args.misses and tally.misses and folder.name != "holdout":
            print(f"\n### Misses in {part}\n")
            print("| article | misses |\n|---|---|")
            for stem, misses in tally.misses:
                print(f"| {stem} | {'; '.join(m.replace('|', '/') for m in misses)} |")
        sys.stdout.flush()  # a part's figures stand on their own, should a later part be cut short
    if len(args.parts) > 1:
        report("all", total)
    return 0


if __name__ == "__main__":
    sys.exit(main())
