"""No screen grows the window past the screen: the longest card in every answer mode, at 14 pt."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from gui_themes import themed
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from flashcards.gui.main_window import MainWindow
from flashcards.services.study import set_deck_limits
from flashcards.store import cards as store
from flashcards.store.database import Database
from flashcards.types import CardKind, StudyMode

WAIT = 10_000
SCREEN = QSize(1280, 800)


def _studiable(collection: Path) -> list[store.CardRecord]:
    """Every card of the seed deck but the sorting ones, with limits that let each be studied."""
    db = Database(collection)
    set_deck_limits(db, 1, 1000, 1000)
    with db.begin() as session:
        cards = [c for c in store.cards(session) if c.kind is not CardKind.CONTRAST]
    db.close()
    return cards


@pytest.fixture
def longest(collection: Path) -> int:
    """The longest card, question and answer together (the e-commerce cloze: its blanked
    clause and the whole Turkish sentence as its hint)."""
    return max(_studiable(collection), key=lambda c: len(c.front) + len(c.back)).id


@pytest.fixture
def longest_answer(collection: Path) -> int:
    """The card with the longest answer (the hard-sell definition, ~200 characters): the
    longest multiple-choice options."""
    return max(_studiable(collection), key=lambda c: len(c.back)).id


@pytest.fixture(params=[0, 14], ids=["default-font", "14pt"])
def font_size(request: pytest.FixtureRequest) -> Iterator[int]:
    with themed(request.param):
        yield request.param


def _fits(qtbot: Any, window: MainWindow) -> None:
    qtbot.wait(100)  # the layout settles (wrapped labels take two passes)
    hint = window.minimumSizeHint()
    assert hint.width() <= SCREEN.width() and hint.height() <= SCREEN.height(), hint
    room = window.screen().availableGeometry()
    assert window.width() <= min(room.width(), SCREEN.width())
    assert window.height() <= min(room.height(), SCREEN.height())
    for button in window.findChildren(QPushButton):
        if button.isVisible():
            assert button.width() <= window.width(), button.text()
    for label in window.findChildren(QLabel):
        if label.isVisible() and label.wordWrap() and label.text():
            # a wrapped label shows all its lines
            assert label.height() >= label.heightForWidth(label.width()) - 2, label.text()[:40]


@pytest.mark.parametrize("mode", [StudyMode.FLIP, StudyMode.TYPED, StudyMode.CHOICE])
def test_the_longest_card_fits_a_1280x800_screen(
    qtbot: Any,
    window: MainWindow,
    longest: int,
    longest_answer: int,
    font_size: int,
    mode: StudyMode,
) -> None:
    # multiple choice on the longest answers: the options are what could widen the window
    card = longest_answer if mode is StudyMode.CHOICE else longest
    window.resize(SCREEN)
    window.reviewer.set_mode(mode)
    with qtbot.waitSignal(window.reviewer.step_shown, timeout=WAIT):
        window.study("sales")
    reviewer = window.reviewer
    with qtbot.waitSignal(reviewer.step_shown, timeout=WAIT):
        reviewer.study_next(card)
    assert reviewer.card is not None and reviewer.card.id == card
    if mode is StudyMode.CHOICE:
        qtbot.waitUntil(lambda: len(reviewer.choice.buttons) >= 2, timeout=WAIT)
        texts = [b.text().split("  ", 1)[1] for b in reviewer.choice.buttons]
        assert reviewer.card.content.back in texts and max(map(len, texts)) > 180
    _fits(qtbot, window)
    if mode is StudyMode.FLIP:
        reviewer.reveal()
    elif mode is StudyMode.TYPED:
        reviewer.typed.input.setText("Sert satış bir teknik")
        with qtbot.waitSignal(reviewer.judged, timeout=WAIT):
            reviewer.typed.input.returnPressed.emit()
    else:
        with qtbot.waitSignal(reviewer.judged, timeout=WAIT):
            reviewer.choice.pick(0)
    _fits(qtbot, window)
    with qtbot.waitSignal(window.decks_shown, timeout=WAIT):
        reviewer.finished.emit()
    _fits(qtbot, window)  # and the deck list after it is no wider


@pytest.fixture
def long_card_window(window: MainWindow) -> Iterator[None]:
    """The light theme at 14 pt in a 900×640 window: where the longest card overflows."""
    with themed(14):
        window.resize(900, 640)
        yield


def _in_view(reviewer: Any, widget: QWidget) -> bool:
    """The widget's top and bottom (or the view's height of it) are inside the card's view."""
    view = reviewer.view
    top = widget.mapTo(view.viewport(), QPoint(0, 0)).y()
    height = view.viewport().height()
    return 0 <= top < height and top + min(widget.height(), height // 2) <= height


@pytest.mark.parametrize("mode", [StudyMode.FLIP, StudyMode.CHOICE])
def test_the_answer_of_a_long_card_scrolls_into_view(
    qtbot: Any, window: MainWindow, longest: int, long_card_window: None, mode: StudyMode
) -> None:
    """At 14 pt in the default window the longest card's question alone fills the view: the
    answer (and the marked options) must come into view, not stay below the fold."""
    reviewer = window.reviewer
    reviewer.set_mode(mode)
    with qtbot.waitSignal(reviewer.step_shown, timeout=WAIT):
        window.study("sales")
    with qtbot.waitSignal(reviewer.step_shown, timeout=WAIT):
        reviewer.study_next(longest)
    qtbot.wait(100)
    bar = reviewer.view.verticalScrollBar()
    assert bar.value() == 0 and _in_view(reviewer, reviewer.view.front)
    if mode is StudyMode.FLIP:
        qtbot.keyClick(reviewer, Qt.Key.Key_Space)
    else:
        qtbot.waitUntil(lambda: len(reviewer.choice.buttons) >= 2, timeout=WAIT)
        with qtbot.waitSignal(reviewer.judged, timeout=WAIT):
            reviewer.choice.pick(reviewer.choice.answer_index)
    qtbot.waitUntil(lambda: bar.value() > 0, timeout=WAIT)
    qtbot.wait(50)
    assert _in_view(reviewer, reviewer.view.back)
    assert reviewer.view.rule.mapTo(reviewer.view.viewport(), QPoint(0, 0)).y() >= 0
    with qtbot.waitSignal(reviewer.step_shown, timeout=WAIT):
        qtbot.keyClick(reviewer, Qt.Key.Key_Return)
    qtbot.wait(50)
    assert bar.value() == 0  # the next card starts at its question


def test_a_wrong_pick_on_a_long_card_stays_in_view_with_its_verdict(
    qtbot: Any, window: MainWindow, longest: int, long_card_window: None
) -> None:
    """At 14 pt a wrong option picked on the longest card was left below the fold: the view
    went to the answer only.  The picked option (marked red) is brought into view too."""
    reviewer = window.reviewer
    reviewer.set_mode(StudyMode.CHOICE)
    with qtbot.waitSignal(reviewer.step_shown, timeout=WAIT):
        window.study("sales")
    with qtbot.waitSignal(reviewer.step_shown, timeout=WAIT):
        reviewer.study_next(longest)
    qtbot.waitUntil(lambda: len(reviewer.choice.buttons) >= 2, timeout=WAIT)
    wrong = max(
        (i for i in range(len(reviewer.choice.buttons)) if i != reviewer.choice.answer_index),
        key=lambda i: reviewer.choice.buttons[i].mapTo(reviewer.view.body, QPoint(0, 0)).y(),
    )
    with qtbot.waitSignal(reviewer.judged, timeout=WAIT):
        reviewer.choice.pick(wrong)
    bar = reviewer.view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.value() > 0, timeout=WAIT)
    qtbot.wait(50)
    picked = reviewer.choice.buttons[wrong]
    bottom = picked.mapTo(reviewer.view.viewport(), QPoint(0, picked.height())).y()
    assert 0 <= bottom <= reviewer.view.viewport().height()


def test_a_long_question_is_a_paragraph_with_its_options_in_view(
    qtbot: Any, window: MainWindow, longest: int, long_card_window: None
) -> None:
    """At 14 pt the longest question at headline size (26 pt) filled the default window and
    hid every option below the fold; as a paragraph it leaves room for them."""
    reviewer = window.reviewer
    reviewer.set_mode(StudyMode.CHOICE)
    with qtbot.waitSignal(reviewer.step_shown, timeout=WAIT):
        window.study("sales")
    headline = reviewer.view.front.font().pointSize()  # the first card: a short term
    assert len(reviewer.card.content.front) < 40 and headline == 26  # type: ignore[union-attr]
    with qtbot.waitSignal(reviewer.step_shown, timeout=WAIT):
        reviewer.study_next(longest)
    qtbot.waitUntil(lambda: len(reviewer.choice.buttons) >= 2, timeout=WAIT)
    qtbot.wait(100)
    assert reviewer.view.front.font().pointSize() < headline
    assert _in_view(reviewer, reviewer.view.front)
    assert _in_view(reviewer, reviewer.choice.buttons[0])  # no scrolling to see it


def test_a_long_missing_phrase_in_a_typed_answer_wraps_inside_the_view(
    qtbot: Any, window: MainWindow, longest_answer: int, long_card_window: None
) -> None:
    """A typed answer that leaves out most of a long answer showed one dash per missing
    letter as one unbreakable run: the card's text grew wider than the view and was cut on
    the right (seen at 14 pt in a real window).  The dashes break where the answer's words
    do, and nothing in the view is wider than it."""
    reviewer = window.reviewer
    reviewer.set_mode(StudyMode.TYPED)
    with qtbot.waitSignal(reviewer.step_shown, timeout=WAIT):
        window.study("sales")
    with qtbot.waitSignal(reviewer.step_shown, timeout=WAIT):
        reviewer.study_next(longest_answer)
    assert reviewer.card is not None
    words = reviewer.card.content.back.split()
    assert len(words) > 12
    reviewer.typed.input.setText(" ".join(words[:3]))
    with qtbot.waitSignal(reviewer.judged, timeout=WAIT):
        reviewer.typed.input.returnPressed.emit()
    qtbot.wait(100)
    view = reviewer.view
    assert view.widget().width() <= view.viewport().width()
    for label in view.widget().findChildren(QLabel):
        if label.isVisible():
            assert label.geometry().right() <= view.viewport().width(), label.text()[:60]
    # and the verdict with the marked answer under it is scrolled into view, as a wrong pick is
    result = reviewer.typed.result
    qtbot.waitUntil(
        lambda: (
            result.mapTo(view.viewport(), QPoint(0, result.height())).y()
            <= view.viewport().height()
        ),
        timeout=WAIT,
    )
