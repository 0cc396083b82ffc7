"""The fsrs package's review of a card for all four ratings in one pass (to show a card).

`fsrs.Scheduler.review_card` copies the card, checks its arguments and matches on the
state for each rating; a card shown needs all four outcomes, and showing it is the study
path's hottest call.  `FourReviews` does the same arithmetic, in the same order (so the
same floating-point results, compared with the package by the tests for every state,
step and rating), once per card: the elapsed days and retrievability once, then each
rating's stability, difficulty, step and due time.  Without fuzz, as the project uses the
package (fuzz is applied by `MemoryModel`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import NamedTuple

import fsrs

from flashcards.scheduler.fuzz import clamp

__all__ = ["FourReviews", "Reviewed"]

_E = math.e
_STABILITY_MIN = 0.001
_MIN_DIFFICULTY, _MAX_DIFFICULTY = 1.0, 10.0
_LEARNING, _REVIEW, _RELEARNING = fsrs.State.Learning, fsrs.State.Review, fsrs.State.Relearning
_RATINGS = (1, 2, 3, 4)  # Again, Hard, Good, Easy
_DAY = timedelta(days=1)


class Reviewed(NamedTuple):
    """A card after one rating, as `fsrs.Scheduler.review_card` leaves it."""

    state: fsrs.State
    step: int | None
    stability: float
    difficulty: float
    due: datetime


class FourReviews:
    """The review of one card for each rating, with one scheduler's parameters and steps."""

    def __init__(self, scheduler: fsrs.Scheduler) -> None:
        w = self._w = tuple(float(p) for p in scheduler.parameters)
        if scheduler.enable_fuzzing:
            raise ValueError("FourReviews reviews without fuzz")
        self._decay = -w[20]
        self._factor = 0.9 ** (1 / self._decay) - 1
        self._retention = scheduler.desired_retention
        self._maximum = scheduler.maximum_interval
        self._learning = tuple(scheduler.learning_steps)
        self._relearning = tuple(scheduler.relearning_steps)
        # Terms that depend on the rating only, worked out as the package does each time.
        self._initial_stability = {r: max(w[r - 1], _STABILITY_MIN) for r in _RATINGS}
        self._initial_difficulty = {
            r: min(max(w[4] - (_E ** (w[5] * (r - 1))) + 1, _MIN_DIFFICULTY), _MAX_DIFFICULTY)
            for r in _RATINGS
        }
        self._easy_difficulty = w[4] - (_E ** (w[5] * (4 - 1))) + 1  # unclamped
        self._short_term = {r: _E ** (w[17] * (r - 3 + w[18])) for r in _RATINGS}
        self._forget_short = _E ** (w[17] * w[18])
        self._recall_e8 = _E ** w[8]

    def retrievability(
        self, stability: float | None, last_review: datetime | None, now: datetime
    ) -> float:
        """`get_card_retrievability` (0 without a last review or stability)."""
        if last_review is None or stability is None:
            return 0
        elapsed = (now - last_review).days
        if elapsed < 0:
            elapsed = 0
        return float((1 + self._factor * elapsed / stability) ** self._decay)

    def _next_interval(self, stability: float) -> int:
        interval: float = (stability / self._factor) * ((self._retention ** (1 / self._decay)) - 1)
        return clamp(round(interval), 1, self._maximum)

    def _next_difficulty(self, difficulty: float, rating: int) -> float:
        w = self._w
        delta = -(w[6] * (rating - 3))
        damped = difficulty + (10.0 - difficulty) * delta / 9.0
        reverted: float = w[7] * self._easy_difficulty + (1 - w[7]) * damped
        return clamp(reverted, _MIN_DIFFICULTY, _MAX_DIFFICULTY)

    def _short_term_stability(self, stability: float, rating: int) -> float:
        increase: float = self._short_term[rating] * (stability ** -self._w[19])
        if rating != 1 and increase < 1.0:  # max(increase, 1.0)
            increase = 1.0
        following = stability * increase
        return _STABILITY_MIN if following < _STABILITY_MIN else following

    def _next_stability(
        self, difficulty: float, stability: float, retrievability: float, rating: int
    ) -> float:
        w = self._w
        if rating == 1:
            long_term = (
                w[11]
                * (difficulty ** -w[12])
                * (((stability + 1) ** (w[13])) - 1)
                * (_E ** ((1 - retrievability) * w[14]))
            )
            forget = stability / self._forget_short
            following: float = forget if forget < long_term else long_term  # min()
        else:
            hard_penalty = w[15] if rating == 2 else 1
            easy_bonus = w[16] if rating == 4 else 1
            following = stability * (
                1
                + self._recall_e8
                * (11 - difficulty)
                * (stability ** -w[9])
                * ((_E ** ((1 - retrievability) * w[10])) - 1)
                * hard_penalty
                * easy_bonus
            )
        return _STABILITY_MIN if following < _STABILITY_MIN else following  # max()

    def review(
        self,
        state: fsrs.State,
        step: int | None,
        stability: float | None,
        difficulty: float | None,
        last_review: datetime | None,
        now: datetime,
    ) -> tuple[Reviewed, Reviewed, Reviewed, Reviewed]:
        """The card (as an `fsrs.Card` of these fields) reviewed at `now` (UTC) with Again,
        Hard, Good and Easy."""
        since = (now - last_review).days if last_review else None
        short = since is not None and since < 1
        recall = 0.0
        if not short and stability is not None and difficulty is not None:
            recall = self.retrievability(stability, last_review, now)
        if state is _REVIEW:
            steps: Sequence[timedelta] = self._relearning
        else:
            steps = self._learning if state is _LEARNING else self._relearning
        out = []
        for rating in _RATINGS:
            if state is _LEARNING and (stability is None or difficulty is None):
                s, d = self._initial_stability[rating], self._initial_difficulty[rating]
            else:
                assert stability is not None and difficulty is not None
                if short:
                    s = self._short_term_stability(stability, rating)
                else:
                    s = self._next_stability(difficulty, stability, recall, rating)
                d = self._next_difficulty(difficulty, rating)
            new_state, new_step, interval = self._step(state, step, steps, s, rating)
            out.append(Reviewed(new_state, new_step, s, d, now + interval))
        return out[0], out[1], out[2], out[3]

    def _step(
        self,
        state: fsrs.State,
        step: int | None,
        steps: Sequence[timedelta],
        stability: float,
        rating: int,
    ) -> tuple[fsrs.State, int | None, timedelta]:
        """The state, step and interval after `rating` (the package's match on the state)."""
        if state is _REVIEW:  # the step is left as it was
            if rating == 1 and steps:
                return _RELEARNING, 0, steps[0]
            return _REVIEW, step, _DAY * self._next_interval(stability)
        if state is not _LEARNING and state is not _RELEARNING:
            raise ValueError(f"Unknown card state: {state}")
        assert step is not None
        if not steps or (step >= len(steps) and rating != 1):
            return _REVIEW, None, _DAY * self._next_interval(stability)
        if rating == 1:
            return state, 0, steps[0]
        if rating == 2:
            if step == 0 and len(steps) == 1:
                return state, step, steps[0] * 1.5
            if step == 0 and len(steps) >= 2:
                return state, step, (steps[0] + steps[1]) / 2.0
            return state, step, steps[step]
        if rating == 3:
            if step + 1 == len(steps):
                return _REVIEW, None, _DAY * self._next_interval(stability)
            return state, step + 1, steps[step + 1]
        return _REVIEW, None, _DAY * self._next_interval(stability)
