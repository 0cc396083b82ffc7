"""In the Turkish and Icelandic interface no widget shows English: every screen is walked.

Two checks on every visible text (labels, buttons, titles, menus, tooltips, placeholders,
list and table items, chart titles and axes): it is none of our English source strings
left untranslated, and none of its words is a common English word that is not also a word
of the interface language (wordfreq's frequencies), besides an allow-list of names and codes.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCharts import QChartView
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QWidget,
)
from sqlalchemy import select
from wordfreq import zipf_frequency

from flashcards import paths
from flashcards.gui.app import install_qt_translator, install_translator, set_locale
from flashcards.gui.main_window import MainWindow
from flashcards.gui.ops import OpRunner
from flashcards.services.study import StudySession, set_deck_limits
from flashcards.store.database import Database
from flashcards.store.models import Card
from flashcards.types import Rating, StudyMode

NOW = datetime(2026, 11, 23, 9, tzinfo=UTC)

WAIT = 20_000

#: Names and codes that are the same in every language.
ALLOWED = {
    "flashcards", "fsrs", "anki", "apkg", "csv", "tsv", "txt", "pt", "ctrl", "shift", "alt",
    "enter", "esc", "del", "tab", "sales", "english", "log", "rmse", "qt", "id", "tr", "is", "en",
    "ok",
    "per",  # Qt's Turkish short name of Thursday (Perşembe), on the easy-day choosers
}  # fmt: skip


def _sources() -> set[str]:
    """Our English source strings that have a translation different from themselves."""
    found: set[str] = set()
    folder = paths.resources_dir() / "translations"
    for ts in folder.glob("flashcards_*.ts"):
        for message in ET.parse(ts).getroot().iter("message"):
            source = message.findtext("source") or ""
            if (message.findtext("translation") or "") != source:
                found.add(_plain(source))
    return {s for s in found if re.search(r"[A-Za-z]{3,}", s)}


def _plain(text: str) -> str:
    text = re.sub(r"<[^>]+>", " ", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.replace("\u200b", "").split())


def _texts(widget: QWidget) -> Iterator[str]:
    yield widget.toolTip()
    yield widget.windowTitle() if widget.isWindow() else ""
    if isinstance(widget, QLabel):
        yield widget.text()
    if isinstance(widget, QAbstractButton):
        yield widget.text()
    if isinstance(widget, QGroupBox):
        yield widget.title()
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        yield widget.placeholderText()
    if isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        for column in range(model.columnCount()):
            yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            for row in range(min(model.rowCount(), 30)):
                yield str(model.data(model.index(row, column)) or "")
    if isinstance(widget, QChartView) and widget.chart() is not None:
        chart = widget.chart()
        yield chart.title()
        for axis in chart.axes():
            yield from getattr(axis, "categoriesLabels", lambda: [])()
        for marker in chart.legend().markers():
            yield marker.label()
    if isinstance(widget, QMenu):
        yield widget.title()
        for action in widget.actions():
            yield action.text()
            yield action.toolTip() if action.toolTip() != action.text().replace("&", "") else ""


def _english(text: str, language: str, sources: set[str]) -> list[str]:
    plain = _plain(text)
    if not plain:
        return []
    if plain in sources:
        return [plain]
    # Hyphenated names (speech-dispatcher, espeak-ng) and words with digits are codes.
    words = [w for w in re.findall(r"[^\W\d_]+(?:-[\w]+)*", plain) if "-" not in w]
    bad = []
    for word in words:
        lower = word.lower()
        if lower in ALLOWED or len(lower) < 3:
            continue
        english, native = zipf_frequency(lower, "en"), zipf_frequency(lower, language)
        if english >= 3.5 and english - native >= 1.2:
            bad.append(word)
    return bad


class Walk:
    """Collects the English found on screen, with where it was seen.

    Words of the cards themselves (Icelandic "best", "lent") are the user's, not the
    interface's, and are let through.
    """

    def __init__(self, language: str, collection: Path) -> None:
        self.language = language
        self.sources = _sources()
        self.found: list[str] = []
        db = Database(collection)
        with db.begin() as session:
            texts = session.execute(select(Card.front, Card.back, Card.extra)).all()
        db.close()
        self.content = {w.lower() for row in texts for t in row for w in re.findall(r"\w+", t)}

    def __call__(self, where: str, root: QWidget | None = None) -> None:
        QApplication.processEvents()
        widgets = (
            [root, *root.findChildren(QWidget)] if root is not None else QApplication.allWidgets()
        )
        for widget in widgets:
            if not isinstance(widget, QMenu) and not widget.isVisibleTo(widget.window()):
                continue
            if not widget.window().isVisible() and not isinstance(widget, QMenu):
                continue
            for text in _texts(widget):
                words = [
                    word
                    for word in _english(str(text), self.language, self.sources)
                    if word.lower() not in self.content
                ]
                if words:
                    self.found.append(
                        f"{where}: {type(widget).__name__} {words} in {str(text)[:100]!r}"
                    )


@pytest.fixture(params=["tr", "is"])
def translated(request: pytest.FixtureRequest) -> Iterator[str]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    language = str(request.param)
    before = QLocale()
    installed = [install_translator(app, language), install_qt_translator(app, language)]
    set_locale(language)
    yield language
    for translator in installed:
        if translator is not None:
            app.removeTranslator(translator)
    QLocale.setDefault(before)


def _history(collection: Path) -> None:
    db = Database(collection)
    set_deck_limits(db, 1, 1000, 1000)
    session = StudySession(db)
    for day, rating in enumerate((Rating.GOOD, Rating.AGAIN, Rating.EASY, Rating.HARD)):
        card = session.next_card(NOW)
        assert card is not None
        session.answer(card.id, rating, NOW.replace(day=NOW.day - 3 + day), duration_ms=4000)
    db.close()


def test_no_english_on_any_screen(
    qtbot: Any,
    translated: str,
    runner: OpRunner,
    collection: Path,
    tmp_path: Path,
    seed_dir: Path,
) -> None:
    _history(collection)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(runner, settings, clock=lambda: NOW)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.decks_shown, timeout=WAIT):
        window.show()
        window.refresh_decks()
    walk = Walk(translated, collection)
    walk("deck list")
    for menu in window.menuBar().findChildren(QMenu):
        walk("menus", menu)

    reviewer = window.reviewer
    for mode in (StudyMode.FLIP, StudyMode.TYPED, StudyMode.CHOICE):
        reviewer.set_mode(mode)
        with qtbot.waitSignal(reviewer.step_shown, timeout=WAIT):
            window.study("sales")
        if mode is StudyMode.CHOICE:
            qtbot.waitUntil(lambda: bool(reviewer.choice.buttons), timeout=WAIT)
        walk(f"reviewer, {mode.value}, question")
        if mode is StudyMode.FLIP:
            reviewer.reveal()
        elif mode is StudyMode.TYPED:
            reviewer.typed.input.setText("mjuk")
            with qtbot.waitSignal(reviewer.judged, timeout=WAIT):
                reviewer.typed.input.returnPressed.emit()
        else:
            with qtbot.waitSignal(reviewer.judged, timeout=WAIT):
                reviewer.choice.pick(0)
        walk(f"reviewer, {mode.value}, answer")
    with qtbot.waitSignal(reviewer.step_shown, timeout=WAIT):
        reviewer.bury()
    walk("reviewer, notice")
    reviewer.edit()
    walk("edit card", reviewer.edit_dialog)
    reviewer.edit_dialog.reject()

    browser = window.show_browser()
    qtbot.waitSignal(browser.loaded, timeout=WAIT).wait()
    with qtbot.waitSignal(browser.details_shown, timeout=WAIT):
        browser.table.selectRow(0)
    walk("browser", browser)
    browser.close()

    reader = window.show_reader("sales")
    qtbot.waitSignal(reader.loaded, timeout=WAIT).wait()
    walk("reader", reader)
    reader.close()

    stats = window.show_stats()
    qtbot.waitSignal(stats.loaded, timeout=WAIT).wait()
    with qtbot.waitSignal(stats.optimized, timeout=WAIT):
        stats.optimize_button.click()
    walk("statistics", stats)
    stats.close()

    settings_dialog = window.show_settings()
    qtbot.waitSignal(settings_dialog.loaded, timeout=WAIT).wait()
    walk("settings", settings_dialog)
    settings_dialog.reject()

    export = window.export_dialog()
    export.show()
    walk("export", export)
    export.close()
    glossary = window.import_glossary()
    walk("glossary import", glossary)
    glossary.close()

    with qtbot.waitSignal(window.builder.built, timeout=60_000):
        window.builder.start(str(seed_dir), "sales", "tr", "is", True)
    assert window.builder.summary is not None
    walk("build report", window.builder.summary)
    window.builder.summary.close()

    quiz = window.sort_quiz("sales")
    qtbot.waitSignal(quiz.question_shown, timeout=WAIT).wait()
    walk("sorting quiz", quiz)
    with qtbot.waitSignal(quiz.finished_quiz, timeout=WAIT):
        while quiz.pages.currentIndex() == quiz.QUESTION:
            quiz.place(0)
            if quiz.index == len(quiz.plan.items) - 1 and quiz.answered:  # type: ignore[union-attr]
                walk("sorting quiz, verdict", quiz)
            quiz.next_statement()
    walk("sorting quiz, result", quiz)
    quiz.close()
    window.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not walk.found, "\n".join(dict.fromkeys(walk.found))


def test_numbers_and_intervals_follow_the_interface_language(qtbot: Any, translated: str) -> None:
    from datetime import timedelta

    from PySide6.QtWidgets import QDoubleSpinBox

    from flashcards.gui import texts

    expected = {
        "tr": ("10dk", "4g", "2,5ay", "0,90", "%87", "86.384"),
        "is": ("10 mín", "4 d", "2,5 mán", "0,90", "87%", "86.384"),
    }[translated]
    shown = (
        texts.interval(timedelta(minutes=10)),
        texts.interval(timedelta(days=4)),
        texts.interval(timedelta(days=75)),
        texts.decimal(0.9),
        texts.percent(0.87),
        texts.number(86_384),
    )
    assert shown == expected
    box = QDoubleSpinBox()
    box.setDecimals(2)
    box.setValue(0.9)
    assert box.text() == "0,90"  # Qt's own widgets too
