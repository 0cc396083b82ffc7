"""A build whose temporary folder is full: its staged cards cannot be kept, said in one
line, and the collection is as it was."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from fault_cli import SEED_DIR, cli, fill, one_error, rows

BUILD = ("build", str(SEED_DIR), "--source", "tr", "--target", "is", "--deck", "sales")


def test_a_build_with_a_full_temporary_folder_says_so_and_changes_nothing(
    mount_tmpfs: Callable[[str, int], Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "collection.sqlite"
    assert cli(db, "--now", "2026-11-20T09:00", *BUILD).status == 0
    before = rows(db, ("cards", "decks"))
    temporary = mount_tmpfs("tmp", 512)
    fill(temporary)
    filler = temporary / "filler"
    with filler.open("r+b") as f:  # room for Python's look at the folder, not for the cards
        f.truncate(filler.stat().st_size - 16 * 1024)
    monkeypatch.setenv("TMPDIR", str(temporary))
    other = cli(db, "--now", "2026-11-20T10:00", *BUILD[:-1], "other", "--both-directions")
    one_error(other, 2, str(temporary), "disk full", "nothing was changed")
    assert rows(db, ("cards", "decks")) == before
    assert not list(temporary.glob("flashcards-build-*"))  # no stage left behind
    monkeypatch.delenv("TMPDIR")
    made = cli(db, "--now", "2026-11-20T10:05", *BUILD[:-1], "other", "--both-directions")
    assert made.status == 0, made.stderr
    assert len(rows(db, ("cards",))["cards"]) > len(before["cards"])
