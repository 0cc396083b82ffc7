"""Whether typed words are forms of the expected ones: the same word with another ending
(*sölu* for *sala*, *satışı* for *satış*), cheap enough to ask on every typed answer."""

from __future__ import annotations

import functools
import re

from flashcards.text.fold import base_lang, normalize

_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
#: Turkish consonants a vowel-initial suffix softens at the end of a stem (kitap → kitabı).
_SOFTENED = {"p": "b", "ç": "c", "t": "d", "k": "ğ"}
#: A Turkish form is its stem and at most this many letters of suffixes.
_MAX_SUFFIX = 12


@functools.cache
def _bin() -> object:
    from islenska import Bin  # the BÍN database: memory-mapped, opens in milliseconds

    return Bin()


@functools.lru_cache(maxsize=65536)
def _icelandic_lemmas(word: str, dictionary_form: bool = False) -> frozenset[str]:
    """The lemmas `word` may be a form of; with `dictionary_form`, those of which it is the
    nominative (a dictionary form: "sala" is sala's, not salur's genitive plural)."""
    _, entries = _bin().lookup(word)  # type: ignore[attr-defined]
    return frozenset(
        e.ord.replace("-", "").lower()
        for e in entries
        if not dictionary_form or "NF" in e.mark or e.mark in ("OBEYGJANLEGT", "GM-NH")
    )


def _turkish_stems(lemma: str) -> tuple[str, ...]:
    """The written stems of a Turkish lemma: itself, without an infinitive's -mak/-mek, and
    with a final consonant softened (kitap → kitab, renk → reng)."""
    stems = [lemma]
    if lemma.endswith(("mak", "mek")) and len(lemma) > 4:
        stems.append(lemma[:-3])
    last = lemma[-1:]
    if last in _SOFTENED:
        soft = "g" if lemma.endswith("nk") else _SOFTENED[last]
        stems.append(lemma[:-1] + soft)
    return tuple(stems)


def _same_word(typed: str, lemma: str, lang: str) -> bool:
    """Whether the typed word is a form of the word whose dictionary form is `lemma`."""
    if typed == lemma:
        return True
    code = base_lang(lang)
    if code == "is":
        meant = _icelandic_lemmas(lemma, dictionary_form=True) or {lemma}
        return bool(_icelandic_lemmas(typed) & meant)
    if code in ("tr", "az"):
        return any(
            typed.startswith(stem) and len(typed) - len(stem) <= _MAX_SUFFIX and typed.isalpha()
            for stem in _turkish_stems(lemma)
        ) or any(lemma.startswith(stem) for stem in _turkish_stems(typed) if len(stem) >= 4)
    # Elsewhere: the same beginning, the ending a few letters at most ("sales" for "sale").
    stem = lemma[: max(4, len(lemma) - 2)]
    return len(lemma) >= 5 and typed.startswith(stem) and abs(len(typed) - len(lemma)) <= 4


def same_words(typed: str, lemma: str, lang: str) -> bool:
    """Whether `typed` is the words of `lemma` (a dictionary form: *endurtekin sala*,
    *tekrar satış*), each in some form of its own (*endurtekinnar sölu*, *tekrar
    satışları*), at least one of them not as in `lemma` itself."""
    mine = _WORD.findall(normalize(typed, lang))
    theirs = _WORD.findall(normalize(lemma, lang))
    if not mine or len(mine) != len(theirs):
        return False
    return all(_same_word(a, b, lang) for a, b in zip(mine, theirs, strict=True))
