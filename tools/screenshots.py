"""Save screenshots of the main screens (light and dark) offscreen, to look at them."""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QPoint, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from flashcards import paths
from flashcards.gui.app import install_qt_translator, install_translator
from flashcards.gui.build_dialog import BuildDialog
from flashcards.gui.glossary_dialog import GlossaryDialog
from flashcards.gui.main_window import MainWindow
from flashcards.gui.ops import OpRunner
from flashcards.gui.theme import apply_theme
from flashcards.services.collection import seed_shipped_decks
from flashcards.services.study import StudySession
from flashcards.store.database import Database
from flashcards.types import Rating, StudyMode

NOW = datetime(2026, 11, 23, 9, tzinfo=UTC)

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


def wait_for(signal: object, ms: int = 10_000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def save(widget: QWidget, out: Path, name: str) -> None:
    QApplication.processEvents()
    widget.grab().save(str(out / f"{name}.png"))
    print(out / f"{name}.png")


def _file_menu(window: MainWindow, out: Path, name: str) -> None:
    """The File menu, opened under its title."""
    menu = window.menuBar().actions()[0].menu()
    if isinstance(menu, QMenu):
        menu.popup(window.mapToGlobal(QPoint(0, window.menuBar().height())))
        save(menu, out, name)
        menu.hide()


def _glossary(window: MainWindow, collection: Path, tmp: Path, out: Path, name: str) -> None:
    """The glossary dialog after an import, on a copy of the collection (the shots stay alike)."""
    copy = tmp / f"{name}.sqlite"
    shutil.copyfile(collection, copy)
    glossary = tmp / "iş terimleri.csv"
    glossary.write_text(GLOSSARY, "utf-8")
    runner = OpRunner(lambda: Database(copy))
    dialog = GlossaryDialog(runner, window.deck_list.decks, str(glossary), "sales", window)
    dialog.show()
    dialog.start()
    wait_for(dialog.imported)
    dialog.adjustSize()
    save(dialog, out, name)
    dialog.close()
    runner.shutdown()


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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default="shots", help="folder for the PNG files")
    parser.add_argument("--languages", default="en,tr,is", help="interface languages")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "collection.sqlite"
        db = Database(path)
        seed_shipped_decks(db, paths.shipped_decks())
        _history(db)
        db.close()
        for language, theme in [
            (lang, theme) for lang in args.languages.split(",") for theme in ("light", "dark")
        ]:
            translators = [install_translator(app, language), install_qt_translator(app, language)]
            theme_name = theme
            theme = f"{theme}-{language}"
            apply_theme(app, theme_name)
            runner = OpRunner(lambda: Database(path))
            settings = QSettings(str(Path(tmp) / f"{theme}.ini"), QSettings.Format.IniFormat)
            window = MainWindow(runner, settings, clock=lambda: NOW)
            window.resize(900, 620)
            window.show()
            window.refresh_decks()
            wait_for(window.decks_shown)
            save(window, out, f"decks-{theme}")
            window.study("sales")
            wait_for(window.reviewer.step_shown)
            save(window, out, f"question-{theme}")
            window.reviewer.reveal()
            save(window, out, f"answer-{theme}")
            window.study("sales")
            wait_for(window.reviewer.step_shown)
            window.reviewer.set_mode(StudyMode.TYPED)
            window.reviewer.typed.input.setText("mjuk selja")
            window.reviewer.typed.input.returnPressed.emit()
            save(window, out, f"typed-{theme}")
            window.study("sales")
            wait_for(window.reviewer.step_shown)
            window.reviewer.set_mode(StudyMode.CHOICE)
            save(window, out, f"choice-{theme}")
            window.reviewer.set_mode(StudyMode.FLIP)
            dialog = BuildDialog(window, str(paths.shipped_decks() / "sales"))
            dialog.show()
            save(dialog, out, f"build-dialog-{theme}")
            dialog.close()
            _file_menu(window, out, f"file-menu-{theme}")
            _glossary(window, path, Path(tmp), out, f"glossary-{theme}")
            export = window.export_dialog()
            export.show()
            save(export, out, f"export-dialog-{theme}")
            export.close()
            window.export_to_anki(str(Path(tmp) / "sales.apkg"), "sales")
            wait_for(window.exporter.exported)
            if window.exporter.summary is not None:
                save(window.exporter.summary, out, f"export-done-{theme}")
                window.exporter.summary.close()
            browser = window.show_browser()
            wait_for(browser.loaded)
            save(browser, out, f"browser-{theme}")
            browser.close()
            sort = window.sort_quiz("sales")
            wait_for(sort.question_shown)
            save(sort, out, f"sort-quiz-{theme}")
            sort.close()
            stats = window.show_stats()
            wait_for(stats.loaded)
            save(stats, out, f"stats-{theme}")
            stats.close()
            window.close()
            runner.shutdown()
            for translator in translators:
                if translator is not None:
                    app.removeTranslator(translator)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
