"""The study path's store: prepared statements on a kept connection, on SQLite and PostgreSQL."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select, text, update
from sqlalchemy.orm import Session

from flashcards.errors import StoreError
from flashcards.store import answers as answers_store
from flashcards.store import schedule as store
from flashcards.store.cards import upsert_deck
from flashcards.store.database import Database
from flashcards.store.kept import KeptConnection
from flashcards.store.models import Card, ReviewLog
from flashcards.types import CardKind, CardState, Memory, Rating, StudyMode

NOW = datetime(2026, 11, 23, 9, 30, 15, 250_000, tzinfo=UTC)


def _card(db: Database) -> int:
    with db.begin() as session:
        deck = upsert_deck(session, "ünlü deck", "tr", "is", True)
        card = Card(
            uid="g/n/tr-is",
            deck_id=deck.id,
            note_key="g/n",
            kind=CardKind.TERM.value,
            source_lang="tr",
            target_lang="is",
            front="satış",
            back="sala",
            extra="ek",
            group_key="g",
            source_files='["a.md", "b.md"]',
            content_hash="h",
        )
        session.add(card)
        session.flush()
        return card.id


def _reviewed(due: datetime) -> Memory:
    return Memory(CardState.REVIEW, None, 12.5, 4.25, due, NOW - timedelta(days=3), 4, 1)


def test_prepared_statements_read_and_write_what_sqlalchemy_does(db: Database) -> None:
    card_id = _card(db)
    kept = KeptConnection(db)
    before = Memory()
    after = _reviewed(NOW + timedelta(days=9, microseconds=17))
    with kept.fast() as cursor:
        review_id = answers_store.write_answer(
            cursor, card_id, before, after, NOW, rating=Rating.GOOD, duration_ms=1200
        )
    with kept.fast(write=False) as cursor:
        record, memory = store.shown_card(cursor, card_id)
    with db.begin() as session:
        assert store.shown_card(session, card_id) == (record, memory)
        (entry,) = answers_store.history(session, card_id)
    assert memory == after and memory.due is not None and memory.due.tzinfo is not None
    assert record.deck == "ünlü deck" and record.source_files == ("a.md", "b.md")
    assert record.kind is CardKind.TERM and record.retired is False and record.extra == "ek"
    assert entry.id == review_id and entry.before == before and entry.reviewed_at == NOW
    assert (entry.rating, entry.mode, entry.duration_ms) == (Rating.GOOD, "flip", 1200)
    assert entry.due_after == after.due
    kept.close()


def test_a_card_read_is_the_record_and_memory_their_init_makes(db: Database) -> None:
    """The study path makes its records without their `__init__` (`types.made`): the same
    fields, defaults, equality, hash and repr, and still frozen."""
    from dataclasses import fields

    from flashcards.records import CardRecord

    card_id = _card(db)
    after = _reviewed(NOW + timedelta(days=9))
    with KeptConnection(db).fast() as cursor:
        answers_store.write_answer(cursor, card_id, Memory(), after, NOW, rating=Rating.GOOD)
        record, memory, dues = store.shown_card_and_siblings(cursor, card_id)
    values = {f.name: getattr(record, f.name) for f in fields(CardRecord) if f.init}
    for made, init in ((record, CardRecord(**values)), (memory, after)):
        assert made == init and hash(made) == hash(init) and repr(made) == repr(init)
        assert vars(made) == vars(init)
        with pytest.raises(AttributeError):
            made.id = 5  # type: ignore[misc, union-attr]
    assert (record.tags, record.alternatives, record.answer_lemma, dues) == ((), (), "", [])


def test_an_answer_from_a_shown_memory_is_not_written_over_another_clients(
    db: Database,
) -> None:
    card_id = _card(db)
    kept = KeptConnection(db)
    with kept.fast(write=False) as cursor:
        shown = store.memory_of(cursor, card_id)
    theirs = _reviewed(NOW + timedelta(days=4))
    with db.begin() as session:  # another client answers the card meanwhile
        answers_store.write_answer(session, card_id, shown, theirs, NOW, rating=Rating.GOOD)
    mine = _reviewed(NOW + timedelta(days=20))
    with kept.fast() as cursor:
        written = answers_store.write_answer_if_unchanged(
            cursor, card_id, shown, mine, NOW, rating=Rating.EASY, mode=StudyMode.TYPED
        )
    assert written is None
    with db.begin() as session:
        assert store.memory_of(session, card_id) == theirs
        assert session.scalar(select(func.count()).select_from(ReviewLog)) == 1
    with kept.fast() as cursor:
        written = answers_store.write_answer_if_unchanged(
            cursor, card_id, theirs, mine, NOW, rating=Rating.EASY
        )
    assert written is not None
    with db.begin() as session:
        assert store.memory_of(session, card_id) == mine
    kept.close()


def test_an_error_rolls_the_transaction_back(db: Database) -> None:
    card_id = _card(db)
    kept = KeptConnection(db)
    with pytest.raises(RuntimeError), kept.fast() as cursor:
        answers_store.write_answer(
            cursor, card_id, Memory(), _reviewed(NOW), NOW, rating=Rating.GOOD
        )
        raise RuntimeError("interrupted")
    with db.begin() as session:
        assert store.memory_of(session, card_id) == Memory()
        assert session.scalar(select(func.count()).select_from(ReviewLog)) == 0
    with kept.fast() as cursor:  # and the connection is still usable
        answers_store.write_answer(
            cursor, card_id, Memory(), _reviewed(NOW), NOW, rating=Rating.GOOD
        )
    kept.close()


@pytest.mark.sqlite_only
def test_a_broken_connection_is_one_error_and_the_next_call_reconnects(db: Database) -> None:
    card_id = _card(db)
    kept = KeptConnection(db)
    with kept.fast(write=False) as cursor:
        store.memory_of(cursor, card_id)
    kept._connection.connection.driver_connection.close()  # type: ignore[union-attr]
    with pytest.raises(StoreError, match="database error"), kept.fast(write=False) as cursor:
        store.memory_of(cursor, card_id)
    with kept.fast(write=False) as cursor:
        assert store.memory_of(cursor, card_id) == Memory()
    kept.close()


@pytest.mark.sqlite_only
def test_a_read_takes_no_lock_and_a_write_waits_for_none_after_commit(db: Database) -> None:
    card_id = _card(db)
    kept = KeptConnection(db)
    assert db.path is not None
    other = sqlite3.connect(db.path, isolation_level=None, timeout=0.05)
    try:
        other.execute("BEGIN IMMEDIATE")  # another process holds the write lock
        with kept.fast(write=False) as cursor:
            assert store.memory_of(cursor, card_id) == Memory()
        other.execute("ROLLBACK")
        with kept.fast() as cursor:
            answers_store.write_answer(cursor, card_id, Memory(), _reviewed(NOW), NOW, rating=None)
        other.execute("BEGIN IMMEDIATE")  # the kept connection left no lock behind
        other.execute("ROLLBACK")
    finally:
        other.close()
    kept.close()


def test_close_gives_the_connection_back_and_a_later_call_opens_another(db: Database) -> None:
    card_id = _card(db)
    kept = KeptConnection(db)
    with kept.fast(write=False) as cursor:
        store.memory_of(cursor, card_id)
    pool = db.engine.pool
    assert pool.checkedout() == 1  # type: ignore[attr-defined]
    kept.close()
    assert pool.checkedout() == 0  # type: ignore[attr-defined]
    with kept.begin() as connection:
        assert store.memory_of(connection, card_id) == Memory()
    del kept  # a dropped owner gives it back too
    assert pool.checkedout() == 0  # type: ignore[attr-defined]


def test_times_are_stored_and_read_back_as_sqlalchemy_stores_and_reads_them(
    db: Database,
) -> None:
    """The prepared statements' own conversion of UTC times on SQLite: the same text in
    the file as SQLAlchemy writes, the same aware time back, a naive time refused."""
    card_id = _card(db)
    kept = KeptConnection(db)
    offset = timezone(timedelta(hours=5, minutes=30))
    moments = [
        NOW,
        NOW.replace(microsecond=0),
        NOW.astimezone(offset),
        datetime(999, 1, 2, tzinfo=UTC),
    ]
    for due in moments:
        with kept.fast() as cursor:
            answers_store.write_answer(
                cursor, card_id, Memory(), _reviewed(due), due, rating=Rating.GOOD
            )
        with kept.fast(write=False) as cursor:
            _, memory = store.shown_card(cursor, card_id)
        assert memory.due == due and memory.due.tzinfo is UTC
        with db.begin() as session:
            raw = session.execute(select(func.max(ReviewLog.id))).scalar()
            by_prepared = session.execute(
                text("SELECT due, reviewed_at FROM cards, review_log WHERE review_log.id = :i"),
                {"i": raw},
            ).one()
            session.execute(update(Card).where(Card.id == card_id).values(due=due))
            session.add(
                ReviewLog(
                    card_id=card_id,
                    reviewed_at=due,
                    kind="review",
                    mode="flip",
                    state_before=0,
                    state_after=2,
                    before="{}",
                )
            )
            session.flush()
            by_sqlalchemy = session.execute(
                text("SELECT due, reviewed_at FROM cards, review_log ORDER BY review_log.id DESC")
            ).first()
        assert tuple(by_prepared) == tuple(by_sqlalchemy)
    with pytest.raises(ValueError, match="naive"), kept.fast() as cursor:
        answers_store.write_answer(
            cursor, card_id, Memory(), _reviewed(NOW.replace(tzinfo=None)), NOW, rating=Rating.GOOD
        )
    kept.close()


def test_a_card_is_read_with_its_siblings_due_times_in_one_statement(db: Database) -> None:
    card_id = _card(db)
    with db.begin() as session:
        source = session.get(Card, card_id)
        assert source is not None
        due = NOW + timedelta(days=4)
        kinds = [(CardState.REVIEW, False)] * 2 + [(CardState.REVIEW, True)]
        kinds.append((CardState.LEARNING, False))  # neither retired nor learning counts
        for n, (state, retired) in enumerate(kinds):
            session.add(
                Card(
                    uid=f"g/n/{n}",
                    deck_id=source.deck_id,
                    note_key="g/n",
                    kind=CardKind.TERM.value,
                    source_lang="is",
                    target_lang="tr",
                    front=f"f{n}",
                    back="b",
                    group_key="g",
                    content_hash="h",
                    state=int(state),
                    due=due + timedelta(days=n),
                    retired=retired,
                )
            )
        alone = _card_in(session, source.deck_id)
    kept = KeptConnection(db)
    for wanted in (card_id, alone):
        with kept.fast(write=False) as cursor:
            record, memory, dues = store.shown_card_and_siblings(cursor, wanted)
            assert (record, memory) == store.shown_card(cursor, wanted)
            assert sorted(dues) == sorted(store.sibling_dues(cursor, record.note_key, wanted))
        assert len(dues) == (2 if wanted == card_id else 0)
    with kept.fast(write=False) as cursor, pytest.raises(LookupError):
        store.shown_card_and_siblings(cursor, 10**9)
    kept.close()


def _card_in(session: Session, deck_id: int) -> int:
    card = Card(
        uid="h/m/tr-is",
        deck_id=deck_id,
        note_key="h/m",
        kind=CardKind.TERM.value,
        source_lang="tr",
        target_lang="is",
        front="yalnız",
        back="einn",
        group_key="h",
        content_hash="h",
    )
    session.add(card)
    session.flush()
    return card.id


def test_the_memory_before_an_answer_is_logged_as_json_dumps_writes_it() -> None:
    """`memory_json` makes the text `json.dumps(memory.to_dict())` does, for every kind of
    value a memory holds (and falls back to it for what it does not format itself)."""
    import json
    import random

    import numpy

    rng = random.Random(7)
    zones = [UTC, timezone(timedelta(hours=-3, minutes=-30))]
    memories = [Memory(), _reviewed(NOW), _reviewed(NOW.replace(microsecond=0))]
    for _ in range(500):
        number = rng.choice([None, 0.0, -0.0, 1e-7, 1e22, 123.456, rng.uniform(0, 400)])
        moment = rng.choice([None, NOW + timedelta(seconds=rng.randint(-(10**8), 10**8))])
        memories.append(
            Memory(
                rng.choice(list(CardState)),
                rng.choice([None, 0, 1, 2]),
                number,
                rng.choice([None, rng.uniform(1, 10)]),
                None if moment is None else moment.astimezone(rng.choice(zones)),
                rng.choice([None, NOW - timedelta(days=rng.uniform(0, 900))]),
                rng.randint(0, 10**6),
                rng.randint(0, 50),
            )
        )
    for odd in (float("inf"), float("nan"), numpy.float64(2.5), 3):
        memories.append(Memory(CardState.REVIEW, None, odd, 5.0, NOW, NOW, 1, 0))  # type: ignore[arg-type]
    for memory in memories:
        assert answers_store.memory_json(memory) == json.dumps(memory.to_dict())
