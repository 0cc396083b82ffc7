"""Taking back a card marked bad: listed by the browser's "marked bad" filter with its
reason, restored with its report deleted, and marked again exactly by the central undo."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from flashcards.errors import FlashcardsError
from flashcards.services import browse
from flashcards.services.bad_cards import mark_bad, unmark_bad
from flashcards.services.build import build
from flashcards.services.undo import UndoAction, UndoError, undo
from flashcards.store.database import Database
from flashcards.store.models import Card, CardReport
from flashcards.types import BadReason

NOW = datetime(2026, 11, 23, 9, tzinfo=UTC)
BAD = browse.BrowseQuery(state="bad")


def _build(db: Database, folder: Path) -> Any:
    return build(db, [folder], deck="sales", source="tr", target="is", both_directions=True)


def _table(db: Database, table: Any) -> list[tuple[Any, ...]]:
    with db.begin() as session:
        return [tuple(r) for r in session.execute(select(table).order_by(table.c.id))]


def test_unmarking_restores_the_card_deletes_its_report_and_undo_marks_it_again(
    db: Database, seed_dir: Path, tmp_path: Path
) -> None:
    articles = tmp_path / "articles"
    shutil.copytree(seed_dir, articles)
    _build(db, articles)
    first, second = browse.page(db, browse.BrowseQuery(), 0, 2, now=NOW)
    assert browse.count(db, BAD, NOW) == 0
    mark_bad(db, first.id, BadReason.WRONG_TRANSLATION, NOW, "the ending")
    mark_bad(db, second.id, BadReason.DUPLICATE, NOW)
    # The filter lists the cards marked bad (retired, else never listed), with why.
    listed = browse.page(db, BAD, 0, 10, now=NOW)
    assert [r.id for r in listed] == [first.id, second.id]
    assert all(r.marked_bad and r.retired for r in listed)
    assert browse.count(db, BAD, NOW) == 2
    assert first.id not in {r.id for r in browse.page(db, browse.BrowseQuery(), 0, 500, now=NOW)}
    details = browse.card_details(db, first.id, NOW)
    assert details.bad is not None
    assert (details.bad.reason, details.bad.note) == (BadReason.WRONG_TRANSLATION, "the ending")
    assert details.bad.reported_at == NOW
    marked_cards, marked_reports = _table(db, Card.__table__), _table(db, CardReport.__table__)

    result = unmark_bad(db, first.id)
    assert result.value.card_id == first.id and result.value.reports == 1
    assert result.changes.card_set and result.changes.study_queue
    assert result.undo is not None and result.undo.action is UndoAction.UNMARK_BAD
    (row,) = browse.rows_by_id(db, [first.id], NOW)
    assert not row.retired and not row.marked_bad
    assert browse.card_details(db, first.id, NOW).bad is None
    assert [r.id for r in browse.page(db, BAD, 0, 10, now=NOW)] == [second.id]
    assert [r[1] for r in _table(db, CardReport.__table__)] == [marked_reports[1][1]]
    assert first.id in {r.id for r in browse.page(db, browse.BrowseQuery(), 0, 500, now=NOW)}
    with pytest.raises(FlashcardsError, match="is not marked bad"):
        unmark_bad(db, first.id)

    # A rebuild keeps it: nothing says it is bad any more.
    assert _build(db, articles).ok
    assert not browse.rows_by_id(db, [first.id], NOW)[0].retired

    changes = undo(db, result.undo)  # marked bad again, the very same report
    assert changes.card_set and changes.undo and changes.card_ids == {first.id}
    assert _table(db, CardReport.__table__) == marked_reports
    assert _table(db, Card.__table__) == marked_cards
    with pytest.raises(UndoError, match="marked bad again"):
        undo(db, result.undo)


def test_only_a_card_marked_bad_can_be_unmarked(db: Database, seed_dir: Path) -> None:
    build(db, [seed_dir], source="tr", target="is", both_directions=True)
    with pytest.raises(FlashcardsError, match="no card with id 99999"):
        unmark_bad(db, 99999)
    with pytest.raises(FlashcardsError, match="is not marked bad"):
        unmark_bad(db, 1)
