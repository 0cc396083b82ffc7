"""Sentences as card text: what a translation left dangling, said as its regular expression says."""

from __future__ import annotations

import random

from flashcards.builder.statements import (
    _DANGLING,
    SEQUELS,
    _clauses,
    clause_span,
    self_contained,
    without_dangling,
    word_count,
)
from flashcards.text.analysis import Analysis, Pos, Word

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


def test_a_long_sentence_is_cut_to_the_whole_clauses_around_its_blank() -> None:
    """`clause_span` widens the clauses holding [start, end) one at a time, before first,
    while they fit: on random sentences, the span a walk over every cut finds."""
    rng = random.Random(5)
    words = ["satış", "müşteri,", "ve", "alıcı;", "ürün", "fiyat:", "teklif", "sonra"]
    for _ in range(400):
        sentence = " ".join(rng.choice(words) for _ in range(rng.randint(1, 60))) + "."
        extra = tuple(sorted(rng.sample(range(1, len(sentence)), rng.randint(0, 3))))
        start = rng.randrange(len(sentence))
        end = rng.randint(start + 1, len(sentence))
        limit = rng.choice([5, 12, 28])
        expected = (0, len(sentence))
        if len(sentence.split()) > limit:
            cuts, _ = _clauses(sentence, extra)
            first = max(i for i, c in enumerate(cuts[:-1]) if c <= start)
            last = min(i for i, c in enumerate(cuts) if c >= end)
            while True:
                if first > 0 and len(sentence[cuts[first - 1] : cuts[last]].split()) <= limit:
                    first -= 1
                elif last < len(cuts) - 1 and (
                    len(sentence[cuts[first] : cuts[last + 1]].split()) <= limit
                ):
                    last += 1
                else:
                    break
            expected = (cuts[first], cuts[last])
        assert clause_span(sentence, start, end, limit, extra) == expected


def _opening(*lemmas: str) -> Analysis:
    """A sentence of these words (adverbs) and a verb after them."""
    words = [Word(10 * i, 10 * i + len(lemma), lemma, Pos.ADV) for i, lemma in enumerate(lemmas)]
    return Analysis((*words, Word(10 * len(lemmas), 10 * len(lemmas) + 4, "olur", Pos.VERB)))


def test_a_sentence_opening_with_a_sequel_is_not_one_of_its_own() -> None:
    """A sequel of one word or two opens a sentence that goes on from the one before; a
    sentence whose first word is only the first of a sequel of two does not."""
    for lang, sequels in SEQUELS.items():
        for sequel in sequels:
            assert not self_contained(_opening(*sequel, "yeni"), lang)
            assert not self_contained(_opening(*sequel), lang)
            if len(sequel) == 2 and (sequel[0],) not in sequels:
                assert self_contained(_opening(sequel[0], "yeni"), lang)
                assert self_contained(_opening(sequel[0]), lang)
        assert self_contained(_opening("yeni", *sequels[0]), lang)
