"""What imports and exports read and write: cards by uid, logs, merged entries, articles."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.orm import Session

from flashcards.store import parses
from flashcards.store.models import ArticleRow, Card, ReviewLog, utcnow
from flashcards.types import Article, Memory, Rating

_CARDS = cast(Table, Card.__table__)
_LOG = cast(Table, ReviewLog.__table__)
#: Rows per IN (...) query: well under SQLite's limit on bound parameters.
_CHUNK = 500

#: The `mode` of review-log entries that came from Anki (their time is Anki's revlog id).
IMPORTED_MODE = "anki"


@dataclass(frozen=True)
class StoredCard:
    """What an import needs to know of a card already in the collection."""

    id: int
    uid: str
    deck_id: int
    group_key: str
    source_lang: str
    target_lang: str
    retired: bool
    deleted: bool
    suspended: bool
    buried_until: datetime | None
    flag: int
    tags: tuple[str, ...]
    front: str
    back: str
    created_at: datetime
    updated_at: datetime
    anki_state: str = ""  # its state in Anki as the last import brought it (JSON; "": none)


@dataclass(frozen=True)
class HistoryEntry:
    """One review-log row of a card: stored (`id`) or about to be (`id` None)."""

    id: int | None
    reviewed_at: datetime
    kind: str
    rating: Rating | None
    mode: str
    duration_ms: int | None
    before: Memory
    after: Memory


def stored_cards(session: Session) -> list[StoredCard]:
    """Every card of the collection, retired ones too (an import matches them by uid)."""
    query = select(
        Card.id,
        Card.uid,
        Card.deck_id,
        Card.group_key,
        Card.source_lang,
        Card.target_lang,
        Card.retired,
        Card.deleted,
        Card.suspended,
        Card.buried_until,
        Card.flag,
        Card.tags,
        Card.front,
        Card.back,
        Card.created_at,
        Card.updated_at,
        Card.anki_state,
    )
    return [
        StoredCard(
            row.id,
            row.uid,
            row.deck_id,
            row.group_key,
            row.source_lang,
            row.target_lang,
            row.retired,
            row.deleted,
            row.suspended,
            row.buried_until,
            row.flag,
            tuple(row.tags.split()),
            row.front,
            row.back,
            row.created_at,
            row.updated_at,
            row.anki_state,
        )
        for row in session.execute(query)
    ]


def ids_by_uid(session: Session, uids: Iterable[str]) -> dict[str, int]:
    wanted = list(dict.fromkeys(uids))
    found: dict[str, int] = {}
    for first in range(0, len(wanted), _CHUNK):
        query = select(Card.uid, Card.id).where(Card.uid.in_(wanted[first : first + _CHUNK]))
        found.update((uid, card_id) for uid, card_id in session.execute(query))
    return found


def imported_times(
    session: Session, card_ids: Iterable[int], mode: str
) -> dict[int, set[datetime]]:
    """When each card's imported entries (of `mode`) were made: what an import has already."""
    wanted = list(dict.fromkeys(card_ids))
    found: dict[int, set[datetime]] = {card_id: set() for card_id in wanted}
    for first in range(0, len(wanted), _CHUNK):
        query = select(_LOG.c.card_id, _LOG.c.reviewed_at).where(
            _LOG.c.card_id.in_(wanted[first : first + _CHUNK]), _LOG.c.mode == mode
        )
        for card_id, reviewed_at in session.execute(query):
            found[card_id].add(reviewed_at)
    return found


def histories(session: Session, card_ids: Iterable[int]) -> dict[int, list[HistoryEntry]]:
    """The review log of each card, oldest first (by time, then by id)."""
    wanted = list(dict.fromkeys(card_ids))
    found: dict[int, list[HistoryEntry]] = {card_id: [] for card_id in wanted}
    columns = (
        _LOG.c.id,
        _LOG.c.card_id,
        _LOG.c.reviewed_at,
        _LOG.c.kind,
        _LOG.c.rating,
        _LOG.c.mode,
        _LOG.c.duration_ms,
        _LOG.c.before,
        _LOG.c.state_after,
        _LOG.c.stability_after,
        _LOG.c.difficulty_after,
        _LOG.c.due_after,
    )
    for first in range(0, len(wanted), _CHUNK):
        query = (
            select(*columns)
            .where(_LOG.c.card_id.in_(wanted[first : first + _CHUNK]))
            .order_by(_LOG.c.card_id, _LOG.c.reviewed_at, _LOG.c.id)
        )
        for row in session.execute(query):
            before = Memory.from_dict(json.loads(row.before))
            after = Memory(
                state=row.state_after,
                stability=row.stability_after,
                difficulty=row.difficulty_after,
                due=row.due_after,
            )
            found[row.card_id].append(
                HistoryEntry(
                    row.id,
                    row.reviewed_at,
                    row.kind,
                    None if row.rating is None else Rating(row.rating),
                    row.mode,
                    row.duration_ms,
                    before,
                    after,
                )
            )
    return found


def _log_values(entry: HistoryEntry) -> dict[str, Any]:
    return {
        "state_before": int(entry.before.state),
        "state_after": int(entry.after.state),
        "stability_after": entry.after.stability,
        "difficulty_after": entry.after.difficulty,
        "due_after": entry.after.due,
        "before": json.dumps(entry.before.to_dict()),
    }


def _memory_values(memory: Memory) -> dict[str, Any]:
    """The card columns of a memory (store.schedule keeps its own, prefixed for its hot path)."""
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


def _bound_update(table: Table, columns: Iterable[str]) -> Any:
    """UPDATE table SET column = :b_column … WHERE id = :b_id, for executemany."""
    return (
        update(table)
        .where(table.c.id == bindparam("b_id"))
        .values({name: bindparam(f"b_{name}") for name in columns})
    )


_UPDATE_LOG = _bound_update(
    _LOG,
    ("state_before", "state_after", "stability_after", "difficulty_after", "due_after", "before"),
)
_UPDATE_MEMORY = _bound_update(
    _CARDS, ("state", "step", "stability", "difficulty", "due", "last_review", "reps", "lapses")
)


def write_histories(
    session: Session,
    merged: Mapping[int, Sequence[HistoryEntry]],
    memories: Mapping[int, Memory],
) -> int:
    """Store each card's merged history and the memory it ends in.

    Entries without an id are added; stored ones get the states their replay gave
    (what undo restores).  Returns the number of entries added.
    """
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    for card_id, entries in merged.items():
        for entry in entries:
            values = _log_values(entry)
            if entry.id is None:
                inserts.append(
                    {
                        "card_id": card_id,
                        "reviewed_at": entry.reviewed_at,
                        "kind": entry.kind,
                        "rating": None if entry.rating is None else int(entry.rating),
                        "mode": entry.mode,
                        "duration_ms": entry.duration_ms,
                        **values,
                    }
                )
            else:
                updates.append({"b_id": entry.id, **{f"b_{k}": v for k, v in values.items()}})
    if inserts:
        session.execute(insert(_LOG), inserts)
    if updates:
        session.connection().execute(_UPDATE_LOG, updates)
    if memories:
        rows = [
            {"b_id": card_id, **{f"b_{k}": v for k, v in _memory_values(m).items()}}
            for card_id, m in memories.items()
        ]
        session.connection().execute(_UPDATE_MEMORY, rows)
    return len(inserts)


def set_card_states(session: Session, changes: Mapping[int, Mapping[str, Any]]) -> None:
    """Queue states, flags and tags an import brings (suspended, buried_until, flag, tags,
    and anki_state: the card's state in Anki that brought them)."""
    now = utcnow()
    by_columns: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for card_id, values in changes.items():
        if values:
            row = {f"new_{name}": value for name, value in values.items()}
            by_columns[tuple(sorted(values))].append({"card_id": card_id, **row})
    for columns, rows in by_columns.items():  # one statement for the cards of each shape
        statement = (
            update(_CARDS)
            .where(_CARDS.c.id == bindparam("card_id"))
            .values({**{name: bindparam(f"new_{name}") for name in columns}, "updated_at": now})
        )
        session.execute(statement, rows)


def retire(session: Session, card_ids: Sequence[int]) -> None:
    """Retire cards (kept with their history, no longer shown)."""
    now = utcnow()
    for first in range(0, len(card_ids), _CHUNK):
        session.execute(
            update(_CARDS)
            .where(_CARDS.c.id.in_(list(card_ids[first : first + _CHUNK])))
            .values(retired=True, updated_at=now)
        )


def file_cards(session: Session, deck_id: int, group_key: str) -> list[tuple[int, str, str, str]]:
    """(id, uid, source language, target language) of a deck's active cards from one file."""
    query = select(Card.id, Card.uid, Card.source_lang, Card.target_lang).where(
        Card.deck_id == deck_id, Card.group_key == group_key, Card.retired.is_(False)
    )
    return [(row.id, row.uid, row.source_lang, row.target_lang) for row in session.execute(query)]


def articles_by_group(session: Session, group_keys: Iterable[str]) -> dict[str, list[Article]]:
    """The parsed articles of each translation group, as the last build read them."""
    wanted = list(dict.fromkeys(group_keys))
    found: dict[str, list[Article]] = {key: [] for key in wanted}
    for first in range(0, len(wanted), _CHUNK):
        query = (
            select(ArticleRow.group_key, ArticleRow.parsed)
            .where(
                ArticleRow.group_key.in_(wanted[first : first + _CHUNK]),
                ArticleRow.parsed != parses.NO_PARSE,  # a parse a build has still to write
            )
            .order_by(ArticleRow.path)
        )
        for key, parsed in session.execute(query):
            article = parses.article(parsed)
            if article is not None:  # else a parse this version cannot read
                found[key].append(article)
    return found
