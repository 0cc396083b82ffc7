"""The sorting quiz: place statements under one concept or the other (soft sell or hard sell)."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from flashcards.gui.ops import Clock, Op, OpContext, OpRunner
from flashcards.gui.plain import button_text, wrappable
from flashcards.gui.screen import keep_on_screen
from flashcards.gui.texts import number
from flashcards.gui.theme import native_language
from flashcards.quiz.grading import Verdict
from flashcards.quiz.sorting import SortResult, score
from flashcards.services.changes import Changed, Changes
from flashcards.services.quiz import QuizAnswer, QuizMode, QuizPlan, QuizSession


def _label(name: str = "", rich: bool = False) -> QLabel:
    label = QLabel()
    if name:
        label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class SortQuizDialog(QDialog):
    """One statement at a time: keys 1 and 2 place it, its verdict shows under it, Enter goes
    on; at the end a result page with the score, the wrong placements explained, Again, Close.

    Right and wrong placements of cards due today go into the schedule, like any answer.
    """

    finished_quiz = Signal(object)  # SortResult
    question_shown = Signal()
    placed = Signal(bool)  # the statement on screen was placed (right or not)

    QUESTION, RESULT, MESSAGE = range(3)

    def __init__(
        self,
        runner: OpRunner,
        deck: str,
        clock: Clock,
        count: int = 10,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner, self.deck, self.clock, self.count = runner, deck, clock, count
        self.setWindowTitle(self.tr("Sorting quiz: %1").replace("%1", deck))
        self.resize(760, 520)
        layout = QVBoxLayout(self)
        layout.addLayout(self._language_row())
        self.pages = QStackedWidget()
        layout.addWidget(self.pages, 1)
        self.pages.addWidget(self._question_page())
        self.pages.addWidget(self._result_page())
        self.message = _label("done")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setText(self.tr("Loading…"))
        self.pages.addWidget(self.message)
        self.pages.setCurrentIndex(self.MESSAGE)
        bottom = QDialogButtonBox()
        self.again_button = bottom.addButton(
            self.tr("Again"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.again_button.setToolTip(self.tr("Another quiz on this deck (Enter)"))
        self.again_button.clicked.connect(self.again)
        self.close_button = bottom.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.close)
        layout.addWidget(bottom)
        for index in range(2):
            shortcut = QShortcut(QKeySequence(str(index + 1)), self)
            shortcut.activated.connect(partial(self.place, index))
        for key in ("Return", "Enter", "Space"):
            QShortcut(QKeySequence(key), self).activated.connect(self.next_statement)
        QShortcut(QKeySequence("L"), self).activated.connect(self.other_language)
        self.plan: QuizPlan | None = None
        self.quiz: QuizSession | None = None
        self.lang: str | None = None  # None: the deck's source side (the service chooses)
        self.index = 0
        self.answered = False
        self.answers: dict[int, str] = {}
        self.outcome: SortResult | None = None
        self._verdict_timer = QTimer(self, singleShot=True, interval=0)  # dies with the dialog
        self._verdict_timer.timeout.connect(self._verdict_in_view)
        # the verdict's place settles only once the statement, the buttons and Next are laid
        # out (later under load): scroll it into view again whenever the scrolled height changes
        self.statement_area.verticalScrollBar().rangeChanged.connect(self._scroll_range_changed)
        self.screen_bound = keep_on_screen(self)
        self._load()

    # -- pages ------------------------------------------------------------------------------

    def _language_row(self) -> QHBoxLayout:
        """A round is in one language, statements and piles alike: the deck's source side
        first; this chooses the other (L), starting a new round."""
        row = QHBoxLayout()
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_LayoutLeftMargin)
        row.setContentsMargins(margin, 0, margin, 0)  # in line with the pages' text
        self.language_label = QLabel(self.tr("&Statements in:"))
        self.language = QComboBox()
        self.language.setToolTip(self.tr("A new round in the other language (L)"))
        self.language_label.setBuddy(self.language)
        self.language.activated.connect(self._language_chosen)
        row.addWidget(self.language_label)
        row.addWidget(self.language)
        row.addStretch(1)
        self.language_label.hide()
        self.language.hide()
        return row

    def _fill_languages(self, plan: QuizPlan) -> None:
        self.language.clear()
        for code in plan.languages:
            self.language.addItem(native_language(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(plan.lang)))
        several = len(plan.languages) > 1
        self.language_label.setVisible(several)
        self.language.setVisible(several)

    def _language_chosen(self, index: int) -> None:
        code = self.language.itemData(index)
        if code and code != self.lang:
            self.lang = str(code)
            self.again()

    def other_language(self) -> None:
        """L: a new round in the deck's other language (when it has statements in two)."""
        if self.language.isVisible() and self.language.count() > 1:
            self._language_chosen((self.language.currentIndex() + 1) % self.language.count())

    def _question_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        # The task, the statement and its verdict scroll above the buttons: at 14 pt a long
        # statement with its explanation is taller than the dialog and was cut.
        self.statement_area = QScrollArea()
        self.statement_area.setWidgetResizable(True)
        self.statement_area.setFrameShape(QFrame.Shape.NoFrame)
        self.statement_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 0, 0)
        self.instructions = _label("language")
        self.instructions.setText(
            self.tr(
                "Which concept does each statement describe? Press 1 or 2 (or click) to put "
                "it under one; then Enter for the next."
            )
        )
        inner.addWidget(self.instructions)
        self.progress = _label()
        self.progress.setAccessibleName(self.tr("Progress"))
        inner.addWidget(self.progress)
        inner.addStretch(1)
        self.statement = _label("back")
        self.statement.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.statement.setAccessibleName(self.tr("Statement"))
        inner.addWidget(self.statement)
        self.feedback = _label("extra")
        self.feedback.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.feedback.setAccessibleName(self.tr("Verdict"))
        inner.addWidget(self.feedback)
        inner.addStretch(1)
        self.statement_area.setWidget(body)
        column.addWidget(self.statement_area, 1)
        row = QHBoxLayout()
        self.buttons: list[QPushButton] = []
        for index in range(2):
            button = QPushButton()
            button.setObjectName("showAnswer")
            button.clicked.connect(partial(self.place, index))
            row.addWidget(button)
            self.buttons.append(button)
        column.addLayout(row)
        self.next_button = QPushButton(self.tr("Next (Enter)"))
        self.next_button.setObjectName("showAnswer")
        self.next_button.clicked.connect(self.next_statement)
        column.addWidget(self.next_button)
        return page

    def _result_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        self.score_label = _label("deckName")
        self.score_label.setAccessibleName(self.tr("Score"))
        column.addWidget(self.score_label)
        self.mistakes_area = QScrollArea()
        self.mistakes_area.setWidgetResizable(True)
        self.mistakes_area.setFrameShape(QFrame.Shape.StyledPanel)
        self.mistakes_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.mistakes = QWidget()
        self.mistakes_layout = QVBoxLayout(self.mistakes)
        self.mistakes_area.setWidget(self.mistakes)
        column.addWidget(self.mistakes_area, 1)
        return page

    # -- the quiz ---------------------------------------------------------------------------

    def _load(self) -> None:
        deck, count, lang = self.deck, self.count, self.lang
        seed = self.clock().strftime("%Y%m%d%H%M%S") + f":{id(self)}:{len(self.answers)}"

        def run(ctx: OpContext) -> tuple[QuizSession, QuizPlan]:
            quiz = QuizSession(ctx.db, deck)
            plan = quiz.plan(QuizMode.SORT, self.clock(), count=count, seed=seed, lang=lang)
            return quiz, plan

        self.again_button.setEnabled(False)
        self.runner.run(Op(run, success=self._loaded, failure=self._failed, source=self))

    def _loaded(self, result: tuple[QuizSession, QuizPlan]) -> None:
        self.quiz, self.plan = result
        self.index, self.answers, self.outcome = 0, {}, None
        self.lang = self.plan.lang
        self._fill_languages(self.plan)
        if not self.plan.items:
            self.message.setText(
                self.tr(
                    "This deck has no statements to sort. The sorting quiz asks which of two "
                    "contrasted concepts (soft sell or hard sell) a sentence describes; a deck "
                    "gets such statements from articles that compare two concepts."
                )
            )
            self.pages.setCurrentIndex(self.MESSAGE)
            self.question_shown.emit()
            return
        self.pages.setCurrentIndex(self.QUESTION)
        self._show()

    def _failed(self, exc: Exception) -> None:
        self.message.setText(str(exc))
        self.pages.setCurrentIndex(self.MESSAGE)

    def _show(self) -> None:
        assert self.plan is not None
        item = self.plan.items[self.index]
        labels = self.plan.labels(item)
        self.answered = False
        self.instructions.setVisible(self.index == 0)
        self.progress.setText(
            self.tr("Statement %1 of %2")
            .replace("%1", number(self.index + 1))
            .replace("%2", number(len(self.plan.items)))
        )
        self.statement.setText(wrappable(item.card.front))
        self.feedback.clear()
        self.feedback.setStyleSheet("")
        self.next_button.hide()
        for index, button in enumerate(self.buttons):
            button.setEnabled(True)
            button.setStyleSheet("")
            if index < len(labels):
                button.setText(button_text(f"{index + 1}  {labels[index]}"))
                button.setAccessibleName(labels[index])
                button.show()
            else:
                button.hide()
        self.question_shown.emit()

    def place(self, index: int) -> None:
        """Put the statement on screen under label `index`; its verdict shows under it."""
        if self.plan is None or self.quiz is None or self.answered:
            return
        if self.pages.currentIndex() != self.QUESTION or self.index >= len(self.plan.items):
            return
        item = self.plan.items[self.index]
        labels = self.plan.labels(item)
        if index >= len(labels):
            return
        chosen = labels[index]
        self.answers[self.index] = chosen
        right = chosen == item.card.back
        self.answered = True
        if right:
            text = self.tr("Right: it belongs under %1.").replace("%1", item.card.back)
        else:
            text = self.tr("Not quite: it belongs under %1.").replace("%1", item.card.back)
        if item.extra and not right:
            text += "\n" + item.extra
        self.feedback.setText(wrappable(text))
        self.feedback.setStyleSheet("color: #1e8e3e;" if right else "color: #c0392b;")
        self._verdict_timer.start()
        for i, label in enumerate(labels[: len(self.buttons)]):
            button = self.buttons[i]
            button.setEnabled(i == index or label == item.card.back)
            if label == item.card.back:
                button.setStyleSheet("QPushButton { border: 2px solid #1e8e3e; }")
            elif i == index:
                button.setStyleSheet("QPushButton { border: 2px solid #c0392b; }")
        last = self.index + 1 >= len(self.plan.items)
        self.next_button.setText(
            self.tr("See the result (Enter)") if last else self.tr("Next (Enter)")
        )
        self.next_button.show()
        self.next_button.setFocus()
        quiz, now = self.quiz, self.clock()
        verdict = Verdict.EXACT if right else Verdict.WRONG

        def run(_ctx: OpContext) -> Changed[QuizAnswer]:
            answer = quiz.record(item.id, verdict, QuizMode.SORT, now)
            changed = Changes.of_cards([item.id], schedule=True) if answer.recorded else Changes()
            return Changed(answer, changed)

        self.runner.run(Op(run, failure=self._failed, source=self))
        self.placed.emit(right)

    def _scroll_range_changed(self, _low: int, _high: int) -> None:
        if self.answered:
            self._verdict_timer.start()

    def _verdict_in_view(self) -> None:
        """Scroll the verdict into view once it is laid out (under a long statement)."""
        body = self.statement_area.widget()
        if self.answered and self.feedback.text() and body is not None:
            body.adjustSize()
            self.statement_area.ensureWidgetVisible(self.feedback, 0, 4)

    def next_statement(self) -> None:
        """Enter: the next statement, the result after the last one; on the result, Again."""
        if self.pages.currentIndex() == self.RESULT:
            self.again()
            return
        if self.plan is None or not self.answered or self.pages.currentIndex() != self.QUESTION:
            return
        self.index += 1
        if self.index < len(self.plan.items):
            self._show()
        else:
            self._summary()

    def _summary(self) -> None:
        assert self.plan is not None
        result: SortResult = score(self.plan.sort_quiz(), self.answers)
        self.outcome = result
        self.score_label.setText(
            self.tr("Score: %1 of %2")
            .replace("%1", number(result.right))
            .replace("%2", number(result.total))
        )
        while self.mistakes_layout.count():
            old = self.mistakes_layout.takeAt(0)
            if old is not None and old.widget() is not None:
                old.widget().deleteLater()  # type: ignore[union-attr]
        if result.all_right:
            self.mistakes_layout.addWidget(_label())
            praise = _label()
            praise.setText(self.tr("Every statement is where it belongs."))
            self.mistakes_layout.addWidget(praise)
        for wrong in result.wrong:
            box = QFrame()
            box.setObjectName("mistake")
            box.setFrameShape(QFrame.Shape.StyledPanel)
            rows = QVBoxLayout(box)
            statement = _label()
            statement.setText(wrappable(f"“{wrong.statement.text}”"))
            statement.setStyleSheet("font-weight: 600;")
            rows.addWidget(statement)
            verdict = _label()
            verdict.setText(
                self.tr("You put it under %1; it belongs under %2.")
                .replace("%1", wrong.given)
                .replace("%2", wrong.expected)
            )
            verdict.setStyleSheet("color: #c0392b;")
            rows.addWidget(verdict)
            if wrong.explanation:
                why = _label("language")
                why.setText(wrappable(wrong.explanation))
                rows.addWidget(why)
            self.mistakes_layout.addWidget(box)
        self.mistakes_layout.addStretch()
        self.pages.setCurrentIndex(self.RESULT)
        self.again_button.setEnabled(True)
        self.again_button.setDefault(True)
        self.again_button.setFocus()
        self.finished_quiz.emit(result)

    def again(self) -> None:
        """A new quiz on the same deck (other statements first)."""
        self.message.setText(self.tr("Loading…"))
        self.pages.setCurrentIndex(self.MESSAGE)
        self._load()
