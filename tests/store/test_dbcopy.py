"""Copying a whole collection SQLite → PostgreSQL → SQLite loses and changes nothing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from seed_counts import ONE_WAY_CARDS
from sqlalchemy import select

from flashcards.errors import FlashcardsError
from flashcards.services import browse, study
from flashcards.services.build import build
from flashcards.services.study import StudySession
from flashcards.store.database import Database
from flashcards.store.dbcopy import copy_collection, open_source, row_counts
from flashcards.store.models import Base
from flashcards.types import Rating

NOW = datetime(2026, 11, 23, 9, tzinfo=UTC)


def _everything(db: Database) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table, in key order."""
    with db.begin() as session:
        return {
            table.name: [
                dict(row)
                for row in session.execute(
                    select(table).order_by(*table.primary_key.columns)
                ).mappings()
            ]
            for table in Base.metadata.sorted_tables
        }


def _fill(db: Database, seed_dir: Path) -> None:
    build(db, [seed_dir], deck="sales", source="tr", target="is", both_directions=True)
    session = StudySession(db, tz=UTC)
    now = NOW
    for rating in (Rating.GOOD, Rating.AGAIN, Rating.EASY, Rating.HARD, Rating.GOOD):
        card = session.next_card(now)
        assert card is not None
        session.answer(card.id, rating, now, duration_ms=1800)
        now += timedelta(minutes=3)
    study.set_suspended(db, [7], True)
    study.edit_card(db, 8, "Yumuşak satış İ ı ş ğ", "Mjúk sala ð þ æ ö", "elle düzeltildi")
    browse.retire(db, [9])
    config = study.load_config(db)
    study.save_config(db, config)
    study.set_deck_limits(db, 1, 15, 150)


def test_sqlite_to_postgresql_and_back_keeps_every_row(
    tmp_path: Path, pg_url: str, seed_dir: Path
) -> None:
    original = Database(tmp_path / "laptop.sqlite")
    _fill(original, seed_dir)
    before = _everything(original)
    assert len(before["review_log"]) == 5 and before["settings"]

    server = Database(pg_url)
    report = copy_collection(original, server)
    assert report.rows == {name: len(rows) for name, rows in before.items()}
    assert _everything(server) == before

    # The server's ids go on from the copied ones: studying there adds new rows.
    session = StudySession(server, tz=UTC)
    card = session.next_card(NOW + timedelta(days=1))
    assert card is not None
    answered = session.answer(card.id, Rating.GOOD, NOW + timedelta(days=1))
    assert answered.review_id == max(r["id"] for r in before["review_log"]) + 1
    after = _everything(server)

    back = Database(tmp_path / "home.sqlite")
    copy_collection(server, back)
    assert _everything(back) == after
    for db in (original, server, back):
        db.close()


def test_a_target_that_holds_anything_is_refused_and_left_alone(
    tmp_path: Path, seed_dir: Path
) -> None:
    source, target = Database(tmp_path / "a.sqlite"), Database(tmp_path / "b.sqlite")
    build(source, [seed_dir], deck="a", source="tr", target="is")
    build(target, [seed_dir], deck="b", source="is", target="tr")
    counts = row_counts(target)
    with pytest.raises(
        FlashcardsError,
        # The build keeps its vocabulary counts, its articles' briefs and its files' stats
        # as settings of the deck (the briefs and the stats each a base and its patch), and
        # its cards counted by group (3 rows: by group, files and direction).
        match=rf"b\.sqlite: not empty \(2 articles, 5 settings, 1 decks, {ONE_WAY_CARDS} cards,"
        r" 3 cards_groups, 1 cards_groups_kept\)",
    ):
        copy_collection(source, target)
    assert row_counts(target) == counts
    with pytest.raises(FlashcardsError, match="the source and the target are the same"):
        copy_collection(source, Database(tmp_path / "a.sqlite"))
    source.close()
    target.close()


def test_a_missing_source_is_not_created(tmp_path: Path) -> None:
    with pytest.raises(FlashcardsError, match=r"nothing\.sqlite: no such collection"):
        open_source(str(tmp_path / "nothing.sqlite"))
    assert not (tmp_path / "nothing.sqlite").exists()
