"""Mark a generated card bad (X in the reviewer and the reader): pick why, by number or
arrows and Enter; the card is retired for good and the reason counted."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from flashcards.gui.notice import notice
from flashcards.gui.ops import Clock, Op, OpRunner
from flashcards.gui.texts import QT_TRANSLATE_NOOP, kind_name
from flashcards.services.bad_cards import NOTE_LIMIT, BadMark, NotGenerated, mark_bad
from flashcards.services.changes import Changed
from flashcards.types import BadReason, CardKind

# The key that marks a card bad in the reviewer and the reader.
KEY = "X"

_REASONS = {
    BadReason.WRONG_TRANSLATION: QT_TRANSLATE_NOOP("BadCardDialog", "Wrong translation"),
    BadReason.WRONG_ANSWER: QT_TRANSLATE_NOOP("BadCardDialog", "Wrong blank or answer"),
    BadReason.BADLY_CUT: QT_TRANSLATE_NOOP("BadCardDialog", "Meaningless or badly cut"),
    BadReason.NOT_WORTH_LEARNING: QT_TRANSLATE_NOOP("BadCardDialog", "Not worth learning"),
    BadReason.DUPLICATE: QT_TRANSLATE_NOOP("BadCardDialog", "Duplicate of another card"),
    BadReason.OTHER: QT_TRANSLATE_NOOP("BadCardDialog", "Something else"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("BadCardDialog", text)


def reason_name(reason: BadReason) -> str:
    return _t(_REASONS[reason])


def marked_text() -> str:
    """The notice once a card is marked bad."""
    return _t(QT_TRANSLATE_NOOP("BadCardDialog", "Card marked bad: it will not come back"))


@dataclass(frozen=True)
class Candidate:
    """A card the dialog may mark: its id, kind and text (shown, plain; no answer: "")."""

    card_id: int
    kind: CardKind
    front: str
    back: str


def _one_line(text: str, limit: int = 90) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


class BadCardDialog(QDialog):
    """Why is this card bad? A numbered list of reasons (1–6, arrows, Enter), a short note."""

    def __init__(self, card: Candidate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card = card
        self.setWindowTitle(self.tr("Mark card bad"))
        layout = QVBoxLayout(self)
        text = f"{kind_name(card.kind)} · {_one_line(card.front)}"
        self.card_label = QLabel(f"{text} → {_one_line(card.back)}" if card.back else text)
        self.card_label.setTextFormat(Qt.TextFormat.PlainText)  # card text: never markup
        self.card_label.setWordWrap(True)
        layout.addWidget(self.card_label)
        question = QLabel(self.tr("Why is it bad? (1–6, then Enter)"))
        layout.addWidget(question)
        self.reasons = QListWidget()
        self.reasons.setAccessibleName(self.tr("Reason"))
        for n, reason in enumerate(BadReason, start=1):
            self.reasons.addItem(f"{n}  {reason_name(reason)}")
        self.reasons.setCurrentRow(0)
        self.reasons.itemActivated.connect(lambda _item: self.accept())
        self.reasons.installEventFilter(self)
        question.setBuddy(self.reasons)
        # Every reason in view at any font size: the list is as tall as its rows.
        rows = self.reasons.sizeHintForRow(0) * self.reasons.count()
        self.reasons.setFixedHeight(rows + 2 * self.reasons.frameWidth() + 4)
        self.reasons.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.reasons)
        note_label = QLabel(self.tr("&Note (optional):"))
        self.note = QLineEdit()
        self.note.setMaxLength(NOTE_LIMIT)
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("What is wrong, in a few words"))
        note_label.setBuddy(self.note)
        layout.addWidget(note_label)
        layout.addWidget(self.note)
        self.hint = QLabel(
            self.tr(
                "The card is retired and no rebuild makes it again. Edit ▸ Undo brings it back."
            )
        )
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        buttons = QDialogButtonBox()
        self.mark_button = buttons.addButton(
            self.tr("Mark bad"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reasons.setFocus()
        width = max(520, self.fontMetrics().averageCharWidth() * 60)
        self.resize(width, self.heightForWidth(width) if self.hasHeightForWidth() else 0)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.mark_button.setDefault(True)  # Enter marks, from the list or the note

    def done(self, result: int) -> None:
        """Close, and give the keys back to the window it was opened from."""
        super().done(result)
        parent = self.parentWidget()
        if parent is not None:
            parent.window().activateWindow()
            parent.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.reasons and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            text = event.text()
            if text.isdigit() and 1 <= int(text) <= len(BadReason):
                self.reasons.setCurrentRow(int(text) - 1)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.accept()
                return True
        return super().eventFilter(watched, event)

    def card_id(self) -> int:
        return self.card.card_id

    def reason(self) -> BadReason:
        return list(BadReason)[max(self.reasons.currentRow(), 0)]

    def note_text(self) -> str:
        return self.note.text()


def not_generated_text() -> str:
    return _t(
        QT_TRANSLATE_NOOP(
            "BadCardDialog",
            "Only cards made from the articles can be marked bad; "
            "an imported or hand-made card can be edited or deleted in the browser.",
        )
    )


def failure_text(exc: Exception) -> str:
    """What a notice says when marking failed (the service's reason, in our words when known)."""
    return not_generated_text() if isinstance(exc, NotGenerated) else str(exc)


def ask_and_mark(
    parent: QWidget,
    runner: OpRunner,
    clock: Clock,
    card: Candidate | None,
    no_card: str,
    done: Callable[[Changed[BadMark]], None] | None = None,
) -> BadCardDialog | None:
    """Ask why `card` is bad, then mark it bad on the worker; a notice says so (`no_card`
    when there is no card)."""
    if card is None:
        notice(parent, no_card)
        return None
    dialog = BadCardDialog(card, parent)

    def accepted() -> None:
        card_id, reason, note = dialog.card_id(), dialog.reason(), dialog.note_text()

        def success(result: Changed[BadMark]) -> None:
            notice(parent, marked_text())
            if done is not None:
                done(result)

        def failed(exc: Exception) -> None:
            notice(parent, failure_text(exc))

        runner.run(
            Op(
                lambda ctx: mark_bad(ctx.db, card_id, reason, clock(), note),
                success=success,
                failure=failed,
                source=parent,
            )
        )

    dialog.accepted.connect(accepted)
    dialog.open()
    return dialog
