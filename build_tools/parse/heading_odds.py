"""How likely a short line the heading rules took on looks alone is a heading: a small logistic model.

The last of the heading rules reads a short line without final punctuation as a heading when
body text, or another such line, follows it. On the benchmark's dev articles it is right about
nine times in ten, and its misses are spread thin: a letter's signer, a price line, the tail
of a sentence broken across lines, a button's label, a contact's name. No one rule catches
them, but their traits add up: the next line going on in lower case, a style unlike the
article's other headings, a comma or figures, the very end of the page. A logistic model
weighs those traits; its weights are learnt from the dev articles' truth files by
`bench/train_heading_odds.py` and kept beside this module in `heading_odds.json`, so the
same articles always give the same pages.

Only the guesses are weighed: a heading any other rule vouches for (a label's colon, a
numbered series, a live blog's stamps, an editor's sidecar) is left alone.
"""
from __future__ import annotations

import json
import math
import re
from pathlib import Path

from build_tools.model import BulletList, Table
from build_tools.parse.rules import FaqMark, HeadingMark

WEIGHTS_FILE = Path(__file__).with_name("heading_odds.json")
NOT_A_HEADING = 0.35  # below: read as text; the highest cut-off at which, cross-validated on dev, more than five wrong guesses go for each right one
DOUBTFUL = 0.5  # below (and above NOT_A_HEADING): kept, and `briefing check` says the evidence was thin

LIVE_STAMPS = 2  # other time stamps heading the page: a live page's entries
MIN_BLOCKS = 10  # a page of fewer blocks says too little of its headings' style to weigh a guess against

_WORD_COUNTS = ((1, 1), (2, 2), (3, 4), (5, 7), (8, 12), (13, 10**6))
_STYLES = ("caps", "title", "sentence")
_DIGIT = re.compile(r"\d")
_SEPARATOR = re.compile(r"[|·•]")
_SPACED_DASH = re.compile(r" [–—-] ")
_MONEY = re.compile(r"[£$€%]")
_SENTENCE_END = re.compile(r"[.!?…:;][\"”’')\]]*$")  # a question, an abbreviation's stop or a quote's close as much as a full stop
SHORT_WORDS, LONG_WORDS = 8, 25  # a neighbouring line's words: a label's, or running text's


def doubted_headings(matches: list) -> list[tuple[int, float]]:
    """The guessed headings the model doubts (a chance below DOUBTFUL), each with its chance;
    every one weighed against the article's headings as the rules read them."""
    if len(matches) < MIN_BLOCKS:
        return []
    marks = [m.heading if isinstance(m, FaqMark) else m for m in matches if isinstance(m, (HeadingMark, FaqMark))]
    stamps = sum(m.style == "time" for m in marks)
    doubted = []
    for k, mark in enumerate(matches):
        if isinstance(mark, HeadingMark) and mark.guess and not (k > 0 and isinstance(matches[k - 1], (HeadingMark, FaqMark))) \
                and not (mark.style == "time" and stamps > LIVE_STAMPS):  # one of a live page's stamps: its style is the evidence
            chance = odds(traits(k, matches, marks), WEIGHTS)
            if chance < DOUBTFUL:
                doubted.append((k, chance))
    return doubted


def traits(k: int, matches: list, heading_marks: list) -> dict[str, float]:
    """What the model weighs of the heading at `matches[k]`, among the article's `heading_marks`
    (every heading mark, in order, as the rules read them)."""
    mark = matches[k]
    text = mark.text.strip()
    words = len(text.split())
    after = _text(matches[k + 1], first=True) if k + 1 < len(matches) else ""
    before = _text(matches[k - 1], first=False) if k > 0 else ""
    others = [m for m in heading_marks if m is not mark]
    found = {"bias": 1.0}
    for n, (low, high) in enumerate(_WORD_COUNTS):
        found[f"words_{low}"] = float(low <= words <= high)
    found.update({
        "ends_in_question_mark": float(text.endswith("?")),
        "has_figures": float(bool(_DIGIT.search(text))),
        "starts_with_figure": float(text[:1].isdigit()),
        "has_comma": float("," in text),
        "has_separator": float(bool(_SEPARATOR.search(text))),
        "has_spaced_dash": float(bool(_SPACED_DASH.search(text))),
        "has_bracket": float("(" in text),
        "has_money": float(bool(_MONEY.search(text))),
        "beyond_ascii": float(not text.isascii()),
        "length": min(len(text), 80) / 80,
        "no_other_headings": float(not others),
        "few_other_headings": float(1 <= len(others) <= 3),
        "share_in_its_style": sum(m.style == mark.style for m in others) / len(others) if others else 0.0,
        "next_short": float(0 < len(after.split()) <= SHORT_WORDS),
        "next_long": float(len(after.split()) >= LONG_WORDS),
        "next_a_sentence": float(bool(_SENTENCE_END.search(after))),
        "next_in_lower_case": float(after[:1].islower()),
        "next_a_list": float(k + 1 < len(matches) and isinstance(matches[k + 1], BulletList)),
        "next_a_table": float(k + 1 < len(matches) and isinstance(matches[k + 1], Table)),
        "previous_a_list": float(k > 0 and isinstance(matches[k - 1], BulletList)),
        "previous_short": float(0 < len(before.split()) <= SHORT_WORDS),
        "previous_a_sentence": float(bool(_SENTENCE_END.search(before))),
    })
    for style in _STYLES:
        found[f"style_{style}"] = float(mark.style == style)
    found["style_other"] = float(mark.style not in _STYLES)
    return found


def odds(found: dict[str, float], weights: dict[str, float]) -> float:
    """The chance, by the model, that the line is a heading."""
    score = sum(weights.get(name, 0.0) * value for name, value in found.items() if value)
    return 1 / (1 + math.exp(-max(min(score, 30.0), -30.0)))


WEIGHTS: dict[str, float] = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))["weights"]  # none: every chance is even


def _text(block: object, first: bool) -> str:
    """A block's text beside the heading: a list's first item under it, its last over it."""
    if isinstance(block, BulletList):
        return block.items[0 if first else -1].text if block.items else ""
    if isinstance(block, Table):
        return ""
    return getattr(block, "text", "") or getattr(getattr(block, "heading", None), "text", "")
