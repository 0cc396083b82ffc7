"""Mending machine-translation artefacts in inline text, anchors as terms, case folding."""

from __future__ import annotations

import random
import re
import unicodedata

import pytest

from flashcards.builder.cleanup import clean_anchor, clean_inline
from flashcards.text.fold import fold


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        # a stray full stop after a link's comma (both seeds)
        ("E-ticarette,. yumuşak satışa bir örnek", "E-ticarette, yumuşak satışa bir örnek"),
        ("harða söluna,. sem inniheldur", "harða söluna, sem inniheldur"),
        ("harða söluna, . sem inniheldur", "harða söluna, sem inniheldur"),
        # a space before a comma, semicolon or colon (Turkish seed)
        ("anlamak için , özellikle", "anlamak için, özellikle"),
        ("pasif değildir ; daha ziyade", "pasif değildir; daha ziyade"),
        ("şunlar : bir, iki", "şunlar: bir, iki"),
        # runs of white space, tabs and newlines
        ("  Mjúk \t sala\n\ner  góð  ", "Mjúk sala er góð"),
        ("\u00a0Mjúk\u00a0sala ", "Mjúk sala"),
    ],
)
def test_clean_inline_mends(raw: str, clean: str) -> None:
    assert clean_inline(raw) == clean


@pytest.mark.parametrize(
    "text",
    [
        "Bekle, ... sonra devam et.",
        "Sonuç,... belki.",
        "Fiyat 3,5 TL oldu.",
        "Aðeins þegar væntanlegur kaupandi er sáttur verður salan lokið.",
    ],
)
def test_clean_inline_leaves_good_text_alone(text: str) -> None:
    assert clean_inline(text) == text


def test_clean_inline_normalises_to_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "Yumuşak satış ağaç ılık; þjónusta sölu")
    assert decomposed != unicodedata.normalize("NFC", decomposed)
    assert clean_inline(decomposed) == "Yumuşak satış ağaç ılık; þjónusta sölu"


def _mended_by_expressions(text: str) -> str:
    """`clean_inline` as it was written first: a regular expression for each mend."""
    text = unicodedata.normalize("NFC", text)
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r",\s*\.(?!\.)", ",", text)
    text = re.sub(r"\s+([,;:])", r"\1", text)
    return text.strip()


def test_clean_inline_mends_as_the_regular_expressions_did() -> None:
    # White space of every kind (tabs, no-break and thin spaces, separators, line breaks),
    # the punctuation the mends look at, letters and a combining accent.
    alphabet = [" ", " ", " ", "\t", "\n", "\u00a0", "\u2009", "\u2028", "\x1c", "\x85"]
    alphabet += [",", ",", ".", ".", ";", ":", "a", "ş", "e", "\u0301", "ð", "-"]
    rng = random.Random(14)
    texts = ["".join(rng.choices(alphabet, k=rng.randint(0, 24))) for _ in range(20_000)]
    assert [clean_inline(t) for t in texts] == [_mended_by_expressions(t) for t in texts]


@pytest.mark.parametrize(
    ("raw", "term"),
    [
        ("zor satışı düşünmek faydalı olacaktır.", "zor satışı düşünmek faydalı olacaktır"),
        ("harða söluna,.", "harða söluna"),
        (" E-ticarette, ", "E-ticarette"),
        ("tüketicinin…", "tüketicinin"),
        ("neytanda —", "neytanda"),
        ("Hvað?!", "Hvað"),
    ],
)
def test_clean_anchor_strips_trailing_punctuation(raw: str, term: str) -> None:
    assert clean_anchor(raw) == term


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("ÖNEMLİ ÇIKARIMLAR", "önemli çıkarımlar"),
        ("İSTANBUL", "istanbul"),
        ("IŞIK", "ışık"),
        ("Yumuşak Satışı Anlama", "yumuşak satışı anlama"),
        ("HVAÐ ER MJÚK SALA", "hvað er mjúk sala"),
    ],
)
def test_fold_handles_turkish_i(a: str, b: str) -> None:
    assert fold(a) == fold(b) == b


def test_fold_keeps_dotted_and_dotless_i_apart() -> None:
    assert fold("ISIK") != fold("İSİK")
    assert fold("İ") == "i" and fold("I") == "ı"
