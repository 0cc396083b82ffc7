"""Upgrading a database made with the first schema keeps every row, after a backup."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from flashcards.services.build import build
from flashcards.store import cards as store
from flashcards.store.database import Database, head_revision


def _rows(path: Path, table: str, columns: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(f"SELECT {columns} FROM {table} ORDER BY id").fetchall()
    finally:
        connection.close()


def test_first_revision_upgrades_to_head_keeping_every_row(tmp_path: Path, seed_dir: Path) -> None:
    path = tmp_path / "old.sqlite"
    old = Database(path, revision="0001")
    assert old.current_revision() == "0001"
    # Fill it the way version 0001 of the app did: plain inserts of its own columns.
    connection = sqlite3.connect(path)
    connection.execute(
        "INSERT INTO decks (id, name, source_lang, target_lang, both_directions, build_report,"
        " created_at, updated_at) VALUES (1, 'sales', 'tr', 'is', 1, '{}',"
        " '2026-01-01 10:00:00', '2026-01-01 10:00:00')"
    )
    for n in range(1, 301):
        connection.execute(
            "INSERT INTO cards (id, uid, deck_id, note_key, kind, source_lang, target_lang, front,"
            " back, extra, group_key, source_files, content_hash, retired, created_at, updated_at)"
            f" VALUES ({n}, 'u{n}', 1, 'n{n // 2}', 'term', 'tr', 'is', 'Yumuşak {n}', 'Mjúk {n}',"
            " 'þ ð æ ö İ ı ş ğ', 'g', '[]', 'h', 0, '2026-01-01 10:00:00', '2026-01-01 10:00:00')"
        )
    connection.execute(
        "INSERT INTO articles (id, path, content_hash, lang, title, group_key, parsed, updated_at)"
        " VALUES (1, '/a.md', 'h', 'tr', 'Yumuşak Satış', 'g', '{}', '2026-01-01 10:00:00')"
    )
    connection.commit()
    connection.close()
    old.close()
    cards_before = _rows(path, "cards", "id, uid, front, back, extra, retired")
    decks_before = _rows(path, "decks", "id, name, source_lang, target_lang")

    upgraded = Database(path)
    assert upgraded.current_revision() == head_revision()
    assert _rows(path, "cards", "id, uid, front, back, extra, retired") == cards_before
    assert _rows(path, "decks", "id, name, source_lang, target_lang") == decks_before
    assert _rows(path, "articles", "id, path, title") == [(1, "/a.md", "Yumuşak Satış")]
    # New columns have their defaults: every card is new, limits are Anki's.
    assert set(_rows(path, "cards", "state, reps, suspended, flag")) == {(0, 0, 0, 0)}
    assert _rows(path, "decks", "new_per_day, reviews_per_day") == [(20, 200)]
    (backup,) = tmp_path.glob("old.before-*.sqlite")
    assert len(_rows(backup, "cards", "id")) == 300
    # And the upgraded collection works: a build updates it.
    with upgraded.begin() as session:
        assert store.list_decks(session)[0].active_cards == 300
    report = build(upgraded, [seed_dir], source="tr", target="is")
    assert report.new == 48
    upgraded.close()
