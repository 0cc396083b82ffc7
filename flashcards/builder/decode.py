"""Turn the bytes of a source file into text: BOMs, UTF-8, legacy 8-bit encodings, binaries."""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable

from charset_normalizer import from_bytes

from flashcards.errors import ArticleError, FileError
from flashcards.text import languages as language

#: Files larger than this are not articles; they are refused with a clear message.
MAX_BYTES = 1_000_000

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
    limit: int = MAX_BYTES,
    what: str = "text",
) -> tuple[str, str]:
    """Decode `data`, returning (text with LF line ends, encoding name).

    A BOM decides; otherwise UTF-8; otherwise `fallback` (for bytes that are not UTF-8).
    Empty, huge or binary files raise `error(path, message)`; `what` names the text that
    was expected ("text", "a text glossary").
    """
    if len(data) > limit:
        raise error(
            path,
            f"file too large ({len(data) / 1_000_000:.1f} MB; the limit is "
            f"{limit / 1_000_000:.0f} MB)",
        )
    if not data.strip():
        raise error(path, "empty file")
    text: str | None = None
    encoding = ""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                text, encoding = data.decode(name), name
            except UnicodeDecodeError as exc:
                raise error(path, f"not valid {name} text ({exc.reason})") from None
            break
    if text is None:
        if b"\x00" in data:
            raise error(path, f"binary file, not {what}")
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text, encoding = fallback(data)
    if _control_ratio(text) > 0.01:
        raise error(path, f"binary file, not {what}")
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise error(path, "empty file")
    return text, encoding


def decode(data: bytes, path: str) -> tuple[str, str]:
    """Decode an article's bytes, returning (text with LF line ends, encoding name).

    Raises ArticleError for empty, huge or binary files.
    """
    return decode_with(data, path, fallback=lambda raw: _decode_legacy(raw, path))


def _decode_legacy(data: bytes, path: str) -> tuple[str, str]:
    best: tuple[float, str, str] | None = None
    for encoding, lang in LEGACY:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = language.confidence_for(text, lang)
        if best is None or score > best[0]:
            best = (score, encoding, text)
    if best is not None and best[0] >= language.LOW_CONFIDENCE:
        return best[2], best[1]
    match = from_bytes(data).best()
    if match is None:
        if best is not None:
            return best[2], best[1]
        raise ArticleError(path, "binary file, not text (no text encoding fits)")
    return str(match), match.encoding
