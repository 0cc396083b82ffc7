"""The card writes of a build, converted for the driver before its write transaction."""

from __future__ import annotations

import contextlib
import dataclasses
import os
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Dialect

from flashcards.builder.reader import read_article
from flashcards.store import builds, parses
from flashcards.store import cards as store
from flashcards.store.builds import CardWrites, SpooledWrites
from flashcards.store.database import Database
from flashcards.store.models import ArticleRow, Card, Deck
from flashcards.types import CardKind, CardSpec

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
            if staged:  # the stage's pages are SQLite's largest (staging's CPU: see there)
                assert spooled._stage is not None
                with contextlib.closing(sqlite3.connect(spooled._stage.path)) as file:
                    assert file.execute("PRAGMA page_size").fetchone() == (65536,)
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


def _spec(n: int, **more: object) -> CardSpec:
    values: dict[str, object] = {
        "uid": f"g{n}/1/tr>is",
        "note_key": f"g{n}/1",
        "kind": CardKind.CLOZE,
        "source_lang": "tr",
        "target_lang": "is",
        "front": f"front {n} 'quoted'",
        "back": f"back {n}",
        "extra": "",
        "group_key": f"g{n}",
        "source_files": ("a.txt", "b.txt"),
        **more,
    }
    return CardSpec(**values)  # type: ignore[arg-type]


def test_new_cards_are_stored_as_their_rows_say(db: Database) -> None:
    """A build's new cards go from their specs to the stage (SQLite only) or the driver
    without rows by name in between: stored as `CardWrites.made_rows` says, in the order
    they were made."""
    for deck_name, stage in [("driver", False), *([("stage", True)] if db.is_sqlite else [])]:
        first = 10 * len(deck_name)  # each deck's own uids
        specs = [
            _spec(first + 1),
            _spec(first + 2, alternatives=("x", "y"), answer_lemma="lemma"),
            _spec(first + 3, extra="ünïcode\nline"),
        ]
        plan = builds.CardPlan({}, [("tr", "is")])
        writes = plan.add(specs)
        assert writes.made == specs and not writes.inserts
        assert writes.made_at is not None
        rows = writes.made_rows()
        with SpooledWrites(db.engine.dialect, stage=stage) as spooled:
            spooled.add(writes)
            spooled.add(plan.finish())
            with db.begin() as session:
                deck = store.upsert_deck(session, deck_name, "tr", "is", False)
                builds.write_cards(session, deck.id, spooled, NOW)
        with db.read() as session:
            query = select(Card).where(Card.deck_id == deck.id).order_by(Card.id)
            stored = list(session.scalars(query))
            assert [c.uid for c in stored] == [s.uid for s in specs]
            for card, row in zip(stored, rows, strict=True):
                assert {k: getattr(card, k) for k in row} == row
                assert (card.state, card.reps, card.due, card.edited) == (0, 0, None, False)
                assert (card.tags, card.anki_state, card.deck_id) == ("", "", deck.id)


def test_new_articles_converted_before_the_write_are_stored_as_their_rows_say(
    db: Database,
) -> None:
    """The cache rows of new articles, converted for the driver before the write
    transaction, are stored as they would be inserted as they are."""
    at = datetime(2026, 3, 1, 9, 30, 15, 123456, tzinfo=UTC)

    def rows(prefix: str) -> list[dict[str, object]]:
        return [
            {
                "path": f"{prefix}/{n}.txt",
                "content_hash": f"{n:064x}",
                "lang": "is",
                "title": f"Söluauglýsing {n} 'quoted'",
                "group_key": f"file:{n}",
                "parsed": builds.NO_PARSE,
                "updated_at": at,
            }
            for n in range(3)
        ]

    prepared, plain = (
        builds.ArticleWrites(inserts=rows("p")),
        builds.ArticleWrites(inserts=rows("q")),
    )
    builds.prepare_articles(prepared, db.engine.dialect)
    assert prepared.prepared is not None
    for writes in (prepared, plain):
        with db.begin() as session:
            builds.write_articles(session, writes)
    with db.read() as session:
        stored = {
            a.path: (a.content_hash, a.lang, a.title, a.group_key, a.parsed, a.updated_at)
            for a in session.scalars(select(ArticleRow).order_by(ArticleRow.id))
        }
    for n in range(3):
        assert stored[f"p/{n}.txt"] == stored[f"q/{n}.txt"]
        assert stored[f"p/{n}.txt"][2] == f"Söluauglýsing {n} 'quoted'"
        assert stored[f"p/{n}.txt"][5] == at


def test_stored_rows_are_read_by_chunks_of_paths_groups_and_uids(db: Database) -> None:
    """The article rows of 1,203 paths asked for (more than two IN lists, the last one short)
    are those of the paths stored, and the cards of the groups and uids asked for are those
    of the deck, each once, whatever a chunk is padded with."""
    at = datetime(2026, 3, 1, 9, 30, 15, tzinfo=UTC)
    articles = builds.ArticleWrites(
        inserts=[
            {
                "path": f"p/{n:04d}.txt",
                "content_hash": f"{n:064x}",
                "lang": "is",
                "title": f"t{n}",
                "group_key": f"file:{n // 2}",
                "parsed": builds.NO_PARSE,
                "updated_at": at,
            }
            for n in range(0, 1203, 3)  # one path in three stored
        ]
    )
    specs = [_spec(n, group_key=f"g{n % 7}") for n in range(1, 43)]
    with db.begin() as session:
        builds.write_articles(session, articles)
        deck = store.upsert_deck(session, "chunks", "tr", "is", False)
        other = store.upsert_deck(session, "other", "tr", "is", False)
        plan = builds.CardPlan({}, [("tr", "is")])
        with SpooledWrites(db.engine.dialect) as spooled:
            spooled.add(plan.add(specs[:40]))
            spooled.add(plan.finish())
            builds.write_cards(session, deck.id, spooled, NOW)
        with SpooledWrites(db.engine.dialect) as spooled:
            spooled.add(builds.CardPlan({}, [("tr", "is")]).add(specs[40:]))
            builds.write_cards(session, other.id, spooled, NOW)
    asked = [f"p/{n:04d}.txt" for n in range(1203)]
    with db.read() as session:
        found = builds.stored_articles(session, reversed(asked))
        assert sorted(found) == [f"p/{n:04d}.txt" for n in range(0, 1203, 3)]
        assert found["p/0600.txt"].group_key == "file:300"
        assert found["p/1200.txt"].content_hash == f"{1200:064x}"
        groups = {f"g{n}" for n in range(2, 600)}  # g2..g6 have cards, g599 is the last
        uids = [s.uid for s in specs if s.group_key == "g0"] + [specs[40].uid]
        cards = builds.stored_cards(session, deck.id, groups, uids)
        wanted = {s.uid for s in specs[:40] if s.group_key != "g1"}  # g0 by uid
        assert set(cards) == wanted
        card = cards[specs[2].uid]
        assert (card.group_key, card.retired, card.edited, card.deleted) == (
            "g3",
            False,
            False,
            False,
        )
        assert card.source_files == tuple(specs[2].source_files)
        assert builds.stored_cards(session, deck.id, set(), []) == {}


def test_settings_encoded_before_the_write_read_back_as_their_data(db: Database) -> None:
    tally, memo = [1, 2.5, "ü"], {"word": ["a", "b"]}
    with db.begin() as session:
        deck = store.upsert_deck(session, "d", "tr", "is", False)
        builds.save_lexicon_tallies(session, deck.id, {("tr", "is"): builds.encoded(tally)})
        builds.save_analysis_memos(session, {"is": builds.encoded(memo)})  # type: ignore[dict-item]
    with db.read() as session:
        assert builds.lexicon_tallies(session, deck.id) == {("tr", "is"): tally}
        assert builds.analysis_memos(session) == {"is": memo}


def _parses(seed_dir: Path) -> builds.ArticleWrites:
    writes = builds.ArticleWrites()
    for path in sorted(seed_dir.glob("*.txt"))[:6]:
        article = read_article(str(path), path.read_bytes())
        writes.parses += [dataclasses.replace(article, path=f"{path}#{n}") for n in range(9)]
    return writes


def test_parses_made_ahead_are_the_batches_in_order(
    seed_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    writes = _parses(seed_dir)
    monkeypatch.setattr(builds, "PARSES_AT_ONCE", 4)
    monkeypatch.setattr(builds.ParsesAhead, "AHEAD", 2)  # the thread waits for the writes
    with builds.ParsesAhead(writes) as ahead:
        made = list(ahead)
    assert made == list(builds.parse_batches(writes))
    assert len(made) == -(-len(writes.parses) // builds.PARSES_AT_ONCE) > 2


def test_parse_batches_take_the_records_made_already(seed_dir: Path) -> None:
    """A record made beforehand (by a card worker, `parses.records`) is written as it is;
    the others are made here, as without them."""
    writes = _parses(seed_dir)
    plain = [row for batch in builds.parse_batches(writes) for row in batch]
    made = {a.path: b"made before" for a in writes.parses[::3]}
    with builds.ParsesAhead(writes, made) as ahead:
        rows = [row for batch in ahead for row in batch]
    assert [r["p_path"] for r in rows] == [r["p_path"] for r in plain]
    for row, was in zip(rows, plain, strict=True):
        assert row["p_parsed"] == made.get(row["p_path"], was["p_parsed"])
    assert sum(r["p_parsed"] == b"made before" for r in rows) == len(made) > 2
    assert parses.records(writes.parses) == [r["p_parsed"] for r in plain]


def test_parses_ahead_let_go_of_their_thread_when_a_build_stops(
    seed_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    writes = _parses(seed_dir)
    monkeypatch.setattr(builds, "PARSES_AT_ONCE", 4)
    monkeypatch.setattr(builds.ParsesAhead, "AHEAD", 1)
    with builds.ParsesAhead(writes) as ahead:
        first = next(iter(ahead))
    assert first == next(builds.parse_batches(writes))
    assert not ahead._thread.is_alive()  # stopped while it waited to hand over the next


def test_a_parse_that_fails_fails_where_it_is_written(seed_dir: Path) -> None:
    writes = _parses(seed_dir)
    writes.parses.append(None)  # type: ignore[arg-type]  # not an article: dumps fails
    with builds.ParsesAhead(writes) as ahead, pytest.raises(AttributeError):
        for _ in ahead:
            pass


def test_stage_files_a_killed_build_left_are_removed(tmp_path: Path) -> None:
    """A build killed before it closed its stage leaves the file beside the collection:
    the next build removes it, once an hour old, and never one of a process still running."""
    ended = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    gone = int(ended.stdout)
    old = time.time() - 2 * 3600
    collection = tmp_path / "collection.sqlite"
    stale = tmp_path / f"flashcards-build-{gone}-x.stage"
    recent = tmp_path / f"flashcards-build-{gone}-y.stage"
    running = tmp_path / f"flashcards-build-{os.getpid()}-z.stage"
    for path in (stale, recent, running):
        path.write_bytes(b"")
    for path in (stale, running):
        os.utime(path, (old, old))
    with SpooledWrites(sqlite.dialect(), stage=True, beside=collection) as spooled:
        assert spooled._stage is not None
        mine = spooled._stage.path
        assert mine.parent == tmp_path and mine.name.startswith(f"flashcards-build-{os.getpid()}-")
        assert mine.suffix == ".stage"  # beside a collection, not one more ".sqlite"
    assert not stale.exists()
    assert recent.exists() and running.exists()
    assert not mine.exists()  # closed: removed


def test_without_a_collection_the_stage_is_in_the_temporary_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(builds.tempfile, "tempdir", str(tmp_path))
    with SpooledWrites(sqlite.dialect(), stage=True) as spooled:
        assert spooled._stage is not None
        assert spooled._stage.path.parent == tmp_path


def test_cache_writes_store_on_either_engine(db: Database) -> None:
    with db.cache_writes() as cache:
        with db.begin() as session:
            session.add(Deck(name="cached", source_lang="tr", target_lang="is"))
            session.flush()
            cache.defer(session)
        with cache.begin() as session:
            deck = session.scalars(select(Deck).where(Deck.name == "cached")).one()
            deck.build_report = '{"kept": true}'
        with cache.begin() as session:
            assert session.scalars(select(Deck.build_report)).one() == '{"kept": true}'
    with db.read() as session:
        assert session.scalars(select(Deck.build_report)).one() == '{"kept": true}'
