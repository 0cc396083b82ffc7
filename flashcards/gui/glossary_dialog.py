"""Import a glossary: choose file, languages and deck, import on the worker, read the report."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from flashcards.builder.glossary import Skip, SkippedRow
from flashcards.errors import FlashcardsError, GlossaryError, Reason
from flashcards.gui.file_dialog import open_file
from flashcards.gui.messages import deck_languages_text, error_text, one_line
from flashcards.gui.ops import Op, OpContext, OpRunner
from flashcards.gui.theme import language_box, native_language
from flashcards.services import actions
from flashcards.services.changes import Changed
from flashcards.services.study import DeckDue

if TYPE_CHECKING:
    from flashcards.services.glossary import GlossaryReport

#: Longest deck name offered from a file's stem (the deck name column holds 200 characters).
_MAX_DECK = 200
_ERROR_STYLE = "color: #c0392b;"


@dataclass(frozen=True)
class DeckLanguages:
    """A deck's name and languages, as the dialog needs them."""

    name: str
    source_lang: str
    target_lang: str
    both_directions: bool

    @classmethod
    def of(cls, deck: DeckDue) -> DeckLanguages:
        return cls(deck.name, deck.source_lang, deck.target_lang, deck.both_directions)

    def label(self) -> str:
        arrow = "↔" if self.both_directions else "→"
        return f"{native_language(self.source_lang)} {arrow} {native_language(self.target_lang)}"


def choose_glossary_file(parent: QWidget | None, start: str = "") -> str:
    """Ask for a glossary file with the platform's file dialog; "" when none is chosen."""
    title = QCoreApplication.translate("GlossaryDialog", "Import a glossary")
    filters = ";;".join(
        (
            QCoreApplication.translate("GlossaryDialog", "Glossaries (*.csv *.tsv *.txt)"),
            QCoreApplication.translate("GlossaryDialog", "All files (*)"),
        )
    )
    return open_file(parent, title, start, filters)


class GlossaryDialog(QDialog):
    """Asks which file goes into which deck in which languages, imports it, shows the report.

    The dialog stays open after an import so its report can be read; the deck list is
    refreshed through `imported`.
    """

    imported = Signal(object)  # GlossaryReport
    failed = Signal(str)  # the one-line message shown

    def __init__(
        self,
        runner: OpRunner,
        decks: Sequence[DeckDue],
        path: str = "",
        selected: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.decks: dict[str, DeckLanguages] = {}
        self.report: GlossaryReport | None = None
        self._deck_chosen = False
        self.setWindowTitle(self.tr("Import a glossary"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)

        row = QHBoxLayout()
        self.file = QLineEdit()
        self.file.setAccessibleName(self.tr("Glossary file"))
        self.file.setPlaceholderText(self.tr("A .csv or .tsv file: term, translation"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.file, 1)
        row.addWidget(browse)
        form.addRow(self.tr("File:"), row)

        current = next((d for d in decks if d.name == selected), None)
        source, target = (current.source_lang, current.target_lang) if current else ("tr", "is")
        self.source = language_box(source)
        self.source.setAccessibleName(self.tr("Language of the terms"))
        form.addRow(self.tr("Terms in:"), self.source)
        self.target = language_box(target)
        self.target.setAccessibleName(self.tr("Language of the translations"))
        form.addRow(self.tr("Translations in:"), self.target)

        self.deck = QComboBox()
        self.deck.setEditable(True)
        self.deck.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.deck.setAccessibleName(self.tr("Deck name"))
        self.set_decks(decks)
        self.deck.setCurrentText("")
        self.deck_hint = QLabel()
        self.deck_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.deck_hint.setObjectName("language")
        deck_column = QVBoxLayout()
        deck_column.setSpacing(2)
        deck_column.addWidget(self.deck)
        deck_column.addWidget(self.deck_hint)
        form.addRow(self.tr("Deck:"), deck_column)
        self.both = QCheckBox(self.tr("Also make cards the other way round"))
        self.both.setChecked(True)
        form.addRow("", self.both)

        self.error = QLabel()
        self.error.setStyleSheet(_ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        layout.addWidget(self.error)

        self.report_box = QGroupBox(self.tr("Report"))
        report_layout = QVBoxLayout(self.report_box)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        report_layout.addWidget(self.summary)
        self.skipped_label = QLabel()
        self.skipped_label.setTextFormat(Qt.TextFormat.PlainText)
        report_layout.addWidget(self.skipped_label)
        self.skipped = QListWidget()
        self.skipped.setAccessibleName(self.tr("Skipped rows"))
        self.skipped.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.skipped.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.skipped.setWordWrap(True)
        report_layout.addWidget(self.skipped)
        self.report_box.hide()
        layout.addWidget(self.report_box, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.import_button.clicked.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.import_button.setDefault(True)
        self.setMinimumWidth(520)

        self.file.textChanged.connect(self._file_changed)
        editor = self.deck.lineEdit()
        assert editor is not None  # the combo box is editable
        editor.textEdited.connect(self._deck_edited)
        self.deck.activated.connect(self._deck_edited)
        self.deck.currentTextChanged.connect(self._deck_changed)
        self.source.currentIndexChanged.connect(self._options_changed)
        self.target.currentIndexChanged.connect(self._options_changed)
        self.both.toggled.connect(self._options_changed)
        self.file.setText(path)
        self._deck_changed(self.deck.currentText())
        self._update_button()

    def set_decks(self, decks: Sequence[DeckDue]) -> None:
        """The existing decks (offered as names; their languages go with them)."""
        self.decks = {deck.name: DeckLanguages.of(deck) for deck in decks}
        text = self.deck.currentText()
        self.deck.blockSignals(True)
        self.deck.clear()
        self.deck.addItems(sorted(self.decks, key=str.casefold))
        self.deck.setCurrentText(text)
        self.deck.blockSignals(False)
        if hasattr(self, "deck_hint"):
            self._update_hint()

    # -- choices ----------------------------------------------------------------------------

    def _browse(self) -> None:
        path = choose_glossary_file(self, self.file.text().strip())
        if path:
            self.file.setText(path)

    def _file_changed(self, text: str) -> None:
        stem = Path(text.strip()).stem[:_MAX_DECK] if text.strip() else ""
        if not self._deck_chosen:
            self.deck.setCurrentText(stem)
        self._options_changed()

    def _deck_edited(self, *_args: object) -> None:
        self._deck_chosen = True

    def _deck_changed(self, name: str) -> None:
        deck = self.decks.get(name.strip())
        if deck is not None and {self.source_lang(), self.target_lang()} != {
            deck.source_lang,
            deck.target_lang,
        }:
            self._set_language(self.source, deck.source_lang)
            self._set_language(self.target, deck.target_lang)
        self._update_hint()
        self._options_changed()

    def _update_hint(self) -> None:
        deck = self.decks.get(self.deck_name())
        if deck is None:
            self.deck_hint.setText(self.tr("A new deck is made with these languages."))
        else:
            self.deck_hint.setText(
                self.tr("Cards go into this deck (%1).").replace("%1", deck.label())
            )

    @staticmethod
    def _set_language(box: QComboBox, code: str) -> None:
        index = box.findData(code)
        if index >= 0:
            box.setCurrentIndex(index)

    def _options_changed(self, *_args: object) -> None:
        self.error.hide()
        self._update_button()

    def _update_button(self) -> None:
        self.import_button.setEnabled(bool(self.file.text().strip() and self.deck_name()))

    def source_lang(self) -> str:
        return str(self.source.currentData())

    def target_lang(self) -> str:
        return str(self.target.currentData())

    def deck_name(self) -> str:
        return self.deck.currentText().strip()

    # -- the import -------------------------------------------------------------------------

    def start(self) -> Op[Changed[GlossaryReport]] | None:
        """Import the file with the chosen options on the worker; None when none is chosen."""
        path = self.file.text().strip()
        deck = self.deck_name()
        if not path or not deck:
            return None
        source, target, both = self.source_lang(), self.target_lang(), self.both.isChecked()

        def run(ctx: OpContext) -> Changed[GlossaryReport]:
            return actions.import_glossary(
                ctx.db, path, source, target, deck=deck, both_directions=both
            )

        self.error.hide()
        self.import_button.setEnabled(False)
        self.import_button.setText(self.tr("Importing…"))
        op: Op[Changed[GlossaryReport]] = Op(
            run, success=lambda result: self._done(result.value), failure=self._failed
        )
        return self.runner.run(op)

    def _finished(self) -> None:
        self.import_button.setText(self.tr("Import"))
        self._update_button()

    def _done(self, report: GlossaryReport) -> None:
        self._finished()
        self.report = report
        if report.created_deck and report.directions:
            (source, target), both = report.directions[0], len(report.directions) > 1
            self.decks[report.deck] = DeckLanguages(report.deck, source, target, both)
            if self.deck.findText(report.deck) < 0:
                self.deck.addItem(report.deck)
            self._update_hint()
        self.show_report(report)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        self.imported.emit(report)

    def show_report(self, report: GlossaryReport) -> None:
        """Counts of cards, the deck, and every skipped row with its reason."""
        source, target = report.directions[0] if report.directions else ("", "")
        arrow = "↔" if len(report.directions) > 1 else "→"
        pair = f"{native_language(source)} {arrow} {native_language(target)}"
        lines = [
            (self.tr("New deck “%1” (%2).") if report.created_deck else self.tr("Deck “%1” (%2)."))
            .replace("%1", report.deck)
            .replace("%2", pair)
        ]
        counts = (
            self.tr("Added: %1 · Updated: %2 · Unchanged: %3")
            .replace("%1", str(report.added))
            .replace("%2", str(report.updated))
            .replace("%3", str(report.unchanged))
        )
        if report.restored:
            counts += " · " + self.tr("Restored: %1").replace("%1", str(report.restored))
        if report.retired:
            counts += " · " + self.tr("Retired (rows no longer in the file): %1").replace(
                "%1", str(report.retired)
            )
        lines.append(counts)
        if not report.ok:
            lines.append(self.tr("No usable rows: each row needs a term and its translation."))
        self.summary.setText("\n".join(lines))
        self.skipped.clear()
        for skip in report.skipped:
            self.skipped.addItem(
                self.tr("Row %1: %2")
                .replace("%1", str(skip.row))
                .replace("%2", self.reason_text(skip))
            )
        self.skipped_label.setText(
            self.tr("Skipped rows: %1").replace("%1", str(len(report.skipped)))
        )
        self.skipped.setVisible(bool(report.skipped))
        self.report_box.show()

    def reason_text(self, skip: SkippedRow) -> str:
        """Why a row was skipped, in the interface language."""
        templates = {
            Skip.EMPTY_CELL: self.tr("empty cell"),
            Skip.COLUMNS: self.tr("expected %1 columns, found %2"),
            Skip.NOT_TERM: self.tr("not a term card (kind %1)"),
            Skip.LANGUAGES: self.tr("languages %1 → %2, not %3 ↔ %4"),
            Skip.ENCODING: self.tr("encoding problem"),  # the detail is for the terminal
            Skip.QUOTING: self.tr("broken quoting"),  # Python's csv message, in English
            Skip.TOO_LONG: self.tr("cell too long (%1 characters; at most %2)"),
            Skip.DUPLICATE: self.tr("duplicate of row %1"),
            Skip.CONFLICT: self.tr("duplicate of row %1 (the same term, another translation)"),
            Skip.IN_DECK: self.tr("already in deck %1"),
            Skip.DELETED: self.tr("deleted from deck %1; not brought back"),
            Skip.NO_TEXT: self.tr("no %1 text"),
            Skip.SEGMENT_TOO_LONG: self.tr("segment too long (%1 characters; at most %2)"),
        }
        text = templates[skip.why]
        for number, value in enumerate(skip.values, start=1):
            text = text.replace(f"%{number}", value)
        return text

    def _failed(self, exc: Exception) -> None:
        self._finished()
        message = self.error_text(exc)
        self.error.setText(message)
        self.error.show()
        self.failed.emit(message)

    def error_text(self, exc: Exception) -> str:
        """One line saying why the file could not be imported, in the interface language."""
        if isinstance(exc, GlossaryError) and exc.reason is Reason.NO_COLUMN:
            names, what = (*exc.values, "", "")[:2]
            missing = self.source_lang() if what == "terms" else self.target_lang()
            return (
                self.tr("%1: the header (%2) has no column in %3")
                .replace("%1", Path(exc.path).name or exc.path)
                .replace("%2", names)
                .replace("%3", native_language(missing))
            )
        if isinstance(exc, FlashcardsError):
            return deck_languages_text(exc) or error_text(exc)
        return self.tr("The import failed: %1").replace(
            "%1", one_line(str(exc)) or type(exc).__name__
        )
