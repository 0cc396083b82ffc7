"""`optimize_collection` and `flashcards optimize` on a real collection's review log."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from learner import DEFAULT, TRUE, simulate, study_day
from sqlalchemy import insert

from flashcards.scheduler.optimize import build_items, evaluate
from flashcards.services.optimize import optimize_collection, review_events
from flashcards.services.study import load_config
from flashcards.store.database import Database
from flashcards.store.models import Card, Deck, ReviewLog
from flashcards.types import Memory


def _fill(db: Database, cards: int, days: int) -> int:
    """A deck whose review log is a simulated learner's (true parameters unlike defaults)."""
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
    return len(events)


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
    fresh = build_items(simulate(TRUE, cards=300, days=150, seed=4), study_day)
    items = [item for _, item in fresh]
    assert evaluate(result.parameters, items).log_loss < evaluate(DEFAULT, items).log_loss


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
