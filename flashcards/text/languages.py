"""Language identification with lingua, restricted to the languages the app supports."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

if TYPE_CHECKING:
    from lingua import LanguageDetector

#: ISO 639-1 codes of the languages articles may be written in.
SUPPORTED: tuple[str, ...] = (
    "tr",
    "is",
    "en",
    "de",
    "fr",
    "es",
    "it",
    "nl",
    "pt",
    "da",
    "sv",
    "nb",
    "fi",
    "pl",
)

#: Below this confidence a detected language is reported as uncertain.
LOW_CONFIDENCE = 0.60

#: How much text is enough to tell the language of an article.
SAMPLE_CHARS = 600

_ALIASES = {"no": "nb", "nn": "nb"}


def _lingua(code: str) -> Language:
    return Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper()))


def normalize_lang(value: str) -> str | None:
    """Map a front-matter language value ("tr", "tr-TR", "Turkish", "is_IS") to a code."""
    text = value.strip().lower().replace("_", "-")
    if not text:
        return None
    code = _ALIASES.get(text.split("-")[0], text.split("-")[0])
    if code in SUPPORTED:
        return code
    for supported in SUPPORTED:
        if _lingua(supported).name.lower() == text:
            return supported
    return None


def language_name(code: str) -> str:
    """English name of a supported language code ("tr" -> "Turkish")."""
    try:
        return _lingua(code).name.title()
    except (AttributeError, ValueError):
        return code


@functools.cache
def _detector() -> LanguageDetector:
    languages = [_lingua(code) for code in SUPPORTED]
    # Low-accuracy mode uses trigram models only: whole articles need no more, and it keeps
    # memory small and start-up fast.  Models are loaded lazily, per language.
    return LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()


def detect(text: str) -> tuple[str | None, float]:
    """The most likely supported language of `text` and lingua's confidence in it (0..1)."""
    return _detect(text[:SAMPLE_CHARS])


@functools.lru_cache(maxsize=4096)
def _detect(sample: str) -> tuple[str | None, float]:
    """`detect` of a sample, once (translations of a template start alike)."""
    if not any(ch.isalpha() for ch in sample):
        return None, 0.0
    values = _detector().compute_language_confidence_values(sample)
    if not values:
        return None, 0.0
    best = values[0]
    return best.language.iso_code_639_1.name.lower(), float(best.value)


def confidence_for(text: str, code: str) -> float:
    """Lingua's confidence that `text` is in language `code`."""
    sample = text[:SAMPLE_CHARS]
    if not any(ch.isalpha() for ch in sample):
        return 0.0
    return float(_detector().compute_language_confidence(sample, _lingua(code)))
