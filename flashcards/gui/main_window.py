"""The main window: deck list and reviewer pages, menus, and the operations runner."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from flashcards import __version__, paths
from flashcards.gui.anki_export_dialog import AnkiExportDialog, AnkiExporter, default_file_name
from flashcards.gui.anki_import_dialog import AnkiImportDialog, choose_anki_file
from flashcards.gui.build_dialog import BuildDialog, BuildRunner
from flashcards.gui.deck_list import DeckListPage
from flashcards.gui.file_dialog import fit
from flashcards.gui.glossary_dialog import GlossaryDialog, choose_glossary_file
from flashcards.gui.ops import Clock, Op, OpContext, OpRunner
from flashcards.gui.reviewer import ReviewerPage
from flashcards.gui.screen import keep_on_screen
from flashcards.gui.settings_dialog import Interface, SettingsDialog
from flashcards.gui.theme import apply_theme
from flashcards.gui.undo import UndoManager

if TYPE_CHECKING:
    from flashcards.gui.add_dialog import AddCardDialog
    from flashcards.gui.browser import BrowserWindow
    from flashcards.gui.reader_window import ReaderWindow
    from flashcards.gui.sort_quiz import SortQuizDialog
    from flashcards.gui.stats_window import StatsWindow
    from flashcards.services.anki_export import AnkiExport
    from flashcards.services.glossary import GlossaryReport
from flashcards.services.backup import auto_backup
from flashcards.services.changes import Changes
from flashcards.services.collection import deck_sizes
from flashcards.services.study import DeckDue, due_counts
from flashcards.types import StudyMode


def present(window: QWidget) -> None:
    """Show a window the user just asked for, in front and with the keyboard (even where no
    window manager hands it focus)."""
    window.show()
    window.raise_()
    window.activateWindow()


def utc_now() -> datetime:
    return datetime.now(UTC)


class MainWindow(QMainWindow):
    """Deck list first; Study opens the reviewer; everything else from the menus."""

    decks_shown = Signal()  # the deck list has been filled (for tests and start-up timing)
    language_changed = Signal(str)  # the app rebuilds its windows in the new language

    def __init__(
        self,
        runner: OpRunner,
        settings: QSettings,
        clock: Clock = utc_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.settings = settings
        self.clock = clock
        self.setWindowTitle("flashcards")
        icon = paths.resources_dir() / "icons" / "flashcards.svg"
        if icon.exists():
            self.setWindowIcon(QIcon(str(icon)))
        self.undo = UndoManager(runner, self)
        self.pages = QStackedWidget()
        self.deck_list = DeckListPage()
        self.reviewer = ReviewerPage(runner, clock)
        self._study_options(Interface.load(settings))
        self.reviewer.mode_changed.connect(self._mode_chosen)
        self.pages.addWidget(self.deck_list)
        self.pages.addWidget(self.reviewer)
        self.setCentralWidget(self.pages)
        self.builder = BuildRunner(runner, self)
        self.exporter = AnkiExporter(runner, clock, self)
        self.glossary_dialog: GlossaryDialog | None = None
        self.anki_dialog: AnkiImportDialog | None = None
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.status)
        runner.busy_changed.connect(self._busy)
        runner.error.connect(self.show_error)
        runner.changed.connect(self.on_changes)
        self._decks_timer = QTimer(self, singleShot=True, interval=0)
        self._decks_timer.timeout.connect(self.refresh_decks)
        self.deck_list.study_requested.connect(self.study)
        self.deck_list.build_requested.connect(self.build_from_folder)
        self.deck_list.options_requested.connect(self.show_settings)
        self.reviewer.finished.connect(self.show_decks)
        self.exporter.exported.connect(
            lambda _written, message: self.statusBar().showMessage(message, 10_000)
        )
        self._menus()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(900, 640)
        self.screen_bound = keep_on_screen(self)

    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.build_action = QAction(self.tr("&Build deck from folder…"), self)
        self.build_action.setShortcut(QKeySequence("Ctrl+O"))
        self.build_action.triggered.connect(self.build_from_folder)
        file_menu.addAction(self.build_action)
        self.glossary_action = QAction(self.tr("&Import glossary…"), self)
        self.glossary_action.setShortcut(QKeySequence("Ctrl+I"))
        self.glossary_action.triggered.connect(self._import_glossary_chosen)
        file_menu.addAction(self.glossary_action)
        self.anki_import_action = QAction(self.tr("Import from &Anki…"), self)
        self.anki_import_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.anki_import_action.triggered.connect(self._import_anki_chosen)
        file_menu.addAction(self.anki_import_action)
        file_menu.addSeparator()
        self.export_action = QAction(self.tr("&Export to Anki…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self._export_chosen)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = QAction(self.undo.label(), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setEnabled(self.undo.can_undo())
        self.undo_action.triggered.connect(self.undo_last)
        self.undo.label_changed.connect(self._undo_label)
        edit_menu.addAction(self.undo_action)
        self.add_action = QAction(self.tr("&Add card…"), self)
        self.add_action.setShortcut(QKeySequence("A"))  # Anki's Add
        self.add_action.triggered.connect(lambda: self.add_card())
        edit_menu.addAction(self.add_action)
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        decks_action = QAction(self.tr("&Decks"), self)
        decks_action.setShortcut(QKeySequence("D"))
        decks_action.triggered.connect(self.show_decks)
        go_menu.addAction(decks_action)
        study_action = QAction(self.tr("&Study selected deck"), self)
        study_action.setShortcut(QKeySequence("S"))
        study_action.triggered.connect(self._study_selected)
        go_menu.addAction(study_action)
        sort_action = QAction(self.tr("S&orting quiz on selected deck"), self)
        sort_action.setShortcut(QKeySequence("Q"))
        sort_action.triggered.connect(self._sort_quiz_selected)
        go_menu.addAction(sort_action)
        read_action = QAction(self.tr("&Read the selected deck's articles"), self)
        read_action.setShortcut(QKeySequence("Ctrl+R"))
        read_action.triggered.connect(self._read_selected)
        go_menu.addAction(read_action)
        tools_menu = self.menuBar().addMenu(self.tr("&Tools"))
        stats_action = QAction(self.tr("S&tatistics"), self)
        stats_action.setShortcut(QKeySequence("T"))
        stats_action.triggered.connect(self.show_stats)
        tools_menu.addAction(stats_action)
        browse_action = QAction(self.tr("&Browse cards"), self)
        browse_action.setShortcut(QKeySequence("B"))
        browse_action.triggered.connect(self.show_browser)
        tools_menu.addAction(browse_action)
        settings_action = QAction(self.tr("&Settings…"), self)
        settings_action.setShortcut(QKeySequence("Ctrl+,"))
        settings_action.triggered.connect(self.show_settings)
        tools_menu.addAction(settings_action)
        options_action = QAction(self.tr("Deck &options…"), self)
        options_action.setShortcut(QKeySequence("O"))
        options_action.triggered.connect(lambda: self.show_settings(self.deck_list.selected_deck()))
        tools_menu.addAction(options_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About flashcards"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    # -- pages ----------------------------------------------------------------------------

    def refresh_decks(self) -> None:
        def run(ctx: OpContext) -> tuple[list[DeckDue], dict[int, int]]:
            return due_counts(ctx.db, self.clock()), deck_sizes(ctx.db)

        self.runner.run(Op(run, success=self._decks_loaded))

    def _decks_loaded(self, result: tuple[list[DeckDue], dict[int, int]]) -> None:
        decks, totals = result
        last = self.settings.value("decks/last")
        self.deck_list.set_decks(decks, current=str(last) if last else None, totals=totals)
        if self.glossary_dialog is not None:
            self.glossary_dialog.set_decks(decks)
        if self.pages.currentWidget() is self.deck_list:
            self.deck_list.focus_table()
        self.decks_shown.emit()

    def on_changes(self, changes: Changes, _source: object) -> None:
        """The deck list follows every change that can alter its counts, once per burst and
        only while it is on screen (as Anki's deck browser does): while a deck is studied,
        counting every deck after each answer would hold the worker up before the next
        answer; `show_decks` counts them afresh."""
        if changes.counts and self.pages.currentWidget() is self.deck_list:
            self._decks_timer.start()

    def show_decks(self) -> None:
        self.reviewer.stop()
        self.pages.setCurrentWidget(self.deck_list)
        self.refresh_decks()

    def study(self, deck: str) -> None:
        self.settings.setValue("decks/last", deck)
        self.pages.setCurrentWidget(self.reviewer)
        self.reviewer.start(deck)

    def _study_options(self, interface: Interface) -> None:
        self.reviewer.set_mode(interface.answer_mode)
        self.reviewer.tolerate_accents = interface.tolerate_accents
        self.reviewer.easy_when_fast = interface.easy_when_fast

    def _mode_chosen(self, mode: StudyMode) -> None:
        """The answer mode chosen in the reviewer is the one it opens with next time."""
        self.settings.setValue("study/mode", mode.value)

    def undo_last(self) -> None:
        """Edit ▸ Undo: take back the latest step of any screen; a notice says what."""
        self.undo.undo(self.pages.currentWidget())

    def _undo_label(self, label: str) -> None:
        self.undo_action.setText(label)
        self.undo_action.setEnabled(self.undo.can_undo())

    def sort_quiz(self, deck: str) -> SortQuizDialog:
        from flashcards.gui.sort_quiz import SortQuizDialog

        dialog = SortQuizDialog(self.runner, deck, self.clock, parent=self)
        dialog.setModal(False)
        present(dialog)
        self.sort_dialog = dialog
        return dialog

    def _sort_quiz_selected(self) -> None:
        deck = self.deck_list.selected_deck()
        if deck:
            self.sort_quiz(deck)

    def _read_selected(self) -> None:
        deck = self.deck_list.selected_deck()
        if deck:
            self.show_reader(deck)

    def show_reader(self, deck: str) -> ReaderWindow:
        """The parallel reader on `deck`'s articles."""
        from flashcards.gui.reader_window import ReaderWindow  # imported when first used

        window = ReaderWindow(self.runner, self.clock, deck, self)
        window.setModal(False)
        present(window)
        self.reader_window = window
        return window

    def _study_selected(self) -> None:
        deck = self.deck_list.selected_deck()
        if deck:
            self.study(deck)

    def build_from_folder(self, folder: str = "") -> None:
        dialog = BuildDialog(self, folder if isinstance(folder, str) else "")
        if dialog.exec() == BuildDialog.DialogCode.Accepted:
            self.builder.start(*dialog.choices())

    # -- glossaries and Anki ------------------------------------------------------------

    def _folder(self, key: str) -> str:
        folder = str(self.settings.value(key, "") or "")
        return folder if folder and Path(folder).is_dir() else str(Path.home())

    def choose_glossary_file(self) -> str:
        """Ask for a glossary file (the platform's dialog); "" when none is chosen."""
        return choose_glossary_file(self, self._folder("files/glossary_folder"))

    def _import_glossary_chosen(self) -> None:
        path = self.choose_glossary_file()
        if path:
            self.import_glossary(path)

    def import_glossary(self, path: str = "") -> GlossaryDialog:
        """Open the import dialog on the glossary at `path`; the deck list follows its imports."""
        if path:
            self.settings.setValue("files/glossary_folder", str(Path(path).parent))
        if self.glossary_dialog is not None:
            self.glossary_dialog.close()
        dialog = GlossaryDialog(
            self.runner, self.deck_list.decks, path, self.deck_list.selected_deck(), self
        )
        dialog.imported.connect(self._glossary_imported)
        dialog.setModal(False)
        present(dialog)
        self.glossary_dialog = dialog
        return dialog

    def _glossary_imported(self, report: GlossaryReport) -> None:
        if report.ok:
            self.settings.setValue("decks/last", report.deck)

    def choose_anki_file(self) -> str:
        """Ask for an Anki package (the platform's dialog); "" when none is chosen."""
        return choose_anki_file(self, self._folder("files/anki_folder"))

    def _import_anki_chosen(self) -> None:
        path = self.choose_anki_file()
        if path:
            self.import_from_anki(path)

    def import_from_anki(self, path: str = "") -> AnkiImportDialog:
        """Open the Anki import dialog on the package at `path`."""
        if path:
            self.settings.setValue("files/anki_folder", str(Path(path).parent))
        if self.anki_dialog is not None:
            self.anki_dialog.close()
        names = [deck.name for deck in self.deck_list.decks]
        dialog = AnkiImportDialog(self.runner, names, self.clock, path, self)
        dialog.setModal(False)
        present(dialog)
        self.anki_dialog = dialog
        return dialog

    def choose_export_file(self, deck: str | None) -> str:
        """Ask where to save the package (the platform's dialog); "" when cancelled."""
        start = Path(self._folder("files/export_folder")) / default_file_name(deck)
        chooser = QFileDialog(self, self.tr("Export to Anki"), str(start))
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setFileMode(QFileDialog.FileMode.AnyFile)
        chooser.setNameFilter(self.tr("Anki packages (*.apkg)"))
        chooser.setDefaultSuffix("apkg")
        chooser.selectFile(str(start))
        fit(chooser)
        if chooser.exec() != QFileDialog.DialogCode.Accepted or not chooser.selectedFiles():
            return ""
        return chooser.selectedFiles()[0]

    def export_dialog(self) -> AnkiExportDialog:
        """The dialog asking which deck to export: the selected one, or all decks."""
        names = [deck.name for deck in self.deck_list.decks]
        return AnkiExportDialog(names, self.deck_list.selected_deck(), self)

    def _export_chosen(self) -> None:
        dialog = self.export_dialog()
        if dialog.exec() != AnkiExportDialog.DialogCode.Accepted:
            return
        deck = dialog.deck()
        path = self.choose_export_file(deck)
        if path:
            self.export_to_anki(path, deck)

    def export_to_anki(self, path: str, deck: str | None = None) -> Op[AnkiExport]:
        """Write `deck` (None: every deck) to the Anki package `path`, on the worker."""
        self.settings.setValue("files/export_folder", str(Path(path).parent))
        return self.exporter.start(path, deck)

    def show_settings(self, deck: str | None = None) -> SettingsDialog:
        """The settings, on the options of `deck` (else of the deck selected in the list)."""
        chosen = deck if isinstance(deck, str) else self.deck_list.selected_deck()
        dialog = SettingsDialog(self.runner, self.settings, self.deck_list.decks, self, chosen)
        dialog.saved.connect(self._settings_saved)
        dialog.setModal(False)
        present(dialog)
        self.settings_dialog = dialog
        return dialog

    def _settings_saved(self, old: Interface, new: Interface) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication) and (old.theme, old.font_size) != (
            new.theme,
            new.font_size,
        ):
            apply_theme(app, new.theme, new.font_size)
        self._study_options(new)
        if old.language != new.language:
            self.language_changed.emit(new.language)

    def show_stats(self) -> StatsWindow:
        from flashcards.gui.stats_window import StatsWindow  # QtCharts: loaded when first used

        window = StatsWindow(self.runner, self.clock, self)
        window.setModal(False)
        present(window)
        self.stats_window = window
        return window

    def add_card(self, deck: str | None = None, over: QWidget | None = None) -> AddCardDialog:
        """The Add dialog: a card typed by hand into `deck` or the selected one (or another),
        over the window that asked (the browser's Ctrl+E)."""
        from flashcards.gui.add_dialog import AddCardDialog  # imported when first used

        current = deck or self.deck_list.selected_deck()
        dialog = AddCardDialog(self.runner, self.deck_list.decks, current, over or self)
        dialog.setModal(False)
        present(dialog)
        self.add_dialog = dialog
        return dialog

    def show_browser(self) -> BrowserWindow:
        from flashcards.gui.browser import BrowserWindow  # imported when first used

        window = BrowserWindow(self.runner, self.clock, self.undo, self)
        window.add_requested.connect(lambda deck: self.add_card(deck, window))
        window.setModal(False)
        present(window)
        self.browser_window = window
        return window

    # -- messages -------------------------------------------------------------------------

    def _busy(self, busy: bool) -> None:
        self.status.setText(self.tr("Working…") if busy else "")

    def show_error(self, message: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, "flashcards", message, QMessageBox.StandardButton.Ok, self
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setModal(False)
        box.show()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About flashcards"),
            self.tr(
                "flashcards %1: bilingual flashcards from business articles, scheduled with FSRS."
            ).replace("%1", __version__),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())

        def run(ctx: OpContext) -> None:
            auto_backup(ctx.db, self.clock())

        self.runner.run(Op(run, failure=lambda _exc: None))
        super().closeEvent(event)
