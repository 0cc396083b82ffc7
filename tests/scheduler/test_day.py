"""The study day starts at the configured hour, in the given time zone."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from flashcards.scheduler.day import day_of, study_day

REYKJAVIK = ZoneInfo("Atlantic/Reykjavik")
ISTANBUL = ZoneInfo("Europe/Istanbul")


def test_before_the_start_hour_it_is_still_yesterday() -> None:
    assert day_of(datetime(2026, 11, 23, 3, 59, tzinfo=UTC), 4, UTC) == date(2026, 11, 22)
    assert day_of(datetime(2026, 11, 23, 4, 0, tzinfo=UTC), 4, UTC) == date(2026, 11, 23)


def test_local_time_decides() -> None:
    # 02:30 UTC is 05:30 in Istanbul (UTC+3): past its 04:00 start.
    moment = datetime(2026, 11, 23, 2, 30, tzinfo=UTC)
    assert day_of(moment, 4, ISTANBUL) == date(2026, 11, 23)
    assert day_of(moment, 4, REYKJAVIK) == date(2026, 11, 22)


def test_study_day_bounds() -> None:
    day = study_day(datetime(2026, 11, 23, 12, tzinfo=UTC), 4, ISTANBUL)
    assert day.date == date(2026, 11, 23)
    assert day.start == datetime(2026, 11, 23, 4, tzinfo=ISTANBUL)
    assert day.end - day.start == timedelta(days=1)
    assert day.contains(datetime(2026, 11, 24, 0, 59, tzinfo=UTC))  # 03:59 in Istanbul
    assert not day.contains(datetime(2026, 11, 24, 1, 0, tzinfo=UTC))


def test_midnight_start_and_fixed_offsets() -> None:
    plus_two = timezone(timedelta(hours=2))
    day = study_day(datetime(2026, 11, 23, 23, 30, tzinfo=UTC), 0, plus_two)
    assert day.date == date(2026, 11, 24)


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        day_of(datetime(2026, 11, 23, 9), 4, UTC)
