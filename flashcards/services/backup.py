"""Rotating backups of a collection (SQLite copies, also of a server's), and restore."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy.engine import make_url

from flashcards.errors import FlashcardsError
from flashcards.paths import backup_dir, server_backup_dir
from flashcards.services.dbcopy import copy_collection
from flashcards.store.database import Database, sqlite_backup

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


def backups(db: Database) -> list[Path]:
    """This collection's backups, oldest first."""
    folder = _folder(db)
    return sorted(folder.glob(f"{_PREFIX}*.sqlite")) if folder.is_dir() else []


def backup_now(db: Database, now: datetime, keep: int = KEEP) -> Path:
    """Copy the collection consistently (even while in use) and drop the oldest copies.

    A collection on a server is copied into a SQLite file on this computer (`db copy`),
    which `flashcards db copy --from FILE --to URL` can bring back.
    """
    folder = _folder(db)
    target = folder / f"{_PREFIX}{now.astimezone(UTC).strftime(_STAMP)}.sqlite"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{_PREFIX}{now.astimezone(UTC).strftime(_STAMP)}-{n}.sqlite"
    if db.path is not None:
        sqlite_backup(db.path, target)
    else:
        _copy_from_server(db, target)
    for old in backups(db)[:-keep] if keep > 0 else []:
        old.unlink(missing_ok=True)
    return target


def _copy_from_server(db: Database, target: Path) -> None:
    copy = Database(target)
    try:
        copy_collection(db, copy)
    except BaseException:
        copy.close()
        target.unlink(missing_ok=True)
        raise
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


def _check_collection(path: Path) -> None:
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            if connection.execute("PRAGMA integrity_check").fetchone() != ("ok",):
                raise FlashcardsError(f"{path}: the file is damaged")
            names = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise FlashcardsError(f"{path}: not a flashcards collection ({exc})") from None
    if not {"cards", "decks", "alembic_version"} <= names:
        raise FlashcardsError(f"{path}: not a flashcards collection")


def restore(db_path: Path, source: Path, now: datetime) -> Path:
    """Replace the collection at `db_path` by `source`; returns the copy of what it replaced."""
    if not source.is_file():
        raise FlashcardsError(f"{source}: no such file")
    _check_collection(source)
    folder = backup_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    saved = folder / f"before-restore-{now.astimezone(UTC).strftime(_STAMP)}.sqlite"
    if db_path.exists():
        sqlite_backup(db_path, saved)
    else:
        saved = Path()
    # Copy through SQLite into the live file: other connections see the restored pages, and
    # the write-ahead log stays consistent.
    sqlite_backup(source, db_path)
    return saved
