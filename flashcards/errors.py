"""The project's own exception types: anything a user may see is one of these."""

from __future__ import annotations


class FlashcardsError(Exception):
    """Base class for errors shown to the user as one line."""


class FileError(FlashcardsError):
    """A file that cannot be read; the message names it: "path: what is wrong"."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


class ArticleError(FileError):
    """A source file that cannot be read as an article."""


class GlossaryError(FileError):
    """A glossary file that cannot be read at all."""


class StoreError(FlashcardsError):
    """The database cannot be opened, upgraded or written."""
