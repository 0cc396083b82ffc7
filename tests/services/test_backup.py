"""Rotating backups with SQLite's backup API, and restore keeping what it replaces."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from seed_counts import ONE_WAY_CARDS, SEED_CARDS

from flashcards.errors import FlashcardsError
from flashcards.services import backup
from flashcards.services.build import build
from flashcards.store import cards as store
from flashcards.store.database import Database

NOW = datetime(2026, 11, 23, 9, tzinfo=UTC)

#: Backups copy the collection's file.
pytestmark = pytest.mark.sqlite_only


def _card_count(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("SELECT count(*) FROM cards").fetchone()[0])
    finally:
        connection.close()


def test_backup_rotation_keeps_the_newest(db: Database, seed_dir: Path) -> None:
    build(db, [seed_dir], source="tr", target="is")
    made = [backup.backup_now(db, NOW + timedelta(minutes=i), keep=3) for i in range(5)]
    kept = backup.backups(db)
    assert kept == made[-3:]
    assert all(_card_count(p) == ONE_WAY_CARDS for p in kept)
    connection = sqlite3.connect(kept[-1])
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    connection.close()


def test_auto_backup_at_most_daily(db: Database) -> None:
    first = backup.auto_backup(db, datetime.now(UTC))
    assert first is not None
    assert backup.auto_backup(db, datetime.now(UTC) + timedelta(hours=2)) is None
    assert backup.auto_backup(db, datetime.now(UTC) + timedelta(days=1, minutes=1)) is not None


def test_restore_replaces_and_keeps_a_copy(db: Database, seed_dir: Path, tmp_path: Path) -> None:
    snapshot = backup.backup_now(db, NOW)  # empty collection
    build(db, [seed_dir], source="tr", target="is", both_directions=True)
    assert db.path is not None
    db.close()
    saved = backup.restore(db.path, snapshot, NOW + timedelta(hours=1))
    assert _card_count(saved) == SEED_CARDS  # what was replaced
    reopened = Database(db.path)
    with reopened.begin() as session:
        assert store.list_decks(session) == []
    reopened.close()


def test_restore_refuses_what_is_not_a_collection(db: Database, tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"nope" * 1000)
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    assert db.path is not None
    with pytest.raises(FlashcardsError, match="not a flashcards collection"):
        backup.restore(db.path, junk, NOW)
    with pytest.raises(FlashcardsError, match="not a flashcards collection"):
        backup.restore(db.path, other, NOW)
    with pytest.raises(FlashcardsError, match="no such file"):
        backup.restore(db.path, tmp_path / "missing.sqlite", NOW)


def test_a_collection_on_a_server_is_backed_up_into_a_sqlite_file(
    pg_url: str, seed_dir: Path
) -> None:
    from flashcards.store.dbcopy import row_counts

    db = Database(pg_url)
    build(db, [seed_dir], source="tr", target="is")
    assert backup.auto_backup(db, NOW) is None  # a server's own means back it up daily
    made = [backup.backup_now(db, NOW + timedelta(minutes=i), keep=2) for i in range(3)]
    assert backup.backups(db) == made[1:]
    assert "server-backups" in str(made[-1]) and made[-1].suffix == ".sqlite"
    copy = Database(made[-1])
    assert row_counts(copy) == row_counts(db)
    assert _card_count(made[-1]) == ONE_WAY_CARDS
    copy.close()
    db.close()


def test_empty_files_left_by_a_full_disk_are_no_backups_and_never_cost_a_good_one(
    db: Database, seed_dir: Path
) -> None:
    build(db, [seed_dir], source="tr", target="is")
    good = [backup.backup_now(db, NOW + timedelta(minutes=i), keep=3) for i in range(3)]
    folder = good[0].parent
    empties = [folder / f"collection-20261124-0900{i:02d}.sqlite" for i in range(9)]
    for empty in empties:
        empty.write_bytes(b"")  # what a backup on a full disk used to leave
    assert backup.backups(db) == good
    newest = backup.backup_now(db, NOW + timedelta(days=2), keep=3)
    assert backup.backups(db) == [*good[1:], newest]
    assert not any(e.exists() for e in empties)


def test_a_backup_that_fails_its_check_leaves_nothing_behind(
    db: Database, seed_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build(db, [seed_dir], source="tr", target="is")
    good = [backup.backup_now(db, NOW + timedelta(minutes=i), keep=2) for i in range(2)]

    def half_copy(source: Path, destination: Path) -> None:
        destination.write_bytes(source.read_bytes()[:4096])  # cut short, as a full disk does

    monkeypatch.setattr(backup, "sqlite_backup", half_copy)
    for i in range(3):
        with pytest.raises(FlashcardsError):
            backup.backup_now(db, NOW + timedelta(hours=1, minutes=i), keep=2)
    assert backup.backups(db) == good
    assert sorted(p.name for p in good[0].parent.iterdir()) == sorted(p.name for p in good)


def test_restore_refuses_a_backup_of_a_newer_schema_and_keeps_the_collection(
    db: Database, seed_dir: Path
) -> None:
    build(db, [seed_dir], source="tr", target="is")
    snapshot = backup.backup_now(db, NOW)
    connection = sqlite3.connect(snapshot)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '0999'")
    connection.close()
    assert db.path is not None
    with pytest.raises(FlashcardsError, match="written by a newer version of flashcards"):
        backup.restore(db.path, snapshot, NOW)
    assert _card_count(db.path) == ONE_WAY_CARDS
    assert not list(db.path.parent.glob("**/before-restore-*"))
