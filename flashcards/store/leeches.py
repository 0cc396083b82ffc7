"""Leech tags on cards: set when a card becomes one, taken back on undo, found by search."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import ColumnElement, func, select, update
from sqlalchemy.orm import Session

from flashcards.scheduler.leech import LEECH_TAG, with_tag
from flashcards.store.models import Card


def tag_leech(session: Session, card_id: int, *, suspend: bool) -> dict[str, Any]:
    """Tag a card leech (and suspend it); returns the tags and suspension it had before."""
    tags, suspended = session.execute(
        select(Card.tags, Card.suspended).where(Card.id == card_id)
    ).one()
    values: dict[str, Any] = {"tags": with_tag(tags or "")}
    if suspend:
        values["suspended"] = True
    session.execute(update(Card).where(Card.id == card_id).values(**values))
    return {"tags": tags or "", "suspended": bool(suspended)}


def restore_marks(session: Session, card_id: int, marks: Mapping[str, Any]) -> None:
    """Put back what `tag_leech` returned (on undo)."""
    if marks:
        session.execute(update(Card).where(Card.id == card_id).values(**dict(marks)))


def is_leech() -> ColumnElement[bool]:
    """A condition true for cards tagged leech (a word of the space-separated tags)."""
    padded = func.lower(" " + Card.tags + " ")
    return padded.like(f"% {LEECH_TAG} %")
