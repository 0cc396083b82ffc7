"""The study day: it starts at a set hour of local time (04:00 by default), as in Anki."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo


@dataclass(frozen=True)
class StudyDay:
    """One study day: its date and the moments it starts and ends (timezone-aware)."""

    date: date
    start: datetime
    end: datetime

    def contains(self, moment: datetime) -> bool:
        return self.start <= moment < self.end


def _local(moment: datetime, tz: tzinfo | None) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("study days need timezone-aware times")
    return moment.astimezone(tz) if tz is not None else moment.astimezone()


def day_of(moment: datetime, start_hour: int, tz: tzinfo | None = None) -> date:
    """The study day `moment` belongs to: before `start_hour` it is still the day before."""
    local = _local(moment, tz)
    return (local - timedelta(hours=start_hour)).date()


def study_day(moment: datetime, start_hour: int, tz: tzinfo | None = None) -> StudyDay:
    """The study day containing `moment`."""
    local = _local(moment, tz)
    day = (local - timedelta(hours=start_hour)).date()
    zone = local.tzinfo
    start = datetime.combine(day, time(hour=start_hour), tzinfo=zone)
    end = datetime.combine(day + timedelta(days=1), time(hour=start_hour), tzinfo=zone)
    if tz is None:
        # Local time: let the system say the offset of each end (summer time may change it).
        start = datetime.combine(day, time(hour=start_hour)).astimezone()
        end = datetime.combine(day + timedelta(days=1), time(hour=start_hour)).astimezone()
    return StudyDay(day, start, end)


def day_start(day: date, start_hour: int, tz: tzinfo | None = None) -> datetime:
    """The moment study day `day` starts (local summer or winter time as on that date)."""
    if tz is None:
        return datetime.combine(day, time(hour=start_hour)).astimezone()
    return datetime.combine(day, time(hour=start_hour), tzinfo=tz)
