"""Cloze, contrast and summary cards from the seed articles, and switching kinds off."""

from __future__ import annotations

from pathlib import Path

import pytest

from flashcards.builder import pipeline
from flashcards.builder.cards import CORE_KINDS
from flashcards.builder.cloze import BLANK
from flashcards.types import CardKind, CardSpec

SEEDS = Path(__file__).parents[2] / "decks" / "sales"
DIRECTIONS = [("tr", "is"), ("is", "tr")]
FUNCTION_WORDS = {
    "is": {"og", "til", "sem", "upp", "á", "ekki", "er", "að", "í", "um", "en", "það"},
    "tr": {"ve", "bir", "bu", "için", "ile", "daha", "olarak", "veya"},
}


@pytest.fixture(scope="module")
def cards() -> list[CardSpec]:
    files, _ = pipeline.collect_files([SEEDS])
    return pipeline.plan_build(files, "sales", DIRECTIONS).cards


def of(cards: list[CardSpec], kind: CardKind, source: str | None = None) -> list[CardSpec]:
    return [c for c in cards if c.kind is kind and (source is None or c.source_lang == source)]


def test_cloze_of_the_icelandic_definition_blanks_meaningful_terms(cards: list[CardSpec]) -> None:
    first = [
        c for c in of(cards, CardKind.CLOZE, "tr") if c.extra.startswith("Mjúk sala vísar til")
    ]
    # The headword, blanked once in the article: here, where the definition names it.
    assert [c.back for c in first] == ["Mjúk sala"]
    for card in first:
        sentence, hint = card.front.split("\n")
        assert sentence.count(BLANK) == 1
        assert sentence.replace(BLANK, card.back) == card.extra
        assert hint.startswith("Yumuşak satış, ince bir dil")  # the aligned Turkish sentence


@pytest.mark.parametrize("lang", ["is", "tr"])
def test_cloze_never_blanks_a_function_word(cards: list[CardSpec], lang: str) -> None:
    clozes = [c for c in of(cards, CardKind.CLOZE) if c.target_lang == lang]
    assert len(clozes) >= 9
    for card in clozes:
        term = card.back
        assert term.casefold() not in FUNCTION_WORDS[lang]
        assert len(term) >= 4


def test_cloze_siblings_span_both_directions(cards: list[CardSpec]) -> None:
    notes = {c.note_key for c in of(cards, CardKind.CLOZE, "tr")}
    assert notes == {c.note_key for c in of(cards, CardKind.CLOZE, "is")}


def test_contrast_statements_come_under_the_right_label(cards: list[CardSpec]) -> None:
    """Labels are the concepts' terms as the bodies name them, in each language."""
    turkish = {c.front: c for c in of(cards, CardKind.CONTRAST, "tr")}
    labels = {c.back for c in turkish.values()}
    assert labels == {"Yumuşak satış", "Sert satış"}
    hard = [c for c in turkish.values() if c.back == "Sert satış"]
    assert len(hard) == 2
    assert any("gözden düşmüş, yüksek basınçlı, agresif" in c.front for c in hard)
    # "Yumuşak satış, sert satıştan daha fazla danışma niteliğindedir" names both: no
    # telling which it is about once both are blanked.
    assert not any("danışma niteliğindedir" in c.front for c in turkish.values())
    for card in turkish.values():
        assert "yumuşak satış" not in card.front.casefold()  # the answer is not given away
        assert card.source_lang == card.target_lang == "tr"
    icelandic = of(cards, CardKind.CONTRAST, "is")
    hard_is = [c for c in icelandic if c.back == "Harðsala"]
    # "Það er álitin …": the pronoun stands for the concept just named, and is blanked.
    assert any(c.front.startswith("… er álitin háþrýsti") for c in hard_is)
    assert {c.back for c in icelandic} == {"Mjúk sala", "Harðsala"}


def test_summary_only_when_the_description_says_more(tmp_path: Path) -> None:
    files, _ = pipeline.collect_files([SEEDS])
    plan = pipeline.plan_build(files, "sales", DIRECTIONS)
    assert of(plan.cards, CardKind.SUMMARY) == []  # the seeds' descriptions repeat the definition
    for seed in SEEDS.iterdir():
        text = seed.read_text("utf-8").replace(
            "description: ",
            "description: Kısaca, "
            if seed.name.startswith("000")
            else "description: Í stuttu máli, ",
            1,
        )
        (tmp_path / seed.name).write_text(text, "utf-8")
    files, _ = pipeline.collect_files([tmp_path])
    summaries = of(pipeline.plan_build(files, "sales", DIRECTIONS).cards, CardKind.SUMMARY)
    fronts = {c.source_lang: (c.front, c.back) for c in summaries}
    assert fronts["tr"][0] == "Yumuşak satış nedir?"
    assert fronts["tr"][1].startswith("Í stuttu máli, Mjúk sala vísar til")
    assert fronts["is"][0] == "Hvað er mjúk sala?"


def test_kinds_can_be_switched_off(cards: list[CardSpec]) -> None:
    files, _ = pipeline.collect_files([SEEDS])
    only_terms = pipeline.plan_build(files, "sales", DIRECTIONS, kinds=frozenset({CardKind.TERM}))
    assert {c.kind for c in only_terms.cards} == {CardKind.TERM}
    core = pipeline.plan_build(files, "sales", DIRECTIONS, kinds=CORE_KINDS)
    assert {c.kind for c in core.cards} == CORE_KINDS
    assert {c.uid for c in core.cards} < {c.uid for c in cards}


def test_practice_uids_do_not_depend_on_the_text(tmp_path: Path) -> None:
    for seed in SEEDS.iterdir():
        text = seed.read_text("utf-8").replace("Sölumaðurinn mun", "Sölumaðurinn mun alltaf")
        (tmp_path / seed.name).write_text(text, "utf-8")
    files, _ = pipeline.collect_files([SEEDS])
    before = {c.uid: c for c in pipeline.plan_build(files, "sales", DIRECTIONS).cards}
    files, _ = pipeline.collect_files([tmp_path])
    after = {c.uid: c for c in pipeline.plan_build(files, "sales", DIRECTIONS).cards}
    changed = [uid for uid in before.keys() & after.keys() if before[uid].extra != after[uid].extra]
    assert changed and all("/cloze/techniques.0.1" in uid or "/contrast/" in uid for uid in changed)


HARD_TR = """---
title: Sert Satış
slug: hard-sell
---
# Sert Satış
## Sert Satış Nedir?

Sert satış, müşteriyi hemen satın almaya iten doğrudan ve ısrarlı bir satış yaklaşımıdır. \
Bu yaklaşımda satıcı, alıcıya düşünmek için çok az zaman bırakır.
"""
HARD_IS = """---
title: Hörð sala
slug: hard-sell
---
# Hörð sala
## Hvað er hörð sala?

Harðsala er bein og ágeng söluaðferð sem miðar að því að fá kaupandann til að kaupa strax. \
Sölumaðurinn gefur kaupandanum lítinn tíma til að hugsa sig um.
"""


def test_the_linked_articles_definition_gives_statements_too(tmp_path: Path) -> None:
    for seed in SEEDS.iterdir():
        (tmp_path / seed.name).write_bytes(seed.read_bytes())
    (tmp_path / "a1.md").write_text(HARD_TR, "utf-8")
    (tmp_path / "a2.md").write_text(HARD_IS, "utf-8")
    files, _ = pipeline.collect_files([tmp_path])
    plan = pipeline.plan_build(files, "sales", DIRECTIONS)
    linked = [c for c in of(plan.cards, CardKind.CONTRAST) if "/contrast/linked." in c.uid]
    turkish = [c for c in linked if c.source_lang == "tr"]
    # "Bu yaklaşımda satıcı …" points back at the sentence before: not a statement alone.
    assert [c.back for c in turkish] == ["Sert satış"]
    assert "doğrudan ve ısrarlı bir satış yaklaşımıdır" in turkish[0].front
    assert "sert satış" not in turkish[0].front.casefold()  # the answer is blanked
    assert "Sert Satış Nedir?" in turkish[0].extra
    icelandic = [c for c in linked if c.source_lang == "is"]
    assert len(icelandic) == 2 and {c.back for c in icelandic} == {"Harðsala"}
    assert not any("harðsala" in c.front.casefold() for c in icelandic)
