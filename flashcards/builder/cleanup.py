"""Mend the artefacts of machine translation in article text: stray `,.`, doubled spaces."""

from __future__ import annotations

import functools
import re
import unicodedata

# "[link](/x),. next" and "[link](/x), . next": the comma belongs, the full stop does not.
_COMMA_STOP = re.compile(r",\s*\.(?!\.)")
_TRAILING = " \t.,;:!?…-–—"


@functools.lru_cache(maxsize=50_000)
def clean_inline(text: str) -> str:
    """Normalise (NFC) and mend one run of inline text: runs of white space one space, no
    stray full stop after a comma, no space before a comma, semicolon or colon ("anlamak
    için , özellikle"); once per text (a deck's articles repeat most of their paragraphs)."""
    # str.split's white space is the regular expressions' \s: what \s+ matched, without
    # a regular expression stopping at every space of the text (ten times the time).
    text = " ".join(unicodedata.normalize("NFC", text).split())
    if "," in text:
        text = _COMMA_STOP.sub(",", text)
    for mark in ",;:":  # only single spaces are left
        if mark in text:
            text = text.replace(" " + mark, mark)
    return text.strip()


def clean_anchor(text: str) -> str:
    """A link's anchor text as a term: mended, without trailing punctuation."""
    return clean_inline(text).strip(_TRAILING).strip()
