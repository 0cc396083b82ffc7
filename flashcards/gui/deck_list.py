"""The deck list: each deck with its language pair and today's new / learning / due counts."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from flashcards.gui.screen import available
from flashcards.gui.texts import number
from flashcards.gui.theme import native_language
from flashcards.services.study import DeckDue

NEW_COLOR = QColor("#1f6fd1")
LEARN_COLOR = QColor("#c0392b")
DUE_COLOR = QColor("#1e8e3e")


def pair_label(deck: DeckDue) -> str:
    arrow = "↔" if deck.both_directions else "→"
    return f"{native_language(deck.source_lang)} {arrow} {native_language(deck.target_lang)}"


class DeckTable(QTableWidget):
    """A table of decks; Enter or a double click studies the selected deck."""

    study_requested = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentRow() >= 0:
            item = self.item(self.currentRow(), 0)
            if item is not None:
                self.study_requested.emit(item.text())
                return
        super().keyPressEvent(event)


class DeckListPage(QWidget):
    """The start page: decks with today's counts and their size, a way to study each and to
    reach its options (like Anki's deck browser), or a way to build the first deck."""

    study_requested = Signal(str)
    build_requested = Signal()
    options_requested = Signal(str)

    COLUMNS = 8
    TOTAL, STUDY, OPTIONS = 5, 6, 7

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stack = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        title = QLabel(self.tr("Decks"))
        title.setObjectName("pageTitle")
        title.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(title)
        layout.addWidget(self.stack)

        self.table = DeckTable(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Deck"),
                self.tr("Languages"),
                self.tr("New"),
                self.tr("Learn"),
                self.tr("Due"),
                self.tr("Cards"),
                "",
                "",
            ]
        )
        self.table.setAccessibleName(self.tr("Decks"))
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.study_requested.connect(self.study_requested)
        self.table.cellDoubleClicked.connect(self._double_clicked)
        self.stack.addWidget(self.table)

        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch()
        message = QLabel(self.tr("No decks yet. Build one from a folder of articles in markdown."))
        message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        message.setTextFormat(Qt.TextFormat.PlainText)
        message.setWordWrap(True)
        empty_layout.addWidget(message)
        self.build_button = QPushButton(self.tr("Build a deck from a folder…"))
        self.build_button.setAccessibleName(self.tr("Build a deck from a folder"))
        self.build_button.clicked.connect(self.build_requested)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.build_button)
        row.addStretch()
        empty_layout.addLayout(row)
        empty_layout.addStretch()
        self.stack.addWidget(empty)
        self.decks: list[DeckDue] = []
        self.totals: dict[int, int] = {}
        # A timer of the page's own: it dies with the page (a window rebuilt in another
        # language deletes it), where a bare singleShot would call into a deleted page.
        self._fit_timer = QTimer(self, singleShot=True, interval=0)
        self._fit_timer.timeout.connect(self._fit_width)
        self.summary = QLabel()
        self.summary.setObjectName("language")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setAccessibleName(self.tr("All decks"))
        layout.addWidget(self.summary)

    def set_decks(
        self,
        decks: Sequence[DeckDue],
        current: str | None = None,
        totals: dict[int, int] | None = None,
    ) -> None:
        """Show `decks` and their sizes (`totals`, by deck id), keeping `current` selected."""
        self.decks = list(decks)
        self.totals = dict(totals or {})
        self.stack.setCurrentIndex(0 if decks else 1)
        self.table.setRowCount(len(decks))
        for row, deck in enumerate(decks):
            self._set(row, 0, deck.name)
            self._set(row, 1, pair_label(deck))
            for column, (value, color) in enumerate(
                (
                    (deck.counts.new, NEW_COLOR),
                    (deck.counts.learning, LEARN_COLOR),
                    (deck.counts.review, DUE_COLOR),
                ),
                start=2,
            ):
                item = self._set(row, column, number(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if value:
                    item.setForeground(color)
            total = self._set(row, self.TOTAL, number(self.totals.get(deck.id, 0)))
            total.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            button = QPushButton(self.tr("Study"))
            button.setAccessibleName(self.tr("Study %1").replace("%1", deck.name))
            button.setEnabled(deck.counts.total > 0)
            button.clicked.connect(lambda _=False, name=deck.name: self.study_requested.emit(name))
            self.table.setCellWidget(row, self.STUDY, button)
            options = QPushButton(self.tr("Options"))
            options.setAccessibleName(self.tr("Options of %1").replace("%1", deck.name))
            options.setToolTip(self.tr("Daily limits and scheduling of this deck"))
            options.clicked.connect(
                lambda _=False, name=deck.name: self.options_requested.emit(name)
            )
            self.table.setCellWidget(row, self.OPTIONS, options)
        # Rows as tall as their buttons: at 14 pt a cell's button was cut at the baseline
        # (Turkish "Çalış" lost its cedillas).
        if decks:
            cell = self.table.cellWidget(0, self.STUDY)
            height = cell.sizeHint().height() + 2 if cell is not None else 0
            self.table.verticalHeader().setDefaultSectionSize(
                max(height, self.table.fontMetrics().height() + 10)
            )
        due = sum(d.counts.total for d in decks)
        cards = sum(self.totals.get(d.id, 0) for d in decks)
        self.summary.setText(
            self.tr("Due today: %1 · Cards: %2")
            .replace("%1", number(due))
            .replace("%2", number(cards))
            if decks
            else ""
        )
        names = [d.name for d in decks]
        if decks:
            self.table.selectRow(names.index(current) if current in names else 0)
        self._fit_timer.start()  # once the table has laid out its columns

    def _fit_width(self) -> None:
        """Widen the window (never past its screen) when the columns need more room than
        the table has: at 20 pt the Study and Options buttons were off to the right, behind
        a scroll bar."""
        window = self.window()
        if not self.decks or not window.isVisible() or window.isMaximized():
            return
        header = self.table.horizontalHeader()
        scroll = self.table.verticalScrollBar()
        needed = header.length() + 2 * self.table.frameWidth()
        needed += scroll.sizeHint().width() if scroll.isVisible() else 0
        missing = needed - self.table.width()
        if missing > 0:
            frame = window.frameGeometry().width() - window.geometry().width()
            room = available(window).width() - max(frame, 0)
            window.resize(min(window.width() + missing, room), window.height())

    def _set(self, row: int, column: int, text: str) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        self.table.setItem(row, column, item)
        return item

    def _double_clicked(self, row: int, _column: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.study_requested.emit(item.text())

    def selected_deck(self) -> str | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return item.text() if item is not None else None

    def focus_table(self) -> None:
        if self.decks:
            self.table.setFocus()
        else:
            self.build_button.setFocus()
