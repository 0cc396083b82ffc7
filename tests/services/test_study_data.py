"""The study session's data access: one kept connection, each card read once, safe answers."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from flashcards.services.build import build
from flashcards.services.study import StudySession
from flashcards.store import answers as answers_store
from flashcards.store import schedule as store
from flashcards.store.database import Database
from flashcards.types import CardState, Rating

NOW = datetime(2026, 11, 23, 9, tzinfo=UTC)


@pytest.fixture
def deck(db: Database, seed_dir: Path) -> Database:
    build(db, [seed_dir], source="tr", target="is", both_directions=True)
    return db


def test_an_answer_starts_from_what_another_client_stored_since_the_card_was_shown(
    deck: Database,
) -> None:
    mine, theirs = StudySession(deck, "sales", tz=UTC), StudySession(deck, "sales", tz=UTC)
    shown = mine.next_card(NOW)
    assert shown is not None and shown.memory.state is CardState.NEW
    first = theirs.answer(shown.id, Rating.EASY, NOW)  # on another computer, meanwhile
    later = NOW + timedelta(minutes=1)
    answered = mine.answer(shown.id, Rating.AGAIN, later)
    with deck.begin() as session:
        log = answers_store.history(session, shown.id)
        memory = store.memory_of(session, shown.id)
    assert [e.before for e in log] == [shown.memory, first.memory]
    assert memory == answered.memory and memory.reps == 2 and memory.lapses == 1
    mine.close()
    theirs.close()


def test_an_answer_reuses_the_shown_memory_and_stores_the_same_as_a_fresh_read(
    deck: Database,
) -> None:
    session = StudySession(deck, "sales", tz=UTC)
    card = session.next_card(NOW)
    assert card is not None
    answered = session.answer(card.id, Rating.GOOD, NOW)
    assert answered.memory == session.model.answer(card.id, card.memory, Rating.GOOD, NOW)
    with deck.begin() as s:
        assert store.memory_of(s, card.id) == answered.memory
        assert answers_store.history(s, card.id)[-1].before == card.memory
    session.close()


def test_a_session_holds_one_connection_until_closed(deck: Database) -> None:
    pool = deck.engine.pool
    before = pool.checkedout()  # type: ignore[attr-defined]
    session = StudySession(deck, "sales", tz=UTC)
    for _ in range(5):
        card = session.next_card(NOW)
        assert card is not None
        session.answer(card.id, Rating.GOOD, NOW)
    assert pool.checkedout() == before + 1  # type: ignore[attr-defined]
    session.close()
    assert pool.checkedout() == before  # type: ignore[attr-defined]
    assert session.next_card(NOW) is not None  # a closed session opens another when used
    session.close()
