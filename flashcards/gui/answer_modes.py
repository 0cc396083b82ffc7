"""Answer widgets for the reviewer: type the answer (graded, with a diff) or pick one of four."""

from __future__ import annotations

import html
from collections.abc import Sequence
from enum import StrEnum

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from flashcards.gui.plain import button_text
from flashcards.quiz.grading import DiffOp, DiffSegment, Grade, Verdict, grade


class AnswerMode(StrEnum):
    """How the learner answers in the reviewer."""

    FLIP = "flip"
    TYPED = "typed"
    CHOICE = "choice"


_COLORS = {DiffOp.INSERT: "#c0392b", DiffOp.DELETE: "#1e8e3e", DiffOp.REPLACE: "#d68910"}


def diff_html(segments: Sequence[DiffSegment]) -> str:
    """What was typed, with mistakes marked and the expected letters after them (escaped)."""
    parts = []
    for segment in segments:
        typed, expected = html.escape(segment.typed), html.escape(segment.expected)
        if segment.op is DiffOp.EQUAL:
            parts.append(typed)
        elif segment.op is DiffOp.INSERT:
            parts.append(f"<s style='color:{_COLORS[segment.op]}'>{typed}</s>")
        elif segment.op is DiffOp.DELETE:
            parts.append(f"<u style='color:{_COLORS[segment.op]}'>{expected}</u>")
        else:
            parts.append(
                f"<s style='color:{_COLORS[DiffOp.INSERT]}'>{typed}</s>"
                f"<u style='color:{_COLORS[DiffOp.DELETE]}'>{expected}</u>"
            )
    return "".join(parts)


class TypedAnswer(QWidget):
    """A line to type the answer in; Enter grades it against the card's answer."""

    graded = Signal(object)  # Grade

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.input = QLineEdit()
        self.input.setObjectName("typedAnswer")
        self.input.setPlaceholderText(self.tr("Type the answer and press Enter"))
        self.input.setAccessibleName(self.tr("Your answer"))
        self.input.returnPressed.connect(self._submit)
        layout.addWidget(self.input)
        self.result = QLabel()
        self.result.setObjectName("diff")
        self.result.setTextFormat(Qt.TextFormat.RichText)  # built from escaped segments only
        self.result.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.result.setWordWrap(True)
        layout.addWidget(self.result)
        self.expected = ""
        self.lang = "en"
        self.tolerate_accents = False

    def ask(self, expected: str, lang: str, tolerate_accents: bool = False) -> None:
        self.expected, self.lang, self.tolerate_accents = expected, lang, tolerate_accents
        self.input.clear()
        self.input.setEnabled(True)
        self.result.clear()
        self.input.setFocus()

    def _submit(self) -> None:
        if not self.input.isEnabled():
            return
        result: Grade = grade(
            self.input.text(),
            self.expected,
            self.lang,
            tolerate_diacritics=self.tolerate_accents,
        )
        self.input.setEnabled(False)
        verdict = {
            Verdict.EXACT: self.tr("Correct"),
            Verdict.NEAR_MISS: self.tr("Almost"),
            Verdict.WRONG: self.tr("Not quite"),
        }[result.verdict]
        self.result.setText(f"<b>{html.escape(verdict)}</b><br>{diff_html(result.diff)}")
        self.graded.emit(result)


class ChoiceAnswer(QWidget):
    """Up to four options; a click or the keys 1–4 pick one."""

    picked = Signal(bool)  # right or wrong

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QVBoxLayout(self)
        self.buttons: list[QPushButton] = []
        self.answer_index = -1
        self.done = False

    def ask(self, options: Sequence[str], answer_index: int) -> None:
        for button in self.buttons:
            self.layout_.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        self.answer_index = answer_index
        self.done = False
        for index, option in enumerate(options):
            button = QPushButton(button_text(f"{index + 1}  {option}"))
            button.setObjectName("choice")
            button.setAccessibleName(
                self.tr("Option %1: %2").replace("%1", str(index + 1)).replace("%2", option)
            )
            button.clicked.connect(self._picker(index))
            self.layout_.addWidget(button)
            self.buttons.append(button)

    def _picker(self, index: int) -> object:
        return lambda: self.pick(index)

    def pick(self, index: int) -> None:
        if self.done or not 0 <= index < len(self.buttons):
            return
        self.done = True
        for i, button in enumerate(self.buttons):
            button.setEnabled(i in (index, self.answer_index))
            if i == self.answer_index:
                button.setStyleSheet("border: 2px solid #1e8e3e; font-weight: 600;")
            elif i == index:
                button.setStyleSheet("border: 2px solid #c0392b;")
        self.picked.emit(index == self.answer_index)
