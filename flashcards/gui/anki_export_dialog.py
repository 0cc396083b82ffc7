"""Export to Anki: choose a deck or all, write the .apkg on the worker, say what it holds."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QSpacerItem,
    QWidget,
)

from flashcards.errors import FlashcardsError
from flashcards.gui.messages import error_text, one_line
from flashcards.gui.ops import Cancelled, Op, OpContext, OpRunner
from flashcards.gui.progress import OpProgress

if TYPE_CHECKING:
    from flashcards.services.anki_export import AnkiExport

#: The file name offered for an export of every deck.
ALL_DECKS_FILE = "flashcards.apkg"

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def default_file_name(deck: str | None) -> str:
    """The file name offered for `deck` (None: every deck): its name, fit for a file system."""
    if deck is None:
        return ALL_DECKS_FILE
    stem = _UNSAFE.sub("_", deck).strip(" ._")
    return f"{stem}.apkg" if stem else ALL_DECKS_FILE


class AnkiExportDialog(QDialog):
    """Asks which deck to export, the one selected in the deck list or all of them."""

    def __init__(
        self, decks: Sequence[str], selected: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export to Anki"))
        form = QFormLayout(self)
        self.decks = QComboBox()
        self.decks.setAccessibleName(self.tr("Deck to export"))
        self.decks.addItem(self.tr("All decks"), None)
        for name in decks:
            self.decks.addItem(name, name)
        index = self.decks.findData(selected) if selected is not None else -1
        self.decks.setCurrentIndex(max(index, 0))
        form.addRow(self.tr("Deck:"), self.decks)
        note = QLabel(
            self.tr(
                "The active cards are written, without their scheduling. "
                "In Anki, open the file with File ▸ Import."
            )
        )
        note.setWordWrap(True)
        note.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(note)
        form.addItem(QSpacerItem(0, 8))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export…"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(420)

    def deck(self) -> str | None:
        """The chosen deck's name; None for all decks."""
        data = self.decks.currentData()
        return str(data) if data is not None else None


class AnkiExporter(QWidget):
    """Writes the package on the worker, then says what was written, or why not, in one line."""

    exported = Signal(object, str)  # AnkiExport, the message shown

    def __init__(self, runner: OpRunner, clock: Callable[[], datetime], parent: QWidget) -> None:
        super().__init__(parent)
        self.runner = runner
        self.clock = clock
        self.summary: QMessageBox | None = None
        self.progress: OpProgress | None = None
        self.message = ""

    def start(self, path: str, deck: str | None) -> Op[AnkiExport]:
        """Export `deck` (None: every deck) to the .apkg file `path`."""
        target = Path(path)
        moment = self.clock().timestamp()
        parent = self.parentWidget() or self
        self.progress = OpProgress(parent, self.tr("Export to Anki"))

        def run(ctx: OpContext) -> AnkiExport:
            from flashcards.services.anki_export import export_apkg  # loads genanki

            return export_apkg(ctx.db, target, deck, moment, progress=ctx.progress)

        def done(written: AnkiExport) -> None:
            self._close_progress()
            self._done(written, target)

        def failed(exc: Exception) -> None:
            self._close_progress()
            self._failed(exc)

        op: Op[AnkiExport] = Op(run, success=done, failure=failed)
        self.progress.attach(op)
        return self.runner.run(op)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress = None

    def _done(self, written: AnkiExport, path: Path) -> None:
        self.message = (
            self.tr("%1 cards (%2 notes) written to %3")
            .replace("%1", str(written.cards))
            .replace("%2", str(written.notes))
            .replace("%3", str(path))
        )
        self._show(QMessageBox.Icon.Information, self.message)
        self.exported.emit(written, self.message)

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, Cancelled):
            text = self.tr("The export was cancelled; no file was written.")
        elif isinstance(exc, FlashcardsError):
            text = error_text(exc, full_path=True)
        else:
            text = self.tr("The export failed: %1").replace(
                "%1", one_line(str(exc)) or type(exc).__name__
            )
        self.message = text
        self._show(QMessageBox.Icon.Warning, text)

    def _show(self, icon: QMessageBox.Icon, text: str) -> None:
        title = self.tr("Export to Anki")
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.parentWidget())
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setModal(False)
        box.show()
        self.summary = box
