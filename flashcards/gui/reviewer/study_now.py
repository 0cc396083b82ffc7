"""Study now: the reviewer in a window of its own on cards chosen in the reader, due or not
(as Anki's filtered deck that reschedules; see services/study_now.py)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from flashcards.gui.ops import Clock, OpRunner
from flashcards.gui.reviewer.page import ReviewerPage
from flashcards.gui.screen import keep_on_screen
from flashcards.gui.texts import count_text
from flashcards.gui.undo import UndoManager


def main_reviewer(widget: QWidget | None) -> ReviewerPage | None:
    """The main window's reviewer above `widget` (its answer mode and options are the
    learner's), if `widget` has one among its parents."""
    while widget is not None:
        reviewer = getattr(widget, "reviewer", None)
        if isinstance(reviewer, ReviewerPage):
            return reviewer
        widget = widget.parentWidget()
    return None


class StudyNowDialog(QDialog):
    """The reviewer on `card_ids` of `deck`: each card once, answers scheduled by FSRS at
    the time they are given; Esc (or Close on the last page) goes back to reading."""

    def __init__(
        self,
        runner: OpRunner,
        clock: Clock,
        deck: str,
        card_ids: Sequence[int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            count_text(
                len(card_ids),
                self.tr("Study now — 1 card of %2"),
                self.tr("Study now — %1 cards of %2"),
            ).replace("%2", deck)
        )
        self.reviewer = ReviewerPage(runner, clock, self)
        like = main_reviewer(parent)
        if like is not None:
            self.reviewer.set_mode(like.mode)
            self.reviewer.tolerate_accents = like.tolerate_accents
            self.reviewer.easy_when_fast = like.easy_when_fast
        self.reviewer.back_button.setText(self.tr("Close"))
        self.reviewer.finished.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.reviewer)
        # The app's one undo (the main window's Edit ▸ Undo is out of reach here).
        self.undo = UndoManager(runner, self)
        undo = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        undo.setContext(Qt.ShortcutContext.WindowShortcut)
        undo.activated.connect(lambda: self.undo.undo(self.reviewer))
        self.resize(900, 640)
        self.screen_bound = keep_on_screen(self)
        self.reviewer.start(deck, card_ids)

    def reject(self) -> None:
        """Esc, Close or the window's close button: the reviewer leaves its cards."""
        self.reviewer.stop()
        super().reject()
