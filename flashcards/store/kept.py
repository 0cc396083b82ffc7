"""One database connection kept for a study session: each operation a short transaction on it."""

from __future__ import annotations

import weakref
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from types import TracebackType
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError

from flashcards.errors import StoreError
from flashcards.store.database import PG_LOCK_KEY, is_disk_full
from flashcards.store.database import _one_line as one_line
from flashcards.store.prepared import OnCursor, Prepared, shared

if TYPE_CHECKING:
    from flashcards.store.database import Database


def _close(connection: Connection) -> None:
    with suppress(DBAPIError):  # a connection the server dropped: nothing left to release
        connection.close()


class KeptConnection:
    """A connection checked out of the engine's pool once and held until `close`.

    The study path runs its pre-built statements on it, so showing or answering a card
    pays for neither a pool checkout nor an ORM session.  Each `begin` is one transaction
    with the database's own locking (SQLite's BEGIN IMMEDIATE, PostgreSQL's advisory lock)
    and commits before it returns; between transactions the connection holds no lock and no
    snapshot.  After a database error the connection is dropped and the next `begin` opens
    a new one (a restarted server, a closed file).  A collected owner releases it too.
    """

    def __init__(self, db: Database) -> None:
        self._db = db
        self._connection: Connection | None = None
        self._finalizer: weakref.finalize[[Connection], KeptConnection] | None = None
        # The driver's connection, its dialect, the prepared statements and the driver's
        # error class: looked up once a connection.  (Each transaction has a cursor of its
        # own, closed at its end: a cursor left on a half-read SELECT would keep SQLite's
        # read snapshot open.)
        self._driver: tuple[Any, Dialect, dict[int, Prepared], type[Exception]] | None = None

    def _open(self) -> Connection:
        connection = self._db.engine.connect()
        self._connection = connection
        self._finalizer = weakref.finalize(self, _close, connection)
        return connection

    def _fast_parts(self) -> tuple[Any, Dialect, dict[int, Prepared], type[Exception]]:
        if self._driver is None or self._connection is None:
            connection = self._connection if self._connection is not None else self._open()
            driver: Any = connection.connection.driver_connection
            dialect = connection.dialect
            self._driver = (driver, dialect, shared(dialect), dialect.loaded_dbapi.Error)
        return self._driver

    @contextmanager
    def begin(self) -> Iterator[Connection]:
        """The connection in one transaction: committed on success, rolled back on error."""
        connection = self._connection if self._connection is not None else self._open()
        try:
            with connection.begin():
                yield connection
        except DBAPIError as exc:
            self.close()
            raise self._error(exc.orig) from None

    def fast(self, *, write: bool = True, snapshot: bool = False) -> _Fast:
        """One transaction straight on the driver's connection, for the study path's
        prepared statements, committed on success and rolled back on error.

        A `write` transaction locks as `begin` does (SQLite's BEGIN IMMEDIATE, PostgreSQL's
        advisory lock); a read takes no lock (SQLite reads one consistent snapshot per
        statement, PostgreSQL per transaction), so showing a card never waits for a
        writer.  A read of several statements that must agree asks for a `snapshot`: one
        for the whole transaction (SQLite's deferred BEGIN, still no lock).
        """
        return _Fast(self, write, snapshot)

    def _error(self, reason: BaseException | None) -> StoreError:
        if is_disk_full(reason):
            return StoreError(f"{self._db.label}: disk full; the change was not saved")
        return StoreError(f"{self._db.label}: database error ({one_line(reason)})")

    def close(self) -> None:
        """Give the connection back; a later `begin` opens another."""
        if self._finalizer is not None:
            self._finalizer()
        self._connection = self._finalizer = self._driver = None


class _Fast:
    """`KeptConnection.fast`'s transaction: a context manager of its own, not a generator's
    (a card shown and answered opens two)."""

    __slots__ = ("_cursor", "_driver", "_error", "_kept", "_snapshot", "_write")

    def __init__(self, kept: KeptConnection, write: bool, snapshot: bool) -> None:
        self._kept = kept
        self._write = write
        self._snapshot = snapshot

    def __enter__(self) -> OnCursor:
        kept = self._kept
        driver, dialect, prepared, error = kept._fast_parts()
        self._driver, self._error = driver, error
        try:
            cursor = self._cursor = driver.cursor()
            try:
                if self._write and kept._db.is_sqlite:
                    cursor.execute("BEGIN IMMEDIATE")
                elif self._write:
                    cursor.execute(f"SELECT pg_advisory_xact_lock({PG_LOCK_KEY})")
                elif self._snapshot and kept._db.is_sqlite:
                    cursor.execute("BEGIN")
            except BaseException:
                with suppress(error):
                    driver.rollback()
                cursor.close()
                raise
        except error as exc:
            kept.close()
            raise kept._error(exc) from None
        return OnCursor(cursor, dialect, prepared)

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        kept, driver, error = self._kept, self._driver, self._error
        try:
            try:
                if kind is None:
                    if self._write or self._snapshot or not kept._db.is_sqlite:
                        driver.commit()
                else:
                    with suppress(error):
                        driver.rollback()
            except BaseException:  # the commit failed
                with suppress(error):
                    driver.rollback()
                raise
            finally:
                self._cursor.close()
        except error as exc:
            kept.close()
            raise kept._error(exc) from None
        if isinstance(value, error):  # the body's statement failed
            kept.close()
            raise kept._error(value) from None
