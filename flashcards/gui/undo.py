"""The app's one undo: Edit ▸ Undo in every window, its label, and a notice of what it undid."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from flashcards.gui.notice import notice
from flashcards.gui.ops import Op, OpContext, OpRunner
from flashcards.gui.texts import undo_label, undone_notice
from flashcards.services.changes import Changes
from flashcards.services.undo import UndoStep, undo


class UndoManager(QObject):
    """Undoes the latest step on the runner's stack, whichever screen made it (as in Anki)."""

    label_changed = Signal(str)  # the menu's text: "Undo Good", or "Undo" when disabled
    undone = Signal(object)  # UndoStep, once taken back
    failed = Signal(str)

    def __init__(self, runner: OpRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.busy = False
        runner.changed.connect(self._changed)

    @property
    def step(self) -> UndoStep | None:
        return self.runner.undo_stack.peek()

    def can_undo(self) -> bool:
        return self.step is not None and not self.busy

    def label(self) -> str:
        return undo_label(self.step)

    def _changed(self, changes: Changes, _source: object) -> None:
        if changes.undo:
            self.label_changed.emit(self.label())

    def undo(self, where: QWidget | None = None) -> Op[Changes] | None:
        """Take back the latest step; the notice shows over `where` (a window or a page)."""
        step = self.runner.undo_stack.pop() if not self.busy else None
        if step is None:
            if where is not None and not self.busy:
                notice(where, self.tr("Nothing to undo"))
            return None
        self.busy = True

        def run(ctx: OpContext) -> Changes:
            return undo(ctx.db, step)

        def done(_changes: Changes) -> None:
            self.busy = False
            if where is not None:
                notice(where, undone_notice(step))
            self.undone.emit(step)

        def failed(exc: Exception) -> None:
            self.busy = False
            message = str(exc)
            if where is not None:
                notice(where, message)
            self.label_changed.emit(self.label())
            self.failed.emit(message)

        return self.runner.run(Op(run, success=done, failure=failed, source=self))
