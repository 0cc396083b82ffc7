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
    NOT_REGULAR = "not_regular"  # (its kind: "fifo", "socket", "device" or "",)
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
    # -- what the builder says of the files it reads (a `Problem` or an article's `Note`);
    # a path is a value as given, a language its code, a list of values comma-separated.
    NO_SUCH_PATH = "no_such_path"
    FOLDER_LOOP = "folder_loop"  # a symlink back to a folder above it
    DANGLING_LINK = "dangling_link"
    FOLDER_NAMED_LIKE_ARTICLE = "folder_named_like_article"
    DUPLICATE_ARTICLE = "duplicate_article"  # (the path of the first copy,)
    STRAY_BYTES = "stray_bytes"  # (lines in all, the first of them) left out
    LEGACY_LINES = "legacy_lines"  # (lines in all, the first of them, their encoding)
    DECODED_AS = "decoded_as"  # (encoding,)
    HTML_LEFT_OUT = "html_left_out"
    TITLE_FROM_HEADING = "title_from_heading"
    FRONT_MATTER_LANGUAGE = "front_matter_language"  # (the unsupported value,)
    LOW_CONFIDENCE = "low_confidence"  # (language, confidence as "0.42")
    LONG_WORD_SENTENCES = "long_word_sentences"  # (sentences left out, longest word)
    BROKEN_FRONT_MATTER = "broken_front_matter"  # (YAML's words, the line or "")
    FRONT_MATTER_NESTED = "front_matter_nested"
    FRONT_MATTER_TOO_LONG = "front_matter_too_long"  # (characters, the most allowed)
    FRONT_MATTER_TOO_MANY = "front_matter_too_many"  # (the most values allowed,)
    FRONT_MATTER_NOT_MAPPING = "front_matter_not_mapping"
    FRONT_MATTER_NOT_TEXT = "front_matter_not_text"  # (key, what it is in English words)
    NO_BODY = "no_body"
    NO_PARAGRAPHS = "no_paragraphs"
    NO_TITLE = "no_title"
    TITLE_LONG_WORD = "title_long_word"  # (the word's length,)
    NO_LANGUAGE_TEXT = "no_language_text"
    AMBIGUOUS_TRANSLATION = "ambiguous_translation"  # (other path, similarity, margin)
    WORDS_AMBIGUOUS = "words_ambiguous"  # (the other path,)
    KEY_TAKEN = "key_taken"  # (translation key, the path using it, language)
    OTHER_LANGUAGE = "other_language"  # (its language, the deck's languages)
    NO_ANALYSIS = "no_analysis"  # (language, the card kinds not made)
    UNTRANSLATED = "untranslated"  # (the missing languages, cards made, its language)
    NOTHING_TO_BUILD = "nothing_to_build"


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
