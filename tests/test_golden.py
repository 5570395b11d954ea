"""Golden pages for the seed articles: regenerate deliberately with UPDATE_GOLDEN=1, review like code."""
import os
from pathlib import Path

import pytest

from build_tools.pipeline import convert
from build_tools.read import read_source
from tests.conftest import SEEDS

GOLDEN = Path(__file__).parent / "golden"


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_seed_page_matches_golden(seed):
    _, page, notes = convert(read_source(seed))
    assert not [n for n in notes if n.level == "error"]
    golden = GOLDEN / f"{seed.stem}.md"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(page, encoding="utf-8")
    assert page == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_conversion_is_deterministic(seed):
    pages = {convert(read_source(seed))[1] for _ in range(3)}
    assert len(pages) == 1
