"""`optimize_collection` and `flashcards optimize` on a real collection's review log."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from learner import DEFAULT, TRUE, simulate, study_day
from sqlalchemy import func, insert, select, update

from flashcards.errors import FlashcardsError
from flashcards.scheduler.calibrate import MIN_ITEMS, Calibration, predicted_recall
from flashcards.scheduler.day import day_of
from flashcards.scheduler.history import PastReview, memory_state
from flashcards.scheduler.optimize import build_items, evaluate
from flashcards.services.optimize import (
    evaluate_collection,
    optimize_collection,
    recompute_memory,
    review_events,
)
from flashcards.services.study import load_config, save_config
from flashcards.store.database import Database
from flashcards.store.models import Card, Deck, ReviewLog
from flashcards.types import CardState, Memory

NOW = datetime(2025, 1, 1, 12, tzinfo=UTC)


def _fill(db: Database, cards: int, days: int) -> int:
    """A deck whose review log is a simulated learner's (true parameters unlike defaults);
    every card studied is a review card due a week after its last review, S 5, D 5."""
    events = simulate(TRUE, cards=cards, days=days, seed=3)
    with db.begin() as session:
        deck = Deck(name="sim", source_lang="tr", target_lang="is", both_directions=False)
        session.add(deck)
        session.flush()
        session.execute(
            insert(Card.__table__),
            [
                {
                    "id": n + 1,
                    "uid": f"u{n}",
                    "deck_id": deck.id,
                    "note_key": f"n{n}",
                    "kind": "term",
                    "source_lang": "tr",
                    "target_lang": "is",
                    "front": f"q{n}",
                    "back": f"a{n}",
                    "extra": "",
                    "group_key": "g",
                    "source_files": "[]",
                    "content_hash": "h",
                    "retired": False,
                }
                for n in range(cards)
            ],
        )
        session.execute(
            insert(ReviewLog.__table__),
            [
                {
                    "card_id": e.card_id + 1,
                    "reviewed_at": e.reviewed_at,
                    "kind": "review",
                    "rating": e.rating,
                    "mode": "flip",
                    "state_before": 2,
                    "state_after": 2,
                    "before": json.dumps(Memory().to_dict()),
                }
                for e in events
            ],
        )
        last: dict[int, datetime] = {}
        for e in events:
            last[e.card_id + 1] = e.reviewed_at
        for card_id, at in last.items():
            session.execute(
                update(Card)
                .where(Card.id == card_id)
                .values(
                    state=int(CardState.REVIEW),
                    stability=5.0,
                    difficulty=5.0,
                    due=at + timedelta(days=7),
                    last_review=at,
                    reps=3,
                )
            )
    return len(events)


def _cards(db: Database) -> dict[int, tuple[float, float, datetime]]:
    with db.begin() as session:
        rows = session.execute(
            select(Card.id, Card.stability, Card.difficulty, Card.due).where(
                Card.state != int(CardState.NEW)
            )
        )
        return {i: (s, d, due) for i, s, d, due in rows}


def _log(db: Database, kind: str) -> int:
    with db.begin() as session:
        return session.scalar(select(func.count()).where(ReviewLog.kind == kind)) or 0


def test_too_few_reviews_keeps_the_defaults(db: Database) -> None:
    _fill(db, cards=20, days=10)
    result = optimize_collection(db)
    assert result.status == "too_few"
    assert load_config(db).parameters == DEFAULT


def test_fitted_parameters_are_adopted_and_stored(db: Database) -> None:
    count = _fill(db, cards=500, days=200)
    assert len(review_events(db)) == count
    dry = optimize_collection(db, apply=False)
    assert dry.status == "adopted"
    assert load_config(db).parameters == DEFAULT  # a dry run changes nothing
    result = optimize_collection(db)
    assert result.status == "adopted" and result.fitted_eval and result.current_eval
    assert result.fitted_eval.log_loss < result.current_eval.log_loss
    assert load_config(db).parameters == result.parameters != DEFAULT
    # And they predict a new log of the same learner better than the defaults do.
    items = build_items(simulate(TRUE, cards=300, days=150, seed=4), study_day)
    assert evaluate(result.parameters, items).log_loss < evaluate(DEFAULT, items).log_loss


def test_cli_evaluate_prints_the_figures(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    db = Database(path)
    _fill(db, cards=200, days=100)
    db.close()
    result = subprocess.run(
        [sys.executable, "-m", "flashcards", "--db", str(path), "optimize", "--evaluate"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=dict(os.environ),
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Current parameters: log loss 0.")
    assert "RMSE (bins)" in result.stdout and "reviews" in result.stdout


def test_cli_optimize_says_what_it_did(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "flashcards", "--db", str(tmp_path / "c.sqlite"), "optimize"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=dict(os.environ),
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Too few reviews to fit")


def test_cli_optimize_says_which_fit_it_kept_and_the_log_loss_of_both(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    db = Database(path)
    _fill(db, cards=500, days=200)
    db.close()

    def optimize_cli(*options: str) -> str:
        result = subprocess.run(
            [sys.executable, "-m", "flashcards", "--db", str(path), "optimize", *options],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=dict(os.environ),
            timeout=300,
        )
        assert result.returncode == 0, result.stderr
        return result.stdout

    exact = optimize_cli("--dry-run")
    assert exact.startswith("Adopted: log loss ")
    assert "Fit: fsrs-rs's (exact), log loss 0." in exact
    refined = optimize_cli("--refine")
    assert refined.startswith("Adopted: log loss ")
    assert "Fit: refined (log loss on every review 0." in refined
    losses = refined.split("Fit: refined (log loss on every review ")[1]
    fsrs_rs_loss, refined_loss = losses.split(" fsrs-rs's, ")
    assert float(refined_loss.split(" refined")[0]) < float(fsrs_rs_loss)
    assert exact.split("log loss ")[-1].startswith(fsrs_rs_loss)


def test_adopted_parameters_recompute_every_memory_from_history_keeping_due_dates(
    db: Database,
) -> None:
    count = _fill(db, cards=500, days=200)
    before = _cards(db)
    result = optimize_collection(db, now=NOW)
    assert result.status == "adopted"
    after = _cards(db)
    assert set(after) == set(before)
    histories: dict[int, list[PastReview]] = {}
    for event in review_events(db):
        histories.setdefault(event.card_id, []).append(PastReview(event.reviewed_at, event.rating))
    for card_id in list(after)[::25]:
        state = memory_state(histories[card_id], result.parameters, study_day)
        assert state is not None
        stability, difficulty, due = after[card_id]
        assert (stability, difficulty) == pytest.approx((state.stability, state.difficulty))
        assert due == before[card_id][2]  # not rescheduled
    assert _log(db, "review") == count and _log(db, "manual") == 0


def test_rescheduling_on_request_moves_review_cards_to_their_new_interval(db: Database) -> None:
    _fill(db, cards=300, days=120)
    before = _cards(db)
    update_ = recompute_memory(db, now=NOW, tz=UTC, reschedule=True)
    after = _cards(db)
    assert update_.cards == len(after) and 0 < update_.rescheduled <= len(after)
    moved = [card_id for card_id in after if after[card_id][2] != before[card_id][2]]
    assert len(moved) == update_.rescheduled == _log(db, "manual")
    with db.begin() as session:
        lasts = {
            card_id: last for card_id, last in session.execute(select(Card.id, Card.last_review))
        }
    for card_id in moved[::10]:
        due = after[card_id][2]
        assert (due.hour, due.minute) == (4, 0)  # the start of a study day
        days = (day_of(due, 4, UTC) - day_of(lasts[card_id], 4, UTC)).days
        assert days >= 1
    # History stays the learner's own: rescheduling is no answer.
    assert len(build_items(review_events(db), study_day)) > 0


def test_evaluate_is_fsrs_rs_evaluate_of_the_parameters_in_use(db: Database) -> None:
    with pytest.raises(FlashcardsError, match="nothing to evaluate"):
        evaluate_collection(db)
    _fill(db, cards=200, days=100)
    items = build_items(review_events(db), lambda t: day_of(t, 4, UTC))
    ours, theirs = evaluate_collection(db, UTC), evaluate(DEFAULT, items)
    assert ours.n == theirs.n == len(items)
    # fsrs-rs sums its bins in hash-map order: the last float bits vary from call to call.
    assert (ours.log_loss, ours.rmse_bins) == pytest.approx((theirs.log_loss, theirs.rmse_bins))


def _remembered(db: Database) -> list[tuple[datetime, int, float, datetime]]:
    """Give every logged answer a memory before it (stability 1 + half the days since the
    card's previous answer, that answer as its last review): what the app logs when it
    answers. Returns (time, rating, stability, last review) of each answer after a first."""
    with db.begin() as session:
        rows = session.execute(
            select(
                ReviewLog.id, ReviewLog.card_id, ReviewLog.reviewed_at, ReviewLog.rating
            ).order_by(ReviewLog.card_id, ReviewLog.reviewed_at)
        ).all()
        previous: dict[int, datetime] = {}
        answers = []
        for log_id, card_id, at, rating in rows:
            last = previous.get(card_id)
            previous[card_id] = at
            if last is None:
                continue
            stability = 1.0 + (at - last).total_seconds() / 86400 / 2
            memory = Memory(CardState.REVIEW, None, stability, 5.0, at, last, 2, 0)
            session.execute(
                update(ReviewLog)
                .where(ReviewLog.id == log_id)
                .values(before=json.dumps(memory.to_dict()))
            )
            answers.append((at, rating, stability, last))
    return answers


def _same(found: Calibration | None, expected: Calibration) -> bool:
    """The same answers in the same bins (the sums of predictions to rounding)."""
    return (
        found is not None
        and (found.counts, found.recalled) == (expected.counts, expected.recalled)
        and found.predicted == pytest.approx(expected.predicted)
        and sum(found.counts) > 0
    )


def test_optimize_calibrates_the_apps_own_predictions_of_the_last_60_days(db: Database) -> None:
    _fill(db, cards=500, days=200)
    answers = _remembered(db)
    end = max(at for at, *_ in answers) + timedelta(hours=1)
    dry = optimize_collection(db, apply=False, now=end, tz=UTC)
    assert dry.calibration is not None and load_config(db).calibration is None  # nothing stored
    assert "scheduling for the desired retention" in dry.message  # calibration is off
    save_config(db, load_config(db).with_changes(calibrate=True))
    result = optimize_collection(db, now=end, tz=UTC)
    assert result.status == "adopted"
    # The predictions are those of the parameters in use when the cards were answered (the
    # defaults here), over study days, for answers of the last 60 days a day or more apart.
    expected = Calibration.of(
        (predicted_recall(DEFAULT, days, stability), rating > 1)
        for at, rating, stability, last in answers
        if at >= end - timedelta(days=60) and (days := (study_day(at) - study_day(last)).days) >= 1
    )
    assert _same(result.calibration, expected) and load_config(db).calibration == result.calibration
    assert expected.band(0.90)[0] >= MIN_ITEMS
    assert load_config(db).scheduling_retention == expected.target(0.90) != 0.90
    assert result.message.endswith(expected.line(0.90))
    # Kept parameters are calibrated and stored too: here, with the fitted ones now in use.
    later = optimize_collection(db, now=end + timedelta(days=20), tz=UTC)
    assert later.status == "kept"
    recalibrated = Calibration.of(
        (predicted_recall(result.parameters, days, stability), rating > 1)
        for at, rating, stability, last in answers
        if at >= end - timedelta(days=40) and (days := (study_day(at) - study_day(last)).days) >= 1
    )
    assert _same(load_config(db).calibration, recalibrated)


def test_too_few_reviews_store_no_calibration(db: Database) -> None:
    _fill(db, cards=20, days=10)
    result = optimize_collection(db, now=NOW, tz=UTC)
    assert result.status == "too_few" and result.calibration is None
    assert load_config(db).calibration is None
