"""The reader's card panel: the cards of the sentence under the cursor with their state, and
what to do with them (edit, suspend or unsuspend, study now), each an undoable operation."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from flashcards.gui.edit_dialog import EditCardDialog
from flashcards.gui.notice import notice
from flashcards.gui.ops import Clock, Op, OpContext, OpRunner
from flashcards.gui.reviewer.study_now import StudyNowDialog
from flashcards.gui.texts import kind_name, percent, state_name
from flashcards.gui.undo import UndoManager
from flashcards.records import CardRecord
from flashcards.services import actions, reading
from flashcards.services.browse import Action
from flashcards.services.changes import Changed
from flashcards.services.reading import CardMark, Cell
from flashcards.types import CardKind, CardState

#: A sentence's tint by how well its cards are known: new, being learnt, known (deeper as
#: the chance of recall now is higher), every card suspended; no tint: no card asks it.
#: Translucent over the table's base, so the text keeps its own colour in either theme;
#: stronger over a dark base, where a faint tint cannot be told from none.
_NEW = QColor(31, 111, 209)
_LEARNING = QColor(214, 137, 16)
_KNOWN = QColor(30, 142, 62)
_SUSPENDED = QColor(128, 128, 128)
_ALPHA = {  # light base, dark base
    "new": (40, 100),
    "learning": (60, 120),
    "known": (30, 60),  # at no recall; up to 70 (light) or 110 (dark) more at full recall
    "suspended": (40, 90),
}


def cell_colour(cell: Cell, dark: bool = False) -> QColor | None:
    """How a side of a row is marked: by its least-known card not suspended."""
    if not cell.cards:
        return None
    active = [mark for mark in cell.cards if not mark.suspended]
    states = {mark.state for mark in active}
    if not active:
        colour, kind = QColor(_SUSPENDED), "suspended"
    elif states & {CardState.LEARNING, CardState.RELEARNING}:
        colour, kind = QColor(_LEARNING), "learning"
    elif CardState.NEW in states:
        colour, kind = QColor(_NEW), "new"
    else:
        colour, kind = QColor(_KNOWN), "known"
    alpha = _ALPHA[kind][dark]
    if kind == "known":
        recall = min((m.retrievability for m in active if m.retrievability is not None), default=1)
        alpha += int((110 if dark else 70) * recall)
    colour.setAlpha(alpha)
    return colour


class Legend(QWidget):
    """What the tints mean: a swatch of each, named (in the reader's top row)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 0, 0, 0)
        known = Cell(cards=(CardMark(0, CardKind.TERM, CardState.REVIEW, 0.9, "", ""),))
        swatches = (
            (
                self.tr("new"),
                Cell(cards=(CardMark(0, CardKind.TERM, CardState.NEW, None, "", ""),)),
            ),
            (
                self.tr("learning"),
                Cell(cards=(CardMark(0, CardKind.TERM, CardState.LEARNING, None, "", ""),)),
            ),
            (self.tr("known"), known),
        )
        for name, cell in swatches:
            colour = cell_colour(cell, self.dark)
            assert colour is not None
            label = QLabel(name)
            label.setTextFormat(Qt.TextFormat.PlainText)
            rgba = f"rgba({colour.red()}, {colour.green()}, {colour.blue()}, {colour.alpha()})"
            label.setStyleSheet(f"background-color: {rgba}; padding: 2px 8px;")
            row.addWidget(label)
        self.setToolTip(
            self.tr(
                "Sentences with cards are tinted by their least-known card: new, being "
                "learnt, or known (the deeper, the likelier you recall it now)."
            )
        )


#: The keys the panel acts on, in the reader's text and in the panel's own list.
EDIT_KEY, SUSPEND_KEY, STUDY_KEY = Qt.Key.Key_E, Qt.Key.Key_J, Qt.Key.Key_S


class CardPanel(QWidget):
    """The current sentence's cards (kind, state, recall now, question → answer), one of
    them current; Edit (E), Suspend/Unsuspend (J) act on it, Study now (S) on them all."""

    acted = Signal(str)  # "edit", "suspend", "unsuspend", "study" once done; or "failed"
    left = Signal()  # Esc or Tab in the list: back to the text

    def __init__(self, runner: OpRunner, clock: Clock, deck: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner, self.clock, self.deck = runner, clock, deck
        self.marks: tuple[CardMark, ...] = ()
        self.busy = False
        self.edit_dialog: EditCardDialog | None = None
        self.study_dialog: StudyNowDialog | None = None
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(self.tr("Cards of this sentence"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Card"), self.tr("State"), self.tr("Recall now"), self.tr("Question → answer")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.cellDoubleClicked.connect(lambda *_: self.edit())
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())
        self.table.installEventFilter(self)
        rows_shown = 3  # at least: a sentence has 2 to 4 cards, mostly
        self.table.setMinimumHeight(
            self.table.horizontalHeader().sizeHint().height()
            + rows_shown * self.table.verticalHeader().defaultSectionSize()
            + 2 * self.table.frameWidth()
        )
        self.empty = self.tr("No card asks about this sentence yet.")
        self.edit_button = self._button(self.tr("Edit (E)"), self.edit)
        self.suspend_button = self._button(self.tr("Suspend (J)"), self.toggle_suspend)
        self.study_button = self._button(self.tr("Study now (S)"), self.study_now)
        buttons = QHBoxLayout()
        for button in (self.edit_button, self.suspend_button, self.study_button):
            buttons.addWidget(button)
        buttons.addStretch()
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.addWidget(self.table, 1)
        rows.addLayout(buttons)
        self._update_buttons()
        # The app's one undo, here too (the main window's Edit ▸ Undo is behind the reader).
        self.undo = UndoManager(runner, self)
        undo = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        undo.setContext(Qt.ShortcutContext.WindowShortcut)
        undo.activated.connect(lambda: self.undo.undo(self.window()))

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.split(" (")[0])
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay with the text
        button.clicked.connect(lambda: slot())  # type: ignore[operator]
        return button

    # -- showing ----------------------------------------------------------------------------

    def show_cell(self, cell: Cell | None) -> None:
        """The cards of `cell`; the current card stays current if it still asks about it."""
        current = self.current_mark()
        self.marks = () if cell is None else cell.cards
        self.table.setRowCount(max(len(self.marks), 1 if cell is not None else 0))
        if not self.marks and cell is not None:
            item = QTableWidgetItem(self.empty)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(0, 0, item)
            self.table.setSpan(0, 0, 1, 4)
        else:
            self.table.clearSpans()
        for row, mark in enumerate(self.marks):
            first = mark.front.split("\n", 1)[0]
            cells = (kind_name(mark.kind), self.state_text(mark), self.recall_text(mark))
            for column, text in enumerate((*cells, f"{first} → {mark.back}")):
                item = QTableWidgetItem(text)  # plain text: nothing in it is markup
                item.setToolTip(f"{mark.front}\n→ {mark.back}" if column == 3 else "")
                self.table.setItem(row, column, item)
        keep = next(
            (r for r, m in enumerate(self.marks) if current and m.card_id == current.card_id), 0
        )
        if self.marks:
            self.table.setCurrentCell(keep, 0)
        self._update_buttons()

    def state_text(self, mark: CardMark) -> str:
        state = state_name(mark.state)
        return self.tr("%1, suspended").replace("%1", state) if mark.suspended else state

    def recall_text(self, mark: CardMark) -> str:
        return "—" if mark.retrievability is None else percent(mark.retrievability)

    def text(self) -> str:
        """What the list says, one card a line (for tests and screen readers)."""
        items = ([self.table.item(r, c) for c in range(4)] for r in range(self.table.rowCount()))
        return "\n".join(" · ".join(i.text() for i in row if i is not None) for row in items)

    def current_mark(self) -> CardMark | None:
        row = self.table.currentRow()
        return self.marks[row] if 0 <= row < len(self.marks) else None

    def studiable(self) -> list[int]:
        """The sentence's cards Study now takes: every one not suspended."""
        return [m.card_id for m in self.marks if not m.suspended]

    def _update_buttons(self) -> None:
        mark = self.current_mark()
        self.edit_button.setEnabled(mark is not None and not self.busy)
        self.suspend_button.setEnabled(mark is not None and not self.busy)
        self.suspend_button.setText(
            self.tr("Unsuspend (J)") if mark and mark.suspended else self.tr("Suspend (J)")
        )
        self.study_button.setEnabled(bool(self.studiable()) and not self.busy)

    # -- keys -------------------------------------------------------------------------------

    def key(self, event: QKeyEvent) -> bool:
        """Act on E, J or S (no modifier); True when the key was one of them."""
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        slot = {EDIT_KEY: self.edit, SUSPEND_KEY: self.toggle_suspend, STUDY_KEY: self.study_now}
        action = slot.get(Qt.Key(event.key()))
        if action is None:
            return False
        action()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                self.left.emit()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit()
                return True
            if self.key(event):
                return True
        return super().eventFilter(watched, event)

    # -- actions ----------------------------------------------------------------------------

    def _failed(self, exc: Exception) -> None:
        from flashcards.gui.messages import error_text

        self.busy = False
        self._update_buttons()
        notice(self.window(), error_text(exc))
        self.acted.emit("failed")

    def edit(self) -> None:
        """The current card in the edit dialog (its text read afresh); Save stores it."""
        mark = self.current_mark()
        if mark is None or self.busy:
            return
        card_id = mark.card_id

        def run(ctx: OpContext) -> CardRecord:
            return reading.card_content(ctx.db, card_id)

        self.runner.run(Op(run, success=self._open_editor, failure=self._failed, source=self))

    def _open_editor(self, content: CardRecord) -> None:
        dialog = EditCardDialog(content, self.window())
        dialog.accepted.connect(lambda: self._save(content.id, dialog))
        dialog.open()
        self.edit_dialog = dialog

    def _save(self, card_id: int, dialog: EditCardDialog) -> None:
        front, back, extra = dialog.texts()

        def run(ctx: OpContext) -> Changed[None]:
            return actions.edit(ctx.db, card_id, front, back, extra)

        def done(_result: Changed[None]) -> None:
            notice(self.window(), self.tr("Card saved"))
            self.acted.emit("edit")

        self.runner.run(Op(run, success=done, failure=self._failed, source=self))

    def toggle_suspend(self) -> None:
        """Suspend the current card, or unsuspend it if it is suspended (undoable)."""
        mark = self.current_mark()
        if mark is None or self.busy:
            return
        action: Action = "unsuspend" if mark.suspended else "suspend"
        card_id, now = mark.card_id, self.clock()
        self.busy = True
        self._update_buttons()

        def run(ctx: OpContext) -> Changed[int]:
            return actions.browser_action(ctx.db, action, [card_id], now)

        def done(_result: Changed[int]) -> None:
            self.busy = False
            self._update_buttons()
            text = (
                self.tr("Card unsuspended") if action == "unsuspend" else self.tr("Card suspended")
            )
            notice(self.window(), text)
            self.acted.emit(action)

        self.runner.run(Op(run, success=done, failure=self._failed, source=self))

    def study_now(self) -> StudyNowDialog | None:
        """The reviewer on the sentence's cards (not suspended), due or not."""
        ids = self.studiable()
        if not ids or self.busy:
            if self.marks:
                notice(self.window(), self.tr("Every card of this sentence is suspended."))
            return None
        if self.study_dialog is not None:
            self.study_dialog.close()
            self.study_dialog.deleteLater()
        dialog = StudyNowDialog(self.runner, self.clock, self.deck, ids, self.window())
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        self.study_dialog = dialog
        self.acted.emit("study")
        return dialog
