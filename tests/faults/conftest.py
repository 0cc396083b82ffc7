"""The fault-injection suite: the real `flashcards` command against hostile files and disks.

Every case runs the CLI in a subprocess and checks what a user sees (one line naming the
file, the exit status, no traceback) and what a user keeps (every stored row unchanged).
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest
from fault_cli import SEED_DIR, cli, rows

#: What a user keeps: cards with their scheduling, every answer, the settings.
KEPT = ("cards", "review_log", "settings")
#: The settings in which a build notes the files it read (store/builds.py).
STATS_KEY = "file-stats:"


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    """A copy of the seed deck's folder, for tests to add hostile files to."""
    folder = tmp_path / "articles"
    shutil.copytree(SEED_DIR, folder)
    return folder


@pytest.fixture
def collection(tmp_path: Path, articles: Path) -> Path:
    """The seed deck built from `articles` and three cards answered, all through the CLI."""
    db = tmp_path / "data" / "collection.sqlite"
    db.parent.mkdir()
    built = cli(db, "build", str(articles), "--source", "tr", "--target", "is", "--deck", "sales")
    assert built.status == 0, built.stderr
    studied = cli(db, "study", "--deck", "sales", stdin="\n3\n\n1\n\n4\nq\n")
    assert studied.status == 0 and studied.stdout.count("saved review") == 3, studied.stdout
    return db


def _kept(collection: Path) -> dict[str, list[tuple[object, ...]]]:
    """The rows a user keeps; not the build's note of each file's size and times, which a
    build writes for any file it read (a bad one too, so as not to read it again unchanged)."""
    kept = rows(collection, KEPT)
    kept["settings"] = [r for r in kept["settings"] if not str(r[0]).startswith(STATS_KEY)]
    return kept


@pytest.fixture
def unchanged(collection: Path) -> Callable[[Sequence[Path]], None]:
    """Call to check that every card, answer and setting is still as it was (and
    that `extra` paths still exist)."""
    before = _kept(collection)
    assert before["review_log"] and before["cards"]

    def check(extra: Sequence[Path] = ()) -> None:
        assert _kept(collection) == before
        for path in extra:
            assert path.exists(), path

    return check


@pytest.fixture
def mount_tmpfs(tmp_path: Path) -> Iterator[Callable[[str, int], Path]]:
    """Mount a small tmpfs (a disk that fills up, or is made read-only) where the machine
    allows it (as root); the test is skipped elsewhere.  Unmounted afterwards."""
    mounted: list[Path] = []

    def mount(name: str, size_kb: int) -> Path:
        point = tmp_path / name
        point.mkdir()
        result = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(point)],
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here ({result.stderr.strip()}); run as root")
        mounted.append(point)
        return point

    yield mount
    for point in reversed(mounted):
        subprocess.run(["umount", "-l", str(point)], capture_output=True)
