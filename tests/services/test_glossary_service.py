"""Importing glossaries into decks: idempotent, updates in place, dedup, kept by rebuilds."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from seed_counts import SEED_CARDS, TERM_CARDS
from sqlalchemy import select

from flashcards.errors import FlashcardsError
from flashcards.scheduler.config import SchedulerConfig
from flashcards.scheduler.memory import MemoryModel
from flashcards.services import browse
from flashcards.services.build import build
from flashcards.services.glossary import import_glossary
from flashcards.store import cards as store
from flashcards.store.answers import history, write_answer
from flashcards.store.database import Database
from flashcards.store.models import Card
from flashcards.store.schedule import memory_of
from flashcards.types import CardKind, Memory, Rating

TERMS = "tr,is\nşeker,sykur\nağaç,tré\nışık,ljós\n"


def _write(folder: Path, text: str, name: str = "terms.csv") -> Path:
    path = folder / name
    path.write_text(text, "utf-8")
    return path


def _cards(db: Database, deck: str, include_retired: bool = False) -> dict[str, store.CardRecord]:
    with db.begin() as session:
        return {c.uid: c for c in store.cards(session, deck, include_retired=include_retired)}


def _seed(db: Database, seed_dir: Path) -> None:
    report = build(db, [seed_dir], deck="sales", source="tr", target="is", both_directions=True)
    assert report.new == SEED_CARDS


def test_import_makes_a_deck_of_term_cards(db: Database, tmp_path: Path) -> None:
    path = _write(tmp_path, TERMS)
    report = import_glossary(db, path, "tr", "is")
    assert (report.deck, report.added, report.updated, report.unchanged) == ("terms", 3, 0, 0)
    assert report.ok and report.created_deck and report.skipped == []
    with db.begin() as session:
        (deck,) = store.list_decks(session)
    assert (deck.name, deck.source_lang, deck.target_lang, deck.both_directions) == (
        "terms",
        "tr",
        "is",
        False,
    )
    cards = _cards(db, "terms")
    assert {(c.front, c.back) for c in cards.values()} == {
        ("şeker", "sykur"),
        ("ağaç", "tré"),
        ("ışık", "ljós"),
    }
    card = cards["terms/glossary:terms/term/şeker/tr>is"]
    assert card.kind is CardKind.TERM and card.group_key == "glossary:terms"
    assert card.source_files == (str(path.resolve()),)


def test_both_directions_makes_siblings(db: Database, tmp_path: Path) -> None:
    report = import_glossary(
        db, _write(tmp_path, TERMS), "tr", "is", deck="words", both_directions=True
    )
    assert report.added == 6 and report.directions == [("tr", "is"), ("is", "tr")]
    cards = _cards(db, "words")
    forward = cards["words/glossary:terms/term/ışık/tr>is"]
    backward = cards["words/glossary:terms/term/ışık/is>tr"]
    assert (backward.front, backward.back) == ("ljós", "ışık")
    assert forward.note_key == backward.note_key


def test_reimport_changes_nothing(db: Database, tmp_path: Path) -> None:
    path = _write(tmp_path, TERMS)
    import_glossary(db, path, "tr", "is")
    with db.begin() as session:
        stamps = dict(session.execute(select(Card.uid, Card.updated_at)).all())
    report = import_glossary(db, path, "tr", "is")
    assert (report.added, report.updated, report.unchanged) == (0, 0, 3)
    assert report.ok and not report.created_deck and report.skipped == []
    with db.begin() as session:
        assert dict(session.execute(select(Card.uid, Card.updated_at)).all()) == stamps


def test_a_fixed_translation_updates_the_card_and_keeps_its_history(
    db: Database, tmp_path: Path
) -> None:
    path = _write(tmp_path, "şeker,şeker\nağaç,tré\n")
    import_glossary(db, path, "tr", "is")
    (studied,) = [c for c in _cards(db, "terms").values() if c.front == "şeker"]
    moment = datetime(2026, 11, 23, 9, tzinfo=UTC)
    with db.begin() as session:
        memory = MemoryModel(SchedulerConfig()).answer(studied.id, Memory(), Rating.GOOD, moment)
        write_answer(session, studied.id, Memory(), memory, moment, rating=Rating.GOOD)
    _write(tmp_path, "Şeker,sykur\nağaç,tré\n")  # a fixed translation, another capital
    report = import_glossary(db, path, "tr", "is")
    assert (report.added, report.updated, report.unchanged) == (0, 1, 1)
    fixed = _cards(db, "terms")[studied.uid]
    assert (fixed.id, fixed.front, fixed.back) == (studied.id, "Şeker", "sykur")
    with db.begin() as session:
        assert [e.rating for e in history(session, studied.id)] == [Rating.GOOD]
        assert memory_of(session, studied.id) == memory


def test_a_row_removed_from_the_file_retires_its_cards_and_keeps_their_history(
    db: Database, tmp_path: Path, seed_dir: Path
) -> None:
    _seed(db, seed_dir)
    path = _write(tmp_path, TERMS)
    import_glossary(db, path, "tr", "is", deck="sales", both_directions=True)
    studied = next(c for c in _cards(db, "sales").values() if c.front == "ağaç")
    moment = datetime(2026, 11, 23, 9, tzinfo=UTC)
    with db.begin() as session:
        memory = MemoryModel(SchedulerConfig()).answer(studied.id, Memory(), Rating.GOOD, moment)
        write_answer(session, studied.id, Memory(), memory, moment, rating=Rating.GOOD)
    _write(tmp_path, "tr,is\nşeker,sykur\nışık,ljós\n")  # ağaç is gone
    report = import_glossary(db, path, "tr", "is", deck="sales", both_directions=True)
    assert (report.retired, report.unchanged, report.added) == (2, 4, 0)  # both directions
    active = _cards(db, "sales")
    assert studied.uid not in active and len(active) == SEED_CARDS + 4  # the built cards stay
    everything = _cards(db, "sales", include_retired=True)
    assert everything[studied.uid].retired
    with db.begin() as session:
        assert [e.rating for e in history(session, studied.id)] == [Rating.GOOD]
    # Only the directions imported are retired from: a one-way import leaves the reverse.
    _write(tmp_path, "tr,is\nşeker,sykur\n")
    one_way = import_glossary(db, path, "tr", "is", deck="sales")
    assert one_way.retired == 1
    assert {
        c.front for c in _cards(db, "sales").values() if c.group_key.startswith("glossary")
    } == {
        "şeker",
        "sykur",
        "ljós",
    }
    # The row back: its card comes back with its history.
    _write(tmp_path, TERMS)
    back = import_glossary(db, path, "tr", "is", deck="sales", both_directions=True)
    assert back.restored == 3 and back.retired == 0
    with db.begin() as session:
        assert memory_of(session, studied.id) == memory


def test_a_file_with_nothing_usable_retires_nothing(db: Database, tmp_path: Path) -> None:
    path = _write(tmp_path, TERMS)
    import_glossary(db, path, "tr", "is")
    _write(tmp_path, "tr,is\nboş,\n")
    report = import_glossary(db, path, "tr", "is")
    assert not report.ok and report.retired == 0 and len(_cards(db, "terms")) == 3


def test_rows_the_built_deck_has_are_skipped(db: Database, tmp_path: Path, seed_dir: Path) -> None:
    _seed(db, seed_dir)
    text = (
        "yumuşak satış,Mjúk sala\n"  # the seed's term, another case and answer
        "e-ticaret,rafræn viðskipti\n"  # the seed's linked-term card
        "tüketici,NEYTANDI\n"  # another linked-term card, another case
        "şeker,sykur\n"
    )
    report = import_glossary(db, _write(tmp_path, text), "tr", "is", deck="sales")
    assert report.added == 1 and not report.created_deck
    assert [(s.row, s.reason) for s in report.skipped] == [
        (1, "already in deck sales"),
        (2, "already in deck sales"),
        (3, "already in deck sales"),
    ]
    assert len(_cards(db, "sales")) == SEED_CARDS + 1
    with db.begin() as session:
        (deck,) = store.list_decks(session)
    assert (deck.source_lang, deck.target_lang, deck.both_directions) == ("tr", "is", True)


def test_a_reversed_glossary_is_deduplicated_in_its_own_direction(
    db: Database, tmp_path: Path, seed_dir: Path
) -> None:
    _seed(db, seed_dir)
    text = "Mjúk sala,Yumuşak Satış\nsykur,şeker\n"
    report = import_glossary(db, _write(tmp_path, text), "is", "tr", deck="sales")
    assert report.added == 1 and [s.row for s in report.skipped] == [1]
    added = _cards(db, "sales")["sales/glossary:terms/term/sykur/is>tr"]
    assert (added.source_lang, added.target_lang) == ("is", "tr")


def test_glossary_cards_survive_a_rebuild_of_their_deck(
    db: Database, tmp_path: Path, seed_dir: Path
) -> None:
    _seed(db, seed_dir)
    import_glossary(db, _write(tmp_path, TERMS), "tr", "is", deck="sales", both_directions=True)
    imported = {
        uid for uid, c in _cards(db, "sales").items() if c.group_key.startswith("glossary:")
    }
    assert len(imported) == 6
    # A build that makes fewer cards retires the built ones it no longer makes, not these.
    report = build(db, [seed_dir], deck="sales", kinds=[CardKind.TERM])
    assert report.retired == SEED_CARDS - TERM_CARDS and report.unchanged == TERM_CARDS
    active = _cards(db, "sales")
    assert imported <= active.keys() and len(active) == TERM_CARDS + 6
    again = build(db, [seed_dir], deck="sales", kinds=list(CardKind))
    assert again.restored == SEED_CARDS - TERM_CARDS and again.retired == 0
    assert len(_cards(db, "sales")) == SEED_CARDS + 6


def test_an_existing_deck_with_other_languages_is_an_error(
    db: Database, tmp_path: Path, seed_dir: Path
) -> None:
    _seed(db, seed_dir)
    path = _write(tmp_path, "sugar,sykur\n")
    with pytest.raises(FlashcardsError) as caught:
        import_glossary(db, path, "en", "is", deck="sales")
    message = str(caught.value)
    assert message == (
        'deck "sales" is Turkish → Icelandic, not English → Icelandic: '
        "choose another deck with --deck"
    )
    assert len(_cards(db, "sales")) == SEED_CARDS


def test_unknown_language_is_an_error(db: Database, tmp_path: Path) -> None:
    with pytest.raises(FlashcardsError, match="unsupported target language 'xx'"):
        import_glossary(db, _write(tmp_path, TERMS), "tr", "xx")


def test_nothing_usable_makes_no_deck(db: Database, tmp_path: Path) -> None:
    report = import_glossary(db, _write(tmp_path, "şeker\nağaç,\n"), "tr", "is")
    assert not report.ok and report.added == 0
    assert [s.reason for s in report.skipped] == ["expected 2 columns, found 1", "empty cell"]
    with db.begin() as session:
        assert store.list_decks(session) == []


def test_deleted_cards_stay_deleted_and_edited_ones_keep_their_text(
    db: Database, tmp_path: Path
) -> None:
    path = _write(tmp_path, TERMS)
    import_glossary(db, path, "tr", "is")
    cards = {c.front: c for c in _cards(db, "terms").values()}
    browse.retire(db, [cards["şeker"].id])
    with db.begin() as session:
        store.edit_card(session, cards["ağaç"].id, "ağaç", "tré (viður)", "")
    _write(tmp_path, "tr,is\nşeker,sykur\nağaç,viður\nışık,ljós\n")
    report = import_glossary(db, path, "tr", "is")
    assert (report.added, report.updated, report.unchanged) == (0, 0, 2)
    assert [(s.row, s.reason) for s in report.skipped] == [
        (2, "deleted from deck terms; not brought back")
    ]
    after = {c.front: c for c in _cards(db, "terms").values()}
    assert set(after) == {"ağaç", "ışık"} and after["ağaç"].back == "tré (viður)"
