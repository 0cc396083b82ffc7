"""The project's own exception types: anything a user may see is one of these."""

from __future__ import annotations


class FlashcardsError(Exception):
    """Base class for errors shown to the user as one line."""


class ArticleError(FlashcardsError):
    """A source file that cannot be read as an article."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


class StoreError(FlashcardsError):
    """The database cannot be opened, upgraded or written."""
