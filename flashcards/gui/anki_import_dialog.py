"""Import from Anki: a package, where its cards go, the import on the worker, its report."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from flashcards.errors import FileError, FlashcardsError
from flashcards.gui.file_dialog import open_file
from flashcards.gui.messages import error_text, one_line
from flashcards.gui.ops import Cancelled, Op, OpContext, OpRunner
from flashcards.gui.progress import OpProgress
from flashcards.gui.theme import native_language
from flashcards.services.anki_package import FieldMapping
from flashcards.services.changes import Changed, Changes

if TYPE_CHECKING:
    from flashcards.services.anki_import import AnkiImportReport

_ERROR_STYLE = "color: #c0392b;"
#: What an import may change: cards, decks, the review log and today's queues.
IMPORTED = Changes(cards=True, card_set=True, decks=True, schedule=True, study_queue=True)
#: Fronts listed for notes added or cards missing (the rest are counted).
_LISTED = 5


def choose_anki_file(parent: QWidget | None, start: str = "") -> str:
    """Ask for an Anki package with the platform's file dialog; "" when none is chosen."""
    title = QCoreApplication.translate("AnkiImportDialog", "Import from Anki")
    filters = ";;".join(
        (
            QCoreApplication.translate("AnkiImportDialog", "Anki packages (*.apkg *.colpkg)"),
            QCoreApplication.translate("AnkiImportDialog", "All files (*)"),
        )
    )
    return open_file(parent, title, start, filters)


class AnkiImportDialog(QDialog):
    """Asks for a package and a deck (Anki's own, or one for every card), imports it with
    its history, and shows what came over.  It stays open so the report can be read."""

    imported = Signal(object)  # AnkiImportReport
    failed = Signal(str)  # the one-line message shown

    def __init__(
        self,
        runner: OpRunner,
        decks: Sequence[str],
        clock: Callable[[], datetime],
        path: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.clock = clock
        self.report: AnkiImportReport | None = None
        self.progress: OpProgress | None = None
        self.setWindowTitle(self.tr("Import from Anki"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)

        row = QHBoxLayout()
        self.file = QLineEdit()
        self.file.setAccessibleName(self.tr("Anki package"))
        self.file.setPlaceholderText(self.tr("An .apkg or .colpkg file exported by Anki"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.file, 1)
        row.addWidget(browse)
        form.addRow(self.tr("File:"), row)

        self.deck = QComboBox()
        self.deck.setAccessibleName(self.tr("Deck for the cards"))
        self.deck.addItem(self.tr("The decks as in Anki"), None)
        for name in sorted(decks, key=str.casefold):
            self.deck.addItem(name, name)
        form.addRow(self.tr("Deck:"), self.deck)
        self.fields = QLineEdit()
        self.fields.setAccessibleName(self.tr("Question and answer fields"))
        self.fields.setPlaceholderText(self.tr("The first two fields, or two names: Front,Back"))
        form.addRow(self.tr("Fields:"), self.fields)
        self.include_added = QCheckBox(self.tr("Also import notes added in Anki"))
        self.retire_missing = QCheckBox(self.tr("Retire cards deleted in Anki"))
        form.addRow("", self.include_added)
        form.addRow("", self.retire_missing)
        note = QLabel(
            self.tr(
                "Every review comes along, and each card's memory is computed from its whole "
                "history. The two boxes matter for decks this app exported: notes added or "
                "deleted in Anki are otherwise only reported."
            )
        )
        note.setWordWrap(True)
        note.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(note)

        self.error = QLabel()
        self.error.setStyleSheet(_ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        layout.addWidget(self.error)

        self.summary = QPlainTextEdit()
        self.summary.setReadOnly(True)
        self.summary.setAccessibleName(self.tr("Report"))
        self.summary.setMinimumHeight(160)
        self.summary.hide()
        layout.addWidget(self.summary, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.import_button.clicked.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.import_button.setDefault(True)
        self.setMinimumWidth(560)
        self.file.textChanged.connect(self._changed)
        self.file.setText(path)
        self._changed()

    def _browse(self) -> None:
        path = choose_anki_file(self, self.file.text().strip())
        if path:
            self.file.setText(path)

    def _changed(self, *_args: object) -> None:
        self.error.hide()
        self.import_button.setEnabled(bool(self.file.text().strip()))

    def field_mapping(self) -> FieldMapping | None:
        """The two fields named (question, answer); None for each note type's first two."""
        text = self.fields.text().strip()
        return FieldMapping.parse(text) if text else None

    def deck_name(self) -> str | None:
        """The deck every card goes into; None for Anki's own decks."""
        data = self.deck.currentData()
        return None if data is None else str(data)

    # -- the import -------------------------------------------------------------------------

    def start(self) -> Op[Changed[AnkiImportReport]] | None:
        """Import the package on the worker; None when no file is given."""
        path = self.file.text().strip()
        if not path:
            return None
        deck, now = self.deck_name(), self.clock()
        include, retire = self.include_added.isChecked(), self.retire_missing.isChecked()
        try:
            mapping = self.field_mapping()
        except FlashcardsError:
            self._show_error(self.tr("Fields: two names separated by a comma, e.g. Front,Back"))
            return None

        def run(ctx: OpContext) -> Changed[AnkiImportReport]:
            from flashcards.services.anki_import import import_anki  # loads Anki's library

            report = import_anki(
                ctx.db,
                path,
                deck=deck,
                fields=mapping,
                include_added=include,
                retire_missing=retire,
                now=now,
                progress=ctx.progress,
            )
            return Changed(report, IMPORTED if report.ok else Changes())

        self.error.hide()
        self.import_button.setEnabled(False)
        self.import_button.setText(self.tr("Importing…"))
        self.progress = OpProgress(self, self.tr("Import from Anki"))

        def done(result: Changed[AnkiImportReport]) -> None:
            self._close_progress()
            self._done(result.value)

        def failed(exc: Exception) -> None:
            self._close_progress()
            self._failed(exc)

        op: Op[Changed[AnkiImportReport]] = Op(run, success=done, failure=failed)
        self.progress.attach(op)
        return self.runner.run(op)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress = None

    def _finished(self) -> None:
        self.import_button.setText(self.tr("Import"))
        self._changed()

    def _done(self, report: AnkiImportReport) -> None:
        self._finished()
        self.report = report
        self.summary.setPlainText("\n".join(self.report_lines(report)))
        self.summary.show()
        self._fit()
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        self.imported.emit(report)

    def _language(self, code: str) -> str:
        return self.tr("unknown language") if code == "und" else native_language(code)

    def _listed(self, fronts: Sequence[str]) -> str:
        shown = ", ".join(f"“{front}”" for front in fronts[:_LISTED])
        more = len(fronts) - _LISTED
        return shown + (self.tr(" and %1 more").replace("%1", str(more)) if more > 0 else "")

    def report_lines(self, report: AnkiImportReport) -> list[str]:
        """What came over, in the interface language."""
        lines = [
            self.tr("%1: %2 notes, %3 cards")
            .replace("%1", Path(report.path).name)
            .replace("%2", str(report.notes))
            .replace("%3", str(report.cards))
        ]
        for deck in report.decks:
            template = (
                self.tr("New deck “%1” (%2 → %3)")
                if deck.created
                else self.tr("Deck “%1” (%2 → %3)")
            )
            head = (
                template.replace("%1", deck.name)
                .replace("%2", self._language(deck.source_lang))
                .replace("%3", self._language(deck.target_lang))
            )
            counts = (
                self.tr("added: %1 · updated: %2 · unchanged: %3")
                .replace("%1", str(deck.added))
                .replace("%2", str(deck.updated + deck.restored))
                .replace("%3", str(deck.unchanged))
            )
            lines.append(f"{head}: {counts}")
        if report.matched:
            lines.append(
                self.tr("Cards of this app found again: %1").replace("%1", str(report.matched))
            )
        lines.append(
            self.tr("Reviews: %1 added · %2 already here")
            .replace("%1", str(report.reviews_added))
            .replace("%2", str(report.reviews_known))
        )
        if report.suspended or report.buried or report.flagged:
            lines.append(
                self.tr("From Anki: %1 suspended · %2 buried · %3 flagged")
                .replace("%1", str(report.suspended))
                .replace("%2", str(report.buried))
                .replace("%3", str(report.flagged))
            )
        if report.no_history:
            lines.append(
                self.tr("Studied in Anki without review history (new here): %1").replace(
                    "%1", str(report.no_history)
                )
            )
        if report.media_notes:
            lines.append(
                self.tr(
                    "Notes with images or sounds (named in the text, not imported): %1"
                ).replace("%1", str(report.media_notes))
            )
        if report.added_in_anki:
            template = (
                self.tr("Notes added in Anki, imported: %1")
                if report.added_imported
                else self.tr("Notes added in Anki, not imported: %1")
            )
            lines.append(template.replace("%1", self._listed(report.added_in_anki)))
        if report.missing:
            template = (
                self.tr("Cards deleted in Anki, retired: %1")
                if report.missing_retired
                else self.tr("Cards not in the package (deleted in Anki?), kept: %1")
            )
            lines.append(template.replace("%1", self._listed(report.missing)))
        if report.edited_in_anki:
            lines.append(
                self.tr("Cards edited in Anki, kept as they are here: %1").replace(
                    "%1", self._listed(report.edited_in_anki)
                )
            )
        for card, reason in report.skipped:
            lines.append(self.tr("Skipped %1: %2").replace("%1", card).replace("%2", reason))
        if not report.ok:
            lines.append(self.tr("Nothing to import."))
        return lines

    def _fit(self) -> None:
        """Grow to show what was just shown (a report, an error) without squeezing the rest."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
        hint = self.sizeHint()
        self.resize(max(self.width(), hint.width()), max(self.height(), hint.height()))

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self._fit()

    def _failed(self, exc: Exception) -> None:
        self._finished()
        message = self.error_text(exc)
        self._show_error(message)
        self.failed.emit(message)

    def error_text(self, exc: Exception) -> str:
        """One line saying why the package could not be imported, in the interface language
        where its reason is known."""
        if isinstance(exc, Cancelled):
            return self.tr("The import was cancelled; nothing was changed.")
        if isinstance(exc, FileError) and exc.reason is None:
            return f"{Path(exc.path).name or exc.path}: {one_line(exc.message)}"
        return one_line(error_text(exc))
