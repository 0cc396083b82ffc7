"""The reviewer's actions on the card on screen (bury, suspend, flag, edit, mark bad, its
recall): each runs as an operation and says what it did in a notice; the right-click menu
lists them with their keys."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtWidgets import QMenu

from flashcards.gui.bad_card_dialog import (
    KEY,
    BadCardDialog,
    Candidate,
    marked_text,
    not_generated_text,
)
from flashcards.gui.edit_dialog import EditCardDialog
from flashcards.gui.notice import notice
from flashcards.gui.ops import Op, OpContext
from flashcards.gui.texts import QT_TRANSLATE_NOOP, flag_name, number, percent
from flashcards.services import actions, bad_cards
from flashcards.services.changes import Changed
from flashcards.services.study import StudyCard, StudySession

if TYPE_CHECKING:
    from flashcards.gui.reviewer.page import ReviewerPage


def _t(text: str) -> str:
    return QCoreApplication.translate("ReviewerPage", text)  # the page's own strings


def leech_text(lapses: int, suspended: bool) -> str:
    """What the notice says of a card that became a leech."""
    text = _t(
        QT_TRANSLATE_NOOP("ReviewerPage", "Leech: forgotten %1 times. It is tagged “leech”.")
    ).replace("%1", number(lapses))
    if suspended:
        text += " " + _t(
            QT_TRANSLATE_NOOP(
                "ReviewerPage", "It is suspended until you unsuspend it in the browser."
            )
        )
    return text


def toggle_recall(page: ReviewerPage) -> None:
    """Show or hide the current card's retrievability (the chance of recalling it now)."""
    page.recall_label.setVisible(not page.recall_label.isVisible())
    show_recall(page)


def show_recall(page: ReviewerPage) -> None:
    r = None if page.card is None else page.card.retrievability
    page.recall_label.setText(
        _t(QT_TRANSLATE_NOOP("ReviewerPage", "Recall now: %1")).replace("%1", percent(r))
        if r is not None
        else _t(QT_TRANSLATE_NOOP("ReviewerPage", "Recall now: new card"))
    )


def bury(page: ReviewerPage) -> None:
    if page.card is not None:
        card_id = page.card.id
        page._then_step(
            lambda session, now: actions.bury(session, card_id, now),
            lambda _result: notice(
                page, _t(QT_TRANSLATE_NOOP("ReviewerPage", "Card buried until tomorrow"))
            ),
        )


def suspend(page: ReviewerPage) -> None:
    if page.card is not None:
        card_id = page.card.id
        page._then_step(
            lambda session, now: actions.suspend(session, card_id, now),
            lambda _result: notice(page, _t(QT_TRANSLATE_NOOP("ReviewerPage", "Card suspended"))),
        )


def flag(page: ReviewerPage, which: int) -> None:
    """Set flag `which` on the card on screen, or clear it if the card has it already."""
    if page.card is None or page.busy:
        return
    card_id = page.card.id

    def run(ctx: OpContext) -> Changed[int]:
        return actions.toggle_flag(ctx.db, card_id, which)

    def done(result: Changed[int]) -> None:
        new = result.value
        if page.card is not None and page.card.id == card_id:
            page.card = replace(page.card, content=replace(page.card.content, flag=new))
            page.view.set_flag(new)
        text = (
            _t(QT_TRANSLATE_NOOP("ReviewerPage", "Flag set: %1")).replace("%1", flag_name(new))
            if new
            else _t(QT_TRANSLATE_NOOP("ReviewerPage", "Flag removed"))
        )
        notice(page, text)

    page.runner.run(Op(run, success=done, failure=page._op_failed, source=page))


def edit(page: ReviewerPage) -> EditCardDialog | None:
    """Edit the card on screen; saving shows it again with the new text."""
    if page.card is None or page.busy:
        return None
    dialog = EditCardDialog(page.card.content, page)
    dialog.accepted.connect(lambda: save_edit(page, dialog))
    dialog.open()
    page.edit_dialog = dialog
    return dialog


def save_edit(page: ReviewerPage, dialog: EditCardDialog) -> None:
    if page.card is None or page.session is None:
        return
    card_id, session = page.card.id, page.session
    front, back, extra = dialog.texts()

    def run(ctx: OpContext) -> Changed[StudyCard]:
        result = actions.edit(ctx.db, card_id, front, back, extra)
        return Changed(session.card(card_id, page.clock()), result.changes, result.undo)

    def done(result: Changed[StudyCard]) -> None:
        replace_card(page, result.value)
        page.edited.emit(card_id)
        notice(page, _t(QT_TRANSLATE_NOOP("ReviewerPage", "Card saved")))

    page.runner.run(Op(run, success=done, failure=page._op_failed, source=page))


def replace_card(page: ReviewerPage, card: StudyCard) -> None:
    """New text or flags of the card on screen, keeping what is revealed."""
    if page.card is None or page.card.id != card.id:
        return
    revealed = page.revealed
    page.card = card
    page.view.show_card(card.content)
    if revealed:
        page.view.reveal()


def mark_bad(page: ReviewerPage) -> BadCardDialog | None:
    """Ask why the card on screen is bad; then it is retired for good and the next shown."""
    if page.card is None or page.busy:
        return None
    content = page.card.content
    if not bad_cards.generated(content):
        notice(page, not_generated_text())
        return None
    back = content.back if page.revealed else ""  # the dialog does not give the answer away
    candidate = Candidate(content.id, content.kind, content.front, back)
    dialog = BadCardDialog(candidate, page)
    dialog.accepted.connect(lambda: _mark(page, dialog))
    dialog.open()
    page.bad_dialog = dialog
    return dialog


def _mark(page: ReviewerPage, dialog: BadCardDialog) -> None:
    card_id, reason, note = dialog.card_id(), dialog.reason(), dialog.note_text()

    def action(session: StudySession, now: datetime) -> Changed[bad_cards.BadMark]:
        result = bad_cards.mark_bad(session.db, card_id, reason, now, note)
        session.drop(card_id, now)
        return result

    page._then_step(action, lambda _result: notice(page, marked_text()))


def context_menu(page: ReviewerPage, where: QPoint) -> QMenu | None:
    """The card's actions with their keys (as Anki's reviewer menu), at `where`."""
    if page.card is None or page.busy:
        return None
    menu = QMenu(page)
    # The key after a tab is only shown: the page's own shortcuts do the work.
    for text, key, slot in (
        (_t(QT_TRANSLATE_NOOP("ReviewerPage", "Edit card…")), "E", page.edit),
        (_t(QT_TRANSLATE_NOOP("ReviewerPage", "Bury until tomorrow")), "-", page.bury),
        (_t(QT_TRANSLATE_NOOP("ReviewerPage", "Suspend")), "@", page.suspend),
        (_t(QT_TRANSLATE_NOOP("ReviewerPage", "Mark card bad…")), KEY, page.mark_bad),
        (_t(QT_TRANSLATE_NOOP("ReviewerPage", "Show recall")), "I", page.toggle_recall),
    ):
        menu.addAction(f"{text}\t{key}").triggered.connect(lambda _=False, slot=slot: slot())
    menu.popup(page.mapToGlobal(where))
    page.card_menu = menu
    return menu
