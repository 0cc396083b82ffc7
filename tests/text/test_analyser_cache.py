"""Analysers kept in the user's cache folder: read back as kept, for their key alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from flashcards import paths
from flashcards.text import analyser_cache


@pytest.fixture(autouse=True)
def _cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return paths.cache_dir()


def _kept(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_what_is_kept_is_read_back_for_its_key_alone() -> None:
    value = {"graph": [1, 2, (3, "dört")], "nested": {"a": frozenset({"b"})}}
    assert analyser_cache.load("lexicon", "v1") is None  # nothing kept yet
    analyser_cache.save("lexicon", "v1", value)
    assert analyser_cache.load("lexicon", "v1") == value
    assert analyser_cache.load("lexicon", "v2") is None
    assert analyser_cache.load("other", "v1") is None


def test_a_name_keeps_one_file_the_last_saved(_cache: Path) -> None:
    analyser_cache.save("lexicon", "v1", [1])
    analyser_cache.save("other", "v1", [2])
    analyser_cache.save("lexicon", "v2", [3])
    assert len(_kept(_cache)) == 2  # no temporary file left either
    assert analyser_cache.load("lexicon", "v1") is None
    assert analyser_cache.load("lexicon", "v2") == [3]
    assert analyser_cache.load("other", "v1") == [2]


def test_a_damaged_or_foreign_file_is_not_read(_cache: Path) -> None:
    analyser_cache.save("lexicon", "v1", list(range(1000)))
    (kept,) = _cache.iterdir()
    data = kept.read_bytes()
    kept.write_bytes(data[: len(data) // 2])  # cut short
    assert analyser_cache.load("lexicon", "v1") is None
    kept.write_bytes(b"not a pickle at all")
    assert analyser_cache.load("lexicon", "v1") is None
    analyser_cache.save("lexicon", "v1", "kept again")  # replaced whole
    assert analyser_cache.load("lexicon", "v1") == "kept again"


def test_a_file_kept_for_another_key_under_this_ones_name_is_not_taken(_cache: Path) -> None:
    analyser_cache.save("lexicon", "v2", "two")
    (two,) = _cache.iterdir()
    of_v2 = two.read_bytes()
    analyser_cache.save("lexicon", "v1", "one")
    (one,) = _cache.iterdir()
    one.write_bytes(of_v2)  # (names are digests of keys: two keys could share one)
    assert analyser_cache.load("lexicon", "v1") is None


def test_what_would_not_fit_or_cannot_be_kept_is_not(
    _cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    analyser_cache.save("lexicon", "v1", lambda: None)  # will not pickle
    bound = analyser_cache.MAX_BYTES
    monkeypatch.setattr(analyser_cache, "MAX_BYTES", 100)
    analyser_cache.save("lexicon", "v1", "x" * 1000)
    assert _kept(_cache) == []
    monkeypatch.setattr(analyser_cache, "MAX_BYTES", bound)
    analyser_cache.save("lexicon", "v1", "x" * 1000)
    assert _kept(_cache) != []
    monkeypatch.setattr(analyser_cache, "MAX_BYTES", 100)
    assert analyser_cache.load("lexicon", "v1") is None  # grown past the bound


def test_a_cache_folder_that_cannot_be_written_costs_nothing_but_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("where the cache folder would be")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    analyser_cache.save("lexicon", "v1", [1])
    assert analyser_cache.load("lexicon", "v1") is None
