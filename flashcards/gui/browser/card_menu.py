"""The browser's right-click menu of the selected cards' actions (keys shown), and its
"Mark card bad…" (Ctrl+Shift+X): the dialog that asks why, then the card leaves the list."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtWidgets import QMenu

from flashcards.gui.bad_card_dialog import BadCardDialog, Candidate, ask_and_mark, marked_text
from flashcards.gui.notice import notice
from flashcards.gui.texts import QT_TRANSLATE_NOOP
from flashcards.services.bad_cards import BadMark
from flashcards.services.changes import Changed

if TYPE_CHECKING:
    from flashcards.gui.browser.window import BrowserWindow

# The browser's key for it (X alone types into the search).
KEY = "Ctrl+Shift+X"


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


def context_menu(window: BrowserWindow, where: QPoint) -> QMenu | None:
    """The selected cards' actions, with their keys, at `where` in the table."""
    rows = window.selected_rows()
    if not rows or window.busy:
        return None
    unsuspend = all(r.suspended for r in rows)
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
            _t(QT_TRANSLATE_NOOP("BrowserWindow", "Mark card bad…")),
            KEY,
            window.mark_bad,
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
