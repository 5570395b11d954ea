"""Learn the heading model's weights from the dev articles' truth files (never the holdout's).

    python bench/train_heading_odds.py            (make heading-odds)

Every heading the rules guess on a line's looks alone (build_tools/parse/heading_odds.py) is
read with the model switched off, its traits taken, and labelled by whether the article's
truth file lists it as a heading. A logistic model is fitted by stochastic gradient descent
with a fixed seed, so the same articles give the same weights, written to
build_tools/parse/heading_odds.json. Before that, five-fold cross-validation over the dev
articles prints, for each cut-off, how many wrong guesses the model would turn into text and
how many right ones with them: the figures NOT_A_HEADING was chosen by.
"""
from __future__ import annotations

import json
import math
import random
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.eval import STRUCTURE, norm  # noqa: E402
from build_tools.parse import heading_odds  # noqa: E402
from build_tools.pipeline import convert  # noqa: E402
from build_tools.read import read_source  # noqa: E402

EPOCHS = 60
RATE = 0.05  # the first epoch's step; each later one's is smaller
DECAY = 1e-4  # L2: weights of rare traits stay small
SEED = 1
FOLDS = 5
CUT_OFFS = (0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5)

Example = tuple[str, dict[str, float], int]  # article, traits, 1 for a heading in the truth


def examples(folder: Path) -> list[Example]:
    """Each guessed heading of each article, as the rules read it with the model switched off."""
    found: list[Example] = []
    seen: list[tuple[str, dict[str, float]]] = []
    weigh = heading_odds.traits

    def recording(k: int, matches: list, marks: list) -> dict[str, float]:
        traits = weigh(k, matches, marks)
        seen.append((matches[k].text, traits))
        return traits

    weights = heading_odds.WEIGHTS
    heading_odds.traits, heading_odds.WEIGHTS = recording, {}  # even chances: nothing is doubted
    try:
        for txt in sorted(folder.glob("*.txt")):
            truth = yaml.safe_load(txt.with_suffix(".truth.yml").read_text(encoding="utf-8"))
            headings = {norm(h.partition(" ")[2]).rstrip(":") for h in truth["headings"] or []}
            seen.clear()
            convert(read_source(txt))
            found += [(txt.name, traits, int(norm(text).rstrip(":") in headings)) for text, traits in seen]
    finally:
        heading_odds.traits, heading_odds.WEIGHTS = weigh, weights
    return found


def fit(data: list[Example]) -> dict[str, float]:
    names = sorted({name for _, traits, _ in data for name in traits})
    weights = dict.fromkeys(names, 0.0)
    order = list(range(len(data)))
    shuffle = random.Random(SEED).shuffle
    for epoch in range(EPOCHS):
        shuffle(order)
        rate = RATE / (1 + epoch * 0.1)
        for n in order:
            _, traits, label = data[n]
            error = heading_odds.odds(traits, weights) - label
            for name, value in traits.items():
                if value:
                    weights[name] -= rate * (error * value + DECAY * weights[name])
    return {name: round(weight, 4) for name, weight in weights.items()}


def cross_validate(data: list[Example]) -> dict[float, list[int]]:
    """Per cut-off: wrong guesses the model turns into text, and right ones, over held-out folds."""
    articles = sorted({name for name, _, _ in data})
    fold = {name: n % FOLDS for n, name in enumerate(articles)}
    taken = {cut: [0, 0] for cut in CUT_OFFS}
    for f in range(FOLDS):
        weights = fit([e for e in data if fold[e[0]] != f])
        for name, traits, label in data:
            if fold[name] == f:
                chance = heading_odds.odds(traits, weights)
                for cut in CUT_OFFS:
                    if chance < cut:
                        taken[cut][label] += 1
    return taken


def main() -> int:
    data = examples(STRUCTURE / "dev")
    wrong = sum(1 - label for _, _, label in data)
    print(f"{len(data)} guessed headings in dev, {wrong} of them wrong")
    print("| cut-off | wrong ones made text | right ones made text |")
    print("|---|---|---|")
    for cut, (made_wrong, made_right) in cross_validate(data).items():
        print(f"| {cut} | {made_wrong} | {made_right} |")
    weights = fit(data)
    heading_odds.WEIGHTS_FILE.write_text(json.dumps({"trained_on": f"bench/structure/dev ({len(data)} guesses)",
                                                     "weights": weights}, indent=1, sort_keys=True) + "\n",
                                         encoding="utf-8")
    print(f"wrote {heading_odds.WEIGHTS_FILE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
