"""Rotating backups of a collection (SQLite copies, also of a server's), and restore."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy.engine import make_url

from flashcards.errors import StoreError
from flashcards.paths import backup_dir, server_backup_dir
from flashcards.store.database import (
    Database,
    is_disk_full,
    known_revisions,
    newer_schema_message,
    sqlite_backup,
)
from flashcards.store.dbcopy import copy_collection
from flashcards.store.models import Base

#: How many automatic backups are kept.
KEEP = 10
#: Automatic backups are taken at most this often.
EVERY = timedelta(days=1)
_PREFIX = "collection-"
_STAMP = "%Y%m%d-%H%M%S"


def _folder(db: Database) -> Path:
    if db.path is not None:
        return backup_dir(db.path)
    url = make_url(db.url)
    return server_backup_dir(f"{url.host or 'local'}-{url.port or ''}-{url.database}")


#: The first bytes of every SQLite database file.
_SQLITE_HEADER = b"SQLite format 3\x00"
#: A backup being written; renamed to its real name only once it has been checked.
_PARTIAL = ".partial"


def backups(db: Database) -> list[Path]:
    """This collection's good backups, oldest first (an empty or foreign file is none)."""
    folder = _folder(db)
    found = sorted(folder.glob(f"{_PREFIX}*.sqlite")) if folder.is_dir() else []
    return [path for path in found if _looks_like_sqlite(path)]


def _looks_like_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(len(_SQLITE_HEADER)) == _SQLITE_HEADER
    except OSError:
        return False


def backup_now(db: Database, now: datetime, keep: int = KEEP) -> Path:
    """Copy the collection consistently (even while in use) and drop the oldest copies.

    The copy is written under a temporary name, checked (it opens, `integrity_check` is
    ok, it holds the collection's tables), flushed to disk, and only then renamed into
    place: a failed backup (a full disk) leaves nothing behind that counts as one.  Only
    then are the oldest good backups beyond `keep` removed, so the last good ones stay.

    A collection on a server is copied into a SQLite file on this computer (`db copy`),
    which `flashcards db copy --from FILE --to URL` can bring back.
    """
    folder = _folder(db)
    stamp = now.astimezone(UTC).strftime(_STAMP)
    target = folder / f"{_PREFIX}{stamp}.sqlite"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{_PREFIX}{stamp}-{n}.sqlite"
    partial = target.with_name(target.name + _PARTIAL)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if db.path is not None:
            sqlite_backup(db.path, partial)
        else:
            _copy_from_server(db, partial)
        _verify(partial)
        _fsync(partial)
        os.replace(partial, target)
        _fsync(folder)
    except BaseException as exc:
        _remove_with_journals(partial)
        if isinstance(exc, OSError | sqlite3.Error | StoreError) and is_disk_full(exc):
            raise StoreError(f"{folder}: disk full; no backup was made") from None
        if isinstance(exc, OSError):
            raise StoreError(f"{folder}: cannot write a backup ({exc.strerror})") from None
        raise
    _rotate(db, folder, keep)
    return target


def _remove_with_journals(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def _verify(path: Path) -> None:
    """Refuse a copy that is empty, damaged or not a whole collection."""
    if not path.is_file() or path.stat().st_size == 0:
        raise StoreError(f"{path}: the backup is empty")
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        if connection.execute("PRAGMA integrity_check").fetchone() != ("ok",):
            raise StoreError(f"{path}: the backup is damaged")
        names = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
    finally:
        connection.close()
    if not {"cards", "decks", "review_log", "alembic_version"} <= names:
        raise StoreError(f"{path}: the backup is not a whole collection")


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _rotate(db: Database, folder: Path, keep: int) -> None:
    """Drop the oldest good backups beyond `keep`, and the leftovers of failed ones."""
    for path in folder.glob(f"{_PREFIX}*.sqlite"):
        if not _looks_like_sqlite(path):
            path.unlink(missing_ok=True)  # an empty file an older version left on a full disk
    for old in backups(db)[:-keep] if keep > 0 else []:
        old.unlink(missing_ok=True)


def _copy_from_server(db: Database, target: Path) -> None:
    copy = Database(target)
    try:
        copy_collection(db, copy)
    finally:
        copy.close()


def auto_backup(db: Database, now: datetime, keep: int = KEEP) -> Path | None:
    """A backup if the newest one is older than a day (called when the collection closes).

    Only of a file: a server's collection is backed up by the server's own means, or by
    `flashcards backup` on request.
    """
    if db.path is None or not db.path.exists():
        return None
    existing = backups(db)
    if existing:
        newest = datetime.fromtimestamp(existing[-1].stat().st_mtime, UTC)
        if now - newest < EVERY:
            return None
    return backup_now(db, now, keep)


def _candidate_revision(path: Path) -> str:
    """The schema revision of a would-be collection, read without changing it; refuses
    what is not a sound SQLite file of a known flashcards schema."""
    if not _looks_like_sqlite(path):
        raise StoreError(f"{path}: not a flashcards collection (not a SQLite database)")
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            if connection.execute("PRAGMA integrity_check").fetchone() != ("ok",):
                raise StoreError(f"{path}: the file is damaged (integrity check failed)")
            try:
                rows = connection.execute("SELECT version_num FROM alembic_version").fetchall()
            except sqlite3.OperationalError:  # no such table, or no such column
                rows = []
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: not a flashcards collection ({exc})") from None
    if len(rows) != 1 or not isinstance(rows[0][0], str):
        raise StoreError(f"{path}: not a flashcards collection (no schema version)")
    revision = rows[0][0]
    if revision not in known_revisions():
        raise StoreError(newer_schema_message(str(path), revision))
    return revision


def _check_tables(path: Path, shown: Path) -> None:
    """Every table and column the app uses is there (in a collection at the newest schema)."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        for table in Base.metadata.sorted_tables:
            found = {r[1] for r in connection.execute(f'PRAGMA table_info("{table.name}")')}
            missing = sorted(c.name for c in table.columns if c.name not in found)
            if missing:
                raise StoreError(
                    f"{shown}: not a flashcards collection (table {table.name} lacks "
                    f"{', '.join(missing)})"
                )
    finally:
        connection.close()


def check_candidate(source: Path, scratch: Path) -> None:
    """Check `source` fully as a collection, leaving it untouched: it opens, is intact, has a
    known schema revision, and a copy of it (at `scratch`) upgrades to this version's
    schema with every table and column.  `scratch` is left holding the upgraded copy."""
    info = source.stat() if source.exists() else None
    if info is None:
        raise StoreError(f"{source}: no such file")
    if not stat.S_ISREG(info.st_mode):
        raise StoreError(f"{source}: not a regular file")
    _candidate_revision(source)
    sqlite_backup(source, scratch)
    copy = Database(scratch, upgrade=False)
    try:
        copy.upgrade(keep_copy=False)  # the migrations, on the copy
    except StoreError as exc:
        raise StoreError(f"{source}: cannot be brought to this version's schema ({exc})") from None
    finally:
        copy.close()
    _check_tables(scratch, source)


def _keep_current(db_path: Path, saved: Path) -> None:
    """A copy of the collection about to be replaced: consistent when it opens, else its
    bytes (and its write-ahead log) as they are."""
    try:
        sqlite_backup(db_path, saved)
        _verify(saved)
        return
    except (sqlite3.Error, StoreError):
        saved.unlink(missing_ok=True)
    shutil.copyfile(db_path, saved)
    wal = db_path.with_name(db_path.name + "-wal")
    if wal.exists():
        shutil.copyfile(wal, saved.with_name(saved.name + "-wal"))


def restore(db_path: Path, source: Path, now: datetime) -> Path:
    """Replace the collection at `db_path` by `source`; returns the copy of what it replaced
    (`Path()` when there was none).

    Nothing is replaced before `source` has passed every check (`check_candidate`); the
    current collection need not open (a damaged one is kept byte for byte).
    """
    folder = backup_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = now.astimezone(UTC).strftime(_STAMP)
    scratch = folder / f"restoring-{stamp}.sqlite{_PARTIAL}"
    try:
        check_candidate(source, scratch)
        saved = folder / f"before-restore-{stamp}.sqlite"
        healthy = False
        if db_path.exists():
            _keep_current(db_path, saved)
            healthy = (
                _looks_like_sqlite(saved) and not saved.with_name(saved.name + "-wal").exists()
            )
        else:
            saved = Path()
        if healthy:
            # Copy through SQLite into the live file: other connections see the restored
            # pages, and the write-ahead log stays consistent.
            sqlite_backup(scratch, db_path)
        else:
            for name in (db_path.name + "-wal", db_path.name + "-shm"):
                db_path.with_name(name).unlink(missing_ok=True)
            os.replace(scratch, db_path)
    except OSError as exc:
        if is_disk_full(exc):
            raise StoreError(f"{folder}: disk full; nothing was replaced") from None
        raise StoreError(f"{db_path}: cannot restore ({exc.strerror})") from None
    finally:
        _remove_with_journals(scratch)
    return saved


def restore_at(location: str, source: Path, now: datetime) -> tuple[Path, Path]:
    """`restore` into the collection file at `location` (a path or URL), which is not
    opened: restore works when it is damaged or from a newer version.  Returns the
    collection's path and where the replaced collection was kept."""
    db = Database(location, upgrade=False)
    target = db.path
    db.close()
    if target is None:
        raise StoreError(
            f"{db.label}: restore replaces a file; to bring a backup to a server, copy it "
            "into a new database with `flashcards db copy --from FILE --to URL`"
        )
    return target, restore(target, source, now)
