"""The parallel reader: an article pair side by side, aligned sentences on one line, each
marked by how well its cards are known; keyboard first (↑/↓, Tab, R, Esc)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCursor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from flashcards.gui.bad_card_dialog import BadCardDialog, Candidate, ask_and_mark
from flashcards.gui.ops import Clock, Op, OpContext, OpRunner
from flashcards.gui.reader_cards import CardPanel, Legend, cell_colour
from flashcards.gui.screen import available, keep_on_screen
from flashcards.gui.selection_cards import SelectionCards
from flashcards.gui.speech import Speech
from flashcards.gui.theme import native_language
from flashcards.services import reading
from flashcards.services.changes import Changes
from flashcards.services.reading import ArticleChoice, Cell, ReadingPair, RowKind


class ReaderWindow(QDialog):
    """Go ▸ Read: the chosen deck's articles, two languages in two columns."""

    loaded = Signal()  # a pair is shown

    def __init__(
        self,
        runner: OpRunner,
        clock: Clock,
        deck: str,
        parent: QWidget | None = None,
        focus_card: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner, self.clock, self.deck = runner, clock, deck
        #: A card to show in its article (the browser's "Show in article"): its family is
        #: opened and the cursor put on the first sentence it asks about.
        self.focus_card = focus_card
        self.pair: ReadingPair | None = None
        self.choices: list[ArticleChoice] = []
        self.bad_dialog: BadCardDialog | None = None
        self.speech = Speech(self)
        self.setWindowTitle(self.tr("Read — %1").replace("%1", deck))
        self.articles = QComboBox()
        self.articles.setAccessibleName(self.tr("Article"))
        self.articles.currentIndexChanged.connect(self._article_chosen)
        chooser = QLabel(self.tr("&Article:"))
        chooser.setBuddy(self.articles)
        self.hint = QLabel(self.keys_hint())
        self.hint.setWordWrap(True)
        self.table = QTableWidget(0, 2)
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMouseTracking(True)
        self.table.cellEntered.connect(self._hovered)
        #: Where the mouse pointer was when the keys or a new article last put the cursor:
        #: the pointer takes the cursor only once it has moved from there (a window opening
        #: under it, or rows scrolling under it, must not move the cursor away).
        self._pointer = QCursor.pos()
        self.table.currentCellChanged.connect(lambda *_: self._show_cards())
        self.table.installEventFilter(self)
        self.cards = CardPanel(runner, clock, deck, self)
        self.cards.left.connect(self.table.setFocus)
        # Whatever the hint said of an action ("Added 1 card") is stale once it is undone.
        self.cards.undo.undone.connect(lambda _step: self.hint.setText(self.keys_hint()))
        self.cards.table.installEventFilter(self)  # X in the list too
        # Words selected in the current row, and the cards T and C make of them.
        self.making = SelectionCards(self)
        self.table.currentCellChanged.connect(lambda row, *_: self.making.rows.follow(row))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.cards)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        top = QHBoxLayout()
        top.addWidget(chooser)
        top.addWidget(self.articles, 1)
        self.legend = Legend(self)
        top.addWidget(self.legend)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.hint)
        room = available(self)
        self.resize(min(1200, room.width() - 40), min(860, room.height() - 40))
        self._bound = keep_on_screen(self)
        runner.changed.connect(self._changed)
        self._load_choices()

    def keys_hint(self) -> str:
        return self.tr(
            "↑/↓ sentence by sentence · Tab other language · →/← Shift+→ select words · "
            "T term card · C cloze · R read aloud · Enter its cards · E edit · J suspend · "
            "S study now · X mark bad · Esc close"
        )

    # -- loading, on the worker -------------------------------------------------------------

    def _load_choices(self) -> None:
        def run(ctx: OpContext) -> list[ArticleChoice]:
            return reading.article_choices(ctx.db, self.deck)

        self.runner.run(Op(run, success=self._show_choices, failure=self._failed))

    def _show_choices(self, choices: list[ArticleChoice]) -> None:
        self.choices = [c for c in choices if len(c.languages) >= 2]
        self.articles.blockSignals(True)
        self.articles.clear()
        for choice in self.choices:
            self.articles.addItem(choice.title or choice.group_key)
        self.articles.blockSignals(False)
        if not self.choices:
            self.hint.setText(self.tr("This deck has no article in two languages to read."))
            return
        if self.focus_card is None:
            self._article_chosen(0)
            return
        card = self.focus_card

        def run(ctx: OpContext) -> str:
            return reading.card_family(ctx.db, card)

        self.runner.run(Op(run, success=self._open_family, failure=self._failed))

    def _open_family(self, group_key: str) -> None:
        index = next((k for k, c in enumerate(self.choices) if c.group_key == group_key), 0)
        self.articles.blockSignals(True)
        self.articles.setCurrentIndex(index)
        self.articles.blockSignals(False)
        self._article_chosen(index)

    def _article_chosen(self, index: int) -> None:
        if not 0 <= index < len(self.choices):
            return
        choice = self.choices[index]
        wanted = None if self.pair is None else (self.pair.left_lang, self.pair.right_lang)
        if wanted is None or not set(wanted) <= set(choice.languages):
            wanted = (choice.languages[0], choice.languages[1])  # its first two
        self.open_languages(*wanted)

    def open_languages(self, left: str, right: str) -> None:
        """Show the current article with `left` in the first column and `right` beside it."""
        index = self.articles.currentIndex()
        if not 0 <= index < len(self.choices):
            return
        choice, now = self.choices[index], self.clock()

        def run(ctx: OpContext) -> ReadingPair:
            return reading.reading_pair(ctx.db, self.deck, choice.group_key, left, right, now)

        self.runner.run(Op(run, success=self._show_pair, failure=self._failed))

    def _failed(self, exc: Exception) -> None:
        from flashcards.gui.messages import error_text

        self.hint.setText(error_text(exc))

    def _changed(self, changes: Changes, _source: object) -> None:
        if self.pair is not None and (changes.cards or changes.card_set or changes.schedule):
            self.open_languages(self.pair.left_lang, self.pair.right_lang)

    # -- showing ----------------------------------------------------------------------------

    def _hovered(self, row: int, column: int) -> None:
        if QCursor.pos() != self._pointer:
            self.table.setCurrentCell(row, column)

    def _show_pair(self, pair: ReadingPair) -> None:
        self._pointer = QCursor.pos()
        row, column = max(self.table.currentRow(), 0), max(self.table.currentColumn(), 0)
        same = self.pair is not None and self.pair.group_key == pair.group_key
        self.pair = pair
        self.making.rows.close()  # the rows are made again
        self.table.setHorizontalHeaderLabels(
            [native_language(pair.left_lang), native_language(pair.right_lang)]
        )
        self.table.setRowCount(len(pair.rows))
        for r, line in enumerate(pair.rows):
            for c, cell in enumerate((line.left, line.right)):
                item = QTableWidgetItem(cell.text)  # plain text: nothing in it is markup
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if line.kind is not RowKind.TEXT:
                    font = QFont(self.font())
                    font.setBold(True)
                    if line.kind is RowKind.TITLE:
                        font.setPointSizeF(font.pointSizeF() * 1.3)
                    item.setFont(font)
                colour = cell_colour(cell, self.legend.dark)
                if colour is not None:
                    item.setBackground(colour)
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()
        if not same:
            row, column = self._focus_cell(pair)
        if pair.rows:
            self.table.setCurrentCell(min(row, len(pair.rows) - 1), column)
            self.table.scrollToItem(self.table.currentItem())
            self.making.rows.follow(self.table.currentRow())
        self.table.setFocus()
        self._show_cards()
        self.loaded.emit()

    def _focus_cell(self, pair: ReadingPair) -> tuple[int, int]:
        """Where the cursor starts: on the focus card's first sentence, else at the top."""
        for r, line in enumerate(pair.rows):
            for c, cell in enumerate((line.left, line.right)):
                if any(mark.card_id == self.focus_card for mark in cell.cards):
                    return r, c
        return 0, 0

    def current_cell(self) -> tuple[Cell, str] | None:
        """The sentence under the cursor and its language."""
        if self.pair is None or not 0 <= self.table.currentRow() < len(self.pair.rows):
            return None
        line = self.pair.rows[self.table.currentRow()]
        if self.table.currentColumn() == 1:
            return line.right, self.pair.right_lang
        return line.left, self.pair.left_lang

    def counterpart(self) -> Cell | None:
        """The other language's side of the current row (its aligned sentences)."""
        if self.pair is None or not 0 <= self.table.currentRow() < len(self.pair.rows):
            return None
        line = self.pair.rows[self.table.currentRow()]
        return line.left if self.table.currentColumn() == 1 else line.right

    def _show_cards(self) -> None:
        current = self.current_cell()
        self.cards.show_cell(None if current is None else current[0])
        # The language the cursor is in: its column's header is marked (a row is selected
        # whole, both sentences highlighted, so the cell alone does not show it).
        column = max(self.table.currentColumn(), 0)
        for c in (0, 1):
            header = self.table.horizontalHeaderItem(c)
            if header is not None and self.pair is not None:
                name = native_language((self.pair.left_lang, self.pair.right_lang)[c])
                header.setText(f"▸ {name}" if c == column else name)

    # -- keys ---------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            self._pointer = QCursor.pos()
            if self.making.key(event):
                return True
            if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                self.table.setCurrentCell(
                    self.table.currentRow(), 1 - max(self.table.currentColumn(), 0)
                )
                return True
            if event.key() == Qt.Key.Key_R and not event.modifiers():
                self.read_aloud()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.cards.marks:
                self.cards.table.setFocus()  # the sentence's cards: ↑/↓ to choose, Esc back
                return True
            if self.cards.key(event):
                return True
        if watched in (self.table, self.cards.table) and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_X and not event.modifiers():
                self.mark_bad()  # the panel's current card, as E and J
                return True
        return super().eventFilter(watched, event)

    def mark_bad(self) -> BadCardDialog | None:
        """X: the panel's current card is bad (why?); it is retired for good."""
        mark = self.cards.current_mark()
        card = None if mark is None else Candidate(mark.card_id, mark.kind, mark.front, mark.back)
        self.bad_dialog = ask_and_mark(self, self.runner, self.clock, card, self.cards.empty)
        return self.bad_dialog

    def read_aloud(self) -> bool:
        """Say the current sentence in its language; the hint says why when it cannot."""
        current = self.current_cell()
        if current is None or not current[0].text:
            return False
        cell, lang = current
        if self.speech.say(cell.text, lang):
            return True
        self.hint.setText(self.speech.why_not(lang) or "")
        return False
