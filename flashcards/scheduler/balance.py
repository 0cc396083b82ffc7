"""Load balancing and easy days (Anki 24.11): fuzz picks a less busy day within its range.

Each day in the fuzz range gets a weight: an empty day 1, otherwise (1 / cards due)^2.15 ×
(1 / days away)^3; a day with a sibling of the card, and the days next to it, weigh less;
a day of the week marked lighter weighs less or nothing. A seeded weighted draw then picks
the day, so the interval shown on a button is the one the card gets.
"""

from __future__ import annotations

from bisect import bisect
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, lru_cache
from itertools import accumulate

from flashcards.scheduler.fuzz import fuzz_range, uniform

#: Intervals longer than this are not balanced (the need is low that far out), as in Anki.
MAX_BALANCED_INTERVAL = 90
#: The days ahead whose load is counted (balancing may pick a day past the interval).
BALANCED_DAYS = 99
#: The days whose weights a load keeps worked out: all a balanced interval can reach.
_TABLE = BALANCED_DAYS + 2

# A sibling's day weighs almost nothing, the days around it a little less than others.
_SIBLING = {-5: 1.0, -4: 0.8, -3: 0.6, -2: 0.4, -1: 0.2, 0: 0.000001, 1: 0.2, 2: 0.4, 3: 0.6}
_SIBLING |= {4: 0.8, 5: 1.0}

#: An easy day's load: normal, reduced (about half) or minimum (almost nothing).
NORMAL, REDUCED, MINIMUM = 1.0, 0.5, 0.0
_MINIMUM_LOAD = 0.0001


def _modifier(load: float) -> float:
    if load >= 1.0:
        return 1.0
    if load <= 0.0:
        return _MINIMUM_LOAD
    return REDUCED


@dataclass(frozen=True)
class DayLoad:
    """Cards due on each coming study day (days from `today`), and the lighter weekdays."""

    today: date
    counts: Mapping[int, int] = field(default_factory=dict)
    #: Monday to Sunday: 1.0 a normal day, 0.5 reduced, 0.0 minimum (Anki's easy days).
    easy_days: Sequence[float] = (NORMAL,) * 7

    @cached_property
    def normal_week(self) -> bool:
        """No lighter weekday (worked out once, not at each of a card's draws)."""
        return all(day == NORMAL for day in self.easy_days)

    @cached_property
    def weights(self) -> list[float]:
        """Each coming day's weight by the cards due on it (index: days from today),
        worked out once for all of a card's draws and the cards after it."""
        found = self.counts.get
        return [_weight(offset, found(offset, 0)) for offset in range(_TABLE)]

    def weekday(self, offset: int) -> int:
        return (self.today.weekday() + offset) % 7

    def with_card(self, offset: int) -> DayLoad:
        """The load after one more card is due `offset` days from today."""
        counts = dict(self.counts)
        counts[offset] = counts.get(offset, 0) + 1
        load = DayLoad(self.today, counts, self.easy_days)
        table = self.__dict__.get("weights")  # worked out already: one day changes
        if table is not None:
            table = list(table)
            if 0 <= offset < _TABLE:
                table[offset] = _weight(offset, counts[offset])
            load.__dict__["weights"] = table
        return load


def easy_day_modifiers(
    easy_days: Sequence[float], weekdays: Sequence[int], counts: Sequence[int]
) -> list[float]:
    """Anki's easy-day weights: a reduced day stays open while it holds under its share."""
    total = sum(counts)
    shares = sum(_modifier(easy_days[w]) for w in weekdays)
    result = []
    for weekday, count in zip(weekdays, counts, strict=True):
        load = _modifier(easy_days[weekday])
        if load == REDUCED:
            others = total - count
            other_shares = shares - REDUCED
            threshold = others / other_shares if other_shares > 0 else float("inf")
            load = _MINIMUM_LOAD if count / REDUCED > threshold else 1.0
        result.append(load)
    return result


@lru_cache(maxsize=4096)
def _busy(count: int) -> float:
    """The weight of a day with `count` cards due."""
    return float((1.0 / count) ** 2.15)


@lru_cache(maxsize=4096)
def _away(offset: int) -> float:
    """The weight of a day `offset` days away."""
    return float((1.0 / max(offset, 1)) ** 3)


def _weight(offset: int, count: int) -> float:
    """A day's weight by its cards due (an empty day 1)."""
    return 1.0 if count == 0 else _busy(count) * _away(offset)


def balanced_days(
    interval: float,
    minimum: int,
    maximum: int,
    load: DayLoad,
    sibling_days: frozenset[int] = frozenset(),
    seed: int = 0,
) -> int | None:
    """The day (days from today) to schedule a card, or None to use plain fuzz instead."""
    if interval > MAX_BALANCED_INTERVAL or minimum > MAX_BALANCED_INTERVAL:
        return None
    lower, upper = fuzz_range(interval, minimum, maximum)
    offsets = range(lower, upper + 1)
    if lower >= 0 and upper < _TABLE:
        weights = load.weights[lower : upper + 1]
    else:
        weights = [_weight(offset, load.counts.get(offset, 0)) for offset in offsets]
    if sibling_days:
        # Near a sibling's day: each day's factor, the product over the siblings in their
        # order (a day further than 5 from every sibling keeps its weight, times 1.0).
        factors: dict[int, float] = {}
        for day in sibling_days:
            for offset in range(max(lower, day - 5), min(upper, day + 5) + 1):
                factors[offset] = factors.get(offset, 1.0) * _SIBLING[offset - day]
        for offset, factor in factors.items():
            weights[offset - lower] *= factor
    if not load.normal_week:
        found = load.counts.get
        today = load.today.weekday()
        weekdays = [(today + offset) % 7 for offset in offsets]
        counts = [found(offset, 0) for offset in offsets]
        easy = easy_day_modifiers(load.easy_days, weekdays, counts)
        weights = [weight * modifier for weight, modifier in zip(weights, easy, strict=True)]
    if not any(weights):
        return None
    cumulative = list(accumulate(weights))
    total = cumulative[-1]
    # A weighted draw (as random.choices(offsets, weights)) of one seeded number.
    drawn = uniform(seed) * (total + 0.0)
    return offsets[bisect(cumulative, drawn, 0, len(offsets) - 1)]
