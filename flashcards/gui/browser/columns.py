"""The browser table's column widths: each column as wide as its header and values in this
font and language, the question and answer sharing the rest of the table's width."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QStyle, QTableView

from flashcards.gui.browser.table import COLUMNS, CardTableModel, samples

FREE_TEXT = ("front", "back")  # the columns that share the table's width


class ColumnFitter(QObject):
    """Sizes the columns of `table` (showing `model`): once for their headers and possible
    values, again for the values of every page loaded, and on every resize of the table."""

    def __init__(self, table: QTableView, model: CardTableModel) -> None:
        super().__init__(table)
        self.table, self.model = table, model
        self.margin = 0
        self.measured = 0  # rows whose values were measured already
        self.fit_columns()
        self.viewport = table.viewport()
        self.viewport.installEventFilter(self)  # question and answer share the rest

    def fit_columns(self) -> None:
        """Columns as wide as their header (bold, as a selected column draws it) and their
        widest possible value in this font and language (`fit_rows` widens them for the
        values shown): nothing is cut at 14 or 20 pt in Turkish or Icelandic.  The question
        and answer share what is left."""
        header = self.table.horizontalHeader()
        self.table.ensurePolished()
        header.ensurePolished()
        bold = QFont(header.font())
        bold.setBold(True)
        heading, cells = QFontMetrics(bold), self.table.fontMetrics()
        self.margin = 2 * (self.table.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 4)
        self.measured = 0
        for column, (_, key, width, _) in enumerate(COLUMNS):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            needed = heading.horizontalAdvance(title) + self.margin
            needed = max([needed, *(self.cell_width(key, text) for text in samples(key))])
            scaled = width * cells.averageCharWidth() // 7  # the widths are for a 9 pt font
            header.resizeSection(column, max(needed, scaled if key in FREE_TEXT else 0))

    def fixed_width(self) -> int:
        """The width of every column but the question and the answer."""
        header = self.table.horizontalHeader()
        return sum(
            header.sectionSize(c) for c, column in enumerate(COLUMNS) if column[1] not in FREE_TEXT
        )

    def share_text_columns(self) -> None:
        """Question and answer share the width the other columns leave (3:2), each at least
        18 characters wide: at a large font the table scrolls sideways instead of
        squeezing them to nothing."""
        header = self.table.horizontalHeader()
        least = 18 * self.table.fontMetrics().averageCharWidth()
        room = self.table.viewport().width() - self.fixed_width()
        # 3:5 of it, short of what the answer's least leaves (else 6 px of sideways scrolling
        # in Icelandic at the default font).
        question = max(least, min(room * 3 // 5, room - least))
        header.resizeSection(0, question)
        header.resizeSection(1, max(least, room - question))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.viewport:
            self.share_text_columns()
        return super().eventFilter(watched, event)

    def cell_width(self, key: str, text: str) -> int:
        width = self.table.fontMetrics().horizontalAdvance(text) + self.margin
        if key == "flag" and text:
            width += self.table.iconSize().width() or self.table.fontMetrics().height()
        return width

    def fit_rows(self) -> None:
        """Widen a column (never past 30 characters) for a value it shows that is wider
        than its samples ("review, suspended, buried"); only rows not measured before."""
        header, rows = self.table.horizontalHeader(), self.model.rowCount()
        if rows < self.measured:
            self.measured = 0  # a new search
        most = 30 * self.table.fontMetrics().averageCharWidth()
        for column, (_, key, _, _) in enumerate(COLUMNS):
            if key in FREE_TEXT:
                continue
            texts = (
                self.model.data(self.model.index(row, column)) for row in range(self.measured, rows)
            )
            needed = max((self.cell_width(key, str(text or "")) for text in texts), default=0)
            if header.sectionSize(column) < needed:
                header.resizeSection(column, min(needed, most))
        self.measured = rows
        self.share_text_columns()

    def split(self, width: int) -> list[int]:
        """The table's and the details' share of `width`: two thirds for the table, more
        when its columns need it at a large font; for the details a fifth at least, and 34
        characters (at 14 pt the review history's date, rating, state and due need them)."""
        chars = self.table.fontMetrics().averageCharWidth()
        scroll_bar = self.table.verticalScrollBar().sizeHint().width()
        need = self.fixed_width() + 2 * 18 * chars + scroll_bar + 4
        table = min(max(width * 2 // 3, need), width - max(width // 5, 34 * chars))
        return [table, width - table]
