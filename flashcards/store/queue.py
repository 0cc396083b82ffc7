"""The daily queue's rows: cards due and new, today's answers, due times and counts ahead."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from itertools import pairwise
from typing import Any, cast

from sqlalchemy import Table, and_, bindparam, func, or_, select

from flashcards.scheduler.queue import DoneToday, QueueEntry
from flashcards.store.models import Card, ReviewLog
from flashcards.store.prepared import Executor, OnCursor, in_transaction, study_path
from flashcards.store.schedule import Runner, executor_of
from flashcards.types import CardState

_CARDS = cast(Table, Card.__table__)
_LOG = cast(Table, ReviewLog.__table__)


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
    rows = executor_of(runner).all(_DONE_TODAY, {"start": start, "end": end})
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


def suspended_ids(runner: Runner, deck_ids: Sequence[int]) -> frozenset[int]:
    """The ids of the decks' suspended cards."""
    query = select(Card.id).where(Card.deck_id.in_(deck_ids), Card.suspended.is_(True))
    return frozenset(runner.scalars(query))


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
    executor = executor_of(runner)
    counts = []
    for start, end in pairwise(bounds):
        total = 0
        for deck_id in ids:
            values = {"deck_id": deck_id, "start": start, "end": end}
            row = executor.one(_REVIEWS_DUE_BETWEEN, values)
            total += int(row[0] or 0) if row is not None else 0
        counts.append(total)
    return counts


study_path(_DUE_ENTRIES, _NEW_ENTRIES, _DONE_TODAY, _REVIEWS_DUE_BETWEEN)
