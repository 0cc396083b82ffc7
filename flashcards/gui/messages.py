"""Errors in the interface language: worded by their structured reason, never by their English."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from flashcards.errors import FileError, FlashcardsError, Reason
from flashcards.gui.texts import QT_TRANSLATE_NOOP
from flashcards.gui.theme import native_language

_CONTEXT = "Messages"

#: One sentence per reason; %1 is the file's name, %2 and %3 the reason's values.
_TEMPLATES = {
    Reason.NO_SUCH_FILE: QT_TRANSLATE_NOOP("Messages", "%1: no such file"),
    Reason.PERMISSION: QT_TRANSLATE_NOOP("Messages", "%1: permission denied"),
    Reason.SYMLINK_LOOP: QT_TRANSLATE_NOOP("Messages", "%1: a symbolic link loop"),
    Reason.CANNOT_READ: QT_TRANSLATE_NOOP("Messages", "%1: cannot be read (%2)"),
    Reason.FOLDER: QT_TRANSLATE_NOOP("Messages", "%1: a folder, not a file"),
    Reason.NOT_REGULAR: QT_TRANSLATE_NOOP("Messages", "%1: not a regular file"),
    Reason.TOO_LARGE: QT_TRANSLATE_NOOP("Messages", "%1: the file is too large (%2; at most %3)"),
    Reason.EMPTY: QT_TRANSLATE_NOOP("Messages", "%1: the file is empty"),
    Reason.BINARY: QT_TRANSLATE_NOOP("Messages", "%1: not a text file"),
    Reason.NOT_VALID_TEXT: QT_TRANSLATE_NOOP("Messages", "%1: not valid %2 text"),
    Reason.CANNOT_WRITE: QT_TRANSLATE_NOOP("Messages", "Cannot write %1 (%2)."),
    Reason.UNSUPPORTED_LANGUAGE: QT_TRANSLATE_NOOP("Messages", "Unsupported language: %2"),
    Reason.NOT_ZIP: QT_TRANSLATE_NOOP("Messages", "%1: not an Anki package (not a zip archive)"),
    Reason.NO_COLLECTION: QT_TRANSLATE_NOOP(
        "Messages", "%1: not an Anki package (no collection in it)"
    ),
    Reason.DAMAGED_ARCHIVE: QT_TRANSLATE_NOOP("Messages", "%1: a damaged zip archive"),
    Reason.UNPACKS_TOO_MUCH: QT_TRANSLATE_NOOP(
        "Messages", "%1: not imported: it would unpack to more than %2 or %3 files"
    ),
    Reason.ANKI_CANNOT_READ: QT_TRANSLATE_NOOP(
        "Messages", "%1: Anki's library cannot read it (%2)"
    ),
    Reason.NO_SUCH_FIELDS: QT_TRANSLATE_NOOP(
        "Messages", "%1: no note type has the fields %2 and %3 (%4)"
    ),
}


def one_line(text: str) -> str:
    """The first non-empty line of a message: a message box never shows a traceback."""
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def error_text(exc: BaseException, full_path: bool = False) -> str:
    """One line saying what went wrong, in the interface language where the error's reason
    is known; otherwise its own first line (never a traceback)."""
    if isinstance(exc, FlashcardsError) and exc.reason in _TEMPLATES:
        assert exc.reason is not None
        name = ""
        if isinstance(exc, FileError):
            name = exc.path if full_path else (Path(exc.path).name or exc.path)
        text = QCoreApplication.translate(_CONTEXT, _TEMPLATES[exc.reason]).replace("%1", name)
        for number, value in enumerate(exc.values, start=2):
            text = text.replace(f"%{number}", value)
        return text
    if isinstance(exc, FlashcardsError):
        return one_line(str(exc))
    return QCoreApplication.translate(_CONTEXT, "Something went wrong: %1").replace(
        "%1", one_line(str(exc)) or type(exc).__name__
    )


def deck_languages_text(exc: FlashcardsError) -> str | None:
    """A deck already in other languages than asked (Reason.DECK_LANGUAGES), or None."""
    if exc.reason is not Reason.DECK_LANGUAGES or len(exc.values) < 3:
        return None
    deck, source, target = exc.values[:3]
    return (
        QCoreApplication.translate(
            _CONTEXT, "The deck “%1” is in %2 and %3: choose those languages or another deck."
        )
        .replace("%1", deck)
        .replace("%2", native_language(source))
        .replace("%3", native_language(target))
    )
