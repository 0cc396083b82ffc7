"""Build a deck from a folder: choose folder and languages, watch progress, read the summary."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from flashcards.gui.file_dialog import existing_folder
from flashcards.gui.messages import error_text, problem_text
from flashcards.gui.ops import Cancelled, Op, OpContext, OpRunner
from flashcards.gui.progress import OpProgress
from flashcards.gui.texts import number
from flashcards.services import actions
from flashcards.services.changes import Changed

if TYPE_CHECKING:
    from flashcards.services.build import BuildReport
from flashcards.gui.theme import language_box, native_language


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
        folder = existing_folder(self, self.tr("Folder of articles"))
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
        self.progress: OpProgress | None = None
        self.summary: QMessageBox | None = None

    def start(
        self, folder: str, deck: str, source: str, target: str, both: bool
    ) -> Op[Changed[BuildReport]]:
        self.progress = OpProgress(
            self.parentWidget() or self, self.tr("Building %1").replace("%1", deck)
        )

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

        op: Op[Changed[BuildReport]] = Op(
            run, success=lambda result: self._done(result.value), failure=self._failed
        )
        self.progress.attach(op)
        return self.runner.run(op)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress = None

    def report_text(self, report: BuildReport) -> str:
        """The build's summary, one fact a line, in the interface language."""
        arrow = "↔" if len(report.directions) > 1 else "→"
        pair = (
            f"{native_language(report.directions[0][0])} {arrow} "
            f"{native_language(report.directions[0][1])}"
            if report.directions
            else ""
        )
        lines = [self.tr("Deck “%1” (%2)").replace("%1", report.deck).replace("%2", pair)]
        read = (
            self.tr("Read: %1 files, %2 articles")
            .replace("%1", number(report.files))
            .replace("%2", number(report.articles))
        )
        if report.inputs_unchanged:
            read += " " + self.tr("(unchanged since the last build)")
        elif report.articles:
            read += " " + self.tr("(%1 read, %2 from the cache)").replace(
                "%1", number(report.parsed)
            ).replace("%2", number(max(0, report.files - report.parsed)))
        lines.append(read)
        if report.languages:
            langs = ", ".join(
                f"{native_language(code)} {number(n)}" for code, n in report.languages.items()
            )
            lines.append(self.tr("Languages: %1").replace("%1", langs))
        lines.append(self.tr("Article groups: %1").replace("%1", number(report.groups)))
        cards = (
            self.tr("Cards: %1 new, %2 updated, %3 unchanged, %4 retired")
            .replace("%1", number(report.new))
            .replace("%2", number(report.updated))
            .replace("%3", number(report.unchanged))
            .replace("%4", number(report.retired))
        )
        if report.restored:
            cards += ", " + self.tr("%1 restored").replace("%1", number(report.restored))
        lines.append(cards)
        return "\n".join(lines)

    def problem_lines(self, report: BuildReport) -> list[str]:
        """Each skipped file and each note: its name and what the builder said of it, in the
        interface language."""
        skipped = [self.tr("Skipped: %1").replace("%1", problem_text(p)) for p in report.skipped]
        notes = [self.tr("Note: %1").replace("%1", problem_text(p)) for p in report.warnings]
        return skipped + notes

    def _done(self, report: BuildReport) -> None:
        self._close_progress()
        box = QMessageBox(self.parentWidget())
        box.setWindowTitle(self.tr("Build finished"))
        box.setIcon(QMessageBox.Icon.Information if report.ok else QMessageBox.Icon.Warning)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.report_text(report))
        details = self.problem_lines(report)
        if details:
            box.setDetailedText("\n".join(details))
            box.setInformativeText(
                self.tr("Skipped files: %1 · Notes: %2 (see the details)")
                .replace("%1", number(len(report.skipped)))
                .replace("%2", number(len(report.warnings)))
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
            message = error_text(exc)
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
