"""Sentences as card text: what a translation left dangling, said as its regular expression says."""

from __future__ import annotations

import random

from flashcards.builder.statements import _DANGLING, without_dangling, word_count

#: Letters, the marks that end a sentence, and spaces of several kinds, of which the
#: random texts below are made.
_PIECES = ["a", "ş", "X", "7", ".", "!", "?", "…", ",", " ", "  ", "\t", "\n", "\u00a0", "\u2003"]


def test_a_dangling_word_at_the_end_is_left_out() -> None:
    assert without_dangling("Müşterinin ne istediğini fark etmesidir. Yanıtlar.") == (
        "Müşterinin ne istediğini fark etmesidir."
    )
    assert without_dangling("Það er gott! Svör?\n") == "Það er gott!\n"


def test_a_last_sentence_of_two_words_or_a_last_word_after_a_comma_stays() -> None:
    for text in ("Bu iyi. İki kelime.", "Bu iyi, tamam.", "Bu iyi. a.b.", "Yanıtlar.", ""):
        assert without_dangling(text) == text


def test_the_quick_checks_agree_with_the_expression_on_random_texts() -> None:
    """The checks `without_dangling` makes before its expression never skip a match."""
    rng = random.Random(20_240_611)
    for _ in range(20_000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 12)))
        assert without_dangling(text) == _DANGLING.sub("", text), repr(text)


def test_a_texts_words_are_counted_as_split_counts_them_each_time() -> None:
    for text in ["", "  ", "Bir iki üç.", " Eitt\ttvö\n\nþrjú  fjögur ", "a\u00a0b c"]:
        assert word_count(text) == len(text.split()) == word_count(text)
