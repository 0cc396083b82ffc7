"""The parallel reader window: the seed pair side by side, walked by keyboard."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from flashcards.gui.main_window import MainWindow
from flashcards.gui.reader_window import ReaderWindow, cell_colour
from flashcards.services.reading import RowKind

WAIT = 20_000


def _open(qtbot: Any, window: MainWindow) -> ReaderWindow:
    window.deck_list.table.selectRow(0)
    with qtbot.waitSignal(
        window.runner.busy_changed, timeout=WAIT, check_params_cb=lambda b: not b
    ):
        qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    reader = window.reader_window
    if reader.pair is None:
        qtbot.waitSignal(reader.loaded, timeout=WAIT).wait()
    return reader


def test_ctrl_r_opens_the_pair_with_aligned_sentences_on_one_line(
    qtbot: Any, window: MainWindow
) -> None:
    reader = _open(qtbot, window)
    assert reader.pair is not None  # the deck's question language on the left
    assert (reader.pair.left_lang, reader.pair.right_lang) == ("tr", "is")
    table = reader.table
    assert table.rowCount() == len(reader.pair.rows)
    assert reader.articles.currentText() == "Yumuşak Satış"
    for r, line in enumerate(reader.pair.rows):
        assert table.item(r, 0).text() == line.left.text
        assert table.item(r, 1).text() == line.right.text
    assert table.currentRow() == 0


def test_arrows_walk_the_sentences_and_tab_switches_the_language(
    qtbot: Any, window: MainWindow
) -> None:
    reader = _open(qtbot, window)
    assert reader.pair is not None
    rows = reader.pair.rows
    target = next(r for r, line in enumerate(rows) if line.kind is RowKind.TEXT and line.left.cards)
    for _ in range(target):
        qtbot.keyClick(reader.table, Qt.Key.Key_Down)
    assert reader.table.currentRow() == target
    current = reader.current_cell()
    assert current is not None and current[0] == rows[target].left
    assert reader.counterpart() == rows[target].right  # its aligned sentence, highlighted
    # The whole row, both languages, is the highlighted line.
    assert reader.table.selectionModel().isRowSelected(target)
    assert reader.cards.toPlainText()  # the sentence's cards, with their state
    assert all(
        m.front.split("\n")[0] in reader.cards.toPlainText() for m in rows[target].left.cards
    )
    header = reader.table.horizontalHeaderItem
    assert (header(0).text(), header(1).text()) == ("▸ Türkçe", "Íslenska")
    qtbot.keyClick(reader.table, Qt.Key.Key_Tab)
    assert reader.table.currentColumn() == 1 and reader.table.currentRow() == target
    assert (header(0).text(), header(1).text()) == ("Türkçe", "▸ Íslenska")
    assert reader.current_cell() == (rows[target].right, reader.pair.right_lang)
    qtbot.keyClick(reader.table, Qt.Key.Key_Tab)
    assert reader.table.currentColumn() == 0


def test_sentences_with_cards_are_marked_and_the_text_stays_plain(
    qtbot: Any, window: MainWindow
) -> None:
    reader = _open(qtbot, window)
    assert reader.pair is not None
    for r, line in enumerate(reader.pair.rows):
        for c, cell in enumerate((line.left, line.right)):
            marked = reader.table.item(r, c).background().style() != Qt.BrushStyle.NoBrush
            assert marked == (cell_colour(cell) is not None) == bool(cell.cards)
    # Article text is shown as text: a table item has no rich-text interpretation.
    assert all(
        "<" not in reader.table.item(r, c).text()
        for r in range(reader.table.rowCount())
        for c in (0, 1)
    )


def test_escape_closes_the_reader(qtbot: Any, window: MainWindow) -> None:
    reader = _open(qtbot, window)
    qtbot.keyClick(reader.table, Qt.Key.Key_Escape)
    assert not reader.isVisible()


def test_show_in_article_from_the_browser_puts_the_cursor_on_the_cards_sentence(
    qtbot: Any, window: MainWindow
) -> None:
    window.activateWindow()
    qtbot.keyClick(window.deck_list.table, Qt.Key.Key_B)
    browser = window.browser_window
    qtbot.waitSignal(browser.loaded, timeout=WAIT).wait()
    with qtbot.waitSignal(browser.loaded, timeout=WAIT):
        browser.search.setText("kaupandans út frá svörunum")
        browser.apply_filters()
    row = next(r for r, card in enumerate(browser.model.rows) if card.kind.value == "technique")
    card = browser.model.rows[row]
    with qtbot.waitSignal(browser.details_shown, timeout=WAIT):
        browser.table.selectRow(row)
    assert browser.read_button.isEnabled()
    qtbot.keyClick(browser.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    reader = browser.reader_window
    qtbot.waitSignal(reader.loaded, timeout=WAIT).wait()
    current = reader.current_cell()
    assert current is not None
    cell, _lang = current
    assert card.id in {m.card_id for m in cell.cards}
    assert reader.table.currentRow() > 0  # not the title: the card's own sentence
