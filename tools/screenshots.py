"""Save screenshots of every screen and state, to look at them: each answer mode before and
after answering (on the deck's longest card and a short one), notices, loading, the done
page, the sorting quiz and its result, statistics with data and empty, progress phases,
the browser, settings and the other dialogs; in light and dark, in English, Turkish and
Icelandic, at 1280x800 with the default font and at 14 pt.

Runs offscreen by default; `QT_QPA_PLATFORM=xcb` (under Xvfb) takes them in a real X
window.  A contact sheet per language, theme and font is written when ImageMagick's
`montage` is installed.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QPoint, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from flashcards import paths
from flashcards.gui.app import install_qt_translator, install_translator, set_locale
from flashcards.gui.build_dialog import BuildDialog
from flashcards.gui.glossary_dialog import GlossaryDialog
from flashcards.gui.main_window import MainWindow
from flashcards.gui.ops import OpRunner
from flashcards.gui.progress import OpProgress
from flashcards.gui.reviewer import Step
from flashcards.gui.theme import apply_theme
from flashcards.progress import Phase
from flashcards.scheduler.queue import Counts
from flashcards.services.collection import seed_shipped_decks
from flashcards.services.study import StudySession, reset, set_deck_limits
from flashcards.store import cards as card_store
from flashcards.store.database import Database
from flashcards.types import CardKind, Rating, StudyMode

NOW = datetime(2026, 11, 23, 9, tzinfo=UTC)
SIZE = (1280, 800)

#: A small glossary to import: a header naming the languages, and a row with an empty cell.
GLOSSARY = (
    "Türkçe;Íslenska\n"
    "İhracat;útflutningur\n"
    "ışık;ljós\n"
    "müşteri;viðskiptavinur\n"
    "teşekkür;þakkir\n"
    "değer;verðmæti\n"
    "boş;\n"
    "öğrenci;nemandi\n"
    "çalışma;æfing\n"
    "İhracat;útflutningur\n"
)


def wait_for(signal: object, ms: int = 15_000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def settle(ms: int = 120) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


class Shots:
    """Saves grabs of widgets as `<name>-<variant>.png` and remembers them for the sheet."""

    def __init__(self, out: Path, variant: str) -> None:
        self.out, self.variant = out, variant
        self.saved: list[Path] = []

    def __call__(self, widget: QWidget, name: str) -> None:
        settle()
        path = self.out / f"{name}-{self.variant}.png"
        widget.grab().save(str(path))
        self.saved.append(path)
        print(path, flush=True)

    def sheet(self) -> None:
        montage = shutil.which("montage")
        if montage is None or not self.saved:
            return
        target = self.out / f"sheet-{self.variant}.png"
        subprocess.run(
            [montage, *map(str, self.saved), "-geometry", "640x400>+6+6", "-tile", "4x",
             "-label", "%t", str(target)],
            check=False,
        )  # fmt: skip
        print(target, flush=True)


def _history(db: Database) -> None:
    """A few weeks of answers, so the statistics have something to show."""
    rng = random.Random(7)
    for day in range(40, 0, -1):
        moment = NOW - timedelta(days=day)
        session = StudySession(db, tz=UTC)
        for _ in range(rng.randint(0, 12)):
            card = session.next_card(moment)
            if card is None:
                break
            rating = rng.choices(list(Rating), weights=(1, 1, 6, 2))[0]
            session.answer(card.id, rating, moment)
            moment += timedelta(minutes=1)


def _cards(path: Path) -> tuple[int, int]:
    """The ids of the card with the longest answer and of a short term card."""
    db = Database(path)
    with db.begin() as session:
        records = [c for c in card_store.cards(session) if c.kind is not CardKind.CONTRAST]
    db.close()
    longest = max(records, key=lambda c: len(c.back))
    short = min((c for c in records if c.kind is CardKind.TERM), key=lambda c: c.id)
    return longest.id, short.id


def _reviewer(window: MainWindow, shot: Shots, longest: int, short: int) -> None:
    reviewer = window.reviewer
    for mode in (StudyMode.FLIP, StudyMode.TYPED, StudyMode.CHOICE):
        reviewer.set_mode(mode)
        for which, card_id in (("long", longest), ("short", short)):
            window.study("sales")
            wait_for(reviewer.step_shown)
            reviewer.study_next(card_id)
            wait_for(reviewer.step_shown)
            if mode is StudyMode.CHOICE:
                while not reviewer.choice.buttons:
                    settle(20)
            shot(window, f"review-{mode.value}-{which}-question")
            if mode is StudyMode.FLIP:
                reviewer.reveal()
            elif mode is StudyMode.TYPED:
                assert reviewer.card is not None
                back = reviewer.card.content.back
                reviewer.typed.input.setText(back[:-3] + back[-2:] if len(back) > 3 else "x")
                reviewer.typed.input.returnPressed.emit()
                wait_for(reviewer.judged)
            else:
                reviewer.choice.pick(
                    (reviewer.choice.answer_index + 1) % len(reviewer.choice.buttons)
                )
                wait_for(reviewer.judged)
            shot(window, f"review-{mode.value}-{which}-answer")
    reviewer.set_mode(StudyMode.FLIP)
    window.study("sales")
    wait_for(reviewer.step_shown)
    reviewer.flag(1)
    settle(300)
    shot(window, "review-flag-notice")
    reviewer.bury()
    wait_for(reviewer.step_shown)
    shot(window, "review-bury-notice")
    window.undo_last()
    wait_for(reviewer.step_shown)
    shot(window, "review-undo-notice")
    window.study("sales")
    shot(window, "review-loading")
    wait_for(reviewer.step_shown)
    reviewer._show(Step(None, Counts(0, 0, 0), NOW + timedelta(hours=2)))  # the done page
    shot(window, "review-done")


def _progress(window: MainWindow, shot: Shots) -> None:
    progress = OpProgress(window, window.tr("Building %1").replace("%1", "articles"), 0)
    for phase, done, total in (
        (Phase.READING, 1200, 3000),
        (Phase.MAKING, 800, 1500),
        (Phase.WRITING, 40_000, 86_384),
        (Phase.PACKING, 20_000, 86_384),
        (Phase.SAVING, 0, 0),
    ):
        progress.step(phase, done, total)
        progress.dialog.show()
        shot(progress.dialog, f"progress-{phase.value}")
    progress.close()


def _glossary(window: MainWindow, collection: Path, tmp: Path, shot: Shots) -> None:
    """The glossary dialog after an import, on a copy of the collection."""
    copy = tmp / f"glossary-{shot.variant}.sqlite"
    shutil.copyfile(collection, copy)
    glossary = tmp / "iş terimleri.csv"
    glossary.write_text(GLOSSARY, "utf-8")
    runner = OpRunner(lambda: Database(copy))
    dialog = GlossaryDialog(runner, window.deck_list.decks, str(glossary), "sales", window)
    dialog.show()
    dialog.start()
    wait_for(dialog.imported)
    dialog.adjustSize()
    shot(dialog, "glossary-report")
    dialog.close()
    runner.shutdown()


def _windows(window: MainWindow, path: Path, empty: Path, tmp: Path, shot: Shots) -> None:
    menu = window.menuBar().actions()[0].menu()
    if isinstance(menu, QMenu):
        menu.popup(window.mapToGlobal(QPoint(0, window.menuBar().height())))
        shot(menu, "file-menu")
        menu.hide()
    browser = window.show_browser()
    browser.resize(*SIZE)
    wait_for(browser.loaded)
    browser.table.selectRow(1)
    wait_for(browser.details_shown)
    shot(browser, "browser")
    browser.close()
    stats = window.show_stats()
    stats.resize(*SIZE)
    wait_for(stats.loaded)
    shot(stats, "stats")
    stats.optimize_button.click()
    wait_for(stats.optimized)
    shot(stats, "stats-optimized")
    stats.close()
    runner = OpRunner(lambda: Database(empty))
    other = MainWindow(runner, QSettings(str(tmp / "empty.ini"), QSettings.Format.IniFormat))
    other.resize(*SIZE)
    other.show()
    other.refresh_decks()
    wait_for(other.decks_shown)
    shot(other, "decks-empty")
    empty_stats = other.show_stats()
    wait_for(empty_stats.loaded)
    shot(empty_stats, "stats-empty")
    empty_stats.close()
    other.close()
    runner.shutdown()
    settings = window.show_settings("sales")
    wait_for(settings.loaded)
    shot(settings, "settings")
    settings.reject()
    dialog = BuildDialog(window, str(paths.shipped_decks() / "sales"))
    dialog.show()
    shot(dialog, "build-dialog")
    dialog.close()
    window.builder.start(str(paths.shipped_decks() / "sales"), "sales", "tr", "is", True)
    wait_for(window.builder.built)
    if window.builder.summary is not None:
        shot(window.builder.summary, "build-report")
        window.builder.summary.close()
    _progress(window, shot)
    _glossary(window, path, tmp, shot)
    export = window.export_dialog()
    export.show()
    shot(export, "export-dialog")
    export.close()
    quiz = window.sort_quiz("sales")
    quiz.resize(900, 600)
    wait_for(quiz.question_shown)
    shot(quiz, "sort-first")
    quiz.place(0)
    shot(quiz, "sort-verdict")
    while quiz.pages.currentIndex() == quiz.QUESTION:
        quiz.place(1)
        quiz.next_statement()
    shot(quiz, "sort-result")
    quiz.close()
    reviewer = window.reviewer
    window.study("sales")
    wait_for(reviewer.step_shown)
    reviewer.edit()
    shot(reviewer.edit_dialog, "edit-card")
    reviewer.edit_dialog.reject()


def _variant(
    app: QApplication,
    language: str,
    theme: str,
    font: int,
    path: Path,
    empty: Path,
    tmp: Path,
    out: Path,
    cards: tuple[int, int],
) -> None:
    translators = [install_translator(app, language), install_qt_translator(app, language)]
    set_locale(language)
    apply_theme(app, theme, font)
    variant = f"{language}-{theme}" + (f"-{font}pt" if font else "")
    shot = Shots(out, variant)
    work = tmp / f"{variant}.sqlite"
    shutil.copyfile(path, work)  # each variant answers and buries on its own copy
    runner = OpRunner(lambda: Database(work))
    settings = QSettings(str(tmp / f"{variant}.ini"), QSettings.Format.IniFormat)
    window = MainWindow(runner, settings, clock=lambda: NOW)
    window.resize(*SIZE)
    window.show()
    window.refresh_decks()
    wait_for(window.decks_shown)
    shot(window, "decks")
    steps: list[Callable[[], None]] = [
        lambda: _reviewer(window, shot, *cards),
        lambda: _windows(window, work, empty, tmp, shot),
    ]
    for step in steps:
        step()
    shot.sheet()
    window.close()
    runner.shutdown()
    for translator in translators:
        if translator is not None:
            app.removeTranslator(translator)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default="shots", help="folder for the PNG files")
    parser.add_argument("--languages", default="en,tr,is", help="interface languages")
    parser.add_argument("--themes", default="light,dark", help="themes")
    parser.add_argument("--fonts", default="0,14", help="font sizes in points (0: default)")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        path = tmp / "collection.sqlite"
        db = Database(path)
        seed_shipped_decks(db, paths.shipped_decks())
        _history(db)
        set_deck_limits(db, 1, 1000, 1000)  # every card can be brought up
        db.close()
        empty = tmp / "empty.sqlite"
        Database(empty).close()
        cards = _cards(path)
        db = Database(path)
        reset(db, list(cards), NOW)  # both new again: in today's queue, whatever the history
        db.close()
        for language in args.languages.split(","):
            for theme in args.themes.split(","):
                for font in (int(f) for f in args.fonts.split(",")):
                    _variant(app, language, theme, font, path, empty, tmp, out, cards)
    sys.stdout.flush()
    os._exit(0)  # as the app does: PySide6 can abort while Python tears its wrappers down


if __name__ == "__main__":
    raise SystemExit(main())
