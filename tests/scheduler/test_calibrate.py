"""The scheduling target calibrated on the learner's log: the bins, the target, its use."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from flashcards.scheduler.calibrate import (
    BINS,
    MAX_SHIFT,
    MIN_ITEMS,
    Calibration,
    predicted_recall,
)
from flashcards.scheduler.config import SchedulerConfig
from flashcards.scheduler.memory import MemoryModel
from flashcards.types import CardState, Memory, Rating

NOW = datetime(2026, 11, 23, 9, tzinfo=UTC)


def _answers(predicted: float, recalled: float, n: int, seed: int = 1) -> Calibration:
    """`n` answers predicted at `predicted`, of which the share `recalled` were recalled."""
    rng = random.Random(seed)
    hits = round(n * recalled)
    outcomes = [True] * hits + [False] * (n - hits)
    rng.shuffle(outcomes)
    return Calibration.of((predicted, y) for y in outcomes)


def test_a_learner_recalling_more_than_predicted_is_scheduled_for_a_lower_target() -> None:
    found = _answers(0.90, 0.93, 2_000)
    assert found.band(0.90) == (2_000, pytest.approx(0.90), pytest.approx(0.93))
    # The gap (3 points) shrunk as if 200 more items had shown none: 3 × 2000 / 2200.
    assert found.gap(0.90) == pytest.approx(0.03 * 2_000 / 2_200)
    assert found.target(0.90) == pytest.approx(0.90 - 0.03 * 2_000 / 2_200, abs=1e-4)
    assert "your recall at a predicted 90% is 93% (2,000 reviews): scheduling for 87.3%" in (
        found.line(0.90)
    )
    # And one recalling less is scheduled for a higher one.
    assert _answers(0.90, 0.87, 2_000).target(0.90) == pytest.approx(0.9273, abs=1e-4)


def test_few_answers_near_the_desired_retention_change_nothing() -> None:
    few = _answers(0.90, 0.99, MIN_ITEMS - 1)
    assert few.gap(0.90) == 0.0 and few.target(0.90) == 0.90
    assert "too few reviews predicted near 90%" in few.line(0.90)
    # Answers predicted far from the desired retention are not in its band.
    far = _answers(0.70, 0.99, 5_000)
    assert far.band(0.90)[0] == 0 and far.target(0.90) == 0.90
    assert far.target(0.72) < 0.72  # but they are in the band of a desired 0.72


def test_the_target_moves_at_most_max_shift_from_the_desired_retention() -> None:
    assert _answers(0.90, 1.0, 10_000).target(0.90) == pytest.approx(0.90 - MAX_SHIFT)
    assert _answers(0.90, 0.5, 10_000).target(0.90) == pytest.approx(0.90 + MAX_SHIFT)


def test_a_calibration_survives_the_settings_round_trip_and_bad_data_is_no_correction() -> None:
    found = _answers(0.90, 0.93, 1_000)
    config = SchedulerConfig(calibrate=True, calibration=found)
    again = SchedulerConfig.from_dict(config.to_dict())
    assert again.calibration == found and again.calibrate
    assert again.scheduling_retention == found.target(0.90) < 0.90
    assert Calibration.from_list([[1, 2]]) is None
    assert Calibration.from_list([[0] * BINS, [0.0] * BINS, ["x"] * BINS]) is None
    assert SchedulerConfig.from_dict({"calibration": "nonsense"}).calibration is None
    # Older settings (no calibration stored) schedule for the desired retention.
    assert SchedulerConfig.from_dict({}).scheduling_retention == 0.90


def test_off_or_uncalibrated_schedules_for_the_desired_retention_and_each_preset_its_own() -> None:
    found = _answers(0.90, 0.93, 2_000) + _answers(0.80, 0.80, 2_000)
    assert SchedulerConfig(calibration=found).scheduling_retention == 0.90  # off by default
    assert SchedulerConfig(calibrate=True).scheduling_retention == 0.90  # nothing found yet
    on = SchedulerConfig(calibrate=True, calibration=found)
    assert on.scheduling_retention < 0.90
    # A preset with another desired retention is calibrated in its own band.
    exam = on.with_preset(on.preset("Exam").with_changes(desired_retention=0.80))
    assert exam.scheduling_retention == 0.80  # no gap there


def test_intervals_are_computed_for_the_calibrated_target() -> None:
    memory = Memory(
        state=CardState.REVIEW,
        stability=20.0,
        difficulty=5.0,
        due=NOW,
        last_review=NOW - timedelta(days=20),
        reps=4,
    )
    found = _answers(0.90, 0.94, 4_000)
    plain = SchedulerConfig(enable_fuzz=False, load_balance=False)
    calibrated = plain.with_changes(calibrate=True, calibration=found)
    target = calibrated.scheduling_retention
    assert target < 0.87
    # The calibrated model gives the interval the desired retention `target` would give.
    same = MemoryModel(plain.with_changes(desired_retention=round(target, 4)), UTC)
    model = MemoryModel(calibrated, UTC)
    good = model.preview(1, memory, NOW)[Rating.GOOD]
    assert good == same.preview(1, memory, NOW)[Rating.GOOD]
    assert good > MemoryModel(plain, UTC).preview(1, memory, NOW)[Rating.GOOD]
    assert model.interval(20.0) == pytest.approx(same.interval(20.0))
    after = model.answer(1, memory, Rating.GOOD, NOW)
    assert after.due == same.answer(1, memory, Rating.GOOD, NOW).due


def test_predicted_recall_is_fsrs_6s_forgetting_curve() -> None:
    parameters = SchedulerConfig().parameters
    assert predicted_recall(parameters, 10.0, 10.0) == pytest.approx(0.9)
    model = MemoryModel(SchedulerConfig(), UTC)
    memory = Memory(
        state=CardState.REVIEW, stability=8.0, difficulty=5.0, due=NOW, last_review=NOW, reps=2
    )
    later = NOW + timedelta(days=13)
    assert predicted_recall(parameters, 13, 8.0) == pytest.approx(
        model.retrievability(memory, later)
    )
