"""The word signature may say "maybe" wrongly, never "no" wrongly: a wrong "no" would let a
cached build keep a page a new topic or glossary term should have changed."""
import random
import re
import unicodedata

import pytest

from build_tools.enrich.wordset import _forms, may_hold, phrase_masks, signature

TEXTS = ["İstanbul talks: straße, Ωmega café–bar «Zürich» naïve ﬁle",
         "Ünal’s DŽ ǅ x\u00a0y (IAEA) and the U.S.-led “Minsk II” plan",
         "Plain ASCII text only, with the OSCE and 12 months of talks."]


def every_form(text: str) -> set[str]:
    """The definition: words of the lower-cased, case-folded and accent-free whole text."""
    word = re.compile(r"[^\W_]+")
    lower = text.lower()
    return (set(word.findall(lower)) | set(word.findall(text.casefold()))
            | set(word.findall(unicodedata.normalize("NFKD", lower).encode("ascii", "ignore").decode())))


def random_texts(count: int) -> list[str]:
    """Strings mixing ASCII, accented and other scripts' letters, digits, marks, ligatures,
    punctuation and spaces of many kinds."""
    rnd = random.Random(7)
    alphabet = "aZ09_ -’é\u0301İıßﬁ.\t\n\u00a0€😀ǅ²½٣Ωж中"
    return ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 60))) for _ in range(count)]


@pytest.mark.parametrize("text", TEXTS + random_texts(500))
def test_forms_are_those_of_the_whole_text(text):
    assert _forms(text) == every_form(text)


@pytest.mark.parametrize("text", TEXTS)
def test_every_word_and_phrase_of_a_text_may_be_held(text):
    bits = signature([text])
    words = text.split()
    for phrase in words + [" ".join(words[i:i + 2]) for i in range(len(words) - 1)]:
        assert may_hold(bits, phrase_masks(phrase)), phrase


def test_an_absent_word_is_ruled_out():
    assert not may_hold(signature(TEXTS), phrase_masks("Kyrgyzstan"))
