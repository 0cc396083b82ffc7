"""Folding text for comparison: case (Turkish dotted/dotless i), accents, punctuation, spacing."""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterator

#: Languages whose dotted and dotless i are separate letters: İ↔i and I↔ı.
_TURKIC = frozenset({"tr", "az"})

#: Apostrophes are deleted rather than read as word breaks: "İstanbul'da" = "İstanbulda".
_APOSTROPHES = frozenset("'’‘ʼ`´")

#: Letters that are letters, not accents: folded only when diacritics are tolerated.
_LETTERS = {
    "ı": "i",
    "þ": "th",
    "ð": "d",
    "æ": "ae",
    "ø": "o",
    "œ": "oe",
    "ß": "ss",
    "đ": "d",
    "ł": "l",
    "ħ": "h",
}


def base_lang(lang: str) -> str:
    return lang.strip().lower().replace("_", "-").split("-")[0]


def fold_case(text: str, lang: str) -> str:
    """Case-fold; Turkish and Azerbaijani keep dotted and dotless i apart."""
    if base_lang(lang) in _TURKIC:
        text = text.replace("İ", "i").replace("I", "ı")
    # casefold("İ") is "i" + combining dot above outside Turkish: the dot says nothing.
    return text.casefold().replace("i\u0307", "i")


def strip_diacritics(text: str) -> str:
    """Drop accents (ş→s, ú→u, ö→o) and spell letters like þ, ð, æ, ı in plain Latin."""
    decomposed = unicodedata.normalize("NFD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.category(ch).startswith("M"))
    return "".join(_LETTERS.get(ch, ch) for ch in unicodedata.normalize("NFC", bare))


def _clusters(text: str) -> Iterator[tuple[int, str]]:
    """Each base character with the combining marks that follow it, and its offset."""
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or not unicodedata.category(text[i]).startswith("M"):
            yield start, text[start:i]
            start = i


def _piece(cluster: str, lang: str, tolerant: bool) -> str | None:
    """A cluster's normalised text: None for a word break, "" for something ignored."""
    cluster = unicodedata.normalize("NFC", cluster)
    first = cluster[0]
    category = unicodedata.category(first)
    if first.isspace():
        return None
    if category.startswith("P"):
        # Hyphens and apostrophes join: "e-posta" = "eposta"; other punctuation separates.
        return "" if category == "Pd" or first in _APOSTROPHES else None
    if first in _APOSTROPHES or category in ("Cc", "Cf"):
        return ""  # modifier apostrophes, soft hyphens, zero-width joiners
    folded = fold_case(cluster, lang)
    return strip_diacritics(folded) if tolerant else folded


def normalized_with_offsets(text: str, lang: str, tolerant: bool) -> tuple[str, list[int]]:
    """The normalised text and, for each of its characters, the offset it came from."""
    out: list[str] = []
    offsets: list[int] = []
    pending_break: int | None = None
    for offset, cluster in _clusters(text):
        piece = _piece(cluster, lang, tolerant)
        if piece is None:
            if out and pending_break is None:
                pending_break = offset
            continue
        if not piece:
            continue
        if pending_break is not None:
            out.append(" ")
            offsets.append(pending_break)
            pending_break = None
        out.extend(piece)
        offsets.extend([offset] * len(piece))
    return "".join(out), offsets


@functools.lru_cache(maxsize=65536)  # pure, and building decks asks for the same words often
def normalize(text: str, lang: str, *, tolerate_diacritics: bool = False) -> str:
    """The form answers are compared in.

    NFC, case-folded (Turkish/Azerbaijani: İ→i, I→ı; otherwise `str.casefold`), hyphens
    and apostrophes deleted, other punctuation and runs of white space turned into one
    space, trimmed.  With `tolerate_diacritics`, accents are stripped (ş→s, ú→u, ö→o) and
    letters that are letters in their own right are spelt out: ı→i, þ→th, ð→d, æ→ae.
    """
    return normalized_with_offsets(text, lang, tolerate_diacritics)[0]


@functools.lru_cache(maxsize=65536)  # pure; words and headings come back many times
def fold(text: str) -> str:
    """Case-fold for comparisons whatever the language, Turkish dotted/dotless i included."""
    text = text.replace("İ", "i").replace("I", "ı")
    return unicodedata.normalize("NFC", text).casefold().replace("i̇", "i")
