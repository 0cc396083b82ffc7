"""The reviewer's answer rules: options from the deck, typed verdicts, the fast-answer rule."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from flashcards.quiz.grading import Verdict
from flashcards.records import CardRecord
from flashcards.services.answers import AnswerRules, context_of
from flashcards.services.build import build
from flashcards.services.quiz import FAST_MS
from flashcards.store import cards as card_store
from flashcards.store.database import Database
from flashcards.types import CardKind, Rating


@pytest.fixture
def records(db: Database, seed_dir: Path) -> dict[int, CardRecord]:
    build(db, [seed_dir], source="tr", target="is", both_directions=True)
    with db.begin() as session:
        return {r.id: r for r in card_store.cards(session)}


def test_options_are_other_cards_answers_never_a_siblings(
    db: Database, records: dict[int, CardRecord]
) -> None:
    rules = AnswerRules(db)
    card = records[1]
    question = rules.choices(card)
    assert question.card_id == 1 and question.answer == card.back
    assert 2 <= len(question.options) <= 4 and len(set(question.options)) == len(question.options)
    for option_id in question.option_card_ids:
        other = records[option_id]
        assert other.target_lang == card.target_lang
        assert option_id == card.id or other.note_key != card.note_key
    assert rules.choices(card) == question  # the same question each time it is asked


def test_typed_answers_are_graded_and_rated(db: Database, records: dict[int, CardRecord]) -> None:
    rules = AnswerRules(db)
    card = records[1]
    assert card.back == "Mjúk sala"
    right = rules.typed(card, "mjúk selja", duration_ms=FAST_MS + 1)
    assert (right.verdict, right.rating) == (Verdict.EXACT, Rating.GOOD)
    fast = rules.typed(card, "Mjúk sala", duration_ms=1000, easy_when_fast=True)
    assert fast.rating is Rating.EASY and fast.fast
    assert rules.typed(card, "Mjúk sala", duration_ms=1000).rating is Rating.GOOD
    near = rules.typed(card, "Mjúk selj")
    assert (near.verdict, near.rating) == (Verdict.NEAR_MISS, Rating.HARD)
    accents = rules.typed(card, "mjuk selja")
    assert accents.rating is Rating.AGAIN and accents.grade is not None
    assert rules.typed(card, "mjuk selja", tolerate_accents=True).rating is Rating.HARD


def test_a_choice_is_right_or_wrong(db: Database, records: dict[int, CardRecord]) -> None:
    rules = AnswerRules(db)
    question = rules.choices(records[1])
    wrong = next(i for i in range(len(question.options)) if i != question.answer_index)
    assert rules.chosen(question, question.answer_index).rating is Rating.GOOD
    assert rules.chosen(question, wrong).rating is Rating.AGAIN
    easy = rules.chosen(question, question.answer_index, duration_ms=900, easy_when_fast=True)
    assert easy.rating is Rating.EASY


def test_context_shows_only_what_adds_to_the_answer(records: dict[int, CardRecord]) -> None:
    definition = next(r for r in records.values() if r.kind is CardKind.DEFINITION)
    # The builder gives a definition the rest of its paragraph, not the answer again.
    assert definition.extra and not definition.extra.startswith(definition.back)
    assert context_of(definition) == definition.extra
    # A linked term's context is the sentence it is used in.
    linked = next(r for r in records.values() if r.kind is CardKind.LINKED_TERM)
    assert context_of(linked) == linked.extra and " " in linked.extra
    cloze = next(r for r in records.values() if r.kind is CardKind.CLOZE)
    assert context_of(cloze) == cloze.extra.strip()
    assert context_of(replace(definition, extra=definition.back)) == ""
