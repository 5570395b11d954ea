"""Generated articles with random markup and defects: no crash, no lost word, ever."""
import random

import pytest

from bench.corpus import Writer
from build_tools.pipeline import convert
from tests.helpers import source

NOISE = ["|", "- ", "* ", "1. ", "2) ", "# ", "<script>x</script>", "`", "*", "_", "{{ a }}", "[a](b)",
         "&amp;", ":", "?", "\t", "  ", "•", "”", "“", "\u00a0", "---", "| --- |", "FAQ", "By Jane Doe",
         "KYIV", "!!! note", "??? q", "    indented", "> quote", "<!--", "\\", "*[X]: y", "{: #id }"]


def mutated(seed: int) -> str:
    rng = random.Random(seed)
    lines = Writer(rng).article().splitlines()
    for _ in range(rng.randint(1, 15)):
        i = rng.randrange(len(lines))
        op = rng.random()
        if op < 0.4:
            pos = rng.randint(0, len(lines[i]))
            lines[i] = lines[i][:pos] + rng.choice(NOISE) + lines[i][pos:]
        elif op < 0.7:
            lines.insert(i, rng.choice(NOISE) + " " + rng.choice(lines))
        elif op < 0.85:
            lines.insert(i, "")
        else:
            lines[i] = lines[i][: rng.randint(0, len(lines[i]))]
    return "\n".join(lines)


@pytest.mark.parametrize("block", range(6))
def test_mutated_articles_convert_without_losing_words(block):
    for seed in range(block * 50, block * 50 + 50):
        _, _, notes = convert(source(mutated(seed), name=f"fuzz-{seed}.txt"))
        assert [n for n in notes if n.level == "error"] == [], seed
