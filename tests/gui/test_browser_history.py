"""The browser's review history fits its pane: at 14 pt in three languages, no sideways
scrolling, no word cut, this year's dates without the year."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from gui_themes import themed
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QStyle

from flashcards.gui.app import install_qt_translator, install_translator, set_locale
from flashcards.gui.main_window import MainWindow
from flashcards.services import actions
from flashcards.services.study import StudySession
from flashcards.store.database import Database
from flashcards.types import Rating

NOW = datetime(2026, 11, 23, 9, tzinfo=UTC)
WAIT = 10_000


@pytest.fixture(params=["en", "tr", "is"])
def language_at_14_pt(request: pytest.FixtureRequest) -> Iterator[str]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    language = str(request.param)
    before = QLocale()
    installed = [install_translator(app, language), install_qt_translator(app, language)]
    set_locale(language)
    with themed(14):
        yield language
    for translator in installed:
        if translator is not None:
            app.removeTranslator(translator)
    QLocale.setDefault(before)


def _history(collection: Path) -> None:
    """Card 1 answered Good, then Again a day later (a relearning step), then reset by hand."""
    db = Database(collection)
    session = StudySession(db, tz=UTC)
    session.answer(1, Rating.GOOD, NOW, duration_ms=3500)
    session.answer(1, Rating.AGAIN, NOW + timedelta(days=1), duration_ms=12_300)
    session.answer(1, Rating.GOOD, NOW + timedelta(days=1, minutes=10), duration_ms=800)
    actions.browser_action(db, "reset", [1], NOW + timedelta(days=2))
    db.close()


def test_the_history_fits_the_details_pane_at_14_pt(
    qtbot: Any, collection: Path, window: MainWindow, language_at_14_pt: str
) -> None:
    _history(collection)
    window.activateWindow()
    qtbot.keyClick(window.deck_list.table, Qt.Key.Key_B)
    browser = window.browser_window
    qtbot.waitSignal(browser.loaded, timeout=WAIT).wait()
    browser.resize(1200, 720)  # as it opens on a 1280×800 screen
    with qtbot.waitSignal(browser.details_shown, timeout=WAIT):
        browser.table.selectRow(0)
    qtbot.wait(100)  # the layout takes in the details
    history = browser.history
    assert history.rowCount() == 4
    room = history.viewport().width()
    shown = [c for c in range(history.columnCount()) if not history.isColumnHidden(c)]
    widths = [history.columnWidth(c) for c in shown]
    print(
        "SIZES",
        browser.size(),
        browser.details.width(),
        browser.table.width(),
        browser.screen().availableGeometry(),
    )
    assert sum(widths) <= room, (language_at_14_pt, widths, room)
    assert history.horizontalScrollBar().maximum() == 0
    assert len(shown) >= 4  # the date, rating, state and due at least
    metrics = history.fontMetrics()
    focus = history.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, history)
    padding = 2 * (focus + 1) + 1  # the text's margins in a cell, and the grid line
    for row in range(history.rowCount()):
        for column in shown:
            text = history.item(row, column).text()
            room_for_text = history.columnWidth(column) - padding
            for word in text.split(" "):  # wrapped at spaces, never a word cut nor elided
                assert metrics.horizontalAdvance(word) <= room_for_text, text
            # each row as tall as its wrapped cells
            assert history.rowHeight(row) >= metrics.lineSpacing()
        assert "2026" not in history.item(row, 0).text()  # this year's date, without it
        assert history.item(row, 0).toolTip().count("\n") >= 3  # the whole entry
