"""Statistics after a known set of answers on fixed dates."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from seed_counts import SEED_CARDS

from flashcards.services import stats
from flashcards.services.build import build
from flashcards.services.study import StudySession
from flashcards.store.database import Database
from flashcards.types import Rating

NOW = datetime(2026, 11, 23, 9, tzinfo=UTC)


def test_stats_count_today_retention_states_and_forecast(db: Database, seed_dir: Path) -> None:
    build(db, [seed_dir], source="tr", target="is", both_directions=True)
    session = StudySession(db, tz=UTC)
    ids = []
    for rating in (Rating.EASY, Rating.EASY, Rating.AGAIN, Rating.GOOD):
        card = session.next_card(NOW)
        assert card is not None
        session.answer(card.id, rating, NOW, duration_ms=30_000)
        ids.append(card.id)
    result = stats.collect(db, NOW + timedelta(minutes=1), UTC)
    assert (result.reviews_today, result.again_today, result.minutes_today) == (4, 1, 2.0)
    assert result.retention is None  # no card was in review yet
    assert result.cards_by_state == {
        "new": SEED_CARDS - 4,
        "learning": 2,
        "review": 2,
        "relearning": 0,
        "suspended": 0,
    }
    assert result.forecast[0] == (NOW.date(), 2)  # the two learning cards
    assert sum(n for _, n in result.forecast) == 4
    assert result.reviews_per_day[-1] == (NOW.date(), 4)
    assert result.study_days == {NOW.date(): 4}

    # Review the two easy cards when due: one remembered, one forgotten → 50 % retention.
    later = NOW + timedelta(days=40)
    session = StudySession(db, tz=UTC)
    for rating in (Rating.GOOD, Rating.AGAIN):
        card = session.next_card(later)
        while card is not None and card.id not in ids[:2]:
            session.bury(card.id, later)
            card = session.next_card(later)
        assert card is not None
        session.answer(card.id, rating, later)
    result = stats.collect(db, later, UTC)
    assert (result.retention, result.retention_reviews) == (0.5, 2)
    assert result.study_days == {NOW.date(): 4, later.date(): 2}
    week, retention, answers = result.retention_by_week[-1]
    assert (retention, answers) == (0.5, 2) and week <= later.date()
    assert all(n == 0 for _, _, n in result.retention_by_week[:-1])
    assert result.to_dict()["forecast"][0][0] == later.date().isoformat()
