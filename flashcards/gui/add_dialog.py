"""New cards: the Add dialog (a card typed by hand into any deck, Anki's Add) and the card a
selection in the reader makes (T: a term pair, C: a cloze); both warn of cards of the deck
with the same words in dictionary form, show them, and let the learner add anyway."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from flashcards.builder.selection import Proposed
from flashcards.gui.ops import Op, OpContext, OpRunner
from flashcards.gui.screen import keep_on_screen
from flashcards.gui.texts import count_text, kind_name
from flashcards.gui.theme import native_language
from flashcards.records import CardRecord
from flashcards.services import adding
from flashcards.services.adding import HandCard
from flashcards.services.changes import Changed
from flashcards.services.selection import Draft, add_from_selection
from flashcards.services.study import DeckDue
from flashcards.text.analysis import has_morphology
from flashcards.types import CardKind

_WARNING_STYLE = "color: #b9770e;"
#: A duplicate's question is cut to this many characters.
_SHOWN_LENGTH = 70
#: How long typing must pause before the deck is searched for the same words.
_PAUSE_MS = 400


def _plain(label: QLabel) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)  # card and article text is never markup
    label.setWordWrap(True)
    return label


def fit(dialog: QDialog, width: int) -> None:
    """Make `dialog` `width` wide and tall enough for its wrapped texts (a layout's
    minimum size does not follow the height its wrapped labels need at a width)."""
    layout = dialog.layout()
    height = dialog.sizeHint().height()
    if layout is not None and layout.hasHeightForWidth():
        height = max(height, layout.totalHeightForWidth(width))
    dialog.setMinimumHeight(height)
    dialog.resize(width, max(height, dialog.height() if dialog.isVisible() else 0))


class DuplicateCheck(QObject):
    """Looks, on the worker, for cards of a deck with the same words as the texts typed (in
    dictionary form: loading a language's dictionary takes seconds the first time)."""

    found = Signal(object, list)  # the HandCard looked for, the cards found
    started = Signal(bool)  # True: the first look in these languages (dictionaries load)

    def __init__(self, runner: OpRunner, parent: QObject, *, analyse: bool = True) -> None:
        super().__init__(parent)
        self.runner, self.analyse = runner, analyse
        self.timer = QTimer(self, singleShot=True, interval=_PAUSE_MS)
        self.timer.timeout.connect(self.check_now)
        self.wanted: Callable[[], HandCard | None] = lambda: None
        self.done_for: HandCard | None = None
        self._loaded: set[str] = set()

    def later(self) -> None:
        self.timer.start()

    def check_now(self) -> None:
        self.timer.stop()
        card = self.wanted()
        if card is None or card == self.done_for:
            return
        languages = {lang for lang in (card.source_lang, card.target_lang) if has_morphology(lang)}
        self.started.emit(bool(languages - self._loaded))
        self._loaded |= languages

        def run(ctx: OpContext) -> list[CardRecord]:
            return adding.duplicates(ctx.db, card, analyse=self.analyse)

        def done(found: list[CardRecord]) -> None:
            self.done_for = card
            self.found.emit(card, found)

        self.runner.run(Op(run, success=done, failure=lambda _exc: self.found.emit(card, [])))


class DuplicatesLabel(QLabel):
    """The cards of the deck with the same words, in the warning colour (hidden: none)."""

    def __init__(self) -> None:
        super().__init__()
        _plain(self)
        self.setStyleSheet(_WARNING_STYLE)
        self.setAccessibleName(self.tr("Cards with the same words"))
        self.hide()

    def show_cards(self, cards: Sequence[CardRecord]) -> None:
        if not cards:
            self.clear()
            self.hide()
            return
        lines = [self.tr("The deck already has a card with these words (add anyway if you like):")]
        for card in cards:
            front = card.front.split("\n", 1)[0]
            if len(front) > _SHOWN_LENGTH:
                front = front[: _SHOWN_LENGTH - 1].rstrip() + "…"
            lines.append(f"• {kind_name(card.kind)}: {front} → {card.back}")
        self.setText("\n".join(lines))
        self.show()


class AddCardDialog(QDialog):
    """Add a card typed by hand to any deck (A in the main window, as in Anki)."""

    added = Signal(list)  # the new cards' ids

    def __init__(
        self,
        runner: OpRunner,
        decks: Sequence[DeckDue],
        current: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.decks = list(decks)
        self.setWindowTitle(self.tr("Add card"))
        self.deck = QComboBox()
        self.deck.setAccessibleName(self.tr("Deck"))
        for deck in self.decks:
            self.deck.addItem(deck.name)
        if current is not None and self.deck.findText(current) >= 0:
            self.deck.setCurrentIndex(self.deck.findText(current))
        self.front = self._editor(self.tr("Question"))
        self.back = self._editor(self.tr("Answer"))
        self.extra = self._editor(self.tr("Context"))
        self.both = QCheckBox(self.tr("Also the other way round (answer → question)"))
        self.front_label, self.back_label = QLabel(), QLabel()
        self.front_label.setBuddy(self.front)
        self.back_label.setBuddy(self.back)
        self.duplicates = DuplicatesLabel()
        self.status = _plain(QLabel())
        form = QFormLayout()
        deck_label = QLabel(self.tr("&Deck:"))
        deck_label.setBuddy(self.deck)
        form.addRow(deck_label, self.deck)
        form.addRow(self.front_label, self.front)
        form.addRow(self.back_label, self.back)
        context = QLabel(self.tr("Conte&xt:"))
        context.setBuddy(self.extra)
        form.addRow(context, self.extra)
        form.addRow("", self.both)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.setToolTip(self.tr("Add the card (Ctrl+Enter)"))
        buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.add_button.clicked.connect(self.add)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.add)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.duplicates)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.check = DuplicateCheck(runner, self)
        self.check.wanted = self.card
        self.check.found.connect(self._found)
        self.check.started.connect(self._checking)
        for editor in (self.front, self.back):
            editor.textChanged.connect(self._edited)
        self.deck.currentIndexChanged.connect(self._deck_changed)
        # The card whose duplicates the learner has been shown: adding it goes ahead.
        self._warned: HandCard | None = None
        self._add_after_check = False
        self._deck_changed()
        self.resize(560, 460)
        self._bound = keep_on_screen(self)
        self.front.setFocus()  # the deck is the selected one: type the question

    def _editor(self, name: str) -> QPlainTextEdit:
        editor = QPlainTextEdit()
        editor.setAccessibleName(name)
        editor.setTabChangesFocus(True)
        return editor

    def chosen(self) -> DeckDue | None:
        index = self.deck.currentIndex()
        return self.decks[index] if 0 <= index < len(self.decks) else None

    def _deck_changed(self, *_args: object) -> None:
        deck = self.chosen()
        if deck is None:
            self.add_button.setEnabled(False)
            self.status.setText(self.tr("Make a deck first: there is none to add to."))
            return
        self.front_label.setText(
            self.tr("&Question (%1):").replace("%1", native_language(deck.source_lang))
        )
        self.back_label.setText(
            self.tr("A&nswer (%1):").replace("%1", native_language(deck.target_lang))
        )
        self.both.setChecked(deck.both_directions)
        self._edited()

    def card(self) -> HandCard | None:
        """The card as typed (None until it has a question and an answer)."""
        deck = self.chosen()
        front, back = self.front.toPlainText().strip(), self.back.toPlainText().strip()
        if deck is None or not front or not back:
            return None
        return HandCard(
            deck.name,
            deck.source_lang,
            deck.target_lang,
            front,
            back,
            self.extra.toPlainText().strip(),
            self.both.isChecked(),
        )

    def _edited(self) -> None:
        self.duplicates.show_cards([])
        self.check.later()

    def _checking(self, loading: bool) -> None:
        if loading:
            self.status.setText(
                self.tr("Looking for cards with the same words (loading the dictionaries)…")
            )
        else:
            self.status.setText(self.tr("Looking for cards with the same words…"))

    def _found(self, card: HandCard, cards: list[CardRecord]) -> None:
        if card != self.card():
            return  # typed on since
        self.status.clear()
        self.duplicates.show_cards(cards)  # the text boxes give it room
        if self._add_after_check:
            self._add_after_check = False
            self.add()

    def add(self) -> None:
        """Add the card; when the deck has one with the same words that the learner has not
        been shown yet, show it first (the next Add adds anyway)."""
        card = self.card()
        if card is None:
            self.status.setText(self.tr("A card needs a question and an answer."))
            return
        if self.check.done_for != card:
            self._add_after_check = True
            self.check.check_now()
            return
        if self.duplicates.isVisible() and self._warned != card:
            self._warned = card
            self.status.setText(self.tr("Press Add again to add it all the same."))
            return

        def run(ctx: OpContext) -> Changed[list[int]]:
            return adding.add_by_hand(ctx.db, card)

        self.add_button.setEnabled(False)
        self.runner.run(Op(run, success=self._added, failure=self._failed, source=self))

    def _added(self, result: Changed[list[int]]) -> None:
        ids = result.value
        self.add_button.setEnabled(True)
        count = len(ids)
        self.status.setText(
            count_text(count, self.tr("Added %1 card."), self.tr("Added %1 cards."))
        )
        for editor in (self.front, self.back, self.extra):
            editor.clear()
        self.duplicates.show_cards([])
        self.front.setFocus()
        self.added.emit(ids)

    def _failed(self, exc: Exception) -> None:
        from flashcards.gui.messages import error_text

        self.add_button.setEnabled(True)
        self.status.setText(error_text(exc))


class SelectionCardDialog(QDialog):
    """The card(s) a selection in the reader makes, to look at (and for a term pair, to
    correct) before Enter adds them."""

    added = Signal(list)  # the new cards' ids

    def __init__(self, runner: OpRunner, draft: Draft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner, self.draft = runner, draft
        selected = draft.selected
        form = QFormLayout()
        notes: list[QLabel] = []  # long texts, wrapped at the dialog's width
        self.term = QLineEdit(draft.picked.lemma)
        self.translation = QLineEdit(draft.other_lemma)
        self.status = _plain(QLabel())
        self.duplicates = DuplicatesLabel()
        if draft.kind is CardKind.TERM:
            self.setWindowTitle(self.tr("New term card"))
            term = QLabel(self.tr("&Term (%1):").replace("%1", native_language(selected.lang)))
            term.setBuddy(self.term)
            self.term.setAccessibleName(self.tr("Term"))
            other = QLabel(
                self.tr("T&ranslation (%1):").replace("%1", native_language(selected.other_lang))
            )
            other.setBuddy(self.translation)
            self.translation.setAccessibleName(self.tr("Translation"))
            form.addRow(term, self.term)
            form.addRow(other, self.translation)
            ways = " · ".join(
                f"{native_language(s)} → {native_language(t)}" for s, t in draft.directions
            )
            notes.append(_plain(QLabel(self._why(draft.why))))
            notes.append(_plain(QLabel(self.tr("Cards: %1").replace("%1", ways))))
            notes.append(_plain(QLabel(self.tr("Sentence: %1").replace("%1", draft.sentence))))
        else:
            self.setWindowTitle(self.tr("New cloze card"))
            (spec,) = draft.specs
            notes.append(_plain(QLabel(self.tr("Question:"))))
            notes.append(_plain(QLabel(spec.front)))
            notes.append(_plain(QLabel(self.tr("Answer: %1").replace("%1", spec.back))))
            self.term.hide()
            self.translation.hide()
        if draft.made_before:
            self.status.setText(self.tr("This selection has made these cards already."))
        self.duplicates.show_cards(draft.duplicates)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = QPushButton(self.tr("&Add"))
        buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.AcceptRole)
        for button in buttons.buttons():  # Enter adds, wherever the focus is
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self.add)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for note in notes:
            layout.addWidget(note)
        layout.addWidget(self.duplicates)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        # The term and its translation are in dictionary form: no analyser to wait for.
        self.check = DuplicateCheck(runner, self, analyse=False)
        self.check.wanted = self.card
        self.check.found.connect(lambda _card, cards: self._duplicates(cards))
        self.term.textEdited.connect(lambda _text: self.check.later())
        self.translation.textEdited.connect(lambda _text: self.check.later())
        if draft.kind is CardKind.TERM:  # typing replaces the proposal; Enter adds
            self.translation.setFocus()
            self.translation.selectAll()
        else:
            self.add_button.setFocus()
        self._bound = keep_on_screen(self)
        fit(self, 660)

    def _duplicates(self, cards: Sequence[CardRecord]) -> None:
        self.duplicates.show_cards(cards)
        fit(self, self.width())

    def _why(self, why: Proposed) -> str:
        return {
            Proposed.SELECTED: self.tr("The translation is what you selected in the other column."),
            Proposed.CARD: self.tr("Translation proposed from the deck's cards."),
            Proposed.ALIGNED: self.tr("Translation proposed from the aligned sentences."),
            Proposed.SAME: self.tr("Written the same in both languages."),
            Proposed.PLACE: self.tr(
                "A guess from its place in the aligned sentence: check the translation."
            ),
            Proposed.NONE: self.tr(
                "Type the translation, or select it in the other column before pressing T."
            ),
        }[why]

    def card(self) -> HandCard | None:
        selected = self.draft.selected
        term, translation = self.term.text().strip(), self.translation.text().strip()
        if not term or not translation:
            return None
        return HandCard(selected.deck, selected.lang, selected.other_lang, term, translation)

    def add(self) -> None:
        term, translation = self.term.text(), self.translation.text()
        if self.draft.kind is CardKind.TERM and not (term.strip() and translation.strip()):
            self.status.setText(self.tr("A term card needs the term and its translation."))
            return
        draft = self.draft

        def run(ctx: OpContext) -> Changed[list[int]]:
            return add_from_selection(ctx.db, draft, term, translation)

        self.add_button.setEnabled(False)
        self.runner.run(Op(run, success=self._added, failure=self._failed, source=self))

    def _added(self, result: Changed[list[int]]) -> None:
        self.added.emit(result.value)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        from flashcards.gui.messages import error_text

        self.add_button.setEnabled(True)
        self.status.setText(error_text(exc))
