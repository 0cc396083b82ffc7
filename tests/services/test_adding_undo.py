"""A card added by hand is taken back by the central undo: deleted, both directions, as if it
had never been; once answered, the undo refuses and nothing is deleted."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from flashcards.services.adding import HandCard, add_by_hand
from flashcards.services.build import build
from flashcards.services.study import StudySession
from flashcards.services.undo import UndoAction, UndoError, undo
from flashcards.store.database import Database
from flashcards.store.models import Card, ReviewLog
from flashcards.types import Rating

NOW = datetime(2026, 11, 23, 9, tzinfo=UTC)
CARD = HandCard("sales", "tr", "is", "ikna edici konuşma", "sannfærandi samtal", "", True)


def _rows(db: Database) -> list[tuple[Any, ...]]:
    with db.begin() as session:
        return [tuple(r) for r in session.execute(select(Card.__table__).order_by(Card.id))]


def test_undo_deletes_the_cards_just_added(db: Database, seed_dir: Path) -> None:
    build(db, [seed_dir], source="tr", target="is", both_directions=True)
    before = _rows(db)
    added = add_by_hand(db, CARD)
    assert len(added.value) == 2 and added.undo is not None
    assert added.undo.action is UndoAction.ADD and added.undo.card_ids == tuple(added.value)
    assert len(_rows(db)) == len(before) + 2
    changes = undo(db, added.undo)
    assert changes.card_set and changes.study_queue and changes.undo
    assert changes.card_ids == set(added.value)
    assert _rows(db) == before


def test_a_card_answered_since_is_not_deleted(db: Database, seed_dir: Path) -> None:
    build(db, [seed_dir], source="tr", target="is", both_directions=True)
    added = add_by_hand(db, CARD)
    assert added.undo is not None
    StudySession(db, "sales", tz=UTC).answer(added.value[1], Rating.GOOD, NOW)
    after = _rows(db)
    with pytest.raises(UndoError, match="answered since"):
        undo(db, added.undo)
    assert _rows(db) == after
    with db.begin() as session:
        assert session.scalar(select(ReviewLog.card_id)) == added.value[1]
