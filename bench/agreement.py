"""How far two editors agree: a second editor's truth files scored against the first's.

    python bench/agreement.py            (make agreement)

`bench/structure/agreement/<name>.truth.yml` is a second editor's markup of
`bench/structure/dev/<name>.txt`, written from the text alone: without the first truth file,
the converter or its output. It is scored against the first truth file with the same
measures as `make eval`, and the converter is scored on the same articles against each. Where
two careful editors differ, no converter agrees with both: the second editor's figures are
what the benchmark's targets can be read against.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.eval import DECISIONS, STRUCTURE, Tally, compare, converter_reading, decision, read_truth, truth_reading  # noqa: E402
from build_tools.pipeline import convert  # noqa: E402
from build_tools.read import read_source  # noqa: E402

AGREEMENT = STRUCTURE / "agreement"


def agreement(second: list[Path], part: Path) -> tuple[Tally, Tally, Tally]:
    """The second editor against the first; the converter against the first; and against the second."""
    editors, first, other = Tally(), Tally(), Tally()
    for path in second:
        truth, second_truth = read_truth(part / path.name), read_truth(path)
        source = read_source(part / path.name.replace(".truth.yml", ".txt"))
        article, _, _ = convert(source)
        reading = converter_reading(article, source)
        compare(truth_reading(second_truth), truth, editors)
        compare(reading, truth, first)
        compare(reading, second_truth, other)
    return editors, first, other


def rows(tally: Tally) -> dict[str, str]:
    out = {}
    for element, s in tally.scores.items():
        out[f"{element} precision / recall"] = f"{s.precision:.3f} / {s.recall:.3f}"
    for key in DECISIONS:
        out[key] = decision(tally, key)
    out["furniture as title, summary or heading"] = str(tally.furniture_shown_as_structure)
    return out


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    folder = Path(argv[0]) if argv else AGREEMENT
    part = Path(argv[1]) if len(argv) > 1 else STRUCTURE / "dev"
    second = sorted(folder.glob("*.truth.yml"))
    if not second:
        print(f"{folder}: no second editor's truth files", file=sys.stderr)
        return 1
    editors, first, other = (rows(t) for t in agreement(second, part))
    print(f"## Agreement on {len(second)} articles of {part.name}\n")
    print("| measure | second editor against the first | converter against the first | converter against the second |")
    print("|---|---|---|---|")
    for key, value in editors.items():
        print(f"| {key} | {value} | {first[key]} | {other[key]} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
