"""Scheduling data in the database: queue rows, answers with their log, undo, settings."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import Table, and_, bindparam, delete, func, insert, or_, select, update
from sqlalchemy.orm import Session

from flashcards.scheduler.config import SchedulerConfig
from flashcards.scheduler.queue import DoneToday, QueueEntry
from flashcards.store.cards import CardRecord, record
from flashcards.store.models import Card, Deck, ReviewLog, Setting
from flashcards.types import CardState, Memory, Rating, StudyMode

_CARDS = cast(Table, Card.__table__)
_LOG = cast(Table, ReviewLog.__table__)
SCHEDULER_KEY = "scheduler"


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


def load_config(session: Session) -> SchedulerConfig:
    raw = session.get(Setting, SCHEDULER_KEY)
    return SchedulerConfig() if raw is None else SchedulerConfig.from_dict(json.loads(raw.value))


def save_config(session: Session, config: SchedulerConfig) -> None:
    """Store the collection's settings and the Default preset's values (keeping its limits)."""
    row = session.get(Setting, SCHEDULER_KEY)
    data = {} if row is None else dict(json.loads(row.value))
    data.update(config.to_dict())
    if row is None:
        session.add(Setting(key=SCHEDULER_KEY, value=json.dumps(data)))
    else:
        row.value = json.dumps(data)


def deck_ids(session: Session, name: str | None) -> list[int]:
    query = select(Deck.id)
    if name is not None:
        query = query.where(Deck.name == name)
    return list(session.scalars(query))


def _studiable(ids: Sequence[int], now: datetime) -> Any:
    return and_(
        Card.deck_id.in_(ids),
        Card.retired.is_(False),
        Card.suspended.is_(False),
        or_(Card.buried_until.is_(None), Card.buried_until <= now),
    )


# Listed (not "not new") so that SQLite can use the (deck, state, due) index.
_SEEN_STATES = (CardState.LEARNING, CardState.REVIEW, CardState.RELEARNING)
_ENTRY_COLUMNS = (
    Card.id,
    Card.deck_id,
    Card.note_key,
    Card.state,
    Card.due,
    Card.stability,
    Card.last_review,
)


def _entries(rows: Any) -> list[QueueEntry]:
    return [
        QueueEntry(card_id, deck_id, note_key, CardState(state), due, stability, last_review)
        for card_id, deck_id, note_key, state, due, stability, last_review in rows
    ]


def queue_entries(
    session: Session,
    ids: Sequence[int],
    now: datetime,
    day_end: datetime,
    new_rooms: Mapping[int, int] | None = None,
    studied: frozenset[str] = frozenset(),
) -> list[QueueEntry]:
    """Cards that may come today: those due, and new ones in order of introduction.

    With `new_rooms` (new cards each deck may still show), only as many new cards are
    read as can fill that room with notes not `studied` today, not every new card.
    """
    due = session.execute(
        select(*_ENTRY_COLUMNS)
        .where(_studiable(ids, now), Card.state.in_(_SEEN_STATES), Card.due < day_end)
        .order_by(Card.id)
    )
    entries = _entries(due)
    # New siblings of cards due today may be buried: read past them.
    taken = studied | {entry.note_key for entry in entries}
    for deck_id in ids:
        room = None if new_rooms is None else new_rooms.get(deck_id, 0)
        entries += _new_entries(session, deck_id, now, room, taken)
    return entries


def _new_entries(
    session: Session, deck_id: int, now: datetime, room: int | None, studied: frozenset[str]
) -> list[QueueEntry]:
    # "state BETWEEN NEW AND NEW ORDER BY state, id", not "state = NEW ORDER BY id": the
    # same rows in the same order, but only the (deck, state, id) index gives that order, so
    # PostgreSQL cannot choose to walk the primary key past every older, studied card (new
    # cards are the newest) — 47 ms at 100,000 cards instead of 0.2.  SQLite reads the same
    # index either way.
    query = (
        select(*_ENTRY_COLUMNS)
        .where(_studiable([deck_id], now), Card.state.between(CardState.NEW, CardState.NEW))
        .order_by(Card.state, Card.id)
    )
    if room is None:
        return _entries(session.execute(query))
    found: list[QueueEntry] = []
    notes: set[str] = set()
    page = max(64, 4 * (room + len(studied)))
    offset = 0
    while len(notes) < room:
        batch = _entries(session.execute(query.limit(page).offset(offset)))
        if not batch:
            break
        found += batch
        notes.update(e.note_key for e in batch if e.note_key not in studied)
        offset += page
    return found


def done_today(session: Session, ids: Sequence[int], start: datetime, end: datetime) -> DoneToday:
    # Today's answers are few: they are found through the time index, and filtered by deck
    # here (a deck condition in SQL leads SQLite to walk the deck's cards instead).
    rows = session.execute(
        select(Card.deck_id, Card.note_key, ReviewLog.state_before)
        .join(Card, Card.id == ReviewLog.card_id)
        .where(
            ReviewLog.kind == "review",
            ReviewLog.reviewed_at >= start,
            ReviewLog.reviewed_at < end,
        )
    )
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


def memory_of(session: Session, card_id: int) -> Memory:
    row = session.execute(
        select(
            Card.state,
            Card.step,
            Card.stability,
            Card.difficulty,
            Card.due,
            Card.last_review,
            Card.reps,
            Card.lapses,
        ).where(Card.id == card_id)
    ).one()
    return Memory(CardState(row[0]), *row[1:])


def content_of(session: Session, card_id: int) -> CardRecord:
    card, deck = session.execute(
        select(Card, Deck.name).join(Deck, Deck.id == Card.deck_id).where(Card.id == card_id)
    ).one()
    return record(card, deck)


def _memory_values(memory: Memory) -> dict[str, Any]:
    return {
        "state": int(memory.state),
        "step": memory.step,
        "stability": memory.stability,
        "difficulty": memory.difficulty,
        "due": memory.due,
        "last_review": memory.last_review,
        "reps": memory.reps,
        "lapses": memory.lapses,
    }


def write_answer(
    session: Session,
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
    session.execute(update(_CARDS).where(_CARDS.c.id == card_id).values(**_memory_values(after)))
    review_id = session.execute(
        insert(_LOG)
        .values(
            card_id=card_id,
            reviewed_at=now,
            kind=kind,
            rating=None if rating is None else int(rating),
            mode=mode.value,
            duration_ms=duration_ms,
            state_before=int(before.state),
            state_after=int(after.state),
            stability_after=after.stability,
            difficulty_after=after.difficulty,
            due_after=after.due,
            before=json.dumps(before.to_dict()),
        )
        .returning(_LOG.c.id)
    ).scalar_one()
    return int(review_id)


def last_entry(session: Session, ids: Sequence[int]) -> LogEntry | None:
    row = session.scalar(
        select(ReviewLog)
        .join(Card, Card.id == ReviewLog.card_id)
        .where(Card.deck_id.in_(ids))
        .order_by(ReviewLog.id.desc())
        .limit(1)
    )
    return None if row is None else _entry(row)


def _entry(row: ReviewLog) -> LogEntry:
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


def undo_entry(session: Session, entry: LogEntry) -> None:
    """Put the card back exactly as it was before `entry`, and drop the entry."""
    session.execute(
        update(_CARDS).where(_CARDS.c.id == entry.card_id).values(**_memory_values(entry.before))
    )
    session.execute(delete(_LOG).where(_LOG.c.id == entry.id))


def history(session: Session, card_id: int) -> list[LogEntry]:
    rows = session.scalars(
        select(ReviewLog)
        .where(ReviewLog.card_id == card_id)
        .order_by(ReviewLog.reviewed_at, ReviewLog.id)  # imported entries among the others
    )
    return [_entry(r) for r in rows]


def set_flags(session: Session, card_ids: Sequence[int], **values: Any) -> None:
    session.execute(update(_CARDS).where(_CARDS.c.id.in_(list(card_ids))).values(**values))


def _distinct_notes(session: Session, condition: Any, room: int, studied: frozenset[str]) -> int:
    """How many notes (up to `room`, none of `studied`) have a card matching `condition`."""
    if room <= 0:
        return 0
    notes = session.scalars(
        select(Card.note_key).where(condition).distinct().limit(room + len(studied))
    )
    return min(room, sum(1 for note in notes if note not in studied))


def deck_counts(
    session: Session,
    rooms: Mapping[int, tuple[int, int]],
    now: datetime,
    end: datetime,
    studied: frozenset[str],
) -> dict[int, tuple[int, int, int]]:
    """Per deck: (new, learning, review) cards left today, within each deck's room.

    `rooms` holds the new cards and reviews each deck may still show today; as in the
    queue, a note studied today (`studied`) shows no other card, and of a note's new or
    review cards only one counts.  Each count stops once the room is full, so it costs
    about the same at a hundred cards or a hundred thousand.
    """
    learning_states = (CardState.LEARNING, CardState.RELEARNING)
    counts: dict[int, tuple[int, int, int]] = {}
    for deck_id, (new_room, review_room) in rooms.items():
        studiable = _studiable([deck_id], now)

        # New cards are counted as the queue reads them, a page at a time in order of
        # introduction (a DISTINCT over them made PostgreSQL walk the whole note index).
        fresh = _new_entries(session, deck_id, now, new_room, studied) if new_room > 0 else []
        new = min(new_room, len({e.note_key for e in fresh if e.note_key not in studied}))
        due = and_(studiable, Card.state == CardState.REVIEW, Card.due < end)
        review = _distinct_notes(session, due, review_room, studied)
        learning = session.scalar(
            select(func.count()).where(studiable, Card.state.in_(learning_states), Card.due < end)
        )
        counts[deck_id] = (new, int(learning or 0), review)
    return counts


def next_due_after(session: Session, ids: Sequence[int], moment: datetime) -> datetime | None:
    """The earliest due time at or after `moment` among studiable cards."""
    due: datetime | None = session.scalar(
        select(func.min(Card.due)).where(_studiable(ids, moment), Card.due >= moment)
    )
    if due is not None and due.tzinfo is None:  # aggregates bypass the column type
        due = due.replace(tzinfo=UTC)
    return due


def due_review_counts(
    session: Session, ids: Sequence[int], start: datetime, end: datetime
) -> list[tuple[datetime, int]]:
    """(due, cards) of the review cards of decks `ids` due from `start` until `end`."""
    rows = session.execute(
        select(Card.due, func.count())
        .where(
            Card.deck_id.in_(ids),
            Card.state == CardState.REVIEW,
            Card.due >= start,
            Card.due < end,
            Card.retired.is_(False),
            Card.suspended.is_(False),
        )
        .group_by(Card.due)
    )
    return [(due, int(count)) for due, count in rows if due is not None]


_SIBLING_DUES = select(_CARDS.c.due).where(
    _CARDS.c.note_key == bindparam("note"),
    _CARDS.c.id != bindparam("card"),
    _CARDS.c.state == int(CardState.REVIEW),
    _CARDS.c.due.is_not(None),
    _CARDS.c.retired.is_(False),
)


def sibling_dues(session: Session, card_id: int, note_key: str | None = None) -> list[datetime]:
    """When the other review cards of a card's note are due (one prebuilt statement)."""
    if note_key is None:
        note_key = session.scalar(select(Card.note_key).where(Card.id == card_id))
    rows = session.connection().execute(_SIBLING_DUES, {"note": note_key, "card": card_id})
    return [due for (due,) in rows]
