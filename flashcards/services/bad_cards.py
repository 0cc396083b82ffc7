"""Marking a generated card bad: it is retired for good, its report (why) kept and counted.

A card is known by its uid, which the builder derives from the article, the kind and the
place in the article, never from the text: a card marked bad stays retired whatever later
builds make of that place (a fixed translation included; the learner can undo the mark,
or find the card in the browser).  Its text is kept with the report, and a build does not
make that same text again under another uid in the same article either (the sentence moved).

Only the builder's cards can be marked bad: an imported or hand-made card is the learner's
own (the browser deletes it), and counting it would blur what the reasons say of the builder.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from flashcards.errors import FlashcardsError
from flashcards.records import CardRecord
from flashcards.services.changes import Changed, Changes
from flashcards.services.undo import UndoAction, UndoStep
from flashcards.store import reports as store
from flashcards.store import schedule as schedule_store
from flashcards.store.database import Database
from flashcards.types import BadReason, CardKind

#: The longest note a report keeps (a short remark, not an essay).
NOTE_LIMIT = 200


class NotGenerated(FlashcardsError):
    """The card was not made by the builder (imported, or typed by hand)."""


@dataclass(frozen=True)
class BadMark:
    """A card marked bad: the card, and the report that says why."""

    card_id: int
    report_id: int
    uid: str
    reason: BadReason


def clean_note(note: str) -> str:
    """The note as stored: one line, trimmed; longer than `NOTE_LIMIT` is an error."""
    text = " ".join(note.split())
    if len(text) > NOTE_LIMIT:
        raise FlashcardsError(
            f"the note is {len(text)} characters long; at most {NOTE_LIMIT} are kept"
        )
    return text


def mark_bad(
    db: Database, card_id: int, reason: BadReason, now: datetime, note: str = ""
) -> Changed[BadMark]:
    """Retire a generated card for good and keep the learner's reason, in one transaction."""
    reason = BadReason(reason)
    text = clean_note(note)
    with db.begin() as session:
        card = store.card_to_report(session, card_id)
        if card is None:
            raise FlashcardsError(f"no card with id {card_id}")
        if not card.generated:
            raise NotGenerated(
                "only cards made from articles can be marked bad; "
                "an imported or hand-made card can be edited or deleted in the browser"
            )
        if card.retired:
            raise FlashcardsError(f"card {card.uid} is retired already")
        report_id = store.add_report(session, card, reason, text, now)
        schedule_store.set_flags(session, [card_id], retired=True, deleted=True)
    step = UndoStep(
        UndoAction.MARK_BAD,
        (card_id,),
        before={card_id: {"retired": card.retired, "deleted": card.deleted}},
        report_id=report_id,
    )
    changes = Changes.of_cards([card_id], card_set=True, study_queue=True)
    return Changed(BadMark(card_id, report_id, card.uid, reason), changes, step)


@dataclass(frozen=True)
class Unmarked:
    """A card no longer marked bad: back among the active cards, its reports deleted."""

    card_id: int
    uid: str
    reports: int


def unmark_bad(db: Database, card_id: int) -> Changed[Unmarked]:
    """Take back the reports of a card marked bad and restore it, in one transaction; the
    undo step writes the reports back and retires the card again."""
    with db.begin() as session:
        card = store.card_to_report(session, card_id)
        if card is None:
            raise FlashcardsError(f"no card with id {card_id}")
        taken = store.take_reports(session, card.uid)
        if not taken:
            raise FlashcardsError(f"card {card.uid} is not marked bad")
        schedule_store.set_flags(session, [card_id], retired=False, deleted=False)
    step = UndoStep(
        UndoAction.UNMARK_BAD,
        (card_id,),
        before={card_id: {"retired": card.retired, "deleted": card.deleted}},
        reports=tuple(taken),
    )
    changes = Changes.of_cards([card_id], card_set=True, study_queue=True)
    return Changed(Unmarked(card_id, card.uid, len(taken)), changes, step)


def find_card(db: Database, ref: str) -> int:
    """The id of the card `ref` names: its id, or its uid (as `flashcards export` shows)."""
    with db.begin() as session:
        card_id = store.card_id_of(session, ref)
    if card_id is None and ref.strip().isdigit():
        card_id = int(ref.strip())
    if card_id is None:
        raise FlashcardsError(f"no card with uid {ref!r} (give a card's uid or its id)")
    return card_id


def generated(card: CardRecord) -> bool:
    """Whether the builder made `card` (only such a card can be marked bad)."""
    return store.generated(card.uid, card.group_key, card.source_files)


def reports(db: Database, deck: str | None = None) -> list[dict[str, Any]]:
    """Every report (of one deck's cards, or all), oldest first, as plain data: what a
    builder change is checked against (does the new builder still make these texts?)."""
    with db.begin() as session:
        ids = schedule_store.deck_ids(session, deck)
        if deck is not None and not ids:
            raise FlashcardsError(f"no deck named {deck!r}")
        found = store.list_reports(session, ids)
    return [{**asdict(report), "reported_at": report.reported_at.isoformat()} for report in found]


def reason_counts(db: Database, deck_ids: Sequence[int]) -> dict[str, Any]:
    """The reports of the decks' cards counted: in all, per reason, per kind and reason."""
    with db.begin() as session:
        rows = store.reason_counts(session, deck_ids)
    return counted(rows)


def counted(rows: Sequence[tuple[str, str, int]]) -> dict[str, Any]:
    """`{"total": n, "by_reason": {...}, "by_kind": {kind: {reason: n}}}`, every reason
    listed (0 for none) so that two runs compare key by key."""
    by_reason: Counter[str] = Counter({reason.value: 0 for reason in BadReason})
    by_kind: dict[str, Counter[str]] = {}
    for reason, kind, count in rows:
        by_reason[reason] += count
        by_kind.setdefault(kind, Counter())[reason] += count
    order = {kind.value: n for n, kind in enumerate(CardKind)}
    return {
        "total": sum(by_reason.values()),
        "by_reason": dict(by_reason),
        "by_kind": {
            kind: dict(sorted(counts.items()))
            for kind, counts in sorted(by_kind.items(), key=lambda kv: order.get(kv[0], 99))
        },
    }
