"""What the builder says of the files it reads: a reason with values, and its English words.

Each `Problem` and `Note` the builder makes carries a `Reason` and the values it names; the
English sentence (the terminal's) is written here from the same reason and values, so the
terminal and a translated window never say different things.  A path is a value as it was
given, a language its code, a list of codes or card kinds one comma-separated value.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from flashcards.errors import ArticleError, Reason
from flashcards.text.languages import language_name
from flashcards.types import Note, Problem, Severity


def items(value: str) -> list[str]:
    """The entries of a comma-separated value ("is,tr" → ["is", "tr"])."""
    return [part for part in value.split(",") if part]


def lines_label(count: str, first: str) -> str:
    """ "line 3" or "lines 3, 5, 8 …": `first` holds the first few of `count` lines."""
    numbers = items(first)
    if int(count) == 1:
        return f"line {numbers[0]}"
    more = " …" if int(count) > len(numbers) else ""
    return f"lines {', '.join(numbers)}{more}"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'s' if count != 1 else ''}"


_KEY_HINT = "not grouped: add the same 'translation_key:' to the front matter of the translations"

_ENGLISH: dict[Reason, Callable[[Sequence[str]], str]] = {
    Reason.EMPTY: lambda v: "empty file",
    Reason.NO_SUCH_PATH: lambda v: "no such file or folder",
    Reason.FOLDER_LOOP: lambda v: "a symlink loop (leads back to a folder above it)",
    Reason.DANGLING_LINK: lambda v: "a symlink to nothing (its target is missing)",
    Reason.FOLDER_NAMED_LIKE_ARTICLE: lambda v: "a folder named like an article; read as a folder",
    Reason.DUPLICATE_ARTICLE: lambda v: f"same article as {v[0]}; built once",
    Reason.STRAY_BYTES: lambda v: f"{lines_label(v[0], v[1])}: bytes that are not UTF-8 left out",
    Reason.LEGACY_LINES: lambda v: (
        f"{lines_label(v[0], v[1])}: not UTF-8 like the rest; read as {v[2]}"
    ),
    Reason.DECODED_AS: lambda v: f"decoded as {v[0]}",
    Reason.HTML_LEFT_OUT: lambda v: "contains HTML markup; left out of the cards",
    Reason.TITLE_FROM_HEADING: lambda v: "no front-matter title; using the first heading",
    Reason.FRONT_MATTER_LANGUAGE: lambda v: (
        f"front matter language {v[0]!r} is not supported; detecting"
    ),
    Reason.LOW_CONFIDENCE: lambda v: (
        f"language detected as {language_name(v[0])} with low confidence ({v[1]}); "
        "set 'lang:' in the front matter to be sure"
    ),
    Reason.LONG_WORD_SENTENCES: lambda v: (
        f"left out {_plural(int(v[0]), 'sentence')} with a {int(v[1]):,}-character word "
        "(no card is made of it)"
    ),
    Reason.BROKEN_FRONT_MATTER: lambda v: f"broken front matter ({v[0]})",
    Reason.FRONT_MATTER_NESTED: lambda v: "broken front matter (nested too deeply)",
    Reason.FRONT_MATTER_TOO_LONG: lambda v: (
        f"front matter too large ({int(v[0]):,} characters; "
        f"front matter holds at most {int(v[1]):,})"
    ),
    Reason.FRONT_MATTER_TOO_MANY: lambda v: (
        f"front matter too large (more than {int(v[0]):,} values once its aliases are expanded)"
    ),
    Reason.FRONT_MATTER_NOT_MAPPING: lambda v: "front matter is not a mapping of keys to values",
    Reason.FRONT_MATTER_NOT_TEXT: lambda v: (
        f"front matter {v[0]!r} is {v[1]}, not text (quote it to keep it as text)"
    ),
    Reason.NO_BODY: lambda v: "front matter but no article body",
    Reason.NO_PARAGRAPHS: lambda v: "no paragraphs or lists in the article body",
    Reason.NO_TITLE: lambda v: "no title: neither a front-matter title nor a heading",
    Reason.TITLE_LONG_WORD: lambda v: f"the title has a {int(v[0]):,}-character word",
    Reason.NO_LANGUAGE_TEXT: lambda v: "no text to tell the language from",
    Reason.AMBIGUOUS_TRANSLATION: lambda v: (
        f"ambiguous translation of {v[0]} (similarity {v[1]}, a rival scores within {v[2]}); "
        + _KEY_HINT
    ),
    Reason.WORDS_AMBIGUOUS: lambda v: (
        f"may translate {v[0]} (its words say so), but another article is as likely; " + _KEY_HINT
    ),
    Reason.KEY_TAKEN: lambda v: (
        f"translation key {v[0]!r} is already used by {v[1]} for {language_name(v[2])}; "
        "built on its own"
    ),
    Reason.OTHER_LANGUAGE: lambda v: (
        f"written in {language_name(v[0])}, not "
        f"{' or '.join(sorted(language_name(code) for code in items(v[1])))}; no cards"
    ),
    Reason.NO_ANALYSIS: lambda v: (
        f"no language analysis for {language_name(v[0])}: no {', '.join(items(v[1]))} cards"
    ),
    Reason.UNTRANSLATED: lambda v: (
        f"no {' or '.join(language_name(code) for code in items(v[0])) or 'other-language'} "
        f"translation found; made {int(v[1])} {language_name(v[2])}-only "
        f"card{'s' if int(v[1]) != 1 else ''}"
    ),
    Reason.NOTHING_TO_BUILD: lambda v: "no readable article to build from",
}

#: The reasons the builder words itself (the others come with their error's message).
WORDED = frozenset(_ENGLISH)


def english(reason: Reason, values: Sequence[str] = ()) -> str:
    """The English sentence for `reason` with its `values`."""
    return _ENGLISH[reason](values)


def problem(
    path: str, reason: Reason, *values: object, severity: Severity = Severity.ERROR
) -> Problem:
    """A problem with `path`, in English and by reason."""
    shown = tuple(str(v) for v in values)
    return Problem(path, english(reason, shown), severity, reason, shown)


def note(reason: Reason, *values: object) -> Note:
    """A note on how an article was read, in English and by reason."""
    shown = tuple(str(v) for v in values)
    return Note(english(reason, shown), reason, shown)


def refusal(path: str, reason: Reason, *values: object) -> ArticleError:
    """The error refusing the file at `path` as an article (to be raised)."""
    shown = tuple(str(v) for v in values)
    return ArticleError(path, english(reason, shown), reason=reason, values=shown)
