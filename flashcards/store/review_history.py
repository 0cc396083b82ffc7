"""The review log as FSRS reads it, and cards' memory written back after a recompute."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, and_, bindparam, or_, select, update
from sqlalchemy.orm import Session

from flashcards.store.models import Card, ReviewLog
from flashcards.types import CardState, Memory

_CARDS = cast(Table, Card.__table__)


@dataclass(frozen=True)
class LoggedEvent:
    """An answer (rating 1–4) or a reset to new (rating None) from the log."""

    card_id: int
    reviewed_at: datetime
    rating: int | None


def events(session: Session, deck_ids: Sequence[int] | None = None) -> list[LoggedEvent]:
    """Every graded answer and every reset, by card and in time order."""
    graded = and_(ReviewLog.kind == "review", ReviewLog.rating.between(1, 4))
    reset = and_(ReviewLog.kind == "manual", ReviewLog.state_after == int(CardState.NEW))
    query = select(ReviewLog.card_id, ReviewLog.reviewed_at, ReviewLog.kind, ReviewLog.rating)
    query = query.where(or_(graded, reset))
    if deck_ids is not None:
        query = query.join(Card, Card.id == ReviewLog.card_id).where(Card.deck_id.in_(deck_ids))
    rows = session.execute(query.order_by(ReviewLog.card_id, ReviewLog.reviewed_at, ReviewLog.id))
    return [
        LoggedEvent(card_id, at, int(rating) if kind == "review" and rating else None)
        for card_id, at, kind, rating in rows
    ]


@dataclass(frozen=True)
class StudiedCard:
    """A card that is not new, with its memory and where it lives."""

    id: int
    deck_id: int
    suspended: bool
    memory: Memory


def studied_cards(session: Session, deck_ids: Sequence[int] | None = None) -> list[StudiedCard]:
    query = select(
        Card.id,
        Card.deck_id,
        Card.suspended,
        Card.state,
        Card.step,
        Card.stability,
        Card.difficulty,
        Card.due,
        Card.last_review,
        Card.reps,
        Card.lapses,
    ).where(Card.state != int(CardState.NEW), Card.retired.is_(False))
    if deck_ids is not None:
        query = query.where(Card.deck_id.in_(deck_ids))
    return [
        StudiedCard(row[0], row[1], bool(row[2]), Memory(CardState(row[3]), *row[4:]))
        for row in session.execute(query.order_by(Card.id))
    ]


_SET_MEMORY = (
    update(_CARDS)
    .where(_CARDS.c.id == bindparam("card_id"))
    .values(stability=bindparam("s"), difficulty=bindparam("d"))
)


def set_memories(session: Session, memories: Sequence[tuple[int, float, float]]) -> None:
    """(card id, stability, difficulty) written for many cards at once."""
    if memories:
        rows: list[dict[str, Any]] = [{"card_id": i, "s": s, "d": d} for i, s, d in memories]
        session.connection().execute(_SET_MEMORY, rows)


@dataclass(frozen=True)
class LoggedReview:
    """An answer to a card in the review state, with the memory the app had of it then."""

    reviewed_at: datetime
    rating: int
    stability: float  # the card's stability when it was answered
    last_review: datetime


def reviews_since(session: Session, since: datetime) -> list[LoggedReview]:
    """Answers rated 1–4 to review cards since `since`, with the memory before each (the
    log keeps it as JSON; entries without a stability or last review are left out)."""
    query = select(ReviewLog.reviewed_at, ReviewLog.rating, ReviewLog.before).where(
        ReviewLog.kind == "review",
        ReviewLog.rating.between(1, 4),
        ReviewLog.state_before == int(CardState.REVIEW),
        ReviewLog.reviewed_at >= since,
    )
    found: list[LoggedReview] = []
    for at, rating, before in session.execute(query.order_by(ReviewLog.reviewed_at)):
        try:
            memory = json.loads(before)
            stability = float(memory["stability"])
            last = datetime.fromisoformat(memory["last_review"])
        except (TypeError, ValueError, KeyError):
            continue
        if stability > 0 and last.tzinfo is not None:
            found.append(LoggedReview(at, int(rating or 0), stability, last))
    return found
