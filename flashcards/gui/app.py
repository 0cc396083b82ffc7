"""Start the desktop app: Qt application, translations, theme, collection and main window."""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTimer,
    QTranslator,
)
from PySide6.QtWidgets import QApplication

from flashcards import paths
from flashcards.gui.main_window import MainWindow
from flashcards.gui.ops import OpRunner
from flashcards.gui.settings_dialog import Interface
from flashcards.gui.theme import apply_theme
from flashcards.services.collection import open_collection
from flashcards.store.database import Database

#: Set to a number of milliseconds to quit that long after the deck list is shown, printing
#: the start-up time (for bench/gui.py and the smoke test).
SMOKE_ENV = "FLASHCARDS_GUI_SMOKE"


def _open(location: str | None) -> Database:
    db, _reports = open_collection(location)
    return db


def _install(app: QApplication, language: str | None, name: str, folder: str) -> QTranslator | None:
    translator = QTranslator(app)
    locale = QLocale(language) if language else QLocale.system()
    if translator.load(locale, name, "_", folder):
        app.installTranslator(translator)
        return translator
    return None


def install_translator(app: QApplication, language: str | None) -> QTranslator | None:
    """Load the interface translation for `language` (or the system's), if there is one."""
    return _install(app, language, "flashcards", str(paths.resources_dir() / "translations"))


class _Layered(QTranslator):
    """Our translation of Qt's texts over Qt's own: Qt's Turkish leaves the file dialog's
    "Look in:" and "Files of type:" in English; ours fills those in."""

    def __init__(self, layers: Sequence[QTranslator], parent: QApplication) -> None:
        super().__init__(parent)
        self.layers = list(layers)

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        for layer in self.layers:
            text = layer.translate(context, source, disambiguation, n)
            if text:
                return text
        return None  # a null string: Qt asks the next translator (an empty one would stop it)

    def isEmpty(self) -> bool:
        return not self.layers


def _load(app: QApplication, language: str | None, name: str, folder: str) -> QTranslator | None:
    translator = QTranslator(app)
    locale = QLocale(language) if language else QLocale.system()
    return translator if translator.load(locale, name, "_", folder) else None


def install_qt_translator(app: QApplication, language: str | None) -> QTranslator | None:
    """Qt's own texts (standard buttons such as OK and Cancel, file dialogs, edit menus) in
    `language`: Qt's translation where it ships one (Turkish), with ours over it for what it
    leaves out; ours alone where Qt ships none (Icelandic)."""
    qt = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    layers = [
        found
        for found in (
            _load(app, language, "qtbase", str(paths.resources_dir() / "translations")),
            _load(app, language, "qtbase", qt),
        )
        if found is not None
    ]
    if not layers:
        return None
    translator = layers[0] if len(layers) == 1 else _Layered(layers, app)
    app.installTranslator(translator)
    return translator


def set_locale(language: str | None) -> None:
    """Numbers, dates and intervals follow the interface language (else the system's)."""
    QLocale.setDefault(QLocale(language) if language else QLocale.system())


class Shell:
    """The app's top level: one operations runner, and a main window it can rebuild (when
    the interface language changes)."""

    def __init__(self, app: QApplication, runner: OpRunner, settings: QSettings) -> None:
        self.app, self.runner, self.settings = app, runner, settings
        self.translator: QTranslator | None = None
        self.qt_translator: QTranslator | None = None
        self.window = self._build(str(settings.value("ui/language", "")) or None)

    def _build(self, language: str | None) -> MainWindow:
        for old in (self.translator, self.qt_translator):
            if old is not None:
                self.app.removeTranslator(old)
        self.translator = install_translator(self.app, language)
        self.qt_translator = install_qt_translator(self.app, language)
        set_locale(language)
        window = MainWindow(self.runner, self.settings)
        window.language_changed.connect(self.relaunch)
        return window

    def close(self) -> None:
        """After the event loop: finish the worker, deliver its last results, and delete
        the windows while Python is still whole (nothing Qt holds is left to the
        interpreter's teardown)."""
        self.runner.shutdown()
        self.window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.sendPostedEvents()

    def relaunch(self, language: str) -> None:
        """Show the windows again in `language`, where the old window was."""
        old = self.window
        self.window = self._build(language or None)
        self.window.setGeometry(old.geometry())
        self.window.show()
        self.window.refresh_decks()
        old.close()
        old.deleteLater()


def run(argv: Sequence[str], database: str | None = None) -> int:
    started = time.perf_counter()
    app = QApplication.instance() or QApplication(list(argv))
    assert isinstance(app, QApplication)
    app.setApplicationName("flashcards")
    app.setOrganizationName("flashcards")
    settings = QSettings()
    interface = Interface.load(settings)
    apply_theme(app, interface.theme, interface.font_size)
    runner = OpRunner(lambda: _open(database or paths.default_database()))
    shell = Shell(app, runner, settings)
    window = shell.window
    smoke = os.environ.get(SMOKE_ENV)
    if smoke is not None:

        def shown() -> None:
            print(f"deck list shown after {time.perf_counter() - started:.3f} s", flush=True)
            QTimer.singleShot(int(smoke or 0), window.close)

        window.decks_shown.connect(shown)
    window.show()
    window.refresh_decks()
    code = app.exec()
    shell.close()
    # Everything is stored and closed now.  PySide6 (6.12, Python 3.11) can still abort
    # while the interpreter tears down Qt's Python wrappers ("bool_dealloc", reproduced by
    # a long reviewer session: tools/screenshots.py), so the process ends here.
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(int(code))


def main() -> int:
    return run(sys.argv)
