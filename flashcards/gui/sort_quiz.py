"""The sorting quiz: place statements under one concept or the other (soft sell or hard sell)."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from flashcards.gui.ops import Clock, Op, OpContext, OpRunner
from flashcards.gui.plain import button_text
from flashcards.quiz.grading import Verdict
from flashcards.quiz.sorting import SortResult, score
from flashcards.services.changes import Changed, Changes
from flashcards.services.quiz import QuizAnswer, QuizMode, QuizPlan, QuizSession


class SortQuizDialog(QDialog):
    """One statement at a time; keys 1 and 2 (or the buttons) place it; a summary at the end.

    Right and wrong placements of cards due today go into the schedule, like any answer.
    """

    finished_quiz = Signal(object)  # SortResult
    question_shown = Signal()

    def __init__(
        self,
        runner: OpRunner,
        deck: str,
        clock: Clock,
        count: int = 10,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner, self.deck, self.clock = runner, deck, clock
        self.setWindowTitle(self.tr("Sorting quiz: %1").replace("%1", deck))
        self.resize(720, 420)
        layout = QVBoxLayout(self)
        self.progress = QLabel()
        self.progress.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.progress)
        self.statement = QLabel(self.tr("Loading…"))
        self.statement.setObjectName("front")
        self.statement.setTextFormat(Qt.TextFormat.PlainText)
        self.statement.setWordWrap(True)
        self.statement.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.statement.setAccessibleName(self.tr("Statement"))
        layout.addWidget(self.statement, 1)
        self.feedback = QLabel()
        self.feedback.setTextFormat(Qt.TextFormat.PlainText)
        self.feedback.setWordWrap(True)
        layout.addWidget(self.feedback)
        row = QHBoxLayout()
        self.buttons: list[QPushButton] = []
        for index in range(2):
            button = QPushButton()
            button.setObjectName("showAnswer")
            button.clicked.connect(partial(self.place, index))
            row.addWidget(button)
            self.buttons.append(button)
            shortcut = QShortcut(QKeySequence(str(index + 1)), self)
            shortcut.activated.connect(partial(self.place, index))
        layout.addLayout(row)
        self.plan: QuizPlan | None = None
        self.quiz: QuizSession | None = None
        self.index = 0
        self.answers: dict[int, str] = {}

        def run(ctx: OpContext) -> tuple[QuizSession, QuizPlan]:
            quiz = QuizSession(ctx.db, deck)
            seed = self.clock().strftime("%Y%m%d%H%M")
            return quiz, quiz.plan(QuizMode.SORT, self.clock(), count=count, seed=seed)

        self.runner.run(Op(run, success=self._loaded, failure=self._failed))

    def _loaded(self, result: tuple[QuizSession, QuizPlan]) -> None:
        self.quiz, self.plan = result
        if not self.plan.items:
            self.statement.setText(self.tr("This deck has no statements to sort (contrast cards)."))
            for button in self.buttons:
                button.hide()
            return
        self._show()

    def _failed(self, exc: Exception) -> None:
        self.statement.setText(str(exc))

    def _show(self) -> None:
        assert self.plan is not None
        item = self.plan.items[self.index]
        labels = self.plan.labels(item)
        self.progress.setText(f"{self.index + 1} / {len(self.plan.items)}")
        self.statement.setText(item.card.front)
        for index, button in enumerate(self.buttons):
            if index < len(labels):
                button.setText(button_text(f"{index + 1}  {labels[index]}"))
                button.setAccessibleName(labels[index])
                button.show()
            else:
                button.hide()
        self.question_shown.emit()

    def place(self, index: int) -> None:
        """Put the current statement under label `index`."""
        if self.plan is None or self.quiz is None or self.index >= len(self.plan.items):
            return
        item = self.plan.items[self.index]
        labels = self.plan.labels(item)
        if index >= len(labels):
            return
        chosen = labels[index]
        self.answers[self.index] = chosen
        right = chosen == item.card.back
        self.feedback.setText(
            self.tr("Right.")
            if right
            else self.tr("It belongs under %1.").replace("%1", item.card.back)
        )
        quiz, now = self.quiz, self.clock()
        verdict = Verdict.EXACT if right else Verdict.WRONG

        def run(_ctx: OpContext) -> Changed[QuizAnswer]:
            answer = quiz.record(item.id, verdict, QuizMode.SORT, now)
            changed = Changes.of_cards([item.id], schedule=True) if answer.recorded else Changes()
            return Changed(answer, changed)

        self.runner.run(Op(run, failure=self._failed, source=self))
        self.index += 1
        if self.index < len(self.plan.items):
            self._show()
        else:
            self._summary()

    def _summary(self) -> None:
        assert self.plan is not None
        result: SortResult = score(self.plan.sort_quiz(), self.answers)
        lines = [
            self.tr("Score: %1 of %2")
            .replace("%1", str(result.right))
            .replace("%2", str(result.total))
        ]
        for wrong in result.wrong:
            lines.append("")
            lines.append(f"“{wrong.statement.text}”")
            lines.append(
                self.tr("You chose %1; it belongs under %2.")
                .replace("%1", wrong.given)
                .replace("%2", wrong.expected)
            )
            lines.append(wrong.explanation)
        self.statement.setText("\n".join(lines))
        self.feedback.clear()
        self.progress.clear()
        for button in self.buttons:
            button.hide()
        self.finished_quiz.emit(result)
