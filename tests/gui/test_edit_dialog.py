"""The edit-card dialog shows a long card's texts whole at 14 pt, within the screen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from gui_themes import themed

from flashcards.gui.edit_dialog import EditCardDialog
from flashcards.gui.screen import available
from flashcards.store import cards as store
from flashcards.store.database import Database


def test_a_long_cloze_question_needs_no_scrolling_to_edit(
    qtbot: Any, collection: Path, at_14_pt: None
) -> None:
    db = Database(collection)
    with db.begin() as session:
        longest = max(store.cards(session), key=lambda c: len(c.front))
    db.close()
    assert len(longest.front) > 300  # the e-commerce cloze and its hint
    dialog = EditCardDialog(longest)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(50)
    room = available(dialog)
    assert dialog.width() <= room.width() and dialog.height() <= room.height()
    for editor in (dialog.front, dialog.back, dialog.extra):
        assert editor.verticalScrollBar().maximum() == 0, editor.toPlainText()[:40]


@pytest.mark.parametrize("font_size", [0, 14])
def test_a_short_card_gets_a_short_dialog(qtbot: Any, collection: Path, font_size: int) -> None:
    with themed(font_size):
        db = Database(collection)
        with db.begin() as session:
            short = min(store.cards(session), key=lambda c: len(c.front + c.back))
        db.close()
        assert len(short.front + short.back) < 20
        dialog = EditCardDialog(short)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.wait(50)
        fields = (dialog.front, dialog.back, dialog.extra)
        for editor in fields:  # as tall as its text (two lines at least), not Qt's 192 px
            document = editor.document()
            blocks = [document.findBlockByNumber(i) for i in range(document.blockCount())]
            lines = max(2, sum(block.layout().lineCount() for block in blocks))
            wanted = lines * (editor.fontMetrics().lineSpacing() + 1)
            assert wanted - lines <= editor.height() <= wanted + 16, editor.toPlainText()
            assert editor.verticalScrollBar().maximum() == 0
        rest = dialog.height() - sum(editor.height() for editor in fields)
        assert rest <= 120, rest  # the buttons and margins: no empty room
