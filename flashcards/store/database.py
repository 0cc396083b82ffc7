"""Open a database: the engine with SQLite's durability settings, migrations, sessions."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from flashcards.errors import StoreError

if TYPE_CHECKING:
    from alembic.config import Config

#: The newest migration, known without importing Alembic (slow to import) on every start;
#: a test checks it against the migration scripts.
HEAD = "0017"

#: How long a writer waits for another process's transaction before giving up (ms).
BUSY_TIMEOUT_MS = 10_000


#: Advisory lock key every PostgreSQL transaction takes: the server's BEGIN IMMEDIATE.
PG_LOCK_KEY = 0x666C6173  # "flas"

#: URL schemes of PostgreSQL and the driver used for them (psycopg 3).
_PG_SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")


def database_url(location: str | Path) -> str:
    """A SQLAlchemy URL for a path or URL given on the command line or in FLASHCARDS_DB."""
    text = str(location)
    for scheme in _PG_SCHEMES:
        if text.startswith(scheme):
            return "postgresql+psycopg://" + text[len(scheme) :]
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def display_url(url: str) -> str:
    """A URL fit to show: no password, no driver name."""
    shown = unquote(make_url(url).render_as_string(hide_password=True))
    return shown.replace("postgresql+psycopg://", "postgresql://", 1)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Transactions are begun by `_begin_immediate`, not by the driver's own guesswork.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


#: The execution option of `Database.read` sessions: their transactions take no lock.
READ_ONLY = "flashcards_read_only"


def _check_writable(path: Path) -> None:
    """Refuse up front a collection whose file or folder cannot be written (SQLite would
    fail later, on the first write, with "unable to open database file")."""
    folder = path.parent
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        where = folder if not os.access(folder, os.W_OK) else path
        raise ReadOnlyCollection(
            f"{path}: the collection is read-only ({where} cannot be written); "
            "this command changes it (due, decks, stats and export only read it)"
        )


def _connect_readonly(path: Path | None) -> sqlite3.Connection:
    """A read-only connection to a collection in a folder that cannot be written.

    WAL needs its -shm file beside the database; where none can be made, a collection
    whose log was checkpointed (closed cleanly: no -wal file) is read as immutable.
    """
    assert path is not None
    wal = path.with_name(path.name + "-wal")
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return connection
    except sqlite3.OperationalError:
        if wal.exists() and wal.stat().st_size > 0:
            raise
    return sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)


def _sqlite_readonly_pragmas(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA query_only=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def _begin_deferred(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


def _begin_immediate(connection: Any) -> None:
    # Take the write lock when the transaction starts, so what a transaction reads is still
    # true when it writes (an answer reads the card's state, then stores the next one).
    # A read-only transaction takes a snapshot instead, and never waits for a writer.
    read_only = connection.get_execution_options().get(READ_ONLY)
    connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")


def _pg_begin_serial(connection: Any) -> None:
    # Every transaction holds one collection-wide lock until it ends, like SQLite's write
    # lock: two clients answering at once queue up, and each reads the other's answer.
    if not connection.get_execution_options().get(READ_ONLY):
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({PG_LOCK_KEY})")


def _one_line(reason: object) -> str:
    """A driver's message on one line (PostgreSQL's span several, with hints)."""
    lines = [line.strip() for line in str(reason).splitlines() if line.strip()]
    return lines[0] if lines else type(reason).__name__


def _alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    location = resources.files("flashcards.store").joinpath("migrations")
    config.set_main_option("script_location", str(location))
    return config


def head_revision() -> str:
    """The newest migration this version of the app knows."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> frozenset[str]:
    """Every schema revision this version of the app can open (and upgrade from)."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(_alembic_config())
    return frozenset(script.revision for script in scripts.walk_revisions())


def newer_schema_message(label: str, revision: str) -> str:
    return (
        f"{label}: this collection was written by a newer version of flashcards "
        f"(schema {revision}; this version knows up to {HEAD}); nothing was changed"
    )


#: Free bytes under which an I/O error of SQLite on a collection is taken as a full disk.
NO_ROOM = 1 << 20


def is_disk_full(exc: BaseException | None) -> bool:
    """Whether `exc` (an OSError or a SQLite error) says the disk or quota is full."""
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return True
    return "disk is full" in str(exc) or "disk full" in str(exc)


class ReadOnlyCollection(StoreError):
    """The collection's file or folder cannot be written: only reading commands can work."""


def sqlite_backup(source: Path, destination: Path) -> None:
    """Copy a live SQLite database consistently with SQLite's online backup API."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(str(source))
    try:
        dst = sqlite3.connect(str(destination))
        try:
            src.backup(dst)
            # A copy is one self-contained file: no write-ahead log left beside it.
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    except sqlite3.Error as exc:
        if is_disk_full(exc) or _out_of_room(exc, source, destination):
            raise StoreError(f"{destination}: disk full; the copy was not made") from None
        raise
    finally:
        src.close()


def _out_of_room(exc: sqlite3.Error, source: Path, destination: Path) -> bool:
    """Whether an I/O error writing a copy of `source` is the destination's disk filling
    up: SQLite says "disk I/O error", not "disk is full", when a write of its journal or
    the file's last pages fails for want of room."""
    if not getattr(exc, "sqlite_errorname", "").startswith("SQLITE_IOERR"):
        return False
    try:
        free = shutil.disk_usage(destination.parent).free
        return free < source.stat().st_size
    except OSError:
        return False


class Database:
    """One collection: an engine, its migrations and a session factory.

    Every operation runs in its own transaction (`with db.begin() as session`), and
    hands plain data out, never live ORM objects.
    """

    def __init__(
        self,
        location: str | Path,
        *,
        upgrade: bool = True,
        revision: str = "head",
        readonly: bool = False,
    ):
        self.readonly = readonly
        self.url = database_url(location)
        try:
            url = make_url(self.url)
        except ArgumentError:
            raise StoreError(f"{location}: not a database path or URL") from None
        self.is_sqlite = url.get_backend_name() == "sqlite"
        self.is_postgresql = url.get_backend_name() == "postgresql"
        if not (self.is_sqlite or self.is_postgresql):
            raise StoreError(
                f"{display_url(self.url)}: unsupported database (use a file path or postgresql://)"
            )
        self.path: Path | None = Path(url.database) if self.is_sqlite and url.database else None
        if self.path is not None and readonly:
            if not self.path.is_file():
                raise StoreError(f"{self.path}: no such collection")
        elif self.path is not None:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(
                    f"{self.path}: cannot create its folder ({exc.strerror})"
                ) from None
            _check_writable(self.path)
        if self.is_sqlite and readonly:
            path = self.path
            self.engine: Engine = create_engine(
                "sqlite://", creator=lambda: _connect_readonly(path), poolclass=NullPool
            )
            event.listen(self.engine, "connect", _sqlite_readonly_pragmas)
            event.listen(self.engine, "begin", _begin_deferred)
        elif self.is_sqlite:
            self.engine = create_engine(self.url)
            event.listen(self.engine, "connect", _sqlite_pragmas)
            event.listen(self.engine, "begin", _begin_immediate)
        else:
            # Wait for another client's transaction as long as SQLite would, then fail
            # clearly; give up on an unreachable server after a few seconds.
            options = f"-c lock_timeout={BUSY_TIMEOUT_MS} -c timezone=UTC"
            self.engine = create_engine(
                self.url,
                pool_pre_ping=True,
                connect_args={"options": options, "connect_timeout": 10},
            )
            event.listen(self.engine, "begin", _pg_begin_serial)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        if upgrade:
            self.upgrade(revision)
            # The study path's statements, compiled as the collection opens (once a process;
            # the dialect knows the server once the revision check has connected).
            from flashcards.store import answers, presets, queue  # noqa: F401  (their statements)
            from flashcards.store.prepared import warm

            warm(self.engine.dialect)

    def __repr__(self) -> str:
        return f"Database({self.label!r})"

    @property
    def label(self) -> str:
        """The file, or the URL without its password: how messages name this collection."""
        return str(self.path) if self.path is not None else display_url(self.url)

    def current_revision(self) -> str | None:
        with self.engine.connect() as connection:
            raw = connection.connection.dbapi_connection
            if self.is_sqlite and raw is not None:
                # Outside a transaction: reading the version takes no write lock (the
                # BEGIN IMMEDIATE of ordinary transactions), so opening never waits.
                found = raw.execute(
                    "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
                ).fetchone()
                if found is None:
                    return None
                row = raw.execute("SELECT version_num FROM alembic_version").fetchone()
                return None if row is None else str(row[0])
            if not inspect(connection).has_table("alembic_version"):
                return None
            version = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
            return None if version is None else str(version)

    def upgrade(self, revision: str = "head", *, keep_copy: bool = True) -> None:
        """Bring the schema up to `revision`, backing up an existing older database first
        (unless `keep_copy` is false: for a scratch copy that is itself the backup)."""
        try:
            current = self.current_revision()
            target = HEAD if revision == "head" else revision
            if current == target:
                return
            if current is not None and current not in known_revisions():
                raise StoreError(newer_schema_message(self.label, current))
            if self.readonly:
                raise StoreError(
                    f"{self.label}: the collection needs an upgrade to schema {target}, "
                    "which cannot be written: it is read-only"
                )
            if keep_copy and current is not None and self.path is not None and self.path.exists():
                stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
                backup = self.path.with_name(f"{self.path.stem}.before-{target}-{stamp}.sqlite")
                sqlite_backup(self.path, backup)
            self._migrate(revision)
        except (DBAPIError, sqlite3.DatabaseError) as exc:
            reason = exc.orig if isinstance(exc, DBAPIError) else exc
            if is_disk_full(reason) or self._no_room(reason):
                raise StoreError(f"{self.label}: disk full; nothing was changed") from None
            raise StoreError(f"{self.label}: not a usable database ({_one_line(reason)})") from None

    def _migrate(self, revision: str) -> None:
        config = _alembic_config()
        with self.engine.connect() as connection:
            raw = connection.connection.dbapi_connection
            if self.is_sqlite and raw is not None:
                # Batch migrations copy tables; foreign keys are checked once at the end instead.
                # (Outside any transaction, where SQLite honours this pragma.)
                raw.execute("PRAGMA foreign_keys=OFF")
            with connection.begin():
                config.attributes["connection"] = connection
                from alembic import command

                command.upgrade(config, revision)
                if self.is_sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise StoreError(
                            f"{self.path}: migration would break {len(broken)} references; "
                            "nothing was changed"
                        )
            if self.is_sqlite and raw is not None:
                raw.execute("PRAGMA foreign_keys=ON")

    @contextmanager
    def begin(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on error."""
        with self._saved(), self._sessions.begin() as session:
            yield session

    @contextmanager
    def _saved(self) -> Iterator[None]:
        """A transaction's driver errors said in one line naming the collection."""
        try:
            yield
        except (DBAPIError, sqlite3.Error) as exc:
            # sqlite3's own errors: from statements run on the driver's connection (a build's
            # copy of its staged cards), which SQLAlchemy does not wrap.
            reason = exc.orig if isinstance(exc, DBAPIError) else exc
            if is_disk_full(reason) or self._no_room(reason):
                raise StoreError(f"{self.label}: disk full; the change was not saved") from None
            raise StoreError(f"{self.label}: database error ({_one_line(reason)})") from None

    def cache_writes(self) -> CacheWrites:
        """What a build writes after its cards (see `CacheWrites`); close it when done (it is
        a context manager)."""
        return CacheWrites(self)

    def _no_room(self, reason: BaseException | None) -> bool:
        """Whether an I/O error of SQLite on this collection is its disk being full: SQLite
        says "disk I/O error", not "disk is full", when it cannot make its write-ahead log's
        index or write its log's last pages for want of room."""
        if self.path is None or not getattr(reason, "sqlite_errorname", "").startswith(
            "SQLITE_IOERR"
        ):
            return False
        try:
            return shutil.disk_usage(self.path.parent).free < NO_ROOM
        except OSError:
            return False

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session that only reads, in one transaction that takes no lock: it neither
        waits for a writer nor makes one wait (a build reads what it needs with it, then
        writes in a short `begin` transaction)."""
        try:
            with self._sessions() as session:
                session.connection(execution_options={READ_ONLY: True})
                try:
                    yield session
                finally:
                    session.rollback()
        except DBAPIError as exc:
            raise StoreError(f"{self.label}: database error ({_one_line(exc.orig)})") from None

    def close(self) -> None:
        self.engine.dispose()


#: SQLite's own number of log pages at which a commit checkpoints (`wal_autocheckpoint`):
#: what a connection is given back.
AUTOCHECKPOINT_PAGES = 1000
#: `Connection.info` key: the connection's commits were left unchecked (`CacheWrites.defer`)
#: and its `wal_autocheckpoint` is given back when it returns to the pool.
_DEFERRED = "flashcards_checkpoint_deferred"


#: How often `_written_back` hands a file's written pages to the disk (seconds).
WRITEBACK_EVERY_S = 0.2


@contextmanager
def _written_back(path: Path) -> Iterator[None]:
    """The file at `path` synced every `WRITEBACK_EVERY_S` while the block runs, by a thread.

    A checkpoint of a big build copies hundreds of MB of log into the collection, then syncs
    it: the disk had been given none of it until then (at 458,000 cards, 527 MiB: the sync
    alone took 0.9-1.0 s, the build waiting on it).  Synced meanwhile, the disk writes
    while the checkpoint copies, and the checkpoint's own sync finds little left to write
    (0.01-0.02 s).  Nothing is synced that SQLite would not sync itself, only sooner; on
    systems other than POSIX ones nothing is done."""
    if os.name != "posix":
        yield
        return
    stop = threading.Event()
    sync = getattr(os, "fdatasync", os.fsync)  # no fdatasync on macOS

    def sync_until_stopped() -> None:
        try:
            handle = os.open(path, os.O_RDONLY)
        except OSError:
            return
        try:
            while not stop.wait(WRITEBACK_EVERY_S):
                sync(handle)
        except OSError:
            pass  # only sooner than SQLite's own sync, which says what went wrong
        finally:
            os.close(handle)

    thread = threading.Thread(target=sync_until_stopped, name="writeback", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()


def _undefer(dbapi_connection: Any, record: Any) -> None:
    """A connection whose checkpoints were left to a `CacheWrites` checkpoints again."""
    if dbapi_connection is None or not record.info.pop(_DEFERRED, False):
        return
    with suppress(sqlite3.Error):  # a connection gone bad: its next use says so
        dbapi_connection.execute(f"PRAGMA wal_autocheckpoint={AUTOCHECKPOINT_PAGES}")


class CacheWrites:
    """The writes of a build after its cards, of what is only a cache (its articles'
    parses: one lost is parsed again by the next build), and the checkpoint of its cards.

    On SQLite the cards' transaction leaves its checkpoint (`defer`): hundreds of MB of log
    copied into the collection and synced, which its commit did on the build's thread
    (after the lock, but before the parses could be written).  A thread does it while the
    parses are written, in transactions (`begin`) on one connection at synchronous=NORMAL:
    none of them syncs (and none waits on the checkpoint's writes: the syncs of FULL did),
    yet a killed process loses none (they are in the system's cache; only a power cut can
    lose the last, which are parsed again).  When closed, what they wrote is checkpointed
    too (synced) and the connection is given back as it was.  On PostgreSQL the
    transactions are the ordinary ones, and there is no checkpoint to leave."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._sqlite = db.is_sqlite and db.path is not None
        self._deferred = False
        self._connection: Connection | None = None
        self._thread: threading.Thread | None = None
        self._done = threading.Event()

    def __enter__(self) -> CacheWrites:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def defer(self, session: Session) -> None:
        """The commit of `session`'s transaction (on the collection) leaves its checkpoint to
        this, which does it once the transaction ended and the first of `begin`'s began."""
        if not self._sqlite:
            return
        engine = self._db.engine
        if not event.contains(engine, "checkin", _undefer):
            event.listen(engine, "checkin", _undefer)
        connection = session.connection()
        raw = connection.connection.driver_connection
        assert raw is not None
        connection.info[_DEFERRED] = True
        raw.execute("PRAGMA wal_autocheckpoint=0")
        self._deferred = True

    @contextmanager
    def begin(self) -> Iterator[Session]:
        """A session in one transaction of the cache (see above): committed on success,
        rolled back on error."""
        if not self._sqlite:
            with self._db.begin() as session:
                yield session
            return
        connection = self._pinned()
        with (
            self._db._saved(),
            Session(bind=connection, expire_on_commit=False) as session,
            session.begin(),
        ):
            yield session

    def _pinned(self) -> Connection:
        if self._connection is None:
            self._checkpoint_behind()
            connection = self._db.engine.connect()
            self._connection = connection
            try:
                raw = connection.connection.driver_connection
                assert raw is not None
                if self._deferred:  # the thread's to do
                    raw.execute("PRAGMA wal_autocheckpoint=0")
                raw.execute("PRAGMA synchronous=NORMAL")
            except BaseException:
                self._connection = None
                connection.invalidate()
                connection.close()
                raise
        return self._connection

    def _checkpoint_behind(self) -> None:
        if self._deferred and self._thread is None:
            self._thread = threading.Thread(
                target=self._checkpoints, name="checkpoint", daemon=True
            )
            self._thread.start()

    def _checkpoints(self) -> None:
        """The cards' log into the collection, then, once the cache's writes are done,
        theirs (a checkpoint that fails leaves the log as it is: the next commit's does it)."""
        path = self._db.path
        assert path is not None
        try:
            raw = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        except sqlite3.Error:
            return
        try:
            raw.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            raw.execute("PRAGMA synchronous=FULL")
            with _written_back(path):
                raw.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
            self._done.wait()
            with _written_back(path):
                raw.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        except sqlite3.Error:
            pass
        finally:
            raw.close()

    def close(self) -> None:
        """The cache's connection given back as it was; every write checkpointed (waits)."""
        connection, self._connection = self._connection, None
        if connection is not None:
            try:
                raw = connection.connection.driver_connection
                assert raw is not None
                raw.execute("PRAGMA synchronous=FULL")
                raw.execute(f"PRAGMA wal_autocheckpoint={AUTOCHECKPOINT_PAGES}")
            except sqlite3.Error:
                connection.invalidate()
            finally:
                connection.close()
        if self._deferred and self._thread is None:  # nothing written after the cards
            self._checkpoint_behind()
        self._done.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None


__all__ = [
    "CacheWrites",
    "Database",
    "ReadOnlyCollection",
    "SQLAlchemyError",
    "database_url",
    "display_url",
    "head_revision",
    "sqlite_backup",
]
