"""Edit the text of a card: question, answer and context, kept across rebuilds."""

from __future__ import annotations

import math

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QPlainTextEdit, QWidget

from flashcards.gui.screen import available, keep_on_screen
from flashcards.records import CardRecord

#: Each field shows up to this many lines of its text before it scrolls, and at least the fewest.
MAX_LINES = 10
MIN_LINES = 2


class _Field(QPlainTextEdit):
    """A plain-text field whose preferred height is its text's (not Qt's default 192 px)."""

    wanted = 0

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.wanted) if self.wanted else hint

    def minimumSizeHint(self) -> QSize:
        # Qt's is 70 px, room for both scroll bars: more than two lines at the default font.
        hint = super().minimumSizeHint()
        return QSize(hint.width(), self.minimumHeight()) if self.wanted else hint


class EditCardDialog(QDialog):
    """A small form over one card's text (plain text only)."""

    def __init__(self, content: CardRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit card"))
        form = QFormLayout(self)
        self.front = self._editor(content.front, self.tr("Question"))
        self.back = self._editor(content.back, self.tr("Answer"))
        self.extra = self._editor(content.extra, self.tr("Context"))
        form.addRow(self.tr("Question:"), self.front)
        form.addRow(self.tr("Answer:"), self.back)
        form.addRow(self.tr("Context:"), self.extra)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._fit()
        keep_on_screen(self)

    def _fit(self) -> None:
        """Wide enough for a sentence a line in the font chosen, each field as tall as its
        text (a long cloze question and its hint need not scroll at 14 pt)."""
        self.ensurePolished()  # the style sheet's font sizes, not the defaults
        for editor in (self.front, self.back, self.extra):
            editor.ensurePolished()
        metrics = self.front.fontMetrics()
        room = available(self)
        width = min(max(560, metrics.averageCharWidth() * 80), room.width() * 9 // 10)
        label = max(
            metrics.horizontalAdvance(t) for t in (self.tr("Question:"), self.tr("Context:"))
        )
        line_width = max(1, width - label - 80)
        wrap = Qt.TextFlag.TextWordWrap
        for editor in (self.front, self.back, self.extra):
            own = editor.fontMetrics()  # the card text's font, larger than the labels'
            page = QRect(0, 0, line_width, 1 << 20)
            lines = sum(  # each paragraph as wrapped at word boundaries, an empty one a line
                max(1, round(own.boundingRect(page, wrap, part).height() / own.lineSpacing()))
                for part in editor.toPlainText().split("\n")
            )
            # A laid-out line is its spacing rounded up (22.09 → 23 px at 14 pt).
            spacing = math.ceil(QFontMetricsF(editor.font()).lineSpacing())
            frame = 2 * (editor.frameWidth() + editor.document().documentMargin()) + 2
            editor.setMinimumHeight(math.ceil(MIN_LINES * spacing + frame))
            shown = min(max(lines, MIN_LINES), MAX_LINES)
            editor.wanted = math.ceil(shown * spacing + frame)
            editor.updateGeometry()
        height = min(self.sizeHint().height(), room.height() * 9 // 10)
        self.resize(width, height)

    def _editor(self, text: str, name: str) -> _Field:
        editor = _Field(text)
        editor.setAccessibleName(name)
        editor.setTabChangesFocus(True)
        return editor

    def texts(self) -> tuple[str, str, str]:
        return self.front.toPlainText(), self.back.toPlainText(), self.extra.toPlainText()
