"""The card browser: search and filter every card, see one's history, act on a selection."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
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
from flashcards.types import CardKind

PAGE_SIZE = 200
COLUMNS = (
    ("Question", "front", 280),
    ("Answer", "back", 240),
    ("Deck", "deck", 90),
    ("Kind", "kind", 90),
    ("State", "state", 110),
    ("Due", "due", 90),
    ("Interval", "interval", 70),
    ("Flag", "flag", 80),
)
FLAGS = ("", "Red", "Orange", "Green", "Blue", "Pink", "Turquoise", "Purple")
FLAG_COLORS = ("", "#e03131", "#f08c00", "#2f9e44", "#1971c2", "#e64980", "#0ca678", "#7048e8")
Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole


def state_text(row: BrowseRow) -> str:
    marks = (("suspended", row.suspended), ("buried", row.buried), ("deleted", row.retired))
    return ", ".join([row.state.name.lower(), *(name for name, on in marks if on)])


def local_time(moment: datetime | None, with_time: bool = False) -> str:
    if moment is None:
        return ""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M" if with_time else "%Y-%m-%d")


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
            return self.tr(COLUMNS[section][0])
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        row, key = self.rows[index.row()], COLUMNS[index.column()][1]
        if role == DISPLAY:
            return self._text(row, key)  # plain strings only: card text is never markup
        if role == Qt.ItemDataRole.FontRole and (row.suspended or row.retired):
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and key == "flag" and 0 < row.flag < 8:
            return QColor(FLAG_COLORS[row.flag])
        return None

    def _text(self, row: BrowseRow, key: str) -> str:
        if key in ("front", "back"):
            return " ".join(getattr(row, key).split())
        if key == "kind":
            return self.tr(row.kind.value.replace("_", " "))
        if key == "state":
            return self.tr(state_text(row))
        if key == "due":
            return local_time(row.due)
        if key == "interval":
            return format_interval(row.interval) if row.interval else ""
        if key == "flag":
            return self.tr(FLAGS[row.flag]) if 0 <= row.flag < 8 else str(row.flag)
        return str(getattr(row, key))

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

    def search(self, query: BrowseQuery) -> None:
        self.query = query
        self.reload()

    def reload(self) -> None:
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
        """Show the new state of some cards in place."""
        fresh = {r.id: r for r in rows}
        for i, old in enumerate(self.rows):
            if old.id in fresh:
                self.rows[i] = fresh[old.id]
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(COLUMNS) - 1))

    def remove_ids(self, ids: Sequence[int]) -> None:
        gone = set(ids)
        for i in reversed(range(len(self.rows))):
            if self.rows[i].id in gone:
                self.beginRemoveRows(QModelIndex(), i, i)
                del self.rows[i]
                self.endRemoveRows()
                self.total -= 1
        self.total_changed.emit(self.total)


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
        self._build()
        self.model.page_loaded.connect(self._page_loaded)
        self.model.total_changed.connect(self._show_total)
        self.model.failed.connect(self.message.setText)
        self.runner.run(Op(lambda ctx: browse.filter_choices(ctx.db), success=self._fill_filters))
        self.model.reload()

    # -- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search question, answer and context"))
        self.search.setAccessibleName(self.tr("Search cards"))
        self.search.setClearButtonEnabled(True)
        self._debounce = QTimer(self, singleShot=True, interval=300)
        self._debounce.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        kinds = [(self.tr(k.value.replace("_", " ")), k.value) for k in CardKind]
        flags = [(self.tr(FLAGS[i]), i) for i in range(1, 8)]
        self.deck_box = self._combo(self.tr("Deck"), self.tr("All decks"), [])
        self.pair_box = self._combo(self.tr("Languages"), self.tr("All languages"), [])
        self.kind_box = self._combo(self.tr("Kind"), self.tr("All kinds"), kinds)
        states = [(self.tr(s), s) for s in browse.STATES]
        self.state_box = self._combo(self.tr("State"), self.tr("Any state"), states)
        flags.insert(0, (self.tr("No flag"), 0))
        self.flag_box = self._combo(self.tr("Flag"), self.tr("Any flag"), flags)
        self.retired_box = QCheckBox(self.tr("Show deleted"))
        self.retired_box.setAccessibleName(self.tr("Show deleted cards"))
        self.retired_box.toggled.connect(self.apply_filters)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for box in (self.deck_box, self.pair_box, self.kind_box, self.state_box, self.flag_box):
            filters.addWidget(box, 1)
        filters.addWidget(self.retired_box)

        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Cards"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        for column, (_, _, width) in enumerate(COLUMNS):
            header.resizeSection(column, width)
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        selection = self.table.selectionModel()
        selection.currentRowChanged.connect(self._current_changed)
        selection.selectionChanged.connect(lambda *_: self._update_buttons())

        details = QWidget()
        form = QFormLayout(details)
        self.front_text = self._text_box(self.tr("Question"))
        self.back_text = self._text_box(self.tr("Answer"))
        self.extra_text = self._text_box(self.tr("Context"))
        self.card_info, self.schedule_info = self._label(), self._label()
        self.history = QTableWidget(0, 6)
        self.history.setAccessibleName(self.tr("Review history"))
        self.history.setHorizontalHeaderLabels(
            [self.tr(t) for t in ("Date", "Type", "Rating", "State", "Due", "Time")]
        )
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.verticalHeader().hide()
        self.history.setMinimumHeight(140)
        for label, widget in (
            (self.tr("Question:"), self.front_text),
            (self.tr("Answer:"), self.back_text),
            (self.tr("Context:"), self.extra_text),
            (self.tr("Card:"), self.card_info),
            (self.tr("Schedule:"), self.schedule_info),
            (self.tr("History:"), self.history),
        ):
            form.addRow(label, widget)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(details)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(scroll)
        splitter.setSizes([760, 440])

        self.suspend_button = self._button(self.tr("Suspend (Ctrl+J)"), self.toggle_suspend)
        self.reset_button = self._button(self.tr("Reset to new (Ctrl+Alt+N)"), self.reset_selected)
        self.delete_button = self._button(self.tr("Delete (Del)"), self.delete_selected)
        self.undo_button = self._button(self.tr("Undo (Ctrl+Z)"), self.undo)
        self.message, self.total_label = self._label(), self._label()
        self.total_label.setAccessibleName(self.tr("Number of cards"))
        actions = QHBoxLayout()
        for button in (self.suspend_button, self.reset_button, self.delete_button):
            actions.addWidget(button)
        actions.addWidget(self.undo_button)
        actions.addWidget(self.message, 1)
        actions.addWidget(self.total_label)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(actions)
        chain = [self.search, self.deck_box, self.pair_box, self.kind_box, self.state_box]
        chain += [self.flag_box, self.retired_box, self.table, self.front_text, self.back_text]
        chain += [self.extra_text, self.history, self.suspend_button, self.reset_button]
        chain += [self.delete_button, self.undo_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        for keys, slot in (
            ("Ctrl+J", self.toggle_suspend),
            ("Ctrl+Alt+N", self.reset_selected),
            ("Del", self.delete_selected),
            ("Ctrl+Z", self.undo),
            ("Ctrl+F", self.search.setFocus),
        ):
            QShortcut(QKeySequence(keys), self).activated.connect(lambda slot=slot: slot())
        self._update_buttons()

    def _combo(self, name: str, everything: str, items: list[tuple[str, Any]]) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(self.tr("%1 filter").replace("%1", name))
        box.addItem(everything, None)
        for text, value in items:
            box.addItem(text, value)
        box.currentIndexChanged.connect(self.apply_filters)
        return box

    def _text_box(self, name: str) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setReadOnly(True)
        box.setAccessibleName(name)
        box.setTabChangesFocus(True)
        box.setMaximumHeight(90)
        return box

    def _label(self) -> QLabel:
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.split(" (")[0])
        button.clicked.connect(lambda: slot())  # not slot(checked): Delete would not confirm
        return button

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.search.setFocus()

    # -- filters and pages ----------------------------------------------------------------

    def _fill_filters(self, choices: tuple[list[str], list[tuple[str, str]]]) -> None:
        decks, pairs = choices
        for box in (self.deck_box, self.pair_box):
            box.blockSignals(True)
        for name in decks:
            self.deck_box.addItem(name, name)
        for source, target in pairs:
            label = f"{native_language(source)} → {native_language(target)}"
            self.pair_box.addItem(label, f"{source}>{target}")
        for box in (self.deck_box, self.pair_box):
            box.blockSignals(False)

    def current_query(self) -> BrowseQuery:
        pair = self.pair_box.currentData()
        source, target = pair.split(">") if pair else (None, None)
        kind = self.kind_box.currentData()
        flag = self.flag_box.currentData()
        return BrowseQuery(
            text=self.search.text(),
            deck=self.deck_box.currentData(),
            source_lang=source,
            target_lang=target,
            kind=CardKind(kind) if kind else None,
            state=self.state_box.currentData(),
            flag=None if flag is None else int(flag),
            include_retired=self.retired_box.isChecked(),
        )

    def apply_filters(self) -> None:
        self._debounce.stop()
        query = self.current_query()
        if query != self.model.query:
            self.model.search(query)

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

        def done(details: CardDetails) -> None:
            if request == self._details_request:
                self._fill_details(details)
                self.details_shown.emit(details.row.id)

        run: Callable[[OpContext], CardDetails] = lambda ctx: browse.card_details(  # noqa: E731
            ctx.db, card_id, self.clock()
        )
        self.runner.run(Op(run, success=done, failure=lambda exc: self.message.setText(str(exc))))

    def _fill_details(self, details: CardDetails) -> None:
        row, memory = details.row, details.memory
        self.front_text.setPlainText(row.front)
        self.back_text.setPlainText(row.back)
        self.extra_text.setPlainText(details.extra)
        languages = f"{native_language(row.source_lang)} → {native_language(row.target_lang)}"
        sources = "\n".join(details.source_files) or self.tr("(no source file)")
        self.card_info.setText(f"{row.deck} · {row.kind.value} · {languages}\n{sources}")
        lines = [(self.tr("State"), self.tr(state_text(row)))]
        lines.append((self.tr("Due"), local_time(memory.due, with_time=True) or "—"))
        if memory.stability is not None:
            lines.append((self.tr("Stability"), f"{memory.stability:.1f} d"))
        if memory.difficulty is not None:
            lines.append((self.tr("Difficulty"), f"{memory.difficulty:.2f}"))
        if details.retrievability is not None:
            lines.append((self.tr("Retrievability"), f"{details.retrievability:.0%}"))
        lines.append((self.tr("Reviews"), f"{memory.reps} · {self.tr('lapses')} {memory.lapses}"))
        self.schedule_info.setText("\n".join(f"{name}: {value}" for name, value in lines))
        self.history.setRowCount(len(details.history))
        for i, entry in enumerate(reversed(details.history)):
            cells = (
                local_time(entry.reviewed_at, with_time=True),
                self.tr(entry.kind),
                self.tr(entry.rating.name.title()) if entry.rating else "—",
                f"{entry.state_before.name.lower()} → {entry.state_after.name.lower()}",
                local_time(entry.due_after),
                f"{entry.duration_ms / 1000:.1f} s" if entry.duration_ms else "",
            )
            for column, text in enumerate(cells):
                self.history.setItem(i, column, QTableWidgetItem(text))
        self.history.resizeColumnsToContents()
        self.history.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

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
        for button in (self.suspend_button, self.reset_button, self.delete_button):
            button.setEnabled(bool(rows) and not self.busy)
        self.undo_button.setEnabled(bool(self.undo_stack) and not self.busy)

    def toggle_suspend(self) -> None:
        rows = self.selected_rows()
        if rows:
            unsuspend = all(r.suspended for r in rows)
            self._act("unsuspend" if unsuspend else "suspend", [r.id for r in rows])

    def reset_selected(self) -> None:
        self._act("reset", [r.id for r in self.selected_rows()])

    def delete_selected(self, confirm: bool = True) -> None:
        ids = [r.id for r in self.selected_rows()]
        if not ids or self.busy:
            return
        question = self.tr(
            "Delete %1 card(s)? They leave every deck and queue; their history is kept, "
            "and Undo (Ctrl+Z) brings them back."
        ).replace("%1", str(len(ids)))
        yes = QMessageBox.StandardButton.Yes
        if confirm and QMessageBox.question(self, self.tr("Delete cards"), question) != yes:
            return
        self._act("delete", ids)

    def _act(self, action: Action, ids: list[int]) -> None:
        if self.busy or not ids:
            return
        self._set_busy(True)

        def run(ctx: OpContext) -> tuple[UndoToken, list[BrowseRow]]:
            now = self.clock()
            token = browse.apply(ctx.db, action, ids, now)
            return token, browse.rows_by_id(ctx.db, ids, now)

        def done(result: tuple[UndoToken, list[BrowseRow]]) -> None:
            token, rows = result
            self.undo_stack.append(token)
            if action == "delete" and not self.model.query.include_retired:
                self.model.remove_ids(ids)
            else:
                self.model.update_rows(rows)
            self._finish(action, self.tr("%1: %2 card(s)").replace("%2", str(len(ids))))

        self.runner.run(Op(run, success=done, failure=self._failed))

    def undo(self) -> None:
        if self.busy or not self.undo_stack:
            return
        token = self.undo_stack.pop()
        self._set_busy(True)

        def run(ctx: OpContext) -> list[BrowseRow]:
            browse.undo(ctx.db, token)
            return browse.rows_by_id(ctx.db, token.card_ids, self.clock())

        def done(rows: list[BrowseRow]) -> None:
            if token.action == "delete":
                self.model.reload()  # the cards come back wherever they belong
            else:
                self.model.update_rows(rows)
            self._finish("undo", self.tr("Undone: %1").replace("%1", self.tr(token.action)))

        self.runner.run(Op(run, success=done, failure=self._failed))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._update_buttons()

    def _finish(self, action: str, message: str) -> None:
        self._set_busy(False)
        self.message.setText(message.replace("%1", self.tr(action).capitalize()))
        current = self.table.currentIndex()
        if current.isValid():
            self._current_changed(current, current)
        self.acted.emit(action)

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        self.message.setText(str(exc))
        self.acted.emit("failed")
