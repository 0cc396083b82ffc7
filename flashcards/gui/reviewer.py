"""The reviewer: front, reveal, grade with the keyboard, undo, bury, suspend, flag; done screen."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from flashcards.gui.answer_modes import AnswerMode, ChoiceAnswer, TypedAnswer
from flashcards.gui.edit_dialog import EditCardDialog
from flashcards.gui.ops import Op, OpContext, OpRunner
from flashcards.gui.plain import wrappable
from flashcards.gui.speech import Speech, spoken
from flashcards.gui.theme import native_language
from flashcards.quiz.grading import Grade, rating_for
from flashcards.scheduler.memory import format_interval
from flashcards.scheduler.queue import Counts
from flashcards.services import study
from flashcards.services.quiz import QuizItem, QuizMode, QuizPlan, QuizSession
from flashcards.services.study import StudyCard, StudySession
from flashcards.types import Rating, StudyMode

Clock = Callable[[], datetime]


@dataclass(frozen=True)
class Step:
    """What the reviewer shows next: a card (or none), counts, and when more comes."""

    card: StudyCard | None
    counts: Counts
    next_due: datetime | None
    answered: int


def _step(session: StudySession, now: datetime) -> Step:
    card = session.next_card(now)
    return Step(
        card=card,
        counts=session.counts(now),
        next_due=None if card else session.next_due(now),
        answered=len(session.answered),
    )


class ReviewerPage(QWidget):
    """Studies one deck with the keyboard: Space shows the answer, 1–4 grade, Ctrl+Z undoes."""

    finished = Signal()  # the user left the reviewer
    answered = Signal(int)  # review id, once durably stored
    step_shown = Signal()  # a new card (or the done screen) is on screen
    edited = Signal(int)  # a card's text was changed and stored

    def __init__(self, runner: OpRunner, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.clock = clock
        self.session: StudySession | None = None
        self.card: StudyCard | None = None
        self.revealed = False
        self.busy = False
        self.shown_at = time.monotonic()
        self.deck = ""
        self.mode = AnswerMode.FLIP
        self.speech = Speech(self)
        self.pending: Rating | None = None
        self.plan: QuizPlan | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        top = QHBoxLayout()
        self.deck_label = QLabel()
        self.deck_label.setObjectName("deckName")
        self.deck_label.setTextFormat(Qt.TextFormat.PlainText)  # a deck name is user text
        top.addWidget(self.deck_label)
        top.addStretch()
        self.mode_box = QComboBox()
        self.mode_box.setAccessibleName(self.tr("Answer mode"))
        for mode, label in (
            (AnswerMode.FLIP, self.tr("Flip and grade yourself")),
            (AnswerMode.TYPED, self.tr("Type the answer")),
            (AnswerMode.CHOICE, self.tr("Multiple choice")),
        ):
            self.mode_box.addItem(label, mode.value)
        self.mode_box.currentIndexChanged.connect(self._mode_changed)
        self.mode_box.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        top.addWidget(self.mode_box)
        self.speak_button = QPushButton(self.tr("Read aloud (R)"))
        self.speak_button.setAccessibleName(self.tr("Read aloud"))
        self.speak_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.speak_button.clicked.connect(self.read_aloud)
        top.addWidget(self.speak_button)
        top.addSpacing(16)
        self.counts_label = QLabel()
        self.counts_label.setObjectName("counts")
        self.counts_label.setTextFormat(Qt.TextFormat.RichText)  # our own markup only
        self.counts_label.setAccessibleName(self.tr("Cards left today"))
        top.addWidget(self.counts_label)
        layout.addLayout(top)

        self.pages = QStackedWidget()
        layout.addWidget(self.pages, 1)

        card_view = QWidget()
        card_layout = QVBoxLayout(card_view)
        card_layout.addStretch(1)
        self.lang_label = QLabel()
        self.lang_label.setTextFormat(Qt.TextFormat.PlainText)
        self.lang_label.setObjectName("language")
        self.lang_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        card_layout.addWidget(self.lang_label)
        self.front = self._text_label("front")
        self.front.setAccessibleName(self.tr("Question"))
        card_layout.addWidget(self.front)
        self.rule = QFrame()
        self.rule.setFrameShape(QFrame.Shape.HLine)
        card_layout.addWidget(self.rule)
        self.back = self._text_label("back")
        self.back.setAccessibleName(self.tr("Answer"))
        card_layout.addWidget(self.back)
        self.extra = self._text_label("extra")
        self.extra.setAccessibleName(self.tr("Context"))
        card_layout.addWidget(self.extra)
        self.answer_area = QStackedWidget()
        self.answer_area.addWidget(QWidget())
        self.typed = TypedAnswer()
        self.typed.graded.connect(self._typed_graded)
        self.answer_area.addWidget(self.typed)
        self.choice = ChoiceAnswer()
        self.choice.picked.connect(self._choice_picked)
        self.answer_area.addWidget(self.choice)
        card_layout.addWidget(self.answer_area)
        card_layout.addStretch(2)
        self.pages.addWidget(card_view)

        done_view = QWidget()
        done_layout = QVBoxLayout(done_view)
        done_layout.addStretch()
        self.done_label = QLabel()
        self.done_label.setTextFormat(Qt.TextFormat.PlainText)
        self.done_label.setObjectName("done")
        self.done_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.done_label.setWordWrap(True)
        done_layout.addWidget(self.done_label)
        back_button = QPushButton(self.tr("Back to decks"))
        back_button.clicked.connect(self.finished)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(back_button)
        row.addStretch()
        done_layout.addLayout(row)
        done_layout.addStretch()
        self.pages.addWidget(done_view)

        self.bottom = QStackedWidget()
        self.bottom.setMaximumHeight(80)
        self.show_button = QPushButton(self.tr("Show answer (Space)"))
        self.show_button.setObjectName("showAnswer")
        self.show_button.clicked.connect(self.reveal)
        self.bottom.addWidget(self.show_button)
        grades = QWidget()
        grade_row = QHBoxLayout(grades)
        grade_row.setContentsMargins(0, 0, 0, 0)
        self.grade_buttons: dict[Rating, QPushButton] = {}
        for rating in Rating:
            button = QPushButton()
            button.setObjectName(f"grade{rating.name.title()}")
            button.clicked.connect(self._grader(rating))
            grade_row.addWidget(button)
            self.grade_buttons[rating] = button
        self.bottom.addWidget(grades)
        self.bottom.addWidget(QWidget())
        self.continue_button = QPushButton()
        self.continue_button.setObjectName("showAnswer")
        self.continue_button.clicked.connect(self._continue)
        self.bottom.addWidget(self.continue_button)
        layout.addWidget(self.bottom)
        self._shortcuts()

    def rating_name(self, rating: Rating) -> str:
        return {
            Rating.AGAIN: self.tr("Again"),
            Rating.HARD: self.tr("Hard"),
            Rating.GOOD: self.tr("Good"),
            Rating.EASY: self.tr("Easy"),
        }[rating]

    def _grader(self, rating: Rating) -> Callable[[], None]:
        return lambda: self.grade(rating)

    def _text_label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)  # article text is never interpreted
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _shortcuts(self) -> None:
        def add(keys: str, slot: Callable[[], object]) -> QShortcut:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            return shortcut

        # Keys that typing an answer needs for itself while the answer line is open.
        self.typing_keys = [
            add("Space", self._space),
            add("Return", self._space),
            add("Enter", self._space),
        ]
        self.typing_keys += [add(str(int(r)), partial(self._digit, int(r))) for r in Rating]
        self.typing_keys += [add("-", self.bury), add("@", self.suspend)]
        add("Ctrl+Z", self.undo)
        add("R", self.read_aloud)
        add("E", self.edit)
        add("Escape", self.finished.emit)
        for flag in range(1, 5):
            add(f"Ctrl+{flag}", partial(self.flag, flag))

    # -- flow ---------------------------------------------------------------------------

    def start(self, deck: str) -> None:
        """Open a session on `deck` and show its first card."""
        self.deck = deck
        self.deck_label.setText(deck)
        self.session = None
        self.busy = True
        self.bottom.setCurrentIndex(2)

        def run(ctx: OpContext) -> tuple[StudySession, QuizPlan, Step]:
            now = self.clock()
            session = StudySession(ctx.db, deck)
            # The deck's cards, for the options of multiple-choice questions.
            plan = QuizSession(ctx.db, deck).plan(QuizMode.CHOICE, now, count=1)
            return session, plan, _step(session, now)

        self.runner.run(Op(run, success=self._started, failure=self._failed))

    def _started(self, result: tuple[StudySession, QuizPlan, Step]) -> None:
        self.session, self.plan, step = result
        self._show(step)

    def _failed(self, exc: Exception) -> None:
        self.busy = False
        self.runner.error.emit(str(exc))

    def _show(self, step: Step) -> None:
        self.busy = False
        self.card = step.card
        self.revealed = False
        c = step.counts
        self.counts_label.setText(
            f"<span style='color:#1f6fd1'>{c.new}</span> · "
            f"<span style='color:#c0392b'>{c.learning}</span> · "
            f"<span style='color:#1e8e3e'>{c.review}</span>"
        )
        self.counts_label.setToolTip(
            self.tr("New %1 · Learning %2 · Review %3")
            .replace("%1", str(c.new))
            .replace("%2", str(c.learning))
            .replace("%3", str(c.review))
        )
        if step.card is None:
            self.pages.setCurrentIndex(1)
            self.bottom.setCurrentIndex(2)
            text = self.tr("Done for today: %1 answered in this session.").replace(
                "%1", str(step.answered)
            )
            if step.next_due is not None:
                text += "\n" + self.tr("The next card is due %1.").replace(
                    "%1", step.next_due.astimezone().strftime("%Y-%m-%d %H:%M")
                )
            self.done_label.setText(text)
        else:
            content = step.card.content
            self.pages.setCurrentIndex(0)
            pair = (content.source_lang, content.target_lang)
            self.lang_label.setText(
                native_language(pair[0])
                if pair[0] == pair[1]
                else f"{native_language(pair[0])} → {native_language(pair[1])}"
            )
            self.front.setText(wrappable(content.front))
            self.back.setText(wrappable(content.back))
            extra = content.extra if content.extra != content.back else ""
            self.extra.setText(wrappable(extra))
            for widget in (self.rule, self.back, self.extra):
                widget.setVisible(False)
            for rating, button in self.grade_buttons.items():
                interval = format_interval(step.card.intervals[rating])
                button.setText(f"{int(rating)} {self.rating_name(rating)}\n{interval}")
                button.setAccessibleName(f"{self.rating_name(rating)}, {interval}")
            self.bottom.setCurrentIndex(0)
            self.pending = None
            self._ask()
            self.shown_at = time.monotonic()
        if self.mode is not AnswerMode.TYPED or step.card is None:
            self.setFocus()
        self._update_speech()
        self.step_shown.emit()

    # -- editing ------------------------------------------------------------------------

    def edit(self) -> EditCardDialog | None:
        """Edit the card on screen; saving shows it again with the new text."""
        if self.card is None or self.busy:
            return None
        dialog = EditCardDialog(self.card.content, self)
        dialog.accepted.connect(lambda: self._save_edit(dialog))
        dialog.open()
        self.edit_dialog = dialog
        return dialog

    def _save_edit(self, dialog: EditCardDialog) -> None:
        if self.card is None or self.session is None:
            return
        card_id, session = self.card.id, self.session
        front, back, extra = dialog.texts()

        def run(ctx: OpContext) -> StudyCard:
            study.edit_card(ctx.db, card_id, front, back, extra)
            return session.card(card_id, self.clock())

        def done(card: StudyCard) -> None:
            revealed = self.revealed
            self.card = card
            self.front.setText(wrappable(card.content.front))
            self.back.setText(wrappable(card.content.back))
            self.extra.setText(
                wrappable(card.content.extra if card.content.extra != card.content.back else "")
            )
            if revealed:
                self.extra.setVisible(bool(self.extra.text()))
            self.edited.emit(card_id)

        self.runner.run(Op(run, success=done, failure=self._failed))

    # -- reading aloud ------------------------------------------------------------------

    def _update_speech(self) -> None:
        if self.card is None:
            problem: str | None = self.tr("No card on screen.")
        else:
            said = spoken(self.card.content, self.revealed)
            problem = (
                self.speech.why_not(said[1])
                if said is not None
                else self.tr("A gap sentence is read aloud once the answer is shown.")
            )
        self.speak_button.setEnabled(problem is None)
        self.speak_button.setToolTip(problem or self.tr("Read the card aloud"))

    def read_aloud(self) -> None:
        """Say the question, or the answer once it is shown, in its own language."""
        said = None if self.card is None else spoken(self.card.content, self.revealed)
        if said is not None:
            self.speech.say(*said)

    # -- answer modes ---------------------------------------------------------------------

    def set_mode(self, mode: AnswerMode) -> None:
        self.mode_box.setCurrentIndex(list(AnswerMode).index(mode))

    def _mode_changed(self, index: int) -> None:
        self.mode = list(AnswerMode)[index]
        if self.card is not None and not self.revealed:
            self._ask()

    def _ask(self) -> None:
        """Set up the answer area for the current card in the current mode."""
        card = self.card
        typing = False
        if card is None or self.mode is AnswerMode.FLIP:
            self.answer_area.setCurrentIndex(0)
            self.bottom.setCurrentIndex(0)
        elif self.mode is AnswerMode.TYPED:
            self.answer_area.setCurrentIndex(1)
            self.bottom.setCurrentIndex(2)
            self.typed.ask(card.content.back, card.content.target_lang)
            typing = True
        else:
            self.answer_area.setCurrentIndex(2)
            self.bottom.setCurrentIndex(2)
            if self.plan is not None:
                item = next(
                    (
                        QuizItem(c, card.content.deck, card.content.extra, True)
                        for c in self.plan.pools.get(card.content.deck, ())
                        if c.id == card.id
                    ),
                    None,
                )
                if item is not None:
                    question = self.plan.choices(item)
                    self.choice.ask(question.options, question.answer_index)
        for shortcut in self.typing_keys:
            shortcut.setEnabled(not typing)

    def _digit(self, digit: int) -> None:
        if self.mode is AnswerMode.CHOICE and not self.revealed:
            self.choice.pick(digit - 1)
        else:
            self.grade(Rating(digit))

    def _typed_graded(self, result: Grade) -> None:
        self._answered_by_mode(rating_for(result.verdict))

    def _choice_picked(self, right: bool) -> None:
        self._answered_by_mode(Rating.GOOD if right else Rating.AGAIN)

    def _answered_by_mode(self, rating: Rating) -> None:
        self.pending = rating
        self.revealed = True
        for widget in (self.rule, self.back):
            widget.setVisible(True)
        self.extra.setVisible(bool(self.extra.text()))
        name = self.rating_name(rating)
        self.continue_button.setText(self.tr("Continue: %1 (Enter)").replace("%1", name))
        self.bottom.setCurrentIndex(3)
        for shortcut in self.typing_keys:
            shortcut.setEnabled(True)
        self.setFocus()

    def _continue(self) -> None:
        if self.pending is not None:
            self.grade(self.pending)

    def _space(self) -> None:
        if self.pending is not None:
            self.grade(self.pending)
        elif self.revealed:
            self.grade(Rating.GOOD)
        elif self.mode is AnswerMode.FLIP:
            self.reveal()

    def reveal(self) -> None:
        if self.busy or self.card is None or self.revealed or self.mode is not AnswerMode.FLIP:
            return
        self.revealed = True
        for widget in (self.rule, self.back):
            widget.setVisible(True)
        self.extra.setVisible(bool(self.extra.text()))
        self.bottom.setCurrentIndex(1)
        self._update_speech()

    def grade(self, rating: Rating) -> None:
        if self.busy or self.card is None or not self.revealed or self.session is None:
            return
        self.busy = True
        session, card_id = self.session, self.card.id
        duration = int((time.monotonic() - self.shown_at) * 1000)
        mode = {
            AnswerMode.FLIP: StudyMode.FLIP,
            AnswerMode.TYPED: StudyMode.TYPED,
            AnswerMode.CHOICE: StudyMode.CHOICE,
        }[self.mode]

        def run(_ctx: OpContext) -> tuple[int, Step]:
            now = self.clock()
            done = session.answer(card_id, rating, now, duration_ms=duration, mode=mode)
            return done.review_id, _step(session, now)

        def success(result: tuple[int, Step]) -> None:
            review_id, step = result
            self.answered.emit(review_id)
            self._show(step)

        self.runner.run(Op(run, success=success, failure=self._failed))

    def _then_next(self, action: Callable[[StudySession, datetime], object]) -> None:
        if self.busy or self.session is None:
            return
        self.busy = True
        session = self.session

        def run(_ctx: OpContext) -> Step:
            now = self.clock()
            action(session, now)
            return _step(session, now)

        self.runner.run(Op(run, success=self._show, failure=self._failed))

    def undo(self) -> None:
        self._then_next(lambda session, now: session.undo(now))

    def bury(self) -> None:
        if self.card is not None:
            card_id = self.card.id
            self._then_next(lambda session, now: session.bury(card_id, now))

    def suspend(self) -> None:
        if self.card is not None:
            card_id = self.card.id
            self._then_next(lambda session, now: session.suspend(card_id, now))

    def flag(self, flag: int) -> None:
        if self.card is None:
            return
        card_id = self.card.id
        new_flag = 0 if self.card.content.flag == flag else flag

        def run(ctx: OpContext) -> None:
            study.set_flag(ctx.db, [card_id], new_flag)

        self.runner.run(Op(run, failure=self._failed))
