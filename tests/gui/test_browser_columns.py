"""The browser's columns fit their headers and values at large fonts in Turkish and Icelandic."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QSplitter, QStyle

from flashcards.gui.app import install_qt_translator, install_translator, set_locale
from flashcards.gui.browser import BrowserWindow
from flashcards.gui.browser.table import COLUMNS
from flashcards.gui.main_window import MainWindow
from flashcards.gui.theme import apply_theme

WAIT = 10_000


@pytest.fixture(params=[("tr", 14), ("is", 14), ("tr", 20), ("en", 20)], ids=str)
def interface(request: pytest.FixtureRequest) -> Iterator[tuple[str, int]]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    language, size = request.param
    before, sheet, palette = QLocale(), app.styleSheet(), app.palette()
    installed = [install_translator(app, language), install_qt_translator(app, language)]
    set_locale(language)
    apply_theme(app, "light", size)
    yield language, size
    for translator in installed:
        if translator is not None:
            app.removeTranslator(translator)
    QLocale.setDefault(before)
    app.setStyleSheet(sheet)
    app.setPalette(palette)


def test_no_column_cuts_its_header_or_its_values(
    qtbot: Any, window: MainWindow, interface: tuple[str, int]
) -> None:
    browser = BrowserWindow(window.runner, window.clock)
    qtbot.addWidget(browser)
    with qtbot.waitSignal(browser.loaded, timeout=WAIT):
        browser.show()
    table, header = browser.table, browser.table.horizontalHeader()
    table.selectRow(0)  # a selected row's column headers are drawn in bold
    bold = QFont(header.font())
    bold.setBold(True)
    heading = QFontMetrics(bold)
    cell_margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
    header_margin = 2 * table.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
    model = browser.model
    assert model.rowCount() > 0
    for column, (_, key, _, _) in enumerate(COLUMNS):
        width = header.sectionSize(column)
        title = str(model.headerData(column, Qt.Orientation.Horizontal))
        assert heading.horizontalAdvance(title) + header_margin <= width, (interface, title)
        if key in ("front", "back"):
            continue  # the free text shares what is left and is elided at the end
        for row in range(model.rowCount()):
            text = str(model.data(model.index(row, column)) or "")
            needed = table.fontMetrics().horizontalAdvance(text) + cell_margin
            if key == "flag" and text:
                needed += table.iconSize().width() or table.fontMetrics().height()
            assert needed <= width, (interface, title, text)


def test_every_filter_shows_its_whole_text(
    qtbot: Any, window: MainWindow, interface: tuple[str, int]
) -> None:
    """At 14 pt in Icelandic the filters read "Allar tegundi", "Hvaða staða s": five
    boxes shared a row with the search line.  In the browser's width (1,200 px) each shows
    its choice whole, up to 20 pt, and no row makes the window wider than the screen."""
    from PySide6.QtWidgets import QStyleOptionComboBox

    from flashcards.gui.browser.filters import FilterBar

    browser = BrowserWindow(window.runner, window.clock)
    qtbot.addWidget(browser)
    assert browser.minimumSizeHint().width() <= 1280  # the buttons wrap, the filters fit
    # rows as tall as the text (at 20 pt they were cut to the default font's height)
    assert (
        browser.table.verticalHeader().defaultSectionSize() > browser.table.fontMetrics().height()
    )
    bar = FilterBar()
    qtbot.addWidget(bar)
    bar.resize(1200 - 2 * 11, 80)  # the browser's width less its margins
    bar.show()
    qtbot.wait(50)
    for box in bar.combos:
        option = QStyleOptionComboBox()
        box.initStyleOption(option)
        field = box.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, box
        )
        text = box.currentText()
        assert box.fontMetrics().horizontalAdvance(text) <= field.width(), (interface, text)


def test_question_and_answer_share_the_room_without_sideways_scrolling(
    qtbot: Any, window: MainWindow
) -> None:
    from test_browser import _open

    browser = _open(qtbot, window)
    fitter, header = browser.columns, browser.table.horizontalHeader()
    least = 18 * browser.table.fontMetrics().averageCharWidth()
    checked = 0
    for share in (2.2, 2.4, 3.0):  # room for both at their least, and a little more
        room = int(share * least)
        splitter = browser.table.parentWidget()
        assert isinstance(splitter, QSplitter)
        wanted = fitter.fixed_width() + room  # the table's viewport, shared again on resize
        total = sum(splitter.sizes())
        table = browser.table.width() + wanted - browser.table.viewport().width()
        splitter.setSizes([table, total - table])
        qtbot.wait(50)
        room = browser.table.viewport().width() - fitter.fixed_width()
        if room < 2 * least:
            continue  # too narrow for both: the table scrolls sideways, by design
        checked += 1
        texts = header.sectionSize(0) + header.sectionSize(1)
        assert texts <= room, (share, header.sectionSize(0), header.sectionSize(1), room)
        assert min(header.sectionSize(0), header.sectionSize(1)) >= least
    assert checked >= 2
