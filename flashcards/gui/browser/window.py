"""The card browser: search and filter every card, see one's details, act on a selection."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from flashcards.gui.bad_card_dialog import BadCardDialog
from flashcards.gui.browser import acting, card_menu
from flashcards.gui.browser.columns import ColumnFitter
from flashcards.gui.browser.details import DetailsPane
from flashcards.gui.browser.filters import FilterBar
from flashcards.gui.browser.table import CardTableModel
from flashcards.gui.flow import FlowLayout
from flashcards.gui.ops import Clock, Op, OpContext, OpRunner
from flashcards.gui.screen import keep_on_screen
from flashcards.gui.texts import count_text
from flashcards.gui.undo import UndoManager
from flashcards.services import browse
from flashcards.services.browse import Action, BrowseQuery, BrowseRow, CardDetails
from flashcards.services.changes import Changes
from flashcards.services.undo import UndoStep

if TYPE_CHECKING:
    from flashcards.gui.reader_window import ReaderWindow


class BrowserWindow(QDialog):
    """Every card in a lazily filled table with filters, a details pane and undoable actions.

    It follows what any operation changed (`OpRunner.changed`): rows of changed cards are
    redrawn in place; when cards were added, deleted or brought back, the search runs again.
    """

    loaded = Signal()  # a page of cards is in the table
    details_shown = Signal(int)  # a card's details are on screen
    acted = Signal(str)  # an action (or "undo", or "failed") is done and shown
    add_requested = Signal(object)  # Ctrl+E: the Add dialog, on this deck (None: any)

    def __init__(
        self,
        runner: OpRunner,
        clock: Clock,
        undo: UndoManager | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner, self.clock = runner, clock
        self.undo_manager = undo or UndoManager(runner, self)
        self.setWindowTitle(self.tr("Browse cards"))
        self.resize(1200, 720)
        self.busy = False
        self._undoing = False
        self._details_request = 0
        self.model = CardTableModel(runner, clock, self)
        layout = QVBoxLayout(self)
        self.filters = FilterBar()
        self.search, self.combos = self.filters.search, self.filters.combos
        self.deck_box, self.pair_box = self.filters.deck_box, self.filters.pair_box
        self.kind_box, self.state_box = self.filters.kind_box, self.filters.state_box
        self.flag_box = self.filters.flag_box
        self.filters.changed.connect(self.apply_filters)
        layout.addWidget(self.filters)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._table())
        self.details = DetailsPane(clock)
        self.card_text, self.history = self.details.card_text, self.details.history
        self.schedule_info = self.details.schedule_info
        splitter.addWidget(self.details)
        splitter.setSizes(self.columns.split(self.width()))
        splitter.setStretchFactor(0, 1)  # a resize is the table's: the details keep their width
        splitter.setStretchFactor(1, 0)
        layout.addWidget(splitter, 1)
        layout.addLayout(self._actions())
        chain = [self.search, *self.combos, self.table, self.card_text, self.history, *self.buttons]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.model.page_loaded.connect(self._page_loaded)
        self.model.total_changed.connect(self._show_total)
        self.model.failed.connect(self.message.setText)
        self.model.modelReset.connect(self.details.clear)
        runner.changed.connect(self.on_changes)
        self.undo_manager.label_changed.connect(lambda _label: self._update_buttons())
        self.undo_manager.undone.connect(self._undone)
        self.undo_manager.failed.connect(self._undo_failed)
        self.runner.run(Op(lambda ctx: browse.filter_choices(ctx.db), success=self.filters.fill))
        self.model.reload()
        self.screen_bound = keep_on_screen(self)

    # -- layout ---------------------------------------------------------------------------

    def _table(self) -> QTableView:
        self.table = QTableView(wordWrap=False)
        self.table.setAccessibleName(self.tr("Cards"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.ensurePolished()  # its font is the style sheet's size only once polished
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        self.columns = ColumnFitter(self.table, self.model)
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # by id: the order of creation
        self.table.setSortingEnabled(True)
        selection = self.table.selectionModel()
        selection.currentRowChanged.connect(self._current_changed)
        selection.selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(partial(card_menu.context_menu, self))
        self.card_menu: QMenu | None = None
        self.bad_dialog: BadCardDialog | None = None
        return self.table

    def _actions(self) -> QHBoxLayout:
        self.add_button = self._button(self.tr("Add card (Ctrl+E)"), self.add_card)
        self.suspend_button = self._button(self.tr("Suspend (Ctrl+J)"), self.toggle_suspend)
        self.reset_button = self._button(self.tr("Reset to new (Ctrl+Alt+N)"), self.reset_selected)
        self.delete_button = self._button(self.tr("Delete (Del)"), self.delete_selected)
        self.undo_button = self._button(self.tr("Undo (Ctrl+Z)"), self.undo)
        self.read_button = self._button(self.tr("Show in article (Ctrl+R)"), self._read)
        self.unmark_button = self._button(self.tr("Unmark bad (Ctrl+Shift+U)"), self.unmark_bad)
        self.buttons = [self.add_button, self.suspend_button, self.reset_button]
        self.buttons += [self.delete_button, self.undo_button, self.read_button]
        self.buttons.append(self.unmark_button)
        self.message = self._label(self.tr("Last action"))
        self.total_label = self._label(self.tr("Number of cards"))
        row = QHBoxLayout()
        buttons = FlowLayout()  # they wrap at a large font instead of widening the window
        for button in self.buttons:
            buttons.addWidget(button)
        row.addLayout(buttons, 1)
        row.addWidget(self.message)
        row.addWidget(self.total_label)
        for keys, slot in (
            ("Ctrl+E", self.add_card),  # Anki's browser: Add
            ("Ctrl+J", self.toggle_suspend),
            ("Ctrl+Alt+N", self.reset_selected),
            ("Del", self.delete_selected),
            ("Ctrl+Z", self.undo),
            ("Ctrl+F", self.search.setFocus),
            ("Ctrl+R", self._read),
            (card_menu.KEY, self.mark_bad),
            (card_menu.UNMARK_KEY, self.unmark_bad),
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

    def current_query(self) -> BrowseQuery:
        return self.filters.query()

    def apply_filters(self) -> None:
        self.filters.debounce.stop()
        query = self.current_query()
        if query != self.model.query:
            self.model.query = query
            self.model.reload()

    def _page_loaded(self) -> None:
        self.columns.fit_rows()
        self._update_buttons()
        if not self.table.currentIndex().isValid():
            self.details.clear()
        self._finish_undo()
        self.loaded.emit()

    def _show_total(self, total: int) -> None:
        self.total_label.setText(count_text(total, self.tr("1 card"), self.tr("%1 cards")))

    # -- details --------------------------------------------------------------------------

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        selection = self.table.selectionModel()
        if current.isValid() and not selection.hasSelection():
            # Tab into the table makes a row current without selecting it: the details
            # showed a card the buttons could not act on.  The current row is the selection.
            self.table.selectRow(current.row())
        if current.isValid() and current.row() < len(self.model.rows):
            self.show_details(self.model.rows[current.row()].id)
        else:
            self.details.clear()

    def show_details(self, card_id: int) -> None:
        self._details_request += 1
        request = self._details_request

        def run(ctx: OpContext) -> CardDetails:
            return browse.card_details(ctx.db, card_id, self.clock())

        def done(details: CardDetails) -> None:
            if request == self._details_request:
                self.details.show_details(details)
                self.details_shown.emit(details.row.id)

        self.runner.run(Op(run, success=done, failure=lambda exc: self.message.setText(str(exc))))

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
        self.undo_button.setEnabled(self.undo_manager.can_undo() and not self.busy)
        self.read_button.setEnabled(len(rows) == 1)
        # Shown for a card marked bad (the "marked bad" filter lists them, with why).
        self.unmark_button.setVisible(len(rows) == 1 and rows[0].marked_bad)
        self.unmark_button.setEnabled(not self.busy)
        step = self.undo_manager.step
        self.undo_button.setToolTip(self.undo_manager.label().replace("&", "") if step else "")

    def _read(self) -> None:
        self.show_in_article()

    def show_in_article(self) -> ReaderWindow | None:
        """The parallel reader on the selected card's article, at the sentence it asks about."""
        from flashcards.gui.reader_window import ReaderWindow  # imported when first used

        rows = self.selected_rows()
        if len(rows) != 1:
            return None
        window = ReaderWindow(self.runner, self.clock, rows[0].deck, self, focus_card=rows[0].id)
        window.setModal(False)
        window.show()
        window.raise_()
        window.activateWindow()
        self.reader_window = window
        return window

    def mark_bad(self) -> BadCardDialog | None:
        """Ctrl+Shift+X: the selected card is bad (why?); it is retired for good."""
        return card_menu.mark_bad(self)

    def add_card(self) -> None:
        """Ctrl+E: the Add dialog on the deck the browser shows (or the selected card's)."""
        rows = self.selected_rows()
        deck = self.deck_box.currentData() or (rows[0].deck if len(rows) == 1 else None)
        self.add_requested.emit(deck)

    def unmark_bad(self) -> None:
        """Ctrl+Shift+U: the selected card marked bad is active again, its report deleted."""
        card_menu.unmark(self)

    def toggle_suspend(self) -> None:
        rows = self.selected_rows()
        unsuspend = bool(rows) and all(r.suspended for r in rows)
        self._act("unsuspend" if unsuspend else "suspend", [r.id for r in rows])

    def reset_selected(self) -> None:
        self._act("reset", [r.id for r in self.selected_rows()])

    def delete_selected(self, confirm: bool = True) -> None:
        """Delete (retire) the selected cards, after asking unless `confirm` is False."""
        acting.delete_selected(self, confirm)

    def _act(self, action: Action, ids: list[int]) -> None:
        acting.act(self, action, ids)

    def undo(self) -> None:
        """Take back the latest step (the app's one undo: the reviewer's answers too)."""
        if not self.busy and self.undo_manager.can_undo():
            self._undoing = True
            self.undo_manager.undo(self)

    def _undone(self, step: UndoStep) -> None:
        if self._undoing:
            from flashcards.gui.texts import undone_notice

            self.message.setText(undone_notice(step))

    def _undo_failed(self, message: str) -> None:
        if self._undoing:
            self._undoing = False
            self.message.setText(message)
            self.acted.emit("failed")

    def _finish_undo(self) -> None:
        if self._undoing:
            self._undoing = False
            self._update_buttons()
            self.acted.emit("undo")

    # -- what changed elsewhere (and undo) ------------------------------------------------

    def on_changes(self, changes: Changes, source: object) -> None:
        """Redraw the rows of changed cards, or search again when cards came or went."""
        if source is self or source is self.model:
            return
        if changes.card_set:
            self.model.reload()
            return
        shown = self.model.ids()
        ids = sorted(shown & changes.card_ids) if changes.card_ids else sorted(shown)
        if not (changes.cards or changes.schedule) or not ids:
            self._finish_undo()
            return

        def run(ctx: OpContext) -> list[BrowseRow]:
            return browse.rows_by_id(ctx.db, ids, self.clock())

        def done(rows: list[BrowseRow]) -> None:
            self.model.update_rows(rows)
            self.refresh_current()
            self._finish_undo()

        self.runner.run(Op(run, success=done, failure=self.failed, source=self))

    def refresh_current(self) -> None:
        current = self.table.currentIndex()
        if current.isValid():
            self._current_changed(current, current)
        self._update_buttons()

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._update_buttons()

    def failed(self, exc: Exception) -> None:
        self.set_busy(False)
        self.message.setText(str(exc))
        self.acted.emit("failed")
