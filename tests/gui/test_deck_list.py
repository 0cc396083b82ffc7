"""The deck list at a large font: its Study and Options buttons stay in view."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from flashcards.gui.main_window import MainWindow
from flashcards.gui.screen import available
from flashcards.gui.theme import apply_theme

WAIT = 10_000


def test_at_20_pt_the_window_widens_for_the_buttons_never_past_its_screen(
    qtbot: Any, window: MainWindow
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    sheet, palette = app.styleSheet(), app.palette()
    apply_theme(app, "light", 20)
    try:
        window.resize(640, 600)
        with qtbot.waitSignal(window.decks_shown, timeout=WAIT):
            window.refresh_decks()
        table = window.deck_list.table
        room = available(window).width()
        qtbot.waitUntil(lambda: window.width() > 640, timeout=WAIT)  # it made room
        qtbot.wait(50)
        assert window.frameGeometry().width() <= room  # never off the screen
        full = window.frameGeometry().width() >= room - 1
        for column in (window.deck_list.STUDY, window.deck_list.OPTIONS):
            button = table.cellWidget(0, column)
            assert button is not None
            right = button.mapTo(table.viewport(), QPoint(button.width(), 0)).x()
            # In view, unless the screen itself is too narrow (then the window fills it).
            assert right <= table.viewport().width() or full, column
    finally:
        app.setStyleSheet(sheet)
        app.setPalette(palette)
