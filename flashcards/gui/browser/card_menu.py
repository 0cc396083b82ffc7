"""The browser's right-click menu of the selected cards' actions (keys shown), its
"Mark card bad…" (Ctrl+Shift+X): the dialog that asks why, then the card leaves the list,
and "Unmark bad" (Ctrl+Shift+U): a card marked bad is active again, its report deleted."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtWidgets import QMenu

from flashcards.gui.bad_card_dialog import BadCardDialog, Candidate, ask_and_mark, marked_text
from flashcards.gui.notice import notice
from flashcards.gui.ops import Op, OpContext
from flashcards.gui.texts import QT_TRANSLATE_NOOP
from flashcards.services.bad_cards import BadMark, Unmarked, unmark_bad
from flashcards.services.changes import Changed

if TYPE_CHECKING:
    from flashcards.gui.browser.window import BrowserWindow

# The browser's keys for them (X alone types into the search).
KEY = "Ctrl+Shift+X"
UNMARK_KEY = "Ctrl+Shift+U"


def _t(text: str) -> str:
    return QCoreApplication.translate("BrowserWindow", text)


def mark_bad(window: BrowserWindow) -> BadCardDialog | None:
    """Ask why the selected card is bad; then it is retired and the search runs again."""
    rows = window.selected_rows()
    if window.busy or not rows:
        return None
    if len(rows) > 1:
        notice(window, _t(QT_TRANSLATE_NOOP("BrowserWindow", "Select one card to mark bad.")))
        return None
    row = rows[0]

    def done(_result: Changed[BadMark]) -> None:
        window.message.setText(marked_text())
        window.model.reload()
        window.acted.emit("mark_bad")

    card = Candidate(row.id, row.kind, row.front, row.back)
    window.bad_dialog = ask_and_mark(window, window.runner, window.clock, card, "", done)
    return window.bad_dialog


def unmark(window: BrowserWindow) -> None:
    """The selected card marked bad is active again and its report deleted (undoable)."""
    rows = window.selected_rows()
    if window.busy or not rows:
        return
    if len(rows) > 1 or not rows[0].marked_bad:
        text = QT_TRANSLATE_NOOP("BrowserWindow", "Select one card marked bad to unmark it.")
        notice(window, _t(text))
        return
    card_id = rows[0].id
    window.set_busy(True)

    def run(ctx: OpContext) -> Changed[Unmarked]:
        return unmark_bad(ctx.db, card_id)

    def done(_result: Changed[Unmarked]) -> None:
        window.set_busy(False)
        text = _t(
            QT_TRANSLATE_NOOP(
                "BrowserWindow", "Card unmarked: it is active again and its report is deleted"
            )
        )
        window.message.setText(text)
        notice(window, text)
        window.model.reload()  # it leaves the cards marked bad
        window.acted.emit("unmark_bad")

    window.runner.run(Op(run, success=done, failure=window.failed, source=window))


def context_menu(window: BrowserWindow, where: QPoint) -> QMenu | None:
    """The selected cards' actions, with their keys, at `where` in the table."""
    rows = window.selected_rows()
    if not rows or window.busy:
        return None
    unsuspend = all(r.suspended for r in rows)
    bad = len(rows) == 1 and rows[0].marked_bad
    menu = QMenu(window)
    # The key after a tab is only shown: the window's shortcuts do the work.
    for text, key, slot, enabled in (
        (
            _t(QT_TRANSLATE_NOOP("BrowserWindow", "Unsuspend"))
            if unsuspend
            else _t(QT_TRANSLATE_NOOP("BrowserWindow", "Suspend")),
            "Ctrl+J",
            window.toggle_suspend,
            True,
        ),
        (
            _t(QT_TRANSLATE_NOOP("BrowserWindow", "Reset to new")),
            "Ctrl+Alt+N",
            window.reset_selected,
            True,
        ),
        (_t(QT_TRANSLATE_NOOP("BrowserWindow", "Delete…")), "Del", window.delete_selected, True),
        (
            _t(QT_TRANSLATE_NOOP("BrowserWindow", "Unmark bad"))
            if bad
            else _t(QT_TRANSLATE_NOOP("BrowserWindow", "Mark card bad…")),
            UNMARK_KEY if bad else KEY,
            window.unmark_bad if bad else window.mark_bad,
            len(rows) == 1,
        ),
        (
            _t(QT_TRANSLATE_NOOP("BrowserWindow", "Show in article")),
            "Ctrl+R",
            window.show_in_article,
            len(rows) == 1,
        ),
    ):
        action = menu.addAction(f"{text}\t{key}")
        action.setEnabled(enabled)
        action.triggered.connect(lambda _=False, slot=slot: slot())
    menu.popup(window.table.viewport().mapToGlobal(where))
    window.card_menu = menu
    return menu
