"""The card browser: searches, pages, details and undoable bulk actions (SQL in store.browse)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime
from typing import Literal

from sqlalchemy.orm import Session

from flashcards.errors import FlashcardsError
from flashcards.records import LogEntry
from flashcards.scheduler.memory import MemoryModel
from flashcards.store import answers as answers_store
from flashcards.store import browse as store_browse
from flashcards.store import reports as report_store
from flashcards.store import schedule as store
from flashcards.store.browse import SORT_KEYS as SORT_KEYS
from flashcards.store.browse import STATES as STATES
from flashcards.store.browse import BrowseQuery as BrowseQuery
from flashcards.store.browse import BrowseRow as BrowseRow
from flashcards.store.browse import case_variants as case_variants
from flashcards.store.browse import search_terms as search_terms
from flashcards.store.database import Database
from flashcards.store.reports import Marked
from flashcards.types import Memory

Action = Literal["suspend", "unsuspend", "reset", "delete"]


@dataclass(frozen=True)
class CardDetails:
    """Everything about one card: its row, full text, sources, memory and review history."""

    row: BrowseRow
    extra: str
    source_files: tuple[str, ...]
    memory: Memory
    retrievability: float | None
    buried_until: datetime | None
    history: tuple[LogEntry, ...]
    bad: Marked | None = None  # why it was marked bad, if it was


@dataclass(frozen=True)
class UndoToken:
    """What a bulk action replaced, exactly, so that `undo` can put it back."""

    action: Action
    card_ids: tuple[int, ...]
    suspended: dict[int, bool] = field(default_factory=dict)
    retired: dict[int, bool] = field(default_factory=dict)
    memory: dict[int, Memory] = field(default_factory=dict)  # reset: each card's memory before
    log_ids: tuple[int, ...] = ()  # reset: the manual log entries it wrote


def count(db: Database, query: BrowseQuery, now: datetime | None = None) -> int:
    """How many cards match (one query; no rows are loaded)."""
    with db.begin() as session:
        return store_browse.count(session, query, now or datetime.now(UTC))


def page(
    db: Database,
    query: BrowseQuery,
    offset: int,
    limit: int,
    sort: tuple[str, bool] = ("id", True),
    now: datetime | None = None,
) -> list[BrowseRow]:
    """One page of matching cards, sorted by `sort` = (key, ascending), ties by id."""
    with db.begin() as session:
        return store_browse.page(session, query, offset, limit, sort, now or datetime.now(UTC))


def rows_by_id(db: Database, card_ids: Sequence[int], now: datetime) -> list[BrowseRow]:
    """The current rows of some cards (after an action), whatever the filters."""
    with db.begin() as session:
        return store_browse.rows(session, card_ids, now)


def card_details(db: Database, card_id: int, now: datetime) -> CardDetails:
    with db.begin() as session:
        rows = store_browse.rows(session, [card_id], now)
        if not rows:
            raise FlashcardsError(f"no card with id {card_id}")
        extra, files, buried_until = store_browse.details(session, card_id)
        uid = report_store.uid_of(session, card_id)
        memory = store.memory_of(session, card_id)
        model = MemoryModel(store.load_config(session))
        return CardDetails(
            row=rows[0],
            extra=extra,
            source_files=tuple(json.loads(files)),
            memory=memory,
            retrievability=model.retrievability(memory, now),
            buried_until=buried_until,
            history=tuple(answers_store.history(session, card_id)),
            bad=report_store.marked(session, uid) if rows[0].marked_bad else None,
        )


def filter_choices(db: Database) -> tuple[list[str], list[tuple[str, str]]]:
    """The deck names and the (source, target) language pairs present, for the filters."""
    with db.begin() as session:
        return store_browse.filter_choices(session)


# -- undoable actions ---------------------------------------------------------------------


_chunks = store_browse.chunks


def _set_each(session: Session, previous: dict[int, bool], name: str) -> None:
    for value in (True, False):
        for chunk in _chunks([i for i, v in previous.items() if v is value]):
            store.set_flags(session, chunk, **{name: value})


def set_suspended(db: Database, card_ids: Sequence[int], suspended: bool) -> UndoToken:
    """Suspend or unsuspend cards; the token remembers each card's previous flag."""
    with db.begin() as session:
        previous = store_browse.values(session, card_ids, "suspended")
        for chunk in _chunks(list(previous)):
            store.set_flags(session, chunk, suspended=suspended)
    action: Action = "suspend" if suspended else "unsuspend"
    return UndoToken(action, tuple(previous), suspended=previous)


def retire(db: Database, card_ids: Sequence[int]) -> UndoToken:
    """The browser's Delete: cards leave every queue and list; their rows and history stay."""
    with db.begin() as session:
        previous = store_browse.values(session, card_ids, "retired")
        for chunk in _chunks(list(previous)):
            store.set_flags(session, chunk, retired=True, deleted=True)
    return UndoToken("delete", tuple(previous), retired=previous)


def reset(db: Database, card_ids: Sequence[int], now: datetime) -> UndoToken:
    """Make cards new again, writing what services.study.reset writes (a manual log entry
    per card), but in one transaction that tells the token exactly which entries it wrote."""
    memory: dict[int, Memory] = {}
    log_ids: list[int] = []
    with db.begin() as session:
        for card_id in store_browse.values(session, card_ids, "id"):
            before = memory[card_id] = store.memory_of(session, card_id)
            log_ids.append(
                answers_store.write_answer(
                    session, card_id, before, Memory(), now, rating=None, kind="manual"
                )
            )
    return UndoToken("reset", tuple(memory), memory=memory, log_ids=tuple(log_ids))


def _undo_reset(session: Session, token: UndoToken) -> None:
    """Restore each card's memory and drop the reset's log entries, if nothing came after."""
    latest = store_browse.latest_entries(session, list(token.memory))
    ours = set(token.log_ids)
    changed = [card_id for card_id in token.memory if latest.get(card_id) not in ours]
    if changed:
        raise FlashcardsError(
            f"{len(changed)} of the reset cards changed since; the reset cannot be undone"
        )
    for card_id, before in token.memory.items():
        values = {f.name: getattr(before, f.name) for f in fields(before)}
        store.set_flags(session, [card_id], **{**values, "state": int(before.state)})
    store_browse.drop_entries(session, token.log_ids)


def undo(db: Database, token: UndoToken) -> None:
    """Put the cards of `token` back exactly as they were before its action."""
    with db.begin() as session:
        if token.action == "reset":
            _undo_reset(session, token)
        elif token.action == "delete":
            _set_each(session, token.retired, "retired")
            for chunk in _chunks(list(token.retired)):
                store.set_flags(session, chunk, deleted=False)
        else:
            _set_each(session, token.suspended, "suspended")


def apply(db: Database, action: Action, card_ids: Sequence[int], now: datetime) -> UndoToken:
    """Run one of the browser's actions by name."""
    if action == "reset":
        return reset(db, card_ids, now)
    if action == "delete":
        return retire(db, card_ids)
    return set_suspended(db, card_ids, action == "suspend")
