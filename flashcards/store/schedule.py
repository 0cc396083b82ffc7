"""Scheduling data in the database: the settings, the decks, and a card read to show it.

The queue's rows are in `store.queue`, answers and their log in `store.answers`."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any, cast

from sqlalchemy import (
    Connection,
    RowMapping,
    Table,
    and_,
    bindparam,
    select,
    update,
)
from sqlalchemy.orm import Session

from flashcards.records import CardRecord
from flashcards.scheduler.config import SchedulerConfig
from flashcards.store.models import Card, Deck, ReviewLog, Setting
from flashcards.store.prepared import (
    Executor,
    OnSqlAlchemy,
    study_path,
)
from flashcards.types import CardKind, CardState, Memory, made

_CARDS = cast(Table, Card.__table__)
_DECKS = cast(Table, Deck.__table__)
_LOG = cast(Table, ReviewLog.__table__)
SCHEDULER_KEY = "scheduler"

#: What the study path's functions run on: an ORM session, or the study session's kept
#: connection (both execute the same pre-built statements).
Runner = Session | Connection


_CONFIG = select(Setting.value).where(Setting.key == SCHEDULER_KEY)


def load_config(runner: Runner) -> SchedulerConfig:
    raw = runner.execute(_CONFIG).scalar()
    return SchedulerConfig() if raw is None else SchedulerConfig.from_dict(json.loads(raw))


def save_config(session: Session, config: SchedulerConfig) -> None:
    """Store the collection's settings and the Default preset's values (keeping its limits)."""
    row = session.get(Setting, SCHEDULER_KEY)
    data = {} if row is None else dict(json.loads(row.value))
    data.update(config.to_dict())
    if row is None:
        session.add(Setting(key=SCHEDULER_KEY, value=json.dumps(data)))
    else:
        row.value = json.dumps(data)


def deck_ids(runner: Runner, name: str | None) -> list[int]:
    query = select(Deck.id)
    if name is not None:
        query = query.where(Deck.name == name)
    return list(runner.scalars(query))


def all_decks(runner: Runner) -> Sequence[RowMapping]:
    """Every deck's row (id, name, languages, daily limits …), by name."""
    return runner.execute(_DECKS.select().order_by(_DECKS.c.name)).mappings().all()


# The study path's statements, built once: each call only binds its values.
MEMORY_COLUMNS = (
    _CARDS.c.state,
    _CARDS.c.step,
    _CARDS.c.stability,
    _CARDS.c.difficulty,
    _CARDS.c.due,
    _CARDS.c.last_review,
    _CARDS.c.reps,
    _CARDS.c.lapses,
)
_RECORD_COLUMNS = (
    _CARDS.c.id,
    _CARDS.c.uid,
    _CARDS.c.deck_id,
    _DECKS.c.name,
    _CARDS.c.note_key,
    _CARDS.c.kind,
    _CARDS.c.source_lang,
    _CARDS.c.target_lang,
    _CARDS.c.front,
    _CARDS.c.back,
    _CARDS.c.extra,
    _CARDS.c.group_key,
    _CARDS.c.source_files,
    _CARDS.c.retired,
    _CARDS.c.flag,
    _CARDS.c.suspended,
)
_MEMORY = select(*MEMORY_COLUMNS).where(_CARDS.c.id == bindparam("card_id"))
#: A card to show: its text, its deck's name and its memory, in one row.
_SHOWN = (
    select(*_RECORD_COLUMNS, *MEMORY_COLUMNS)
    .join_from(_CARDS, _DECKS, _DECKS.c.id == _CARDS.c.deck_id)
    .where(_CARDS.c.id == bindparam("card_id"))
)
_SIBLING = _CARDS.alias("sibling")
#: The same row once per other review card of its note (the card's alone, with NULL, if
#: none), with that card's due time last: what the load balancer avoids, in the same read.
_SHOWN_WITH_SIBLINGS = (
    select(*_RECORD_COLUMNS, *MEMORY_COLUMNS, _SIBLING.c.due)
    .join_from(_CARDS, _DECKS, _DECKS.c.id == _CARDS.c.deck_id)
    .outerjoin(
        _SIBLING,
        and_(
            _SIBLING.c.note_key == _CARDS.c.note_key,
            _SIBLING.c.id != _CARDS.c.id,
            _SIBLING.c.state == bindparam("review", int(CardState.REVIEW)),
            _SIBLING.c.due.is_not(None),
            _SIBLING.c.retired.is_(False),
        ),
    )
    .where(_CARDS.c.id == bindparam("card_id"))
)


def executor_of(runner: Runner | Executor) -> Executor:
    return OnSqlAlchemy(runner) if isinstance(runner, Session | Connection) else runner


def _memory(row: Sequence[Any]) -> Memory:
    state, step, stability, difficulty, due, last_review, reps, lapses = row
    return made(
        Memory,
        state=_STATES[state],
        step=step,
        stability=stability,
        difficulty=difficulty,
        due=due,
        last_review=last_review,
        reps=reps,
        lapses=lapses,
    )


def memory_of(runner: Runner | Executor, card_id: int) -> Memory:
    row = executor_of(runner).one(_MEMORY, {"card_id": card_id})
    if row is None:
        raise LookupError(card_id)
    return _memory(row)


_GROUP_CARDS = (
    select(*_RECORD_COLUMNS, *MEMORY_COLUMNS)
    .join_from(_CARDS, _DECKS, _DECKS.c.id == _CARDS.c.deck_id)
    .where(
        _DECKS.c.name == bindparam("deck"),
        _CARDS.c.group_key == bindparam("group_key"),
        _CARDS.c.retired.is_(False),
    )
    .order_by(_CARDS.c.id)
)


def group_cards(runner: Runner, deck: str, group_key: str) -> list[tuple[CardRecord, Memory]]:
    """The active cards of one article family of `deck` with their memory, by id, in one
    read (the reader marks every sentence with them)."""
    n = len(_RECORD_COLUMNS)
    return [
        (_record(row[:n]), _memory(row[n:]))
        for row in runner.execute(_GROUP_CARDS, {"deck": deck, "group_key": group_key})
    ]


def content_of(runner: Runner | Executor, card_id: int) -> CardRecord:
    return shown_card(runner, card_id)[0]


def shown_card(runner: Runner | Executor, card_id: int) -> tuple[CardRecord, Memory]:
    """A card's text and its memory, read in one row."""
    row = executor_of(runner).one(_SHOWN, {"card_id": card_id})
    if row is None:
        raise LookupError(card_id)
    n = len(_RECORD_COLUMNS)
    return _record(row[:n]), _memory(row[n:])


def shown_card_and_siblings(
    runner: Runner | Executor, card_id: int
) -> tuple[CardRecord, Memory, list[datetime]]:
    """`shown_card` and `sibling_dues`, read in one statement."""
    rows = executor_of(runner).all(_SHOWN_WITH_SIBLINGS, {"card_id": card_id})
    if not rows:
        raise LookupError(card_id)
    n = len(_RECORD_COLUMNS)
    first = rows[0]
    dues = [row[-1] for row in rows if row[-1] is not None]
    return _record(first[:n]), _memory(first[n:-1]), dues


_KINDS = {kind.value: kind for kind in CardKind}
_STATES = {int(state): state for state in CardState}


def _record(row: Sequence[Any]) -> CardRecord:
    (card_id, uid, deck_id, deck, note_key, kind, source, target) = row[:8]
    front, back, extra, group_key, source_files, retired, flag, suspended = row[8:]
    return made(
        CardRecord,
        id=card_id,
        uid=uid,
        deck_id=deck_id,
        deck=deck,
        note_key=note_key,
        kind=_KINDS[kind],
        source_lang=source,
        target_lang=target,
        front=front,
        back=back,
        extra=extra,
        group_key=group_key,
        source_files=tuple(json.loads(source_files)),
        retired=retired,
        flag=flag,
        suspended=suspended,
        tags=(),
        alternatives=(),
        answer_lemma="",
    )


def set_flags(runner: Runner, card_ids: Sequence[int], **values: Any) -> None:
    runner.execute(update(_CARDS).where(_CARDS.c.id.in_(list(card_ids))).values(**values))


_SIBLING_DUES = select(_CARDS.c.due).where(
    _CARDS.c.note_key == bindparam("note_key"),
    _CARDS.c.id != bindparam("card_id"),
    _CARDS.c.state == bindparam("review", int(CardState.REVIEW)),
    _CARDS.c.due.is_not(None),
    _CARDS.c.retired.is_(False),
)


def sibling_dues(runner: Runner | Executor, note_key: str, card_id: int) -> list[datetime]:
    """When the other review cards of a card's note are due."""
    rows = executor_of(runner).all(_SIBLING_DUES, {"note_key": note_key, "card_id": card_id})
    return [due for (due,) in rows]


study_path(_SHOWN_WITH_SIBLINGS, _SHOWN, _SIBLING_DUES)
