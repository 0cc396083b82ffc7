"""Marking a generated card bad: retired for good (rebuilds never make it again), its reason
counted, and undone exactly through the central undo."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from flashcards.errors import FlashcardsError
from flashcards.services import bad_cards, stats
from flashcards.services.bad_cards import NotGenerated, mark_bad
from flashcards.services.build import build
from flashcards.services.glossary import import_glossary
from flashcards.services.study import StudySession
from flashcards.services.undo import UndoAction, UndoError, undo
from flashcards.store.database import Database
from flashcards.store.models import Card, CardReport, SelectionCard
from flashcards.types import BadReason, CardKind

NOW = datetime(2026, 11, 23, 9, tzinfo=UTC)


@pytest.fixture
def articles(seed_dir: Path, tmp_path: Path) -> Path:
    """A copy of the seed pair that a test may edit."""
    folder = tmp_path / "articles"
    shutil.copytree(seed_dir, folder)
    return folder


def _build(db: Database, folder: Path) -> Any:
    return build(db, [folder], deck="sales", source="tr", target="is", both_directions=True)


def _edit_article(folder: Path) -> None:
    """Change the Turkish article's text (not the carded sentences): its group is built again."""
    path = next(p for p in sorted(folder.glob("*.txt")) if "Yumuşak" in p.read_text("utf-8"))
    path.write_text(path.read_text("utf-8") + "\nBu makale kısa bir özettir.\n", "utf-8")


def _cards(db: Database) -> list[tuple[Any, ...]]:
    with db.begin() as session:
        return [tuple(r) for r in session.execute(select(Card.__table__).order_by(Card.id))]


def _reports(db: Database) -> list[tuple[Any, ...]]:
    with db.begin() as session:
        query = select(CardReport.__table__).order_by(CardReport.id)
        return [tuple(r) for r in session.execute(query)]


def _card(db: Database, kind: CardKind = CardKind.TERM) -> Card:
    with db.begin() as session:
        card = session.scalars(
            select(Card).where(Card.kind == kind.value, Card.retired.is_(False)).order_by(Card.id)
        ).first()
        assert card is not None
        session.expunge(card)
        return card


def _row(db: Database, card_id: int) -> Card:
    with db.begin() as session:
        card = session.get(Card, card_id)
        assert card is not None
        session.expunge(card)
        return card


def test_a_card_marked_bad_is_retired_with_its_reason_and_undone_exactly(
    db: Database, articles: Path
) -> None:
    _build(db, articles)
    card = _card(db)
    before = _cards(db)
    result = mark_bad(db, card.id, BadReason.WRONG_TRANSLATION, NOW, "  the  ending is wrong ")
    assert result.value.card_id == card.id and result.value.uid == card.uid
    assert result.changes.card_ids == {card.id}
    assert result.changes.card_set and result.changes.study_queue
    assert result.undo is not None and result.undo.action is UndoAction.MARK_BAD
    row = _row(db, card.id)
    assert row.retired and row.deleted
    ((report),) = _reports(db)
    assert report[1:11] == (
        card.uid,
        card.deck_id,
        card.group_key,
        "term",
        card.source_lang,
        card.target_lang,
        card.front,
        card.back,
        "wrong_translation",
        "the ending is wrong",
    )
    assert report[11] == NOW
    changes = undo(db, result.undo)
    assert changes.returned_card == card.id and changes.card_set and changes.undo
    assert _cards(db) == before and _reports(db) == []
    with pytest.raises(UndoError):  # the report is gone: a second undo finds nothing
        undo(db, result.undo)


def test_mark_bad_rebuild_it_stays_retired_and_undo_brings_it_back(
    db: Database, articles: Path
) -> None:
    _build(db, articles)
    card = _card(db, CardKind.DEFINITION)
    with db.begin() as session:
        rows_before = session.scalar(select(Card.id).order_by(Card.id.desc()).limit(1))
    marked = mark_bad(db, card.id, BadReason.BADLY_CUT, NOW)
    _edit_article(articles)
    report = _build(db, articles)
    assert report.ok and not report.inputs_unchanged and report.made_groups == 1
    row = _row(db, card.id)
    assert row.retired and row.deleted  # made again by the builder, and kept retired
    with db.begin() as session:
        same_text = session.scalars(
            select(Card.id).where(Card.front == card.front, Card.back == card.back)
        ).all()
        newest = session.scalar(select(Card.id).order_by(Card.id.desc()).limit(1))
    assert same_text == [card.id]  # no new row for it
    assert newest == rows_before  # the edit added no card at all
    again = _build(db, articles)  # and an unchanged build leaves it so
    assert again.inputs_unchanged and _row(db, card.id).retired
    assert marked.undo is not None
    undo(db, marked.undo)
    assert not _row(db, card.id).retired and not _row(db, card.id).deleted


def test_the_same_text_at_another_place_in_the_article_is_not_made_again(
    db: Database, articles: Path
) -> None:
    """A card's uid names its place in the article: when the sentence moves, the builder
    makes the same card under another uid, and that one is not made either."""
    _build(db, articles)
    card = _card(db, CardKind.FACT)
    mark_bad(db, card.id, BadReason.NOT_WORTH_LEARNING, NOW)
    # As if the card had been made at another place, and the sentence then moved here.
    with db.begin() as session:
        session.execute(update(Card).where(Card.id == card.id).values(uid=card.uid + "-before"))
        session.execute(update(CardReport).values(card_uid=card.uid + "-before"))
    _edit_article(articles)
    _build(db, articles)
    with db.begin() as session:
        made = session.scalars(select(Card.id).where(Card.uid == card.uid)).all()
        same_text = session.scalars(
            select(Card.id).where(Card.front == card.front, Card.back == card.back)
        ).all()
    assert made == [] and same_text == [card.id]


def test_imported_cards_are_refused_and_nothing_changes(db: Database, tmp_path: Path) -> None:
    terms = tmp_path / "terms.csv"
    terms.write_text("tr,is\nşeker,sykur\n", "utf-8")
    import_glossary(db, terms, "tr", "is")
    card = _card(db)
    before = _cards(db)
    with pytest.raises(NotGenerated, match="only cards made from articles"):
        mark_bad(db, card.id, BadReason.OTHER, NOW)
    assert _cards(db) == before and _reports(db) == []


def test_a_card_made_from_a_selection_is_the_learners_and_refused(
    db: Database, articles: Path
) -> None:
    _build(db, articles)
    card = _card(db)
    with db.begin() as session:  # as the reader's T or C records the cards it makes
        session.add(
            SelectionCard(
                deck_id=card.deck_id,
                uid=card.uid,
                group_key=card.group_key,
                lang="tr",
                sentence=card.front,
                spec="{}",
            )
        )
    with pytest.raises(NotGenerated):
        mark_bad(db, card.id, BadReason.OTHER, NOW)
    assert _reports(db) == [] and not _row(db, card.id).retired


def test_bad_input_is_refused_with_one_line(db: Database, articles: Path) -> None:
    _build(db, articles)
    card = _card(db)
    with pytest.raises(FlashcardsError, match="at most 200"):
        mark_bad(db, card.id, BadReason.OTHER, NOW, "x" * 201)
    with pytest.raises(FlashcardsError, match="no card with id"):
        mark_bad(db, 10**6, BadReason.OTHER, NOW)
    with pytest.raises(ValueError):
        mark_bad(db, card.id, "spelling", NOW)  # type: ignore[arg-type]
    assert _reports(db) == []
    mark_bad(db, card.id, BadReason.OTHER, NOW, "ö" * 200)
    with pytest.raises(FlashcardsError, match="retired already"):
        mark_bad(db, card.id, BadReason.DUPLICATE, NOW)
    assert len(_reports(db)) == 1
    assert bad_cards.find_card(db, card.uid) == card.id
    assert bad_cards.find_card(db, str(card.id)) == card.id
    with pytest.raises(FlashcardsError, match="no card with uid"):
        bad_cards.find_card(db, "sales/nothing")


def test_the_reasons_are_counted_per_reason_and_per_kind(db: Database, articles: Path) -> None:
    _build(db, articles)
    assert stats.collect(db, NOW, UTC).bad_cards == {
        "total": 0,
        "by_reason": {reason.value: 0 for reason in BadReason},
        "by_kind": {},
    }
    with db.begin() as session:
        terms = session.scalars(select(Card.id).where(Card.kind == "term").limit(2)).all()
        cloze = session.scalars(select(Card.id).where(Card.kind == "cloze").limit(1)).all()
    mark_bad(db, terms[0], BadReason.WRONG_TRANSLATION, NOW)
    mark_bad(db, terms[1], BadReason.DUPLICATE, NOW)
    undone = mark_bad(db, cloze[0], BadReason.WRONG_ANSWER, NOW)
    counted = stats.collect(db, NOW, UTC).bad_cards
    assert counted["total"] == 3
    assert counted["by_reason"]["wrong_translation"] == counted["by_reason"]["duplicate"] == 1
    assert counted["by_kind"] == {
        "term": {"duplicate": 1, "wrong_translation": 1},
        "cloze": {"wrong_answer": 1},
    }
    assert undone.undo is not None
    undo(db, undone.undo)  # an undone report is not counted
    assert stats.collect(db, NOW, UTC).bad_cards["by_kind"] == {
        "term": {"duplicate": 1, "wrong_translation": 1}
    }
    assert stats.collect(db, NOW, UTC, deck="sales").bad_cards["total"] == 2


def test_a_card_marked_bad_leaves_the_study_session(db: Database, articles: Path) -> None:
    _build(db, articles)
    session = StudySession(db, tz=UTC)
    card = session.next_card(NOW)
    assert card is not None
    count = session.counts(NOW).new
    mark_bad(db, card.id, BadReason.OTHER, NOW)
    session.drop(card.id, NOW)
    assert session.counts(NOW).new == count - 1
    following = session.next_card(NOW)
    assert following is not None and following.id != card.id
    session.refresh(NOW)  # the queue built afresh does not have it either
    assert not session.show_first(card.id, NOW)
