"""An answer's write with its review-log entry, the log read back, and undo."""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, bindparam, delete, insert, select, update

from flashcards.records import LogEntry
from flashcards.store.models import Card, ReviewLog
from flashcards.store.prepared import Executor, study_path
from flashcards.store.schedule import MEMORY_COLUMNS, Runner, executor_of
from flashcards.types import CardState, Memory, Rating, StudyMode

_CARDS = cast(Table, Card.__table__)
_LOG = cast(Table, ReviewLog.__table__)

_SET_MEMORY = (
    update(_CARDS)
    .where(_CARDS.c.id == bindparam("card_id"))
    .values({c.name: bindparam("m_" + c.name, type_=c.type) for c in MEMORY_COLUMNS})
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
    executor = executor_of(runner)
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
    executor = executor_of(runner)
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


study_path(_SET_MEMORY_IF, _ADD_LOG)
