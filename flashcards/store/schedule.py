"""Scheduling data in the database: queue rows, answers with their log, undo, settings."""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import pairwise
from typing import Any, cast

from sqlalchemy import (
    Connection,
    RowMapping,
    Table,
    and_,
    bindparam,
    delete,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session

from flashcards.scheduler.config import SchedulerConfig
from flashcards.scheduler.queue import DoneToday, QueueEntry
from flashcards.store.cards import CardRecord
from flashcards.store.models import Card, Deck, ReviewLog, Setting
from flashcards.store.prepared import (
    Executor,
    OnCursor,
    OnSqlAlchemy,
    in_transaction,
    study_path,
)
from flashcards.types import CardKind, CardState, Memory, Rating, StudyMode, made

_CARDS = cast(Table, Card.__table__)
_DECKS = cast(Table, Deck.__table__)
_LOG = cast(Table, ReviewLog.__table__)
SCHEDULER_KEY = "scheduler"

#: What the study path's functions run on: an ORM session, or the study session's kept
#: connection (both execute the same pre-built statements).
Runner = Session | Connection


@dataclass(frozen=True)
class LogEntry:
    """One row of the review log, detached."""

    id: int
    card_id: int
    reviewed_at: datetime
    kind: str
    rating: Rating | None
    mode: str
    duration_ms: int | None
    state_before: CardState
    state_after: CardState
    due_after: datetime | None
    before: Memory


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


# Listed (not "not new") so that SQLite can use the (deck, state, due) index.
_SEEN_STATES = (CardState.LEARNING, CardState.REVIEW, CardState.RELEARNING)
_ENTRY_COLUMNS = (
    _CARDS.c.id,
    _CARDS.c.deck_id,
    _CARDS.c.note_key,
    _CARDS.c.state,
    _CARDS.c.due,
    _CARDS.c.stability,
    _CARDS.c.last_review,
)
_NOW = bindparam("now", type_=_CARDS.c.buried_until.type)
_STUDIABLE = and_(
    _CARDS.c.retired.is_(False),
    _CARDS.c.suspended.is_(False),
    or_(_CARDS.c.buried_until.is_(None), _CARDS.c.buried_until <= _NOW),
)
_IN_DECKS = _CARDS.c.deck_id.in_(bindparam("deck_ids", expanding=True))
#: One deck's cards due today (one deck a statement: an expanding IN list cannot be
#: prepared once; several decks' rows are put back in id order).
_DUE_ENTRIES = (
    select(*_ENTRY_COLUMNS)
    .where(
        _CARDS.c.deck_id == bindparam("deck_id"),
        _STUDIABLE,
        _CARDS.c.state.in_([bindparam(f"seen_{int(s)}", int(s)) for s in _SEEN_STATES]),
        _CARDS.c.due < bindparam("day_end", type_=_CARDS.c.due.type),
    )
    .order_by(_CARDS.c.id)
)
# "state BETWEEN NEW AND NEW ORDER BY state, id", not "state = NEW ORDER BY id": the same
# rows in the same order, but only the (deck, state, id) index gives that order, so
# PostgreSQL cannot choose to walk the primary key past every older, studied card (new
# cards are the newest) — 47 ms at 100,000 cards instead of 0.2.  SQLite reads the same
# index either way.
_ALL_NEW_ENTRIES = (
    select(*_ENTRY_COLUMNS)
    .where(
        _CARDS.c.deck_id == bindparam("deck_id"),
        _STUDIABLE,
        _CARDS.c.state.between(CardState.NEW, CardState.NEW),
    )
    .order_by(_CARDS.c.state, _CARDS.c.id)
)
_NEW_ENTRIES = _ALL_NEW_ENTRIES.limit(bindparam("limit")).offset(bindparam("offset"))
_DONE_TODAY = (
    select(_CARDS.c.deck_id, _CARDS.c.note_key, _LOG.c.state_before)
    .join_from(_LOG, _CARDS, _CARDS.c.id == _LOG.c.card_id)
    .where(
        _LOG.c.kind == "review",
        _LOG.c.reviewed_at >= bindparam("start", type_=_LOG.c.reviewed_at.type),
        _LOG.c.reviewed_at < bindparam("end", type_=_LOG.c.reviewed_at.type),
    )
)
_NEXT_DUE = select(func.min(_CARDS.c.due)).where(
    _IN_DECKS, _STUDIABLE, _CARDS.c.due >= bindparam("moment", type_=_CARDS.c.due.type)
)


_STATES = {int(state): state for state in CardState}


def _entries(rows: Any) -> list[QueueEntry]:
    state_of = _STATES.__getitem__
    return [
        QueueEntry(card_id, deck_id, note_key, state_of(state), due, stability, last_review)
        for card_id, deck_id, note_key, state, due, stability, last_review in rows
    ]


def queue_entries(
    runner: Runner | OnCursor,
    ids: Sequence[int],
    now: datetime,
    day_end: datetime,
    new_rooms: Mapping[int, int] | None = None,
    studied: frozenset[str] = frozenset(),
) -> list[QueueEntry]:
    """Cards that may come today: those due, and new ones in order of introduction.

    With `new_rooms` (new cards each deck may still show), only as many new cards are
    read as can fill that room with notes not `studied` today, not every new card.  The
    rows are read with prepared statements on the driver's cursor, in `runner`'s
    transaction (thousands of rows at 100,000 cards: SQLAlchemy's result objects cost
    more than SQLite's reading them).
    """
    with in_transaction(runner) as executor:
        entries: list[QueueEntry] = []
        for deck_id in ids:
            values = {"deck_id": deck_id, "now": now, "day_end": day_end}
            entries += _entries(executor.all(_DUE_ENTRIES, values))
        if len(ids) > 1:
            entries.sort(key=lambda entry: entry.card_id)
        # New siblings of cards due today may be buried: read past them.
        taken = studied | {entry.note_key for entry in entries}
        for deck_id in ids:
            room = None if new_rooms is None else new_rooms.get(deck_id, 0)
            entries += _new_entries(executor, deck_id, now, room, taken)
    return entries


def _new_entries(
    executor: Executor, deck_id: int, now: datetime, room: int | None, studied: frozenset[str]
) -> list[QueueEntry]:
    if room is None:
        return _entries(executor.all(_ALL_NEW_ENTRIES, {"deck_id": deck_id, "now": now}))
    found: list[QueueEntry] = []
    notes: set[str] = set()
    # Few new cards have a sibling studied or due today: a page of a few times the room
    # is read, and a larger one after it while the room is not filled.
    page = max(64, 4 * room)
    offset = 0
    while len(notes) < room:
        values = {"deck_id": deck_id, "now": now, "limit": page, "offset": offset}
        batch = _entries(executor.all(_NEW_ENTRIES, values))
        found += batch
        notes.update(e.note_key for e in batch if e.note_key not in studied)
        if len(batch) < page:
            break
        offset += page
        page *= 2
    return found


def done_today(
    runner: Runner | Executor, ids: Sequence[int], start: datetime, end: datetime
) -> DoneToday:
    # Today's answers are few: they are found through the time index, and filtered by deck
    # here (a deck condition in SQL leads SQLite to walk the deck's cards instead).
    rows = _executor(runner).all(_DONE_TODAY, {"start": start, "end": end})
    wanted = set(ids)
    new: Counter[int] = Counter()
    reviews: Counter[int] = Counter()
    notes: set[str] = set()
    for deck_id, note_key, state_before in rows:
        if deck_id not in wanted:
            continue
        notes.add(note_key)
        if state_before == CardState.NEW:
            new[deck_id] += 1
        elif state_before == CardState.REVIEW:
            reviews[deck_id] += 1
    return DoneToday(dict(new), dict(reviews), frozenset(notes))


# The study path's statements, built once: each call only binds its values.
_MEMORY_COLUMNS = (
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
_MEMORY = select(*_MEMORY_COLUMNS).where(_CARDS.c.id == bindparam("card_id"))
#: A card to show: its text, its deck's name and its memory, in one row.
_SHOWN = (
    select(*_RECORD_COLUMNS, *_MEMORY_COLUMNS)
    .join_from(_CARDS, _DECKS, _DECKS.c.id == _CARDS.c.deck_id)
    .where(_CARDS.c.id == bindparam("card_id"))
)
_SIBLING = _CARDS.alias("sibling")
#: The same row once per other review card of its note (the card's alone, with NULL, if
#: none), with that card's due time last: what the load balancer avoids, in the same read.
_SHOWN_WITH_SIBLINGS = (
    select(*_RECORD_COLUMNS, *_MEMORY_COLUMNS, _SIBLING.c.due)
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
_SET_MEMORY = (
    update(_CARDS)
    .where(_CARDS.c.id == bindparam("card_id"))
    .values({c.name: bindparam("m_" + c.name, type_=c.type) for c in _MEMORY_COLUMNS})
)
#: The same, only if the card still has the memory it was shown with (`o_`: old values):
#: an answer reuses the memory read to show the card, and this finds out whether another
#: client changed the card since.
_SET_MEMORY_IF = _SET_MEMORY.where(
    _CARDS.c.state == bindparam("o_state"),
    _CARDS.c.reps == bindparam("o_reps"),
    _CARDS.c.due.is_not_distinct_from(bindparam("o_due", type_=_CARDS.c.due.type)),
    _CARDS.c.last_review.is_not_distinct_from(
        bindparam("o_last_review", type_=_CARDS.c.last_review.type)
    ),
)
_ADD_LOG = (
    insert(_LOG)
    .values({c.name: bindparam("l_" + c.name, type_=c.type) for c in _LOG.c if c.name != "id"})
    .returning(_LOG.c.id)
)
_LAST_ENTRY = (
    select(_LOG)
    .join_from(_LOG, _CARDS, _CARDS.c.id == _LOG.c.card_id)
    .where(_CARDS.c.deck_id.in_(bindparam("deck_ids", expanding=True)))
    .order_by(_LOG.c.id.desc())
    .limit(1)
)
_DROP_ENTRY = delete(_LOG).where(_LOG.c.id == bindparam("entry_id"))


def _executor(runner: Runner | Executor) -> Executor:
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
    row = _executor(runner).one(_MEMORY, {"card_id": card_id})
    if row is None:
        raise LookupError(card_id)
    return _memory(row)


_GROUP_CARDS = (
    select(*_RECORD_COLUMNS, *_MEMORY_COLUMNS)
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
    row = _executor(runner).one(_SHOWN, {"card_id": card_id})
    if row is None:
        raise LookupError(card_id)
    n = len(_RECORD_COLUMNS)
    return _record(row[:n]), _memory(row[n:])


def shown_card_and_siblings(
    runner: Runner | Executor, card_id: int
) -> tuple[CardRecord, Memory, list[datetime]]:
    """`shown_card` and `sibling_dues`, read in one statement."""
    rows = _executor(runner).all(_SHOWN_WITH_SIBLINGS, {"card_id": card_id})
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


def _memory_values(memory: Memory, prefix: str = "m_") -> dict[str, Any]:
    return {
        prefix + "state": int(memory.state),
        prefix + "step": memory.step,
        prefix + "stability": memory.stability,
        prefix + "difficulty": memory.difficulty,
        prefix + "due": memory.due,
        prefix + "last_review": memory.last_review,
        prefix + "reps": memory.reps,
        prefix + "lapses": memory.lapses,
    }


def write_answer(
    runner: Runner | Executor,
    card_id: int,
    before: Memory,
    after: Memory,
    now: datetime,
    *,
    rating: Rating | None,
    kind: str = "review",
    mode: StudyMode = StudyMode.FLIP,
    duration_ms: int | None = None,
) -> int:
    """Store the card's new state and its log entry (in the caller's transaction)."""
    executor = _executor(runner)
    values = _memory_values(after)
    values["card_id"] = card_id
    executor.run(_SET_MEMORY, values)
    return _add_log(executor, card_id, before, after, now, rating, kind, mode, duration_ms)


def write_answer_if_unchanged(
    runner: Runner | Executor,
    card_id: int,
    before: Memory,
    after: Memory,
    now: datetime,
    *,
    rating: Rating | None,
    kind: str = "review",
    mode: StudyMode = StudyMode.FLIP,
    duration_ms: int | None = None,
) -> int | None:
    """`write_answer`, if the card's memory is still `before` (read in an earlier
    transaction); None, and nothing written, if another client changed it since."""
    executor = _executor(runner)
    values = {
        "card_id": card_id,
        "m_state": int(after.state),
        "m_step": after.step,
        "m_stability": after.stability,
        "m_difficulty": after.difficulty,
        "m_due": after.due,
        "m_last_review": after.last_review,
        "m_reps": after.reps,
        "m_lapses": after.lapses,
        "o_state": int(before.state),
        "o_reps": before.reps,
        "o_due": before.due,
        "o_last_review": before.last_review,
    }
    if executor.run(_SET_MEMORY_IF, values) != 1:
        return None
    return _add_log(executor, card_id, before, after, now, rating, kind, mode, duration_ms)


_MODES = {mode: mode.value for mode in StudyMode}  # `.value` is a Python property


def _json_time(moment: datetime | None) -> str:
    return "null" if moment is None else f'"{moment.isoformat()}"'


def _json_number(value: float | None) -> str:
    return "null" if value is None else float.__repr__(value)


def memory_json(memory: Memory) -> str:
    """`json.dumps(memory.to_dict())`, the same text, made in one format instead of the
    encoder's walk (a tenth of an answer's time)."""
    stability, difficulty, step = memory.stability, memory.difficulty, memory.step
    if not (
        (stability is None or (type(stability) is float and math.isfinite(stability)))
        and (difficulty is None or (type(difficulty) is float and math.isfinite(difficulty)))
        and (step is None or type(step) is int)
        and type(memory.reps) is int
        and type(memory.lapses) is int
    ):
        return json.dumps(memory.to_dict())  # not a plain finite float or int: as JSON has it
    return (
        f'{{"state": {int(memory.state)}, "step": {"null" if step is None else step}, '
        f'"stability": {_json_number(stability)}, "difficulty": {_json_number(difficulty)}, '
        f'"due": {_json_time(memory.due)}, "last_review": {_json_time(memory.last_review)}, '
        f'"reps": {memory.reps}, "lapses": {memory.lapses}}}'
    )


def _add_log(
    executor: Executor,
    card_id: int,
    before: Memory,
    after: Memory,
    now: datetime,
    rating: Rating | None,
    kind: str,
    mode: StudyMode,
    duration_ms: int | None,
) -> int:
    row = executor.one(
        _ADD_LOG,
        {
            "l_card_id": card_id,
            "l_reviewed_at": now,
            "l_kind": kind,
            "l_rating": None if rating is None else int(rating),
            "l_mode": _MODES[mode],
            "l_duration_ms": duration_ms,
            "l_state_before": int(before.state),
            "l_state_after": int(after.state),
            "l_stability_after": after.stability,
            "l_difficulty_after": after.difficulty,
            "l_due_after": after.due,
            "l_before": memory_json(before),
        },
    )
    assert row is not None
    return int(row[0])


def last_entry(runner: Runner, ids: Sequence[int]) -> LogEntry | None:
    row = runner.execute(_LAST_ENTRY, {"deck_ids": list(ids)}).first()
    return None if row is None else _entry(row)


def _entry(row: Any) -> LogEntry:
    return LogEntry(
        id=row.id,
        card_id=row.card_id,
        reviewed_at=row.reviewed_at,
        kind=row.kind,
        rating=None if row.rating is None else Rating(row.rating),
        mode=row.mode,
        duration_ms=row.duration_ms,
        state_before=CardState(row.state_before),
        state_after=CardState(row.state_after),
        due_after=row.due_after,
        before=Memory.from_dict(json.loads(row.before)),
    )


def undo_entry(runner: Runner, entry: LogEntry) -> None:
    """Put the card back exactly as it was before `entry`, and drop the entry."""
    runner.execute(_SET_MEMORY, {"card_id": entry.card_id, **_memory_values(entry.before)})
    runner.execute(_DROP_ENTRY, {"entry_id": entry.id})


def history(session: Runner, card_id: int) -> list[LogEntry]:
    rows = session.execute(
        select(_LOG)
        .where(_LOG.c.card_id == card_id)
        .order_by(_LOG.c.reviewed_at, _LOG.c.id)  # imported entries among the others
    )
    return [_entry(r) for r in rows]


def suspended_ids(runner: Runner, deck_ids: Sequence[int]) -> frozenset[int]:
    """The ids of the decks' suspended cards."""
    query = select(Card.id).where(Card.deck_id.in_(deck_ids), Card.suspended.is_(True))
    return frozenset(runner.scalars(query))


def set_flags(runner: Runner, card_ids: Sequence[int], **values: Any) -> None:
    runner.execute(update(_CARDS).where(_CARDS.c.id.in_(list(card_ids))).values(**values))


def next_due_after(runner: Runner, ids: Sequence[int], moment: datetime) -> datetime | None:
    """The earliest due time at or after `moment` among studiable cards."""
    values = {"deck_ids": list(ids), "now": moment, "moment": moment}
    due: datetime | None = runner.execute(_NEXT_DUE, values).scalar()
    if isinstance(due, str):  # SQLite: aggregates bypass the column type
        due = datetime.fromisoformat(due)
    if due is not None and due.tzinfo is None:
        due = due.replace(tzinfo=UTC)
    return due


_REVIEWS_DUE_BETWEEN = select(func.count()).where(
    _CARDS.c.deck_id == bindparam("deck_id"),
    _CARDS.c.state == CardState.REVIEW,
    _CARDS.c.due >= bindparam("start", type_=_CARDS.c.due.type),
    _CARDS.c.due < bindparam("end", type_=_CARDS.c.due.type),
    _CARDS.c.retired.is_(False),
    _CARDS.c.suspended.is_(False),
)


def reviews_due_between(
    runner: Runner | Executor, ids: Sequence[int], bounds: Sequence[datetime]
) -> list[int]:
    """How many review cards of decks `ids` are due from each of `bounds` until the next.

    One count per deck and span, through the (deck, state, due) index, with one prepared
    statement: a few milliseconds at 100,000 cards, where reading every due time of the
    next hundred days took a second.
    """
    executor = _executor(runner)
    counts = []
    for start, end in pairwise(bounds):
        total = 0
        for deck_id in ids:
            values = {"deck_id": deck_id, "start": start, "end": end}
            row = executor.one(_REVIEWS_DUE_BETWEEN, values)
            total += int(row[0] or 0) if row is not None else 0
        counts.append(total)
    return counts


_SIBLING_DUES = select(_CARDS.c.due).where(
    _CARDS.c.note_key == bindparam("note_key"),
    _CARDS.c.id != bindparam("card_id"),
    _CARDS.c.state == bindparam("review", int(CardState.REVIEW)),
    _CARDS.c.due.is_not(None),
    _CARDS.c.retired.is_(False),
)


def sibling_dues(runner: Runner | Executor, note_key: str, card_id: int) -> list[datetime]:
    """When the other review cards of a card's note are due."""
    rows = _executor(runner).all(_SIBLING_DUES, {"note_key": note_key, "card_id": card_id})
    return [due for (due,) in rows]


study_path(
    _SHOWN_WITH_SIBLINGS,
    _DUE_ENTRIES,
    _NEW_ENTRIES,
    _DONE_TODAY,
    _SHOWN,
    _SIBLING_DUES,
    _SET_MEMORY_IF,
    _ADD_LOG,
    _REVIEWS_DUE_BETWEEN,
)
