"""Cards from a selection in the reader (T: a term pair, C: a cloze), found in the browser;
and the Add dialog with its check for cards of the same words."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from sqlalchemy import select

from flashcards.builder.cloze import BLANK
from flashcards.gui.add_dialog import AddCardDialog, SelectionCardDialog
from flashcards.gui.main_window import MainWindow
from flashcards.gui.reader_window import ReaderWindow
from flashcards.store.models import Card

WAIT = 20_000
HARD = "Til að skilja betur erfiðu söluna"


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


def _to_icelandic_sentence(qtbot: Any, reader: ReaderWindow, starts: str) -> None:
    assert reader.pair is not None
    target = next(
        r for r, line in enumerate(reader.pair.rows) if line.right.text.startswith(starts)
    )
    for _ in range(target):
        qtbot.keyClick(reader.table, Qt.Key.Key_Down)
    qtbot.keyClick(reader.table, Qt.Key.Key_Tab)
    assert (reader.table.currentRow(), reader.table.currentColumn()) == (target, 1)


def _select_words(qtbot: Any, reader: ReaderWindow, first: int, count: int) -> str:
    """Words `first`.. (1-based) of the current sentence selected by keyboard."""
    for _ in range(first):
        qtbot.keyClick(reader.table, Qt.Key.Key_Right)
    for _ in range(count - 1):
        qtbot.keyClick(reader.table, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    view = reader.making.rows.view(1)
    assert view is not None
    return view.textCursor().selectedText()


def _draft(qtbot: Any, reader: ReaderWindow, key: Qt.Key) -> SelectionCardDialog:
    with qtbot.waitSignal(reader.making.drafted, timeout=WAIT) as blocker:
        qtbot.keyClick(reader.table, key)
    dialog = blocker.args[0]
    assert isinstance(dialog, SelectionCardDialog)
    return dialog


def _add(qtbot: Any, reader: ReaderWindow, dialog: SelectionCardDialog) -> list[int]:
    with qtbot.waitSignal(reader.making.added, timeout=WAIT) as blocker:
        qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)
    ids: list[int] = blocker.args[0]
    return ids


def test_a_term_card_from_an_icelandic_selection_is_in_the_browser_both_ways(
    qtbot: Any, window: MainWindow
) -> None:
    reader = _open(qtbot, window)
    _to_icelandic_sentence(qtbot, reader, HARD)
    assert _select_words(qtbot, reader, 11, 2) == "harða söluna"
    dialog = _draft(qtbot, reader, Qt.Key.Key_T)
    assert dialog.term.text() == "hörð sala"  # in dictionary form
    assert dialog.translation.text()  # proposed from the aligned Turkish sentence
    dialog.translation.setText("sert satış")
    ids = _add(qtbot, reader, dialog)
    assert len(ids) == 2
    qtbot.waitSignal(reader.loaded, timeout=WAIT).wait()  # the reader marks the new cards
    assert reader.pair is not None
    line = next(r for r in reader.pair.rows if r.right.text.startswith(HARD))
    assert set(ids) & {m.card_id for m in line.right.cards}
    # Both directions, in the browser.
    reader.close()
    browser = window.show_browser()
    qtbot.waitSignal(browser.loaded, timeout=WAIT).wait()
    with qtbot.waitSignal(browser.loaded, timeout=WAIT):
        browser.search.setText("hörð sala")
        browser.apply_filters()
    found = {(c.source_lang, c.target_lang, c.front, c.back) for c in browser.model.rows}
    assert ("tr", "is", "sert satış", "hörð sala") in found
    assert ("is", "tr", "hörð sala", "sert satış") in found


def test_c_makes_a_cloze_of_the_sentence_with_the_selection_blanked(
    qtbot: Any, window: MainWindow, collection: Any
) -> None:
    reader = _open(qtbot, window)
    _to_icelandic_sentence(qtbot, reader, HARD)
    _select_words(qtbot, reader, 11, 2)
    dialog = _draft(qtbot, reader, Qt.Key.Key_C)
    (spec,) = dialog.draft.specs
    assert BLANK in spec.front and spec.back == "harða söluna"
    (card_id,) = _add(qtbot, reader, dialog)

    def stored(ctx: Any) -> tuple[str, str, str]:
        with ctx.db.read() as session:
            card = session.scalars(select(Card).where(Card.id == card_id)).one()
            return card.kind, card.back, card.answer_lemma

    from flashcards.gui.ops import Op

    with qtbot.waitSignal(
        window.runner.busy_changed, timeout=WAIT, check_params_cb=lambda b: not b
    ):
        results: list[tuple[str, str, str]] = []
        window.runner.run(Op(stored, success=results.append))
    assert results == [("cloze", "harða söluna", "hörð sala")]


def test_ctrl_z_in_the_reader_takes_a_selection_card_back(qtbot: Any, window: MainWindow) -> None:
    reader = _open(qtbot, window)
    _to_icelandic_sentence(qtbot, reader, HARD)
    _select_words(qtbot, reader, 11, 2)
    dialog = _draft(qtbot, reader, Qt.Key.Key_C)
    (card_id,) = _add(qtbot, reader, dialog)
    qtbot.waitSignal(reader.loaded, timeout=WAIT).wait()  # the reader marks the new card

    def on_line() -> set[int]:
        assert reader.pair is not None
        line = next(r for r in reader.pair.rows if r.right.text.startswith(HARD))
        return {m.card_id for m in line.right.cards}

    assert card_id in on_line()
    assert window.undo_action.text().replace("&", "") == "Undo Add card"
    reader.activateWindow()
    qtbot.waitUntil(reader.isActiveWindow, timeout=WAIT)
    with qtbot.waitSignal(reader.loaded, timeout=WAIT):
        qtbot.keyClick(reader.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert card_id not in on_line()
    assert window.undo_action.text().replace("&", "") == "Undo"
    assert reader.hint.text() == reader.keys_hint()  # no longer "Added 1 card"


def test_t_without_a_selection_says_what_to_do(qtbot: Any, window: MainWindow) -> None:
    reader = _open(qtbot, window)
    _to_icelandic_sentence(qtbot, reader, HARD)
    qtbot.keyClick(reader.table, Qt.Key.Key_T)
    assert "T" in reader.hint.text() and reader.making.dialog is None


def test_the_add_dialog_warns_of_a_card_with_the_same_lemma_and_adds_anyway(
    qtbot: Any, window: MainWindow
) -> None:
    window.deck_list.table.selectRow(0)
    qtbot.keyClick(window, Qt.Key.Key_A)
    dialog = window.add_dialog
    assert isinstance(dialog, AddCardDialog)
    assert dialog.chosen() is not None and dialog.chosen().name == "sales"
    assert "Türkçe" in dialog.front_label.text() and "Íslenska" in dialog.back_label.text()
    dialog.front.setPlainText("tüketici")
    dialog.back.setPlainText("neytanda")  # another form of the deck's "neytandi"
    with qtbot.waitSignal(dialog.check.found, timeout=60_000):
        dialog.check.check_now()
    assert dialog.duplicates.isVisible()
    assert "neytandi" in dialog.duplicates.text()
    added: list[list[int]] = []
    dialog.added.connect(added.append)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert not added  # shown first: the next Add adds anyway
    with qtbot.waitSignal(dialog.added, timeout=WAIT):
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert len(added[0]) == 2  # the deck asks both ways
    assert dialog.front.toPlainText() == ""  # ready for the next card
    # A card with no such words is added at once.
    dialog.front.setPlainText("ikna edici konuşma")
    dialog.back.setPlainText("sannfærandi samtal")
    with qtbot.waitSignal(dialog.added, timeout=60_000):
        qtbot.keyClick(dialog.back, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
