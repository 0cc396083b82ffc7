"""Fit FSRS parameters to the collection's review log and adopt them when they predict better."""

from __future__ import annotations

from datetime import tzinfo

from sqlalchemy import select

from flashcards.scheduler.day import day_of
from flashcards.scheduler.optimize import OptimizeResult, ReviewEvent, optimize
from flashcards.store import schedule as store
from flashcards.store.database import Database
from flashcards.store.models import ReviewLog


def review_events(db: Database) -> list[ReviewEvent]:
    """Every graded answer in the log, oldest first."""
    with db.begin() as session:
        rows = session.execute(
            select(ReviewLog.card_id, ReviewLog.reviewed_at, ReviewLog.rating)
            .where(ReviewLog.kind == "review", ReviewLog.rating.is_not(None))
            .order_by(ReviewLog.reviewed_at, ReviewLog.id)
        ).all()
    return [ReviewEvent(card_id, at, int(rating)) for card_id, at, rating in rows if rating]


def optimize_collection(
    db: Database, *, apply: bool = True, tz: tzinfo | None = None
) -> OptimizeResult:
    """Evaluate current and fitted parameters; store the fitted ones if adopted."""
    with db.begin() as session:
        config = store.load_config(session)
    hour = config.day_start_hour
    result = optimize(review_events(db), config.parameters, lambda t: day_of(t, hour, tz))
    if apply and result.status == "adopted":
        with db.begin() as session:
            store.save_config(session, config.with_changes(parameters=result.parameters))
    return result
