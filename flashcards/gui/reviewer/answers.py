"""Answer widgets for the reviewer: type the answer (with Anki's diff) or pick one of four."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from flashcards.gui.plain import wrappable
from flashcards.gui.texts import verdict_text
from flashcards.quiz.grading import DiffOp, DiffSegment
from flashcards.services.answers import Verdicted

GOOD, BAD, MISSED = "#1e8e3e", "#c0392b", "#1f6fd1"


def _mark(text: str, color: str, decoration: str) -> str:
    return (
        f"<span style='color:{color}; text-decoration:{decoration}; font-weight:600'>"
        f"{html.escape(text)}</span>"
    )


def _dashes(missing: str) -> str:
    """A dash for each missing letter, spaced as the missing words are (a long phrase left
    out wraps like the answer instead of running past the edge as one "word")."""
    core = missing.strip() or missing
    return "".join(" " if char.isspace() else "-" for char in core)


def diff_html(segments: Sequence[DiffSegment]) -> str:
    """The typed answer over the expected one, marked the way Anki compares typed answers.

    First line, what was typed: wrong and extra letters struck through in red, a dash for
    each letter that is missing.  Second line (unless the two are the same), the answer:
    the letters that were missing or typed wrong underlined in blue.  Text is escaped.
    """
    typed: list[str] = []
    expected: list[str] = []
    for segment in segments:
        if segment.op is DiffOp.EQUAL:
            typed.append(_mark(segment.typed, GOOD, "none"))
            expected.append(html.escape(segment.expected))
        elif segment.op is DiffOp.DELETE:  # typed, not expected
            typed.append(_mark(segment.typed, BAD, "line-through"))
        elif segment.op is DiffOp.INSERT:  # expected, not typed
            typed.append(_mark(_dashes(segment.expected), BAD, "none"))
            expected.append(_mark(segment.expected, MISSED, "underline"))
        else:
            typed.append(_mark(segment.typed, BAD, "line-through"))
            expected.append(_mark(segment.expected, MISSED, "underline"))
    if all(s.op is DiffOp.EQUAL for s in segments):
        return "".join(typed)
    return "".join(typed) + "<br>↓<br>" + "".join(expected)


class TypedAnswer(QWidget):
    """A line to type the answer in; Enter submits it for the study service to judge."""

    submitted = Signal(str)

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
        # As wide as the view gives, never wider: the label wraps to it.
        self.result.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.result.setAccessibleName(self.tr("Your answer compared with the card's"))
        layout.addWidget(self.result)

    def ask(self) -> None:
        self.input.clear()
        self.input.setEnabled(True)
        self.result.clear()
        self.input.setFocus()

    def _submit(self) -> None:
        if self.input.isEnabled():
            self.input.setEnabled(False)
            self.submitted.emit(self.input.text())

    def show_verdict(self, verdict: Verdicted) -> None:
        heading = html.escape(verdict_text(verdict.verdict, verdict.rating))
        diff = diff_html(verdict.grade.diff) if verdict.grade is not None else ""
        self.result.setText(f"<b>{heading}</b><br>{diff}")


class OptionButton(QPushButton):
    """A push button whose text wraps: a long option makes it taller, never wider."""

    def __init__(self, number: int, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("choice")
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 12, 8)
        self.label = QLabel(wrappable(f"{number}  {text}"))
        self.label.setObjectName("choiceText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # card text is never markup
        self.label.setWordWrap(True)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        row.addWidget(self.label)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def text(self) -> str:  # the option as shown, for tests and accessibility
        return self.label.text().replace("\u200b", "")

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.label.heightForWidth(max(40, width - 24)) + 16

    def sizeHint(self) -> QSize:
        width = 480
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(120, self.label.fontMetrics().height() + 16)


class ChoiceAnswer(QWidget):
    """Up to four options that wrap; a click or the keys 1–4 pick one."""

    picked = Signal(int)  # the index chosen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QVBoxLayout(self)
        self.buttons: list[OptionButton] = []
        self.answer_index = -1
        self.done = False
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def ask(self, options: Sequence[str], answer_index: int) -> None:
        for button in self.buttons:
            self.layout_.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        self.answer_index = answer_index
        self.done = False
        for index, option in enumerate(options):
            button = OptionButton(index + 1, option)
            button.setAccessibleName(
                self.tr("Option %1: %2").replace("%1", str(index + 1)).replace("%2", option)
            )
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(self._picker(index))
            self.layout_.addWidget(button)
            self.buttons.append(button)

    def _picker(self, index: int) -> Callable[[], None]:
        return lambda: self.pick(index)

    def pick(self, index: int) -> None:
        if self.done or not 0 <= index < len(self.buttons):
            return
        self.done = True
        self.picked.emit(index)

    def show_result(self, index: int) -> None:
        """Mark the right option green and a wrong pick red; the others fade."""
        for i, button in enumerate(self.buttons):
            button.setEnabled(i in (index, self.answer_index))
            # Scoped to the button: its text label would draw the border a second time.
            if i == self.answer_index:
                button.setStyleSheet(f"QPushButton {{ border: 2px solid {GOOD}; }}")
                button.label.setStyleSheet("font-weight: 600;")
            elif i == index:
                button.setStyleSheet(f"QPushButton {{ border: 2px solid {BAD}; }}")
