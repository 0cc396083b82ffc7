"""The browser's table: the matching cards, a page at a time from the worker, plain-text cells."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from flashcards.gui.ops import Clock, Op, OpContext, OpRunner
from flashcards.gui.texts import (
    FLAG_COLORS,
    QT_TRANSLATE_NOOP,
    date_time,
    flag_name,
    interval,
    kind_name,
    short_date,
    state_name,
)
from flashcards.services import browse
from flashcards.services.browse import BrowseQuery, BrowseRow

PAGE_SIZE = 200
_CONTEXT = "CardTable"
Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole

_MARKS = (
    QT_TRANSLATE_NOOP("CardTable", "suspended"),
    QT_TRANSLATE_NOOP("CardTable", "buried"),
    QT_TRANSLATE_NOOP("CardTable", "deleted"),
)
_MARKED_BAD = QT_TRANSLATE_NOOP("CardTable", "marked bad")


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text) if text else text


def state_text(row: BrowseRow) -> str:
    """ "review", "new, suspended": the state and the marks a card carries, translated."""
    deleted = row.retired and not row.marked_bad  # a card marked bad is retired, not deleted
    marks = zip(_MARKS, (row.suspended, row.buried, deleted), strict=True)
    shown = [state_name(row.state), *(_t(name) for name, on in marks if on)]
    return ", ".join(shown + [_t(_MARKED_BAD)] * row.marked_bad)


def local_time(moment: datetime | None, with_time: bool = False) -> str:
    if moment is None:
        return ""
    return date_time(moment) if with_time else short_date(moment)


#: Title, sort key, width and the cell's text (always plain: card text is never markup).
COLUMNS: tuple[tuple[str, str, int, Callable[[BrowseRow], str]], ...] = (
    (QT_TRANSLATE_NOOP("CardTable", "Question"), "front", 240, lambda r: " ".join(r.front.split())),
    (QT_TRANSLATE_NOOP("CardTable", "Answer"), "back", 170, lambda r: " ".join(r.back.split())),
    (QT_TRANSLATE_NOOP("CardTable", "Deck"), "deck", 60, lambda r: r.deck),
    (QT_TRANSLATE_NOOP("CardTable", "Kind"), "kind", 70, lambda r: kind_name(r.kind)),
    (QT_TRANSLATE_NOOP("CardTable", "State"), "state", 90, state_text),
    (QT_TRANSLATE_NOOP("CardTable", "Due"), "due", 80, lambda r: local_time(r.due)),
    (
        QT_TRANSLATE_NOOP("CardTable", "Interval"),
        "interval",
        55,
        lambda r: interval(r.interval) if r.interval else "",
    ),
    (QT_TRANSLATE_NOOP("CardTable", "Flag"), "flag", 50, lambda r: flag_name(r.flag)),
)


def samples(key: str) -> list[str]:
    """The widest texts a column can show (in the interface language), for its width: every
    kind, state and flag name, a long date and interval; nothing for the free-text columns."""
    from flashcards.gui.texts import FLAG_COLORS
    from flashcards.types import CardKind, CardState

    if key == "kind":
        return [kind_name(kind) for kind in CardKind]
    if key == "state":
        return [state_name(state) for state in CardState]
    if key == "due":
        return [short_date(datetime(2026, 12, 28, 12).astimezone())]
    if key == "interval":
        return [interval(timedelta(days=days)) for days in (20, 200, 1000)]
    if key == "flag":
        return [flag_name(flag) for flag in range(1, len(FLAG_COLORS))]
    return []


class CardTableModel(QAbstractTableModel):
    """The matching cards, fetched a page at a time on the worker thread as the view scrolls."""

    page_loaded = Signal()
    total_changed = Signal(int)
    failed = Signal(str)

    def __init__(self, runner: OpRunner, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner, self.clock = runner, clock
        self.query = BrowseQuery()
        self.sort_key: tuple[str, bool] = ("id", True)
        self.rows: list[BrowseRow] = []
        self.total = 0
        self.loading = False
        self._generation = 0  # answers to older queries are dropped

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == DISPLAY:
            return _t(COLUMNS[section][0])
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], COLUMNS[index.column()]
        if role == DISPLAY:
            return column[3](row)
        if role == Qt.ItemDataRole.FontRole and (row.suspended or row.retired):
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and column[1] == "flag" and 0 < row.flag < 8:
            return QColor(FLAG_COLORS[row.flag])
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self.loading and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._load(len(self.rows), first=False)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        ascending = order == Qt.SortOrder.AscendingOrder
        key = ("id", True) if column < 0 else (COLUMNS[column][1], ascending)
        if key != self.sort_key:
            self.sort_key = key
            self.reload()

    def reload(self) -> None:
        """Count the matching cards and fetch the first page, anew."""
        self._generation += 1
        self.beginResetModel()
        self.rows, self.total = [], 0
        self.endResetModel()
        self._load(0, first=True)

    def _load(self, offset: int, first: bool) -> None:
        self.loading = True
        generation, query, sort = self._generation, self.query, self.sort_key

        def run(ctx: OpContext) -> tuple[int | None, list[BrowseRow]]:
            now = self.clock()
            total = browse.count(ctx.db, query, now) if first else None
            return total, browse.page(ctx.db, query, offset, PAGE_SIZE, sort, now)

        def done(result: tuple[int | None, list[BrowseRow]]) -> None:
            if generation != self._generation:
                return
            total, rows = result
            self.loading = False
            if total is not None:
                self.total = total
                self.total_changed.emit(total)
            if rows:
                self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
                self.rows.extend(rows)
                self.endInsertRows()
            self.page_loaded.emit()

        def failed(exc: Exception) -> None:
            if generation == self._generation:
                self.loading = False
                self.failed.emit(str(exc))

        self.runner.run(Op(run, success=done, failure=failed, source=self))

    def ids(self) -> set[int]:
        return {row.id for row in self.rows}

    def update_rows(self, rows: Sequence[BrowseRow]) -> None:
        """Show the new state of some cards where they are."""
        fresh = {r.id: r for r in rows}
        for i, old in enumerate(self.rows):
            if old.id in fresh:
                self.rows[i] = fresh[old.id]
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(COLUMNS) - 1))
