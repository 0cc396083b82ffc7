"""Upgrading a database made with the first schema keeps every row, after a backup."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest
from seed_counts import ONE_WAY_CARDS
from sqlalchemy import delete, inspect, text

from flashcards.builder.reader import read_article
from flashcards.services.build import build
from flashcards.store import builds, parses
from flashcards.store import cards as store
from flashcards.store.database import Database, head_revision
from flashcards.store.models import CardGroupsKept


def _rows(location: str | Path, table: str, columns: str) -> list[tuple[object, ...]]:
    db = Database(location, upgrade=False)
    try:
        with db.engine.connect() as connection:
            query = text(f"SELECT {columns} FROM {table} ORDER BY id")
            return [tuple(row) for row in connection.execute(query)]
    finally:
        db.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_location(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a new collection goes: a file, or an empty database on a PostgreSQL server."""
    if request.param == "postgresql":
        return str(request.getfixturevalue("pg_url"))
    return str(tmp_path / "old.sqlite")


def test_first_revision_upgrades_to_head_keeping_every_row(
    empty_location: str, tmp_path: Path, seed_dir: Path
) -> None:
    old = Database(empty_location, revision="0001")
    assert old.current_revision() == "0001"
    # Fill it the way version 0001 of the app did: plain inserts of its own columns (ids
    # from the engine: 1, 2, … in a new database).
    stamp = "'2026-01-01 10:00:00'"
    with old.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO decks (name, source_lang, target_lang, both_directions,"
                f" build_report, created_at, updated_at) VALUES ('sales', 'tr', 'is', TRUE,"
                f" '{{}}', {stamp}, {stamp})"
            )
        )
        for n in range(1, 301):
            connection.execute(
                text(
                    "INSERT INTO cards (uid, deck_id, note_key, kind, source_lang,"
                    " target_lang, front, back, extra, group_key, source_files, content_hash,"
                    f" retired, created_at, updated_at) VALUES ('u{n}', 1, 'n{n // 2}',"
                    f" 'term', 'tr', 'is', 'Yumuşak {n}', 'Mjúk {n}', 'þ ð æ ö İ ı ş ğ', 'g',"
                    f" '[]', 'h', FALSE, {stamp}, {stamp})"
                )
            )
        connection.execute(
            text(
                "INSERT INTO articles (path, content_hash, lang, title, group_key, parsed,"
                f" updated_at) VALUES ('/a.md', 'h', 'tr', 'Yumuşak Satış', 'g', '{{}}',"
                f" {stamp})"
            )
        )
    old.close()
    where = empty_location
    cards_before = _rows(where, "cards", "id, uid, front, back, extra, retired")
    decks_before = _rows(where, "decks", "id, name, source_lang, target_lang")

    upgraded = Database(where)
    assert upgraded.current_revision() == head_revision()
    assert _rows(where, "cards", "id, uid, front, back, extra, retired") == cards_before
    assert _rows(where, "decks", "id, name, source_lang, target_lang") == decks_before
    assert _rows(where, "articles", "id, path, title") == [(1, "/a.md", "Yumuşak Satış")]
    # New columns have their defaults: every card is new, limits are Anki's.
    assert set(_rows(where, "cards", "state, reps, suspended, flag, tags")) == {
        (0, 0, False, 0, "")
    }
    # Limits come from the Default preset (Anki's 20 and 200); the deck sets none of its own.
    assert _rows(where, "decks", "new_per_day, reviews_per_day, preset_id") == [(None, None, None)]
    if upgraded.is_sqlite:  # a file is copied before it is upgraded (a server has its own)
        (backup,) = tmp_path.glob("old.before-*.sqlite")
        assert len(_rows(backup, "cards", "id")) == 300
    # And the upgraded collection works: a build updates it.
    with upgraded.begin() as session:
        assert store.list_decks(session)[0].active_cards == 300
    report = build(upgraded, [seed_dir], source="tr", target="is")
    assert report.new == ONE_WAY_CARDS
    upgraded.close()


def test_presets_migration_keeps_a_decks_own_limits(empty_location: str) -> None:
    old = Database(empty_location, revision="0008")
    stamp = "'2026-01-01 10:00:00'"
    with old.engine.begin() as connection:
        for name, new, reviews in (("plain", 20, 200), ("busy", 50, 300), ("mixed", 5, 200)):
            connection.execute(
                text(
                    "INSERT INTO decks (name, source_lang, target_lang, both_directions,"
                    " build_report, kinds, new_per_day, reviews_per_day, created_at, updated_at)"
                    f" VALUES ('{name}', 'tr', 'is', TRUE, '{{}}', '', {new}, {reviews},"
                    f" {stamp}, {stamp})"
                )
            )
    old.close()
    upgraded = Database(empty_location)
    try:
        from datetime import UTC, datetime

        from flashcards.services.study import due_counts

        limits = {
            d.name: (d.new_per_day, d.reviews_per_day, d.own_limits)
            for d in due_counts(upgraded, datetime(2026, 1, 2, 12, tzinfo=UTC), UTC)
        }
    finally:
        upgraded.close()
    assert limits == {
        "plain": (20, 200, False),
        "busy": (50, 300, True),
        "mixed": (5, 200, True),
    }
    assert _rows(empty_location, "decks", "new_per_day, reviews_per_day") == [
        (None, None),
        (50, 300),
        (5, None),
    ]


def test_card_reports_migration_keeps_every_card_and_takes_reports(empty_location: str) -> None:
    old = Database(empty_location, revision="0011")
    stamp = "'2026-01-01 10:00:00'"
    with old.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO decks (name, source_lang, target_lang, both_directions,"
                f" build_report, kinds, created_at, updated_at) VALUES ('sales', 'tr', 'is',"
                f" TRUE, '{{}}', '', {stamp}, {stamp})"
            )
        )
        for n in range(1, 41):
            connection.execute(
                text(
                    "INSERT INTO cards (uid, deck_id, note_key, kind, source_lang, target_lang,"
                    " front, back, extra, group_key, source_files, content_hash, retired,"
                    f" deleted, created_at, updated_at) VALUES ('sales/g/term/{n}/tr>is', 1,"
                    f" 'n{n}', 'term', 'tr', 'is', 'Yumuşak {n}', 'Mjúk {n}', '', 'g',"
                    f" '[\"/a.md\"]', 'h', {n == 40}, {n == 40}, {stamp}, {stamp})"
                )
            )
    old.close()
    columns = "id, uid, front, back, retired, deleted, state"
    before = _rows(empty_location, "cards", columns)
    upgraded = Database(empty_location)
    try:
        assert upgraded.current_revision() == head_revision()
        assert _rows(empty_location, "cards", columns) == before
        assert _rows(empty_location, "card_reports", "id") == []
        from datetime import UTC, datetime

        from flashcards.services.bad_cards import mark_bad
        from flashcards.types import BadReason

        mark_bad(upgraded, 3, BadReason.DUPLICATE, datetime(2026, 1, 2, tzinfo=UTC))
    finally:
        upgraded.close()
    assert _rows(empty_location, "card_reports", "id, card_uid, reason") == [
        (1, "sales/g/term/3/tr>is", "duplicate")
    ]


def test_selection_cards_migration_keeps_every_card(empty_location: str) -> None:
    old = Database(empty_location, revision="0012")
    stamp = "'2026-01-01 10:00:00'"
    with old.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO decks (name, source_lang, target_lang, both_directions,"
                f" build_report, kinds, created_at, updated_at) VALUES ('sales', 'tr', 'is',"
                f" TRUE, '{{}}', '', {stamp}, {stamp})"
            )
        )
        for n in range(1, 11):
            connection.execute(
                text(
                    "INSERT INTO cards (uid, deck_id, note_key, kind, source_lang, target_lang,"
                    " front, back, extra, group_key, source_files, content_hash, retired,"
                    f" created_at, updated_at) VALUES ('sales/g/term/{n}/tr>is', 1,"
                    f" 'n{n}', 'term', 'tr', 'is', 'Yumuşak {n}', 'Mjúk {n}', '', 'g',"
                    f" '[\"/a.md\"]', 'h', FALSE, {stamp}, {stamp})"
                )
            )
    old.close()
    columns = "id, uid, front, back, retired, state"
    before = _rows(empty_location, "cards", columns)
    upgraded = Database(empty_location)
    try:
        assert upgraded.current_revision() == head_revision()
        assert _rows(empty_location, "cards", columns) == before
        assert _rows(empty_location, "selection_cards", "id") == []
    finally:
        upgraded.close()


def test_the_covering_queue_index_migration_keeps_every_card(empty_location: str) -> None:
    old = Database(empty_location, revision="0013")
    stamp = "'2026-01-01 10:00:00'"
    with old.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO decks (name, source_lang, target_lang, both_directions,"
                f" build_report, kinds, created_at, updated_at) VALUES ('sales', 'tr', 'is',"
                f" TRUE, '{{}}', '', {stamp}, {stamp})"
            )
        )
        for n in range(1, 11):
            connection.execute(
                text(
                    "INSERT INTO cards (uid, deck_id, note_key, kind, source_lang, target_lang,"
                    " front, back, extra, group_key, source_files, content_hash, retired,"
                    f" created_at, updated_at) VALUES ('sales/g/term/{n}/tr>is', 1,"
                    f" 'n{n}', 'term', 'tr', 'is', 'Yumuşak {n}', 'Mjúk {n}', '', 'g',"
                    f" '[\"/a.md\"]', 'h', {n > 7}, {stamp}, {stamp})"
                )
            )
    old.close()
    columns = "id, uid, front, back, retired, state"
    before = _rows(empty_location, "cards", columns)
    upgraded = Database(empty_location)
    try:
        assert upgraded.current_revision() == head_revision()
        assert _rows(empty_location, "cards", columns) == before
        indexes = {
            i["name"]: i["column_names"] for i in inspect(upgraded.engine).get_indexes("cards")
        }
        assert indexes["ix_cards_deck_state_due"][:4] == ["deck_id", "state", "due", "retired"]
        with upgraded.read() as session:
            (deck,) = store.list_decks(session)
        assert (deck.active_cards, deck.retired_cards) == (7, 3)
    finally:
        upgraded.close()


def test_the_card_group_index_migration_keeps_every_card(empty_location: str) -> None:
    """0015 indexes the cards by deck and group (with their files on SQLite): every row is
    kept, and a build reads each group's files and active cards as before."""
    old = Database(empty_location, revision="0014")
    stamp = "'2026-01-01 10:00:00'"
    with old.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO decks (name, source_lang, target_lang, both_directions,"
                f" build_report, kinds, created_at, updated_at) VALUES ('sales', 'tr', 'is',"
                f" TRUE, '{{}}', '', {stamp}, {stamp})"
            )
        )
        for n in range(1, 13):
            group, files = ("g", '["/a.md"]') if n <= 6 else ("h", f'["/b.md", "/c{n % 2}.md"]')
            if n == 12:
                group, files = "anki:1", "[]"
            connection.execute(
                text(
                    "INSERT INTO cards (uid, deck_id, note_key, kind, source_lang, target_lang,"
                    " front, back, extra, group_key, source_files, content_hash, retired,"
                    f" created_at, updated_at) VALUES ('sales/{group}/term/{n}/tr>is', 1,"
                    f" 'n{n}', 'term', '{'tr' if n % 3 else 'is'}', '{'is' if n % 3 else 'tr'}',"
                    f" 'Yumuşak {n}', 'Mjúk {n}', '', '{group}', '{files}', 'h', {n in (5, 6)},"
                    f" {stamp}, {stamp})"
                )
            )
    old.close()
    columns = "id, uid, group_key, source_files, retired, state"
    before = _rows(empty_location, "cards", columns)
    upgraded = Database(empty_location)
    try:
        assert upgraded.current_revision() == head_revision()
        assert _rows(empty_location, "cards", columns) == before
        indexes = {
            i["name"]: i["column_names"] for i in inspect(upgraded.engine).get_indexes("cards")
        }
        assert indexes["ix_cards_deck_group"][:2] == ["deck_id", "group_key"]
        with upgraded.read() as session:
            built = store.built_groups(session, 1)
        assert built.members == {
            "g": frozenset({"/a.md"}),
            "h": frozenset({"/b.md", "/c0.md", "/c1.md"}),
        }
        assert built.active == {
            ("g", "tr", "is"): 3,
            ("g", "is", "tr"): 1,
            ("h", "tr", "is"): 4,
            ("h", "is", "tr"): 1,
            ("anki:1", "is", "tr"): 1,
        }
    finally:
        upgraded.close()


def test_the_parse_records_migration_keeps_every_parse_readable(
    empty_location: str, seed_dir: Path
) -> None:
    """0016 keeps parses as bytes: every row is kept, each JSON parse (one document, or its
    analyses on lines of their own, or none yet) is the same text's bytes, and reads as the
    article it was (and a build keeps it again as a record: see tests/services)."""
    path = sorted(seed_dir.glob("*.txt"))[0]
    article = read_article(str(path), path.read_bytes())
    data = article.to_dict()
    analyses = data.pop("analyses")
    one = orjson.dumps(article.to_dict()).decode()
    lines = f"{orjson.dumps(data).decode()}\n{len(analyses)}\n{orjson.dumps(analyses).decode()}"
    old = Database(empty_location, revision="0015")
    stamp = "'2026-01-01 10:00:00'"
    with old.engine.begin() as connection:
        for n, parsed in enumerate((one, lines, "")):
            connection.execute(
                text(
                    "INSERT INTO articles (path, content_hash, lang, title, group_key, parsed,"
                    f" updated_at) VALUES ('/a{n}.md', 'h{n}', 'is', 'Sala', 'g{n}', :parsed,"
                    f" {stamp})"
                ),
                {"parsed": parsed},
            )
    old.close()
    before = _rows(empty_location, "articles", "id, path, content_hash, group_key")
    upgraded = Database(empty_location)
    try:
        assert upgraded.current_revision() == head_revision()
        assert _rows(empty_location, "articles", "id, path, content_hash, group_key") == before
        kept = [bytes(row[0]) for row in _rows(empty_location, "articles", "parsed")]
        assert kept == [one.encode(), lines.encode(), b""]
        for parsed in kept[:2]:
            found = parses.article(parsed)
            assert found is not None and not parses.is_current(parsed)
            assert found.to_dict() == article.to_dict()
        older: set[str] = set()
        with upgraded.read() as session:
            cached = builds.cached_articles(session, ["h0", "h1", "h2"], older)
        assert set(cached) == older == {"h0", "h1"}  # none yet: the file is parsed again
    finally:
        upgraded.close()


def test_the_cards_groups_migration_keeps_every_card_and_counts_them(
    empty_location: str,
) -> None:
    """0017 counts each deck's active cards by group, files and languages (what a rebuild
    asks of them): every row is kept, the counts are the cards', and any change of a card's
    group, files, languages or retirement but a build's takes its deck's counts out of use
    (triggers), as does a card added (the highest card id is kept with the counts), while
    its other columns (studying) leave them be."""
    old = Database(empty_location, revision="0016")
    stamp = "'2026-01-01 10:00:00'"

    def card(n: int, deck: int, group: str, files: str, retired: bool) -> str:
        return (
            "INSERT INTO cards (uid, deck_id, note_key, kind, source_lang, target_lang,"
            " front, back, extra, group_key, source_files, content_hash, retired,"
            f" created_at, updated_at) VALUES ('d{deck}/{group}/term/{n}/tr>is', {deck},"
            f" 'n{n}', 'term', '{'tr' if n % 3 else 'is'}', '{'is' if n % 3 else 'tr'}',"
            f" 'Yumuşak {n}', 'Mjúk {n}', '', '{group}', '{files}', 'h', {retired},"
            f" {stamp}, {stamp})"
        )

    with old.engine.begin() as connection:
        for name in ("sales", "other"):
            connection.execute(
                text(
                    "INSERT INTO decks (name, source_lang, target_lang, both_directions,"
                    f" build_report, kinds, created_at, updated_at) VALUES ('{name}', 'tr',"
                    f" 'is', TRUE, '{{}}', '', {stamp}, {stamp})"
                )
            )
        for n in range(1, 13):
            group, files = ("g", '["/a.md"]') if n <= 6 else ("h", f'["/b.md", "/c{n % 2}.md"]')
            if n == 12:
                group, files = "anki:1", "[]"
            connection.execute(text(card(n, 1, group, files, n in (5, 6))))
        connection.execute(text(card(13, 2, "g", '["/z.md"]', False)))
    old.close()
    columns = "id, uid, deck_id, group_key, source_files, retired, state"
    before = _rows(empty_location, "cards", columns)
    upgraded = Database(empty_location)

    def kept() -> set[int]:
        with upgraded.read() as session:
            counted = {
                deck: store.built_groups(session, deck) for deck in (1, 2)
            }  # from the counts where kept
            found = {deck for deck in (1, 2) if store.groups_kept(session, deck)}
        with upgraded.begin() as session:
            session.execute(delete(CardGroupsKept))  # counted from the cards
            assert {deck: store.built_groups(session, deck) for deck in (1, 2)} == counted
            session.rollback()
        return found

    try:
        assert upgraded.current_revision() == head_revision()
        assert _rows(empty_location, "cards", columns) == before
        assert kept() == {1, 2}
        with upgraded.read() as session:
            built = store.built_groups(session, 1)
        assert built.members == {
            "g": frozenset({"/a.md"}),
            "h": frozenset({"/b.md", "/c0.md", "/c1.md"}),
        }
        assert built.active == {
            ("g", "tr", "is"): 3,
            ("g", "is", "tr"): 1,
            ("h", "tr", "is"): 4,
            ("h", "is", "tr"): 1,
            ("anki:1", "is", "tr"): 1,
        }
        changes = [
            "UPDATE cards SET state = 2, reps = 1 WHERE id = 1",  # studied: still kept
            "UPDATE cards SET retired = TRUE WHERE id = 2",
            "UPDATE cards SET retired = retired WHERE id = 3",  # the same: still kept
            "UPDATE cards SET source_files = '[\"/d.md\"]' WHERE id = 3",
            "UPDATE cards SET group_key = 'k' WHERE id = 4",
            "UPDATE cards SET deck_id = 2 WHERE id = 7",
            card(14, 1, "g", '["/a.md"]', False),
            "DELETE FROM cards WHERE id = 14",
        ]
        for n, change in enumerate(changes):
            with upgraded.begin() as session:
                session.execute(text(change))
            # A card added, or the last one deleted, changes the highest card id: no deck's
            # counts are taken for current then.
            stays, both = n in (0, 2), n in (5, 6, 7)
            assert kept() == ({1, 2} if stays else set() if both else {2}), change
            with upgraded.begin() as session:
                for deck in (1, 2):
                    store.keep_groups(session, deck, None if n % 2 else ["g", "h", "k"])
            assert kept() == {1, 2}
    finally:
        upgraded.close()
