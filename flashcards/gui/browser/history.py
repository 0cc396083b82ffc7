"""The browser's review-history table: its columns fit the details pane at any font."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from flashcards.gui.texts import compact_date, decimal, rating_name, state_name
from flashcards.records import LogEntry
from flashcards.services.study_now import ahead_of_due

# The columns in the order shown; hidden from the first of `DROPPABLE` on when the pane is
# too narrow for them even wrapped (each row's tooltip still says everything).
DATE, TYPE, RATING, STATE, DUE, TIME = range(6)
DROPPABLE = (TIME, TYPE, DUE)


class HistoryTable(QTableWidget):
    """One row a review, newest first: the date and time, its type, rating, the state it
    moved the card between, the next due date and the time taken.

    Columns are as wide as their text when the pane has room; otherwise the long ones wrap
    at spaces ("new → learning", the date over the time), then the answer time, the type
    and the due date are hidden (a rating then names a type other than review: "Good ·
    early review"; each row's tooltip has it all); there is never a horizontal scroll bar.
    """

    def __init__(self, log_kind: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(0, 6, parent)
        self.ratings: list[tuple[str, str]] = []
        self.log_kind = log_kind
        self.today: Callable[[], datetime] = datetime.now
        self.titles = [
            #: When a review was, the heading of a narrow column: short ("Dags." in Icelandic).
            self.tr("Date", "review history"),
            self.tr("Type"),
            self.tr("Rating"),
            self.tr("State"),
            self.tr("Due"),
            self.tr("Time"),
        ]
        self.setHorizontalHeaderLabels(self.titles)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setHighlightSections(False)  # never bold, never wider than measured
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.viewport().installEventFilter(self)

    def show_entries(self, entries: Sequence[LogEntry]) -> None:
        """The card's reviews, newest first, then the columns fitted to the pane."""
        self.setRowCount(len(entries))
        self.ratings = []  # each rating alone, and with its type
        this_year = self.today().astimezone().year
        for i, entry in enumerate(reversed(entries)):
            seconds = self.tr("%1 s").replace("%1", decimal((entry.duration_ms or 0) / 1000, 1))
            kind = self.tr("early review") if ahead_of_due(entry) else self.log_kind(entry.kind)
            rating = rating_name(entry.rating) if entry.rating else ""
            plain = entry.kind == "review" and not ahead_of_due(entry)
            typed = rating if plain else " · ".join(t for t in (rating, kind) if t)
            self.ratings.append((rating or "—", typed))
            cells = (
                compact_date(entry.reviewed_at, this_year, with_time=True),
                kind,
                rating or "—",
                f"{state_name(entry.state_before)} → {state_name(entry.state_after)}",
                compact_date(entry.due_after, this_year) if entry.due_after else "",
                seconds if entry.duration_ms else "",
            )
            named = zip(self.titles, cells, strict=True)
            whole = "\n".join(f"{title}: {text}" for title, text in named if text)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(whole)
                self.setItem(i, column, item)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.viewport():
            self.fit()
        return super().eventFilter(watched, event)

    def _texts(self, column: int, typed: bool = False) -> list[str]:
        if column == RATING:
            return [pair[typed] for pair in self.ratings]
        items = (self.item(row, column) for row in range(self.rowCount()))
        return [item.text() if item is not None else "" for item in items]

    def _widths(self, column: int, typed: bool = False) -> tuple[int, int]:
        """The column's width unwrapped, and the least it needs wrapped at spaces."""
        header = self.horizontalHeader()
        # A cell's text has the focus frame's margin and a pixel each side, and the grid
        # line; a heading its margin each side.
        style, metric = self.style(), QStyle.PixelMetric
        cell = 2 * (style.pixelMetric(metric.PM_FocusFrameHMargin, None, self) + 1) + 2
        margin = max(cell, 2 * style.pixelMetric(metric.PM_HeaderMargin, None, self) + 2)
        cells = self.fontMetrics()
        title = self.titles[column]
        full = least = QFontMetrics(header.font()).horizontalAdvance(title) + margin
        for text in self._texts(column, typed):
            full = max(full, cells.horizontalAdvance(text) + margin)
            # Wrapped at spaces only: not inside "3:03 PM" (a no-break space).
            words = (cells.horizontalAdvance(word) for word in text.split(" "))
            least = max(least, max(words, default=0) + margin)
        return full, least

    def fit(self) -> None:
        """Columns within the viewport's width: as wide as their text when there is room,
        else each at least its longest word (the rest shared by what wrapping needs), else
        without the answer time, then the type, then the due date."""
        room = self.viewport().width()
        if room <= 0:
            return
        measured = {c: self._widths(c) for c in range(self.columnCount())}
        typed_rating = self._widths(RATING, typed=True)  # when it names the type too

        def least_of(columns: list[int]) -> int:
            rating = measured[RATING] if TYPE in columns else typed_rating
            return sum(rating[1] if c == RATING else measured[c][1] for c in columns)

        shown = list(range(self.columnCount()))
        for dropped in DROPPABLE:
            if least_of(shown) <= room:
                break
            shown.remove(dropped)
        typed = TYPE not in shown  # then a rating says what was not a plain review
        if typed:
            measured[RATING] = typed_rating
        full = {c: measured[c][0] for c in shown}
        least = {c: measured[c][1] for c in shown}
        if sum(full.values()) <= room:
            widths = dict(full)
            widths[STATE] += room - sum(full.values())  # what is left, to the widest text
        elif sum(least.values()) <= room:
            spare, wanted = room - sum(least.values()), sum(full[c] - least[c] for c in shown)
            widths = {c: least[c] + spare * (full[c] - least[c]) // max(1, wanted) for c in shown}
        else:  # narrower than its words: each column shrinks alike, the text elided
            total = sum(least.values())
            widths = {c: least[c] * room // total for c in shown}
        for row, text in enumerate(self._texts(RATING, typed)):
            item = self.item(row, RATING)
            if item is not None:
                item.setText(text)
        header = self.horizontalHeader()
        for column in range(self.columnCount()):
            self.setColumnHidden(column, column not in shown)
            if column in shown:
                header.resizeSection(column, widths[column])
        self.resizeRowsToContents()
