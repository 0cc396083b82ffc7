"""Statistics of a collection: today's reviews, retention, cards by state, due forecast."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from flashcards.scheduler.day import day_of, study_day
from flashcards.services.bad_cards import counted
from flashcards.store import reports as report_store
from flashcards.store import schedule as store
from flashcards.store import stats as stats_store
from flashcards.store.database import Database
from flashcards.types import CardState, Rating

FORECAST_DAYS = 30
RETENTION_DAYS = 30
HISTORY_DAYS = 365
RETENTION_WEEKS = 12


@dataclass(frozen=True)
class Stats:
    """Numbers for the stats screen and `flashcards stats`."""

    reviews_today: int
    again_today: int
    minutes_today: float
    retention: float | None  # share of review-state answers not forgotten, last 30 days
    retention_reviews: int
    cards_by_state: dict[str, int]
    forecast: list[tuple[date, int]]  # cards due per study day, today first
    reviews_per_day: list[tuple[date, int]]  # answers per study day, the last 30 days
    study_days: dict[date, int]  # answers per study day over the last year (for a heatmap)
    retention_by_week: list[tuple[date, float | None, int]]  # week start, retention, answers
    #: Generated cards learners marked bad, counted: total, by reason, by kind and reason.
    bad_cards: dict[str, Any] = field(default_factory=lambda: counted([]))

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["forecast"] = [[d.isoformat(), n] for d, n in self.forecast]
        data["reviews_per_day"] = [[d.isoformat(), n] for d, n in self.reviews_per_day]
        data["study_days"] = {d.isoformat(): n for d, n in sorted(self.study_days.items())}
        data["retention_by_week"] = [[d.isoformat(), r, n] for d, r, n in self.retention_by_week]
        return data


def collect(
    db: Database, now: datetime, tz: tzinfo | None = None, deck: str | None = None
) -> Stats:
    with db.begin() as session:
        config = store.load_config(session)
        ids = store.deck_ids(session, deck)
        hour = config.day_start_hour
        today = study_day(now, hour, tz)
        since = today.start - timedelta(days=HISTORY_DAYS)
        recent = today.start - timedelta(days=RETENTION_DAYS)
        logs = stats_store.answers_since(session, ids, since)
        states = stats_store.cards_by_state(session, ids)
        dues = stats_store.dues_before(session, ids, today.start + timedelta(days=FORECAST_DAYS))
        reports = report_store.reason_counts(session, ids)
    today_logs = [row for row in logs if today.contains(row[0])]
    review_answers = [row for row in logs if row[2] == CardState.REVIEW and row[0] >= recent]
    remembered = sum(1 for row in review_answers if row[1] != Rating.AGAIN)
    by_state: Counter[str] = Counter()
    for state, suspended, count in states:
        by_state["suspended" if suspended else CardState(state).name.lower()] += count
    for name in ("new", "learning", "review", "relearning", "suspended"):
        by_state.setdefault(name, 0)
    forecast: Counter[date] = Counter()
    for due in dues:
        forecast[max(day_of(due, hour, tz), today.date)] += 1
    per_day: Counter[date] = Counter(day_of(row[0], hour, tz) for row in logs)
    first_week = today.date - timedelta(days=today.date.weekday() + 7 * (RETENTION_WEEKS - 1))
    weekly: dict[date, list[int]] = {
        first_week + timedelta(weeks=k): [0, 0] for k in range(RETENTION_WEEKS)
    }
    for row in logs:
        if row[2] != CardState.REVIEW:
            continue
        day = day_of(row[0], hour, tz)
        week = day - timedelta(days=day.weekday())
        if week in weekly:
            weekly[week][0] += 1
            weekly[week][1] += row[1] != Rating.AGAIN
    return Stats(
        reviews_today=len(today_logs),
        again_today=sum(1 for row in today_logs if row[1] == Rating.AGAIN),
        minutes_today=round(sum(row[3] or 0 for row in today_logs) / 60000, 1),
        retention=round(remembered / len(review_answers), 4) if review_answers else None,
        retention_reviews=len(review_answers),
        cards_by_state=dict(by_state),
        forecast=[
            (today.date + timedelta(days=i), forecast.get(today.date + timedelta(days=i), 0))
            for i in range(FORECAST_DAYS)
        ],
        reviews_per_day=[
            (today.date - timedelta(days=i), per_day.get(today.date - timedelta(days=i), 0))
            for i in range(RETENTION_DAYS - 1, -1, -1)
        ],
        study_days=dict(per_day),
        retention_by_week=[
            (week, round(kept / n, 4) if n else None, n) for week, (n, kept) in weekly.items()
        ],
        bad_cards=counted(reports),
    )
