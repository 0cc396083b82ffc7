"""`flashcards import glossary` on hostile files: one line or one row each, nothing lost."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

from fault_cli import cli, one_error


def test_a_fifo_is_refused_at_once_instead_of_hanging(
    tmp_path: Path, collection: Path, unchanged: Callable[[Sequence[Path]], None]
) -> None:
    fifo = tmp_path / "terms.csv"
    os.mkfifo(fifo)
    run = cli(
        collection, "import", "glossary", str(fifo), "--source", "tr", "--target", "is", timeout=30
    )
    one_error(run, 2, f"{fifo}: is a FIFO (named pipe), not a regular file")
    unchanged(())
