"""The browser's service: counting, paging, filters, search, details, actions and their undo."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, cast

import pytest
from seed_counts import SEED_CARDS
from sqlalchemy import Table, insert, select

from flashcards.errors import FlashcardsError
from flashcards.services import browse, study
from flashcards.services.browse import BrowseQuery
from flashcards.services.build import build
from flashcards.services.study import StudySession
from flashcards.store import answers as answers_store
from flashcards.store import queue as queue_store
from flashcards.store import schedule as store
from flashcards.store.database import Database
from flashcards.store.models import Card, Deck, ReviewLog
from flashcards.types import CardKind, CardState, Memory, Rating

NOW = datetime(2026, 11, 23, 9, tzinfo=UTC)
ALL = BrowseQuery()


@pytest.fixture
def deck(db: Database, seed_dir: Path) -> Database:
    build(db, [seed_dir], source="tr", target="is", both_directions=True)
    return db


def _add_cards(db: Database, texts: list[tuple[str, str]], deck: str = "extra") -> list[int]:
    """Hand-made cards (front, back) in their own deck, through SQLAlchemy Core."""
    with db.begin() as session:
        deck_id = session.execute(
            insert(Deck).values(name=deck, source_lang="tr", target_lang="is").returning(Deck.id)
        ).scalar_one()
        rows = [
            dict(uid=f"{deck}-{i}", deck_id=deck_id, note_key=f"{deck}-{i}", kind="term")
            | dict(source_lang="tr", target_lang="is", front=front, back=back, extra="")
            | dict(group_key="g", source_files="[]", content_hash="h")
            for i, (front, back) in enumerate(texts)
        ]
        return list(session.scalars(insert(Card).returning(Card.id), rows))


def _texts(db: Database) -> dict[int, str]:
    with db.begin() as session:
        rows = session.execute(select(Card.id, Card.front, Card.back, Card.extra))
        return {i: "\n".join((f, b, e)) for i, f, b, e in rows}


def _found(db: Database, text: str, deck: str | None = None) -> set[int]:
    query = BrowseQuery(text=text, deck=deck)
    return {r.id for r in browse.page(db, query, 0, 1000, now=NOW)}


def _snapshot(db: Database) -> tuple[list[Any], list[Any]]:
    """Every column of every card and review log row, to compare before and after."""
    with db.begin() as session:
        cards = [tuple(r) for r in session.execute(select(Card.__table__).order_by(Card.id))]
        log = [tuple(r) for r in session.execute(select(ReviewLog.__table__))]
    return cards, log


def test_count_and_pages_cover_every_card_once(deck: Database) -> None:
    assert browse.count(deck, ALL, NOW) == SEED_CARDS
    pages = range(0, SEED_CARDS + 20, 20)
    ids = [r.id for k in pages for r in browse.page(deck, ALL, k, 20, now=NOW)]
    assert ids == list(range(1, SEED_CARDS + 1))
    first = browse.page(deck, ALL, 0, 1, now=NOW)[0]
    assert (first.front, first.back, first.deck) == ("Yumuşak satış", "Mjúk sala", "sales")
    assert (first.state, first.due, first.interval, first.suspended) == (
        CardState.NEW,
        None,
        None,
        False,
    )


def test_sorting_by_text_is_by_code_point_with_ties_by_id(deck: Database) -> None:
    rows = browse.page(deck, ALL, 0, 1000, ("front", False), now=NOW)
    assert [r.id for r in rows] == [
        r.id for r in sorted(rows, key=lambda r: (r.front, r.id), reverse=True)
    ]
    for key in browse.SORT_KEYS:
        assert len(browse.page(deck, ALL, 0, 1000, (key, True), now=NOW)) == SEED_CARDS
    with pytest.raises(FlashcardsError):
        browse.page(deck, ALL, 0, 10, ("uid; DROP TABLE cards", True))


def test_filters(deck: Database) -> None:
    rows = browse.page(deck, ALL, 0, 1000, now=NOW)

    def n(**fields: Any) -> int:
        return browse.count(deck, BrowseQuery(**fields), NOW)

    assert n(kind=CardKind.CLOZE) == sum(r.kind is CardKind.CLOZE for r in rows) > 0
    way = {
        d: sum((r.source_lang, r.target_lang) == d for r in rows)
        for d in (("is", "tr"), ("is", "is"))
    }
    assert n(source_lang="is", target_lang="tr") == way[("is", "tr")] > 0
    assert n(source_lang="is", target_lang="is") == way[("is", "is")] > 0
    assert n(deck="sales") == SEED_CARDS and n(deck="nope") == 0
    assert n(state="new") == SEED_CARDS and n(state="review") == 0
    study.set_flag(deck, [1, 2], 3)
    study.set_suspended(deck, [5], True)
    assert n(flag=3) == 2 and n(flag=0) == SEED_CARDS - 2
    flagged_terms = sum(1 for r in rows if r.id in (1, 2) and r.kind is CardKind.TERM)
    assert n(state="suspended") == 1 and n(state="new", flag=3, kind=CardKind.TERM) == (
        flagged_terms
    )
    assert browse.filter_choices(deck) == (
        ["sales"],
        [("is", "is"), ("is", "tr"), ("tr", "is"), ("tr", "tr")],
    )
    with pytest.raises(FlashcardsError):
        n(state="sleeping")


def test_search_ignores_case_of_ascii_and_of_common_non_ascii_forms(deck: Database) -> None:
    texts = _texts(deck)
    mjuk = {i for i, t in texts.items() if "mjúk" in t.lower()}
    assert len(mjuk) > 40 and len(mjuk) < SEED_CARDS
    assert _found(deck, "Mjúk") == _found(deck, "mjúk") == _found(deck, "MJÚK") == mjuk
    satis = {i for i, t in texts.items() if "satış" in t.lower()}
    assert _found(deck, "SATIŞ") == _found(deck, "Satış") == _found(deck, "satış") == satis
    assert _found(deck, "yUMUŞAK") == {i for i, t in texts.items() if "yumuşak" in t.lower()}
    # Every word must occur, in any order; quotes keep a phrase.
    both = {i for i, t in texts.items() if "mjúk" in t.lower() and "hvað" in t.lower()}
    assert _found(deck, "HVAÐ mjúk") == both != set()
    phrase = {i for i, t in texts.items() if "sala er" in t.lower()}
    assert _found(deck, '"SALA ER"') == phrase != _found(deck, "sala er")
    terms = {r.id for r in browse.page(deck, ALL, 0, 1000, now=NOW) if r.kind is CardKind.TERM}
    assert browse.count(deck, BrowseQuery(text="satış", kind=CardKind.TERM), NOW) == len(
        satis & terms
    )


def test_like_wildcards_are_searched_for_literally(deck: Database) -> None:
    texts = _texts(deck)
    blanks = {i for i, t in texts.items() if "_" in t}
    assert 0 < len(blanks) < SEED_CARDS
    assert _found(deck, "_") == blanks
    assert _found(deck, "%") == set() and _found(deck, "\\") == set()
    (pct,) = _add_cards(deck, [("100% sure", "a_b \\ c")])
    assert _found(deck, "0%") == {pct} and _found(deck, "A_B \\") == {pct}


def test_turkish_and_icelandic_letters_in_any_usual_case(deck: Database) -> None:
    ids = _add_cards(
        deck,
        [("İstanbul", "Ísland"), ("ıspanak", "ÞÓRSMÖRK"), ("Þeir", "ðæ"), ("ISLAK", "iğne")],
    )
    (mixed,) = _add_cards(deck, [("ÞÓRsmörk", "Straße")], deck="limits")
    istanbul, ispanak, theirs, islak = ids

    def found(text: str) -> set[int]:
        return _found(deck, text, "extra")

    assert found("istanbul") == found("ISTANBUL") == found("İSTANBUL") == {istanbul}
    assert found("İstanbul") == found("stanbul") == {istanbul}
    assert found("ISPANAK") == found("Ispanak") == found("ıSPANAK") == {ispanak}
    assert found("þórsmörk") == found("Þórsmörk") == found("ÞÓRSMÖRK") == {ispanak}
    assert found("þeir") == found("ÞEIR") == {theirs}
    assert found("ÐÆ") == found("Ðæ") == found("ðæ") == {theirs}
    assert found("ísland") == {istanbul}
    assert found("islak") == found("ıslak") == {islak}  # "ISLAK": the capital of either
    assert found("İĞNE") == found("IĞNE") == {islak}
    # The limits of case variants on SQLite: mixed case inside a word (PostgreSQL's ILIKE
    # folds every letter), one-to-many case mappings (neither engine).
    assert _found(deck, "þórsmörk", "limits") == (set() if deck.is_sqlite else {mixed})
    assert _found(deck, "STRASSE", "limits") == set()
    assert browse.case_variants("SATIŞ") == ["SATIŞ", "satiş", "SATİŞ", "satış"]
    assert browse.case_variants("mjúk") == ["mjúk", "MJÚK"]
    assert browse.case_variants("Straße")[0] == "Straße"  # typed form first


def test_details_show_text_sources_memory_and_history(deck: Database) -> None:
    session = StudySession(deck, tz=UTC)
    card = session.next_card(NOW)
    assert card is not None
    session.answer(card.id, Rating.GOOD, NOW, duration_ms=4000)
    later = NOW + timedelta(minutes=20)
    session.answer(card.id, Rating.GOOD, later)
    details = browse.card_details(deck, card.id, later + timedelta(days=1))
    assert details.row.id == card.id and details.row.state is CardState.REVIEW
    assert details.row.front == card.content.front and details.extra == card.content.extra
    assert [Path(p).name for p in details.source_files] == [
        "000_fcc629ea91eeff91.txt",
        "004_ce7c295c5b1b5ae6.txt",
    ]
    assert details.memory.reps == 2 and details.memory.stability is not None
    assert details.retrievability is not None and 0.5 < details.retrievability < 1
    assert [(e.rating, e.reviewed_at) for e in details.history] == [
        (Rating.GOOD, NOW),
        (Rating.GOOD, later),
    ]
    assert details.history[0].duration_ms == 4000 and details.history[0].before == Memory()
    assert browse.card_details(deck, 2, NOW).retrievability is None
    with pytest.raises(FlashcardsError):
        browse.card_details(deck, 9999, NOW)


def test_suspend_and_unsuspend_undo_to_each_cards_previous_flag(deck: Database) -> None:
    study.set_suspended(deck, [3], True)
    before = _snapshot(deck)
    token = browse.set_suspended(deck, [1, 2, 3, 2], True)
    assert token.card_ids == (1, 2, 3) and token.suspended == {1: False, 2: False, 3: True}
    assert browse.count(deck, BrowseQuery(state="suspended"), NOW) == 3
    browse.undo(deck, token)
    assert _snapshot(deck) == before
    token = browse.set_suspended(deck, [3, 4], False)
    assert browse.count(deck, BrowseQuery(state="suspended"), NOW) == 0
    browse.undo(deck, token)
    assert _snapshot(deck) == before


def _answer_some(db: Database) -> list[int]:
    session = StudySession(db, tz=UTC)
    answered = []
    for rating in (Rating.GOOD, Rating.EASY, Rating.AGAIN):
        card = session.next_card(NOW)
        assert card is not None
        session.answer(card.id, rating, NOW, duration_ms=1000)
        answered.append(card.id)
    return answered


def test_reset_logs_like_study_reset_and_undo_restores_memory_and_log(deck: Database) -> None:
    first, second, third = _answer_some(deck)
    before = _snapshot(deck)
    memories = {i: _memory(deck, i) for i in (first, second, 40)}
    token = browse.reset(deck, [first, second, 40], NOW + timedelta(hours=1))
    assert token.memory == memories and len(token.log_ids) == 3
    assert all(_memory(deck, i) == Memory() for i in (first, second, 40))
    with deck.begin() as session:
        entry = answers_store.history(session, first)[-1]
    assert (entry.id, entry.kind, entry.rating, entry.before) == (
        token.log_ids[0],
        "manual",
        None,
        memories[first],
    )
    study.reset(deck, [third], NOW + timedelta(hours=1))  # what the study service writes
    with deck.begin() as session:
        theirs = answers_store.history(session, third)[-1]
    assert (theirs.kind, theirs.rating, theirs.state_after) == ("manual", None, entry.state_after)
    with deck.begin() as session:
        answers_store.undo_entry(session, theirs)
    browse.undo(deck, token)
    assert _snapshot(deck) == before


def test_a_reset_studied_since_is_not_undone(deck: Database) -> None:
    (first, *_) = _answer_some(deck)
    token = browse.reset(deck, [first, 50], NOW)
    StudySession(deck, tz=UTC).answer(first, Rating.GOOD, NOW + timedelta(minutes=1))
    after = _snapshot(deck)
    with pytest.raises(FlashcardsError, match="changed since"):
        browse.undo(deck, token)
    assert _snapshot(deck) == after  # all or nothing


def test_delete_retires_keeps_rows_and_history_and_undoes(deck: Database) -> None:
    (first, *_) = _answer_some(deck)
    with deck.begin() as session:
        session.execute(Card.__table__.update().where(Card.id == 7).values(retired=True))
    before = _snapshot(deck)
    token = browse.apply(deck, "delete", [first, 6, 7], NOW)
    assert token.retired == {first: False, 6: False, 7: True}
    assert browse.count(deck, ALL, NOW) == SEED_CARDS - 3
    assert browse.count(deck, BrowseQuery(include_retired=True), NOW) == SEED_CARDS
    cards, log = _snapshot(deck)
    assert len(cards) == len(before[0]) and log == before[1]
    assert browse.rows_by_id(deck, [first], NOW)[0].retired
    assert first not in _queue_ids(deck) and 8 in _queue_ids(deck)
    browse.undo(deck, token)
    assert _snapshot(deck) == before


def test_a_deleted_card_stays_deleted_when_the_deck_is_rebuilt(
    deck: Database, seed_dir: Path, tmp_path: Path
) -> None:
    browse.apply(deck, "delete", [1], NOW)
    folder = tmp_path / "sales"
    folder.mkdir()
    for article in seed_dir.iterdir():  # moved articles: every card is rewritten
        (folder / article.name).write_bytes(article.read_bytes())
    report = build(deck, [folder], deck="sales")
    assert report.ok and not report.inputs_unchanged and report.restored == 0
    assert browse.rows_by_id(deck, [1], NOW)[0].retired


def _queue_ids(db: Database) -> set[int]:
    with db.begin() as session:
        return {
            e.card_id for e in queue_store.queue_entries(session, [1], NOW, NOW + timedelta(days=1))
        }


def _memory(db: Database, card_id: int) -> Memory:
    with db.begin() as session:
        return store.memory_of(session, card_id)


def test_a_hundred_thousand_cards_count_page_and_search(deck: Database) -> None:
    made = datetime(2026, 11, 1, tzinfo=UTC)
    with deck.begin() as session:
        session.execute(
            insert(cast(Table, Card.__table__)),
            [
                {
                    "uid": f"u{i}",
                    "deck_id": 1,
                    "note_key": f"n{i}",
                    "kind": "term",
                    "source_lang": "tr",
                    "target_lang": "is",
                    "front": f"ön yüz {i} Þór",
                    "back": f"bakhlið {i}",
                    "group_key": "g",
                    "content_hash": "h",
                    "created_at": made,
                    "updated_at": made,
                }
                for i in range(100_000)
            ],
        )
    assert browse.count(deck, ALL, NOW) == 100_000 + SEED_CARDS
    assert len(browse.page(deck, ALL, 99_900, 200, now=NOW)) == min(200, 100 + SEED_CARDS)
    assert len(browse.page(deck, ALL, 50_000, 200, ("due", False), now=NOW)) == 200
    expected = sum("4242" in str(i) for i in range(100_000))
    assert browse.count(deck, BrowseQuery(text="þór 4242"), NOW) == expected
    assert len(browse.page(deck, BrowseQuery(text="ÞÓR"), 0, 200, now=NOW)) == 200
