"""Kill a process answering cards at random moments: no acknowledged answer is ever lost."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

from flashcards.services.build import build
from flashcards.store.database import Database

WORKER = Path(__file__).with_name("answer_worker.py")
KILLS = 20


def _acks(process: subprocess.Popen[str], lines: list[str], ready: threading.Event) -> None:
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("ready"):
            ready.set()
        else:
            lines.append(line)


def test_sigkill_never_loses_an_acknowledged_answer(tmp_path: Path, seed_dir: Path) -> None:
    path = tmp_path / "c.sqlite"
    db = Database(path)
    build(db, [seed_dir], source="tr", target="is", both_directions=True)
    db.close()
    rng = random.Random(20261123)
    acknowledged: dict[int, int] = {}
    for run in range(KILLS):
        process = subprocess.Popen(
            [sys.executable, str(WORKER), str(path), str(run), str(run * 60)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        lines: list[str] = []
        ready = threading.Event()
        reader = threading.Thread(target=_acks, args=(process, lines, ready), daemon=True)
        reader.start()
        assert ready.wait(60), process.stderr.read() if process.stderr else "no output"
        time.sleep(rng.uniform(0.0, 0.4))
        process.send_signal(signal.SIGKILL)
        process.wait(30)
        reader.join(30)
        assert process.returncode == -signal.SIGKILL
        run_acks = {}
        for line in lines:
            if line.endswith("\n"):  # a line cut by the kill was never acknowledged
                _, review_id, card_id = line.split()
                run_acks[int(review_id)] = int(card_id)
        acknowledged.update(run_acks)

        connection = sqlite3.connect(path)
        try:
            assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            stored = dict(connection.execute("SELECT id, card_id FROM review_log").fetchall())
        finally:
            connection.close()
        missing = {r: c for r, c in acknowledged.items() if stored.get(r) != c}
        assert missing == {}, f"run {run}: acknowledged but lost: {missing}"
    assert len(acknowledged) >= KILLS  # the workers really were answering when killed
