"""A PatternTable answers exactly as the one alternation of all its patterns would: it only
skips branches that cannot match a line's first character."""
import re
from pathlib import Path

from hypothesis import given, settings, strategies as st

from build_tools.parse.first_char import PatternTable, _first_chars, _spread, required_text
from build_tools.parse.furniture import _KINDS

ROOT = Path(__file__).resolve().parent.parent
_TABLE = PatternTable(_KINDS)
_PLAIN = re.compile("|".join(
    f"(?P<k{n}>{'(?i:' if pattern.flags & re.IGNORECASE else '(?:'}{pattern.pattern}))"
    for n, (_, pattern) in enumerate(_KINDS)))


def _plain(text: str) -> str | None:
    found = _PLAIN.match(text)
    return _KINDS[int(found.lastgroup[1:])][0] if found and found.lastgroup else None


def _lines() -> list[str]:
    found = []
    for folder in ("bench/structure/dev", "bench/structure/holdout", "tests/fixtures"):
        for path in sorted((ROOT / folder).rglob("*.txt")):
            found += [line.strip() for line in path.read_text(errors="replace").splitlines() if line.strip()]
    return found


def test_the_table_agrees_with_the_plain_alternation_on_every_corpus_line():
    lines = _lines()
    assert len(lines) > 20000
    furniture = 0
    for line in lines:
        assert _TABLE.match(line) == _plain(line), line
        furniture += _plain(line) is not None
    assert furniture > 1000  # the lines hold furniture of many kinds, not only text


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abcdefghijklmnopqrstuvwxyzABCDEFHRSTW0123456789 .,:;!?/|·•-–—_*#()[]@©»›→★😀ſK\u212aİıµ°")),
               max_size=40).map(str.strip)
       | st.sampled_from(["Advertisement", "ADVERTISEMENT", "Share this article", "Photo: Reuters", "3 min read",
                          "Home › News › World", "* * *", "© 2026 Example Ltd", "Image: Jo Lee/AP",
                          "» Read more: the story", "Kelvin Share", "ſhare", "Acme ıs reader-supported", "Ann Lee has no posıtion in it"]))
def test_the_table_agrees_with_the_plain_alternation_on_any_text(text):
    assert _TABLE.match(text) == _plain(text)


def test_branches_are_spread_over_what_follows_their_group():
    assert _spread(r"^(ad|advert)\W*$") == [r"^(?:ad)\W*$", r"^(?:advert)\W*$"]
    assert _spread(r"^(?-i:[A-Z]+|x)$|^y$") == [r"^(?-i:[A-Z]+)$", r"^(?-i:x)$", "^y$"]
    assert _spread(r"^(a|b)?c$") == [r"^(a|b)?c$"]  # an optional group is kept whole


def test_first_characters_of_a_branch():
    assert _first_chars(r"^(?:share|Save)\b", re.IGNORECASE) == frozenset("s")
    assert _first_chars(r"^\d+ min read$", 0) == frozenset("0123456789")
    assert _first_chars(r"^(?:photo )?credit", 0) == frozenset("pc")
    assert _first_chars(r"^[^/]+/", 0) is None  # a negated class: any character
    assert _first_chars(r"^\W*$", 0) is None  # matches nothing at all: any line


def test_a_lookahead_at_the_start_is_one_branch_not_spread():
    # "^(?=...)" is asked first and whole; spreading its inside over what follows would break it
    assert _spread(r"^(?=a|b)[ab]c|^d") == [r"^(?=a|b)[ab]c", "^d"]
    table = PatternTable([("x", re.compile(r"^(?=\w+ / \w+$)\w(?!.*: )"))])
    assert table.match("News / Sport") == "x" and table.match("Time: 5 / Cost") is None


def test_the_text_a_broad_branch_needs():
    # the longest literal run every match passes through, its groups opened out
    assert required_text(r"^[\w ]{1,40} is (a )?(reader|member)-supported\b", re.IGNORECASE) == ("-supported", True)
    assert required_text(r"^(?:(?-i:[A-Z]\w*) said(\.\.\.|…))$", re.IGNORECASE) == (" said", True)
    assert required_text(r"^[A-Z]\w+ Logo$", 0) == (" Logo", False)  # case kept where the branch keeps it
    assert required_text(r"^\S.{0,60}\s(»|›|→)$", 0) is None  # one of three: no one text is sure


def test_a_broad_branch_is_asked_only_where_its_text_is():
    table = PatternTable([("early", re.compile(r"^[\w ]{1,30} is reader-supported$", re.IGNORECASE)),
                          ("late", re.compile(r"^[A-Za-z]"))])
    assert table.match("Acme Daily IS READER-SUPPORTED") == "early"  # found in the lower-cased line
    assert table.match("Acme Daily is reader-funded") == "late"
