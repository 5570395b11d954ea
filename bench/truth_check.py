"""Check labelled articles' truth files without running the converter.

    python bench/truth_check.py FOLDER ...

Every key of bench/structure/README.md is present, and every quoted string is a
whole line of its article (surrounding whitespace aside). Writers of new labelled
articles run this before handing them over; it never looks at the converter's output.
"""
from __future__ import annotations

import sys
from pathlib import Path

import yaml

KEYS = ("style", "title", "summary", "dateline", "byline", "metadata", "headings",
        "lists", "tables", "faq", "furniture")


def problems(truth_path: Path) -> list[str]:
    text_path = truth_path.with_name(truth_path.name.replace(".truth.yml", ".txt"))
    if not text_path.exists():
        return [f"{truth_path}: no article {text_path.name}"]
    lines = {line.strip() for line in text_path.read_text(encoding="utf-8").splitlines()}
    truth = yaml.safe_load(truth_path.read_text(encoding="utf-8")) or {}
    out = [f"{truth_path}: missing key {key!r}" for key in KEYS if key not in truth]
    quoted = [truth.get(k) for k in ("title", "summary", "dateline", "byline")]
    quoted += list(truth.get("metadata") or []) + list(truth.get("faq") or [])
    quoted += list(truth.get("furniture") or [])
    for heading in truth.get("headings") or []:
        level, _, text = str(heading).partition(" ")
        if level not in ("##", "###"):
            out.append(f"{truth_path}: heading without ## or ###: {heading!r}")
        quoted.append(text)
    for item in quoted:
        if item is not None and str(item).strip() not in lines:
            out.append(f"{truth_path}: not a whole line of the article: {item!r}")
    for key, shape in (("lists", int), ("tables", list)):
        if not all(isinstance(x, shape) for x in truth.get(key) or []):
            out.append(f"{truth_path}: {key} entries must be {shape.__name__}s")
    return out


def main(argv: list[str]) -> int:
    found = [p for folder in argv for p in sorted(Path(folder).glob("*.truth.yml"))]
    errors = [e for p in found for e in problems(p)]
    print("\n".join(errors) or f"{len(found)} truth files well formed")
    return 1 if errors or not found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
