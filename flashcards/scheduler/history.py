"""A card's review history as FSRS sees it: study-day gaps since the last reset, replayed.

The rules are those of Anki (rslib `reviews_for_fsrs`) and fsrs-rs: a history starts again
at the card's last reset to new; only answers rated 1–4 count; each answer's gap is the
number of study days since the answer before it (0 on the same study day). Training takes
one item per answer after the first that came on a later study day than the answer before
it, holding the history up to and including that answer; a card's memory state is the
whole history replayed through the FSRS formulas (fsrs-rs `memory_state`).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from fsrs_rs_python import FSRS, FSRSItem, FSRSReview

DayOf = Callable[[datetime], date]


@dataclass(frozen=True)
class PastReview:
    """One entry of a card's history: an answer rated 1–4, or a reset to new (rating None).

    Entries that neither grade nor reset the card (a due date set by hand, a rating
    outside 1–4) should be left out; ratings outside 1–4 are skipped if given.
    """

    reviewed_at: datetime  # timezone-aware
    rating: int | None


@dataclass(frozen=True)
class MemoryState:
    """What FSRS knows of a card: stability (days to 90 % recall) and difficulty (1–10)."""

    stability: float
    difficulty: float


@dataclass(frozen=True)
class TrainingItem:
    """One answer to predict, with the card's history up to and including it."""

    card_id: int
    reviewed_at: datetime
    reviews: tuple[tuple[int, int], ...]  # (rating, study days since the previous answer)

    def fsrs_item(self) -> FSRSItem:
        return FSRSItem([FSRSReview(rating, delta_t) for rating, delta_t in self.reviews])


def _graded(rating: object) -> bool:
    return isinstance(rating, int) and not isinstance(rating, bool) and 1 <= rating <= 4


def since_last_reset(history: Iterable[PastReview]) -> list[PastReview]:
    """The answers (rated 1–4) after the card's last reset, oldest first."""
    entries = sorted(history, key=lambda entry: entry.reviewed_at)
    for entry in entries:
        if entry.reviewed_at.tzinfo is None:
            raise ValueError("review times must be timezone-aware")
    last_reset = max(
        (index for index, entry in enumerate(entries) if entry.rating is None), default=-1
    )
    return [entry for entry in entries[last_reset + 1 :] if _graded(entry.rating)]


def fsrs_reviews(history: Iterable[PastReview], day_of: DayOf) -> list[tuple[int, int]]:
    """(rating, study days since the previous answer) of each answer since the last reset."""
    reviews: list[tuple[int, int]] = []
    previous: date | None = None
    for entry in since_last_reset(history):
        day = day_of(entry.reviewed_at)
        delta_t = 0 if previous is None else max(0, (day - previous).days)
        previous = day
        assert entry.rating is not None
        reviews.append((entry.rating, delta_t))
    return reviews


def training_items(
    histories: Mapping[int, Iterable[PastReview]], day_of: DayOf
) -> list[TrainingItem]:
    """fsrs-rs's training items for every card's history, in the order of the answers."""
    items: list[TrainingItem] = []
    for card_id, history in histories.items():
        answers = since_last_reset(history)
        reviews = fsrs_reviews(answers, day_of)
        for index in range(1, len(reviews)):
            if reviews[index][1] > 0:
                items.append(
                    TrainingItem(card_id, answers[index].reviewed_at, tuple(reviews[: index + 1]))
                )
    items.sort(key=lambda item: (item.reviewed_at, item.card_id))
    return items


def _state(stability: float, difficulty: float) -> MemoryState | None:
    if not (math.isfinite(stability) and math.isfinite(difficulty)):
        return None
    return MemoryState(float(stability), float(difficulty))


def memory_state(
    history: Iterable[PastReview], parameters: Sequence[float], day_of: DayOf
) -> MemoryState | None:
    """A card's FSRS memory after its history (None when it has no answer since a reset).

    `day_of` gives the study day of a moment (see `scheduler.day.day_of`); `parameters` are
    21 FSRS-6 parameters.  Pure: the same history always gives the same state.
    """
    reviews = fsrs_reviews(history, day_of)
    if not reviews:
        return None
    item = FSRSItem([FSRSReview(rating, delta_t) for rating, delta_t in reviews])
    state = FSRS(list(parameters)).memory_state(item)
    return _state(state.stability, state.difficulty)


def memory_states(
    histories: Mapping[int, Iterable[PastReview]], parameters: Sequence[float], day_of: DayOf
) -> dict[int, MemoryState | None]:
    """`memory_state` of many cards at once (one native call: fast for a whole collection)."""
    ids: list[int] = []
    items: list[FSRSItem] = []
    result: dict[int, MemoryState | None] = {}
    for card_id, history in histories.items():
        reviews = fsrs_reviews(history, day_of)
        result[card_id] = None
        if reviews:
            ids.append(card_id)
            items.append(FSRSItem([FSRSReview(rating, delta_t) for rating, delta_t in reviews]))
    if items:
        states = FSRS(list(parameters)).memory_state_batch(items)
        for card_id, state in zip(ids, states, strict=True):
            result[card_id] = _state(state.stability, state.difficulty)
    return result
