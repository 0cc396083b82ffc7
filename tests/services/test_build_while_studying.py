"""A big build holds no lock while it reads and plans: studying goes on beside it."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from flashcards.services.build import build
from flashcards.store.database import Database

WORKER = Path(__file__).with_name("study_worker.py")
#: Copies of the seed pair: 50 files, 1,850 cards; rebuilding them after an edit to every
#: file parses all of them again and makes every group's cards again (a second or more),
#: then writes the few cards that changed.
COPIES = 25


def _copies(seed_dir: Path, folder: Path, count: int) -> None:
    """`count` distinct translation pairs made from the seed pair."""
    folder.mkdir()
    for n in range(count):
        for source in sorted(seed_dir.glob("*.txt")):
            text = source.read_text("utf-8")
            head, body = text.split("\n---\n", 1)
            head = head.replace("title: ", f"translation_key: copy-{n}\ntitle: {n} ", 1)
            body = body.replace("\n# ", f"\n# {n} ", 1)
            (folder / f"{n:03d}-{source.name}").write_text(f"{head}\n---\n{body}", "utf-8")


def _edit_every_file(folder: Path) -> None:
    for path in folder.iterdir():
        text = path.read_text("utf-8")
        path.write_text(text.replace(".", ", kısaca.", 1), "utf-8")


def test_studying_never_waits_long_for_a_big_build(
    db: Database, seed_dir: Path, tmp_path: Path
) -> None:
    """The studying process gives up on a lock it waited 100 ms for: it never has to."""
    build(db, [seed_dir], deck="sales", source="tr", target="is", both_directions=True)
    big = tmp_path / "big"
    _copies(seed_dir, big, COPIES)
    first = build(db, [big], deck="big", source="tr", target="is", both_directions=True)
    assert first.new > 1_500 and first.groups == COPIES
    _edit_every_file(big)
    stop = tmp_path / "stop"
    worker = subprocess.Popen(
        [sys.executable, str(WORKER), db.url, "sales", str(stop)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert worker.stdout is not None
        assert worker.stdout.readline().strip() == "ready"
        started = time.perf_counter()
        report = build(db, [big], deck="big")
        seconds = time.perf_counter() - started
        stop.touch()
        out, _ = worker.communicate(timeout=60)
    finally:
        if worker.poll() is None:
            worker.kill()
    assert report.parsed == 2 * COPIES and report.updated > 0
    assert out.startswith("done"), out
    _, answered, _slowest = out.split()
    assert int(answered) > 5 * seconds  # it kept studying the whole time
