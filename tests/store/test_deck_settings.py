"""Every deck's preset and limits read in one go agree with reading them one by one."""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from flashcards.scheduler.config import Preset
from flashcards.services import presets as preset_service
from flashcards.services.build import build
from flashcards.services.study import StudySession, load_config, save_config
from flashcards.store import presets
from flashcards.store import schedule as store
from flashcards.store.database import Database
from flashcards.store.prepared import in_transaction

NOW = datetime(2026, 11, 23, 9, tzinfo=UTC)


@pytest.fixture
def three_decks(db: Database, seed_dir: Path) -> Database:
    for deck in ("plain", "shared", "own"):
        build(db, [seed_dir], deck=deck, source="tr", target="is")
    saved, _ = preset_service.save_preset(
        db, Preset(name="Slow", new_per_day=5, reviews_per_day=50, desired_retention=0.85), now=NOW
    )
    assert saved.id is not None
    with db.begin() as session:
        ids = {name: store.deck_ids(session, name)[0] for name in ("plain", "shared", "own")}
        presets.set_deck_preset(session, [ids["shared"], ids["own"]], saved.id)
        presets.set_deck_limits(session, ids["own"], 7, None)
    return db


def test_deck_settings_are_what_each_deck_reads_alone(three_decks: Database) -> None:
    with three_decks.read() as session, in_transaction(session) as executor:
        settings = presets.deck_settings(executor)
        ids = store.deck_ids(session, None)
        assert settings.ids_named(None) == sorted(ids)
        assert [row["name"] for row in settings.decks] == ["own", "plain", "shared"]
        assert settings.config == store.load_config(session)
        assert settings.presets == presets.deck_presets(session, ids)
        assert settings.limits == presets.deck_limits(session, ids)
        for preset_id in {p.id or 0 for p in settings.presets.values()}:
            assert settings.decks_using(preset_id) == sorted(
                presets.decks_using(session, preset_id)
            )
        own = store.deck_ids(session, "own")[0]
    assert (settings.limits[own].new_per_day, settings.limits[own].reviews_per_day) == (7, 50)
    assert settings.ids_named("own") == [own]
    assert settings.ids_named("missing") == []


def test_changed_settings_are_read_anew(three_decks: Database) -> None:
    def retention() -> float:
        with three_decks.read() as session, in_transaction(session) as executor:
            return presets.deck_settings(executor).config.desired_retention

    before = retention()
    save_config(three_decks, load_config(three_decks).with_changes(desired_retention=0.95))
    assert (before, retention()) == (0.9, 0.95)


def test_a_study_session_starts_while_another_client_writes(
    three_decks: Database, tmp_path: Path
) -> None:
    """Its settings and queue are read in a snapshot: no write lock to wait for."""
    if three_decks.is_sqlite:
        assert three_decks.path is not None
        writer = sqlite3.connect(three_decks.path, isolation_level=None, timeout=0)
        try:
            writer.execute("BEGIN IMMEDIATE")  # SQLite's write lock, held
            writer.execute("UPDATE decks SET new_per_day = 3")  # not committed: not seen
            _study_unblocked(three_decks)
        finally:
            writer.execute("ROLLBACK")
            writer.close()
        return
    # PostgreSQL: another client holds the row locks of every deck, uncommitted.
    other = create_engine(three_decks.url)
    try:
        with other.connect() as holder:
            holder.execute(text("SET lock_timeout = 0"))
            holder.execute(text("UPDATE decks SET new_per_day = 3"))
            _study_unblocked(three_decks)
            holder.rollback()
    finally:
        other.dispose()


def _study_unblocked(db: Database) -> None:
    """A session opens, reads the committed limits and shows a card, without waiting."""
    seen: list[tuple[int, bool]] = []

    def study() -> None:
        session = StudySession(db, "plain")
        session.refresh(NOW)
        seen.append(
            (session.limits[session.deck_ids[0]].new_per_day, session.next_card(NOW) is not None)
        )
        session.close()

    thread = threading.Thread(target=study, daemon=True)
    thread.start()
    thread.join(timeout=10)  # the app would wait up to 10 s for a lock, then fail
    assert not thread.is_alive(), "the study session waited for the other client's lock"
    assert seen == [(20, True)]
