"""The card on screen: its languages and flag, the question, and the answer with its context."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from flashcards.gui.plain import wrappable
from flashcards.gui.texts import FLAG_COLORS, flag_name
from flashcards.gui.theme import PARAGRAPH_CHARS, native_language
from flashcards.records import CardRecord
from flashcards.services.answers import context_of


def paragraphs(text: str) -> str:
    """Card text for its label: lines set apart as paragraphs (a gap sentence and, under
    it, the sentence it comes from ran together as one block), each wrappable."""
    return "\n\n".join(wrappable(line.strip()) for line in text.splitlines() if line.strip())


def text_label(name: str) -> QLabel:
    """A label for card text: plain text (never interpreted), wrapping, selectable."""
    label = QLabel()
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class CardView(QScrollArea):
    """Question over answer; a long card scrolls inside the window instead of growing it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        body.setObjectName("cardBody")
        self.body = body
        self._fit_timer = QTimer(self, singleShot=True, interval=0)
        self._fit_timer.timeout.connect(self._fit_body)
        self.setWidget(body)  # (the scroll area filters its widget's events: see eventFilter)
        layout = QVBoxLayout(body)
        layout.addStretch(1)
        self.flag_label = QLabel()
        self.flag_label.setObjectName("flag")
        self.flag_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.flag_label.setTextFormat(Qt.TextFormat.PlainText)
        flag_row = QHBoxLayout()
        flag_row.addStretch()
        flag_row.addWidget(self.flag_label)
        flag_row.addStretch()
        layout.addLayout(flag_row)
        self.lang_label = QLabel()
        self.lang_label.setTextFormat(Qt.TextFormat.PlainText)
        self.lang_label.setObjectName("language")
        self.lang_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.lang_label)
        self.front = text_label("front")
        self.front.setAccessibleName(self.tr("Question"))
        layout.addWidget(self.front)
        self.rule = QFrame()
        self.rule.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(self.rule)
        self.back = text_label("back")
        self.back.setAccessibleName(self.tr("Answer"))
        layout.addWidget(self.back)
        self.extra = text_label("extra")
        self.extra.setAccessibleName(self.tr("Context"))
        layout.addWidget(self.extra)
        self.answer_area = QVBoxLayout()
        layout.addLayout(self.answer_area)
        layout.addStretch(2)
        self.card: CardRecord | None = None
        self._answer_pending = False  # scroll the answer into view once it is laid out
        #: A widget below the answer that must be seen too (a wrong multiple-choice pick,
        #: marked red beside the right option marked green), even if the answer's start
        #: then scrolls up out of view.
        self.also_in_view: QWidget | None = None
        self._answer_tries = 0
        self._answer_timer = QTimer(self, singleShot=True, interval=0)
        self._answer_timer.timeout.connect(self._scroll_to_answer)

    # A scroll area gives its widget the viewport's height, not the height its wrapped
    # labels need at the viewport's width: the body asks for that height itself, so a long
    # card scrolls instead of being cut.
    def _fit_body(self) -> None:
        layout = self.body.layout()
        if layout is None:
            return
        width = self.body.width()
        needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
        height = max(needed, layout.totalMinimumSize().height())
        if height != self.body.minimumHeight():
            self.body.setMinimumHeight(height)
        if self._answer_pending:
            self._answer_timer.start()  # once the body has its new height

    def _scroll_to_answer(self) -> None:
        """Like Anki's jump to the answer: on a card taller than the view, scroll so the
        answer and what follows it (context, the marked options) are in view, as much of
        the question above as there is room for, and never past the answer's start."""
        if not self._answer_pending or not self.revealed:
            return
        layout = self.body.layout()
        if layout is not None:
            layout.activate()
        bar = self.verticalScrollBar()
        waiting = self.body.height() > self.viewport().height() and bar.maximum() == 0
        if waiting and self._answer_tries < 5:
            self._answer_tries += 1
            self._fit_timer.start()  # the scroll area has not taken in the new height yet
            return
        self._answer_pending, self._answer_tries = False, 0
        below = [
            w
            for w in self.body.findChildren(
                QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
            )
            if w.isVisible() and w.y() >= self.rule.y()
        ]
        bottom = max((w.geometry().bottom() for w in below), default=self.back.geometry().bottom())
        start = self.rule.y() - self.front.fontMetrics().height() // 2
        target = min(max(bar.value(), bottom + 8 - self.viewport().height()), start)
        extra = self.also_in_view
        if extra is not None and extra.isVisible():
            low = extra.mapTo(self.body, QPoint(0, extra.height())).y()
            target = max(target, low + 8 - self.viewport().height())
        bar.setValue(max(0, min(target, bar.maximum())))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_body()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.body and event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Resize):
            self._fit_timer.start()  # once the layout has taken in what changed
        return super().eventFilter(watched, event)

    def show_card(self, card: CardRecord) -> None:
        """The question of `card`; the answer stays hidden until `reveal`."""
        self.card = card
        pair = (card.source_lang, card.target_lang)
        self.lang_label.setText(
            native_language(pair[0])
            if pair[0] == pair[1]
            else f"{native_language(pair[0])} → {native_language(pair[1])}"
        )
        self.front.setText(paragraphs(card.front))
        self.back.setText(paragraphs(card.back))
        for label, text in ((self.front, card.front), (self.back, card.back)):
            paragraph = len(text) > PARAGRAPH_CHARS
            if label.property("paragraph") != paragraph:
                label.setProperty("paragraph", paragraph)
                label.style().unpolish(label)
                label.style().polish(label)
        self.extra.setText(wrappable(context_of(card)))
        self.set_flag(card.flag)
        for widget in (self.rule, self.back, self.extra):
            widget.setVisible(False)
        self._answer_pending, self._answer_tries = False, 0
        self.also_in_view = None
        self.verticalScrollBar().setValue(0)

    def reveal(self) -> None:
        for widget in (self.rule, self.back):
            widget.setVisible(True)
        self.extra.setVisible(bool(self.extra.text()))
        self._answer_pending = True
        self._fit_timer.start()

    @property
    def revealed(self) -> bool:
        return not self.back.isHidden()

    def set_flag(self, flag: int) -> None:
        """The card's flag in its colour above the question (hidden when it has none)."""
        name = flag_name(flag)
        self.flag_label.setVisible(bool(name))
        if name:
            color = FLAG_COLORS[flag]
            self.flag_label.setText("⚑ " + self.tr("%1 flag").replace("%1", name))
            self.flag_label.setStyleSheet(
                f"color: {color}; border: 2px solid {color}; border-radius: 4px; padding: 2px 8px;"
            )
        self.setProperty("flag", flag)
