"""Open the user's collection, filling a new one from the shipped decks."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from flashcards import paths
from flashcards.errors import FlashcardsError
from flashcards.store import cards as store
from flashcards.store.cards import DeckInfo
from flashcards.store.database import Database, ReadOnlyCollection

if TYPE_CHECKING:
    from flashcards.services.build import BuildReport

#: The shipped decks are built Turkish → Icelandic and back.
SHIPPED_SOURCE, SHIPPED_TARGET = "tr", "is"


def open_collection(
    location: str | None = None, *, seed: bool = True, read_only_ok: bool = False
) -> tuple[Database, list[BuildReport]]:
    """The database at `location` (or the default), upgraded; seeded when it has no deck.

    With `read_only_ok` (commands that only read), a collection whose file or folder
    cannot be written is opened read-only instead of refused.
    """
    where = location or paths.default_database()
    try:
        db = Database(where)
    except ReadOnlyCollection:
        if not read_only_ok:
            raise
        return Database(where, readonly=True), []
    reports: list[BuildReport] = []
    if seed:
        with db.read() as session:
            empty = not store.has_decks(session)
        if empty:
            reports = seed_shipped_decks(db)
    return db, reports


def seed_shipped_decks(db: Database, root: Path | None = None) -> list[BuildReport]:
    """Build every folder of the shipped decks into its own deck."""
    from flashcards.builder.shipped import load_parses
    from flashcards.services.build import build  # the builder is only needed the first time

    root = root or paths.shipped_decks()
    folders = sorted(p for p in root.iterdir() if p.is_dir()) if root.is_dir() else []
    return [
        build(
            db,
            [folder],
            deck=folder.name,
            source=SHIPPED_SOURCE,
            target=SHIPPED_TARGET,
            both_directions=True,
            parsed=load_parses(folder),
        )
        for folder in folders
    ]


def deck_sizes(db: Database) -> dict[int, int]:
    """The active cards of each deck, by deck id (the deck list's totals)."""
    with db.begin() as session:
        return {deck.id: deck.active_cards for deck in store.list_decks(session)}


def decks(db: Database) -> list[DeckInfo]:
    """Every deck with its card counts, by name."""
    with db.begin() as session:
        return store.list_decks(session)


def require_deck(db: Database, name: str) -> DeckInfo:
    """The deck called `name`; FlashcardsError when there is none."""
    found = next((deck for deck in decks(db) if deck.name == name), None)
    if found is None:
        raise FlashcardsError(f"no deck named {name!r}")
    return found


def change_deck_limits(
    db: Database, name: str, new_per_day: int | None = None, reviews_per_day: int | None = None
) -> None:
    """Change a deck's daily limits by its name, through the service that checks them."""
    from flashcards.services.study import due_counts, set_deck_limits

    deck = require_deck(db, name)
    current = next(d for d in due_counts(db, datetime.now(UTC)) if d.id == deck.id)
    set_deck_limits(
        db,
        deck.id,
        current.new_per_day if new_per_day is None else new_per_day,
        current.reviews_per_day if reviews_per_day is None else reviews_per_day,
    )
