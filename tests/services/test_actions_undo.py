"""The app's operations say what they changed, and every step they leave is undone exactly."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from flashcards.services import actions
from flashcards.services.build import build
from flashcards.services.changes import Changed, Changes, changes_of
from flashcards.services.study import StudySession
from flashcards.services.undo import UndoAction, UndoError, UndoStack, UndoStep, undo
from flashcards.store.database import Database
from flashcards.store.models import Card, ReviewLog
from flashcards.types import Rating

NOW = datetime(2026, 11, 23, 9, tzinfo=UTC)


@pytest.fixture
def deck(db: Database, seed_dir: Path) -> Database:
    build(db, [seed_dir], source="tr", target="is", both_directions=True)
    return db


def _snapshot(db: Database) -> list[Any]:
    with db.begin() as session:
        cards = [tuple(r) for r in session.execute(select(Card.__table__).order_by(Card.id))]
        log = [
            tuple(r) for r in session.execute(select(ReviewLog.__table__).order_by(ReviewLog.id))
        ]
    return cards + log


def test_changes_combine_and_are_found_in_results() -> None:
    both = Changes.of_cards([1]) | Changes(schedule=True, card_ids=frozenset({2}))
    assert both.cards and both.schedule and both.card_ids == {1, 2} and both.counts
    assert not Changes() and Changes(undo=True) and not Changes(undo=True).counts
    assert changes_of(Changed("x", both)) is both and changes_of(both) is both
    assert changes_of("a report") is None


def test_an_answer_is_undone_and_its_card_comes_back_first(deck: Database) -> None:
    session = StudySession(deck, tz=UTC)
    before = _snapshot(deck)
    card = session.next_card(NOW)
    assert card is not None
    result = actions.answer(session, card.id, Rating.GOOD, NOW, duration_ms=2000)
    assert result.changes.schedule and result.changes.card_ids == {card.id}
    assert result.undo is not None and result.undo.rating is Rating.GOOD
    assert session.next_card(NOW).id != card.id  # type: ignore[union-attr]
    changes = undo(deck, result.undo)
    assert changes.returned_card == card.id and changes.study_queue and changes.undo
    assert _snapshot(deck) == before
    session.refresh(NOW)
    assert session.show_first(card.id, NOW)
    assert session.next_card(NOW).id == card.id  # type: ignore[union-attr]


def test_an_answer_changed_since_is_not_undone(deck: Database) -> None:
    session = StudySession(deck, tz=UTC)
    card = session.next_card(NOW)
    assert card is not None
    first = actions.answer(session, card.id, Rating.AGAIN, NOW)
    actions.answer(session, card.id, Rating.GOOD, NOW)
    assert first.undo is not None
    with pytest.raises(UndoError):
        undo(deck, first.undo)


@pytest.mark.parametrize("action", ["bury", "suspend"])
def test_bury_and_suspend_leave_the_queue_and_undo_to_what_was(deck: Database, action: str) -> None:
    session = StudySession(deck, tz=UTC)
    before = _snapshot(deck)
    card = session.next_card(NOW)
    assert card is not None
    result: Changed[None] = getattr(actions, action)(session, card.id, NOW)
    assert result.changes.study_queue and result.undo is not None
    assert result.undo.action is UndoAction(action)
    assert session.next_card(NOW).id != card.id  # type: ignore[union-attr]
    assert _snapshot(deck) != before
    changes = undo(deck, result.undo)
    assert _snapshot(deck) == before and changes.returned_card == card.id


def test_a_flag_toggles_against_the_stored_card(deck: Database) -> None:
    before = _snapshot(deck)
    steps = []
    for flag, expected in ((1, 1), (1, 0), (4, 4), (2, 2)):  # the same flag again: cleared
        result = actions.toggle_flag(deck, 1, flag)
        assert result.value == expected and result.changes.card_ids == {1}
        steps.append(result.undo)
    with deck.begin() as session:
        assert session.get(Card, 1).flag == 2  # type: ignore[union-attr]
    for step in reversed(steps):
        assert step is not None
        undo(deck, step)
    assert _snapshot(deck) == before


def test_an_edit_is_undone_with_its_edited_mark(deck: Database) -> None:
    before = _snapshot(deck)
    result = actions.edit(deck, 1, "Soru", "Svar", "")
    assert result.changes.card_ids == {1} and result.undo is not None
    assert _snapshot(deck) != before
    undo(deck, result.undo)
    assert _snapshot(deck) == before


def test_browser_actions_undo_through_the_same_steps(deck: Database) -> None:
    before = _snapshot(deck)
    deleted = actions.browser_action(deck, "delete", [1, 2], NOW)
    assert deleted.value == 2 and deleted.changes.card_set and deleted.undo is not None
    changes = undo(deck, deleted.undo)
    assert changes.card_set and _snapshot(deck) == before
    suspended = actions.browser_action(deck, "suspend", [3], NOW)
    assert suspended.undo is not None and suspended.undo.action is UndoAction.SUSPEND
    undo(deck, suspended.undo)
    assert _snapshot(deck) == before


def test_the_stack_keeps_the_latest_steps() -> None:
    stack = UndoStack(limit=3)
    for card_id in range(5):
        stack.push(UndoStep(UndoAction.FLAG, (card_id,)))
    assert len(stack) == 3 and stack.peek() == UndoStep(UndoAction.FLAG, (4,))
    assert [stack.pop().card_ids for _ in range(3)] == [(4,), (3,), (2,)]  # type: ignore[union-attr]
    assert stack.pop() is None
