"""Where a build stages its new cards: beside the collection, so a full temporary folder
does not stop it, and a full disk there is said in one line with the collection as it was."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from fault_cli import SEED_DIR, cli, fill, one_error, rows

BUILD = ("build", str(SEED_DIR), "--source", "tr", "--target", "is", "--deck", "sales")


def _nearly_full(disk: Path) -> None:
    """`disk` filled but for room for a look at the folder, not for a build's cards."""
    fill(disk)
    filler = disk / "filler"
    with filler.open("r+b") as f:
        f.truncate(filler.stat().st_size - 16 * 1024)


def test_a_full_temporary_folder_does_not_stop_a_build(
    mount_tmpfs: Callable[[str, int], Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "collection.sqlite"
    assert cli(db, "--now", "2026-11-20T09:00", *BUILD).status == 0
    before = rows(db, ("cards",))["cards"]
    temporary = mount_tmpfs("tmp", 512)
    _nearly_full(temporary)
    monkeypatch.setenv("TMPDIR", str(temporary))
    made = cli(db, "--now", "2026-11-20T10:00", *BUILD[:-1], "other", "--both-directions")
    assert made.status == 0, made.stderr
    assert len(rows(db, ("cards",))["cards"]) > len(before)
    assert not list(temporary.glob("flashcards-build-*"))
    assert not list(tmp_path.glob("flashcards-build-*"))  # the stage beside it is gone too


def test_a_build_that_cannot_stage_beside_the_collection_says_so_and_changes_nothing(
    mount_tmpfs: Callable[[str, int], Path],
) -> None:
    disk = mount_tmpfs("collection", 4096)
    db = disk / "collection.sqlite"
    assert cli(db, "--now", "2026-11-20T09:00", *BUILD).status == 0
    before = rows(db, ("cards", "decks"))
    _nearly_full(disk)
    other = cli(db, "--now", "2026-11-20T10:00", *BUILD[:-1], "other", "--both-directions")
    one_error(other, 2, str(db), "disk full", "nothing was changed")
    assert rows(db, ("cards", "decks")) == before
    assert not list(disk.glob("flashcards-build-*"))  # no stage left behind
    (disk / "filler").unlink()
    made = cli(db, "--now", "2026-11-20T10:05", *BUILD[:-1], "other", "--both-directions")
    assert made.status == 0, made.stderr
    assert len(rows(db, ("cards",))["cards"]) > len(before["cards"])
