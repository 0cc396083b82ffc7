"""Quiz sessions on the seed deck at fixed dates: what is asked, options, and what is recorded."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import insert, select, update

from flashcards.errors import FlashcardsError
from flashcards.quiz.grading import Verdict
from flashcards.services import study
from flashcards.services.build import build
from flashcards.services.quiz import QuizMode, QuizSession, sort_labels
from flashcards.services.study import StudySession
from flashcards.store import schedule as store
from flashcards.store.database import Database
from flashcards.store.models import Card, Deck, ReviewLog
from flashcards.types import CardKind, CardState, Memory, Rating

NOW = datetime(2026, 11, 23, 9, tzinfo=UTC)
EVERYTHING = 1000


@pytest.fixture
def deck(db: Database, seed_dir: Path) -> Database:
    build(db, [seed_dir], source="tr", target="is", both_directions=True)
    return db


def _log(db: Database) -> list[tuple[int, int | None, str]]:
    with db.begin() as session:
        rows = session.execute(
            select(ReviewLog.card_id, ReviewLog.rating, ReviewLog.mode).order_by(ReviewLog.id)
        )
        return [(card_id, rating, mode) for card_id, rating, mode in rows]


def _memory(db: Database, card_id: int) -> Memory:
    with db.begin() as session:
        return store.memory_of(session, card_id)


def _retire(db: Database, kind: CardKind) -> None:
    with db.begin() as session:
        session.execute(update(Card).where(Card.kind == kind.value).values(retired=True))


@pytest.mark.parametrize("mode", [QuizMode.CHOICE, QuizMode.TYPED])
def test_due_cards_come_first_in_queue_order(deck: Database, mode: QuizMode) -> None:
    quiz = QuizSession(deck, "sales", tz=UTC)
    plan = quiz.plan(mode, NOW, count=EVERYTHING, seed=1)
    with deck.begin() as session:
        kinds = {c.id: c.kind for c in session.scalars(select(Card))}
    due = [i for i in quiz.due_ids(NOW) if kinds[i] in mode.kinds]
    assert due  # a fresh deck: one new card of each note
    assert [item.id for item in plan.items[: len(due)]] == due
    assert all(item.due for item in plan.items[: len(due)])
    assert not any(item.due for item in plan.items[len(due) :])
    assert all(item.card.kind is not CardKind.CONTRAST for item in plan.items)
    assert len({item.id for item in plan.items}) == len(plan.items)
    first = StudySession(deck, "sales", tz=UTC).next_card(NOW)
    assert first is not None and due[0] == first.id
    short = quiz.plan(mode, NOW, count=3, seed=1)
    assert [item.id for item in short.items] == due[:3]


def test_on_a_later_day_learning_cards_lead(deck: Database) -> None:
    session = StudySession(deck, "sales", tz=UTC)
    answered = []
    for _ in range(3):
        card = session.next_card(NOW)
        assert card is not None
        session.answer(card.id, Rating.GOOD, NOW)
        answered.append(card.id)
    tomorrow = NOW + timedelta(days=1)
    plan = QuizSession(deck, "sales", tz=UTC).plan(QuizMode.CHOICE, tomorrow, count=5, seed=4)
    assert [item.id for item in plan.items[:3]] == answered  # their learning steps are due
    assert all(item.due for item in plan.items)
    shown = StudySession(deck, "sales", tz=UTC).next_card(tomorrow)
    assert shown is not None and shown.id == plan.items[0].id


def test_plans_are_deterministic_under_a_seed(deck: Database) -> None:
    quiz = QuizSession(deck, tz=UTC)

    def ids(seed: int, session: QuizSession = quiz) -> list[int]:
        plan = session.plan(QuizMode.TYPED, NOW, count=EVERYTHING, seed=seed)
        return [item.id for item in plan.items]

    assert ids(7) == ids(7) == ids(7, QuizSession(deck, tz=UTC))
    assert len({tuple(ids(seed)) for seed in range(5)}) > 1
    plan = quiz.plan(QuizMode.CHOICE, NOW, count=EVERYTHING, seed=7)
    for item in plan.items[:6]:
        question = plan.choices(item)
        assert question == plan.choices(item)
        assert question.answer == item.card.back
        assert len(set(question.options)) == len(question.options) <= 4


def test_siblings_wait_until_every_note_has_had_a_turn(deck: Database) -> None:
    plan = QuizSession(deck, tz=UTC).plan(QuizMode.TYPED, NOW, count=EVERYTHING, seed=3)
    notes = [item.card.note_key for item in plan.items]
    distinct = len(set(notes))
    assert len(set(notes[:distinct])) == distinct


def test_a_small_kind_borrows_options_from_alike_answers(deck: Database) -> None:
    plan = QuizSession(deck, tz=UTC).plan(QuizMode.CHOICE, NOW, count=EVERYTHING, seed=2)
    term = next(item for item in plan.items if item.card.kind is CardKind.TERM)
    question = plan.choices(term)
    assert len(question.options) == 4  # one term per direction: linked terms fill in
    with deck.begin() as session:
        kinds = {c.id: c.kind for c in session.scalars(select(Card))}
    assert {kinds[i] for i in question.option_card_ids} <= {"term", "linked_term"}


def test_suspended_and_retired_cards_are_not_asked(deck: Database) -> None:
    quiz = QuizSession(deck, tz=UTC)
    first = quiz.plan(QuizMode.CHOICE, NOW, count=1, seed=0).items[0]
    study.set_suspended(deck, [first.id], True)
    _retire(deck, CardKind.TERM)
    ids = [item.id for item in quiz.plan(QuizMode.CHOICE, NOW, count=EVERYTHING, seed=0).items]
    assert first.id not in ids
    with deck.begin() as session:
        terms = set(session.scalars(select(Card.id).where(Card.kind == "term")))
    assert not terms & set(ids)


@pytest.mark.parametrize(
    ("verdict", "mode", "rating", "logged"),
    [
        (Verdict.EXACT, QuizMode.CHOICE, Rating.GOOD, "choice"),
        (Verdict.NEAR_MISS, QuizMode.TYPED, Rating.HARD, "typed"),
        (Verdict.WRONG, QuizMode.CLOZE, Rating.AGAIN, "cloze"),
        (Verdict.WRONG, QuizMode.SORT, Rating.AGAIN, "sort"),
    ],
)
def test_answering_a_due_card_goes_into_the_schedule(
    deck: Database, verdict: Verdict, mode: QuizMode, rating: Rating, logged: str
) -> None:
    quiz = QuizSession(deck, "sales", tz=UTC)
    item = quiz.plan(QuizMode.TYPED, NOW, count=1, seed=0).items[0]
    assert item.due
    answer = quiz.record(item.id, verdict, mode, NOW, duration_ms=1200)
    assert answer.recorded and answer.rating is rating and answer.review_id == 1
    assert _log(deck) == [(item.id, int(rating), logged)]
    memory = _memory(deck, item.id)
    assert memory.state is not CardState.NEW and memory.due == answer.next_due
    # Now a learning card due within minutes: shown again only once the rest is done.
    assert quiz.due_ids(NOW)[-1] == item.id and quiz.due_ids(NOW)[0] != item.id


def test_a_card_not_due_is_practice_only(deck: Database) -> None:
    quiz = QuizSession(deck, "sales", tz=UTC)
    plan = quiz.plan(QuizMode.TYPED, NOW, count=EVERYTHING, seed=0)
    practice = next(item for item in plan.items if not item.due)
    answer = quiz.record(practice.id, Verdict.EXACT, QuizMode.TYPED, NOW)
    assert not answer.recorded and answer.rating is Rating.GOOD and answer.review_id is None
    assert _log(deck) == []
    assert _memory(deck, practice.id) == Memory()


def test_modes_ask_only_their_kinds(deck: Database) -> None:
    quiz = QuizSession(deck, tz=UTC)
    for mode, kinds in ((QuizMode.CLOZE, {"cloze"}), (QuizMode.SORT, {"contrast"})):
        plan = quiz.plan(mode, NOW, count=EVERYTHING, seed=0)
        assert {item.card.kind.value for item in plan.items} <= kinds
    _retire(deck, CardKind.CLOZE)
    assert quiz.plan(QuizMode.CLOZE, NOW, count=5, seed=0).items == ()
    with pytest.raises(ValueError, match="at least one question"):
        quiz.plan(QuizMode.CHOICE, NOW, count=0)
    with pytest.raises(FlashcardsError, match="no deck named"):
        QuizSession(deck, "nope")


def _add_contrast(db: Database) -> list[int]:
    """Four contrast statements in Turkish, two per label, in a deck without others."""
    _retire(db, CardKind.CONTRAST)
    statements = [
        ("Müşteriyi acele ettirmez.", "Yumuşak Satış"),
        ("Hemen satın alma baskısı yapar.", "Sert satış"),
        ("Alıcıya tavsiyede bulunur.", "Yumuşak Satış"),
        ("Agresif bir tekniktir.", "Sert satış"),
    ]
    with db.begin() as session:
        deck_id = session.scalar(select(Deck.id).where(Deck.name == "sales"))
        for k, (front, back) in enumerate(statements):
            session.execute(
                insert(Card).values(
                    uid=f"test/contrast/{k}",
                    deck_id=deck_id,
                    note_key=f"test/contrast/{k}",
                    kind="contrast",
                    source_lang="tr",
                    target_lang="tr",
                    front=front,
                    back=back,
                    extra=f"{back}: {front}",
                    group_key="test-group",
                    source_files=json.dumps([]),
                    content_hash=f"h{k}",
                )
            )
        return list(session.scalars(select(Card.id).where(Card.uid.like("test/contrast/%"))))


def test_sorting_plans_offer_their_articles_labels(deck: Database) -> None:
    added = _add_contrast(deck)
    plan = QuizSession(deck, tz=UTC).plan(QuizMode.SORT, NOW, count=EVERYTHING, seed=1)
    assert sorted(item.id for item in plan.items) == sorted(added)
    for item in plan.items:
        assert plan.labels(item) == ("Yumuşak Satış", "Sert satış")
    quiz = plan.sort_quiz()
    assert [s.label for s in quiz.statements] == [item.card.back for item in plan.items]
    alone = plan.items[0].card
    assert sort_labels(alone, [alone]) == (alone.back,)


def test_a_fast_exact_answer_is_easy_only_when_enabled(deck: Database) -> None:
    quiz = QuizSession(deck, "sales", tz=UTC)
    first, second, third = quiz.plan(QuizMode.TYPED, NOW, count=3, seed=0).items
    assert quiz.record(first.id, Verdict.EXACT, QuizMode.TYPED, NOW, duration_ms=1500).rating is (
        Rating.GOOD
    )
    fast = quiz.record(
        second.id, Verdict.EXACT, QuizMode.TYPED, NOW, duration_ms=1500, easy_when_fast=True
    )
    assert fast.rating is Rating.EASY
    slow = quiz.record(
        third.id, Verdict.EXACT, QuizMode.TYPED, NOW, duration_ms=60_000, easy_when_fast=True
    )
    assert slow.rating is Rating.GOOD
    assert [rating for _, rating, _ in _log(deck)] == [3, 4, 3]


@pytest.mark.parametrize("deck_name", ["sales", None])
def test_a_sorting_round_keeps_to_one_language_statements_and_piles(
    deck: Database, deck_name: str | None
) -> None:
    quiz = QuizSession(deck, deck_name, tz=UTC)
    plan = quiz.plan(QuizMode.SORT, NOW, count=EVERYTHING, seed=5)
    assert plan.lang == "tr" and plan.languages == ("is", "tr")  # the deck's source side
    assert len(plan.items) == 13
    assert {item.card.source_lang for item in plan.items} == {"tr"}
    labels = {label for item in plan.items for label in plan.labels(item)}
    assert labels == {"Yumuşak satış", "Sert satış"}
    assert set(plan.sort_quiz().labels) <= labels
    chosen = quiz.plan(QuizMode.SORT, NOW, count=5, seed=5, lang="is")
    assert chosen.lang == "is" and len(chosen.items) == 5
    assert {item.card.source_lang for item in chosen.items} == {"is"}
    assert {label for item in chosen.items for label in chosen.labels(item)} == {
        "Mjúk sala",
        "Harðsala",
    }


@pytest.mark.parametrize("mode", [QuizMode.CHOICE, QuizMode.TYPED])
def test_choice_and_typed_rounds_ask_in_one_language_when_asked(
    deck: Database, mode: QuizMode
) -> None:
    quiz = QuizSession(deck, "sales", tz=UTC)
    both = quiz.plan(mode, NOW, count=EVERYTHING, seed=5)
    assert both.lang is None and {i.card.source_lang for i in both.items} == {"is", "tr"}
    for lang, answer in (("tr", "is"), ("is", "tr")):
        plan = quiz.plan(mode, NOW, count=EVERYTHING, seed=5, lang=lang)
        assert plan.lang == lang and plan.items
        assert {i.card.source_lang for i in plan.items} == {lang}
        assert {i.card.target_lang for i in plan.items} == {answer}
        if mode is QuizMode.CHOICE:  # every option in the answer's language
            langs = {c.id: c.target_lang for cs in plan.pools.values() for c in cs}
            for item in plan.items:
                ids = plan.choices(item).option_card_ids
                assert {langs[i] for i in ids} == {answer}, item.card.front
