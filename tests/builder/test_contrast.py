"""Where the sentences of an article name its two concepts (`contrast._Sentences`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from flashcards.builder import contrast, pipeline
from flashcards.builder import terms as t

SEEDS = Path(__file__).parents[2] / "decks" / "sales"
#: The seed pair and the sample pairs (hard and cross selling).
DATA = Path(__file__).with_name("data")
FOLDERS = [SEEDS, DATA / "hard_sell", DATA / "cross_sell"]


@pytest.mark.parametrize("lang", ["tr", "is"])
def test_each_sentence_names_the_concepts_where_all_their_names_are_looked_for(lang: str) -> None:
    """Only names whose first word is in a sentence are looked for in it: where each
    sentence of the seed and sample articles name its concepts, and whether it names one more often
    than can be blanked, is what looking for every name finds."""
    files, _ = pipeline.collect_files(FOLDERS)
    groups = pipeline.plan_build(files, "sales", [("tr", "is")], make_cards=False).groups
    articles = [a for g in groups for a in g.members.values() if a.lang == lang]
    checked = named = 0
    for article in articles:
        pair = contrast.concepts(article)
        if pair is None:
            continue
        sentences = contrast._Sentences(article, pair)
        for text in t.body_texts(article):
            analysis = article.analysis(text)
            if analysis is None:
                continue
            own = contrast._mentions(analysis, pair.own_names)
            other = contrast._mentions(analysis, pair.other_names)
            lemmas = contrast._lemmas(analysis)
            unseen = lemmas.places(pair.own_names) > len(own) or lemmas.places(
                pair.other_names
            ) > len(other)
            assert sentences.named(text) == (own, other, unseen), text
            checked += 1
            named += bool(own or other)
    assert checked > 20 and 0 < named < checked
