"""Mend the artefacts of machine translation in article text: stray `,.`, doubled spaces."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
# "[link](/x),. next" and "[link](/x), . next": the comma belongs, the full stop does not.
_COMMA_STOP = re.compile(r",\s*\.(?!\.)")
# "anlamak için , özellikle": no space before a comma, semicolon or colon.
_SPACE_BEFORE = re.compile(r"\s+([,;:])")
_TRAILING = " \t.,;:!?…-–—"


def clean_inline(text: str) -> str:
    """Normalise (NFC) and mend one run of inline text."""
    text = unicodedata.normalize("NFC", text)
    text = _SPACES.sub(" ", text)
    text = _COMMA_STOP.sub(",", text)
    text = _SPACE_BEFORE.sub(r"\1", text)
    return text.strip()


def clean_anchor(text: str) -> str:
    """A link's anchor text as a term: mended, without trailing punctuation."""
    return clean_inline(text).strip(_TRAILING).strip()
