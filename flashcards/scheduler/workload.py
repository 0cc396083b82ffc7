"""Workload against desired retention: fsrs-rs's simulator run on the user's parameters.

For each desired retention the simulator studies a deck the size of the user's for a year,
within their daily limits and learning steps, and counts the reviews it takes and how many
cards are known at the end. The recommended minimum is fsrs-rs's `optimal_retention`
(Anki's "compute minimum recommended retention"): below it each card remembered costs
more time, not less.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import fsrs_rs_python

#: The desired retentions compared: 0.70 to 0.97 in steps of 0.01.
RETENTIONS: tuple[float, ...] = tuple(round(0.70 + 0.01 * k, 2) for k in range(28))

#: A day's study is not capped by time in the simulation (the daily limits cap it).
_NO_TIME_CAP = 24 * 3600.0


@dataclass(frozen=True)
class WorkloadPoint:
    """What one desired retention costs, on average over the simulated days."""

    retention: float
    reviews_per_day: float  # answers of cards already learned
    new_per_day: float  # cards seen for the first time
    minutes_per_day: float  # study time, at fsrs-rs's typical seconds per answer
    known: float  # cards remembered at the end (the sum of their retrievability)


@dataclass(frozen=True)
class Workload:
    """The workload at each desired retention and the recommended minimum retention."""

    points: tuple[WorkloadPoint, ...]
    recommended_minimum: float
    cards: int
    days: int

    def at(self, retention: float) -> WorkloadPoint:
        """The point nearest `retention`."""
        return min(self.points, key=lambda p: abs(p.retention - retention))


@dataclass(frozen=True)
class StudyShape:
    """What the simulation copies from the user's study: deck size, limits and steps."""

    cards: int
    new_per_day: int = 20
    reviews_per_day: int = 200
    maximum_interval: int = 36500
    learning_steps: int = 2
    relearning_steps: int = 1
    new_ignores_review_limit: bool = False
    days: int = 365


def _config(shape: StudyShape) -> fsrs_rs_python.SimulatorConfig:
    config = fsrs_rs_python.default_simulator_config()
    config.deck_size = max(1, shape.cards)
    config.learn_span = max(1, shape.days)
    config.max_cost_perday = _NO_TIME_CAP
    config.max_ivl = float(shape.maximum_interval)
    config.learn_limit = shape.new_per_day
    config.review_limit = shape.reviews_per_day
    config.new_cards_ignore_review_limit = shape.new_ignores_review_limit
    config.learning_step_count = shape.learning_steps
    config.relearning_step_count = shape.relearning_steps
    return config


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def workload(
    parameters: Sequence[float],
    shape: StudyShape,
    retentions: Sequence[float] = RETENTIONS,
    seed: int = 42,
) -> Workload:
    """The simulated workload of `shape` at each of `retentions` (seeded: repeatable)."""
    if shape.cards < 1:
        raise ValueError("the simulation needs at least one card")
    config = _config(shape)
    weights = list(parameters)
    points = []
    for retention in retentions:
        result = fsrs_rs_python.simulate(weights, retention, config, seed)
        points.append(
            WorkloadPoint(
                retention=retention,
                reviews_per_day=_mean(result.review_cnt_per_day),
                new_per_day=_mean(result.learn_cnt_per_day),
                minutes_per_day=_mean(result.cost_per_day) / 60,
                known=float(result.memorized_cnt_per_day[-1])
                if result.memorized_cnt_per_day
                else 0.0,
            )
        )
    minimum = float(fsrs_rs_python.optimal_retention(config, weights))
    if not math.isfinite(minimum):
        minimum = RETENTIONS[0]
    return Workload(tuple(points), round(minimum, 2), shape.cards, shape.days)
