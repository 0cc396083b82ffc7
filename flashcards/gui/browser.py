"""The card browser: search and filter every card, see one's history, act on a selection."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from flashcards.gui.ops import Op, OpContext, OpRunner
from flashcards.gui.reviewer import Clock
from flashcards.gui.theme import native_language
from flashcards.scheduler.memory import format_interval
from flashcards.services import browse
from flashcards.services.browse import Action, BrowseQuery, BrowseRow, CardDetails, UndoToken
from flashcards.store.database import Database
from flashcards.types import CardKind

PAGE_SIZE = 200
_CONTEXT = "CardTable"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for Qt's lupdate (which looks for this name); translated when shown."""
    del context
    return text


FLAGS = (
    "",
    QT_TRANSLATE_NOOP("CardTable", "red"),
    QT_TRANSLATE_NOOP("CardTable", "orange"),
    QT_TRANSLATE_NOOP("CardTable", "green"),
    QT_TRANSLATE_NOOP("CardTable", "blue"),
    QT_TRANSLATE_NOOP("CardTable", "pink"),
    QT_TRANSLATE_NOOP("CardTable", "turquoise"),
    QT_TRANSLATE_NOOP("CardTable", "purple"),
)
# Words shown in cells, marked for translation (lupdate finds them here).
_WORDS = (
    QT_TRANSLATE_NOOP("CardTable", "new"),
    QT_TRANSLATE_NOOP("CardTable", "learning"),
    QT_TRANSLATE_NOOP("CardTable", "review"),
    QT_TRANSLATE_NOOP("CardTable", "relearning"),
    QT_TRANSLATE_NOOP("CardTable", "suspended"),
    QT_TRANSLATE_NOOP("CardTable", "buried"),
    QT_TRANSLATE_NOOP("CardTable", "deleted"),
    QT_TRANSLATE_NOOP("CardTable", "term"),
    QT_TRANSLATE_NOOP("CardTable", "definition"),
    QT_TRANSLATE_NOOP("CardTable", "technique"),
    QT_TRANSLATE_NOOP("CardTable", "linked term"),
    QT_TRANSLATE_NOOP("CardTable", "cloze"),
    QT_TRANSLATE_NOOP("CardTable", "contrast"),
    QT_TRANSLATE_NOOP("CardTable", "summary"),
)


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text) if text else text


FLAG_COLORS = ("", "#e03131", "#f08c00", "#2f9e44", "#1971c2", "#e64980", "#0ca678", "#7048e8")
Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
YES = QMessageBox.StandardButton.Yes


def state_text(row: BrowseRow) -> str:
    marks = (("suspended", row.suspended), ("buried", row.buried), ("deleted", row.retired))
    return ", ".join(_t(w) for w in [row.state.name.lower(), *(n for n, on in marks if on)])


def local_time(moment: datetime | None, with_time: bool = False) -> str:
    if moment is None:
        return ""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M" if with_time else "%Y-%m-%d")


#: Title, sort key, width and the cell's text (always plain: card text is never markup).
COLUMNS: tuple[tuple[str, str, int, Callable[[BrowseRow], str]], ...] = (
    (QT_TRANSLATE_NOOP("CardTable", "Question"), "front", 240, lambda r: " ".join(r.front.split())),
    (QT_TRANSLATE_NOOP("CardTable", "Answer"), "back", 170, lambda r: " ".join(r.back.split())),
    (QT_TRANSLATE_NOOP("CardTable", "Deck"), "deck", 60, lambda r: r.deck),
    (
        QT_TRANSLATE_NOOP("CardTable", "Kind"),
        "kind",
        70,
        lambda r: _t(r.kind.value.replace("_", " ")),
    ),
    (QT_TRANSLATE_NOOP("CardTable", "State"), "state", 90, state_text),
    (QT_TRANSLATE_NOOP("CardTable", "Due"), "due", 80, lambda r: local_time(r.due)),
    (
        QT_TRANSLATE_NOOP("CardTable", "Interval"),
        "interval",
        55,
        lambda r: format_interval(r.interval) if r.interval else "",
    ),
    (
        QT_TRANSLATE_NOOP("CardTable", "Flag"),
        "flag",
        50,
        lambda r: _t(FLAGS[r.flag]) if 0 <= r.flag < 8 else str(r.flag),
    ),
)


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

        self.runner.run(Op(run, success=done, failure=failed))

    def update_rows(self, rows: Sequence[BrowseRow]) -> None:
        """Show the new state of some cards where they are."""
        fresh = {r.id: r for r in rows}
        for i, old in enumerate(self.rows):
            if old.id in fresh:
                self.rows[i] = fresh[old.id]
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(COLUMNS) - 1))


class BrowserWindow(QDialog):
    """Every card in a lazily filled table with filters, a details pane and undoable actions."""

    loaded = Signal()  # a page of cards is in the table
    details_shown = Signal(int)  # a card's details are on screen
    acted = Signal(str)  # an action (or "undo", or "failed") is done and shown

    def __init__(self, runner: OpRunner, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner, self.clock = runner, clock
        self.setWindowTitle(self.tr("Browse cards"))
        self.resize(1200, 720)
        self.undo_stack: list[UndoToken] = []
        self.busy = False
        self._details_request = 0
        self.model = CardTableModel(runner, clock, self)
        layout = QVBoxLayout(self)
        layout.addLayout(self._filters())
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._table())
        splitter.addWidget(self._details())
        splitter.setSizes([800, 400])
        layout.addWidget(splitter, 1)
        layout.addLayout(self._actions())
        chain = [self.search, *self.combos, self.table, self.card_text, self.history, *self.buttons]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.model.page_loaded.connect(self._page_loaded)
        self.model.total_changed.connect(self._show_total)
        self.model.failed.connect(self.message.setText)
        self.runner.run(Op(lambda ctx: browse.filter_choices(ctx.db), success=self._fill_filters))
        self.model.reload()

    # -- layout ---------------------------------------------------------------------------

    def _filters(self) -> QHBoxLayout:
        self.search = QLineEdit(
            placeholderText=self.tr("Search question, answer and context"), clearButtonEnabled=True
        )
        self.search.setAccessibleName(self.tr("Search cards"))
        self._debounce = QTimer(self, singleShot=True, interval=300)
        self._debounce.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        kinds = [(k.value.replace("_", " "), k.value) for k in CardKind]
        flags = [(self.tr("no flag"), 0), *((FLAGS[i], i) for i in range(1, 8))]
        self.deck_box = self._combo(self.tr("Deck filter"), self.tr("All decks"), [])
        self.pair_box = self._combo(self.tr("Language filter"), self.tr("All languages"), [])
        self.kind_box = self._combo(self.tr("Kind filter"), self.tr("All kinds"), kinds)
        states = [(s, s) for s in browse.STATES]
        self.state_box = self._combo(self.tr("State filter"), self.tr("Any state"), states)
        self.flag_box = self._combo(self.tr("Flag filter"), self.tr("Any flag"), flags)
        self.combos = [self.deck_box, self.pair_box, self.kind_box, self.state_box, self.flag_box]
        row = QHBoxLayout()
        row.addWidget(self.search, 3)
        for box in self.combos:
            row.addWidget(box, 1)
        return row

    def _combo(self, name: str, everything: str, items: list[tuple[str, Any]]) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(name)
        for text, value in [(everything, None), *items]:
            box.addItem(text, value)
        box.currentIndexChanged.connect(self.apply_filters)
        return box

    def _table(self) -> QTableView:
        self.table = QTableView(wordWrap=False)
        self.table.setAccessibleName(self.tr("Cards"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        for column, (_, _, width, _) in enumerate(COLUMNS):
            header.resizeSection(column, width)
        for column in (0, 1):  # question and answer share the rest
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # by id: the order of creation
        self.table.setSortingEnabled(True)
        selection = self.table.selectionModel()
        selection.currentRowChanged.connect(self._current_changed)
        selection.selectionChanged.connect(lambda *_: self._update_buttons())
        return self.table

    def _details(self) -> QWidget:
        self.card_text = QPlainTextEdit(readOnly=True, tabChangesFocus=True)
        self.card_text.setAccessibleName(self.tr("Card text and sources"))
        self.schedule_info = self._label(self.tr("Scheduling"))
        self.schedule_info.setWordWrap(False)
        self.history = QTableWidget(0, 6)
        self.history.setAccessibleName(self.tr("Review history"))
        titles = ("Date", "Type", "Rating", "State", "Due", "Time")
        self.history.setHorizontalHeaderLabels([self.tr(t) for t in titles])
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.verticalHeader().hide()
        self.history.horizontalHeader().setStretchLastSection(True)
        pane = QWidget()
        column = QVBoxLayout(pane)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.card_text, 3)
        column.addWidget(self.schedule_info)
        column.addWidget(self.history, 2)
        return pane

    def _actions(self) -> QHBoxLayout:
        self.suspend_button = self._button(self.tr("Suspend (Ctrl+J)"), self.toggle_suspend)
        self.reset_button = self._button(self.tr("Reset to new (Ctrl+Alt+N)"), self.reset_selected)
        self.delete_button = self._button(self.tr("Delete (Del)"), self.delete_selected)
        self.undo_button = self._button(self.tr("Undo (Ctrl+Z)"), self.undo)
        self.buttons = [self.suspend_button, self.reset_button, self.delete_button]
        self.buttons.append(self.undo_button)
        self.message = self._label(self.tr("Last action"))
        self.total_label = self._label(self.tr("Number of cards"))
        row = QHBoxLayout()
        for button in self.buttons:
            row.addWidget(button)
        row.addWidget(self.message, 1)
        row.addWidget(self.total_label)
        for keys, slot in (
            ("Ctrl+J", self.toggle_suspend),
            ("Ctrl+Alt+N", self.reset_selected),
            ("Del", self.delete_selected),
            ("Ctrl+Z", self.undo),
            ("Ctrl+F", self.search.setFocus),
        ):
            QShortcut(QKeySequence(keys), self).activated.connect(lambda slot=slot: slot())
        self._update_buttons()
        return row

    def _label(self, name: str) -> QLabel:
        label = QLabel(textFormat=Qt.TextFormat.PlainText, wordWrap=True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleName(name)
        return label

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.split(" (")[0])
        button.clicked.connect(lambda: slot())  # not slot(checked): Delete must still confirm
        return button

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.search.setFocus()

    # -- filters and pages ----------------------------------------------------------------

    def _fill_filters(self, choices: tuple[list[str], list[tuple[str, str]]]) -> None:
        decks, pairs = choices  # (adding items leaves the current one: no new search)
        for name in decks:
            self.deck_box.addItem(name, name)
        for source, target in pairs:
            label = f"{native_language(source)} → {native_language(target)}"
            self.pair_box.addItem(label, (source, target))

    def current_query(self) -> BrowseQuery:
        source, target = self.pair_box.currentData() or (None, None)
        kind, flag = self.kind_box.currentData(), self.flag_box.currentData()
        return BrowseQuery(
            text=self.search.text(),
            deck=self.deck_box.currentData(),
            source_lang=source,
            target_lang=target,
            kind=CardKind(kind) if kind else None,
            state=self.state_box.currentData(),
            flag=None if flag is None else int(flag),
        )

    def apply_filters(self) -> None:
        self._debounce.stop()
        query = self.current_query()
        if query != self.model.query:
            self.model.query = query
            self.model.reload()

    def _page_loaded(self) -> None:
        self._update_buttons()
        self.loaded.emit()

    def _show_total(self, total: int) -> None:
        text = self.tr("1 card") if total == 1 else self.tr("%1 cards").replace("%1", f"{total:,}")
        self.total_label.setText(text)

    # -- details --------------------------------------------------------------------------

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and current.row() < len(self.model.rows):
            self.show_details(self.model.rows[current.row()].id)

    def show_details(self, card_id: int) -> None:
        self._details_request += 1
        request = self._details_request

        def run(ctx: OpContext) -> CardDetails:
            return browse.card_details(ctx.db, card_id, self.clock())

        def done(details: CardDetails) -> None:
            if request == self._details_request:
                self._fill_details(details)
                self.details_shown.emit(details.row.id)

        self.runner.run(Op(run, success=done, failure=lambda exc: self.message.setText(str(exc))))

    def _fill_details(self, details: CardDetails) -> None:
        row, memory = details.row, details.memory
        languages = f"{native_language(row.source_lang)} → {native_language(row.target_lang)}"
        sections = [
            (self.tr("Question"), row.front),
            (self.tr("Answer"), row.back),
            (self.tr("Context"), details.extra),
            (self.tr("Card"), f"{row.deck} · {row.kind.value} · {languages} · #{row.id}"),
            (self.tr("Source files"), "\n".join(details.source_files) or "—"),
        ]
        self.card_text.setPlainText("\n\n".join(f"{t}\n{text}" for t, text in sections if text))
        lines = [(self.tr("State"), state_text(row))]
        lines.append((self.tr("Due"), local_time(memory.due, with_time=True) or "—"))
        if memory.stability is not None and memory.difficulty is not None:
            lines.append((self.tr("Stability"), f"{memory.stability:.1f} d"))
            lines.append((self.tr("Difficulty"), f"{memory.difficulty:.2f}"))
        if details.retrievability is not None:
            lines.append((self.tr("Retrievability"), f"{details.retrievability:.0%}"))
        lines.append((self.tr("Reviews, lapses"), f"{memory.reps}, {memory.lapses}"))
        self.schedule_info.setText("\n".join(f"{name}: {value}" for name, value in lines))
        self.history.setRowCount(len(details.history))
        for i, entry in enumerate(reversed(details.history)):
            cells = (
                local_time(entry.reviewed_at, with_time=True),
                entry.kind,
                entry.rating.name.title() if entry.rating else "—",
                f"{entry.state_before.name.lower()} → {entry.state_after.name.lower()}",
                local_time(entry.due_after),
                f"{entry.duration_ms / 1000:.1f} s" if entry.duration_ms else "",
            )
            for column, text in enumerate(cells):
                self.history.setItem(i, column, QTableWidgetItem(text))
        self.history.resizeColumnsToContents()

    # -- actions --------------------------------------------------------------------------

    def selected_rows(self) -> list[BrowseRow]:
        picked = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.rows[i] for i in picked if i < len(self.model.rows)]

    def _update_buttons(self) -> None:
        rows = self.selected_rows()
        unsuspend = bool(rows) and all(r.suspended for r in rows)
        self.suspend_button.setText(
            self.tr("Unsuspend (Ctrl+J)") if unsuspend else self.tr("Suspend (Ctrl+J)")
        )
        for button in self.buttons[:3]:
            button.setEnabled(bool(rows) and not self.busy)
        self.undo_button.setEnabled(bool(self.undo_stack) and not self.busy)

    def toggle_suspend(self) -> None:
        rows = self.selected_rows()
        unsuspend = bool(rows) and all(r.suspended for r in rows)
        self._act("unsuspend" if unsuspend else "suspend", [r.id for r in rows])

    def reset_selected(self) -> None:
        self._act("reset", [r.id for r in self.selected_rows()])

    def delete_selected(self, confirm: bool = True) -> None:
        """Delete (retire) the selected cards, after asking unless `confirm` is False."""
        ids = [r.id for r in self.selected_rows()]
        question = self.tr(
            "Delete %1 card(s)? They leave every deck and queue; their history is kept, "
            "and Undo (Ctrl+Z) brings them back."
        ).replace("%1", str(len(ids)))
        asked = confirm and ids and not self.busy
        if asked and QMessageBox.question(self, self.tr("Delete cards"), question) != YES:
            return
        self._act("delete", ids)

    def _act(self, action: Action, ids: list[int]) -> None:
        def work(db: Database, now: datetime) -> UndoToken:
            return browse.apply(db, action, ids, now)

        self._change(action, ids, work, reload=action == "delete")

    def undo(self) -> None:
        """Take back the last action on this window's cards."""
        if self.undo_stack and not self.busy:
            token = self.undo_stack.pop()

            def work(db: Database, _now: datetime) -> None:
                browse.undo(db, token)

            self._change("undo", list(token.card_ids), work, token.action == "delete")

    def _change(
        self, name: str, ids: list[int], work: Callable[[Database, datetime], object], reload: bool
    ) -> None:
        """Run an action (or undo) on the worker, then show the cards' new state.

        After a delete, or its undo, the search runs again (as in Anki): cards leave or
        come back; otherwise the rows change in place, even if they no longer match.
        """
        if self.busy or not ids:
            return
        self._set_busy(True)

        def run(ctx: OpContext) -> tuple[object, list[BrowseRow]]:
            now = self.clock()
            return work(ctx.db, now), browse.rows_by_id(ctx.db, ids, now)

        def done(result: tuple[object, list[BrowseRow]]) -> None:
            token, rows = result
            if isinstance(token, UndoToken):
                self.undo_stack.append(token)
            self.model.reload() if reload else self.model.update_rows(rows)
            self._set_busy(False)
            text = self.tr("%1: %2 card(s)").replace("%1", self.tr(name).capitalize())
            self.message.setText(text.replace("%2", str(len(ids))))
            current = self.table.currentIndex()
            if current.isValid():
                self._current_changed(current, current)
            self.acted.emit(name)

        self.runner.run(Op(run, success=done, failure=self._failed))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._update_buttons()

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        self.message.setText(str(exc))
        self.acted.emit("failed")
