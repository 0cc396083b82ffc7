"""Leech tags on cards: set when a card becomes one, taken back on undo, found by search."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from flashcards.scheduler.leech import LEECH_TAG, with_tag, without_tag
from flashcards.store.models import Card


def tag_leech(session: Session, card_id: int, *, suspend: bool) -> None:
    tags = session.scalar(select(Card.tags).where(Card.id == card_id)) or ""
    values: dict[str, Any] = {"tags": with_tag(tags)}
    if suspend:
        values["suspended"] = True
    session.execute(update(Card).where(Card.id == card_id).values(**values))


def untag_leech(session: Session, card_id: int, *, unsuspend: bool) -> None:
    tags = session.scalar(select(Card.tags).where(Card.id == card_id)) or ""
    values: dict[str, Any] = {"tags": without_tag(tags)}
    if unsuspend:
        values["suspended"] = False
    session.execute(update(Card).where(Card.id == card_id).values(**values))


def is_leech() -> Any:
    """A condition true for cards tagged leech (a word of the space-separated tags)."""
    padded = func.lower(" " + Card.tags + " ")
    return or_(padded.like(f"% {LEECH_TAG} %"))
