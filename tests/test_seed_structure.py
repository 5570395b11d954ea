"""The structure the seeds must yield, as stated in the pipeline issue."""
import pytest

from build_tools.model import BulletList, Table
from build_tools.parse import parse_article
from build_tools.read import read_source
from tests.conftest import FIXTURES


def parsed(name):
    return parse_article(read_source(FIXTURES / "seeds" / name))[0]


def blocks(article, kind):
    found = [b for b in article.intro if isinstance(b, kind)]
    for s in article.sections:
        found += [b for b in s.blocks if isinstance(b, kind)]
    return found


def test_seed_000():
    a = parsed("000_124c660cca887ed3.txt")
    headings = [s.heading for s in a.sections]
    assert len(headings) == 7
    assert headings[0] == "US and Russia Initiate Dialogue: A Path Toward Peace in Ukraine"
    assert headings[-1] == "In Conclusion"
    assert {s.level for s in a.sections} == {2}
    assert [len(b.items) for b in blocks(a, BulletList)] == [3] * 6
    assert [len(t.rows) for t in blocks(a, Table)] == [3, 2, 3, 3, 3, 2]
    # No headline line: the title is the lede's opening, so no heading is shown twice.
    assert a.title == "In a important development in international diplomacy, the United States and Russia…"
    assert a.summary.startswith("In a important development")


def test_seed_001():
    a = parsed("001_5fb357551eaa8a5e.txt")
    assert len(a.sections) == 4 and a.sections[-1].heading == "To Wrap It Up"
    assert [len(b.items) for b in blocks(a, BulletList)] == [3, 3]
    assert [len(t.rows) for t in blocks(a, Table)] == [3, 3]


def test_seed_002():
    a = parsed("002_3b503897f517f221.txt")
    assert len(a.sections) == 5
    assert [len(b.items) for b in blocks(a, BulletList)] == [4]
    assert blocks(a, Table) == []


def test_seed_003():
    a = parsed("003_19bdff79c755a5de.txt")
    assert a.title == "US-Russia peace talks mediation: what’s next for global stability?"
    assert a.summary.startswith("US-Russia peace talks mediation aims to reduce tensions")
    h2 = [s for s in a.sections if s.level == 2]
    h3 = [s for s in a.sections if s.level == 3]
    assert len(h2) == 6 and len(h3) == 12
    assert h2[-1].heading == "FAQ – US-Russia Peace Talks Mediation"
    assert [len(b.items) for b in blocks(a, BulletList)] == [3] * 9
    faq = h2[-1].faq
    assert [q.question for q in faq] == [
        "What is the main goal of the US-Russia peace talks?",
        "Who are the key players in these negotiations?",
        "What challenges do the negotiations face?",
        "How do international organizations contribute to the peace talks?",
    ]
    assert all(len(q.answer) == 1 for q in faq)


@pytest.mark.parametrize("name,caption", [
    ("000_124c660cca887ed3.txt", "A structured approach may resemble the table below, outlining possible milestones:"),
    ("001_5fb357551eaa8a5e.txt", "A preliminary outline of the agreed-upon points includes:"),
])
def test_first_table_caption_is_its_introducing_sentence(name, caption):
    assert blocks(parsed(name), Table)[0].caption == caption
