"""A card's history as FSRS sees it: study-day gaps, resets, training items, replayed memory."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from flashcards.scheduler.config import DEFAULT_PARAMETERS, SchedulerConfig
from flashcards.scheduler.day import day_of
from flashcards.scheduler.history import (
    MemoryState,
    PastReview,
    fsrs_reviews,
    memory_state,
    memory_states,
    training_items,
)
from flashcards.scheduler.memory import MemoryModel
from flashcards.types import Memory, Rating

BERLIN = ZoneInfo("Europe/Berlin")


def berlin_day(moment: datetime):  # type: ignore[no-untyped-def]
    return day_of(moment, 4, BERLIN)


def at(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=BERLIN)


def test_gaps_are_study_days_in_the_users_time_zone_across_summer_time() -> None:
    history = [
        PastReview(at(3, 27, 9), 3),
        PastReview(at(3, 28, 3, 30), 3),  # 03:30: still the study day of 27 March
        PastReview(at(3, 29, 4, 30), 3),  # the night the clocks went forward: two days on
        PastReview(at(10, 24, 4, 30), 3),
        PastReview(at(10, 25, 3, 59), 3),  # the night the clocks went back: same study day
        PastReview(at(10, 25, 4, 0), 3),
    ]
    assert fsrs_reviews(history, berlin_day) == [(3, 0), (3, 0), (3, 2), (3, 209), (3, 0), (3, 1)]


def test_history_starts_again_at_the_last_reset_and_skips_other_entries() -> None:
    history = [
        PastReview(at(1, 1, 9), 3),
        PastReview(at(1, 5, 9), 1),
        PastReview(at(1, 9, 9), None),  # reset to new
        PastReview(at(1, 10, 9), 0),  # not a rating: skipped
        PastReview(at(1, 11, 9), 4),
        PastReview(at(1, 14, 9), 3),
    ]
    assert fsrs_reviews(reversed(history), berlin_day) == [(4, 0), (3, 3)]
    reset = [PastReview(at(1, 1, 9), 3), PastReview(at(1, 2, 9), None)]
    assert memory_state(reset, DEFAULT_PARAMETERS, berlin_day) is None


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        fsrs_reviews([PastReview(datetime(2026, 1, 1, 9), 3)], berlin_day)


def test_training_items_end_on_a_later_study_day_in_time_order() -> None:
    def utc(day: int, hour: int, minute: int = 0) -> datetime:
        return datetime(2024, 3, day, hour, minute, tzinfo=UTC)

    histories = {
        1: [
            PastReview(utc(1, 9), 1),
            PastReview(utc(1, 22), 3),  # same day: no item
            PastReview(utc(2, 3), 2),  # 03:00 still belongs to 1 March: no item
            PastReview(utc(2, 5), 3),
            PastReview(utc(5, 3, 59), 4),
        ],
        2: [PastReview(utc(1, 12), 1), PastReview(utc(2, 4), 3)],
        3: [PastReview(utc(3, 12), 3)],  # one answer: nothing to predict
    }
    items = training_items(histories, lambda moment: day_of(moment, 4, UTC))
    assert [(item.card_id, item.reviewed_at, item.reviews) for item in items] == [
        (2, utc(2, 4), ((1, 0), (3, 1))),
        (1, utc(2, 5), ((1, 0), (3, 0), (2, 0), (3, 1))),
        (1, utc(5, 3, 59), ((1, 0), (3, 0), (2, 0), (3, 1), (4, 2))),
    ]
    assert len(items[0].fsrs_item().reviews) == 2


def test_replayed_memory_is_the_memory_the_scheduler_gave_answer_by_answer() -> None:
    model = MemoryModel(SchedulerConfig(enable_fuzz=False), BERLIN)
    memory = Memory()
    moment = at(1, 5, 9)
    history: list[PastReview] = []
    for rating, later in (
        (Rating.GOOD, timedelta(minutes=10)),
        (Rating.GOOD, timedelta(days=2, hours=1)),
        (Rating.GOOD, timedelta(days=6)),
        (Rating.AGAIN, timedelta(minutes=10)),
        (Rating.GOOD, timedelta(days=1, hours=3)),
        (Rating.HARD, timedelta(days=4)),
        (Rating.EASY, timedelta(days=20)),
    ):
        memory = model.answer(7, memory, rating, moment)
        history.append(PastReview(moment, int(rating)))
        replayed = memory_state(history, DEFAULT_PARAMETERS, berlin_day)
        assert replayed is not None and memory.stability and memory.difficulty
        assert replayed.stability == pytest.approx(memory.stability, rel=1e-5)
        assert replayed.difficulty == pytest.approx(memory.difficulty, rel=1e-5)
        moment += later


def test_many_cards_at_once_match_one_at_a_time() -> None:
    histories = {
        1: [PastReview(at(2, 1, 9), 3), PastReview(at(2, 4, 9), 3)],
        2: [PastReview(at(2, 1, 9), 1), PastReview(at(2, 1, 9, 10), 3), PastReview(at(2, 2, 9), 2)],
        3: [PastReview(at(2, 1, 9), None)],
    }
    many = memory_states(histories, DEFAULT_PARAMETERS, berlin_day)
    assert many[3] is None
    for card_id in (1, 2):
        one = memory_state(histories[card_id], DEFAULT_PARAMETERS, berlin_day)
        assert isinstance(one, MemoryState)
        batch = many[card_id]
        assert batch is not None
        assert (batch.stability, batch.difficulty) == pytest.approx((one.stability, one.difficulty))
