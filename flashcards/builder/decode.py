"""Turn the bytes of a source file into text: BOMs, UTF-8, legacy 8-bit encodings, binaries."""

from __future__ import annotations

import codecs
import contextlib
import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from charset_normalizer import from_bytes

from flashcards.builder.problems import note
from flashcards.errors import ArticleError, FileError, Reason
from flashcards.files import MAX_ARTICLE_BYTES, megabytes, too_large
from flashcards.text import languages as language
from flashcards.types import Note

#: Legacy 8-bit encodings worth trying, each with the language that uses it.  cp1254 and
#: latin-1 differ only in six letters (ğ/ð, ş/þ, ı/ý and capitals), so which one is right is
#: decided by how well each decoding reads as its language.
LEGACY: tuple[tuple[str, str], ...] = (
    ("cp1254", "tr"),
    ("iso-8859-1", "is"),
    ("cp1252", "en"),
    ("iso-8859-15", "fr"),
    ("cp1250", "pl"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


def _control_ratio(text: str) -> float:
    return len(_CONTROL.findall(text)) / max(1, len(text))


def decode_with(
    data: bytes,
    path: str,
    *,
    fallback: Callable[[bytes], tuple[str, str]],
    error: type[FileError] = ArticleError,
    limit: int | None = MAX_ARTICLE_BYTES,
    what: str = "text",
) -> tuple[str, str]:
    """Decode `data`, returning (text with LF line ends, encoding name).

    A BOM decides; otherwise UTF-8; otherwise `fallback` (for bytes that are not UTF-8).
    Empty, huge or binary files raise `error(path, message)`; `what` names the text that
    was expected ("text", "a text glossary").
    """
    if limit is not None and len(data) > limit:
        raise error(
            path,
            too_large(len(data), limit),
            reason=Reason.TOO_LARGE,
            values=(megabytes(len(data)), megabytes(limit)),
        )
    if not data.strip():
        raise error(path, "empty file", reason=Reason.EMPTY)
    text: str | None = None
    encoding = ""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                text, encoding = data.decode(name), name
            except UnicodeDecodeError as exc:
                raise error(
                    path,
                    f"not valid {name} text ({exc.reason})",
                    reason=Reason.NOT_VALID_TEXT,
                    values=(name,),
                ) from None
            break
    if text is None:
        if b"\x00" in data:
            raise error(path, f"binary file, not {what}", reason=Reason.BINARY)
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text, encoding = fallback(data)
    if _control_ratio(text) > 0.01:
        raise error(path, f"binary file, not {what}", reason=Reason.BINARY)
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise error(path, "empty file", reason=Reason.EMPTY)
    return text, encoding


@dataclass(frozen=True)
class Decoded:
    """An article's text, the encoding it was read in, and what the reader should know."""

    text: str
    encoding: str
    notes: tuple[Note, ...] = ()


def decode(data: bytes, path: str) -> tuple[str, str]:
    """Decode an article's bytes, returning (text with LF line ends, encoding name).

    Raises ArticleError for empty or binary files.
    """
    decoded = decode_article(data, path)
    return decoded.text, decoded.encoding


def decode_article(data: bytes, path: str, limit: int | None = None) -> Decoded:
    """Decode an article line by line where it must be.

    A file that is UTF-8 but for some lines keeps its UTF-8 lines as they are: lines in a
    legacy 8-bit encoding are read in the one that reads best as its language, and stray
    bytes inside a UTF-8 line are left out; the notes name the lines either way.  A file
    with no UTF-8 at all is read in one legacy encoding.  Nothing is silently garbled.
    """
    notes: list[Note] = []

    def fallback(raw: bytes) -> tuple[str, str]:
        mixed = _decode_mixed(raw, path, notes)
        return mixed if mixed is not None else _decode_legacy(raw, path)

    text, encoding = decode_with(data, path, fallback=fallback, limit=limit)
    return Decoded(text, encoding, tuple(notes))


#: How many line numbers a note lists before it says "…".
_LISTED = 5


def _lines(numbers: Sequence[int]) -> tuple[int, str]:
    """How many lines, and the first `_LISTED` of them, as a note names them."""
    return len(numbers), ",".join(str(n) for n in numbers[:_LISTED])


def _utf8_runs(line: bytes) -> tuple[int, int]:
    """(well-formed multi-byte UTF-8 characters, bytes that are not UTF-8) in `line`."""
    text = line.decode("utf-8", errors="replace")
    return sum(1 for ch in text if ord(ch) > 0x7F and ch != "\ufffd"), text.count("\ufffd")


def _decode_mixed(data: bytes, path: str, notes: list[Note]) -> tuple[str, str] | None:
    """A mostly-UTF-8 file decoded line by line, or None when it has no UTF-8 lines."""
    lines = data.split(b"\n")
    utf8: set[int] = set()
    legacy: list[int] = []
    stray: list[int] = []
    for n, line in enumerate(lines):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            good, bad = _utf8_runs(line)
            (stray if good >= bad else legacy).append(n)
        else:
            utf8.add(n)
    if not utf8 and not stray:
        return None
    decoded = [line.decode("utf-8", errors="replace") for line in lines]
    for n in stray:
        decoded[n] = decoded[n].replace("\ufffd", "")
    if stray:
        notes.append(note(Reason.STRAY_BYTES, *_lines([n + 1 for n in stray])))
    encoding = "utf-8"
    if legacy:
        chunk = b"\n".join(lines[n] for n in legacy)
        text, chosen = _decode_legacy(chunk, path)
        parts = text.split("\n")
        if len(parts) != len(legacy):  # a multi-byte guess moved the line ends
            parts = [lines[n].decode(chosen, errors="replace") for n in legacy]
        for n, part in zip(legacy, parts, strict=True):
            decoded[n] = part
        encoding = f"utf-8 and {chosen}"
        notes.append(note(Reason.LEGACY_LINES, *_lines([n + 1 for n in legacy]), chosen))
    return "\n".join(decoded), encoding


_NON_ASCII_WORD = re.compile(r"\w*[^\x00-\x7f]\w*")


@functools.lru_cache(maxsize=16384)
def _zipf(word: str, lang: str) -> float:
    from wordfreq import zipf_frequency  # imported when first needed: it loads word lists

    return float(zipf_frequency(word, lang))


def word_score(text: str, langs: Sequence[str]) -> float:
    """How many of the non-ASCII words of `text` are words of `langs` (by frequency)."""
    from wordfreq import available_languages

    known = [lang for lang in dict.fromkeys(langs) if lang in available_languages()]
    words = _NON_ASCII_WORD.findall(text)[:2000]
    return sum(max((_zipf(w, lang) for lang in known), default=0.0) for w in words)


_C1 = re.compile(r"[\x80-\x9f]")


def _decode_legacy(data: bytes, path: str) -> tuple[str, str]:
    best: tuple[tuple[float, float], str, str] | None = None
    for encoding, lang in LEGACY:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding == "iso-8859-1" and _C1.search(text):
            # C1 controls in latin-1 are Windows' quotes and dashes: the file is cp1252,
            # which is latin-1 with those (Icelandic is written in either).
            with contextlib.suppress(UnicodeDecodeError):
                text, encoding = data.decode("cp1252"), "cp1252"
        # Language identification often rates two readings alike (ş/þ, ğ/ð look alike to
        # it); the tie goes to the reading whose non-ASCII words are words of its language.
        score = (language.confidence_for(text, lang), word_score(text, (lang,)))
        if best is None or score > best[0]:
            best = (score, encoding, text)
    if best is not None and best[0][0] >= language.LOW_CONFIDENCE:
        return best[2], best[1]
    match = from_bytes(data).best()
    if match is None:
        if best is not None:
            return best[2], best[1]
        raise ArticleError(
            path, "binary file, not text (no text encoding fits)", reason=Reason.BINARY
        )
    return str(match), match.encoding
