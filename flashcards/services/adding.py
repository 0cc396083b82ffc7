"""Add a card typed by hand to any deck (Anki's Add), warning first of cards of the deck with
the same words in dictionary form."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy.orm import Session

from flashcards.builder.selection import Span, pick
from flashcards.errors import FlashcardsError
from flashcards.records import CardRecord
from flashcards.services.changes import Changed, Changes
from flashcards.services.undo import UndoAction, UndoStep
from flashcards.store import cards as card_store
from flashcards.store import made
from flashcards.store import schedule as schedule_store
from flashcards.store.cards import HAND_PREFIX
from flashcards.store.database import Database
from flashcards.store.models import utcnow
from flashcards.text import analysis as layer
from flashcards.text.fold import fold
from flashcards.types import CardKind, CardSpec

#: The kinds whose cards are terms: shown first among the duplicates.
_TERMS = frozenset({CardKind.TERM.value, CardKind.LINKED_TERM.value})
#: At most this many cards are shown as duplicates of a new one.
MAX_SHOWN = 5


@dataclass(frozen=True)
class DeckLanguages:
    """A deck's question and answer languages, and whether it asks both ways."""

    deck: str
    source_lang: str
    target_lang: str
    both_directions: bool


def deck_languages(db: Database, deck: str) -> DeckLanguages:
    with db.read() as session:
        row = card_store.get_deck(session, deck)
        if row is None:
            raise FlashcardsError(f"no deck named {deck!r}")
        return DeckLanguages(row.name, row.source_lang, row.target_lang, row.both_directions)


def dictionary_form(text: str, lang: str) -> str:
    """`text` in dictionary form (*harða söluna → hörð sala*), by the language's analyser
    (loaded on first use: seconds); as typed for a language without one."""
    text = " ".join(text.split())
    if not text:
        return ""
    found = pick(Span(text, 0, len(text)), layer.analyze(text, lang))
    return found.lemma if found is not None else text


def _forms(texts: Mapping[str, str], lemmas: Mapping[str, str]) -> dict[str, set[str]]:
    forms: dict[str, set[str]] = {}
    for lang, text in [*texts.items(), *lemmas.items()]:
        if text.strip():
            forms.setdefault(lang, set()).add(fold(" ".join(text.split())))
    return forms


def same_lemma(session: Session, deck_id: int, forms: Mapping[str, set[str]]) -> list[int]:
    """The deck's active cards one side of which, in one of the languages of `forms`, is one
    of its folded forms (its front, its answer or the answer in dictionary form)."""
    found = []
    for card_id, kind, source, target, front, back, lemma in made.term_texts(session, deck_id):
        sides = ((source, front), (target, back), (target, lemma))
        if any(text and fold(text) in forms.get(lang, ()) for lang, text in sides):
            found.append((kind not in _TERMS, card_id))
    return [card_id for _, card_id in sorted(found)]


def duplicates_in(
    session: Session, deck_id: int, forms: Mapping[str, set[str]], skip: Iterable[str] = ()
) -> list[CardRecord]:
    """The cards `same_lemma` finds (at most `MAX_SHOWN`), those with uids `skip` left out."""
    left_out = set(skip)
    shown = []
    for card_id in same_lemma(session, deck_id, forms):
        record = schedule_store.content_of(session, card_id)
        if record.uid not in left_out:
            shown.append(record)
        if len(shown) >= MAX_SHOWN:
            break
    return shown


@dataclass(frozen=True)
class HandCard:
    """A card typed by hand: its deck, languages and text."""

    deck: str
    source_lang: str
    target_lang: str
    front: str
    back: str
    extra: str = ""
    both_directions: bool = False


def duplicates(db: Database, card: HandCard, *, analyse: bool = True) -> list[CardRecord]:
    """Cards of the deck with the same words as `card` in dictionary form on a side of the
    same language (loads the languages' analysers: call it off the UI thread); without
    `analyse`, the texts are taken to be in dictionary form already."""
    texts = {card.source_lang: card.front, card.target_lang: card.back}
    lemmas = {lang: dictionary_form(text, lang) for lang, text in texts.items()} if analyse else {}
    with db.read() as session:
        deck = card_store.get_deck(session, card.deck)
        if deck is None:
            raise FlashcardsError(f"no deck named {card.deck!r}")
        return duplicates_in(session, deck.id, _forms(texts, lemmas))


def hand_specs(card: HandCard, stamp: str) -> list[CardSpec]:
    """The card (and its reverse when asked for both ways), siblings of one note."""
    group = f"{HAND_PREFIX}{stamp}"
    note = f"{card.deck}/{group}"
    sides = [(card.source_lang, card.target_lang, card.front, card.back)]
    if card.both_directions and card.source_lang != card.target_lang:
        sides.append((card.target_lang, card.source_lang, card.back, card.front))
    return [
        CardSpec(
            uid=f"{note}/{s}>{t}",
            note_key=note,
            kind=CardKind.TERM,
            source_lang=s,
            target_lang=t,
            front=front,
            back=back,
            extra=card.extra,
            group_key=group,
            source_files=(),
            answer_lemma=(lemma if (lemma := dictionary_form(back, t)) != back else ""),
        )
        for s, t, front, back in sides
    ]


def add_by_hand(db: Database, card: HandCard) -> Changed[list[int]]:
    """Add `card` to its deck; returns the new cards' ids.  No build makes or retires it;
    the central undo deletes it again (while it has not been answered)."""
    front, back = card.front.strip(), card.back.strip()
    if not front or not back:
        raise FlashcardsError("a card needs a question and an answer")
    card = HandCard(
        card.deck,
        card.source_lang,
        card.target_lang,
        front,
        back,
        card.extra.strip(),
        card.both_directions,
    )
    now = utcnow()
    stamp = hashlib.blake2b(
        f"{now.isoformat()}\0{front}\0{back}".encode(), digest_size=8
    ).hexdigest()
    specs = hand_specs(card, stamp)
    with db.begin() as session:
        deck = card_store.get_deck(session, card.deck)
        if deck is None:
            raise FlashcardsError(f"no deck named {card.deck!r}")
        card_store.add_cards(session, deck.id, specs)
        ids = made.card_ids(session, deck.id, [s.uid for s in specs])
    changes = Changes.of_cards(ids, card_set=True, study_queue=True)
    return Changed(ids, changes, UndoStep(UndoAction.ADD, tuple(ids)))
