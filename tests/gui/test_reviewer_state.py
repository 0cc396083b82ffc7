"""What the reviewer keeps: the answer mode across decks and restarts, keys while a deck opens."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt

from flashcards.gui.main_window import MainWindow
from flashcards.gui.notice import Notice
from flashcards.gui.ops import Op
from flashcards.gui.reviewer.page import MODES
from flashcards.types import Rating, StudyMode

WAIT = 10_000
IGNORED = "Still opening the deck: that key was ignored."


def _notice(window: MainWindow) -> str:
    found = window.findChild(Notice, "notice")
    return found.text() if isinstance(found, Notice) and found.isVisible() else ""


def test_the_answer_mode_chosen_is_kept_after_escape_and_a_restart(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    reviewer = window.reviewer
    with qtbot.waitSignal(reviewer.step_shown, timeout=WAIT):
        window.study("sales")
    assert reviewer.mode is StudyMode.FLIP
    reviewer.mode_box.setCurrentIndex(MODES.index(StudyMode.CHOICE))  # as a click would
    qtbot.waitUntil(lambda: len(reviewer.choice.buttons) >= 2, timeout=WAIT)
    with qtbot.waitSignal(window.decks_shown, timeout=WAIT):
        qtbot.keyClick(reviewer, Qt.Key.Key_Escape)
    with qtbot.waitSignal(reviewer.step_shown, timeout=WAIT):
        window.study("sales")
    assert reviewer.mode is StudyMode.CHOICE
    assert reviewer.mode_box.currentIndex() == MODES.index(StudyMode.CHOICE)
    qtbot.waitUntil(lambda: len(reviewer.choice.buttons) >= 2, timeout=WAIT)
    assert reviewer.choice.isVisible() and not reviewer.typed.isVisible()

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    again = MainWindow(window.runner, settings, clock=window.clock)  # the app started anew
    qtbot.addWidget(again)
    assert again.reviewer.mode is StudyMode.CHOICE
    assert again.reviewer.mode_box.currentText() == "Multiple choice"


def _held(window: MainWindow) -> threading.Event:
    """Hold the worker (as a deck of 100,000 cards keeps it busy) until the event is set."""
    gate = threading.Event()
    window.runner.run(Op(lambda _ctx: gate.wait(WAIT / 1000)))
    return gate


def test_opening_a_deck_shows_it_at_once_keeps_space_and_says_other_keys_are_ignored(
    qtbot: Any, window: MainWindow
) -> None:
    reviewer = window.reviewer
    with qtbot.waitSignal(reviewer.step_shown, timeout=WAIT):
        window.study("sales")
    qtbot.keyClick(reviewer, Qt.Key.Key_Space)
    assert reviewer.revealed  # a card of the last session, answer shown
    with qtbot.waitSignal(window.decks_shown, timeout=WAIT):
        qtbot.keyClick(reviewer, Qt.Key.Key_Escape)

    gate = _held(window)
    window.study("sales")
    assert reviewer.pages.currentIndex() == reviewer.LOADING  # nothing of the last session
    assert reviewer.loading_label.text() == "Opening sales…"
    assert reviewer.counts_label.text() == "" and reviewer.card is None
    assert not reviewer.view.isVisible() and reviewer.bar.currentIndex() == reviewer.bar.LOADING
    qtbot.keyClick(reviewer, Qt.Key.Key_3)
    assert _notice(window) == IGNORED
    qtbot.keyClick(reviewer, Qt.Key.Key_Space)  # kept: the answer shows once the card is there
    with qtbot.waitSignal(reviewer.step_shown, timeout=WAIT):
        gate.set()
    assert reviewer.card is not None and reviewer.revealed
    assert reviewer.bar.currentIndex() == reviewer.bar.GRADES


def test_in_multiple_choice_or_typing_a_key_while_opening_is_said_to_be_ignored(
    qtbot: Any, window: MainWindow
) -> None:
    reviewer = window.reviewer
    reviewer.set_mode(StudyMode.TYPED)
    with qtbot.waitSignal(reviewer.step_shown, timeout=WAIT):
        window.study("sales")
    assert reviewer.typed.input.isVisible()  # the typing line has the keys for itself
    with qtbot.waitSignal(window.decks_shown, timeout=WAIT):
        qtbot.keyClick(reviewer.typed.input, Qt.Key.Key_Escape)
    for mode in (StudyMode.TYPED, StudyMode.CHOICE):
        reviewer.set_mode(mode)
        gate = _held(window)
        window.study("sales")
        qtbot.keyClick(reviewer, Qt.Key.Key_Space)
        assert _notice(window) == IGNORED, mode
        with qtbot.waitSignal(reviewer.step_shown, timeout=WAIT):
            gate.set()
        assert reviewer.card is not None and not reviewer.revealed


def test_undo_brings_the_answered_card_back_even_while_a_learning_card_is_due(
    qtbot: Any, runner: Any, tmp_path: Path
) -> None:
    from datetime import UTC, datetime, timedelta

    now = [datetime(2026, 11, 23, 9, tzinfo=UTC)]
    settings = QSettings(str(tmp_path / "clock.ini"), QSettings.Format.IniFormat)
    window = MainWindow(runner, settings, clock=lambda: now[0])
    qtbot.addWidget(window)
    window.show()
    reviewer = window.reviewer
    with qtbot.waitSignal(reviewer.step_shown, timeout=WAIT):
        window.study("sales")
    forgotten = reviewer.card.id  # type: ignore[union-attr]
    reviewer.reveal()
    with qtbot.waitSignal(reviewer.step_shown, timeout=WAIT):
        reviewer.grade(Rating.AGAIN)  # back in a minute, as a learning card
    now[0] += timedelta(minutes=5)  # ... which is due by the time the next is answered
    answered = reviewer.card.id  # type: ignore[union-attr]
    assert answered != forgotten
    reviewer.reveal()
    with qtbot.waitSignal(reviewer.step_shown, timeout=WAIT):
        reviewer.grade(Rating.GOOD)
    assert reviewer.card is not None and reviewer.card.id == forgotten  # the learning card
    with qtbot.waitSignal(reviewer.step_shown, timeout=WAIT):
        window.undo_last()
    assert reviewer.card is not None and reviewer.card.id == answered  # the undone one
    assert _notice(window) == "Undid Good"


def test_a_gap_sentence_and_the_sentence_under_it_are_two_paragraphs(
    qtbot: Any, window: MainWindow, collection: Path
) -> None:
    from flashcards.services.study import set_deck_limits
    from flashcards.store import cards as store
    from flashcards.store.database import Database
    from flashcards.types import CardKind

    db = Database(collection)
    set_deck_limits(db, 1, 1000, 1000)
    with db.begin() as session:
        card = next(
            c for c in store.cards(session) if c.kind is CardKind.CLOZE and "\n" in c.front.strip()
        )
    db.close()
    reviewer = window.reviewer
    with qtbot.waitSignal(reviewer.step_shown, timeout=WAIT):
        window.study("sales")
    with qtbot.waitSignal(reviewer.step_shown, timeout=WAIT):
        reviewer.study_next(card.id)
    assert reviewer.card is not None and reviewer.card.id == card.id
    gap, source = (line.strip() for line in card.front.strip().split("\n", 1))
    shown = reviewer.view.front.text().replace("\u200b", "")
    assert shown == f"{gap}\n\n{source}"  # a blank line between them, not one block
