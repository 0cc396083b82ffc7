"""The statistics screen's queries: answers over a year, cards by state, upcoming due times."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from flashcards.store.models import Card, ReviewLog
from flashcards.types import CardState

#: (answered at, rating, state before, duration in ms) of one answer.
Answer = tuple[datetime, int | None, int, int | None]


def answers_since(session: Session, deck_ids: Sequence[int], since: datetime) -> list[Answer]:
    """The answers (not manual changes) given to the decks' cards since `since`."""
    rows = session.execute(
        select(
            ReviewLog.reviewed_at, ReviewLog.rating, ReviewLog.state_before, ReviewLog.duration_ms
        )
        .join(Card, Card.id == ReviewLog.card_id)
        .where(
            Card.deck_id.in_(deck_ids), ReviewLog.kind == "review", ReviewLog.reviewed_at >= since
        )
    )
    return [(at, rating, before, ms) for at, rating, before, ms in rows]


def cards_by_state(session: Session, deck_ids: Sequence[int]) -> list[tuple[int, bool, int]]:
    """(state, suspended, count) of the decks' active cards."""
    rows = session.execute(
        select(Card.state, Card.suspended, func.count())
        .where(Card.deck_id.in_(deck_ids), Card.retired.is_(False))
        .group_by(Card.state, Card.suspended)
    )
    return [(state, suspended, count) for state, suspended, count in rows]


def dues_before(session: Session, deck_ids: Sequence[int], horizon: datetime) -> list[datetime]:
    """The due times before `horizon` of the decks' studied, active, unsuspended cards."""
    dues = session.scalars(
        select(Card.due).where(
            Card.deck_id.in_(deck_ids),
            Card.retired.is_(False),
            Card.suspended.is_(False),
            Card.state != CardState.NEW,
            Card.due < horizon,
        )
    )
    return [due for due in dues if due is not None]
