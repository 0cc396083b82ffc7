"""Hostile deck names and card texts: every label stays plain text, no button eats "&",
and one 105,000-character word neither widens the window nor leaks into other cards."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel, QLayout, QPushButton

from flashcards.gui.main_window import MainWindow
from flashcards.services import study
from flashcards.services.glossary import import_glossary
from flashcards.store import cards as store
from flashcards.store.database import Database
from flashcards.types import StudyMode

DECK = "<img src=x><a href='file:///etc/passwd'>deck</a>"
MARKUP = ("<img", "<a href", "<b>", "<i>")
TERMS = [
    ("<b>Satış</b> & Pazarlama", "Sala & markaðssetning"),
    ("<img src='/etc/passwd'>", "<i>mynd</i>"),
    ("Yumuşak & satış", "Mjúk & selja"),
    ("Sert satış", "Hörð sala"),
    ("Müşteri", "<a href='https://evil.example'>Viðskiptavinur</a>"),
]
LONG_WORD = "ş" * 105_000


@pytest.fixture
def collection(tmp_path: Path) -> Path:
    """A deck with a hostile name and texts; its first card's answer is one 105 k word."""
    path = tmp_path / "collection.sqlite"
    glossary = tmp_path / "hostile.tsv"
    glossary.write_text("".join(f"{a}\t{b}\n" for a, b in TERMS), "utf-8")
    db = Database(path)
    report = import_glossary(db, glossary, "tr", "is", deck=DECK)
    assert report.added == len(TERMS), report.skipped
    with db.begin() as session:
        first = store.cards(session, DECK)[0]
    study.edit_card(db, first.id, first.front, LONG_WORD, "")
    db.close()
    return path


def _form_captions() -> set[int]:
    """The labels forms make for their rows ("Deck:"), our own words."""
    captions: set[int] = set()

    def walk(layout: QLayout) -> None:
        if isinstance(layout, QFormLayout):
            for row in range(layout.rowCount()):
                item = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
                if item is not None and item.widget() is not None:
                    captions.add(shiboken6.getCppPointer(item.widget())[0])
        for index in range(layout.count()):
            child = layout.itemAt(index).layout()
            if child is not None:
                walk(child)

    for widget in QApplication.allWidgets():
        if widget.layout() is not None:
            walk(widget.layout())
    return captions


def _labels_are_plain(where: str) -> None:
    captions = _form_captions()
    for widget in QApplication.allWidgets():
        if not isinstance(widget, QLabel) or not widget.isVisibleTo(widget.window()):
            continue
        text = widget.text()
        if widget.textFormat().name == "PlainText":
            continue
        # Only our own markup (the counts, the typed-answer diff) and the static captions
        # of forms may be rich text; none of them carries a name or text from outside.
        assert not any(m in text for m in MARKUP), f"{where}: rich label {text[:80]!r}"
        ours = widget.objectName() in ("counts", "diff")
        assert ours or shiboken6.getCppPointer(widget)[0] in captions, (
            f"{where}: label {widget.objectName() or text[:40]!r} is "
            f"{widget.textFormat().name}, not plain text"
        )


def test_every_label_of_every_window_is_plain_text(qtbot: Any, window: MainWindow) -> None:
    window.resize(1000, 700)
    with qtbot.waitSignal(window.reviewer.step_shown, timeout=10_000):
        window.study(DECK)
    reviewer = window.reviewer
    assert reviewer.deck_label.text() == DECK
    reviewer.reveal()
    _labels_are_plain("reviewer")
    browser = window.show_browser()
    qtbot.waitSignal(browser.loaded, timeout=10_000).wait()
    _labels_are_plain("browser")
    stats = window.show_stats()
    qtbot.waitSignal(stats.loaded, timeout=10_000).wait()
    _labels_are_plain("statistics")
    window.show_settings()
    _labels_are_plain("settings")
    window.export_dialog().show()
    _labels_are_plain("export")
    window.import_glossary()
    _labels_are_plain("glossary import")
    quiz = window.sort_quiz(DECK)
    qtbot.waitUntil(lambda: quiz.plan is not None, timeout=10_000)  # no statements to sort
    _labels_are_plain("sorting quiz")


def test_choice_buttons_show_ampersands_instead_of_mnemonics(
    qtbot: Any, window: MainWindow
) -> None:
    window.reviewer.set_mode(StudyMode.CHOICE)
    with qtbot.waitSignal(window.reviewer.step_shown, timeout=10_000):
        window.study(DECK)
    reviewer = window.reviewer
    buttons = reviewer.choice.buttons
    assert len(buttons) >= 2
    for button in buttons:  # the option is a plain-text label inside the button
        assert QKeySequence.mnemonic(QPushButton.text(button)).isEmpty(), button.text()
        assert button.label.textFormat().name == "PlainText"
    shown = {b.text().split("  ", 1)[1] for b in buttons}
    assert shown & {"Sala & markaðssetning", "Mjúk & selja"}


def test_a_105k_character_word_wraps_inside_the_window(qtbot: Any, window: MainWindow) -> None:
    window.resize(1000, 700)
    with qtbot.waitSignal(window.reviewer.step_shown, timeout=10_000):
        window.study(DECK)
    reviewer = window.reviewer
    reviewer.reveal()
    qtbot.wait(50)
    assert reviewer.view.back.isVisible()
    assert reviewer.view.back.text().replace("\u200b", "").startswith("ş" * 1000)
    assert window.minimumSizeHint().width() < 1600
    assert window.width() < 1600 and reviewer.view.back.width() < 1600
    # The next card is as wide as it ever was: the long word is gone with its card.
    with qtbot.waitSignal(reviewer.step_shown, timeout=10_000):
        reviewer.grade(next(iter(reviewer.bar.grade_buttons)))
    assert LONG_WORD[:100] not in reviewer.view.back.text()
    assert window.width() < 1600
    assert not [b for b in reviewer.findChildren(QPushButton) if b.width() > 1600]
