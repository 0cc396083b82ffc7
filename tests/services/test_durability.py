"""Kill a process answering cards at random moments: no acknowledged answer is ever lost."""

from __future__ import annotations

import json
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from flashcards.services.build import build
from flashcards.store.database import Database
from flashcards.store.models import ReviewLog
from flashcards.types import Memory

WORKER = Path(__file__).with_name("answer_worker.py")
KILLS = 20


def _acks(process: subprocess.Popen[str], lines: list[str], ready: threading.Event) -> None:
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("ready"):
            ready.set()
        else:
            lines.append(line)


def test_sigkill_never_loses_an_acknowledged_answer(db: Database, seed_dir: Path) -> None:
    """A client killed mid-answer, on a file or against a server: what it acknowledged stays."""
    build(db, [seed_dir], source="tr", target="is", both_directions=True)
    rng = random.Random(20261123)
    acknowledged: dict[int, int] = {}
    for run in range(KILLS):
        process = subprocess.Popen(
            [sys.executable, str(WORKER), db.url, str(run), str(run * 60)],
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

        if db.path is not None:
            connection = sqlite3.connect(db.path)
            assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            connection.close()
        with db.begin() as session:
            rows = session.execute(select(ReviewLog.id, ReviewLog.card_id)).all()
        stored = {int(review_id): int(card_id) for review_id, card_id in rows}
        missing = {r: c for r, c in acknowledged.items() if stored.get(r) != c}
        assert missing == {}, f"run {run}: acknowledged but lost: {missing}"
    assert len(acknowledged) >= KILLS  # the workers really were answering when killed


def test_two_processes_answering_at_once_lose_nothing(db: Database, seed_dir: Path) -> None:
    """On SQLite (one file) and PostgreSQL (one server) alike: every answer is kept once."""
    build(db, [seed_dir], source="tr", target="is", both_directions=True)
    workers = [
        subprocess.Popen(
            [sys.executable, str(WORKER), db.url, str(seed), "0", "150"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for seed in (1, 2)
    ]
    outputs = [w.communicate(timeout=300) for w in workers]
    for worker, (_, err) in zip(workers, outputs, strict=True):
        assert worker.returncode == 0, err
    acks = [
        line.split()[1:]
        for out, _ in outputs
        for line in out.splitlines()
        if line.startswith("ack")
    ]
    assert len(acks) == 300
    if db.path is not None:
        connection = sqlite3.connect(db.path)
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        connection.close()
    with db.begin() as session:
        rows = session.execute(
            select(
                ReviewLog.id,
                ReviewLog.card_id,
                ReviewLog.state_after,
                ReviewLog.due_after,
                ReviewLog.before,
            ).order_by(ReviewLog.id)
        ).all()
    stored = {review_id: card_id for review_id, card_id, *_ in rows}
    assert len(stored) == 300
    # Each answer started from the state the previous answer of that card left: no answer
    # was computed from a stale read.
    last: dict[int, tuple[int, datetime | None]] = {}
    for _, card_id, state_after, due_after, before in rows:
        memory = Memory.from_dict(json.loads(before))
        if card_id in last:
            assert (int(memory.state), memory.due) == last[card_id]
        last[card_id] = (state_after, due_after)
    assert {int(r): int(c) for r, c in acks} == stored
