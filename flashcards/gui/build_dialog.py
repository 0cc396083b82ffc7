"""Build a deck from a folder: choose folder and languages, watch progress, read the summary."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from flashcards.gui.ops import Cancelled, Op, OpContext, OpRunner
from flashcards.services import actions
from flashcards.services.changes import Changed

if TYPE_CHECKING:
    from flashcards.services.build import BuildReport
from flashcards.gui.theme import language_box


class BuildDialog(QDialog):
    """Asks what to build; `BuildRunner` does it."""

    def __init__(self, parent: QWidget | None = None, folder: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Build a deck from a folder"))
        form = QFormLayout(self)
        row = QHBoxLayout()
        self.folder = QLineEdit(folder)
        self.folder.setAccessibleName(self.tr("Folder of articles"))
        self.folder.textChanged.connect(self._folder_changed)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        form.addRow(self.tr("Folder:"), row)
        self.deck = QLineEdit(Path(folder).name if folder else "")
        self.deck.setAccessibleName(self.tr("Deck name"))
        form.addRow(self.tr("Deck name:"), self.deck)
        self.source = language_box("tr")
        self.source.setAccessibleName(self.tr("Question language"))
        form.addRow(self.tr("Questions in:"), self.source)
        self.target = language_box("is")
        self.target.setAccessibleName(self.tr("Answer language"))
        form.addRow(self.tr("Answers in:"), self.target)
        self.both = QCheckBox(self.tr("Also make cards the other way round"))
        self.both.setChecked(True)
        form.addRow("", self.both)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Build"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._ok = ok
        self._folder_changed(folder)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder of articles"))
        if folder:
            self.folder.setText(folder)

    def _folder_changed(self, text: str) -> None:
        if text and (not self.deck.text() or self.deck.isModified() is False):
            self.deck.setText(Path(text).name)
        self._ok.setEnabled(bool(text.strip()))

    def choices(self) -> tuple[str, str, str, str, bool]:
        """(folder, deck, source, target, both directions)."""
        return (
            self.folder.text().strip(),
            self.deck.text().strip() or Path(self.folder.text().strip()).name,
            str(self.source.currentData()),
            str(self.target.currentData()),
            self.both.isChecked(),
        )


class BuildRunner(QWidget):
    """Runs a build on the worker with a cancellable progress dialog, then shows the summary."""

    built = Signal(object)  # BuildReport

    def __init__(self, runner: OpRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self.runner = runner
        self.progress: QProgressDialog | None = None
        self.summary: QMessageBox | None = None

    def start(
        self, folder: str, deck: str, source: str, target: str, both: bool
    ) -> Op[Changed[BuildReport]]:
        progress = QProgressDialog(
            self.tr("Reading articles…"), self.tr("Cancel"), 0, 0, self.parentWidget()
        )
        progress.setWindowTitle(self.tr("Building %1").replace("%1", deck))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        self.progress = progress

        def run(ctx: OpContext) -> Changed[BuildReport]:
            return actions.build_deck(
                ctx.db,
                folder,
                deck=deck,
                source=source,
                target=target,
                both_directions=both,
                progress=ctx.progress,
            )

        def step(done: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(done)
            progress.setLabelText(
                self.tr("Reading articles… %1 of %2")
                .replace("%1", str(done))
                .replace("%2", str(total))
            )

        op: Op[Changed[BuildReport]] = Op(
            run,
            success=lambda result: self._done(result.value),
            failure=self._failed,
            progress=step,
        )
        progress.canceled.connect(op.cancel)
        return self.runner.run(op)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.close()
            self.progress = None

    def _done(self, report: BuildReport) -> None:
        from flashcards.cli.report import render_build

        self._close_progress()
        box = QMessageBox(self.parentWidget())
        box.setWindowTitle(self.tr("Build finished"))
        box.setIcon(QMessageBox.Icon.Information if report.ok else QMessageBox.Icon.Warning)
        box.setTextFormat(Qt.TextFormat.PlainText)
        lines = render_build(report).splitlines()
        box.setText("\n".join(line for line in lines if not line.startswith(("skipped:", "note:"))))
        details = [line for line in lines if line.startswith(("skipped:", "note:"))]
        if details:
            box.setDetailedText("\n".join(details))
            box.setInformativeText(
                self.tr("%1 file(s) skipped, %2 note(s): see the details.")
                .replace("%1", str(len(report.skipped)))
                .replace("%2", str(len(report.warnings)))
            )
        box.setModal(False)
        box.show()
        self.summary = box
        self.built.emit(report)

    def _failed(self, exc: Exception) -> None:
        self._close_progress()
        if isinstance(exc, Cancelled):
            message = self.tr("The build was cancelled; nothing was changed.")
        else:
            message = str(exc)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Build"),
            message,
            QMessageBox.StandardButton.Ok,
            self.parentWidget(),
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setModal(False)
        box.show()
        self.summary = box
