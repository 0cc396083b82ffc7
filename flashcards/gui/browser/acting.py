"""The browser's actions on the selected cards (suspend, reset, delete) run on the worker:
what each says it did, and the rows it shows afterwards."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from flashcards.gui.notice import notice
from flashcards.gui.ops import Op, OpContext
from flashcards.gui.texts import QT_TRANSLATE_NOOP, count_text
from flashcards.services import actions, browse
from flashcards.services.browse import Action, BrowseRow
from flashcards.services.changes import Changed

if TYPE_CHECKING:
    from flashcards.gui.browser.window import BrowserWindow

YES = QMessageBox.StandardButton.Yes


def _t(text: str) -> str:
    return QCoreApplication.translate("BrowserWindow", text)


def delete_selected(window: BrowserWindow, confirm: bool = True) -> None:
    """Delete (retire) the selected cards, after asking unless `confirm` is False."""
    ids = [r.id for r in window.selected_rows()]
    question = count_text(
        len(ids),
        _t(
            QT_TRANSLATE_NOOP(
                "BrowserWindow",
                "Delete 1 card? It leaves every deck and queue; its history is kept, "
                "and Undo (Ctrl+Z) brings it back.",
            )
        ),
        _t(
            QT_TRANSLATE_NOOP(
                "BrowserWindow",
                "Delete %1 cards? They leave every deck and queue; their history is kept, "
                "and Undo (Ctrl+Z) brings them back.",
            )
        ),
    )
    asked = confirm and ids and not window.busy
    title = _t(QT_TRANSLATE_NOOP("BrowserWindow", "Delete cards"))
    if asked and QMessageBox.question(window, title, question) != YES:
        return
    act(window, "delete", ids)


def action_text(action: Action, count: int) -> str:
    """What was done, for the notice and the message line: "2 cards suspended"."""
    one, many = {
        "suspend": (
            QT_TRANSLATE_NOOP("BrowserWindow", "1 card suspended"),
            QT_TRANSLATE_NOOP("BrowserWindow", "%1 cards suspended"),
        ),
        "unsuspend": (
            QT_TRANSLATE_NOOP("BrowserWindow", "1 card unsuspended"),
            QT_TRANSLATE_NOOP("BrowserWindow", "%1 cards unsuspended"),
        ),
        "reset": (
            QT_TRANSLATE_NOOP("BrowserWindow", "1 card reset to new"),
            QT_TRANSLATE_NOOP("BrowserWindow", "%1 cards reset to new"),
        ),
        "delete": (
            QT_TRANSLATE_NOOP("BrowserWindow", "1 card deleted"),
            QT_TRANSLATE_NOOP("BrowserWindow", "%1 cards deleted"),
        ),
    }[action]
    return count_text(count, _t(one), _t(many))


def act(window: BrowserWindow, action: Action, ids: list[int]) -> None:
    """Run an action on the worker, then show the cards' new state.

    After a delete (or its undo) the search runs again, as in Anki: cards leave or come
    back; otherwise the rows change in place, even if they no longer match.
    """
    if window.busy or not ids:
        return
    window.set_busy(True)
    clock = window.clock

    def run(ctx: OpContext) -> Changed[tuple[int, list[BrowseRow]]]:
        now = clock()
        result = actions.browser_action(ctx.db, action, ids, now)
        rows = browse.rows_by_id(ctx.db, ids, now)
        return Changed((result.value, rows), result.changes, result.undo)

    def done(result: Changed[tuple[int, list[BrowseRow]]]) -> None:
        count, rows = result.value
        if result.changes.card_set:
            window.model.reload()
        else:
            window.model.update_rows(rows)
        window.set_busy(False)
        text = action_text(action, count)
        window.message.setText(text)
        notice(window, text)
        window.refresh_current()
        window.acted.emit(action)

    window.runner.run(Op(run, success=done, failure=window.failed, source=window))
