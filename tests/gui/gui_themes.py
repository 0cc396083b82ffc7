"""The app's theme at a font size for one test, and the style it had put back after it (not
a test module)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QApplication

from flashcards.gui.theme import apply_theme


@contextmanager
def themed(size: int) -> Iterator[QApplication]:
    """The light theme at `size` pt (0: the platform's font) while the block runs."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    sheet, palette = app.styleSheet(), app.palette()
    apply_theme(app, "light", size)
    try:
        yield app
    finally:
        app.setStyleSheet(sheet)
        app.setPalette(palette)
