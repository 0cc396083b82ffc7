"""Keep windows on their screen: never wider or taller than its available geometry."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def available(widget: QWidget) -> QSize:
    """The room the widget's screen offers (the primary screen's before it is shown)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry().size() if screen is not None else QSize(16777215, 16777215)


class ScreenBound(QObject):
    """Caps a window's maximum size at its screen's available size, and follows screen changes.

    Layouts that would need more room are squeezed (their labels wrap) rather than pushing
    the window off the screen, whatever content a card brings.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        window.installEventFilter(self)
        self.apply()

    def apply(self) -> None:
        room = available(self.window)
        frame = self.window.frameGeometry().size() - self.window.geometry().size()
        if self.window.isVisible() and frame.isValid():
            room = room - frame  # the title bar and borders are on the screen too
        self.window.setMaximumSize(room)
        if self.window.width() > room.width() or self.window.height() > room.height():
            self.window.resize(
                min(self.window.width(), room.width()), min(self.window.height(), room.height())
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.ScreenChangeInternal):
            self.apply()
        return False


def keep_on_screen(window: QWidget) -> ScreenBound:
    return ScreenBound(window)
