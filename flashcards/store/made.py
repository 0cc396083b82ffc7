"""Cards the learner made, from a selection in the reader or by hand: the sentences selection
cards were made in, and what a new card would duplicate."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from flashcards.store.models import Card, ReviewLog, SelectionCard, utcnow
from flashcards.types import CardKind, CardSpec

#: Texts longer than this are sentences, not terms: no duplicate of a term.
_TERM_LENGTH = 200


def spec_json(spec: CardSpec) -> str:
    """A card's spec as stored beside the sentence it was made in."""
    data: dict[str, Any] = {
        "uid": spec.uid,
        "note_key": spec.note_key,
        "kind": spec.kind.value,
        "source_lang": spec.source_lang,
        "target_lang": spec.target_lang,
        "front": spec.front,
        "back": spec.back,
        "extra": spec.extra,
        "group_key": spec.group_key,
        "source_files": list(spec.source_files),
        "alternatives": list(spec.alternatives),
        "answer_lemma": spec.answer_lemma,
    }
    return json.dumps(data, ensure_ascii=False)


def spec_of(text: str) -> CardSpec:
    data = json.loads(text)
    return CardSpec(
        uid=str(data["uid"]),
        note_key=str(data["note_key"]),
        kind=CardKind(data["kind"]),
        source_lang=str(data["source_lang"]),
        target_lang=str(data["target_lang"]),
        front=str(data["front"]),
        back=str(data["back"]),
        extra=str(data.get("extra", "")),
        group_key=str(data["group_key"]),
        source_files=tuple(str(p) for p in data.get("source_files", ())),
        alternatives=tuple(str(a) for a in data.get("alternatives", ())),
        answer_lemma=str(data.get("answer_lemma", "")),
    )


def save_anchors(
    session: Session, deck_id: int, anchors: Sequence[tuple[str, str, CardSpec]]
) -> None:
    """Remember the sentence (language, text) each selection card was made in; a card made
    again from the same selection keeps its row, with the card as made now."""
    uids = [spec.uid for _, _, spec in anchors]
    existing = {
        row.uid: row
        for row in session.scalars(select(SelectionCard).where(SelectionCard.uid.in_(uids)))
    }
    for lang, sentence, spec in anchors:
        row = existing.get(spec.uid)
        if row is None:
            session.add(
                SelectionCard(
                    deck_id=deck_id,
                    uid=spec.uid,
                    group_key=spec.group_key,
                    lang=lang,
                    sentence=sentence,
                    spec=spec_json(spec),
                    created_at=utcnow(),
                )
            )
        else:
            row.spec = spec_json(spec)
    session.flush()


def anchors(session: Session, deck_id: int) -> list[tuple[str, str, CardSpec]]:
    """(language, sentence, card as made) of each selection card of the deck."""
    query = (
        select(SelectionCard.lang, SelectionCard.sentence, SelectionCard.spec)
        .where(SelectionCard.deck_id == deck_id)
        .order_by(SelectionCard.id)
    )
    return [(lang, sentence, spec_of(spec)) for lang, sentence, spec in session.execute(query)]


#: The columns adding a card of a spec may change on an existing card (`cards.add_cards`,
#: after `revive`): what undoing the addition writes back.
ADDED_COLUMNS = (
    "note_key",
    "kind",
    "source_lang",
    "target_lang",
    "front",
    "back",
    "extra",
    "group_key",
    "source_files",
    "alternatives",
    "answer_lemma",
    "content_hash",
    "retired",
    "deleted",
    "updated_at",
)


def cards_before_adding(
    session: Session, deck_id: int, uids: Sequence[str]
) -> dict[str, tuple[int, dict[str, Any]]]:
    """(id, `ADDED_COLUMNS`) of the deck's cards with these uids, by uid, as they are now."""
    columns = [getattr(Card, name) for name in ADDED_COLUMNS]
    query = select(Card.uid, Card.id, *columns).where(
        Card.deck_id == deck_id, Card.uid.in_(list(uids))
    )
    return {
        uid: (card_id, dict(zip(ADDED_COLUMNS, values, strict=True)))
        for uid, card_id, *values in session.execute(query)
    }


def anchor_specs(session: Session, uids: Sequence[str]) -> dict[str, str]:
    """The card as made (JSON) of the selection cards with these uids that have a sentence."""
    query = select(SelectionCard.uid, SelectionCard.spec).where(SelectionCard.uid.in_(list(uids)))
    return {uid: spec for uid, spec in session.execute(query)}


def restore_anchors(session: Session, specs: dict[str, str], remove: Sequence[str]) -> None:
    """Put back the card as made of the anchors in `specs`; forget those of `remove`."""
    for uid, spec in specs.items():
        session.execute(update(SelectionCard).where(SelectionCard.uid == uid).values(spec=spec))
    if remove:
        session.execute(delete(SelectionCard).where(SelectionCard.uid.in_(list(remove))))


def card_ids(session: Session, deck_id: int, uids: Sequence[str]) -> list[int]:
    """The ids of the deck's cards with these uids, in their order."""
    query = select(Card.uid, Card.id).where(Card.deck_id == deck_id, Card.uid.in_(list(uids)))
    found = {uid: card_id for uid, card_id in session.execute(query)}
    return [found[uid] for uid in uids if uid in found]


def existing_uids(session: Session, deck_id: int, uids: Sequence[str]) -> set[str]:
    """Those of `uids` that are active cards of the deck."""
    if not uids:
        return set()
    query = select(Card.uid).where(
        Card.deck_id == deck_id, Card.uid.in_(list(uids)), Card.retired.is_(False)
    )
    return set(session.scalars(query))


def revive(session: Session, deck_id: int, uids: Sequence[str]) -> None:
    """Let the cards with these uids that the user deleted be added again (asked for anew)."""
    if uids:
        session.execute(
            update(Card)
            .where(Card.deck_id == deck_id, Card.uid.in_(list(uids)), Card.deleted.is_(True))
            .values(deleted=False)
        )


def first_note(session: Session, card_ids: Sequence[int]) -> str | None:
    """The note key of the first (oldest) of these cards: a new card of their sentence
    becomes its sibling."""
    if not card_ids:
        return None
    return session.scalar(
        select(Card.note_key).where(Card.id.in_(list(card_ids))).order_by(Card.id).limit(1)
    )


def term_texts(session: Session, deck_id: int) -> list[tuple[int, str, str, str, str, str, str]]:
    """(id, kind, source language, target language, front, back, answer in dictionary form)
    of the deck's active cards whose answer is short enough to be a term."""
    short = func.length(Card.back) <= _TERM_LENGTH
    query = select(
        Card.id,
        Card.kind,
        Card.source_lang,
        Card.target_lang,
        Card.front,
        Card.back,
        Card.answer_lemma,
    ).where(Card.deck_id == deck_id, Card.retired.is_(False), short)
    return [tuple(row) for row in session.execute(query)]  # type: ignore[misc]


def term_pairs(session: Session, deck_id: int) -> list[tuple[str, str, str, str]]:
    """(source language, target language, front, back) of the deck's active term cards."""
    kinds = [CardKind.TERM.value, CardKind.LINKED_TERM.value]
    query = select(Card.source_lang, Card.target_lang, Card.front, Card.back).where(
        Card.deck_id == deck_id, Card.retired.is_(False), Card.kind.in_(kinds)
    )
    return [tuple(row) for row in session.execute(query)]  # type: ignore[misc]


def remove_unstudied(session: Session, card_ids: Sequence[int]) -> bool:
    """Delete cards just added by hand (the undo of adding them), unless one has been
    answered since (then nothing is deleted: False)."""
    ids = list(card_ids)
    if session.scalar(select(ReviewLog.id).where(ReviewLog.card_id.in_(ids)).limit(1)):
        return False
    session.execute(delete(Card).where(Card.id.in_(ids)))
    return True
