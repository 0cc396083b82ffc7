"""The card writes of a build, converted for the driver before its write transaction."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Dialect

from flashcards.store import builds
from flashcards.store import cards as store
from flashcards.store.builds import CardWrites, SpooledWrites
from flashcards.store.database import Database
from flashcards.store.models import Card, Deck

NOW = datetime(2026, 3, 1, 9, 30, 15, 250, tzinfo=UTC)


def _card(n: int, **more: object) -> dict[str, object]:
    return {
        "uid": f"bench/g{n}/1/tr>is",
        "created_at": NOW,
        "note_key": f"bench/g{n}",
        "kind": "cloze",
        "source_lang": "tr",
        "target_lang": "is",
        "front": f"front {n}",
        "back": f"back {n}",
        "extra": "",
        "group_key": f"g{n}",
        "source_files": '["a.txt"]',
        "alternatives": "[]",
        "answer_lemma": "",
        "content_hash": f"h{n}",
        "retired": False,
        "updated_at": NOW,
        **more,
    }


@pytest.mark.parametrize("dialect", [sqlite.dialect(), postgresql.psycopg.dialect()])
def test_inserts_are_converted_as_each_row_alone_would_be(dialect: Dialect) -> None:
    later = NOW.astimezone(timezone(timedelta(hours=3))) + timedelta(days=2)
    inserts = [
        _card(1),
        _card(2, edited=True),  # other columns: a run of their own, in place
        _card(3, due=later, stability=2, suspended=True),
        _card(4, due=later, stability=None, suspended=False),
        _card(5),
    ]
    with SpooledWrites(dialect, stage=False) as spooled:
        spooled.add(CardWrites(inserts=inserts))
        batches = list(spooled.batches())
        statement = batches[0][0]
        defaults = {c: v for c, v in spooled._defaults.items()}  # type: ignore[union-attr]
        one_by_one = [
            statement.parameters({"i_" + k: v for k, v in {**defaults, **row}.items()})
            for row in inserts
        ]
    assert all(inserts_ for _, _, inserts_ in batches)
    got = [list(row) if isinstance(row, tuple) else row for _, rows, _ in batches for row in rows]
    assert got == one_by_one
    assert len(batches) == 4  # 1 | 2 | 3, 4 | 5


def _stored(database: Database, deck: str) -> list[tuple[object, ...]]:
    with database.read() as session:
        query = select(Card).join(Deck, Deck.id == Card.deck_id).where(Deck.name == deck)
        return [
            tuple(
                getattr(c, k).removeprefix(deck + "/") if k == "uid" else getattr(c, k)
                for k in Card.__table__.c.keys()  # noqa: SIM118 (names, not columns)
                if k not in ("id", "deck_id")
            )
            for c in session.scalars(query.order_by(Card.id))
        ]


def test_staged_inserts_store_the_rows_the_driver_would(tmp_path: Path) -> None:
    """On SQLite the inserts wait in a file of their own, copied by one INSERT ... SELECT in
    the write transaction: the same rows, in the same order, as bound one by one."""
    later = NOW + timedelta(days=2)
    batches = [
        [_card(1), _card(2, edited=True), _card(3, due=later, stability=2.5, suspended=True)],
        [_card(4, extra="ünïcode", alternatives='["x"]'), _card(5)],
    ]
    database = Database(tmp_path / "c.sqlite")
    for deck, stage in (("staged", True), ("bound", False)):
        with SpooledWrites(database.engine.dialect, stage=stage) as spooled:
            for batch in batches:
                spooled.add(CardWrites(inserts=[{**r, "uid": f"{deck}/{r['uid']}"} for r in batch]))
            with database.begin() as session:
                row = store.upsert_deck(session, deck, "tr", "is", False)
                builds.write_cards(session, row.id, spooled, NOW)
            staged = spooled._stage is not None
        assert staged == stage
    staged_rows, bound_rows = _stored(database, "staged"), _stored(database, "bound")
    assert len(staged_rows) == 5
    assert staged_rows == bound_rows
    # The stage is detached when the transaction's connection is given back: another
    # build's write attaches its own, and the collection works as before.
    with SpooledWrites(database.engine.dialect) as spooled:
        spooled.add(CardWrites(inserts=[{**_card(6), "uid": "again/6"}]))
        with database.begin() as session:
            row = store.upsert_deck(session, "again", "tr", "is", False)
            builds.write_cards(session, row.id, spooled, NOW)
        with database.engine.connect() as connection:
            raw = connection.connection.driver_connection
            assert raw is not None
            names = [r[1] for r in raw.execute("PRAGMA database_list").fetchall()]
    assert "main" in names
    assert not [n for n in names if n not in ("main", "temp")]
    database.close()
