"""The concepts of an article: the rivals of its own concept among a sentence's phrases."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from flashcards.builder import terms as t
from flashcards.builder.reader import analyze_text

SENTENCE = "Harðsala og mjúk sala eru ólíkar, en endurtekin sala byggir á traustum samböndum."


def test_a_shared_sentence_gives_each_concept_its_own_rivals() -> None:
    """What a sentence's phrases are to one concept is kept on its analysis (the articles of
    a deck share it) by concept: asked for another, the same analysis gives that one's."""
    shared = analyze_text(SENTENCE, "is")
    for own in [("mjúkur", "sala"), ("samband",), ("mjúkur", "sala")]:
        fresh = analyze_text(SENTENCE, "is")
        expected = [
            (key, phrase.lemma, phrase.first == 0)
            for phrase, key in zip(fresh.phrases, fresh.keys, strict=True)
            if key and t.is_rival(key, t.Term("", own))
        ]
        assert t._rivals_in(shared, own) == expected
    rivals = [key for key, _, _ in t._rivals_in(shared, ("mjúkur", "sala"))]
    assert ("harðsala",) in rivals and ("mjúkur", "sala") not in rivals
    assert t._rivals_in(shared, ("samband",)) != t._rivals_in(shared, ("mjúkur", "sala"))


_WORD = st.text(alphabet="asşlıð", max_size=7)
_KEY = st.lists(_WORD, min_size=1, max_size=3).map(tuple)


@settings(max_examples=3_000, deadline=None)
@given(_KEY, _KEY)
def test_a_rival_always_ends_as_the_rivals_looked_for_may(key: t.Key, own: t.Key) -> None:
    """`_rivals_in` asks `_is_rival` only of the keys whose last word ends as a rival's may
    (`_rival_tails`): none it leaves out is a rival (empty words and heads included)."""
    tails = t._rival_tails(own)
    if t._is_rival(key, own):
        assert tails is None or key[-1][-1:] in tails
