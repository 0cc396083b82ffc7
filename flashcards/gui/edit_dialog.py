"""Edit the text of a card: question, answer and context, kept across rebuilds."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QPlainTextEdit, QWidget

from flashcards.store.cards import CardRecord


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
        self.resize(560, 420)

    def _editor(self, text: str, name: str) -> QPlainTextEdit:
        editor = QPlainTextEdit(text)
        editor.setAccessibleName(name)
        editor.setTabChangesFocus(True)
        return editor

    def texts(self) -> tuple[str, str, str]:
        return self.front.toPlainText(), self.back.toPlainText(), self.extra.toPlainText()
