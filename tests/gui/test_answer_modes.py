"""Typed and multiple-choice answers in the reviewer feed the schedule with the mode used."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt

from flashcards.gui.main_window import MainWindow
from flashcards.types import StudyMode


def _log(path: Path) -> list[tuple[int, str]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT rating, mode FROM review_log ORDER BY id").fetchall()
    finally:
        connection.close()


def _start(qtbot, window: MainWindow, mode: StudyMode) -> None:  # type: ignore[no-untyped-def]
    window.reviewer.set_mode(mode)
    with qtbot.waitSignal(window.reviewer.step_shown, timeout=10_000):
        window.study("sales")


def test_typed_answers_are_graded_with_turkish_and_icelandic_letters(
    qtbot,
    window: MainWindow,
    collection: Path,  # type: ignore[no-untyped-def]
) -> None:
    _start(qtbot, window, StudyMode.TYPED)
    reviewer = window.reviewer
    assert reviewer.card is not None and reviewer.card.content.back == "Mjúk sala"
    assert reviewer.typed.input.hasFocus() or reviewer.typed.isVisible()
    assert not reviewer.view.back.isVisible()
    qtbot.keyClicks(reviewer.typed.input, "mjuk selja")  # the accent is missing: strict mode
    with qtbot.waitSignal(reviewer.judged, timeout=10_000):
        qtbot.keyClick(reviewer.typed.input, Qt.Key.Key_Return)
    assert reviewer.view.back.isVisible()
    assert "Not quite" in reviewer.typed.result.text()
    with qtbot.waitSignal(reviewer.step_shown, timeout=10_000):
        qtbot.keyClick(reviewer, Qt.Key.Key_Return)
    assert _log(collection) == [(1, "typed")]

    expected = reviewer.card.content.back  # type: ignore[union-attr]
    qtbot.keyClicks(reviewer.typed.input, expected.upper() + "  ")  # case and spaces ignored
    with qtbot.waitSignal(reviewer.judged, timeout=10_000):
        qtbot.keyClick(reviewer.typed.input, Qt.Key.Key_Return)
    assert "Correct" in reviewer.typed.result.text()
    with qtbot.waitSignal(reviewer.step_shown, timeout=10_000):
        reviewer.bar.continue_button.click()
    assert _log(collection) == [(1, "typed"), (3, "typed")]


def test_multiple_choice_by_number_keys(
    qtbot,
    window: MainWindow,
    collection: Path,  # type: ignore[no-untyped-def]
) -> None:
    _start(qtbot, window, StudyMode.CHOICE)
    reviewer = window.reviewer
    buttons = reviewer.choice.buttons
    assert 2 <= len(buttons) <= 4
    texts = [b.text().split("  ", 1)[1] for b in buttons]
    assert texts[reviewer.choice.answer_index] == "Mjúk sala"
    assert len(set(texts)) == len(texts)
    right = reviewer.choice.answer_index + 1
    with qtbot.waitSignal(reviewer.judged, timeout=10_000):
        qtbot.keyClick(reviewer, Qt.Key(Qt.Key.Key_0 + right))
    with qtbot.waitSignal(reviewer.step_shown, timeout=10_000):
        qtbot.keyClick(reviewer, Qt.Key.Key_Space)
    wrong = next(
        i for i in range(len(reviewer.choice.buttons)) if i != reviewer.choice.answer_index
    )
    with qtbot.waitSignal(reviewer.judged, timeout=10_000):
        qtbot.keyClick(reviewer, Qt.Key(Qt.Key.Key_1 + wrong))
    with qtbot.waitSignal(reviewer.step_shown, timeout=10_000):
        qtbot.keyClick(reviewer, Qt.Key.Key_Return)
    assert _log(collection) == [(3, "choice"), (1, "choice")]
