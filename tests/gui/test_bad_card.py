"""X marks a generated card bad, in the reviewer and in the reader: a reason is picked by
keyboard, the card is retired, a rebuild does not bring it back, and undo does."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_browser import _open as open_browser
from test_reader_window import _open as open_reader
from test_reviewer_feedback import _db

from flashcards.gui.bad_card_dialog import BadCardDialog
from flashcards.gui.main_window import MainWindow
from flashcards.gui.notice import Notice
from flashcards.services.build import build
from flashcards.store.database import Database

WAIT = 20_000
MARKED = "Card marked bad: it will not come back"


def _notice(widget: Any) -> str:
    found = widget.window().findChild(Notice, "notice")
    assert isinstance(found, Notice) and found.isVisible()
    return str(found.text())


def _study(qtbot: Any, window: MainWindow) -> None:
    with qtbot.waitSignal(window.reviewer.step_shown, timeout=WAIT):
        window.study("sales")


def _rebuild(collection: Path, seed_dir: Path) -> None:
    """Build the deck again from its articles, every card made anew (no shortcut taken for
    unchanged files)."""
    db = Database(collection)
    try:
        with db.begin() as session:
            from sqlalchemy import text

            session.execute(text("UPDATE decks SET build_fingerprint = NULL"))
        report = build(db, [seed_dir], source="tr", target="is", both_directions=True)
        assert report.ok and not report.inputs_unchanged and report.new == 0
    finally:
        db.close()


def test_x_in_the_reviewer_marks_the_card_bad_and_undo_brings_it_back(
    qtbot: Any, window: MainWindow, collection: Path, seed_dir: Path
) -> None:
    _study(qtbot, window)
    reviewer = window.reviewer
    first = reviewer.card.id  # type: ignore[union-attr]
    qtbot.keyClick(reviewer, Qt.Key.Key_X)
    dialog = reviewer.bad_dialog
    assert isinstance(dialog, BadCardDialog) and dialog.isVisible()
    content = reviewer.card.content  # type: ignore[union-attr]
    assert content.front in dialog.card_label.text()
    assert content.back not in dialog.card_label.text()  # not shown yet: not given away
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.reasons, timeout=WAIT)
    qtbot.keyClick(dialog.reasons, Qt.Key.Key_3)
    assert dialog.reasons.currentRow() == 2
    qtbot.keyClick(dialog.reasons, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.reasons, Qt.Key.Key_Up)
    with qtbot.waitSignal(reviewer.step_shown, timeout=WAIT):
        qtbot.keyClick(dialog.reasons, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert _notice(reviewer) == MARKED
    assert reviewer.card is not None and reviewer.card.id != first  # the next card
    assert _db(collection, f"SELECT retired, deleted FROM cards WHERE id = {first}") == [(1, 1)]
    assert _db(collection, "SELECT reason FROM card_reports") == [("badly_cut",)]
    assert window.undo_action.text() == "&Undo Mark bad"

    _rebuild(collection, seed_dir)  # the builder makes it again: it stays retired
    assert _db(collection, f"SELECT retired FROM cards WHERE id = {first}") == [(1,)]

    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)  # the dialog gave the keys back
    with qtbot.waitSignal(reviewer.step_shown, timeout=WAIT):
        qtbot.keyClick(reviewer, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert reviewer.card is not None and reviewer.card.id == first
    assert _notice(reviewer) == "Undid Mark bad"
    assert _db(collection, f"SELECT retired, deleted FROM cards WHERE id = {first}") == [(0, 0)]
    assert _db(collection, "SELECT count(*) FROM card_reports") == [(0,)]


def test_escape_cancels_and_nothing_changes(
    qtbot: Any, window: MainWindow, collection: Path
) -> None:
    _study(qtbot, window)
    reviewer = window.reviewer
    first = reviewer.card.id  # type: ignore[union-attr]
    qtbot.keyClick(reviewer, Qt.Key.Key_X)
    dialog = reviewer.bad_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.reasons, timeout=WAIT)
    qtbot.keyClick(dialog.reasons, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert reviewer.card.id == first  # type: ignore[union-attr]
    assert window.pages.currentWidget() is reviewer  # Esc closed the dialog only
    assert _db(collection, "SELECT count(*) FROM card_reports") == [(0,)]
    assert _db(collection, "SELECT count(*) FROM cards WHERE retired") == [(0,)]


def test_the_reviewers_menu_shows_the_key(qtbot: Any, window: MainWindow) -> None:
    _study(qtbot, window)
    reviewer = window.reviewer
    reviewer.customContextMenuRequested.emit(reviewer.rect().center())
    menu = reviewer.card_menu
    assert menu is not None
    texts = [action.text() for action in menu.actions()]
    assert "Mark card bad…\tX" in texts and "Suspend\t@" in texts
    bad = next(a for a in menu.actions() if a.text() == "Mark card bad…\tX")
    menu.hide()
    bad.trigger()
    assert isinstance(reviewer.bad_dialog, BadCardDialog) and reviewer.bad_dialog.isVisible()
    reviewer.bad_dialog.reject()


def test_x_in_the_reader_marks_one_of_the_sentences_cards_bad(
    qtbot: Any, window: MainWindow, collection: Path, seed_dir: Path
) -> None:
    reader = open_reader(qtbot, window)
    assert reader.pair is not None
    rows = reader.pair.rows
    target = next(r for r, line in enumerate(rows) if len(line.left.cards) > 1)
    for _ in range(target):
        qtbot.keyClick(reader.table, Qt.Key.Key_Down)
    marks = rows[target].left.cards
    qtbot.keyClick(reader.table, Qt.Key.Key_Return)  # into the sentence's cards
    qtbot.keyClick(reader.cards.table, Qt.Key.Key_Down)  # its second card
    chosen = marks[1].card_id
    assert reader.cards.current_mark().card_id == chosen  # type: ignore[union-attr]
    qtbot.keyClick(reader.cards.table, Qt.Key.Key_X)
    dialog = reader.bad_dialog
    assert isinstance(dialog, BadCardDialog) and dialog.isVisible()
    assert dialog.card_id() == chosen
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.reasons, timeout=WAIT)
    qtbot.keyClick(dialog.reasons, Qt.Key.Key_1)
    dialog.note.setText("þýðingin er röng")
    with qtbot.waitSignal(reader.loaded, timeout=WAIT):  # the reader shows it gone
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    assert _notice(reader) == MARKED
    assert _db(collection, "SELECT card_uid, reason, note FROM card_reports") == [
        (
            _db(collection, f"SELECT uid FROM cards WHERE id = {chosen}")[0][0],
            "wrong_translation",
            "þýðingin er röng",
        )
    ]
    assert reader.pair is not None
    shown = {m.card_id for m in reader.pair.rows[target].left.cards}
    assert chosen not in shown and {m.card_id for m in marks} - {chosen} <= shown

    _rebuild(collection, seed_dir)
    assert _db(collection, f"SELECT retired, deleted FROM cards WHERE id = {chosen}") == [(1, 1)]
    assert _db(
        collection,
        f"SELECT count(*) FROM cards WHERE front = (SELECT front FROM cards WHERE id = {chosen})",
    ) == [(1,)]


def test_a_sentence_without_cards_says_so(qtbot: Any, window: MainWindow) -> None:
    reader = open_reader(qtbot, window)
    assert reader.pair is not None
    target = next((r for r, line in enumerate(reader.pair.rows) if not line.left.cards), None)
    assert target is not None
    reader.table.setCurrentCell(target, 0)
    qtbot.keyClick(reader.table, Qt.Key.Key_X)
    assert reader.bad_dialog is None
    assert _notice(reader) == "No card asks about this sentence yet."


def test_the_browsers_menu_and_ctrl_shift_x_mark_the_selected_card_bad(
    qtbot: Any, window: MainWindow, collection: Path
) -> None:
    browser = open_browser(qtbot, window)
    browser.table.setFocus()
    browser.table.selectRow(1)
    card_id = browser.selected_rows()[0].id
    total = browser.model.total
    browser.table.customContextMenuRequested.emit(browser.table.rect().center())
    menu = browser.card_menu
    assert menu is not None
    texts = [a.text() for a in menu.actions()]
    assert "Mark card bad…\tCtrl+Shift+X" in texts and "Suspend\tCtrl+J" in texts
    menu.hide()
    qtbot.keyClick(
        browser.table,
        Qt.Key.Key_X,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = browser.bad_dialog
    assert isinstance(dialog, BadCardDialog) and dialog.card_id() == card_id
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.reasons, timeout=WAIT)
    qtbot.keyClick(dialog.reasons, Qt.Key.Key_4)
    with qtbot.waitSignal(browser.acted, timeout=WAIT) as acted:
        qtbot.keyClick(dialog.reasons, Qt.Key.Key_Enter)
    assert acted.args == ["mark_bad"] and browser.message.text() == MARKED
    qtbot.waitUntil(lambda: browser.model.total == total - 1, timeout=WAIT)
    assert card_id not in {r.id for r in browser.model.rows}
    assert _db(collection, "SELECT reason FROM card_reports") == [("not_worth_learning",)]
