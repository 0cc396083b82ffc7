"""Light, dark or the system's look, and the style sheet of the study screens."""

from __future__ import annotations

from string import Template

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QComboBox

from flashcards import paths
from flashcards.text.languages import SUPPORTED

THEMES = ("system", "light", "dark")


def _dark_palette() -> QPalette:
    palette = QPalette()
    base, text = QColor("#1e1f22"), QColor("#e6e6e6")
    palette.setColor(QPalette.ColorRole.Window, QColor("#2b2d31"))
    palette.setColor(QPalette.ColorRole.WindowText, text)
    palette.setColor(QPalette.ColorRole.Base, base)
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#26282c"))
    palette.setColor(QPalette.ColorRole.Text, text)
    palette.setColor(QPalette.ColorRole.Button, QColor("#3a3d42"))
    palette.setColor(QPalette.ColorRole.ButtonText, text)
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#3d6fb4"))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.ToolTipBase, base)
    palette.setColor(QPalette.ColorRole.ToolTipText, text)
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#9a9a9a"))
    palette.setColor(QPalette.ColorRole.Mid, QColor("#55585e"))
    # Disabled controls must look disabled: dimmer text on a flatter button.
    disabled = QPalette.ColorGroup.Disabled
    for role in (
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
    ):
        palette.setColor(disabled, role, QColor("#7a7d82"))
    palette.setColor(disabled, QPalette.ColorRole.Button, QColor("#303236"))
    palette.setColor(disabled, QPalette.ColorRole.Base, QColor("#26282c"))
    palette.setColor(disabled, QPalette.ColorRole.Light, QColor("#303236"))
    return palette


def is_dark(theme: str) -> bool:
    if theme == "dark":
        return True
    if theme == "light":
        return False
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


#: Font sizes the settings offer (points); 0 is the platform's default.
FONT_SIZES = range(8, 21)

#: Each style sheet size, in points above the interface font size.
_STEPS = {
    "base": 0,
    "deck": 2,
    "counts": 3,
    "front": 12,
    "back": 10,
    "extra": 2,
    "done": 6,
    "notice": 1,
    "button": 3,
    "grade": 2,
    "title": 10,
    "paragraph": 5,
}

#: Card text longer than this is a paragraph: read at `paragraph` size, not headline size
#: (at 14 pt the longest card's question alone filled the window at 26 pt).
PARAGRAPH_CHARS = 120

_PARAGRAPH_RULE = """
QLabel#front[paragraph="true"], QLabel#back[paragraph="true"] { font-size: ${paragraph}pt; }
"""


def style_sheet(base: int) -> str:
    """The app's style sheet with its sizes for an interface font of `base` points."""
    sheet = paths.resources_dir() / "styles" / "app.qss"
    text = (sheet.read_text("utf-8") if sheet.exists() else "") + _PARAGRAPH_RULE
    return Template(text).safe_substitute({k: base + v for k, v in _STEPS.items()})


def apply_theme(app: QApplication, theme: str, font_size: int = 0) -> None:
    """Apply a theme ("system", "light" or "dark"), the font size (0: the platform's) and
    the style sheet, whose card text grows with the font size."""
    app.setStyle("Fusion")
    dark = is_dark(theme if theme in THEMES else "system")
    app.setPalette(_dark_palette() if dark else app.style().standardPalette())
    default = QGuiApplication.font().pointSize()
    base = font_size if font_size else (default if default > 0 else 10)
    style = style_sheet(base)
    if font_size:
        style += f"\nQWidget {{ font-size: {font_size}pt; }}\n"
    app.setStyleSheet(style)


def native_language(code: str) -> str:
    """A language's name in itself ("Türkçe", "Íslenska"): clear in any interface language."""
    from PySide6.QtCore import QLocale

    name = "English" if code == "en" else QLocale(code).nativeLanguageName()
    return name[:1].upper() + name[1:] if name else code


def language_box(default: str) -> QComboBox:
    """A choice of the languages the builder reads, each named in itself, `default` chosen."""
    box = QComboBox()
    for code in SUPPORTED:
        box.addItem(f"{native_language(code)} ({code})", code)
    box.setCurrentIndex(SUPPORTED.index(default) if default in SUPPORTED else 0)
    return box
