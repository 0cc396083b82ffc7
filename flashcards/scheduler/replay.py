"""Replay a card's review history through FSRS: its memory after each entry, in time order."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from flashcards.scheduler.memory import MemoryModel
from flashcards.types import CardState, Memory, Rating

#: A card rescheduled by hand before it was ever studied gets these (as in set-due).
DEFAULT_STABILITY, DEFAULT_DIFFICULTY = 1.0, 5.0


class EventKind(StrEnum):
    """What an entry of a card's history did to it."""

    REVIEW = "review"  # answered with a rating
    RESET = "reset"  # made new again ("forget")
    SET_DUE = "set_due"  # given a due date by hand, keeping its memory
    CRAM = "cram"  # studied without rescheduling (a preview): changes nothing


@dataclass(frozen=True)
class Event:
    """One entry of a card's history as the replay reads it."""

    at: datetime
    kind: EventKind
    rating: Rating | None = None
    due: datetime | None = None  # SET_DUE: the due date given

    def __post_init__(self) -> None:
        if self.at.tzinfo is None:
            raise ValueError("history times must be timezone-aware")
        if self.kind is EventKind.REVIEW and self.rating is None:
            raise ValueError("a review needs a rating")
        if self.kind is EventKind.SET_DUE and self.due is None:
            raise ValueError("setting a due date needs the date")


@dataclass(frozen=True)
class Step:
    """An event with the card's memory before and after it."""

    event: Event
    before: Memory
    after: Memory


def with_due(memory: Memory, due: datetime, at: datetime) -> Memory:
    """`memory` due at `due`: a review card keeps its memory; a new one becomes a review."""
    if memory.state is CardState.NEW:
        return replace(
            memory,
            state=CardState.REVIEW,
            stability=memory.stability or DEFAULT_STABILITY,
            difficulty=memory.difficulty or DEFAULT_DIFFICULTY,
            due=due,
            last_review=memory.last_review or at,
        )
    return replace(memory, due=due)


def apply(model: MemoryModel, card_id: int, memory: Memory, event: Event) -> Memory:
    """The card's memory after one event."""
    if event.kind is EventKind.REVIEW:
        assert event.rating is not None
        return model.answer(card_id, memory, event.rating, event.at)
    if event.kind is EventKind.RESET:
        return Memory()
    if event.kind is EventKind.SET_DUE:
        assert event.due is not None
        return with_due(memory, event.due, event.at)
    return memory


def replay(
    model: MemoryModel, card_id: int, events: Iterable[Event], start: Memory | None = None
) -> list[Step]:
    """Every event applied in time order (events at the same time in the order given),
    from `start` (a new card by default).  The last step's `after` is the card's state."""
    memory = start if start is not None else Memory()
    steps: list[Step] = []
    for event in sorted(events, key=lambda e: e.at):
        after = apply(model, card_id, memory, event)
        steps.append(Step(event, memory, after))
        memory = after
    return steps


def final_memory(steps: list[Step], start: Memory | None = None) -> Memory:
    """The card's memory after a replay (`start`, or a new card, when nothing happened)."""
    if steps:
        return steps[-1].after
    return start if start is not None else Memory()
