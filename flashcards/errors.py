"""The project's own exception types: anything a user may see is one of these.

An error carries its one-line English message and, where a front end may want to word it
in its own language, a structured `reason` with `values` to fill in (as glossary skips
carry a `Skip`): the GUI picks its translation by reason, never by matching the English.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum


class Reason(StrEnum):
    """What is wrong, by kind; `values` hold the details each one names."""

    NO_SUCH_FILE = "no_such_file"
    PERMISSION = "permission"
    SYMLINK_LOOP = "symlink_loop"
    CANNOT_READ = "cannot_read"  # (the system's reason,)
    FOLDER = "folder"
    NOT_REGULAR = "not_regular"
    TOO_LARGE = "too_large"  # (size, limit), as "2.4 MB"
    EMPTY = "empty"
    BINARY = "binary"
    NOT_VALID_TEXT = "not_valid_text"  # (encoding,)
    CANNOT_WRITE = "cannot_write"  # (the system's reason,)
    NO_COLUMN = "no_column"  # a glossary header: (its names, "terms" or "translations")
    DECK_LANGUAGES = "deck_languages"  # (deck, its source, its target) differ from asked
    UNSUPPORTED_LANGUAGE = "unsupported_language"  # (the value given,)
    NOT_ZIP = "not_zip"  # an Anki package expected, and the file is no zip archive
    NO_COLLECTION = "no_collection"  # a zip archive without an Anki collection in it
    DAMAGED_ARCHIVE = "damaged_archive"  # a zip archive whose members do not read back
    UNPACKS_TOO_MUCH = "unpacks_too_much"  # (size limit, file count limit)
    ANKI_CANNOT_READ = "anki_cannot_read"  # (Anki's library's own reason,)
    NO_SUCH_FIELDS = "no_such_fields"  # (front, back, each note type: its fields)


class FlashcardsError(Exception):
    """Base class for errors shown to the user as one line."""

    def __init__(
        self, message: str = "", *, reason: Reason | None = None, values: Sequence[str] = ()
    ) -> None:
        super().__init__(message)
        self.reason = reason
        self.values = tuple(values)


class FileError(FlashcardsError):
    """A file that cannot be read; the message names it: "path: what is wrong"."""

    def __init__(
        self,
        path: str,
        message: str,
        *,
        reason: Reason | None = None,
        values: Sequence[str] = (),
    ) -> None:
        super().__init__(f"{path}: {message}", reason=reason, values=values)
        self.path = path
        self.message = message


class ArticleError(FileError):
    """A source file that cannot be read as an article."""


class GlossaryError(FileError):
    """A glossary file that cannot be read at all."""


class StoreError(FlashcardsError):
    """The database cannot be opened, upgraded or written."""
