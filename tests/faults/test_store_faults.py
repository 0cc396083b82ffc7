"""The collection under hostile conditions: a full disk, a read-only folder, a newer
schema, useless or damaged backups to restore; each is one line and nothing is lost."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from fault_cli import SEED_DIR, cli, fill, one_error, remount_read_only, rows

from flashcards.store.database import Database, head_revision

BUILD = ("build", str(SEED_DIR), "--source", "tr", "--target", "is", "--deck", "sales")
STUDY_THREE = "\n3\n\n1\n\n4\nq\n"


def _backups(db: Path) -> list[Path]:
    return sorted((db.parent / f"{db.stem}.backups").glob("collection-*"))


def _good(path: Path) -> bool:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        connection.close()


def test_a_full_disk_never_costs_a_good_backup(
    mount_tmpfs: Callable[[str, int], Path],
) -> None:
    disk = mount_tmpfs("small", 4096)  # the collection and five backups, with room to spare
    db = disk / "collection.sqlite"
    assert cli(db, "--now", "2026-11-20T09:00", *BUILD).status == 0  # and its daily backup
    for day in (1, 2, 3):
        made = cli(db, "--now", f"2026-11-2{day}T09:00", "backup")
        assert made.status == 0, made.stderr
    good = _backups(db)
    assert len(good) == 4 and all(_good(p) for p in good)
    before = rows(db)
    fill(disk)
    for minute in range(11):  # more failed backups than are ever kept
        failed = cli(db, "--now", f"2026-11-24T09:{minute:02d}", "backup")
        one_error(failed, 2, "disk full; no backup was made")
    assert _backups(db) == good and all(_good(p) for p in good)
    assert not list(db.parent.rglob("*.partial*"))
    # A command that only reads still works, and its closing backup says why it failed.
    later = (datetime.now(UTC) + timedelta(days=2)).isoformat()  # backups carry today's mtime
    due = cli(db, "--now", later, "due")
    assert due.status == 0 and "sales" in due.stdout
    assert [line for line in due.errors] == [
        f"flashcards: warning: automatic backup failed ({db.parent / 'collection.backups'}: "
        "disk full; no backup was made)"
    ]
    assert rows(db) == before
    (disk / "filler").unlink()
    again = cli(db, "--now", "2026-11-26T09:00", "backup")
    assert again.status == 0 and len(_backups(db)) == 5


def test_a_disk_that_fills_up_during_a_backup_says_so(
    mount_tmpfs: Callable[[str, int], Path],
) -> None:
    # Room for the copy but not for what SQLite writes beside it (its write-ahead log's
    # index, when the copy leaves WAL mode): the write fails as a "disk I/O error", not
    # as "disk is full". With each amount of room around the collection's size, a backup
    # is made or refused in one line: never an internal error, never a partial copy kept.
    disk = mount_tmpfs("half", 2048)
    db = disk / "collection.sqlite"
    assert cli(db, "--now", "2026-11-20T09:00", *BUILD).status == 0
    good = _backups(db)
    fill(disk)
    filler = disk / "filler"
    full = filler.stat().st_size
    refused = 0
    for extra in range(0, 80 * 1024, 8 * 1024):
        with filler.open("r+b") as f:
            f.truncate(full - db.stat().st_size - extra)
        run = cli(db, "--now", "2026-11-21T09:00", "backup")
        if run.status == 0:
            for made in set(_backups(db)) - set(good):
                assert _good(made)
                made.unlink()
        else:
            one_error(run, 2, "disk full; no backup was made")
            refused += 1
        assert _backups(db) == good and not list(db.parent.rglob("*.partial*"))
    assert 0 < refused < 10  # some room was too little, some enough


def test_a_build_on_a_disk_that_fills_up_says_so_and_keeps_every_row(
    mount_tmpfs: Callable[[str, int], Path],
) -> None:
    # With each amount of room from none to a little more than a build takes, a build is
    # refused in one line saying the disk is full (whichever write found it full: the parse
    # cache's, the cards', SQLite's log) and the cards and answers stay as they were; with
    # enough room, it is made.
    disk = mount_tmpfs("builds", 4096)
    db = disk / "collection.sqlite"
    assert cli(db, "--now", "2026-11-20T09:00", *BUILD).status == 0
    studied = cli(db, "--now", "2026-11-20T09:05", "study", "--deck", "sales", stdin=STUDY_THREE)
    assert studied.stdout.count("saved review") == 3, studied.stdout
    kept = ("cards", "review_log")
    before = rows(db, kept)
    fill(disk)
    filler = disk / "filler"
    full = filler.stat().st_size
    refused = 0
    for room in range(0, 2048 * 1024, 128 * 1024):
        with filler.open("r+b") as f:
            f.truncate(max(0, full - room))
        other = cli(db, "--now", "2026-11-20T10:00", *BUILD[:-1], "other", "--both-directions")
        if other.status == 0:
            break
        one_error(other, 2, str(db), "disk full")
        assert rows(db, kept) == before
        refused += 1
    else:
        raise AssertionError("no build was made with 2 MiB of room")
    assert refused > 0
    assert len(rows(db, kept)["cards"]) > len(before["cards"])


def test_a_collection_opened_on_a_disk_with_no_room_left_says_the_disk_is_full(
    mount_tmpfs: Callable[[str, int], Path],
) -> None:
    # Opening a WAL collection makes its shared-memory index beside it (the -shm file,
    # removed when the last connection closes); on a disk with no byte left SQLite fails
    # that as a "disk I/O error" (SQLITE_IOERR_SHMSIZE), which is said as the disk being
    # full, for a collection of today's schema and for one that needs an upgrade alike.
    disk = mount_tmpfs("open", 4096)
    db = disk / "collection.sqlite"
    assert cli(db, "--now", "2026-11-20T09:00", *BUILD).status == 0
    studied = cli(db, "--now", "2026-11-20T09:05", "study", "--deck", "sales", stdin=STUDY_THREE)
    assert studied.stdout.count("saved review") == 3, studied.stdout
    old = disk / "old.sqlite"
    Database(old, revision="0015").close()
    before, before_old = rows(db), rows(old)  # (these reads leave a -shm behind)
    for path in (db, old):  # the last read-write connection to close removes it
        connection = sqlite3.connect(path)
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        connection.close()
    assert not list(disk.glob("*-shm"))
    fill(disk)
    for command in (("decks",), ("due",), ("study",)):
        one_error(cli(db, *command, stdin="q\n"), 2, f"{db}: disk full; nothing was changed")
    one_error(cli(old, "decks"), 2, f"{old}: disk full; nothing was changed")
    assert not list(disk.glob("*.before-*"))
    (disk / "filler").unlink()
    assert rows(db) == before and rows(old) == before_old
    decks = cli(db, "decks")
    assert decks.status == 0 and "sales" in decks.stdout
    assert cli(old, "decks").status == 0
    assert rows(old, ["alembic_version"]) == {"alembic_version": [(head_revision(),)]}


def test_a_read_only_folder_can_be_read_and_says_so_when_written(
    mount_tmpfs: Callable[[str, int], Path], tmp_path: Path
) -> None:
    disk = mount_tmpfs("ro", 4096)
    db = disk / "collection.sqlite"
    assert cli(db, *BUILD).status == 0
    assert cli(db, "study", stdin=STUDY_THREE).status == 0
    before = rows(db)
    remount_read_only(disk)
    for command in (("due",), ("decks",), ("stats",), ("export", "--format", "csv")):
        run = cli(db, *command)
        assert run.status == 0 and run.errors == [], (command, run.stderr)
    assert "Yumuşak Satış" in cli(db, "export", "--format", "jsonl").stdout
    out = tmp_path / "sales.apkg"
    assert cli(db, "export", "--format", "apkg", "-o", str(out)).status == 0 and out.exists()
    for command in (("study",), ("config", "--retention", "0.85"), BUILD, ("backup",)):
        run = cli(db, *command, stdin="\n3\nq\n")
        one_error(run, 2, f"{db}: the collection is read-only", "this command changes it")
    assert rows(db) == before


def _files(folder: Path) -> list[Path]:
    """The files in `folder`, but for SQLite's own -wal and -shm beside a database."""
    return sorted(p for p in folder.rglob("*") if not p.name.endswith(("-wal", "-shm")))


@pytest.fixture
def newer(collection: Path) -> Path:
    """The collection as a later version of flashcards would leave it."""
    connection = sqlite3.connect(collection)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099_future'")
    connection.close()
    return collection


def test_a_collection_from_a_newer_version_is_one_line_and_never_copied(newer: Path) -> None:
    before = rows(newer)
    files = _files(newer.parent)
    for command in (("due",), ("decks",), ("study",), BUILD, ("config",), ("backup",)):
        run = cli(newer, *command)
        one_error(run, 2, f"{newer}: this collection was written by a newer version of flashcards")
    assert _files(newer.parent) == files  # no collection.before-*.sqlite copies
    assert rows(newer) == before


def _useless_candidates(folder: Path, good: Path) -> dict[str, tuple[Path, str]]:
    empty_tables = folder / "empty-tables.sqlite"
    connection = sqlite3.connect(empty_tables)
    for table in ("cards", "decks", "alembic_version"):
        connection.execute(f"CREATE TABLE {table} (x)")
    connection.commit()
    connection.close()
    no_columns = folder / "no-columns.sqlite"
    connection = sqlite3.connect(no_columns)
    connection.execute("CREATE TABLE alembic_version (version_num TEXT)")
    connection.execute(f"INSERT INTO alembic_version VALUES ('{head_revision()}')")
    for table in ("cards", "decks", "review_log", "settings", "articles"):
        connection.execute(f"CREATE TABLE {table} (id INTEGER PRIMARY KEY)")
    connection.commit()
    connection.close()
    future = folder / "future.sqlite"
    shutil.copy(good, future)
    connection = sqlite3.connect(future)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099_future'")
    connection.close()
    truncated = folder / "truncated.sqlite"
    truncated.write_bytes(good.read_bytes()[: len(good.read_bytes()) // 2])
    junk = folder / "junk.sqlite"
    junk.write_bytes(b"not a database\n" * 100)
    empty = folder / "empty.sqlite"
    empty.write_bytes(b"")
    return {
        "empty tables": (empty_tables, "not a flashcards collection (no schema version)"),
        "no columns": (no_columns, "not a flashcards collection (table "),
        "newer schema": (future, "written by a newer version of flashcards"),
        "truncated": (truncated, ""),
        "junk": (junk, "not a flashcards collection (not a SQLite database)"),
        "empty": (empty, "not a flashcards collection (not a SQLite database)"),
        "missing": (folder / "missing.sqlite", "no such file"),
        "folder": (folder, "not a regular file"),
    }


def test_restore_refuses_every_useless_candidate_and_changes_nothing(
    tmp_path: Path, collection: Path, unchanged: Callable[..., None]
) -> None:
    good = tmp_path / "good.sqlite"
    shutil.copy(collection, good)
    for name, (candidate, reason) in _useless_candidates(tmp_path, good).items():
        run = cli(collection, "restore", str(candidate))
        line = one_error(run, 2, str(candidate), reason)
        assert "Restored" not in run.stdout, name
        unchanged(())
        assert line
    # Everything still works afterwards, a real restore included.
    assert cli(collection, "due").status == 0
    restored = cli(collection, "restore", str(good))
    assert restored.status == 0, restored.stderr
    assert "The collection it replaced is kept in" in restored.stdout


def test_restore_works_when_the_current_collection_is_broken(
    tmp_path: Path, collection: Path
) -> None:
    good = tmp_path / "good.sqlite"
    shutil.copy(collection, good)
    before = rows(good)
    collection.write_bytes(b"\x00garbage" * 5000)
    for suffix in ("-wal", "-shm"):
        collection.with_name(collection.name + suffix).unlink(missing_ok=True)
    one_error(cli(collection, "due"), 2, f"{collection}: not a usable database")
    run = cli(collection, "restore", str(good))
    assert run.status == 0, run.stderr
    kept = run.stdout.split("The collection it replaced is kept in ", 1)[1].strip()
    assert Path(kept).read_bytes() == b"\x00garbage" * 5000
    assert rows(collection) == before
    assert cli(collection, "due").status == 0
