"""The browser's search line and filters (deck, languages, kind, state, flag): the query."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from flashcards.gui.texts import flag_name, kind_name, state_name
from flashcards.gui.theme import native_language
from flashcards.services.browse import BrowseQuery
from flashcards.types import CardKind, CardState


class FilterBar(QWidget):
    """A search line and five filter boxes; `changed` once the user paused typing or chose."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(
            placeholderText=self.tr("Search question, answer and context"), clearButtonEnabled=True
        )
        self.search.setAccessibleName(self.tr("Search cards"))
        self.debounce = QTimer(self, singleShot=True, interval=300)
        self.debounce.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _text: self.debounce.start())
        self.search.installEventFilter(self)
        kinds = [(kind_name(k), k.value) for k in CardKind]
        flags = [(self.tr("no flag"), 0), *((flag_name(i), i) for i in range(1, 8))]
        states = [(state_name(s), s.name.lower()) for s in CardState]
        states += [(self.tr("suspended"), "suspended"), (self.tr("buried"), "buried")]
        states += [(self.tr("leeches"), "leech")]  # forgotten again and again (tagged leech)
        states += [(self.tr("marked bad"), "bad")]  # retired by the learner's report
        self.deck_box = self._combo(self.tr("Deck filter"), self.tr("All decks"), [])
        self.pair_box = self._combo(self.tr("Language filter"), self.tr("All languages"), [])
        self.kind_box = self._combo(self.tr("Kind filter"), self.tr("All kinds"), kinds)
        self.state_box = self._combo(self.tr("State filter"), self.tr("Any state"), states)
        self.flag_box = self._combo(self.tr("Flag filter"), self.tr("Any flag"), flags)
        self.combos = [self.deck_box, self.pair_box, self.kind_box, self.state_box, self.flag_box]
        # The search line on a row of its own, the five filters sharing the next: side by
        # side, "Hvaða staða sem er" was cut to "Hvaða staða s" at 14 pt.
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search)
        row = QHBoxLayout()
        for box in self.combos:  # each its share by the length of its "All …" text
            row.addWidget(box, max(8, len(box.itemText(0))))
        column.addLayout(row)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The browser's Ctrl+E (Add) from the search line too, and Ctrl+Z (the app's undo)
        when the line has no typing to undo: a line edit takes both (on X11 Ctrl+E is "end
        of line", which the End key does)."""
        if (
            watched is self.search
            and event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.modifiers() == Qt.KeyboardModifier.ControlModifier
            and (
                event.key() == Qt.Key.Key_E
                or (event.key() == Qt.Key.Key_Z and not self.search.isUndoAvailable())
            )
        ):
            event.ignore()
            return True
        return super().eventFilter(watched, event)

    def _combo(self, name: str, everything: str, items: list[tuple[str, Any]]) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(name)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(min(max(8, len(everything)), 12))
        for text, value in [(everything, None), *items]:
            box.addItem(text, value)
        box.currentIndexChanged.connect(self.changed)
        return box

    def fill(self, choices: tuple[list[str], list[tuple[str, str]]]) -> None:
        """The collection's decks and language pairs as choices (the current one stays)."""
        decks, pairs = choices
        for name in decks:
            self.deck_box.addItem(name, name)
        for source, target in pairs:
            label = f"{native_language(source)} → {native_language(target)}"
            self.pair_box.addItem(label, (source, target))

    def query(self) -> BrowseQuery:
        """The search the line and the boxes ask for."""
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
