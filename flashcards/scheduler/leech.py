"""Leeches: cards forgotten again and again (Anki's rule and its default of 8 lapses)."""

from __future__ import annotations

import math

from flashcards.types import CardState, Memory

LEECH_TAG = "leech"


def threshold_met(lapses: int, threshold: int) -> bool:
    """True at `threshold` lapses and every half threshold after (rounded up), as in Anki."""
    if threshold <= 0:
        return False
    half = max(1, math.ceil(threshold / 2))
    return lapses >= threshold and (lapses - threshold) % half == 0


def became_leech(before: Memory, after: Memory, threshold: int) -> bool:
    """Whether this answer (a lapse of a review card) makes the card a leech."""
    lapsed = before.state is CardState.REVIEW and after.lapses > before.lapses
    return lapsed and threshold_met(after.lapses, threshold)


def with_tag(tags: str, tag: str = LEECH_TAG) -> str:
    """Space-separated `tags` with `tag` added (once, case-insensitively, as Anki compares)."""
    words = tags.split()
    if any(word.casefold() == tag.casefold() for word in words):
        return " ".join(words)
    return " ".join([*words, tag])


def without_tag(tags: str, tag: str = LEECH_TAG) -> str:
    return " ".join(word for word in tags.split() if word.casefold() != tag.casefold())
