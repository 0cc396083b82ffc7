"""What every benchmark prints alike: the machine and code measured, tables, size lists."""

from __future__ import annotations

import argparse
import os
import platform
import sqlite3
import subprocess
from collections.abc import Callable, Sequence
from pathlib import Path


def table(rows: Sequence[Sequence[str]], left: int = 1) -> str:
    """Rows as aligned text: the first is the header; the first `left` columns (labels)
    are aligned left, the others (figures) right."""
    widths = [max(len(row[c]) for row in rows) for c in range(len(rows[0]))]
    lines = []
    for n, row in enumerate(rows):
        cells = [
            cell.ljust(w) if c < left else cell.rjust(w)
            for c, (cell, w) in enumerate(zip(row, widths, strict=True))
        ]
        lines.append(" | ".join(cells).rstrip())
        if n == 0:
            lines.append("-+-".join("-" * w for w in widths))
    return "\n".join(lines)


def code_version() -> str:
    """The commit measured, and whether flashcards/ had uncommitted changes."""
    root = Path(__file__).resolve().parents[1]
    try:
        head = subprocess.run(
            ["git", "-C", str(root), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(root), "status", "--porcelain", "flashcards"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "code: unknown version"
    return f"code: {head}" + (" + uncommitted changes in flashcards/" if dirty else "")


def machine() -> str:
    """The CPU, cores, system, Python and SQLite versions, and the code measured."""
    cpu = platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = f"{line.split(':', 1)[1].strip()} ({cpu})"
                break
    except OSError:
        pass
    return (
        f"machine: {cpu}, nproc {os.cpu_count()}, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}; {code_version()}"
    )


def sizes(minimum: int, what: str) -> Callable[[str], list[int]]:
    """An argparse type for "1000,10000": distinct sizes of at least `minimum` `what`."""

    def parse(text: str) -> list[int]:
        try:
            found = [int(part.replace("_", "")) for part in text.split(",") if part.strip()]
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"not a comma-separated list of numbers: {text!r}"
            ) from None
        if not found or any(n < minimum for n in found):
            raise argparse.ArgumentTypeError(f"sizes must be numbers of {what}, at least {minimum}")
        return sorted(set(found))

    return parse
