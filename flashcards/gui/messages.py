"""Errors and build problems in the interface language: worded by their structured reason,
never by their English."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from flashcards.errors import FileError, FlashcardsError, Reason
from flashcards.gui.texts import QT_TRANSLATE_NOOP, kind_name, number, percent
from flashcards.gui.theme import native_language
from flashcards.types import CardKind, Problem

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


# -- what the builder said of a file (a Problem, or a note on how an article was read) -----

#: One sentence per reason the builder gives; %1 is the file's name, %2, %3 … its values,
#: each written as `_VALUES` says.  The reasons of `_TEMPLATES` are worded by those.
_PROBLEMS = {
    Reason.NO_SUCH_PATH: QT_TRANSLATE_NOOP("Messages", "%1: no such file or folder"),
    Reason.FOLDER_LOOP: QT_TRANSLATE_NOOP(
        "Messages", "%1: a symbolic link back to a folder above it (a loop)"
    ),
    Reason.DANGLING_LINK: QT_TRANSLATE_NOOP(
        "Messages", "%1: a symbolic link to a file that is not there"
    ),
    Reason.FOLDER_NAMED_LIKE_ARTICLE: QT_TRANSLATE_NOOP(
        "Messages", "%1: a folder named like an article; read as a folder"
    ),
    Reason.DUPLICATE_ARTICLE: QT_TRANSLATE_NOOP(
        "Messages", "%1: the same article as %2; built once"
    ),
    Reason.STRAY_BYTES: QT_TRANSLATE_NOOP(
        "Messages", "%1: lines %3: bytes that are not UTF-8 were left out"
    ),
    Reason.LEGACY_LINES: QT_TRANSLATE_NOOP(
        "Messages", "%1: lines %3 are not UTF-8 like the rest; read as %4"
    ),
    Reason.DECODED_AS: QT_TRANSLATE_NOOP("Messages", "%1: not UTF-8; read as %2"),
    Reason.HTML_LEFT_OUT: QT_TRANSLATE_NOOP(
        "Messages", "%1: contains HTML markup, which was left out of the cards"
    ),
    Reason.TITLE_FROM_HEADING: QT_TRANSLATE_NOOP(
        "Messages", "%1: no title in the front matter; the first heading is used"
    ),
    Reason.FRONT_MATTER_LANGUAGE: QT_TRANSLATE_NOOP(
        "Messages",
        "%1: the language “%2” in the front matter is not supported; it was detected instead",
    ),
    Reason.LOW_CONFIDENCE: QT_TRANSLATE_NOOP(
        "Messages",
        "%1: probably in %2, but only %3 sure; set “lang:” in the front matter to be certain",
    ),
    Reason.LONG_WORD_SENTENCES: QT_TRANSLATE_NOOP(
        "Messages",
        "%1: %2 sentences with words of up to %3 characters were left out (no cards are made "
        "of them)",
    ),
    Reason.BROKEN_FRONT_MATTER: QT_TRANSLATE_NOOP("Messages", "%1: broken front matter (line %3)"),
    Reason.FRONT_MATTER_NESTED: QT_TRANSLATE_NOOP(
        "Messages", "%1: broken front matter (nested too deeply)"
    ),
    Reason.FRONT_MATTER_TOO_LONG: QT_TRANSLATE_NOOP(
        "Messages", "%1: the front matter is too long (%2 characters; at most %3)"
    ),
    Reason.FRONT_MATTER_TOO_MANY: QT_TRANSLATE_NOOP(
        "Messages",
        "%1: the front matter is too large (more than %2 values once its aliases are expanded)",
    ),
    Reason.FRONT_MATTER_NOT_MAPPING: QT_TRANSLATE_NOOP(
        "Messages", "%1: the front matter is not a list of keys and values"
    ),
    Reason.FRONT_MATTER_NOT_TEXT: QT_TRANSLATE_NOOP(
        "Messages",
        "%1: “%2” in the front matter is not text (put it in quotes to keep it as text)",
    ),
    Reason.NO_BODY: QT_TRANSLATE_NOOP("Messages", "%1: front matter but no article after it"),
    Reason.NO_PARAGRAPHS: QT_TRANSLATE_NOOP(
        "Messages", "%1: no paragraphs or lists in the article"
    ),
    Reason.NO_TITLE: QT_TRANSLATE_NOOP(
        "Messages", "%1: no title (neither in the front matter nor as a heading)"
    ),
    Reason.TITLE_LONG_WORD: QT_TRANSLATE_NOOP(
        "Messages", "%1: the title has a word of %2 characters"
    ),
    Reason.NO_LANGUAGE_TEXT: QT_TRANSLATE_NOOP("Messages", "%1: no text to tell the language from"),
    Reason.AMBIGUOUS_TRANSLATION: QT_TRANSLATE_NOOP(
        "Messages",
        "%1: may translate %2 (similarity %3), but another article is as likely; not grouped: "
        "give the translations the same “translation_key:” in their front matter",
    ),
    Reason.WORDS_AMBIGUOUS: QT_TRANSLATE_NOOP(
        "Messages",
        "%1: its words say it may translate %2, but another article is as likely; not "
        "grouped: give the translations the same “translation_key:” in their front matter",
    ),
    Reason.KEY_TAKEN: QT_TRANSLATE_NOOP(
        "Messages",
        "%1: the translation key “%2” is already used by %3 for %4; built on its own",
    ),
    Reason.OTHER_LANGUAGE: QT_TRANSLATE_NOOP("Messages", "%1: written in %2, not %3; no cards"),
    Reason.NO_ANALYSIS: QT_TRANSLATE_NOOP(
        "Messages", "%1: no language analysis for %2, so no cards of these kinds: %3"
    ),
    Reason.UNTRANSLATED: QT_TRANSLATE_NOOP(
        "Messages", "%1: no %2 translation found; made %3 cards in %4 only"
    ),
    Reason.NOTHING_TO_BUILD: QT_TRANSLATE_NOOP("Messages", "%1: no readable article to build from"),
}

#: The sentence where the number it counts is 1 (`_COUNTED` says which value that is).
_ONE = {
    Reason.STRAY_BYTES: QT_TRANSLATE_NOOP(
        "Messages", "%1: line %3: bytes that are not UTF-8 were left out"
    ),
    Reason.LEGACY_LINES: QT_TRANSLATE_NOOP(
        "Messages", "%1: line %3 is not UTF-8 like the rest; read as %4"
    ),
    Reason.LONG_WORD_SENTENCES: QT_TRANSLATE_NOOP(
        "Messages",
        "%1: a sentence with a word of %3 characters was left out (no card is made of it)",
    ),
    Reason.UNTRANSLATED: QT_TRANSLATE_NOOP(
        "Messages", "%1: no %2 translation found; made one card in %4 only"
    ),
}
_COUNTED = {
    Reason.STRAY_BYTES: 0,
    Reason.LEGACY_LINES: 0,
    Reason.LONG_WORD_SENTENCES: 0,
    Reason.UNTRANSLATED: 1,
}

#: Front matter YAML found broken where it does not say on which line.
_BROKEN_NO_LINE = QT_TRANSLATE_NOOP("Messages", "%1: broken front matter")

#: What a file that is not a regular file is, by `flashcards.files.kind_code`.
_NOT_REGULAR = {
    "fifo": QT_TRANSLATE_NOOP("Messages", "%1: a named pipe (FIFO), not a regular file"),
    "socket": QT_TRANSLATE_NOOP("Messages", "%1: a socket, not a regular file"),
    "device": QT_TRANSLATE_NOOP("Messages", "%1: a device, not a regular file"),
}

#: How each value of a reason is written, one letter per value from %2 on: f a file's name,
#: l a language, L languages ("is,tr"), n a number, p a share ("0.42"), x line numbers,
#: k card kinds, t text as it is, - not shown.
_VALUES = {
    Reason.DUPLICATE_ARTICLE: "f",
    Reason.STRAY_BYTES: "nx",
    Reason.LEGACY_LINES: "nxt",
    Reason.LOW_CONFIDENCE: "lp",
    Reason.LONG_WORD_SENTENCES: "nn",
    Reason.BROKEN_FRONT_MATTER: "-n",
    Reason.FRONT_MATTER_TOO_LONG: "nn",
    Reason.FRONT_MATTER_TOO_MANY: "n",
    Reason.FRONT_MATTER_NOT_TEXT: "t-",
    Reason.TITLE_LONG_WORD: "n",
    Reason.AMBIGUOUS_TRANSLATION: "fp-",
    Reason.WORDS_AMBIGUOUS: "f",
    Reason.KEY_TAKEN: "tfl",
    Reason.OTHER_LANGUAGE: "lL",
    Reason.NO_ANALYSIS: "lk",
    Reason.UNTRANSLATED: "Lnl",
}

#: Reasons no build reports of a file (errors of a glossary, a deck, a command's arguments,
#: a file written, an Anki package: worded by `error_text` and the dialogs that show them).
NOT_IN_BUILDS = frozenset(
    {
        Reason.NO_COLUMN,
        Reason.DECK_LANGUAGES,
        Reason.CANNOT_WRITE,
        Reason.UNSUPPORTED_LANGUAGE,
        Reason.NOT_ZIP,
        Reason.NO_COLLECTION,
        Reason.DAMAGED_ARCHIVE,
        Reason.UNPACKS_TOO_MUCH,
        Reason.ANKI_CANNOT_READ,
        Reason.NO_SUCH_FIELDS,
    }
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _number(value: str) -> str:
    try:
        return number(int(value))
    except ValueError:
        return value


def _value(kind: str, value: str, count: str) -> str:
    """One value of a problem, written the interface's way (see `_VALUES`)."""
    entries = [part for part in value.split(",") if part]
    if kind == "f":
        return Path(value).name or value
    if kind == "l":
        return native_language(value)
    if kind == "L":
        names = [native_language(code) for code in entries]
        return _tr(" or ").join(names) if names else _tr("another language")
    if kind == "n":
        return _number(value)
    if kind == "p":
        try:
            return percent(float(value))
        except ValueError:
            return value
    if kind == "x":
        shown = ", ".join(_number(n) for n in entries)
        more = count.isdigit() and int(count) > len(entries)
        return shown + (" …" if more else "")
    if kind == "k":
        kinds = [kind_name(CardKind(k)) if k in set(CardKind) else k for k in entries]
        return ", ".join(kinds)
    if kind == "-":
        return ""
    return value


def _problem_template(reason: Reason, values: Sequence[str]) -> str:
    def at(i: int) -> str:
        return values[i] if i < len(values) else ""

    counted = _COUNTED.get(reason)
    if counted is not None and at(counted) == "1":
        return _ONE[reason]
    if reason is Reason.BROKEN_FRONT_MATTER and not at(1):
        return _BROKEN_NO_LINE
    if reason is Reason.NOT_REGULAR and at(0) in _NOT_REGULAR:
        return _NOT_REGULAR[at(0)]
    return _PROBLEMS.get(reason) or _TEMPLATES[reason]


def problem_text(problem: Problem) -> str:
    """What the builder said of a file, in the interface language: its name and a sentence
    chosen by the problem's reason.  A problem without one (from a build stored before
    problems had reasons) keeps its own first line."""
    name = Path(problem.path).name or problem.path
    reason = problem.reason
    if reason is None or (reason not in _PROBLEMS and reason not in _TEMPLATES):
        return f"{name}: {one_line(problem.message)}"
    values = problem.values
    kinds = _VALUES.get(reason, "t" * len(values))
    count = values[0] if values else ""
    shown = [name] + [
        _value(kinds[i] if i < len(kinds) else "t", value, count) for i, value in enumerate(values)
    ]
    template = _tr(_problem_template(reason, values))

    def fill(found: re.Match[str]) -> str:
        index = int(found.group(1)) - 1
        return shown[index] if index < len(shown) else ""

    return re.sub(r"%(\d)", fill, template)


#: Words the sentences above put between values.
_JOINERS = (
    QT_TRANSLATE_NOOP("Messages", " or "),
    QT_TRANSLATE_NOOP("Messages", "another language"),
)
