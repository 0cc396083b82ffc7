"""The browser's "marked bad" filter lists the cards marked bad with why; Ctrl+Shift+U (or
the menu, or the button) unmarks one, and Edit ▸ Undo marks it bad again."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from test_browser import _open as open_browser
from test_reviewer_feedback import _db

from flashcards.gui.main_window import MainWindow
from flashcards.services.bad_cards import mark_bad
from flashcards.store.database import Database
from flashcards.types import BadReason

WAIT = 20_000
NOW = datetime(2026, 11, 23, 9, tzinfo=UTC)
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _marked(browser: Any, qtbot: Any) -> None:
    """Choose "marked bad" in the state filter and wait for the list."""
    box = browser.state_box
    with qtbot.waitSignal(browser.loaded, timeout=WAIT):
        box.setCurrentIndex(box.findData("bad"))


def test_the_marked_bad_filter_shows_why_and_unmarking_is_undone_centrally(
    qtbot: Any, window: MainWindow, collection: Path
) -> None:
    db = Database(collection)
    mark_bad(db, 2, BadReason.WRONG_TRANSLATION, NOW, "sala, not satış")
    db.close()
    browser = open_browser(qtbot, window)
    total = browser.model.total
    assert 2 not in {r.id for r in browser.model.rows}
    _marked(browser, qtbot)
    assert [r.id for r in browser.model.rows] == [2] and browser.model.total == 1
    state = browser.model.data(browser.model.index(0, 4))
    assert state == "new, marked bad"  # not "deleted"
    with qtbot.waitSignal(browser.details_shown, timeout=WAIT):
        browser.table.selectRow(0)
    info = browser.schedule_info.text()
    assert info.startswith("Marked bad: Wrong translation · ") and "“sala, not satış”" in info
    assert browser.unmark_button.isVisible() and browser.unmark_button.isEnabled()
    browser.table.customContextMenuRequested.emit(browser.table.rect().center())
    assert browser.card_menu is not None
    texts = [a.text() for a in browser.card_menu.actions()]
    assert "Unmark bad\tCtrl+Shift+U" in texts and "Mark card bad…\tCtrl+Shift+X" not in texts
    browser.card_menu.hide()

    browser.table.setFocus()
    with qtbot.waitSignal(browser.acted, timeout=WAIT) as acted:
        qtbot.keyClick(browser.table, Qt.Key.Key_U, CTRL_SHIFT)
    assert acted.args == ["unmark_bad"]
    assert browser.message.text() == "Card unmarked: it is active again and its report is deleted"
    qtbot.waitUntil(lambda: browser.model.total == 0, timeout=WAIT)
    assert _db(collection, "SELECT count(*) FROM card_reports") == [(0,)]
    assert _db(collection, "SELECT retired, deleted FROM cards WHERE id = 2") == [(0, 0)]
    assert window.undo_action.text() == "&Undo Unmark bad"

    assert browser.undo_button.isEnabled()
    with qtbot.waitSignal(browser.acted, timeout=WAIT) as acted:  # the app's one undo
        qtbot.mouseClick(browser.undo_button, Qt.MouseButton.LeftButton)
    assert acted.args == ["undo"]
    qtbot.waitUntil(lambda: [r.id for r in browser.model.rows] == [2], timeout=WAIT)
    assert _db(collection, "SELECT cards.id, reason FROM card_reports JOIN cards "
               "ON cards.uid = card_reports.card_uid") == [(2, "wrong_translation")]  # fmt: skip
    assert _db(collection, "SELECT retired, deleted FROM cards WHERE id = 2") == [(1, 1)]
    browser.state_box.setCurrentIndex(0)
    qtbot.waitUntil(lambda: browser.model.total == total, timeout=WAIT)


def test_unmark_asks_for_one_card_marked_bad(qtbot: Any, window: MainWindow) -> None:
    browser = open_browser(qtbot, window)
    browser.table.setFocus()
    browser.table.selectRow(0)
    assert not browser.unmark_button.isVisible()  # an active card: nothing to unmark
    qtbot.keyClick(browser.table, Qt.Key.Key_U, CTRL_SHIFT)
    assert browser.message.text() == ""
    from test_bad_card import _notice

    assert _notice(browser.table) == "Select one card marked bad to unmark it."
