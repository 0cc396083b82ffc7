"""A whole study session on the seed deck, driven only by key presses, offscreen."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt

from flashcards.gui.main_window import MainWindow
from flashcards.types import Rating


def _log(path: Path) -> list[int]:
    connection = sqlite3.connect(path)
    try:
        return [r for (r,) in connection.execute("SELECT rating FROM review_log ORDER BY id")]
    finally:
        connection.close()


def test_deck_list_shows_counts(window: MainWindow) -> None:
    table = window.deck_list.table
    assert table.rowCount() == 1
    row = [table.item(0, c).text() for c in range(5)]
    assert row == ["sales", "Türkçe ↔ Íslenska", "20", "0", "0"]


def test_full_session_by_keyboard_records_what_was_pressed(
    qtbot,
    window: MainWindow,
    collection: Path,  # type: ignore[no-untyped-def]
) -> None:
    reviewer = window.reviewer
    window.deck_list.table.setFocus()
    with qtbot.waitSignal(reviewer.step_shown, timeout=10_000):
        qtbot.keyClick(window.deck_list.table, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is reviewer
    assert reviewer.view.front.text() == "Yumuşak satış"
    assert not reviewer.view.back.isVisible()

    pressed: list[int] = []
    keys = [Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_1, Qt.Key.Key_2]
    n = 0
    while reviewer.card is not None and n < 300:
        qtbot.keyClick(reviewer, Qt.Key.Key_Space)  # reveal
        assert reviewer.view.back.isVisible() and reviewer.view.back.text()
        key = keys[n % len(keys)]
        with qtbot.waitSignal(reviewer.step_shown, timeout=10_000):
            qtbot.keyClick(reviewer, key)
        pressed.append(int(chr(key.value)))
        n += 1
    # Only the done screen is left: new cards all seen; learning cards are due later.
    assert reviewer.pages.currentIndex() == 1
    assert "Done for today" in reviewer.done_label.text()
    assert _log(collection) == pressed
    assert len(pressed) >= 12

    with qtbot.waitSignal(reviewer.step_shown, timeout=10_000):
        qtbot.keyClick(reviewer, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _log(collection) == pressed[:-1]
    assert reviewer.card is not None  # the undone card is back on screen

    with qtbot.waitSignal(window.decks_shown, timeout=10_000):
        qtbot.keyClick(reviewer, Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is window.deck_list


def test_turkish_and_icelandic_text_is_shown_as_plain_text(
    qtbot,
    window: MainWindow,  # type: ignore[no-untyped-def]
) -> None:
    with qtbot.waitSignal(window.reviewer.step_shown, timeout=10_000):
        window.study("sales")
    reviewer = window.reviewer
    assert reviewer.view.front.textFormat() == Qt.TextFormat.PlainText
    qtbot.keyClick(reviewer, Qt.Key.Key_Space)
    assert reviewer.view.back.text() == "Mjúk sala"
    assert reviewer.bar.grade_buttons[Rating.AGAIN].text().startswith("1 ")
