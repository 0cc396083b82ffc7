"""The card writes of a build, converted for the driver before its write transaction."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Dialect

from flashcards.store.builds import CardWrites, SpooledWrites

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
    with SpooledWrites(dialect) as spooled:
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
