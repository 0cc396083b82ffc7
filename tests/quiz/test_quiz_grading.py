"""Typed answers graded like a language teacher would: normalising, verdicts, diffs, ratings."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from flashcards.quiz.grading import (
    DiffOp,
    DiffSegment,
    Verdict,
    edit_distance,
    grade,
    normalize,
    rating_for,
)
from flashcards.types import Rating

EXACT, NEAR, WRONG = Verdict.EXACT, Verdict.NEAR_MISS, Verdict.WRONG


@pytest.mark.parametrize(
    ("text", "lang", "tolerant", "normal"),
    [
        # Turkish and Azerbaijani fold dotted and dotless i apart; other languages do not
        ("İSTANBUL", "tr", False, "istanbul"),
        ("ISPARTA", "tr", False, "ısparta"),
        ("ISPARTA", "az", False, "ısparta"),
        ("ISPARTA", "tr-TR", False, "ısparta"),
        ("ISPARTA", "en", False, "isparta"),
        ("ISPARTA", "is", False, "isparta"),
        ("İSTANBUL", "en", False, "istanbul"),
        ("YUMUŞAK SATIŞ", "tr", False, "yumuşak satış"),
        ("MJÚK SALA", "is", False, "mjúk sala"),
        # punctuation and white space
        ("  Mjúk \t sala. ", "is", False, "mjúk sala"),
        ("Hvað er mjúk sala?", "is", False, "hvað er mjúk sala"),
        ("Yumuşak satış, sert satış!", "tr", False, "yumuşak satış sert satış"),
        ("auglýsinga- og sölunálgunar", "is", False, "auglýsinga og sölunálgunar"),
        ("E-ticarette", "tr", False, "eticarette"),
        ("İstanbul'da", "tr", False, "istanbulda"),
        ("İstanbul’da", "tr", False, "istanbulda"),
        ("«sala»/selja", "is", False, "sala selja"),
        ("", "is", False, ""),
        ("?!", "tr", False, ""),
        # NFC: decomposed input folds like composed input
        (unicodedata.normalize("NFD", "Yumuşak Satış"), "tr", False, "yumuşak satış"),
        (unicodedata.normalize("NFD", "Mjúk sölutækni"), "is", False, "mjúk sölutækni"),
        # Icelandic letters stay letters without tolerance
        ("ðæ", "is", False, "ðæ"),
        ("Þjónusta", "is", False, "þjónusta"),
        ("sölu", "is", False, "sölu"),
        # tolerance strips accents and spells þ, ð, æ, ı plainly
        ("ðæ", "is", True, "dae"),
        ("Þjónusta", "is", True, "thjonusta"),
        ("sölu", "is", True, "solu"),
        ("Mjúk sala", "is", True, "mjuk sala"),
        ("Ýtinn", "is", True, "ytinn"),
        ("áéíóú", "is", True, "aeiou"),
        ("Yumuşak Satış", "tr", True, "yumusak satis"),
        ("ağaç ılık üzüm", "tr", True, "agac ilik uzum"),
        ("ISPARTA", "tr", True, "isparta"),
    ],
)
def test_normalize(text: str, lang: str, tolerant: bool, normal: str) -> None:
    assert normalize(text, lang, tolerate_diacritics=tolerant) == normal


@pytest.mark.parametrize(
    ("answer", "expected", "lang", "strict", "tolerant"),
    [
        # case: Turkish-aware
        ("İSTANBUL", "istanbul", "tr", EXACT, EXACT),
        ("istanbul", "İSTANBUL", "tr", EXACT, EXACT),
        ("ISPARTA", "ısparta", "tr", EXACT, EXACT),
        ("ISPARTA", "isparta", "tr", WRONG, NEAR),  # I is ı in Turkish: an accent slip
        ("ISPARTA", "isparta", "en", EXACT, EXACT),
        ("YUMUŞAK SATIŞ", "Yumuşak Satış", "tr", EXACT, EXACT),
        ("mjúk sala", "MJÚK SALA", "is", EXACT, EXACT),
        # spacing and punctuation
        ("  mjúk   sala ", "Mjúk sala", "is", EXACT, EXACT),
        ("Mjúk sala", "Mjúk sala.", "is", EXACT, EXACT),
        ("Mjúk sala!", "Mjúk sala", "is", EXACT, EXACT),
        ("yumuşak satış", "Yumuşak Satış.", "tr", EXACT, EXACT),
        ("Hvað er mjúk sala", "Hvað er mjúk sala?", "is", EXACT, EXACT),
        # accents only: wrong when strict (even one letter), a near miss when tolerated
        ("mjuk sala", "Mjúk sala", "is", WRONG, NEAR),
        ("dae", "ðæ", "is", WRONG, NEAR),
        ("thjonusta", "þjónusta", "is", WRONG, NEAR),
        ("yumusak satis", "Yumuşak Satış", "tr", WRONG, NEAR),
        ("yumuşak satıs", "Yumuşak Satış", "tr", WRONG, NEAR),
        # one typo in an answer of four letters or more
        ("mjúk sla", "Mjúk sala", "is", NEAR, NEAR),  # deletion
        ("mjúk saala", "Mjúk sala", "is", NEAR, NEAR),  # insertion
        ("mjúk sela", "Mjúk sala", "is", NEAR, NEAR),  # substitution
        ("mjúk asla", "Mjúk sala", "is", NEAR, NEAR),  # swap of neighbours
        ("mjúksala", "Mjúk sala", "is", NEAR, NEAR),  # a missing space
        ("yumuşak staış", "Yumuşak Satış", "tr", NEAR, NEAR),
        ("tüketicnin", "tüketicinin", "tr", NEAR, NEAR),
        ("sal", "sala", "is", NEAR, NEAR),
        # a typo plus an accent: only tolerance forgives the accent
        ("mjuk sla", "Mjúk sala", "is", WRONG, NEAR),
        ("yumusak stais", "Yumuşak Satış", "tr", WRONG, NEAR),
        # short words get no typo allowance
        ("sat", "sal", "is", WRONG, WRONG),
        ("bir", "bit", "tr", WRONG, WRONG),
        ("salt", "sal", "is", WRONG, WRONG),  # the expected answer's length counts
        # wrong
        ("mjúk sla.a", "Mjúk sala", "is", WRONG, WRONG),  # the full stop splits the word
        ("hörð sala", "Mjúk sala", "is", WRONG, WRONG),
        ("sert satış", "Yumuşak satış", "tr", WRONG, WRONG),
        ("mjúk slaaa", "Mjúk sala", "is", WRONG, WRONG),
        ("", "Mjúk sala", "is", WRONG, WRONG),
        ("   ", "Yumuşak Satış", "tr", WRONG, WRONG),
    ],
)
def test_grade_verdicts(
    answer: str, expected: str, lang: str, strict: Verdict, tolerant: Verdict
) -> None:
    assert grade(answer, expected, lang).verdict is strict
    assert grade(answer, expected, lang, tolerate_diacritics=True).verdict is tolerant


@pytest.mark.parametrize(
    ("answer", "expected", "lang"),
    [("mjuk sala", "Mjúk sala", "is"), ("dae", "ðæ", "is"), ("yumusak", "Yumuşak", "tr")],
)
def test_accent_slips_are_flagged(answer: str, expected: str, lang: str) -> None:
    for tolerant in (False, True):
        result = grade(answer, expected, lang, tolerate_diacritics=tolerant)
        assert result.diacritics_only
    assert not grade("mjúk sla", "Mjúk sala", "is").diacritics_only
    assert grade("mjuk sala", "Mjúk sala", "is", tolerate_diacritics=True).distance == 0


@pytest.mark.parametrize(
    ("answer", "expected", "alternatives", "lang", "verdict", "matched"),
    [
        ("Mjúk sala", "Mjúk sala", ("Mjúk selja",), "is", EXACT, "Mjúk sala"),
        ("mjúk selja", "Mjúk sala", ("Mjúk selja",), "is", EXACT, "Mjúk selja"),
        ("mjúk selja.", "Mjúk sala", ("Mjúk selja",), "is", EXACT, "Mjúk selja"),
        ("mjúk selj", "Mjúk sala", ("Mjúk selja",), "is", NEAR, "Mjúk selja"),
        ("mjúk sela", "Mjúk sala", ("Mjúk selja",), "is", NEAR, "Mjúk sala"),  # tie: main
        ("hörð sala", "Mjúk sala", ("Mjúk selja",), "is", WRONG, "Mjúk sala"),
        ("zor satış", "Sert satış", ("Zor satış",), "tr", EXACT, "Zor satış"),
        ("ZOR SATIŞ", "Sert satış", ("Zor satış",), "tr", EXACT, "Zor satış"),
        ("sert satıs", "Sert satış", ("Zor satış",), "tr", WRONG, "Sert satış"),
        ("zor satş", "Sert satış", ("Zor satış",), "tr", NEAR, "Zor satış"),
    ],
)
def test_alternatives_best_verdict_wins(
    answer: str,
    expected: str,
    alternatives: tuple[str, ...],
    lang: str,
    verdict: Verdict,
    matched: str,
) -> None:
    result = grade(answer, expected, lang, alternatives=alternatives)
    assert (result.verdict, result.expected) == (verdict, matched)
    assert result.accepted is (verdict is not WRONG)


def _sides(segments: tuple[DiffSegment, ...]) -> tuple[str, str]:
    return "".join(s.typed for s in segments), "".join(s.expected for s in segments)


@pytest.mark.parametrize(
    ("answer", "expected", "lang", "segments"),
    [
        (
            "mjuk sala",
            "Mjúk sala.",
            "is",
            [("equal", "mj", "Mj"), ("replace", "u", "ú"), ("equal", "k sala", "k sala.")],
        ),
        (
            "mjúk sla",
            "Mjúk sala",
            "is",
            [("equal", "mjúk s", "Mjúk s"), ("insert", "", "a"), ("equal", "la", "la")],
        ),
        (
            "İSTANBULL",
            "istanbul",
            "tr",
            [("equal", "İSTANBUL", "istanbul"), ("delete", "L", "")],
        ),
        (
            "  Yumuşak   satış! ",
            "Yumuşak Satış",
            "tr",
            [("equal", "  Yumuşak   satış! ", "Yumuşak Satış")],
        ),
        ("", "Mjúk sala", "is", [("insert", "", "Mjúk sala")]),
        ("hörð", "", "is", [("delete", "hörð", "")]),
        ("", "", "is", []),
        ("?", "!", "tr", [("equal", "?", "!")]),
    ],
)
def test_diff_segments(
    answer: str, expected: str, lang: str, segments: list[tuple[str, str, str]]
) -> None:
    result = grade(answer, expected, lang).diff
    assert [(s.op.value, s.typed, s.expected) for s in result] == segments
    assert _sides(result) == (answer, expected)


@pytest.mark.parametrize(
    ("answer", "expected", "lang"),
    [
        ("mjuk sala", "Mjúk sala", "is"),
        ("dae", "ðæ", "is"),
        ("Þjonusta!!", "þjónusta", "is"),
        ("yumusak satis", "Yumuşak Satış", "tr"),
        ("E ticarette", "E-ticarette", "tr"),
        ("İstanbulda", "İstanbul'da", "tr"),
        (unicodedata.normalize("NFD", "Yumuşak  satış"), "Yumuşak Satış", "tr"),
        ("Straße", "strasse", "de"),
        ("sert satış", "Yumuşak satış, sert satıştan daha fazla danışma niteliğindedir.", "tr"),
    ],
)
def test_diff_reconstructs_both_texts(answer: str, expected: str, lang: str) -> None:
    for tolerant in (False, True):
        result = grade(answer, expected, lang, tolerate_diacritics=tolerant)
        assert _sides(result.diff) == (answer, expected)
        assert all(s.typed or s.expected for s in result.diff)


@given(st.text(max_size=30), st.text(max_size=30), st.sampled_from(["tr", "is", "en"]))
def test_diff_always_reconstructs(answer: str, expected: str, lang: str) -> None:
    segments = grade(answer, expected, lang).diff
    assert _sides(segments) == (answer, expected)
    for segment in segments:
        assert segment.typed or segment.expected
        if segment.op is not DiffOp.EQUAL:
            assert bool(segment.typed) == (segment.op is not DiffOp.INSERT)
            assert bool(segment.expected) == (segment.op is not DiffOp.DELETE)
    if normalize(answer, lang) == normalize(expected, lang):
        assert all(s.op is DiffOp.EQUAL for s in segments)


@pytest.mark.parametrize(
    ("a", "b", "distance"),
    [
        ("", "", 0),
        ("sala", "sala", 0),
        ("sala", "", 4),
        ("sala", "sla", 1),
        ("sala", "asla", 1),
        ("sala", "saal", 1),
        ("sala", "selja", 2),
        ("ca", "abc", 3),  # optimal string alignment: no edit of a swapped pair
    ],
)
def test_edit_distance(a: str, b: str, distance: int) -> None:
    assert edit_distance(a, b) == distance
    assert edit_distance(b, a) == distance


@pytest.mark.parametrize(
    ("verdict", "fast", "easy_when_fast", "rating"),
    [
        (EXACT, False, False, Rating.GOOD),
        (EXACT, True, False, Rating.GOOD),
        (EXACT, False, True, Rating.GOOD),
        (EXACT, True, True, Rating.EASY),
        (NEAR, False, False, Rating.HARD),
        (NEAR, True, True, Rating.HARD),
        (WRONG, False, False, Rating.AGAIN),
        (WRONG, True, True, Rating.AGAIN),
    ],
)
def test_rating_for(verdict: Verdict, fast: bool, easy_when_fast: bool, rating: Rating) -> None:
    assert rating_for(verdict, fast=fast, easy_when_fast=easy_when_fast) is rating


def test_verdict_values_are_stable() -> None:
    assert [v.value for v in Verdict] == ["exact", "near_miss", "wrong_form", "wrong"]
    assert {op.value for op in DiffOp} == {"equal", "insert", "delete", "replace"}


@pytest.mark.parametrize(
    ("answer", "expected", "lemma", "lang", "verdict"),
    [
        # Icelandic: another case or number, the article, an adjective that agrees
        ("sölu", "sala", "", "is", Verdict.WRONG_FORM),
        ("söluna", "sala", "", "is", Verdict.WRONG_FORM),
        ("mjúkri sölu", "Mjúk sala", "", "is", Verdict.WRONG_FORM),
        ("endurtekin sala", "endurtekinnar sölu", "endurtekin sala", "is", Verdict.WRONG_FORM),
        ("kaupendur", "kaupandi", "", "is", Verdict.WRONG_FORM),
        ("sala", "sal", "", "is", Verdict.WRONG_FORM),  # sala: the genitive plural of sal
        ("sal", "sala", "", "is", Verdict.NEAR_MISS),  # sal is no form of sala: a typo
        ("selja", "sala", "", "is", Verdict.WRONG),  # the verb "to sell": another word
        ("afslátur", "afsláttur", "", "is", Verdict.NEAR_MISS),  # a typo, no word at all
        # Turkish: case, possession and plural suffixes, a softened final consonant
        ("satışı", "satış", "", "tr", Verdict.WRONG_FORM),
        ("satışlar", "satış", "", "tr", Verdict.WRONG_FORM),
        ("satış", "satışları", "satış", "tr", Verdict.WRONG_FORM),
        ("satışa", "satışları", "satış", "tr", Verdict.WRONG_FORM),
        ("kitabı", "kitap", "", "tr", Verdict.WRONG_FORM),
        ("tekrar satışları", "tekrar satış", "", "tr", Verdict.WRONG_FORM),
        ("tüketiciler", "tüketicinin", "tüketici", "tr", Verdict.WRONG_FORM),
        ("satıcı", "satış", "", "tr", Verdict.WRONG),  # another word of the same root
        ("satıs", "satış", "", "tr", Verdict.WRONG),  # ş is a letter: strict mode
        ("yumuşak satıs", "Yumuşak Satış", "", "tr", Verdict.WRONG),
        # the right form is right, whatever the lemma
        ("endurtekinnar sölu", "endurtekinnar sölu", "endurtekin sala", "is", Verdict.EXACT),
    ],
)
def test_right_word_wrong_form(
    answer: str, expected: str, lemma: str, lang: str, verdict: Verdict
) -> None:
    result = grade(answer, expected, lang, lemma=lemma)
    assert result.verdict is verdict
    if verdict is Verdict.WRONG_FORM:
        assert result.expected == expected  # shown with the expected form
        assert rating_for(result.verdict) is Rating.HARD
        assert result.accepted


def test_an_alternative_is_right_and_the_others_forms_are_wrong_forms() -> None:
    """A term card's other answers (the title's name, the form in the sentence) are right."""
    alternatives = ("Mjúk selja",)
    assert grade("mjúk selja", "Mjúk sala", "is", alternatives=alternatives).verdict is (
        Verdict.EXACT
    )
    assert (
        grade(
            "endurtekinnar sölu", "endurtekin sala", "is", alternatives=("endurtekinnar sölu",)
        ).verdict
        is Verdict.EXACT
    )
