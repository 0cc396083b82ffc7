"""The reviewer says what each action did: flags toggle with their colour, notices, one undo."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from flashcards.gui.main_window import MainWindow
from flashcards.gui.notice import Notice
from flashcards.gui.reviewer.answers import diff_html
from flashcards.quiz.grading import grade

WAIT = 10_000


def _db(path: Path, sql: str) -> list[Any]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def _notice(window: MainWindow) -> str:
    found = window.findChild(Notice, "notice")
    assert isinstance(found, Notice) and found.isVisible()
    return found.text()


def _study(qtbot: Any, window: MainWindow) -> None:
    with qtbot.waitSignal(window.reviewer.step_shown, timeout=WAIT):
        window.study("sales")


def test_ctrl_1_twice_sets_and_clears_the_red_flag(
    qtbot: Any, window: MainWindow, collection: Path
) -> None:
    _study(qtbot, window)
    reviewer = window.reviewer
    card_id = reviewer.card.id  # type: ignore[union-attr]
    with qtbot.waitSignal(window.runner.changed, timeout=WAIT):
        qtbot.keyClick(reviewer, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert _db(collection, f"SELECT flag FROM cards WHERE id = {card_id}") == [(1,)]
    assert reviewer.view.flag_label.isVisible() and "Red" in reviewer.view.flag_label.text()
    assert "#e03131" in reviewer.view.flag_label.styleSheet()
    assert _notice(window) == "Flag set: Red"
    with qtbot.waitSignal(window.runner.changed, timeout=WAIT):
        qtbot.keyClick(reviewer, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert _db(collection, f"SELECT flag FROM cards WHERE id = {card_id}") == [(0,)]
    assert not reviewer.view.flag_label.isVisible() and _notice(window) == "Flag removed"


def test_bury_says_so_and_undo_brings_the_card_back(
    qtbot: Any, window: MainWindow, collection: Path
) -> None:
    _study(qtbot, window)
    reviewer = window.reviewer
    first = reviewer.card.id  # type: ignore[union-attr]
    with qtbot.waitSignal(reviewer.step_shown, timeout=WAIT):
        qtbot.keyClick(reviewer, Qt.Key.Key_Minus)
    assert _notice(window) == "Card buried until tomorrow"
    assert reviewer.card is not None and reviewer.card.id != first
    assert window.undo_action.text() == "&Undo Bury" and window.undo_action.isEnabled()
    with qtbot.waitSignal(reviewer.step_shown, timeout=WAIT):
        qtbot.keyClick(reviewer, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert reviewer.card is not None and reviewer.card.id == first
    assert _notice(window) == "Undid Bury"
    assert _db(collection, f"SELECT buried_until FROM cards WHERE id = {first}") == [(None,)]


def test_undoing_an_answer_names_its_rating(
    qtbot: Any, window: MainWindow, collection: Path
) -> None:
    _study(qtbot, window)
    reviewer = window.reviewer
    first = reviewer.card.id  # type: ignore[union-attr]
    qtbot.keyClick(reviewer, Qt.Key.Key_Space)
    with qtbot.waitSignal(reviewer.step_shown, timeout=WAIT):
        qtbot.keyClick(reviewer, Qt.Key.Key_3)
    assert window.undo_action.text() == "&Undo Good"
    with qtbot.waitSignal(reviewer.step_shown, timeout=WAIT):
        window.undo_action.trigger()
    assert reviewer.card.id == first and _notice(window) == "Undid Good"  # type: ignore[union-attr]
    assert _db(collection, "SELECT count(*) FROM review_log") == [(0,)]
    assert window.undo_action.text() == "&Undo" and not window.undo_action.isEnabled()


def test_suspend_and_edit_say_what_happened(qtbot: Any, window: MainWindow) -> None:
    _study(qtbot, window)
    reviewer = window.reviewer
    with qtbot.waitSignal(reviewer.step_shown, timeout=WAIT):
        qtbot.keyClick(reviewer, Qt.Key.Key_At)
    assert _notice(window) == "Card suspended"
    qtbot.keyClick(reviewer, Qt.Key.Key_E)
    dialog = reviewer.edit_dialog
    dialog.front.setPlainText(dialog.front.toPlainText() + "!")
    with qtbot.waitSignal(reviewer.edited, timeout=WAIT):
        dialog.accept()
    assert _notice(window) == "Card saved" and reviewer.view.front.text().endswith("!")


def _marked(typed: str, expected: str) -> tuple[str, str]:
    """The two lines of the diff: what was typed and the answer, with marks as [brackets]."""
    text = diff_html(grade(typed, expected, "is").diff)
    for mark in ("line-through", "underline"):
        text = text.replace(f"text-decoration:{mark}; font-weight:600'>", "'>[")
    text = text.replace("text-decoration:none; font-weight:600'>", "'>")
    import re

    plain = re.sub(r"<span[^>]*>\[([^<]*)</span>", r"[\1]", text)
    plain = re.sub(r"<[^b][^>]*>", "", plain)
    lines = plain.split("<br>↓<br>")
    return lines[0], lines[1] if len(lines) > 1 else ""


def test_typed_diff_marks_missing_extra_and_wrong_letters() -> None:
    assert _marked("afslátur", "afsláttur") == ("afslát-ur", "afslát[t]ur")
    typed, expected = _marked("Mjúk salan loki", "Mjúk salan lokið.")
    assert expected == "Mjúk salan loki[ð.]"
    typed, expected = _marked("sölu", "Það hjálpar til við að hvetja til endurtekinnar sölu")
    assert expected == "[Það hjálpar til við að hvetja til endurtekinnar ]sölu"  # nothing lost
    typed, expected = _marked("mjuk selja", "Mjúk selja")
    assert typed == "mj[u]k selja" and expected == "Mj[ú]k selja"
    typed, expected = _marked("þakkirr", "þakkir")
    assert typed == "þakkir[r]" and expected == "þakkir"
    assert _marked("Mjúk selja", "mjúk selja") == ("Mjúk selja", "")  # case is no mistake


def test_typed_diff_on_screen_marks_the_missing_letter(
    qtbot: Any, window: MainWindow, collection: Path
) -> None:
    window.reviewer.set_mode(window.reviewer.mode.TYPED)
    _study(qtbot, window)
    reviewer = window.reviewer
    assert reviewer.card is not None and reviewer.card.content.back == "Mjúk sala"
    reviewer.typed.input.setText("Mjúk sla")
    with qtbot.waitSignal(reviewer.judged, timeout=WAIT) as judged:
        qtbot.keyClick(reviewer.typed.input, Qt.Key.Key_Return)
    assert judged.args[0].rating.name == "HARD"
    shown = reviewer.typed.result.text()
    assert "Almost" in shown and "underline'" not in shown
    assert "text-decoration:underline; font-weight:600'>a</span>" in shown


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_a_notice_covers_the_text_under_it(qtbot: Any, theme: str) -> None:
    """A notice over card text ("Flag set: Red" over an option, seen in a real window) drew
    no background of its own: the two texts ran together.  It is filled with the base colour."""
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

    from flashcards.gui.notice import notice
    from flashcards.gui.theme import apply_theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    sheet, palette = app.styleSheet(), app.palette()
    apply_theme(app, theme, 14)
    try:
        window = QWidget()
        qtbot.addWidget(window)
        window.resize(600, 400)
        QVBoxLayout(window).addWidget(QLabel("\n".join(["X" * 60] * 12)))
        window.show()
        shown = notice(window, "Flag set: Red")
        qtbot.waitUntil(shown.isVisible)
        image = window.grab().toImage()
        inside = shown.geometry()
        colour = image.pixelColor(inside.x() + 10, inside.center().y())
        assert colour == window.palette().color(QPalette.ColorRole.Base)
        assert colour != window.palette().color(QPalette.ColorRole.Window)
    finally:
        app.setStyleSheet(sheet)
        app.setPalette(palette)
