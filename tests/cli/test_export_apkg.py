"""`flashcards export --format apkg` from the command line: the file, and its one-line errors."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from seed_counts import SEED_CARDS


def run(*args: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "flashcards", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=dict(os.environ),
        timeout=120,
    )
    assert "Traceback" not in result.stdout + result.stderr
    return result


@pytest.fixture
def collection(tmp_path: Path) -> str:
    """A collection filled from the shipped decks (what the first command does)."""
    db = str(tmp_path / "c.sqlite")
    assert run("--db", db, "decks").returncode == 0
    return db


def test_apkg_needs_an_output_file(tmp_path: Path) -> None:
    result = run("--db", str(tmp_path / "c.sqlite"), "export", "--format", "apkg")
    assert result.returncode == 2
    assert result.stderr == "flashcards: error: apkg is a binary format: give -o FILE\n"
    assert result.stdout == ""
    assert not (tmp_path / "c.sqlite").exists()  # refused before the collection is opened


def test_an_unknown_deck_is_named_and_nothing_is_written(collection: str, tmp_path: Path) -> None:
    out = tmp_path / "x.apkg"
    result = run("--db", collection, "export", "--format", "apkg", "--deck", "nope", "-o", str(out))
    assert result.returncode == 2
    assert result.stderr == "flashcards: error: no deck named 'nope'\n"
    assert not out.exists()


def test_an_unwritable_file_is_one_line_naming_it(collection: str, tmp_path: Path) -> None:
    for out in (tmp_path / "no-such-folder" / "x.apkg", tmp_path):
        result = run("--db", collection, "export", "--format", "apkg", "-o", str(out))
        assert result.returncode == 2
        assert result.stderr.startswith(f"flashcards: error: {out}: cannot write (")
        assert result.stderr.count("\n") == 1
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".part")) == []


def test_every_deck_is_written_and_counted(collection: str, tmp_path: Path) -> None:
    out = tmp_path / "all.apkg"
    result = run("--db", collection, "export", "--format", "apkg", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stderr == f"{SEED_CARDS} cards ({SEED_CARDS} notes) written to {out}\n"
    assert result.stdout == ""
    with zipfile.ZipFile(out) as archive:
        assert sorted(archive.namelist()) == ["collection.anki2", "media"]


def test_the_help_lists_apkg() -> None:
    result = run("export", "--help")
    assert result.returncode == 0 and "apkg" in result.stdout
