"""Helpers of the fault-injection suite: run the real CLI, read a collection's rows."""

from __future__ import annotations

import os
import resource
import sqlite3
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEED_DIR = ROOT / "decks" / "sales"


@dataclass(frozen=True)
class Run:
    """What one command did: its exit status and what it printed."""

    status: int
    stdout: str
    stderr: str

    @property
    def errors(self) -> list[str]:
        return [line for line in self.stderr.splitlines() if line.strip()]


def cli(
    db: Path,
    *args: str,
    timeout: float = 120,
    memory_mb: int | None = None,
    cwd: Path | None = None,
    stdin: str | None = None,
) -> Run:
    """`flashcards --db DB ARGS…` as a user runs it; asserts that no traceback shows."""

    def limit() -> None:
        if memory_mb is not None:
            size = memory_mb * 1024 * 1024
            resource.setrlimit(resource.RLIMIT_AS, (size, size))

    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "flashcards", "--db", str(db), *args],
        input=stdin,
        stdin=None if stdin is not None else subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="backslashreplace",
        env=env,
        cwd=cwd,
        timeout=timeout,
        preexec_fn=limit if memory_mb is not None else None,
    )
    out = Run(result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in out.stdout + out.stderr, out.stderr
    assert "internal error" not in out.stderr, out.stderr
    return out


def one_error(run: Run, status: int, *parts: str) -> str:
    """The single error line of `run`, which must exit with `status` and say `parts`."""
    assert run.status == status, (run.status, run.stdout, run.stderr)
    assert len(run.errors) == 1, run.stderr
    (line,) = run.errors
    assert line.startswith("flashcards: error: "), line
    for part in parts:
        assert part in line, (part, line)
    return line


def rows(db: Path, tables: Sequence[str] | None = None) -> dict[str, list[tuple[object, ...]]]:
    """Every row of `tables` (default: all) of the collection at `db`, read-only."""
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        names = tables or [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"
            )
        ]
        return {
            t: sorted(connection.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr)
            for t in names
        }
    finally:
        connection.close()


def remount_read_only(point: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(point)], check=True)


def fill(folder: Path) -> None:
    """Fill the file system of `folder` up to the last byte."""
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        for chunk in (1 << 16, 1 << 10, 1):
            try:
                while True:
                    os.write(fd, b"\0" * chunk)
            except OSError:
                pass
    finally:
        os.close(fd)
