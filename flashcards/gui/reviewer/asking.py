"""How the reviewer asks the card on screen in the chosen answer mode (flip, typed, multiple
choice) and has a typed or chosen answer judged by the study service's answer rules."""

from __future__ import annotations

from typing import TYPE_CHECKING

from flashcards.gui.ops import Op, OpContext
from flashcards.gui.reviewer.answer_bar import AnswerBar
from flashcards.gui.reviewer.steps import MODES
from flashcards.quiz.choices import MultipleChoice
from flashcards.services.answers import Verdicted
from flashcards.services.study import StudyCard
from flashcards.types import Rating, StudyMode

if TYPE_CHECKING:
    from flashcards.gui.reviewer.page import ReviewerPage


def mode_chosen(page: ReviewerPage, index: int) -> None:
    """The mode box changed: answer in its mode from now on, the card on screen too."""
    mode = MODES[index]
    if mode is page.mode:
        return
    page.mode = mode
    page.mode_changed.emit(mode)
    if page.card is not None and not page.revealed:
        ask(page)


def ask(page: ReviewerPage) -> None:
    """Set up the answer area for the card on screen in the current mode."""
    card = page.card
    typing = card is not None and page.mode is StudyMode.TYPED
    page.typed.setVisible(typing)
    page.choice.setVisible(card is not None and page.mode is StudyMode.CHOICE)
    if card is None or page.mode is StudyMode.FLIP:
        page.bar.setCurrentIndex(AnswerBar.SHOW)
    elif typing:
        page.bar.setCurrentIndex(AnswerBar.NOTHING)
        page.typed.ask()
    else:
        page.bar.setCurrentIndex(AnswerBar.NOTHING)
        if page.question is not None and page.question.card_id == card.id:
            page.choice.ask(page.question.options, page.question.answer_index)
        else:
            fetch_question(page, card)
    for shortcut in page.typing_keys:  # the answer line needs Space, digits… for itself
        shortcut.setEnabled(not typing)
    if not typing:
        page.setFocus()


def fetch_question(page: ReviewerPage, card: StudyCard) -> None:
    """Ask the answer rules (on the worker) for `card`'s multiple-choice options."""
    rules = page.rules
    if rules is None:
        return
    page.choice.ask((), -1)

    def asked(question: MultipleChoice) -> None:
        if page.card is not None and page.card.id == question.card_id and not page.revealed:
            page.question = question
            if page.mode is StudyMode.CHOICE:
                page.choice.ask(question.options, question.answer_index)

    def run(_ctx: OpContext) -> MultipleChoice:
        return rules.choices(card.content)

    page.runner.run(Op(run, success=asked, failure=page._failed, source=page))


def typed_submitted(page: ReviewerPage, text: str) -> None:
    """Have the typed answer judged, then show the verdict and offer its rating."""
    card, rules = page.card, page.rules
    if card is None or rules is None:
        return
    duration, tolerate, easy = page._elapsed_ms(), page.tolerate_accents, page.easy_when_fast

    def run(_ctx: OpContext) -> Verdicted:
        return rules.typed(
            card.content,
            text,
            duration_ms=duration,
            tolerate_accents=tolerate,
            easy_when_fast=easy,
        )

    def judged(verdict: Verdicted) -> None:
        if page.card is card:
            page.typed.show_verdict(verdict)
            page.view.also_in_view = page.typed.result  # the marked answer, in view with it
            answered(page, verdict.rating)
            page.judged.emit(verdict)

    page.runner.run(Op(run, success=judged, failure=page._failed, source=page))


def choice_picked(page: ReviewerPage, index: int) -> None:
    """Have the option picked judged, then mark it and offer its rating."""
    card, rules, question = page.card, page.rules, page.question
    if card is None or rules is None or question is None:
        return
    duration, easy = page._elapsed_ms(), page.easy_when_fast

    def run(_ctx: OpContext) -> Verdicted:
        return rules.chosen(question, index, duration_ms=duration, easy_when_fast=easy)

    def judged(verdict: Verdicted) -> None:
        if page.card is card:
            page.choice.show_result(index)
            if index != page.choice.answer_index:  # the wrong pick, in view with the answer
                page.view.also_in_view = page.choice.buttons[index]
            answered(page, verdict.rating)
            page.judged.emit(verdict)

    page.runner.run(Op(run, success=judged, failure=page._failed, source=page))


def answered(page: ReviewerPage, rating: Rating) -> None:
    """A typed or chosen answer was judged `rating`: show the answer, offer to continue."""
    page.pending = rating
    page.view.reveal()
    page.bar.offer_continue(rating)
    for shortcut in page.typing_keys:
        shortcut.setEnabled(True)
    page.setFocus()
    page._update_speech()
