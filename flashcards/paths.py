"""Where things live: the user's database, logs, and the decks shipped with the app."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

from platformdirs import PlatformDirs

APP_NAME = "flashcards"
DB_ENV = "FLASHCARDS_DB"

_dirs = PlatformDirs(APP_NAME, appauthor=False)


def default_database() -> str:
    """The collection used when neither --db nor FLASHCARDS_DB says otherwise."""
    return os.environ.get(DB_ENV) or str(Path(_dirs.user_data_dir) / "collection.sqlite")


def log_dir() -> Path:
    return Path(_dirs.user_log_dir)


def cache_dir() -> Path:
    """What the app keeps only to go faster (built analysers): removing it loses nothing."""
    return Path(_dirs.user_cache_dir)


def backup_dir(database: Path) -> Path:
    """Backups sit beside the collection they copy, in a folder named after it."""
    return database.parent / f"{database.stem}.backups"


def server_backup_dir(name: str) -> Path:
    """Where SQLite copies of a collection on a database server go (`name`: host and db)."""
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in name).strip("._") or "server"
    return Path(_dirs.user_data_dir) / "server-backups" / safe


def _shipped(name: str) -> Path:
    installed = Path(str(resources.files("flashcards"))) / "_shipped" / name
    if installed.is_dir():
        return installed
    # Running from a checkout (or an editable install): the folder at the project's top.
    return Path(__file__).resolve().parent.parent / name


def shipped_decks() -> Path:
    """The folder of article folders shipped with the app, one deck each."""
    return _shipped("decks")


def resources_dir() -> Path:
    return _shipped("resources")
