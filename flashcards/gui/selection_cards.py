"""Cards from a selection in the reader: T makes a term pair of the words selected (both
directions as the deck is set), C a cloze of their sentence; shown to be added with Enter."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent

from flashcards.gui.add_dialog import SelectionCardDialog
from flashcards.gui.ops import Op, OpContext
from flashcards.gui.reader_selection import RowSelection
from flashcards.gui.texts import count_text
from flashcards.services import selection
from flashcards.services.reading import RowKind
from flashcards.services.selection import Draft, Selected
from flashcards.types import CardKind

if TYPE_CHECKING:
    from flashcards.gui.reader_window import ReaderWindow


class SelectionCards(QObject):
    """The reader's selection and the cards made from it."""

    drafted = Signal(object)  # the dialog of a selection's card(s) is open
    added = Signal(list)  # the ids of the cards a selection made

    def __init__(self, reader: ReaderWindow) -> None:
        super().__init__(reader)
        self.reader = reader
        self.rows = RowSelection(reader.table)
        self.dialog: SelectionCardDialog | None = None

    def key(self, event: QKeyEvent) -> bool:
        """→/←, Shift+→/← select words; T and C make cards of the selection."""
        if self.rows.key(event):
            return True
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        if event.key() == Qt.Key.Key_T:
            self.make(CardKind.TERM)
            return True
        if event.key() == Qt.Key.Key_C:
            self.make(CardKind.CLOZE)
            return True
        return False

    def selected(self) -> Selected | None:
        """What is selected in the current column (and in the other) of the current row."""
        reader, pair = self.reader, self.reader.pair
        row = reader.table.currentRow()
        if pair is None or not 0 <= row < len(pair.rows) or row != self.rows.row:
            return None
        column = max(reader.table.currentColumn(), 0)
        span = self.rows.span(column)
        if span is None or span[0] == span[1]:
            return None
        line = pair.rows[row]
        cells = (line.left, line.right)
        langs = (pair.left_lang, pair.right_lang)
        mine, other = cells[column], cells[1 - column]
        return Selected(
            pair.deck,
            pair.group_key,
            langs[column],
            mine.units,
            span[0],
            span[1],
            langs[1 - column],
            other.units,
            self.rows.span(1 - column),
            tuple(m.card_id for m in mine.cards),
        )

    def make(self, kind: CardKind) -> bool:
        """Propose the card(s) `kind` the selection makes (looked up on the worker)."""
        chosen = self.selected()
        if chosen is None:
            self.reader.hint.setText(
                self.tr(
                    "Select a word or phrase first (→/← and Shift+→, or the mouse), then T or C."
                )
            )
            return False
        line = self.reader.pair.rows[self.reader.table.currentRow()] if self.reader.pair else None
        if kind is CardKind.CLOZE and line is not None and line.kind is not RowKind.TEXT:
            self.reader.hint.setText(self.tr("A cloze is made from a sentence, not a heading."))
            return False
        draft = selection.draft_term if kind is CardKind.TERM else selection.draft_cloze
        self.reader.hint.setText(self.tr("Looking up the words in dictionary form…"))

        def run(ctx: OpContext) -> Draft:
            return draft(ctx.db, chosen)

        self.reader.runner.run(Op(run, success=self._drafted, failure=self.reader._failed))
        return True

    def _drafted(self, draft: Draft) -> None:
        self.reader.hint.setText(self.reader.keys_hint())
        dialog = SelectionCardDialog(self.reader.runner, draft, self.reader)
        dialog.added.connect(self._added)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        self.drafted.emit(dialog)

    def _added(self, ids: list[int]) -> None:
        count = len(ids)
        one = self.tr("Added %1 card: find it in the browser.")
        many = self.tr("Added %1 cards: find them in the browser.")
        self.reader.hint.setText(count_text(count, one, many))
        self.added.emit(ids)
