"""The parallel reader window: the seed pair side by side, walked by keyboard."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

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
    assert reader.cards.text()  # the sentence's cards, with their state
    assert all(m.front.split("\n")[0] in reader.cards.text() for m in rows[target].left.cards)
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


def _on_cards(qtbot: Any, reader: ReaderWindow, least: int = 1) -> int:
    """Walk down to the first sentence with at least `least` cards; its row."""
    assert reader.pair is not None
    target = next(
        r
        for r, line in enumerate(reader.pair.rows)
        if line.kind is RowKind.TEXT and len(line.left.cards) >= least
    )
    for _ in range(target):
        qtbot.keyClick(reader.table, Qt.Key.Key_Down)
    assert reader.table.currentRow() == target
    return target


def _reloaded(qtbot: Any, reader: ReaderWindow, signal: Any) -> Any:
    """Wait for an action's signal and for the reader to show the pair again after it."""
    return qtbot.waitSignals([signal, reader.loaded], timeout=WAIT, order="none")


def test_the_cards_list_shows_each_cards_state_and_recall(qtbot: Any, window: MainWindow) -> None:
    reader = _open(qtbot, window)
    target = _on_cards(qtbot, reader, least=2)
    assert reader.pair is not None
    marks = reader.pair.rows[target].left.cards
    panel = reader.cards
    assert panel.table.rowCount() == len(marks)
    assert panel.table.item(0, 1).text() == "new"
    assert panel.table.item(0, 2).text() == "—"  # no recall yet: never studied
    assert panel.current_mark() == marks[0]
    assert panel.edit_button.isEnabled() and panel.study_button.isEnabled()
    assert panel.suspend_button.text() == "Suspend (J)"
    qtbot.keyClick(reader.table, Qt.Key.Key_Down)  # another sentence: its own cards
    assert panel.marks == reader.pair.rows[target + 1].left.cards


def test_e_edits_the_current_card_and_undo_takes_the_edit_back(
    qtbot: Any, window: MainWindow
) -> None:
    reader = _open(qtbot, window)
    target = _on_cards(qtbot, reader, least=2)
    panel = reader.cards
    qtbot.keyClick(reader.table, Qt.Key.Key_Return)  # into the sentence's cards
    assert panel.table.hasFocus() or not reader.isActiveWindow()
    qtbot.keyClick(panel.table, Qt.Key.Key_Down)  # the second card
    second = panel.current_mark()
    assert second is not None and second == reader.pair.rows[target].left.cards[1]  # type: ignore[union-attr]
    with qtbot.waitSignal(
        window.runner.busy_changed, timeout=WAIT, check_params_cb=lambda b: not b
    ):
        qtbot.keyClick(panel.table, Qt.Key.Key_E)
    dialog = panel.edit_dialog
    assert dialog is not None and dialog.back.toPlainText() == second.back
    dialog.back.setPlainText(second.back + " (yeni)")
    with _reloaded(qtbot, reader, panel.acted):
        dialog.accept()
    assert panel.current_mark() is not None
    assert panel.current_mark().back == second.back + " (yeni)"  # type: ignore[union-attr]
    assert "(yeni)" in panel.text()
    with _reloaded(qtbot, reader, window.undo.undone):
        window.undo.undo()
    assert panel.current_mark().back == second.back  # type: ignore[union-attr]


def test_j_suspends_the_current_card_a_click_unsuspends_it_and_ctrl_z_undoes(
    qtbot: Any, window: MainWindow
) -> None:
    reader = _open(qtbot, window)
    _on_cards(qtbot, reader)
    panel = reader.cards
    first = panel.current_mark()
    assert first is not None and not first.suspended
    with _reloaded(qtbot, reader, panel.acted):
        qtbot.keyClick(reader.table, Qt.Key.Key_J)
    mark = panel.current_mark()
    assert mark is not None and mark.card_id == first.card_id and mark.suspended
    assert panel.table.item(0, 1).text().endswith(", suspended")
    assert panel.suspend_button.text() == "Unsuspend (J)"
    with _reloaded(qtbot, reader, panel.acted):
        qtbot.mouseClick(panel.suspend_button, Qt.MouseButton.LeftButton)
    assert not panel.current_mark().suspended  # type: ignore[union-attr]
    reader.activateWindow()
    qtbot.waitUntil(reader.isActiveWindow, timeout=WAIT)
    with _reloaded(qtbot, reader, panel.undo.undone):  # Ctrl+Z in the reader itself
        qtbot.keyClick(reader.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert panel.current_mark().suspended  # type: ignore[union-attr]


def test_s_studies_the_sentences_cards_now_and_the_reader_shows_what_was_learnt(
    qtbot: Any, window: MainWindow
) -> None:
    reader = _open(qtbot, window)
    target = _on_cards(qtbot, reader, least=2)
    assert reader.pair is not None
    marks = reader.pair.rows[target].left.cards
    ids = {m.card_id for m in marks}
    panel = reader.cards
    with qtbot.waitSignal(panel.acted, timeout=WAIT):
        qtbot.keyClick(reader.table, Qt.Key.Key_S)
    dialog = panel.study_dialog
    assert dialog is not None and dialog.isVisible()
    reviewer = dialog.reviewer
    qtbot.waitUntil(lambda: reviewer.card is not None, timeout=WAIT)
    assert str(len(marks)) in dialog.windowTitle()
    seen = []
    while reviewer.card is not None:
        seen.append(reviewer.card.id)
        qtbot.keyClick(reviewer, Qt.Key.Key_Space)
        with qtbot.waitSignal(reviewer.step_shown, timeout=WAIT):
            qtbot.keyClick(reviewer, Qt.Key.Key_4)  # Easy: none comes back today
    assert set(seen) == ids and len(seen) == len(ids)  # each card of the sentence, once
    assert "answered" in reviewer.done_label.text()
    qtbot.waitUntil(
        lambda: all(m.state.name == "REVIEW" for m in panel.marks) and len(panel.marks) == len(ids),
        timeout=WAIT,
    )
    qtbot.keyClick(reviewer, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_a_double_click_on_a_card_edits_it(qtbot: Any, window: MainWindow) -> None:
    reader = _open(qtbot, window)
    _on_cards(qtbot, reader, least=2)
    panel = reader.cards
    rect = panel.table.visualRect(panel.table.model().index(1, 3))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(
        window.runner.busy_changed, timeout=WAIT, check_params_cb=lambda b: not b
    ):
        qtbot.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.current_mark() == panel.marks[1]
    qtbot.waitUntil(lambda: panel.edit_dialog is not None, timeout=WAIT)
    assert panel.edit_dialog.back.toPlainText() == panel.marks[1].back  # type: ignore[union-attr]


def test_tints_are_told_apart_in_either_theme_and_the_legend_names_them(
    qtbot: Any, window: MainWindow
) -> None:
    from flashcards.services.reading import CardMark, Cell
    from flashcards.types import CardKind, CardState

    def cell(state: CardState, suspended: bool = False, recall: float | None = None) -> Cell:
        return Cell(("x",), (CardMark(1, CardKind.TERM, state, recall, "q", "a", suspended),))

    for state in (CardState.NEW, CardState.LEARNING, CardState.REVIEW):
        light, dark = (
            cell_colour(cell(state, recall=0.9)),
            cell_colour(cell(state, recall=0.9), True),
        )
        assert light is not None and dark is not None
        assert (light.red(), light.green(), light.blue()) == (dark.red(), dark.green(), dark.blue())
        assert dark.alpha() >= light.alpha() + 30  # a faint tint on a dark base is no tint
    known_well, known_less = (
        cell_colour(cell(CardState.REVIEW, recall=0.95)),
        cell_colour(cell(CardState.REVIEW, recall=0.5)),
    )
    assert known_well is not None and known_less is not None
    assert known_well.alpha() > known_less.alpha()
    suspended = cell_colour(cell(CardState.NEW, suspended=True))
    assert suspended is not None and suspended.saturation() == 0  # grey: nothing to study
    reader = _open(qtbot, window)
    names = [label.text() for label in reader.legend.findChildren(QLabel)]
    assert names == ["new", "learning", "known"]
