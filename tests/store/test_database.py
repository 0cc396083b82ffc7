"""The database file: WAL and pragmas, migrations from the first revision, clear errors."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

import pytest
from sqlalchemy import text as sqlite_text
from sqlalchemy.orm import Session

from flashcards.errors import StoreError
from flashcards.store import database
from flashcards.store.database import Database, database_url, head_revision
from flashcards.store.models import Deck


def test_new_database_is_at_head_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    db = Database(path)
    assert db.current_revision() == head_revision()
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    db.close()
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"decks", "cards", "articles", "alembic_version"} <= tables


def test_reopening_does_not_back_up_or_migrate(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    Database(path).close()
    Database(path).close()
    assert not list(tmp_path.glob("*.before-*"))


def test_folder_is_created(tmp_path: Path) -> None:
    db = Database(tmp_path / "deep" / "er" / "c.sqlite")
    assert (tmp_path / "deep" / "er" / "c.sqlite").exists()
    db.close()


def test_not_a_database_gives_a_store_error_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"this is a text file, not SQLite " * 100)
    with pytest.raises(StoreError, match=r"notes\.sqlite"):
        Database(path)
    assert path.read_bytes().startswith(b"this is a text file")


def test_database_url_accepts_paths_and_urls(tmp_path: Path) -> None:
    assert database_url(tmp_path / "x.sqlite") == f"sqlite:///{tmp_path / 'x.sqlite'}"
    assert database_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert database_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"


def test_the_known_head_is_the_newest_migration() -> None:
    from flashcards.store.database import HEAD

    assert head_revision() == HEAD


def test_opening_does_not_wait_for_another_writer(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    Database(path).close()
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # another process in the middle of a write
    try:
        db = Database(path)  # reads the schema version without asking for the write lock
        assert db.current_revision() == head_revision()
        db.close()
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def test_a_newer_schema_is_named_and_never_copied(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    Database(path).close()
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '0999_future'")
    connection.close()
    for _ in range(3):
        with pytest.raises(StoreError) as info:
            Database(path)
        assert str(info.value) == (
            f"{path}: this collection was written by a newer version of flashcards "
            f"(schema 0999_future; this version knows up to {head_revision()}); "
            "nothing was changed"
        )
    assert [p.name for p in tmp_path.iterdir() if "before" in p.name] == []


def test_read_only_opening_reads_without_writing_anything(tmp_path: Path) -> None:
    from flashcards.store import cards as store

    path = tmp_path / "c.sqlite"
    Database(path).close()
    files = sorted(tmp_path.iterdir())
    db = Database(path, readonly=True)
    with db.begin() as session:
        assert store.list_decks(session) == []
    with pytest.raises(StoreError), db.begin() as session:
        session.execute(sqlite_text("INSERT INTO settings (key, value) VALUES ('x', 'y')"))
    db.close()
    assert sorted(p for p in tmp_path.iterdir() if not p.name.endswith(("-wal", "-shm"))) == files


def _driver(session: object) -> sqlite3.Connection:
    """The sqlite3 connection under a session's (what a build's staged copy runs on)."""
    raw = session.connection().connection.dbapi_connection  # type: ignore[attr-defined]
    assert isinstance(raw, sqlite3.Connection)
    return raw


def test_a_full_collection_in_a_driver_statement_is_disk_full_and_keeps_every_row(
    tmp_path: Path,
) -> None:
    """SQLite's own "database or disk is full", raised by a statement on the driver's
    connection (which SQLAlchemy does not wrap), is said as the collection's disk being full;
    the transaction is rolled back."""
    path = tmp_path / "c.sqlite"
    db = Database(path)
    with db.begin() as session:
        session.execute(sqlite_text("CREATE TABLE kept (x BLOB)"))
        session.execute(sqlite_text("INSERT INTO kept VALUES (randomblob(1000))"))
    with pytest.raises(StoreError) as caught, db.begin() as session:
        raw = _driver(session)
        pages = raw.execute("PRAGMA page_count").fetchone()[0]
        raw.execute(f"PRAGMA max_page_count = {pages + 2}")  # the file may not grow
        raw.execute("INSERT INTO kept VALUES (randomblob(1000))")
        raw.execute("INSERT INTO kept SELECT randomblob(100000) FROM kept")
    assert str(caught.value) == f"{path}: disk full; the change was not saved"
    db.close()
    with sqlite3.connect(path) as check:
        assert check.execute("SELECT count(*) FROM kept").fetchone() == (1,)


def test_another_driver_error_in_a_transaction_is_one_line_naming_the_collection(
    tmp_path: Path,
) -> None:
    path = tmp_path / "c.sqlite"
    db = Database(path)
    with pytest.raises(StoreError) as caught, db.begin() as session:
        _driver(session).execute("INSERT INTO nowhere VALUES (1)")
    assert str(caught.value) == f"{path}: database error (no such table: nowhere)"
    db.close()


def _fill(session: Session, rows: int) -> None:
    session.add(Deck(name="big", source_lang="tr", target_lang="is"))
    session.flush()
    session.execute(
        sqlite_text("INSERT INTO settings (key, value) VALUES (:k, :v)"),
        [{"k": f"k{n}", "v": "x" * 2000} for n in range(rows)],
    )


def test_cache_writes_take_the_checkpoint_of_a_deferred_commit(tmp_path: Path) -> None:
    db = Database(tmp_path / "c.sqlite")
    assert db.path is not None
    with db.cache_writes() as cache:
        with db.begin() as session:
            _fill(session, 4000)  # ~2,000 log pages: a commit would checkpoint them
            cache.defer(session)
        size = db.path.stat().st_size
        with db.read() as session:  # committed, and every row read back
            assert session.execute(sqlite_text("SELECT count(*) FROM settings")).scalar() == 4000
        assert db.path.stat().st_size == size  # in the log still
        with cache.begin() as session:
            session.execute(sqlite_text("UPDATE settings SET value = 'y' WHERE key = 'k1'"))
    assert db.path.stat().st_size > size + 4000 * 2000  # checkpointed into the collection
    raw = sqlite3.connect(db.path)
    busy, frames, done = raw.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    assert (busy, frames) == (0, done)
    assert raw.execute("SELECT value FROM settings WHERE key = 'k1'").fetchone() == ("y",)
    raw.close()
    db.close()


def test_a_connection_is_given_back_as_it_was_after_cache_writes(tmp_path: Path) -> None:
    db = Database(tmp_path / "c.sqlite")
    with db.cache_writes() as cache:
        with db.begin() as session:
            _fill(session, 10)
            cache.defer(session)
        with cache.begin() as session:
            raw = session.connection()
            assert raw.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL: a cache
            session.execute(sqlite_text("DELETE FROM settings WHERE key = 'k1'"))
    for _ in range(3):  # whichever connection the pool gives
        with db.begin() as session:
            connection = session.connection()
            assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert connection.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 1000
    db.close()


def test_a_failed_cache_write_says_one_line_and_keeps_the_cards(tmp_path: Path) -> None:
    db = Database(tmp_path / "c.sqlite")
    with db.cache_writes() as cache:
        with db.begin() as session:
            _fill(session, 10)
            cache.defer(session)
        with pytest.raises(StoreError, match="database error"), cache.begin() as session:
            session.execute(sqlite_text("INSERT INTO settings (key, value) VALUES ('k1', 'dup')"))
    with db.read() as session:
        assert session.execute(sqlite_text("SELECT count(*) FROM settings")).scalar() == 10
    db.close()


@pytest.mark.skipif(os.name != "posix", reason="written back early on POSIX systems only")
def test_a_checkpoint_hands_the_collection_to_the_disk_while_it_copies(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[tuple[int, float]] = []

    def spy(handle: int) -> None:
        synced.append((os.fstat(handle).st_ino, time.monotonic()))

    monkeypatch.setattr(database, "WRITEBACK_EVERY_S", 0.01)
    monkeypatch.setattr(os, "fdatasync" if hasattr(os, "fdatasync") else "fsync", spy)
    collection = tmp_path / "c.sqlite"
    collection.write_bytes(b"")
    with database._written_back(collection):
        time.sleep(0.2)
    ended = time.monotonic()
    assert len(synced) >= 3 and {inode for inode, _ in synced} == {collection.stat().st_ino}
    time.sleep(0.05)
    assert all(at <= ended for _, at in synced)  # none after the block
    synced.clear()
    with database._written_back(tmp_path / "gone.sqlite"):  # nothing to sync: no error
        time.sleep(0.05)
    assert synced == []
