"""What a build's parse workers load before their first file, loaded by the server forking them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

#: Letters of each language with an analyser (as UTF-8) that few other languages write.
_LETTERS = {
    "turkish": ("ı", "ğ", "ş", "İ", "Ğ", "Ş"),
    "icelandic": ("þ", "ð", "Þ", "Ð"),
}
_SAMPLE = 64
_T = TypeVar("_T")


def modules(items: Sequence[tuple[str, bytes]]) -> tuple[str, ...]:
    """The modules for the forkserver to import before it forks the workers reading `items`
    (paths and bytes; see `workers.pool`): the reader's, and the analyser of each language
    whose letters a sample of the files holds.  Each is what every worker would otherwise
    load for itself (zeyrek's lexicon alone takes 1.5-2 s of CPU); the workers start with a
    copy of it instead.  The sample is a guess: a wrong one costs time (an analyser loaded
    by the server in vain, or by each worker as before), never what is read."""
    return modules_of([data for _, data in sampled(items)])


def sampled(items: Sequence[_T]) -> Sequence[_T]:
    """The items of which `modules` looks at the bytes: a few, spread over all of them."""
    return items[:: max(1, len(items) // _SAMPLE)]


def modules_of(sample: Sequence[bytes]) -> tuple[str, ...]:
    """`modules` of files whose sample (see `sampled`) has these bytes."""
    found = ["flashcards.text.warm.reading"]
    for name, letters in _LETTERS.items():
        encoded = [letter.encode() for letter in letters]
        if any(code in data for data in sample for code in encoded):
            found.append(f"flashcards.text.warm.{name}")
    return tuple(found)
