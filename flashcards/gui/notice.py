"""Short notices over a window that fade by themselves, like Anki's tooltips ("Card buried")."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QLabel, QWidget

#: How long a notice stays, in milliseconds.
DURATION_MS = 3000


class Notice(QLabel):
    """A plain-text label floating at the bottom centre of its window; never takes focus."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("notice")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)  # the style sheet's fill
        self.setAutoFillBackground(True)
        self.setAccessibleName(self.tr("Notice"))
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.hide)
        window.installEventFilter(self)
        self.hide()

    def say(self, text: str, ms: int = DURATION_MS) -> None:
        self.setText(text)
        self._place()
        self.show()
        self.raise_()
        self.timer.start(ms)

    def _place(self) -> None:
        window = self.parentWidget()
        if window is None:
            return
        width = min(max(240, window.width() // 2), max(120, window.width() - 32))
        self.setFixedWidth(width)
        self.setMinimumHeight(0)
        self.adjustSize()
        # Above the bottom row of buttons, never over them.
        self.move((window.width() - width) // 2, max(0, window.height() - self.height() - 140))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False


def notice(widget: QWidget, text: str, ms: int = DURATION_MS) -> Notice:
    """Show `text` over the window of `widget` for a few seconds (one notice per window)."""
    window = widget.window()
    found = window.findChild(Notice, "notice", Qt.FindChildOption.FindDirectChildrenOnly)
    shown = found if isinstance(found, Notice) else Notice(window)
    shown.say(text, ms)
    return shown
