"""The FSRS memory model: answers, previews equal to answers, lapses, retrievability."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import fsrs

from flashcards.scheduler.config import SchedulerConfig
from flashcards.scheduler.memory import MemoryModel, format_interval
from flashcards.types import CardState, Memory, Rating

NOW = datetime(2026, 11, 23, 9, tzinfo=UTC)


def test_new_card_goes_through_learning_steps() -> None:
    model = MemoryModel(SchedulerConfig())
    after = model.answer(1, Memory(), Rating.GOOD, NOW)
    assert after.state is CardState.LEARNING and after.step == 1
    assert after.due == NOW + timedelta(minutes=10)
    assert after.reps == 1 and after.last_review == NOW
    again = model.answer(1, Memory(), Rating.AGAIN, NOW)
    assert again.due == NOW + timedelta(minutes=1)
    graduated = model.answer(1, after, Rating.GOOD, after.due)  # type: ignore[arg-type]
    assert graduated.state is CardState.REVIEW and graduated.due is not None
    assert graduated.due - after.due >= timedelta(days=1)  # type: ignore[operator]


def test_matches_the_fsrs_package_without_fuzz() -> None:
    config = SchedulerConfig(enable_fuzz=False)
    model = MemoryModel(config)
    reference = fsrs.Scheduler(enable_fuzzing=False)
    card = fsrs.Card(card_id=5)
    memory = Memory()
    moment = NOW
    for rating in (Rating.GOOD, Rating.GOOD, Rating.HARD, Rating.AGAIN, Rating.GOOD, Rating.EASY):
        card, _ = reference.review_card(card, fsrs.Rating(int(rating)), moment)
        memory = model.answer(5, memory, rating, moment)
        assert memory.due == card.due
        assert memory.stability is not None and card.stability is not None
        assert abs(memory.stability - card.stability) < 1e-9
        moment = card.due


def test_preview_is_what_the_answer_gives() -> None:
    model = MemoryModel(SchedulerConfig())
    memory = Memory(
        state=CardState.REVIEW,
        stability=20.0,
        difficulty=5.0,
        due=NOW,
        last_review=NOW - timedelta(days=20),
        reps=4,
    )
    preview = model.preview(42, memory, NOW)
    for rating, interval in preview.items():
        assert model.answer(42, memory, rating, NOW).due == NOW + interval
    assert (
        preview[Rating.AGAIN] < preview[Rating.HARD] < preview[Rating.GOOD] < preview[Rating.EASY]
    )


def test_lapse_counts_and_relearns() -> None:
    model = MemoryModel(SchedulerConfig())
    memory = Memory(
        state=CardState.REVIEW,
        stability=10.0,
        difficulty=5.0,
        due=NOW,
        last_review=NOW - timedelta(days=10),
        reps=3,
    )
    after = model.answer(9, memory, Rating.AGAIN, NOW)
    assert after.state is CardState.RELEARNING and after.lapses == 1
    assert after.stability is not None and after.stability < 10.0


def test_retrievability_falls_with_time() -> None:
    model = MemoryModel(SchedulerConfig())
    memory = Memory(
        state=CardState.REVIEW,
        stability=10.0,
        difficulty=5.0,
        due=NOW,
        last_review=NOW - timedelta(days=10),
        reps=3,
    )
    assert model.retrievability(Memory(), NOW) is None
    at_due = model.retrievability(memory, NOW)
    later = model.retrievability(memory, NOW + timedelta(days=30))
    assert at_due is not None and later is not None
    assert abs(at_due - 0.9) < 0.01  # stability is the interval to 90 % recall
    assert later < at_due


def test_desired_retention_changes_intervals() -> None:
    memory = Memory(
        state=CardState.REVIEW,
        stability=10.0,
        difficulty=5.0,
        due=NOW,
        last_review=NOW - timedelta(days=10),
        reps=3,
    )
    strict = MemoryModel(SchedulerConfig(desired_retention=0.95, enable_fuzz=False))
    relaxed = MemoryModel(SchedulerConfig(desired_retention=0.80, enable_fuzz=False))
    assert (
        strict.preview(1, memory, NOW)[Rating.GOOD] < relaxed.preview(1, memory, NOW)[Rating.GOOD]
    )


def test_format_interval() -> None:
    assert [format_interval(timedelta(seconds=s)) for s in (30, 600, 7200, 86400 * 4)] == [
        "1m",
        "10m",
        "2h",
        "4d",
    ]
    assert format_interval(timedelta(days=75)) == "2.5mo"
    assert format_interval(timedelta(days=730)) == "2y"


def test_elapsed_time_counts_study_days_not_24_hour_periods() -> None:
    model = MemoryModel(SchedulerConfig(enable_fuzz=False), UTC)
    memory = Memory(
        state=CardState.REVIEW,
        stability=3.0,
        difficulty=5.0,
        due=NOW + timedelta(days=1),
        last_review=NOW,
        reps=3,
    )
    next_morning = NOW + timedelta(hours=23)  # 08:00, the next study day
    same_day = NOW + timedelta(hours=10)  # 19:00, still today
    r_morning = model.retrievability(memory, next_morning)
    r_evening = model.retrievability(memory, same_day)
    assert r_evening == 1.0  # nothing forgotten within the day, as FSRS counts whole days
    assert r_morning is not None and r_morning < 0.97  # a day has passed
    # And the answer next morning is a review a day later, not a same-day review.
    later = model.answer(1, memory, Rating.GOOD, next_morning)
    same = model.answer(1, memory, Rating.GOOD, same_day)
    assert later.stability is not None and same.stability is not None
    assert later.stability > same.stability
