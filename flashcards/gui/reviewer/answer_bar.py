"""The reviewer's bottom bar: Show answer, the four ratings with their intervals, or Continue."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QStackedWidget, QWidget

from flashcards.gui.texts import interval, rating_name
from flashcards.types import Rating


class AnswerBar(QStackedWidget):
    """One row of buttons at a time: what the learner can do next."""

    SHOW, GRADES, NOTHING, CONTINUE, LOADING = range(5)

    show_clicked = Signal()
    rated = Signal(object)  # Rating
    continue_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Maximum)
        self.show_button = QPushButton(self.tr("Show answer (Space)"))
        self.show_button.setObjectName("showAnswer")
        self.show_button.clicked.connect(self.show_clicked)
        self.addWidget(self.show_button)
        grades = QWidget()
        row = QHBoxLayout(grades)
        row.setContentsMargins(0, 0, 0, 0)
        self.grade_buttons: dict[Rating, QPushButton] = {}
        for rating in Rating:
            button = QPushButton()
            button.setObjectName(f"grade{rating.name.title()}")
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            button.clicked.connect(self._rater(rating))
            row.addWidget(button)
            self.grade_buttons[rating] = button
        self.addWidget(grades)
        self.addWidget(QWidget())
        self.continue_button = QPushButton()
        self.continue_button.setObjectName("showAnswer")
        self.continue_button.clicked.connect(self.continue_clicked)
        self.addWidget(self.continue_button)
        self.loading = QLabel(self.tr("Loading…"))
        self.loading.setTextFormat(Qt.TextFormat.PlainText)
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.addWidget(self.loading)

    def setCurrentIndex(self, index: int) -> None:
        """Show one row of buttons; with nothing to offer the bar gives its room to the card."""
        super().setCurrentIndex(index)
        self.setVisible(index != self.NOTHING)

    def _rater(self, rating: Rating) -> Callable[[], None]:
        return lambda: self.rated.emit(rating)

    def set_intervals(self, intervals: dict[Rating, timedelta]) -> None:
        for rating, button in self.grade_buttons.items():
            after = interval(intervals[rating])
            button.setText(f"{int(rating)} {rating_name(rating)}\n{after}")
            button.setAccessibleName(f"{rating_name(rating)}, {after}")
            button.setToolTip(
                self.tr("Key %1: %2, next in %3")
                .replace("%1", str(int(rating)))
                .replace("%2", rating_name(rating))
                .replace("%3", after)
            )

    def offer_continue(self, rating: Rating) -> None:
        self.continue_button.setText(
            self.tr("Continue: %1 (Enter)").replace("%1", rating_name(rating))
        )
        self.setCurrentIndex(self.CONTINUE)
