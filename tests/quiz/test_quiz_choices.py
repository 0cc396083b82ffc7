"""Multiple choice: distractors of the same kind and language, never siblings nor duplicates."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import replace

import pytest

from flashcards.quiz.choices import MultipleChoice, distractors, eligible, make_choices
from flashcards.quiz.models import QuizCard, quiz_card
from flashcards.records import CardRecord
from flashcards.text.fold import normalize
from flashcards.types import CardKind

TERM, TECH, DEF = CardKind.TERM, CardKind.TECHNIQUE, CardKind.DEFINITION


def card(
    id: int,
    back: str,
    *,
    note: str | None = None,
    kind: CardKind = TERM,
    source: str = "tr",
    target: str = "is",
    group: str = "g1",
    keywords: tuple[str, ...] = (),
) -> QuizCard:
    return QuizCard(
        id=id,
        note_key=note or f"note{id}",
        kind=kind,
        source_lang=source,
        target_lang=target,
        front=f"front {id}",
        back=back,
        group_key=group,
        keywords=keywords,
    )


TARGET = card(1, "Mjúk sala", note="soft")
ICELANDIC_TERMS = [
    card(2, "Harðsala"),
    card(3, "Sölutækni"),
    card(4, "Neytandi"),
    card(5, "Endurtekin sala"),
    card(6, "Rafræn viðskipti"),
    card(7, "Sölumaður"),
]


def options_by_card(choice: MultipleChoice, pool: list[QuizCard]) -> list[QuizCard]:
    by_id = {c.id: c for c in pool}
    return [by_id[i] for i in choice.option_card_ids]


def assert_well_formed(choice: MultipleChoice, target: QuizCard) -> None:
    assert choice.question == target.front
    assert choice.answer == target.back
    assert choice.option_card_ids[choice.answer_index] == target.id
    assert choice.is_correct(choice.answer_index)
    assert len(choice.options) == len(choice.option_card_ids)
    keys = [normalize(o, target.target_lang, tolerate_diacritics=True) for o in choice.options]
    assert len(set(keys)) == len(keys)


def test_four_options_with_the_answer_among_them() -> None:
    pool = [TARGET, *ICELANDIC_TERMS]
    choice = make_choices(TARGET, pool, seed=7)
    assert len(choice.options) == 4
    assert_well_formed(choice, TARGET)
    assert sum(choice.is_correct(i) for i in range(4)) == 1


@pytest.mark.parametrize(
    ("intruder", "why"),
    [
        (card(20, "Mjúk selja", note="soft"), "a sibling: same note"),
        (card(21, "Yumuşak satış", source="is", target="tr"), "another answer language"),
        (card(22, "Mjúk sala vísar til…", kind=DEF), "another kind"),
        (replace(TARGET, back="Mjúk sala (aftur)"), "the card itself, under its own id"),
    ],
)
def test_never_the_card_a_sibling_another_kind_or_language(intruder: QuizCard, why: str) -> None:
    pool = [TARGET, intruder, card(2, "Harðsala")]
    for seed in range(20):
        choice = make_choices(TARGET, pool, seed)
        assert intruder.back not in choice.options, why
        assert set(choice.options) == {"Mjúk sala", "Harðsala"}


def test_options_match_the_cards_kind_and_language(seed_cards: list[QuizCard]) -> None:
    for target in seed_cards:
        for seed in range(3):
            choice = make_choices(target, seed_cards, seed)
            assert_well_formed(choice, target)
            for option in options_by_card(choice, seed_cards):
                assert option.kind is target.kind
                assert option.target_lang == target.target_lang
                assert option.id == target.id or option.note_key != target.note_key


def test_the_seed_techniques_get_four_options_in_each_language(
    seed_cards: list[QuizCard],
) -> None:
    for lang in ("tr", "is"):
        steps = [c for c in seed_cards if c.kind is TECH and c.target_lang == lang]
        assert len(steps) == 5
        choice = make_choices(steps[0], seed_cards, seed="session-1")
        assert len(choice.options) == 4
        assert set(choice.options) <= {c.back for c in steps}


@pytest.mark.parametrize(
    "duplicates",
    [
        ["Mjúk sala.", "MJÚK SALA", "mjúk  sala", "Mjuk sala"],  # the answer again
        ["Harðsala", "harðsala!", "HARÐSALA", "Hardsala"],  # one distractor many times
    ],
)
def test_no_two_options_equal_after_normalising(duplicates: list[str]) -> None:
    pool = [TARGET] + [card(10 + i, text) for i, text in enumerate(duplicates)]
    pool += [card(30, "Neytandi"), card(31, "Sölumaður")]
    for seed in range(30):
        choice = make_choices(TARGET, pool, seed)
        assert_well_formed(choice, TARGET)
    assert "Mjúk sala." not in make_choices(TARGET, pool, 0).options


def test_deterministic_under_a_seed() -> None:
    pool = [TARGET, *ICELANDIC_TERMS]
    first = make_choices(TARGET, pool, seed=42)
    shuffled = pool[:]
    random.Random(1).shuffle(shuffled)
    assert make_choices(TARGET, pool, seed=42) == first
    assert make_choices(TARGET, shuffled, seed=42) == first  # pool order does not matter
    assert make_choices(TARGET, pool, seed="42") == first  # str(seed) is the same seed
    outcomes = {make_choices(TARGET, pool, seed=s) for s in range(30)}
    assert len(outcomes) > 1
    assert len({c.answer_index for c in outcomes}) > 1  # the answer moves around


@pytest.mark.parametrize("others", [0, 1, 2, 3])
def test_small_pools_give_fewer_options(others: int) -> None:
    pool = [TARGET, *ICELANDIC_TERMS[:others]]
    choice = make_choices(TARGET, pool, seed=0)
    assert len(choice.options) == 1 + others
    assert_well_formed(choice, TARGET)


def test_a_card_alone_or_with_an_empty_pool() -> None:
    for pool in ([TARGET], []):
        choice = make_choices(TARGET, pool, seed=3)
        assert choice.options == ("Mjúk sala",)
        assert choice.answer_index == 0


def test_n_sets_the_number_of_options() -> None:
    pool = [TARGET, *ICELANDIC_TERMS]
    assert len(make_choices(TARGET, pool, seed=0, n=1).options) == 1
    assert len(make_choices(TARGET, pool, seed=0, n=3).options) == 3
    assert len(make_choices(TARGET, pool, seed=0, n=10).options) == 7
    with pytest.raises(ValueError):
        make_choices(TARGET, pool, seed=0, n=0)


def test_prefers_cards_sharing_keywords() -> None:
    sales = ("Business", "Sales")
    target = replace(TARGET, keywords=sales)
    on_topic = [card(i, f"Söluhugtak {i}", keywords=("sales",)) for i in range(2, 5)]
    off_topic = [card(i, f"Verðbólga {i}", keywords=("Inflation",)) for i in range(10, 30)]
    pool = [target, *off_topic, *on_topic]
    for seed in range(25):
        chosen = make_choices(target, pool, seed).option_card_ids
        assert set(chosen) == {1, 2, 3, 4}


def test_then_the_same_article_family() -> None:
    same = [card(i, f"Sama grein {i}", group="g1") for i in range(2, 5)]
    other = [card(i, f"Önnur grein {i}", group="g2") for i in range(10, 30)]
    pool = [TARGET, *other, *same]
    for seed in range(25):
        assert set(make_choices(TARGET, pool, seed).option_card_ids) == {1, 2, 3, 4}


def test_keywords_outrank_the_article_family() -> None:
    target = replace(TARGET, keywords=("Sales",))
    family = [card(i, f"Sama grein {i}", group="g1") for i in range(2, 10)]
    topic = [card(i, f"Sama efni {i}", group="g9", keywords=("sales",)) for i in range(10, 13)]
    pool = [target, *family, *topic]
    assert set(make_choices(target, pool, seed=5).option_card_ids) == {1, 10, 11, 12}


def test_then_answers_of_similar_length() -> None:
    long = "Mjúk sala vísar til auglýsinga- og sölunálgunar sem býður upp á fíngert orðalag"
    short = [card(i, f"Sala {i}") for i in range(2, 5)]
    lengthy = [card(i, f"{long} {i}") for i in range(10, 30)]
    pool = [TARGET, *lengthy, *short]
    for seed in range(25):
        assert set(make_choices(TARGET, pool, seed).option_card_ids) == {1, 2, 3, 4}


def test_distractors_vary_with_the_seed_among_equals() -> None:
    pool = [TARGET] + [card(i, f"Sala {i}") for i in range(2, 30)]
    picks = Counter(
        i for seed in range(40) for i in make_choices(TARGET, pool, seed).option_card_ids
    )
    assert len(picks) > 10


def test_eligible_and_distractors_directly() -> None:
    sibling = card(9, "Mjúk selja", note="soft")
    assert not eligible(TARGET, TARGET)
    assert not eligible(TARGET, sibling)
    assert eligible(TARGET, ICELANDIC_TERMS[0])
    assert TARGET.is_sibling_of(sibling)
    assert not TARGET.is_sibling_of(TARGET)
    chosen = distractors(TARGET, ICELANDIC_TERMS, random.Random(0), 3)
    assert len(chosen) == 3
    assert distractors(TARGET, ICELANDIC_TERMS, random.Random(0), 0) == []


def test_quiz_card_from_a_stored_card() -> None:
    stored = CardRecord(
        id=12,
        uid="sales/file:g/term/title/tr>is",
        deck_id=1,
        deck="sales",
        note_key="sales/file:g/term/title",
        kind=TERM,
        source_lang="tr",
        target_lang="is",
        front="Yumuşak Satış",
        back="Mjúk selja",
        extra="",
        group_key="file:g",
        source_files=("a.txt",),
        retired=False,
    )
    assert quiz_card(stored, keywords=["Business"]) == QuizCard(
        id=12,
        note_key="sales/file:g/term/title",
        kind=TERM,
        source_lang="tr",
        target_lang="is",
        front="Yumuşak Satış",
        back="Mjúk selja",
        group_key="file:g",
        keywords=("Business",),
    )
