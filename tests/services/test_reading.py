"""The parallel reader's service: the seed pair laid out side by side, sentences aligned,
each with the cards that ask about it and their state."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from flashcards.errors import FlashcardsError
from flashcards.services import reading
from flashcards.services.build import build
from flashcards.services.reading import RowKind
from flashcards.services.study import StudySession
from flashcards.store.database import Database
from flashcards.types import CardKind, CardState, Rating

NOW = datetime(2026, 11, 23, 9, tzinfo=UTC)


@pytest.fixture
def deck(db: Database, seed_dir: Path) -> Database:
    build(db, [seed_dir], source="tr", target="is", both_directions=True)
    return db


def _pair(db: Database, now: datetime = NOW) -> reading.ReadingPair:
    (choice,) = reading.article_choices(db, "sales")
    assert choice.title == "Yumuşak Satış" and choice.languages == ("tr", "is")
    return reading.reading_pair(db, "sales", choice.group_key, "tr", "is", now)


def test_the_seed_pair_reads_side_by_side_with_its_sentences_aligned(deck: Database) -> None:
    pair = _pair(deck)
    rows = pair.rows
    assert (pair.left_lang, pair.right_lang) == ("tr", "is")
    assert rows[0].kind is RowKind.TITLE
    assert (rows[0].left.text, rows[0].right.text) == ("Yumuşak Satış", "Mjúk selja")
    headings = [(r.left.text, r.right.text) for r in rows if r.kind is RowKind.HEADING]
    assert headings[0] == ("Yumuşak Satış Nedir?", "Hvað er mjúk sala?")
    assert ("Yumuşak Satış Teknikleri", "Mjúk sölutækni") in headings
    by_left = {r.left.text: r.right.text for r in rows if r.kind is RowKind.TEXT}
    assert (
        by_left["Sadece potansiyel alıcı memnun kaldığında satış tamamlanacaktır."]
        == "Aðeins þegar væntanlegur kaupandi er sáttur verður salan lokið."
    )
    # Every sentence of both articles is there once, in order, aligned or alone.
    left = [u for r in rows if r.kind is RowKind.TEXT for u in r.left.units]
    right = [u for r in rows if r.kind is RowKind.TEXT for u in r.right.units]
    assert len(left) == len(set(left)) and len(right) == len(set(right))
    assert any(u.startswith("E-ticarette") for u in left)
    assert any(u.startswith("Í rafrænum viðskiptum") for u in right)


def test_each_sentence_shows_the_cards_that_ask_about_it(deck: Database) -> None:
    rows = _pair(deck).rows
    line = next(r for r in rows if r.left.text.startswith("Satış elemanı, aldıkları cevaplara"))
    kinds = {m.kind for m in line.left.cards}
    assert {CardKind.TECHNIQUE, CardKind.CLOZE} <= kinds
    assert {m.kind for m in line.right.cards} >= {CardKind.TECHNIQUE, CardKind.CLOZE}
    assert all(m.state is CardState.NEW and m.retrievability is None for m in line.left.cards)
    # The e-commerce step (too long for a translation card): its cloze holds the sentence
    # cleaned (",." and "Yanıtlar." gone) and trimmed to its clause.
    step = next(r for r in rows if r.left.text.startswith("E-ticarette"))
    assert CardKind.CLOZE in {m.kind for m in step.left.cards}
    # A heading is asked about only by a card that is that heading.
    heading = next(r for r in rows if r.left.text == "Yumuşak Satış Nedir?")
    assert [m.kind for m in heading.left.cards] == [CardKind.DEFINITION]


def test_a_studied_card_shows_its_state_and_recall_in_the_reader(deck: Database) -> None:
    rows = _pair(deck).rows
    line = next(r for r in rows if r.left.text.startswith("Satış elemanı, aldıkları cevaplara"))
    technique = next(m for m in line.left.cards if m.kind is CardKind.TECHNIQUE)
    session = StudySession(deck, tz=UTC)
    session.answer(technique.card_id, Rating.EASY, NOW)
    session.close()
    later = _pair(deck, NOW + timedelta(days=3)).rows
    again = next(r for r in later if r.left.text == line.left.text)
    mark = next(m for m in again.left.cards if m.card_id == technique.card_id)
    assert mark.state is CardState.REVIEW
    assert mark.retrievability is not None and 0.5 < mark.retrievability < 1.0


def test_an_unknown_article_or_language_is_one_line(deck: Database) -> None:
    with pytest.raises(FlashcardsError, match="no article"):
        reading.reading_pair(deck, "sales", "file:nothing", "tr", "is", NOW)
    (choice,) = reading.article_choices(deck, "sales")
    with pytest.raises(FlashcardsError, match="not in both"):
        reading.reading_pair(deck, "sales", choice.group_key, "tr", "en", NOW)
