"""One undo for the app: every undoable action leaves a step; undoing it puts the cards back."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from flashcards.errors import FlashcardsError
from flashcards.services import browse
from flashcards.services.browse import UndoToken
from flashcards.services.changes import Changes
from flashcards.store import answers as answers_store
from flashcards.store import made as made_store
from flashcards.store import reports as report_store
from flashcards.store import schedule as store
from flashcards.store.database import Database
from flashcards.types import Rating

#: How many steps are kept; older ones cannot be undone (Anki keeps about as many).
LIMIT = 30


class UndoAction(StrEnum):
    """What an undo step takes back (the front end names it: "Undo Bury", "Undid Good")."""

    ANSWER = "answer"
    BURY = "bury"
    SUSPEND = "suspend"
    UNSUSPEND = "unsuspend"
    FLAG = "flag"
    EDIT = "edit"
    RESET = "reset"
    DELETE = "delete"
    MARK_BAD = "mark_bad"
    UNMARK_BAD = "unmark_bad"
    ADD = "add"


class UndoError(FlashcardsError):
    """A step can no longer be undone: its cards changed since (the message says which)."""


@dataclass(frozen=True)
class UndoStep:
    """What one action replaced, exactly, so that `undo` can put it back.

    `rating` and `review_id` belong to an answer; `before` holds, per card, the columns
    (`store.cards.CARD_MARKS`) a reviewer action changed; `token` a browser action's undo;
    `report_id` the report that marking a card bad wrote; `reports` those unmarking it
    deleted (every column, to write back); `anchors`, for cards added from a selection in
    the reader, each card's uid and the card as made its sentence held before (None: none).
    An addition's `before` holds the cards that existed (`store.made.ADDED_COLUMNS`); the
    others were new.
    """

    action: UndoAction
    card_ids: tuple[int, ...]
    rating: Rating | None = None
    review_id: int | None = None
    before: Mapping[int, Mapping[str, Any]] = field(default_factory=dict)
    token: UndoToken | None = None
    report_id: int | None = None
    reports: tuple[Mapping[str, Any], ...] = ()
    anchors: tuple[tuple[str, str | None], ...] = ()


class UndoStack:
    """The steps that can be undone, the latest last (at most `LIMIT`)."""

    def __init__(self, limit: int = LIMIT) -> None:
        self.limit = limit
        self._steps: list[UndoStep] = []

    def push(self, step: UndoStep) -> None:
        self._steps.append(step)
        del self._steps[: -self.limit]

    def pop(self) -> UndoStep | None:
        return self._steps.pop() if self._steps else None

    def peek(self) -> UndoStep | None:
        return self._steps[-1] if self._steps else None

    def __len__(self) -> int:
        return len(self._steps)


def _undo_answer(db: Database, step: UndoStep) -> Changes:
    card_id = step.card_ids[0]
    with db.begin() as session:
        history = answers_store.history(session, card_id)
        last = history[-1] if history else None
        if last is None or last.id != step.review_id:
            raise UndoError("the card was answered or changed since; the answer cannot be undone")
        answers_store.undo_entry(session, last)
        for marked, values in step.before.items():  # an answer that made a leech
            store.set_flags(session, [marked], **dict(values))
    return Changes.of_cards([card_id], schedule=True, study_queue=True, undo=True) | Changes(
        returned_card=card_id
    )


def _undo_marks(db: Database, step: UndoStep) -> Changes:
    with db.begin() as session:
        for card_id, values in step.before.items():
            store.set_flags(session, [card_id], **dict(values))
    queue = step.action in (UndoAction.BURY, UndoAction.SUSPEND, UndoAction.UNSUSPEND)
    changes = Changes.of_cards(step.card_ids, study_queue=queue, undo=True)
    if queue and len(step.card_ids) == 1:
        changes |= Changes(returned_card=step.card_ids[0])
    return changes


def _undo_token(db: Database, step: UndoStep) -> Changes:
    assert step.token is not None
    browse.undo(db, step.token)
    reset = step.action is UndoAction.RESET
    return Changes.of_cards(
        step.card_ids,
        schedule=reset,
        study_queue=True,
        undo=True,
        card_set=step.action is UndoAction.DELETE,
    )


def _undo_bad(db: Database, step: UndoStep) -> Changes:
    """Take the report back and the card out of retirement, as it was before."""
    assert step.report_id is not None
    with db.begin() as session:
        if not report_store.remove_report(session, step.report_id):
            raise UndoError("the card's report is gone; marking it bad cannot be undone")
        for card_id, values in step.before.items():
            store.set_flags(session, [card_id], **dict(values))
    changes = Changes.of_cards(step.card_ids, card_set=True, study_queue=True, undo=True)
    return changes | Changes(returned_card=step.card_ids[0])


def _undo_unmark(db: Database, step: UndoStep) -> Changes:
    """Write the card's reports back and retire it again, as it was marked."""
    card_id = step.card_ids[0]
    with db.begin() as session:
        uid = step.reports[0]["card_uid"] if step.reports else ""
        if report_store.marked(session, str(uid)) is not None:
            raise UndoError("the card was marked bad again since; unmarking it cannot be undone")
        report_store.restore_reports(session, step.reports)
        for marked_id, values in step.before.items():
            store.set_flags(session, [marked_id], **dict(values))
    return Changes.of_cards([card_id], card_set=True, study_queue=True, undo=True)


def _undo_add(db: Database, step: UndoStep) -> Changes:
    """Delete the cards added (by hand or from a selection), as if they had never been; put
    back those the addition brought back or changed, and the sentences they were made in."""
    new = [card_id for card_id in step.card_ids if card_id not in step.before]
    with db.begin() as session:
        if new and not made_store.remove_unstudied(session, new):
            raise UndoError(
                "the card was answered since; adding it cannot be undone (delete it in the browser)"
            )
        for card_id, values in step.before.items():
            store.set_flags(session, [card_id], **dict(values))
        made_store.restore_anchors(
            session,
            {uid: spec for uid, spec in step.anchors if spec is not None},
            [uid for uid, spec in step.anchors if spec is None],
        )
    return Changes.of_cards(step.card_ids, card_set=True, study_queue=True, undo=True)


def undo(db: Database, step: UndoStep) -> Changes:
    """Put the cards of `step` back as they were before its action, in one transaction."""
    if step.action is UndoAction.ANSWER:
        return _undo_answer(db, step)
    if step.action is UndoAction.MARK_BAD:
        return _undo_bad(db, step)
    if step.action is UndoAction.UNMARK_BAD:
        return _undo_unmark(db, step)
    if step.action is UndoAction.ADD:
        return _undo_add(db, step)
    if step.token is not None:
        return _undo_token(db, step)
    return _undo_marks(db, step)
