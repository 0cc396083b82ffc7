"""Fixtures shared by the whole suite: the seed deck and a fresh collection on disk or server."""

from __future__ import annotations

import compileall
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from pgserver import HOW_TO_ENABLE, PostgresServer, find_bin_dir

from flashcards.store.database import Database

ROOT = Path(__file__).resolve().parents[1]
SEED_DIR = ROOT / "decks" / "sales"
TR_SEED = SEED_DIR / "000_fcc629ea91eeff91.txt"
IS_SEED = SEED_DIR / "004_ce7c295c5b1b5ae6.txt"

#: The whole run's cache folder (built analysers, `paths.cache_dir`), never the real user's:
#: set before any test module is imported, so that what is built while collecting, by a
#: session's fixtures or in the processes the tests start is kept there too; removed at the end.
_CACHE = tempfile.mkdtemp(prefix="flashcards-tests-cache-")
os.environ["XDG_CACHE_HOME"] = _CACHE

# The package compiled once, into its __pycache__ folders, for the command-line processes the
# tests start (`python -m flashcards` with the checkout on PYTHONPATH): where the environment
# sets PYTHONDONTWRITEBYTECODE (CI machines often do), each of those hundreds of children
# would otherwise compile every module it imports from source again.
compileall.compile_dir(str(ROOT / "flashcards"), quiet=1)


@pytest.fixture
def seed_dir() -> Path:
    return SEED_DIR


#: Test folders whose `db` tests run on both engines: the store and the services over it.
_BOTH_ENGINES = ("store", "services")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """`db` is SQLite everywhere; in the store and services tests also PostgreSQL."""
    if "db" not in metafunc.fixturenames:
        return
    engines = ["sqlite"]
    folder = Path(str(metafunc.definition.path)).parent.name
    if folder in _BOTH_ENGINES and metafunc.definition.get_closest_marker("sqlite_only") is None:
        engines.append("postgresql")
    metafunc.parametrize("db", engines, indirect=True)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    """A PostgreSQL server of our own for the whole run (skipped where none is installed)."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        if os.environ.get("CI"):
            pytest.fail(f"{HOW_TO_ENABLE}; in CI they must run")
        pytest.skip(HOW_TO_ENABLE)
    server = PostgresServer(bin_dir)
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def durable_pg_server() -> Iterator[PostgresServer]:
    """A PostgreSQL server with its durability defaults (fsync on), for the kill tests."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        if os.environ.get("CI"):
            pytest.fail(f"{HOW_TO_ENABLE}; in CI they must run")
        pytest.skip(HOW_TO_ENABLE)
    server = PostgresServer(bin_dir, durable=True)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server: PostgresServer) -> Iterator[str]:
    """The URL of a new, empty PostgreSQL database, dropped after the test."""
    url = pg_server.create_database()
    yield url
    pg_server.drop_database(url)


@pytest.fixture
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    if getattr(request, "param", "sqlite") == "postgresql":
        database = Database(request.getfixturevalue("pg_url"))
    else:
        database = Database(tmp_path / "collection.sqlite")
    yield database
    database.close()


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test touches the real user's collection or logs (nor its cache: see `_CACHE`)."""
    monkeypatch.setenv("FLASHCARDS_DB", str(tmp_path / "default-collection.sqlite"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg-state"))


_EXIT_STATUS = [0]


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    _EXIT_STATUS[0] = int(exitstatus)
    shutil.rmtree(_CACHE, ignore_errors=True)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """End the process with pytest's own exit status once it has reported everything.

    PySide6 can crash while the interpreter collects Qt objects at shutdown (a refcount
    error inside shiboken, "bool_dealloc"), turning a green run into an abort.  Nothing is
    left to do by then, so the interpreter's own teardown is skipped.
    """
    if "PySide6" in sys.modules:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_EXIT_STATUS[0])
