"""Scheduling options: collection-wide ones, and the presets decks share (Anki's deck options).

`SchedulerConfig` is what scheduling one deck needs: the collection's settings (FSRS
parameters, day start, fuzz, load balancing) with the values of the deck's `Preset`
(desired retention, steps, maximum interval, burying, review order, leeches, easy days).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from datetime import timedelta
from enum import StrEnum
from typing import Any

import fsrs

from flashcards.scheduler.calibrate import Calibration

#: FSRS-6 default parameters, as the fsrs package ships them.
DEFAULT_PARAMETERS: tuple[float, ...] = tuple(fsrs.Scheduler().parameters)


class ReviewOrder(StrEnum):
    """The order of today's review cards (a subset of Anki's "review sort order")."""

    OVERDUENESS = "overdueness"  # relative overdueness: the most faded first (this app's default)
    DUE = "due"  # due date, then random (Anki's default)
    RETRIEVABILITY = "retrievability"  # lowest retrievability first
    INTERVALS_ASCENDING = "intervals_ascending"
    INTERVALS_DESCENDING = "intervals_descending"
    RANDOM = "random"


class LeechAction(StrEnum):
    """What happens to a card that became a leech (Anki's default: tag only)."""

    TAG = "tag"
    SUSPEND = "suspend"


#: Monday to Sunday: 1.0 a normal day, 0.5 a reduced one, 0.0 almost no reviews.
NORMAL_WEEK: tuple[float, ...] = (1.0,) * 7


def _seconds(steps: tuple[timedelta, ...]) -> list[float]:
    return [step.total_seconds() for step in steps]


def _steps(values: Any) -> tuple[timedelta, ...]:
    return tuple(timedelta(seconds=float(s)) for s in values)


def _check_preset_values(owner: Any) -> None:
    if not 0.7 <= owner.desired_retention <= 0.99:
        raise ValueError("desired retention must be between 0.70 and 0.99")
    if owner.maximum_interval < 1:
        raise ValueError("the maximum interval must be at least one day")
    for steps in (owner.learning_steps, owner.relearning_steps):
        if any(step <= timedelta(0) for step in steps):
            raise ValueError("learning steps must be longer than zero")
    if len(owner.easy_days) != 7 or not all(0.0 <= d <= 1.0 for d in owner.easy_days):
        raise ValueError("easy days are seven loads from 0 (minimum) to 1 (normal)")
    if owner.leech_threshold < 0:
        raise ValueError("the leech threshold cannot be negative")
    ReviewOrder(owner.review_order)
    LeechAction(owner.leech_action)


@dataclass(frozen=True)
class Limits:
    """A deck's daily limits."""

    new_per_day: int = 20
    reviews_per_day: int = 200


@dataclass(frozen=True)
class Preset:
    """Options that decks share; each deck uses one preset ("Default" unless chosen)."""

    name: str = "Default"
    desired_retention: float = 0.90
    new_per_day: int = 20
    reviews_per_day: int = 200
    learning_steps: tuple[timedelta, ...] = (timedelta(minutes=1), timedelta(minutes=10))
    relearning_steps: tuple[timedelta, ...] = (timedelta(minutes=10),)
    maximum_interval: int = 36500  # days
    bury_new: bool = True  # new siblings of a card studied or due today wait (Anki: off)
    bury_reviews: bool = True  # review siblings wait (Anki: off)
    bury_interday: bool = True  # interday learning siblings wait (Anki: off)
    review_order: ReviewOrder = ReviewOrder.OVERDUENESS
    leech_threshold: int = 8  # lapses; 0: never a leech
    leech_action: LeechAction = LeechAction.TAG
    easy_days: tuple[float, ...] = NORMAL_WEEK
    id: int | None = None  # the stored preset's id

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise ValueError("a preset needs a name")
        if self.new_per_day < 0 or self.reviews_per_day < 0:
            raise ValueError("daily limits cannot be negative")
        _check_preset_values(self)

    @property
    def limits(self) -> Limits:
        return Limits(self.new_per_day, self.reviews_per_day)

    def with_changes(self, **changes: Any) -> Preset:
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "desired_retention": self.desired_retention,
            "new_per_day": self.new_per_day,
            "reviews_per_day": self.reviews_per_day,
            "learning_steps": _seconds(self.learning_steps),
            "relearning_steps": _seconds(self.relearning_steps),
            "maximum_interval": self.maximum_interval,
            "bury_new": self.bury_new,
            "bury_reviews": self.bury_reviews,
            "bury_interday": self.bury_interday,
            "review_order": self.review_order.value,
            "leech_threshold": self.leech_threshold,
            "leech_action": self.leech_action.value,
            "easy_days": list(self.easy_days),
        }


#: The fields a preset gives the scheduling of its decks.
PRESET_FIELDS: tuple[str, ...] = (
    "desired_retention",
    "learning_steps",
    "relearning_steps",
    "maximum_interval",
    "bury_new",
    "bury_reviews",
    "bury_interday",
    "review_order",
    "leech_threshold",
    "leech_action",
    "easy_days",
)


@dataclass(frozen=True)
class SchedulerConfig:
    """The collection's scheduling settings with one preset's values (the Default one's)."""

    parameters: tuple[float, ...] = DEFAULT_PARAMETERS
    desired_retention: float = 0.90
    learning_steps: tuple[timedelta, ...] = (timedelta(minutes=1), timedelta(minutes=10))
    relearning_steps: tuple[timedelta, ...] = (timedelta(minutes=10),)
    maximum_interval: int = 36500  # days
    enable_fuzz: bool = True
    day_start_hour: int = 4  # local time, as in Anki
    learn_ahead: timedelta = field(default=timedelta(minutes=20))
    load_balance: bool = True  # fuzz picks the least busy day (Anki 24.11: on)
    new_ignores_review_limit: bool = False  # Anki's default: new cards count as reviews
    bury_new: bool = True
    bury_reviews: bool = True
    bury_interday: bool = True
    review_order: ReviewOrder = ReviewOrder.OVERDUENESS
    leech_threshold: int = 8
    leech_action: LeechAction = LeechAction.TAG
    easy_days: tuple[float, ...] = NORMAL_WEEK
    #: On: intervals are computed for the predicted recall at which the learner's own recent
    #: reviews were recalled at the desired retention (`calibration`, found by the last
    #: optimize, for every preset's retention); off (the default, see
    #: docs/scheduler-benchmarks.md): for the desired retention itself.
    calibrate: bool = False
    calibration: Calibration | None = None

    def __post_init__(self) -> None:
        if not 0 <= self.day_start_hour <= 23:
            raise ValueError("the day must start at an hour from 0 to 23")
        if len(self.parameters) != len(DEFAULT_PARAMETERS):
            raise ValueError(f"FSRS-6 takes {len(DEFAULT_PARAMETERS)} parameters")
        _check_preset_values(self)

    def with_changes(self, **changes: Any) -> SchedulerConfig:
        return replace(self, **changes)

    @property
    def scheduling_retention(self) -> float:
        """The predicted recall intervals are computed for: the desired retention, calibrated
        on the learner's log when that is on and known."""
        if not self.calibrate or self.calibration is None:
            return self.desired_retention
        return self.calibration.target(self.desired_retention)

    def with_preset(self, preset: Preset) -> SchedulerConfig:
        """These settings with `preset`'s values for its decks."""
        return replace(self, **{name: getattr(preset, name) for name in PRESET_FIELDS})

    def preset(self, name: str = "Default", limits: Limits | None = None) -> Preset:
        """A preset with this configuration's preset values (and `limits`)."""
        limits = limits or Limits()
        values = {name: getattr(self, name) for name in PRESET_FIELDS}
        return Preset(
            name=name,
            new_per_day=limits.new_per_day,
            reviews_per_day=limits.reviews_per_day,
            **values,
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        for item in fields(self):
            value = getattr(self, item.name)
            if item.name in ("learning_steps", "relearning_steps"):
                value = _seconds(value)
            elif item.name == "learn_ahead":
                value = value.total_seconds()
            elif item.name == "calibration":
                value = None if value is None else value.to_list()
            elif isinstance(value, tuple):
                value = list(value)
            elif isinstance(value, StrEnum):
                value = value.value
            data[item.name] = value
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SchedulerConfig:
        return cls(**_config_values(cls(), data))


def _config_values(base: Any, data: dict[str, Any]) -> dict[str, Any]:
    """Typed values of `data` for the fields of `base`'s class, `base`'s where missing."""
    values: dict[str, Any] = {}
    for item in fields(base):
        if item.name == "id":
            values[item.name] = data.get("id", base.id)
            continue
        default = getattr(base, item.name)
        raw = data.get(item.name)
        if raw is None:
            values[item.name] = default
        elif item.name in ("learning_steps", "relearning_steps"):
            values[item.name] = _steps(raw)
        elif item.name == "learn_ahead":
            values[item.name] = timedelta(seconds=float(raw))
        elif item.name == "calibration":
            values[item.name] = Calibration.from_list(raw)
        elif isinstance(default, bool):
            values[item.name] = bool(raw)
        elif isinstance(default, ReviewOrder):
            values[item.name] = ReviewOrder(raw)
        elif isinstance(default, LeechAction):
            values[item.name] = LeechAction(raw)
        elif isinstance(default, tuple):
            values[item.name] = tuple(float(v) for v in raw)
        elif isinstance(default, float):
            values[item.name] = float(raw)
        elif isinstance(default, int):
            values[item.name] = int(raw)
        else:
            values[item.name] = raw
    return values


def preset_from_dict(data: dict[str, Any]) -> Preset:
    """A preset from `Preset.to_dict` (missing values take the defaults)."""
    return Preset(**_config_values(Preset(), data))
