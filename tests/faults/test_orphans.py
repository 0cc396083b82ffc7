"""A build killed with SIGKILL leaves no process behind: workers die with their parent."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from fault_cli import ROOT, SEED_DIR

from flashcards.builder.pipeline import PARALLEL_FROM


def _children() -> dict[int, int]:
    """pid → parent pid of every live (not zombie) process."""
    table: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[0] != "Z":
            table[int(entry.name)] = int(fields[1])
    return table


def _descendants(root: int) -> set[int]:
    table = _children()
    found: set[int] = set()
    frontier = {root}
    while frontier:
        frontier = {pid for pid, parent in table.items() if parent in frontier} - found
        found |= frontier
    return found


def test_sigkill_of_a_parallel_build_leaves_no_orphans(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    seed = next(SEED_DIR.iterdir())
    for n in range(PARALLEL_FROM + 20):
        shutil.copy(seed, folder / f"{n:04d}.md")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "flashcards",
            "--db",
            str(tmp_path / "c.sqlite"),
            "build",
            str(folder),
            "--source",
            "tr",
            "--target",
            "is",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    try:
        deadline = time.monotonic() + 120
        family: set[int] = set()
        while time.monotonic() < deadline and len(family) < 3:  # forkserver, workers …
            time.sleep(0.2)
            family = _descendants(process.pid)
            assert process.poll() is None, "the build ended before its workers started"
        assert len(family) >= 3, family
        time.sleep(1.0)  # the workers are parsing
        family = _descendants(process.pid)
        process.send_signal(signal.SIGKILL)
        process.wait(10)
        deadline = time.monotonic() + 15
        alive = family
        while alive and time.monotonic() < deadline:
            time.sleep(0.2)
            alive = family & set(_children())
        assert alive == set(), f"left running after the build was killed: {sorted(alive)}"
    finally:
        if process.poll() is None:
            process.kill()
