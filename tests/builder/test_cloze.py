"""Cloze blanks: what `cloze.candidates` keeps of a sentence is the sentence's alone."""

from __future__ import annotations

from collections import Counter
from typing import Any

from flashcards.builder import cloze
from flashcards.builder.reader import analyze_text
from flashcards.text.analysis import Analysis

SENTENCE = "Mjúk sala vísar til auglýsinga- og sölunálgunar sem byggir á traustum samböndum."


def _found(analysis: Analysis, **context: Any) -> list[cloze.Blank]:
    return cloze.candidates(SENTENCE, analysis, "is", **context)


def test_the_blanks_of_a_sentence_asked_again_in_other_articles_are_each_ones_own() -> None:
    """A sentence's analysis keeps what its phrases are (shared by the articles holding
    it); what an article adds (its key words, its headword, the hint's terms) is not kept:
    the same analysis asked in turn in three contexts gives what a fresh one gives."""
    sala, nálgun = ("mjúkur", "sala"), ("auglýsinga- og sölunálgun",)
    traust, samband = ("traustur", "samband"), ("samband",)
    assert {sala, nálgun, traust} <= cloze.phrase_keys(analyze_text(SENTENCE, "is"))
    hinted = {samband: {("ilişki",)}}
    contexts: list[dict[str, Any]] = [
        {"counts": Counter(), "translations": {}, "hint_keys": set(), "headword": None},
        {"counts": Counter({nálgun: 2}), "translations": {}, "hint_keys": set(), "headword": sala},
        {"counts": Counter(), "translations": hinted, "hint_keys": {("ilişki",)}, "headword": None},
        {  # the hint names the phrase's first word as a term of its own: not blanked
            "counts": Counter(),
            "translations": {**hinted, ("traustur",): {("güven",)}},
            "hint_keys": {("ilişki",), ("güven",)},
            "headword": None,
        },
    ]
    fresh = [_found(analyze_text(SENTENCE, "is"), **c) for c in contexts]
    assert [[(b.lemma, b.reason) for b in f] for f in fresh] == [
        [],
        [("mjúk sala", "headword"), ("auglýsinga- og sölunálgun", "key word")],
        [("traust sambönd", "aligned")],
        [],
    ]
    shared = analyze_text(SENTENCE, "is")
    for context, expected in [*zip(contexts, fresh, strict=True), (contexts[0], fresh[0])]:
        assert _found(shared, **context) == expected
    assert all(type(b) is cloze.Blank and b.term(SENTENCE) for f in fresh for b in f)
