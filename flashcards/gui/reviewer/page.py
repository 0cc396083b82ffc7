"""The reviewer: study a deck by keyboard; answers, bury, suspend, flags and edits as operations."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from datetime import datetime
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from flashcards.gui.bad_card_dialog import KEY as BAD_KEY
from flashcards.gui.bad_card_dialog import BadCardDialog
from flashcards.gui.edit_dialog import EditCardDialog
from flashcards.gui.notice import notice
from flashcards.gui.ops import Clock, Op, OpContext, OpRunner
from flashcards.gui.reviewer import asking, card_actions, following, header
from flashcards.gui.reviewer.answer_bar import AnswerBar
from flashcards.gui.reviewer.answers import ChoiceAnswer, TypedAnswer
from flashcards.gui.reviewer.card_view import CardView
from flashcards.gui.reviewer.steps import MODES, Step, next_step
from flashcards.gui.speech import Speech, spoken
from flashcards.quiz.choices import MultipleChoice
from flashcards.scheduler.queue import Counts
from flashcards.services import actions
from flashcards.services.answers import AnswerRules
from flashcards.services.changes import Changed, Changes
from flashcards.services.study import StudyCard, StudySession
from flashcards.services.study_now import StudyNow
from flashcards.store.database import Database
from flashcards.types import Rating, StudyMode

__all__ = ["MODES", "ReviewerPage", "Step"]


class ReviewerPage(QWidget):
    """Studies one deck with the keyboard: Space shows the answer, 1–4 grade."""

    finished = Signal()  # the user left the reviewer
    answered = Signal(int)  # review id, once durably stored
    step_shown = Signal()  # a new card (or the done screen) is on screen
    edited = Signal(int)  # a card's text was changed and stored
    mode_changed = Signal(object)  # the StudyMode chosen in the mode box
    judged = Signal(object)  # Verdicted: a typed or chosen answer was judged and shown

    CARD, DONE, LOADING = range(3)

    # The frame around the card, made by gui/reviewer/header.py.
    deck_label: QLabel
    mode_box: QComboBox
    speak_button: QPushButton
    recall_label: QLabel
    counts_label: QLabel
    loading_label: QLabel
    done_label: QLabel
    back_button: QPushButton

    def __init__(self, runner: OpRunner, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner, self.clock = runner, clock
        self.session: StudySession | None = None
        self.rules: AnswerRules | None = None
        self.card: StudyCard | None = None
        self.question: MultipleChoice | None = None
        self.pending: Rating | None = None
        self.busy = False
        self.loading = False
        self.active = False
        self.queued_reveal = False
        self.shown_at = time.monotonic()
        self.deck = ""
        self.mode = StudyMode.FLIP
        self.tolerate_accents = False
        self.easy_when_fast = False
        self.answered_count = 0
        #: Study now: these cards of the deck only, due or not (None: the deck's queue).
        self.chosen: tuple[int, ...] | None = None
        self.began = clock()
        self._generation = 0  # results of an older start are dropped
        self.speech = Speech(self)
        self.edit_dialog: EditCardDialog | None = None
        runner.changed.connect(self.on_changes)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(header.top_row(self))
        self.mode_box.currentIndexChanged.connect(self._mode_chosen)
        self.speak_button.clicked.connect(self.read_aloud)
        self.pages = QStackedWidget()
        self.pages.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        layout.addWidget(self.pages, 1)
        self.view = CardView()
        self.typed = TypedAnswer()
        self.typed.submitted.connect(self._typed_submitted)
        self.choice = ChoiceAnswer()
        self.choice.picked.connect(self._choice_picked)
        self.view.answer_area.addWidget(self.typed)
        self.view.answer_area.addWidget(self.choice)
        self.pages.addWidget(self.view)
        self.pages.addWidget(header.done_page(self))
        self.pages.addWidget(header.loading_page(self))
        self.bar = AnswerBar()
        self.bar.show_clicked.connect(self.reveal)
        self.bar.rated.connect(self.grade)
        self.bar.continue_clicked.connect(self._continue)
        layout.addWidget(self.bar)
        self._shortcuts()
        self.bad_dialog: BadCardDialog | None = None
        self.card_menu: QMenu | None = None
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(partial(card_actions.context_menu, self))

    # -- layout ---------------------------------------------------------------------------

    def mode_names(self) -> tuple[str, str, str]:
        return header.mode_names()

    def _shortcuts(self) -> None:
        def add(keys: str, slot: Callable[[], object]) -> QShortcut:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            return shortcut

        # Keys that typing an answer needs for itself while the answer line is open.
        self.typing_keys = [add(k, self._space) for k in ("Space", "Return", "Enter")]
        self.typing_keys += [add(str(int(r)), partial(self._digit, int(r))) for r in Rating]
        self.typing_keys += [add("-", self.bury), add("@", self.suspend)]
        self.typing_keys.append(add(BAD_KEY, self.mark_bad))
        add("R", self.read_aloud)
        add("E", self.edit)
        add("I", self.toggle_recall)
        add("Escape", self.finished.emit)
        for flag in range(1, 5):
            add(f"Ctrl+{flag}", partial(self.flag, flag))

    # -- flow -------------------------------------------------------------------------------

    def start(self, deck: str, cards: Sequence[int] | None = None) -> None:
        """Open a session on `deck` (on its `cards` only, due or not, when given): a loading
        page at once, then its first card."""
        self._generation += 1
        generation = self._generation
        self.chosen, self.began = None if cards is None else tuple(cards), self.clock()
        self.deck, self.active, self.loading, self.busy = deck, True, True, True
        self.session = self.rules = self.card = self.question = None
        self.pending, self.queued_reveal, self.answered_count = None, False, 0
        self.deck_label.setText(deck)
        self.counts_label.setText("")
        self.loading_label.setText(header.loading_text(deck))
        self.pages.setCurrentIndex(self.LOADING)
        self.bar.setCurrentIndex(AnswerBar.LOADING)
        self.typed.setVisible(False)
        for shortcut in self.typing_keys:  # no answer line yet: the keys are the reviewer's
            shortcut.setEnabled(True)
        self._update_speech()
        self.setFocus()
        mode = self.mode

        def run(ctx: OpContext) -> tuple[StudySession, AnswerRules, Step]:
            session = self.open_session(ctx.db)
            rules = AnswerRules(ctx.db)
            return session, rules, next_step(session, rules, self.clock(), mode)

        def started(result: tuple[StudySession, AnswerRules, Step]) -> None:
            if generation == self._generation and self.active:
                self.session, self.rules, step = result
                self.loading = False
                self._show(step)

        self.runner.run(Op(run, success=started, failure=self._failed, source=self))

    def open_session(self, db: Database) -> StudySession:
        """A session on the deck's queue, or on the cards chosen to study now (on the worker)."""
        if self.chosen is None:
            return StudySession(db, self.deck)
        return StudyNow(db, self.deck, self.chosen, self.began)

    def stop(self) -> None:
        """Leave the deck: changes elsewhere no longer rebuild its queue."""
        self.active = False
        self._generation += 1

    def _failed(self, exc: Exception) -> None:
        self.busy = self.loading = False
        if self.card is None and self.pages.currentIndex() == self.LOADING:
            self.loading_label.setText(str(exc))
        self.runner.error.emit(str(exc))

    def _set_counts(self, counts: Counts) -> None:
        header.set_counts(self, counts)

    def _show(self, step: Step) -> None:
        self.busy = False
        self.card, self.question, self.pending = step.card, step.question, None
        self._set_counts(step.counts)
        if step.card is None:
            self.pages.setCurrentIndex(self.DONE)
            self.bar.setCurrentIndex(AnswerBar.NOTHING)
            self.done_label.setText(
                header.done_text(self.answered_count, step.next_due, self.chosen is not None)
            )
            self.setFocus()
        else:
            self.pages.setCurrentIndex(self.CARD)
            self.view.show_card(step.card.content)
            self._show_recall()
            self.bar.set_intervals(step.card.intervals)
            self._ask()
            self.shown_at = time.monotonic()
            if self.queued_reveal and self.mode is StudyMode.FLIP:
                self.reveal()
        self.queued_reveal = False
        self._update_speech()
        self.step_shown.emit()

    @property
    def revealed(self) -> bool:
        return self.card is not None and self.view.revealed

    # -- answer modes (gui/reviewer/asking.py) ---------------------------------------------

    def set_mode(self, mode: StudyMode) -> None:
        """Answer in `mode` from now on (the mode box shows it)."""
        self.mode_box.setCurrentIndex(MODES.index(mode) if mode in MODES else 0)

    def _mode_chosen(self, index: int) -> None:
        asking.mode_chosen(self, index)

    def _ask(self) -> None:
        asking.ask(self)

    def _elapsed_ms(self) -> int:
        return int((time.monotonic() - self.shown_at) * 1000)

    def _typed_submitted(self, text: str) -> None:
        asking.typed_submitted(self, text)

    def _choice_picked(self, index: int) -> None:
        asking.choice_picked(self, index)

    def _digit(self, digit: int) -> None:
        if self.loading:
            self._ignored()
        elif self.mode is StudyMode.CHOICE and not self.revealed:
            self.choice.pick(digit - 1)
        else:
            self.grade(Rating(digit))

    def _continue(self) -> None:
        if self.pending is not None:
            self.grade(self.pending)

    def _space(self) -> None:
        if self.loading and self.mode is StudyMode.FLIP:
            self.queued_reveal = True  # kept: the answer shows as soon as the card is there
        elif self.loading:
            self._ignored()  # nothing to type into or choose from yet
        elif self.pending is not None:
            self.grade(self.pending)
        elif self.revealed:
            self.grade(Rating.GOOD)
        elif self.mode is StudyMode.FLIP:
            self.reveal()

    def _ignored(self) -> None:
        notice(self, self.tr("Still opening the deck: that key was ignored."))

    def reveal(self) -> None:
        if self.busy or self.card is None or self.revealed or self.mode is not StudyMode.FLIP:
            return
        self.view.reveal()
        self.bar.setCurrentIndex(AnswerBar.GRADES)
        self._update_speech()

    # -- operations -------------------------------------------------------------------------

    def _then_step(
        self,
        action: Callable[[StudySession, datetime], Changed[Any]],
        done: Callable[[Changed[Any]], object] | None = None,
    ) -> None:
        """Run `action` on the session, then show the next card."""
        session, rules = self.session, self.rules
        if self.busy or session is None or rules is None:
            return
        self.busy = True
        mode = self.mode

        def run(_ctx: OpContext) -> Changed[tuple[Any, Step]]:
            now = self.clock()
            result = action(session, now)
            step = next_step(session, rules, now, mode)
            return Changed((result.value, step), result.changes, result.undo)

        def success(result: Changed[tuple[Any, Step]]) -> None:
            value, step = result.value
            if done is not None:
                done(Changed(value, result.changes, result.undo))
            self._show(step)

        self.runner.run(Op(run, success=success, failure=self._op_failed, source=self))

    def _op_failed(self, exc: Exception) -> None:
        self.busy = False
        notice(self, str(exc))

    def grade(self, rating: Rating) -> None:
        if self.card is None or not self.revealed:
            return
        card_id, duration, mode = self.card.id, self._elapsed_ms(), self.mode

        def answer(session: StudySession, now: datetime) -> Changed[Any]:
            return actions.answer(session, card_id, rating, now, duration_ms=duration, mode=mode)

        def done(result: Changed[Any]) -> None:
            self.answered_count += 1
            self.answered.emit(result.value.review_id)
            if result.value.leech:
                notice(self, self.leech_text(result.value.memory.lapses, result.value.suspended))

        self._then_step(answer, done)

    # -- actions on the card (gui/reviewer/card_actions.py) --------------------------------

    def leech_text(self, lapses: int, suspended: bool) -> str:
        return card_actions.leech_text(lapses, suspended)

    def toggle_recall(self) -> None:
        card_actions.toggle_recall(self)

    def _show_recall(self) -> None:
        card_actions.show_recall(self)

    def bury(self) -> None:
        card_actions.bury(self)

    def suspend(self) -> None:
        card_actions.suspend(self)

    def flag(self, flag: int) -> None:
        """Set flag `flag` on the card on screen, or clear it if the card has it already."""
        card_actions.flag(self, flag)

    def edit(self) -> EditCardDialog | None:
        """Edit the card on screen; saving shows it again with the new text."""
        return card_actions.edit(self)

    def mark_bad(self) -> BadCardDialog | None:
        """X: the card on screen is bad (why?); it is retired for good, the next one shown."""
        return card_actions.mark_bad(self)

    # -- what other screens changed (gui/reviewer/following.py) ----------------------------

    def on_changes(self, changes: Changes, source: object) -> None:
        following.on_changes(self, changes, source)

    def study_next(self, card_id: int) -> None:
        """Show `card_id` next, when it is in today's queue of the deck being studied."""
        following.study_next(self, card_id)

    # -- reading aloud ----------------------------------------------------------------------

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
