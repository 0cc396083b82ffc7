"""Studying chosen cards now (the reader's Study now): due or not, once each, FSRS at its time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from flashcards.scheduler.memory import MemoryModel
from flashcards.services import study
from flashcards.services.actions import answer as answer_action
from flashcards.services.build import build
from flashcards.services.study import StudySession
from flashcards.services.study_now import StudyNow, ahead_of_due
from flashcards.services.undo import undo
from flashcards.store import answers as answers_store
from flashcards.store import schedule as store
from flashcards.store.database import Database
from flashcards.store.models import Card
from flashcards.types import CardState, Rating

NOW = datetime(2026, 11, 23, 9, tzinfo=UTC)
LATER = NOW + timedelta(days=2)  # the chosen review card is not due before NOW + 4 days or so


@pytest.fixture
def deck(db: Database, seed_dir: Path) -> Database:
    build(db, [seed_dir], source="tr", target="is", both_directions=True)
    return db


@pytest.fixture
def cards(deck: Database) -> tuple[int, int, int]:
    """A review card answered Easy at NOW (not due at LATER), and two new cards."""
    session = StudySession(deck, "sales", tz=UTC)
    first = session.next_card(NOW)
    assert first is not None
    session.answer(first.id, Rating.EASY, NOW)
    with deck.begin() as db_session:
        memory = store.memory_of(db_session, first.id)
    assert memory.state is CardState.REVIEW and memory.due is not None and memory.due > LATER
    rest = [c for c in _new_cards(deck) if c != first.id][:2]
    return first.id, rest[0], rest[1]


def _new_cards(db: Database) -> list[int]:
    with db.begin() as session:
        query = select(Card.id).where(Card.state == int(CardState.NEW)).order_by(Card.id)
        return list(session.scalars(query.limit(6)))


def _history(db: Database, card_id: int) -> list[store.LogEntry]:
    with db.begin() as session:
        return list(answers_store.history(session, card_id))


def test_the_chosen_cards_come_now_in_their_order_due_or_not(
    deck: Database, cards: tuple[int, int, int]
) -> None:
    review, new_one, new_two = cards
    plain = StudySession(deck, "sales", tz=UTC)
    plain.refresh(LATER)
    assert plain.counts(LATER).review == 0  # nothing is due in the deck's own queue
    session = StudyNow(deck, "sales", [review, new_one, new_two], LATER, tz=UTC)
    counts = session.counts(LATER)
    assert (counts.new, counts.learning, counts.review) == (2, 0, 1)
    shown = []
    while (card := session.next_card(LATER)) is not None:
        shown.append(card.id)
        session.answer(card.id, Rating.EASY, LATER)
    assert shown == [review, new_one, new_two]  # each once (Easy: none comes back)
    assert session.next_due(LATER) is None


def test_an_early_answer_is_a_review_at_its_real_time_as_fsrs_takes_it(
    deck: Database, cards: tuple[int, int, int]
) -> None:
    review = cards[0]
    with deck.begin() as db_session:
        before = store.memory_of(db_session, review)
        model = MemoryModel(store.load_config(db_session))
    assert before.due is not None
    session = StudyNow(deck, "sales", [review], LATER, tz=UTC)
    card = session.next_card(LATER)
    assert card is not None and card.retrievability is not None and card.retrievability > 0.9
    done = session.answer(card.id, Rating.GOOD, LATER)
    entry = _history(deck, review)[-1]
    assert entry.kind == "review" and entry.reviewed_at == LATER and entry.rating is Rating.GOOD
    assert ahead_of_due(entry) and not ahead_of_due(_history(deck, review)[0])
    # FSRS at the answer's own time: a right answer two days in grows the stability less
    # than the same answer on the due date would.
    on_time = model.answer(review, before, Rating.GOOD, before.due)
    assert before.stability is not None and on_time.stability is not None
    assert done.memory.stability is not None
    assert before.stability < done.memory.stability < on_time.stability


def test_a_card_answered_into_learning_comes_back_at_its_step_after_the_rest(
    deck: Database, cards: tuple[int, int, int]
) -> None:
    review, new_one, _ = cards
    session = StudyNow(deck, "sales", [review, new_one], LATER, tz=UTC)
    session.answer(review, Rating.AGAIN, LATER)  # forgotten: relearning, due in minutes
    card = session.next_card(LATER)
    assert card is not None and card.id == new_one
    session.answer(new_one, Rating.EASY, LATER)
    back = session.next_due(LATER)
    assert back is not None and back > LATER
    card = session.next_card(back)
    assert card is not None and card.id == review
    assert session.counts(back).learning == 1
    session.answer(review, Rating.GOOD, back)
    assert session.next_card(back + timedelta(hours=1)) is None


def test_suspended_cards_are_left_out_and_an_undo_brings_its_card_back(
    deck: Database, cards: tuple[int, int, int]
) -> None:
    review, new_one, new_two = cards
    study.set_suspended(deck, [new_two], True)
    session = StudyNow(deck, "sales", [review, new_one, new_two], LATER, tz=UTC)
    assert session.counts(LATER).total == 2
    result = answer_action(session, review, Rating.GOOD, LATER)
    assert result.undo is not None
    session.refresh(LATER)
    assert session.counts(LATER).total == 1
    undo(deck, result.undo)  # from any window: the answer is gone, the card is to study again
    session.refresh(LATER)
    assert session.counts(LATER).total == 2
    assert session.show_first(review, LATER)
    card = session.next_card(LATER)
    assert card is not None and card.id == review
