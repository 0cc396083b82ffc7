"""The reviewer follows what other screens changed (the browser, undo, settings), as Anki's
reviewer does: it rebuilds its queue when the queue changed, or redraws the card on screen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from flashcards.gui.ops import Op, OpContext
from flashcards.gui.reviewer.card_actions import replace_card
from flashcards.gui.reviewer.steps import Step, next_step
from flashcards.services.changes import Changes
from flashcards.services.study import StudyCard, StudySession

if TYPE_CHECKING:
    from flashcards.gui.reviewer.page import ReviewerPage


def on_changes(page: ReviewerPage, changes: Changes, source: object) -> None:
    """Follow changes made elsewhere (the browser, undo, settings): like Anki's reviewer,
    rebuild the queue when it changed, or redraw the card on screen when it did."""
    if source is page or not page.active or page.session is None or page.loading:
        return
    if changes.returned_card is not None or changes.study_queue or changes.config:
        rebuild(page, changes)
    elif changes.cards and page.card is not None and page.card.id in changes.card_ids:
        reload_card(page, page.card.id)


def study_next(page: ReviewerPage, card_id: int) -> None:
    """Show `card_id` next, when it is in today's queue of the deck being studied."""
    if page.session is not None and not page.loading:
        rebuild(page, Changes(), card_id)


def rebuild(page: ReviewerPage, changes: Changes, wanted: int | None = None) -> None:
    """Rebuild the queue on the worker, `wanted` (or the card brought back) first."""
    session, rules = page.session, page.rules
    assert session is not None and rules is not None
    keep = page.card.id if page.card is not None else None
    first = changes.returned_card if changes.returned_card is not None else keep
    first = wanted if wanted is not None else first
    mode, generation = page.mode, page._generation
    page.busy = True

    def run(ctx: OpContext) -> tuple[StudySession, Step]:
        now = page.clock()
        fresh = page.open_session(ctx.db) if changes.config or changes.decks else session
        fresh.refresh(now)
        if first is not None:
            fresh.show_first(first, now)
        return fresh, next_step(fresh, rules, now, mode)

    def done(result: tuple[StudySession, Step]) -> None:
        if generation != page._generation:
            return
        page.session, step = result
        returned = changes.returned_card
        if returned is not None and changes.schedule:
            page.answered_count = max(0, page.answered_count - 1)
        same = step.card is not None and page.card is not None and step.card.id == keep
        if same and returned is None and wanted is None and page.revealed:
            page.busy = False
            page._set_counts(step.counts)
            return  # the card on screen stays, answer shown
        page._show(step)

    page.runner.run(Op(run, success=done, failure=page._failed, source=page))


def reload_card(page: ReviewerPage, card_id: int) -> None:
    """Fetch the card on screen again (its text or flag changed elsewhere)."""
    session = page.session
    assert session is not None

    def run(_ctx: OpContext) -> StudyCard:
        return session.card(card_id, page.clock())

    page.runner.run(
        Op(run, success=lambda card: replace_card(page, card), failure=page._failed, source=page)
    )
