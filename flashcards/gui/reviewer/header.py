"""The reviewer's frame around the card: the top row (deck, answer mode, read aloud, recall,
counts), the loading page and the done page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from flashcards.gui.reviewer.steps import MODES
from flashcards.gui.texts import QT_TRANSLATE_NOOP, date_time, number
from flashcards.scheduler.queue import Counts

if TYPE_CHECKING:
    from datetime import datetime

    from flashcards.gui.reviewer.page import ReviewerPage


def _t(text: str) -> str:
    return QCoreApplication.translate("ReviewerPage", text)  # the page's own strings


def mode_names() -> tuple[str, str, str]:
    """The mode box's names of MODES, in its order."""
    return (
        _t(QT_TRANSLATE_NOOP("ReviewerPage", "Flip and grade yourself")),
        _t(QT_TRANSLATE_NOOP("ReviewerPage", "Type the answer")),
        _t(QT_TRANSLATE_NOOP("ReviewerPage", "Multiple choice")),
    )


def top_row(page: ReviewerPage) -> QHBoxLayout:
    """Deck name, mode box, Read aloud, the recall (on request) and today's counts."""
    top = QHBoxLayout()
    page.deck_label = QLabel()
    page.deck_label.setObjectName("deckName")
    page.deck_label.setTextFormat(Qt.TextFormat.PlainText)
    page.deck_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    top.addWidget(page.deck_label, 1)
    page.mode_box = QComboBox()
    page.mode_box.setAccessibleName(_t(QT_TRANSLATE_NOOP("ReviewerPage", "Answer mode")))
    page.mode_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    for mode, label in zip(MODES, mode_names(), strict=True):
        page.mode_box.addItem(label, mode.value)
    page.mode_box.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    top.addWidget(page.mode_box)
    page.speak_button = QPushButton(_t(QT_TRANSLATE_NOOP("ReviewerPage", "Read aloud (R)")))
    page.speak_button.setAccessibleName(_t(QT_TRANSLATE_NOOP("ReviewerPage", "Read aloud")))
    page.speak_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    top.addWidget(page.speak_button)
    top.addSpacing(16)
    # The current card's retrievability, on request (I), as Anki's card info shows it.
    page.recall_label = QLabel()
    page.recall_label.setObjectName("recall")
    page.recall_label.setTextFormat(Qt.TextFormat.PlainText)
    page.recall_label.setVisible(False)
    top.addWidget(page.recall_label)
    top.addSpacing(16)
    page.counts_label = QLabel()
    page.counts_label.setObjectName("counts")
    page.counts_label.setTextFormat(Qt.TextFormat.RichText)  # our own markup only
    page.counts_label.setAccessibleName(_t(QT_TRANSLATE_NOOP("ReviewerPage", "Cards left today")))
    top.addWidget(page.counts_label)
    return top


def set_counts(page: ReviewerPage, counts: Counts) -> None:
    """Today's new · learning · review counts in Anki's colours, named in the tooltip."""
    page.counts_label.setText(
        f"<span style='color:#1f6fd1'>{number(counts.new)}</span> · "
        f"<span style='color:#c0392b'>{number(counts.learning)}</span> · "
        f"<span style='color:#1e8e3e'>{number(counts.review)}</span>"
    )
    page.counts_label.setToolTip(
        _t(QT_TRANSLATE_NOOP("ReviewerPage", "New %1 · Learning %2 · Review %3"))
        .replace("%1", number(counts.new))
        .replace("%2", number(counts.learning))
        .replace("%3", number(counts.review))
    )


def loading_page(page: ReviewerPage) -> QLabel:
    """The page shown at once while a deck opens ("Opening sales…")."""
    page.loading_label = QLabel()
    page.loading_label.setTextFormat(Qt.TextFormat.PlainText)  # names a deck: user text
    page.loading_label.setObjectName("done")
    page.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    page.loading_label.setWordWrap(True)
    return page.loading_label


def loading_text(deck: str) -> str:
    return _t(QT_TRANSLATE_NOOP("ReviewerPage", "Opening %1…")).replace("%1", deck)


def done_page(page: ReviewerPage) -> QWidget:
    """The page shown when nothing is left today, with Back to decks."""
    done = QWidget()
    column = QVBoxLayout(done)
    column.addStretch()
    page.done_label = QLabel()
    page.done_label.setObjectName("done")
    page.done_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    page.done_label.setWordWrap(True)
    page.done_label.setTextFormat(Qt.TextFormat.PlainText)
    column.addWidget(page.done_label)
    back = page.back_button = QPushButton(_t(QT_TRANSLATE_NOOP("ReviewerPage", "Back to decks")))
    back.clicked.connect(page.finished)
    row = QHBoxLayout()
    row.addStretch()
    row.addWidget(back)
    row.addStretch()
    column.addLayout(row)
    column.addStretch()
    return done


def done_text(answered: int, next_due: datetime | None, chosen: bool = False) -> str:
    """What the done page says: how many were answered (of the cards chosen to study now,
    or of today's queue), when the next card is due."""
    done = (
        QT_TRANSLATE_NOOP("ReviewerPage", "The cards chosen are studied: %1 answered.")
        if chosen
        else QT_TRANSLATE_NOOP("ReviewerPage", "Done for today: %1 answered in this session.")
    )
    text = _t(done).replace("%1", number(answered))
    if next_due is not None:
        text += "\n" + _t(QT_TRANSLATE_NOOP("ReviewerPage", "The next card is due %1.")).replace(
            "%1", date_time(next_due)
        )
    return text
