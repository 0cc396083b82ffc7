"""A progress dialog for a long operation: its phase, n of N, and Cancel where that is safe."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from flashcards.gui.ops import Op
from flashcards.gui.texts import number
from flashcards.progress import Phase


class OpProgress(QObject):
    """Shows what an operation is doing (after `delay_ms`), and cancels it on request.

    Every phase of a build or export is cancellable: nothing is kept until its end.
    """

    def __init__(self, parent: QWidget, title: str, delay_ms: int = 300) -> None:
        super().__init__(parent)
        self.dialog = QProgressDialog(self.tr("Starting…"), self.tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(delay_ms)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumWidth(420)
        self.phase: Phase | None = None
        self.op: Op[Any] | None = None
        self._latest: tuple[Phase, int, int] | None = None
        self._stepping = False
        self._closed = False
        self.dialog.canceled.connect(self.cancel)

    def attach(self, op: Op[Any]) -> Op[Any]:
        """Follow `op`: its progress goes to the dialog, Cancel to the op."""
        self.op = op
        op.progress = self.step
        return op

    def phase_text(self, phase: Phase, done: int, total: int) -> str:
        of = (
            self.tr("%1 of %2")
            .replace("%1", _as_wide(number(done), number(total)))
            .replace("%2", number(total))
            if total
            else ""
        )
        texts = {
            Phase.READING: self.tr("Reading articles… %1"),
            Phase.GROUPING: self.tr("Grouping the translations… %1"),
            Phase.MAKING: self.tr("Making cards… %1 article groups"),
            Phase.WRITING: self.tr("Writing cards… %1"),
            Phase.LOADING: self.tr("Reading the cards… %1"),
            Phase.PACKING: self.tr("Packing cards… %1"),
            Phase.SAVING: self.tr("Saving the file… %1"),
            Phase.UNPACKING: self.tr("Reading the Anki package… %1"),
            Phase.REPLAYING: self.tr("Computing each card's memory from its reviews… %1"),
        }
        return texts[phase].replace("%1", of).rstrip(" ").rstrip()

    def step(self, phase: Phase, done: int, total: int) -> None:
        """Show `phase`, `done` of `total`.

        The dialog is window-modal, so Qt's `setValue` processes pending events: the
        operation's next steps, even its end, arrive inside this call.  They are noted and
        shown here, in order, so an older step never overwrites a newer one.
        """
        self._latest = (phase, done, total)
        if self._stepping or self._closed or self.dialog.wasCanceled():
            return
        self._stepping = True
        try:
            shown = None
            while self._latest != shown and not self._closed:
                shown = self._latest
                phase, done, total = shown
                self.phase = phase
                self.dialog.setLabelText(self.phase_text(phase, done, total))
                self.dialog.setMaximum(max(total, 0))
                self.dialog.setValue(min(done, total) if total else 0)
        finally:
            self._stepping = False

    def cancel(self) -> None:
        if self._closed:
            return  # Qt's dialog says "canceled" when it is closed at the end, too
        if self.op is not None:
            self.op.cancel()
            self.dialog.setLabelText(self.tr("Cancelling…"))

    def close(self) -> None:
        self._closed = True
        self.dialog.reset()
        self.dialog.close()
        self.dialog.deleteLater()


def _as_wide(shown: str, widest: str) -> str:
    """`shown` with room before it for the digits and separators it lacks of `widest`
    (figure and punctuation spaces, as wide as they are): the label keeps its width
    through a phase, and the dialog, which grows to fit its label, does not widen as the
    count goes from 250 to 3,900."""
    missing = widest[: max(0, len(widest) - len(shown))]
    return "".join("\u2007" if c.isdigit() else "\u2008" for c in missing) + shown
