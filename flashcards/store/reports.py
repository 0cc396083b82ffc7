"""Learners' reports of bad generated cards: written, taken back, counted, and read by builds."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from flashcards.store.cards import IMPORTED_PREFIXES
from flashcards.store.models import Card, CardReport, Deck, SelectionCard
from flashcards.types import BadReason, CardKind

#: What names a reported card's text in its article: group, kind, direction, front, back.
TextKey = tuple[str, str, str, str, str, str]


@dataclass(frozen=True)
class ReportedCard:
    """What marking a card bad needs to know of it."""

    id: int
    uid: str
    deck_id: int
    group_key: str
    kind: CardKind
    source_lang: str
    target_lang: str
    front: str
    back: str
    retired: bool
    deleted: bool
    #: Made by the builder from articles (not imported, not typed by hand).
    generated: bool


def generated(uid: str, group_key: str, source_files: Sequence[str]) -> bool:
    """Whether a card was made by the builder from articles (not imported, not by hand)."""
    return (
        bool(source_files)
        and not group_key.startswith(IMPORTED_PREFIXES)
        and not uid.startswith(IMPORTED_PREFIXES)
    )


def card_to_report(session: Session, card_id: int) -> ReportedCard | None:
    row = session.get(Card, card_id)
    if row is None:
        return None
    # A card the learner made from a selection in the reader is theirs, not the builder's.
    selected = session.scalar(select(SelectionCard.id).where(SelectionCard.uid == row.uid))
    return ReportedCard(
        id=row.id,
        uid=row.uid,
        deck_id=row.deck_id,
        group_key=row.group_key,
        kind=CardKind(row.kind),
        source_lang=row.source_lang,
        target_lang=row.target_lang,
        front=row.front,
        back=row.back,
        retired=row.retired,
        deleted=row.deleted,
        generated=selected is None
        and generated(row.uid, row.group_key, json.loads(row.source_files or "[]")),
    )


def card_id_of(session: Session, uid: str) -> int | None:
    """The id of the card with `uid`, if there is one."""
    return session.scalar(select(Card.id).where(Card.uid == uid))


def add_report(
    session: Session, card: ReportedCard, reason: BadReason, note: str, now: datetime
) -> int:
    """Store one report of `card` (what it says now, and why); its id."""
    values = {
        "card_uid": card.uid,
        "deck_id": card.deck_id,
        "group_key": card.group_key,
        "kind": card.kind.value,
        "source_lang": card.source_lang,
        "target_lang": card.target_lang,
        "front": card.front,
        "back": card.back,
        "reason": reason.value,
        "note": note,
        "reported_at": now,
    }
    report_id = session.execute(
        insert(CardReport).values(**values).returning(CardReport.id)
    ).scalar_one()
    return int(report_id)


def remove_report(session: Session, report_id: int) -> bool:
    """Take a report back (its undo); False when it is gone already."""
    result = session.execute(delete(CardReport).where(CardReport.id == report_id))
    return bool(getattr(result, "rowcount", 0))


#: A report's columns, as `take_reports` returns them and `restore_reports` writes them back.
_REPORT_COLUMNS = tuple(c.name for c in CardReport.__table__.columns)


def take_reports(session: Session, uid: str) -> list[dict[str, object]]:
    """Delete the reports of the card `uid` (unmarking it); what they held, oldest first."""
    rows = session.execute(
        select(CardReport.__table__).where(CardReport.card_uid == uid).order_by(CardReport.id)
    ).mappings()
    taken = [{name: row[name] for name in _REPORT_COLUMNS} for row in rows]
    session.execute(delete(CardReport).where(CardReport.card_uid == uid))
    return taken


def restore_reports(session: Session, reports: Sequence[Mapping[str, object]]) -> None:
    """Write back reports `take_reports` took, ids and all (the undo of unmarking)."""
    if reports:
        session.execute(insert(CardReport), [dict(report) for report in reports])


@dataclass(frozen=True)
class Marked:
    """Why a card was marked bad: the reason, the learner's note and when."""

    reason: BadReason
    note: str
    reported_at: datetime


def uid_of(session: Session, card_id: int) -> str:
    return str(session.scalar(select(Card.uid).where(Card.id == card_id)) or "")


def marked(session: Session, uid: str) -> Marked | None:
    """The latest report of the card `uid`, if it is marked bad."""
    row = session.execute(
        select(CardReport.reason, CardReport.note, CardReport.reported_at)
        .where(CardReport.card_uid == uid)
        .order_by(CardReport.id.desc())
        .limit(1)
    ).first()
    return None if row is None else Marked(BadReason(row.reason), row.note, row.reported_at)


def report_exists(session: Session, report_id: int) -> bool:
    return session.get(CardReport, report_id) is not None


def reason_counts(session: Session, deck_ids: Sequence[int]) -> list[tuple[str, str, int]]:
    """(reason, card kind, number of reports) of the decks' reported cards."""
    rows = session.execute(
        select(CardReport.reason, CardReport.kind, func.count())
        .where(CardReport.deck_id.in_(list(deck_ids)))
        .group_by(CardReport.reason, CardReport.kind)
    )
    return [(reason, kind, count) for reason, kind, count in rows]


@dataclass(frozen=True)
class Report:
    """One stored report, as `flashcards bad --list` shows it."""

    id: int
    deck: str
    card_uid: str
    kind: str
    source_lang: str
    target_lang: str
    front: str
    back: str
    reason: str
    note: str
    reported_at: datetime


def list_reports(session: Session, deck_ids: Sequence[int]) -> list[Report]:
    """The decks' reports, oldest first."""
    rows = session.execute(
        select(CardReport, Deck.name)
        .join(Deck, Deck.id == CardReport.deck_id)
        .where(CardReport.deck_id.in_(list(deck_ids)))
        .order_by(CardReport.id)
    )
    return [
        Report(
            id=r.id,
            deck=name,
            card_uid=r.card_uid,
            kind=r.kind,
            source_lang=r.source_lang,
            target_lang=r.target_lang,
            front=r.front,
            back=r.back,
            reason=r.reason,
            note=r.note,
            reported_at=r.reported_at,
        )
        for r, name in rows
    ]


def reported_texts(session: Session, deck_id: int | None) -> dict[TextKey, str]:
    """The text of each card of the deck learners reported, with the reported card's uid:
    a build does not make that text again under another uid (its place in the article
    moved) in the same article."""
    if deck_id is None:
        return {}
    rows = session.execute(
        select(
            CardReport.group_key,
            CardReport.kind,
            CardReport.source_lang,
            CardReport.target_lang,
            CardReport.front,
            CardReport.back,
            CardReport.card_uid,
        ).where(CardReport.deck_id == deck_id)
    )
    return {(g, k, s, t, f, b): uid for g, k, s, t, f, b, uid in rows}
