"""Ctrl+E in the browser opens the Add dialog on the browser's deck; Edit ▸ Undo takes the
added cards back (the app's one undo)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from test_browser import _open as open_browser
from test_reviewer_feedback import _db

from flashcards.gui.add_dialog import AddCardDialog
from flashcards.gui.main_window import MainWindow

WAIT = 60_000  # the first look for duplicates loads the dictionaries


def test_ctrl_e_adds_to_the_browsers_deck_and_undo_takes_it_back(
    qtbot: Any, window: MainWindow, collection: Path
) -> None:
    browser = open_browser(qtbot, window)
    cards = _db(collection, "SELECT count(*) FROM cards")
    total = browser.model.total
    qtbot.waitUntil(lambda: browser.deck_box.findData("sales") > 0, timeout=WAIT)
    with qtbot.waitSignal(browser.loaded, timeout=WAIT):
        browser.deck_box.setCurrentIndex(browser.deck_box.findData("sales"))
    assert browser.focusWidget() is browser.search  # where the browser opens
    qtbot.keyClick(browser.search, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.add_dialog
    assert isinstance(dialog, AddCardDialog) and dialog.parent() is browser
    assert dialog.chosen() is not None and dialog.chosen().name == "sales"
    assert browser.add_button.text() == "Add card (Ctrl+E)"
    dialog.front.setPlainText("ikna edici konuşma")
    dialog.back.setPlainText("sannfærandi samtal")
    with qtbot.waitSignal(dialog.added, timeout=WAIT) as added:
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    ids = added.args[0]
    assert len(ids) == 2  # the deck asks both ways
    qtbot.waitUntil(lambda: browser.model.total == total + 2, timeout=WAIT)
    assert set(ids) <= {r.id for r in browser.model.rows}
    assert window.undo_action.text() == "&Undo Add card" and window.undo_action.isEnabled()
    dialog.close()
    browser.activateWindow()
    qtbot.waitUntil(browser.isActiveWindow, timeout=WAIT)
    browser.search.setFocus()  # Ctrl+Z there: nothing typed to undo, so the app's undo
    with qtbot.waitSignal(browser.acted, timeout=WAIT) as acted:
        qtbot.keyClick(browser.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert acted.args == ["undo"]
    qtbot.waitUntil(lambda: browser.model.total == total, timeout=WAIT)
    assert not set(ids) & {r.id for r in browser.model.rows}
    assert _db(collection, "SELECT count(*) FROM cards") == cards
    assert window.undo_action.text() == "&Undo"
