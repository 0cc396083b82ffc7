"""Selecting words in the reader: the current row's two sentences are selectable text (by
mouse, or by keyboard: →/← a word, Shift+→/← one word more or less), and the selection of
each column is kept while the cursor stays on the row."""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPalette, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTextEdit,
    QWidget,
)

_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
#: A selection's colour in a sentence (the row itself is in the highlight colour).
_MARKED = QColor(255, 213, 79)
_MARKED_TEXT = QColor(0, 0, 0)


class SentenceView(QTextEdit):
    """One side of the current row as selectable plain text; the keyboard stays with the
    table (the view never takes the focus)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.document().setDocumentMargin(2)
        self.viewport().setCursor(Qt.CursorShape.IBeamCursor)

    def span(self) -> tuple[int, int] | None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return cursor.selectionStart(), cursor.selectionEnd()

    def select(self, start: int, end: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)


class _Delegate(QStyledItemDelegate):
    """Makes the current row's cells selectable text, looking as the row does."""

    def __init__(self, table: QTableWidget) -> None:
        super().__init__(table)
        self.table = table

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        view = SentenceView(parent)
        item = self.table.item(index.row(), index.column())
        if item is not None:
            view.setFont(item.font())
            view.setPlainText(item.text())
        palette = view.palette()
        own = self.table.palette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(
                group, QPalette.ColorRole.Base, own.color(QPalette.ColorRole.Highlight)
            )
            palette.setColor(
                group, QPalette.ColorRole.Text, own.color(QPalette.ColorRole.HighlightedText)
            )
            palette.setColor(group, QPalette.ColorRole.Highlight, _MARKED)
            palette.setColor(group, QPalette.ColorRole.HighlightedText, _MARKED_TEXT)
        view.setPalette(palette)
        return view

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        pass  # the text is set once, when made: a refresh must not drop the selection

    def updateEditorGeometry(
        self,
        editor: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        editor.setGeometry(option.rect)


class RowSelection(QObject):
    """The selectable sentences of the reader table's current row, and what is selected."""

    changed = Signal()  # a selection was made, changed or dropped

    def __init__(self, table: QTableWidget) -> None:
        super().__init__(table)
        self.table = table
        self.delegate = _Delegate(table)
        table.setItemDelegate(self.delegate)
        self.row = -1

    def view(self, column: int) -> SentenceView | None:
        item = self.table.item(self.row, column) if self.row >= 0 else None
        if item is None:
            return None
        widget = self.table.indexWidget(self.table.indexFromItem(item))
        return widget if isinstance(widget, SentenceView) else None

    def follow(self, row: int) -> None:
        """Make `row` the selectable one (its selections start empty)."""
        if row == self.row and all(self.view(c) is not None for c in (0, 1) if self._has(row, c)):
            return
        self.close()
        self.row = row
        for column in (0, 1):
            item = self.table.item(row, column)
            if item is None or not item.text():
                continue
            self.table.openPersistentEditor(item)
            view = self.view(column)
            if view is not None:
                view.selectionChanged.connect(lambda c=column: self._mouse_selected(c))
                needed = int(view.document().size().height()) + 2
                if needed > self.table.rowHeight(row):
                    self.table.setRowHeight(row, needed)
        self.changed.emit()

    def _has(self, row: int, column: int) -> bool:
        item = self.table.item(row, column)
        return item is not None and bool(item.text())

    def close(self) -> None:
        if self.row < 0:
            return
        for column in (0, 1):
            item = self.table.item(self.row, column)
            if item is not None and self.table.isPersistentEditorOpen(item):
                self.table.closePersistentEditor(item)
        self.row = -1

    def span(self, column: int) -> tuple[int, int] | None:
        """What is selected in `column` of the current row: [start, end) of its text."""
        view = self.view(column)
        return view.span() if view is not None else None

    def select(self, column: int, start: int, end: int) -> None:
        view = self.view(column)
        if view is not None:
            view.select(start, end)

    def clear(self) -> None:
        for column in (0, 1):
            view = self.view(column)
            if view is not None:
                cursor = view.textCursor()
                cursor.clearSelection()
                view.setTextCursor(cursor)

    def _mouse_selected(self, column: int) -> None:
        view = self.view(column)
        if view is not None and view.span() is not None and column != self.table.currentColumn():
            self.table.setCurrentCell(self.row, column)  # the language selected in is current
        self.changed.emit()

    # -- keys -------------------------------------------------------------------------------

    def key(self, event: QKeyEvent) -> bool:
        """→/← select the next or previous word of the current sentence, Shift+→/← one word
        more or less; True when the key was one of them."""
        if event.key() not in (Qt.Key.Key_Right, Qt.Key.Key_Left):
            return False
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            return False
        view = self.view(max(self.table.currentColumn(), 0))
        if view is None:
            return True
        words = [(m.start(), m.end()) for m in _WORD.finditer(view.toPlainText())]
        if not words:
            return True
        forward = event.key() == Qt.Key.Key_Right
        span = view.span()
        if span is None:
            first = words[0] if forward else words[-1]
            view.select(*first)
        elif mods == Qt.KeyboardModifier.ShiftModifier:
            ends = [e for _, e in words]
            if forward:
                end = next((e for e in ends if e > span[1]), span[1])
            else:
                end = next((e for e in reversed(ends) if e < span[1] and e > span[0]), span[1])
            view.select(span[0], end)
        else:
            starts = [w for w in words if (w[0] > span[0] if forward else w[0] < span[0])]
            if starts:
                view.select(*(starts[0] if forward else starts[-1]))
        self.changed.emit()
        return True
