"""Scheduling options: FSRS parameters, desired retention, steps, limits and the day start."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import timedelta
from typing import Any

import fsrs

#: FSRS-6 default parameters, as the fsrs package ships them.
DEFAULT_PARAMETERS: tuple[float, ...] = tuple(fsrs.Scheduler().parameters)


@dataclass(frozen=True)
class SchedulerConfig:
    """Collection-wide scheduling settings (per-deck limits live on the deck)."""

    parameters: tuple[float, ...] = DEFAULT_PARAMETERS
    desired_retention: float = 0.90
    learning_steps: tuple[timedelta, ...] = (timedelta(minutes=1), timedelta(minutes=10))
    relearning_steps: tuple[timedelta, ...] = (timedelta(minutes=10),)
    maximum_interval: int = 36500  # days
    enable_fuzz: bool = True
    day_start_hour: int = 4  # local time, as in Anki
    learn_ahead: timedelta = field(default=timedelta(minutes=20))

    def __post_init__(self) -> None:
        if not 0.7 <= self.desired_retention <= 0.99:
            raise ValueError("desired retention must be between 0.70 and 0.99")
        if not 0 <= self.day_start_hour <= 23:
            raise ValueError("the day must start at an hour from 0 to 23")
        if self.maximum_interval < 1:
            raise ValueError("the maximum interval must be at least one day")
        if len(self.parameters) != len(DEFAULT_PARAMETERS):
            raise ValueError(f"FSRS-6 takes {len(DEFAULT_PARAMETERS)} parameters")

    def with_changes(self, **changes: Any) -> SchedulerConfig:
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        return {
            "parameters": list(self.parameters),
            "desired_retention": self.desired_retention,
            "learning_steps": [s.total_seconds() for s in self.learning_steps],
            "relearning_steps": [s.total_seconds() for s in self.relearning_steps],
            "maximum_interval": self.maximum_interval,
            "enable_fuzz": self.enable_fuzz,
            "day_start_hour": self.day_start_hour,
            "learn_ahead": self.learn_ahead.total_seconds(),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SchedulerConfig:
        base = cls()
        return cls(
            parameters=tuple(data.get("parameters", base.parameters)),
            desired_retention=float(data.get("desired_retention", base.desired_retention)),
            learning_steps=tuple(
                timedelta(seconds=s)
                for s in data.get(
                    "learning_steps", [s.total_seconds() for s in base.learning_steps]
                )
            ),
            relearning_steps=tuple(
                timedelta(seconds=s)
                for s in data.get(
                    "relearning_steps", [s.total_seconds() for s in base.relearning_steps]
                )
            ),
            maximum_interval=int(data.get("maximum_interval", base.maximum_interval)),
            enable_fuzz=bool(data.get("enable_fuzz", base.enable_fuzz)),
            day_start_hour=int(data.get("day_start_hour", base.day_start_hour)),
            learn_ahead=timedelta(
                seconds=data.get("learn_ahead", base.learn_ahead.total_seconds())
            ),
        )


@dataclass(frozen=True)
class Limits:
    """A deck's daily limits."""

    new_per_day: int = 20
    reviews_per_day: int = 200
