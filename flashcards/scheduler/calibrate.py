"""The scheduling target calibrated on the learner's own log: which predicted R recalls as desired.

FSRS schedules a card for the day its predicted recall falls to the desired retention. When
the fitted model is off for this learner (measured: a learner whose forgetting is
exponential recalls 93 % of the cards FSRS predicts at 90 %), every interval is off the same
way. At each optimize, the app's own predictions of its review answers of the last
`WINDOW_DAYS` days — the recall the parameters then in use gave each card when it was
answered, from the memory the log kept — are binned with their outcomes (`Calibration`,
0.01 wide, stored with the parameters, collection-wide as they are). For each preset's
desired retention d, the answers predicted within ±`BAND` of d give the gap between recall
and prediction there, shrunk towards no correction when they are few (`SHRINK` pseudo-answers
of no gap; no correction under `MIN_ITEMS`); cards are then scheduled for the predicted
recall r' = d − gap, within ±`MAX_SHIFT` of d, at which the *calibrated* recall is d. Each
optimize measures the gap afresh at the target then in use (no sum of past corrections), so
the monthly re-fits on reviews scheduled for r' do not wind it up.

The fit and the evaluation stay exactly fsrs-rs's; this layer only moves the target the
intervals are computed for, when turned on (`SchedulerConfig.calibrate`, `flashcards config
--calibrate on`). It is off by default: on the simulated learners of `bench/simulate.py` it
did not bring every learner within a point of the desired retention
(docs/scheduler-benchmarks.md, "Calibrating the target").
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

#: The bins' width in predicted recall, and the lowest bin kept (predictions below it are
#: never near a desired retention, which is at least 0.70).
WIDTH: Final = 0.01
LOWEST: Final = 0.60
BINS: Final = round((1.0 - LOWEST) / WIDTH)
#: Items predicted within this distance of the desired retention measure the gap.
BAND: Final = 0.05
#: Fewer items than this in the band: no correction.
MIN_ITEMS: Final = 200
#: The gap is shrunk as if this many more items had shown none.
SHRINK: Final = 200
#: The target moves at most this far from the desired retention.
MAX_SHIFT: Final = 0.05
#: The log's last days calibrated on: the reviews most like the coming ones (a deck
#: matures, and the fit extrapolates to intervals longer than most of its items').
WINDOW_DAYS: Final = 60


@dataclass(frozen=True)
class Calibration:
    """Per bin of predicted recall (`LOWEST` + i × `WIDTH`): items, predicted and recalled sums."""

    counts: tuple[int, ...]
    predicted: tuple[float, ...]
    recalled: tuple[int, ...]

    @classmethod
    def empty(cls) -> Calibration:
        return cls((0,) * BINS, (0.0,) * BINS, (0,) * BINS)

    @classmethod
    def of(cls, pairs: Iterable[tuple[float, bool]]) -> Calibration:
        """The bins of (predicted recall, recalled) pairs."""
        counts = [0] * BINS
        predicted = [0.0] * BINS
        recalled = [0] * BINS
        for p, y in pairs:
            if not math.isfinite(p) or p < LOWEST:
                continue
            i = min(BINS - 1, int((p - LOWEST) / WIDTH))
            counts[i] += 1
            predicted[i] += p
            recalled[i] += bool(y)
        return cls(tuple(counts), tuple(predicted), tuple(recalled))

    def __add__(self, other: Calibration) -> Calibration:
        """Both sets of answers in one calibration."""
        return Calibration(
            tuple(a + b for a, b in zip(self.counts, other.counts, strict=True)),
            tuple(a + b for a, b in zip(self.predicted, other.predicted, strict=True)),
            tuple(a + b for a, b in zip(self.recalled, other.recalled, strict=True)),
        )

    def to_list(self) -> list[list[float]]:
        return [list(self.counts), list(self.predicted), list(self.recalled)]

    @classmethod
    def from_list(cls, data: Sequence[Sequence[float]] | None) -> Calibration | None:
        """From `to_list` (None if missing or malformed: no correction)."""
        if not data or len(data) != 3 or any(len(row) != BINS for row in data):
            return None
        try:
            return cls(
                tuple(int(n) for n in data[0]),
                tuple(float(p) for p in data[1]),
                tuple(int(y) for y in data[2]),
            )
        except (TypeError, ValueError):
            return None

    def band(self, desired: float) -> tuple[int, float, float]:
        """Items, mean predicted and mean recalled of the bins within ±`BAND` of `desired`."""
        n, p, y = 0, 0.0, 0
        for i in range(BINS):
            centre = LOWEST + (i + 0.5) * WIDTH
            if abs(centre - desired) <= BAND + 1e-9:
                n += self.counts[i]
                p += self.predicted[i]
                y += self.recalled[i]
        if n == 0:
            return 0, math.nan, math.nan
        return n, p / n, y / n

    def gap(self, desired: float) -> float:
        """Recall minus prediction near `desired`, shrunk (0 with fewer than `MIN_ITEMS`)."""
        n, predicted, recalled = self.band(desired)
        if n < MIN_ITEMS:
            return 0.0
        return (recalled - predicted) * n / (n + SHRINK)

    def target(self, desired: float) -> float:
        """The predicted recall to schedule for so that the calibrated recall is `desired`."""
        shift = min(max(-self.gap(desired), -MAX_SHIFT), MAX_SHIFT)
        return round(min(max(desired + shift, 0.5), 0.99), 4)

    def line(self, desired: float) -> str:
        """One line for the user on what the calibration found and does at `desired`."""
        n, predicted, recalled = self.band(desired)
        if n < MIN_ITEMS:
            return (
                f"Calibration: too few reviews predicted near {desired:.0%} ({n:,}; "
                f"{MIN_ITEMS:,} needed): scheduling for {desired:.0%}"
            )
        return (
            f"Calibration: your recall at a predicted {predicted:.0%} is {recalled:.0%} "
            f"({n:,} reviews): scheduling for {self.target(desired):.1%}"
        )


def predicted_recall(parameters: Sequence[float], elapsed_days: float, stability: float) -> float:
    """FSRS-6's forgetting curve: recall after `elapsed_days` at `stability`."""
    decay = -float(parameters[20])
    factor = 0.9 ** (1 / decay) - 1
    return float((1 + factor * elapsed_days / stability) ** decay)
