"""Replaying a history: the same memory as answering in time order; resets, due dates, crams."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from flashcards.scheduler.config import SchedulerConfig
from flashcards.scheduler.memory import MemoryModel
from flashcards.scheduler.replay import (
    DEFAULT_DIFFICULTY,
    DEFAULT_STABILITY,
    Event,
    EventKind,
    final_memory,
    replay,
    with_due,
)
from flashcards.types import CardState, Memory, Rating

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
MODEL = MemoryModel(SchedulerConfig(), UTC)


def _review(at: datetime, rating: Rating = Rating.GOOD) -> Event:
    return Event(at, EventKind.REVIEW, rating)


def _by_hand(card_id: int, answers: list[tuple[datetime, Rating]]) -> list[Memory]:
    memory, seen = Memory(), []
    for at, rating in answers:
        memory = MODEL.answer(card_id, memory, rating, at)
        seen.append(memory)
    return seen


def test_a_replay_is_answering_each_review_in_time_order_whatever_order_it_is_given() -> None:
    answers = [
        (T0, Rating.GOOD),
        (T0 + timedelta(minutes=10), Rating.GOOD),
        (T0 + timedelta(days=3), Rating.AGAIN),
        (T0 + timedelta(days=3, minutes=10), Rating.HARD),
        (T0 + timedelta(days=9), Rating.EASY),
    ]
    expected = _by_hand(7, answers)
    shuffled = [_review(at, rating) for at, rating in reversed(answers)]
    steps = replay(MODEL, 7, shuffled)
    assert [s.event.at for s in steps] == [at for at, _ in answers]
    assert [s.after for s in steps] == expected
    assert [s.before for s in steps] == [Memory(), *expected[:-1]]
    last = final_memory(steps)
    assert last == expected[-1] and last.reps == 5 and last.lapses == 1


def test_two_sides_merged_count_alike() -> None:
    """Reviews made in the app and on the phone, interleaved in time, replay as one history."""
    app = [_review(T0), _review(T0 + timedelta(days=4), Rating.HARD)]
    phone = [_review(T0 + timedelta(minutes=10)), _review(T0 + timedelta(days=12))]
    steps = replay(MODEL, 3, app + phone)
    assert [s.event for s in steps] == [app[0], phone[0], app[1], phone[1]]
    in_time = [(T0, Rating.GOOD), (T0 + timedelta(minutes=10), Rating.GOOD)]
    in_time += [(T0 + timedelta(days=4), Rating.HARD), (T0 + timedelta(days=12), Rating.GOOD)]
    expected = _by_hand(3, in_time)
    assert final_memory(steps) == expected[-1]
    assert final_memory(steps).state is CardState.REVIEW


def test_events_at_the_same_moment_keep_their_order() -> None:
    first, second = _review(T0, Rating.AGAIN), _review(T0, Rating.EASY)
    steps = replay(MODEL, 1, [first, second])
    assert [s.event for s in steps] == [first, second]


def test_a_reset_starts_the_card_afresh() -> None:
    events = [
        _review(T0),
        _review(T0 + timedelta(minutes=10)),
        Event(T0 + timedelta(days=2), EventKind.RESET),
        _review(T0 + timedelta(days=5), Rating.AGAIN),
    ]
    steps = replay(MODEL, 9, events)
    assert steps[2].after == Memory()
    assert final_memory(steps) == MODEL.answer(9, Memory(), Rating.AGAIN, events[3].at)
    assert final_memory(steps).reps == 1


def test_a_due_date_set_by_hand_keeps_the_memory() -> None:
    learned = replay(MODEL, 4, [_review(T0), _review(T0 + timedelta(minutes=10))])
    memory = final_memory(learned)
    due = T0 + timedelta(days=30)
    moved = replay(MODEL, 4, [Event(T0 + timedelta(days=1), EventKind.SET_DUE, due=due)], memory)
    after = final_memory(moved)
    assert after.due == due
    assert (after.stability, after.difficulty, after.reps) == (
        memory.stability,
        memory.difficulty,
        memory.reps,
    )


def test_a_new_card_given_a_due_date_becomes_a_review() -> None:
    due = T0 + timedelta(days=3)
    after = with_due(Memory(), due, T0)
    assert after.state is CardState.REVIEW and after.due == due and after.last_review == T0
    assert (after.stability, after.difficulty) == (DEFAULT_STABILITY, DEFAULT_DIFFICULTY)


def test_a_cram_changes_nothing() -> None:
    base = final_memory(replay(MODEL, 2, [_review(T0)]))
    steps = replay(MODEL, 2, [Event(T0 + timedelta(hours=1), EventKind.CRAM, Rating.AGAIN)], base)
    assert steps[0].before == steps[0].after == base


def test_nothing_to_replay_leaves_the_start() -> None:
    assert final_memory(replay(MODEL, 1, [])) == Memory()
    start = Memory(state=CardState.REVIEW, stability=3.0, difficulty=4.0, due=T0)
    assert final_memory(replay(MODEL, 1, [], start), start) == start


def test_bad_events_are_refused() -> None:
    with pytest.raises(ValueError, match="timezone"):
        Event(datetime(2026, 1, 1), EventKind.RESET)
    with pytest.raises(ValueError, match="rating"):
        Event(T0, EventKind.REVIEW)
    with pytest.raises(ValueError, match="due date"):
        Event(T0, EventKind.SET_DUE)
