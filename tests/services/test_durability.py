"""Kill a process answering cards at random moments: no acknowledged answer is ever lost,
no undone one comes back, every card is the replay of its log, and every connection that
writes runs WAL with synchronous=FULL (on PostgreSQL: a server with fsync on)."""

from __future__ import annotations

import json
import math
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO

import pytest
import sqlite_audit
from pgserver import PostgresServer
from sqlalchemy import select

from flashcards.scheduler.memory import MemoryModel
from flashcards.services.build import build
from flashcards.store.answers import history
from flashcards.store.database import Database
from flashcards.store.models import Card, ReviewLog
from flashcards.store.schedule import load_config, memory_of
from flashcards.types import Memory

WORKER = Path(__file__).with_name("answer_worker.py")
HERE = Path(__file__).parent
KILLS = 20
CLI_KILLS = 8

#: `flashcards` itself, with every SQLite connection traced (argv[1] is the trace file).
CLI_WITH_AUDIT = (
    "import sys; sys.path.insert(0, sys.argv.pop(1)); import sqlite_audit; "
    "sqlite_audit.install(sys.argv.pop(1)); from flashcards.cli.main import main; "
    "sys.exit(main(sys.argv[1:]))"
)


@pytest.fixture
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A collection in a file, or on a PostgreSQL server with fsync on (the suite's other
    server runs without it, which would make a durability test of the server meaningless)."""
    if getattr(request, "param", "sqlite") == "postgresql":
        server: PostgresServer = request.getfixturevalue("durable_pg_server")
        url = server.create_database()
        database = Database(url)
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("SHOW fsync").scalar() == "on"
            assert connection.exec_driver_sql("SHOW synchronous_commit").scalar() == "on"
        yield database
        database.close()
        server.drop_database(url)
    else:
        database = Database(tmp_path / "collection.sqlite")
        yield database
        database.close()


def _lines(stream: IO[str], lines: list[str], ready: threading.Event, marker: str) -> None:
    for line in stream:
        if marker in line:
            ready.set()
        lines.append(line)


#: The prompts of `flashcards study`: each is printed just before it reads one line.
PROMPTS = ("(u undo, q quit) > ", "1-4 grade, u undo, q quit > ")
SAVED = re.compile(r"saved review (\d+):")
UNDONE = re.compile(r"undone review (\d+):")


def _feed(stdin: IO[str], rng: random.Random, sent: list[str]) -> None:
    """Answers for `flashcards study`, one line each: reveal, grade, now and then undo."""
    try:
        while True:
            for key in ("u",) if rng.random() < 0.15 else ("", rng.choice("1234")):
                sent.append(key)
                stdin.write(key + "\n")
            stdin.flush()
            time.sleep(0.002)
    except (BrokenPipeError, OSError, ValueError):
        pass


def _acknowledge_worker(lines: list[str], state: dict[int, bool]) -> int:
    """Review id → acknowledged as there (True) or taken back (False), in the order printed
    (SQLite may give an undone answer's id to the next answer).  An undo begun ("undoing")
    but not acknowledged may or may not have happened: that answer is checked no more.
    A line cut by the kill was never acknowledged.  Returns the undos acknowledged."""
    pending: int | None = None
    undos = 0
    for line in lines:
        if not line.endswith("\n"):
            continue
        word, number, *_ = (*line.split(), "", "")
        if word == "ack":
            state[int(number)] = True
        elif word == "undoing":
            pending = int(number)
        elif word == "undone":
            state[int(number)] = False
            pending, undos = None, undos + 1
    if pending is not None:
        state.pop(pending, None)
    return undos


def _acknowledge_cli(output: str, sent: list[str], state: dict[int, bool]) -> int:
    """The same for `flashcards study`'s output.  Every prompt is printed before the line it
    reads, so all keys but the one read at the last prompt were handled; when that key was
    an undo, the answer it would take back is checked no more."""
    whole = output[: output.rfind("\n") + 1]
    stack: list[int] = []
    undos = 0
    for line in whole.splitlines():
        if saved := SAVED.search(line):
            state[int(saved.group(1))] = True
            stack.append(int(saved.group(1)))
        elif undone := UNDONE.search(line):
            state[int(undone.group(1))] = False
            stack.remove(int(undone.group(1)))
            undos += 1
    prompts = sum(output.count(prompt) for prompt in PROMPTS)
    if prompts and sent[prompts - 1] == "u" and stack:
        state.pop(stack[-1], None)
    return undos


def _close(a: float | None, b: float | None) -> bool:
    return (a is None and b is None) or (
        a is not None and b is not None and math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)
    )


def _replay_mismatches(db: Database) -> list[str]:
    """Cards whose stored scheduling state is not the replay of their review log.

    Each logged answer is replayed through FSRS from a new card (the due date an answer
    chose, which also weighs the day's load and the card's siblings, is taken from the log
    entry): every entry must start from the state the one before it left, and the card's
    stored state must be the last entry's.
    """
    problems: list[str] = []
    with db.begin() as session:
        model = MemoryModel(load_config(session), UTC)
        card_ids = session.scalars(select(Card.id)).all()
        for card_id in card_ids:
            stored = memory_of(session, card_id)
            memory = Memory()
            for entry in history(session, card_id):
                assert entry.kind == "review" and entry.rating is not None
                if entry.before != memory:
                    problems.append(f"card {card_id} entry {entry.id}: started from {entry.before}")
                after = model.answer(card_id, memory, entry.rating, entry.reviewed_at)
                after = replace(after, due=entry.due_after)
                if after.state is not entry.state_after:
                    problems.append(f"card {card_id} entry {entry.id}: state {entry.state_after}")
                memory = after
            same = (
                stored.state is memory.state
                and stored.step == memory.step
                and _close(stored.stability, memory.stability)
                and _close(stored.difficulty, memory.difficulty)
                and stored.due == memory.due
                and stored.last_review == memory.last_review
                and (stored.reps, stored.lapses) == (memory.reps, memory.lapses)
            )
            if not same:
                problems.append(f"card {card_id}: stored {stored}, its log replays to {memory}")
    return problems


def _check_after_kill(db: Database, run: int, state: dict[int, bool], audit: Path | None) -> None:
    if db.path is not None:
        connection = sqlite3.connect(db.path)
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        connection.close()
    with db.begin() as session:
        stored = set(session.scalars(select(ReviewLog.id)).all())
    lost = {review for review, there in state.items() if there and review not in stored}
    back = {review for review, there in state.items() if not there and review in stored}
    # The process may have committed one answer more than it acknowledged (killed between
    # the commit and its line): that answer takes the next id, which SQLite gives again
    # after the last answer was undone.  Only that id, the newest, may be an undone one; it
    # is now an answer nobody acknowledged, checked no more in later runs either.
    newest = max(stored, default=0)
    if newest in back:
        back.discard(newest)
        state.pop(newest)
    assert lost == set(), f"run {run}: acknowledged but lost"
    assert back == set(), f"run {run}: undone, yet still there"
    assert _replay_mismatches(db) == [], f"run {run}"
    if audit is not None and db.path is not None:
        assert sqlite_audit.writers_without_durability(audit, db.path) == []
        writers = [
            c for c in sqlite_audit.connections(audit).values() if str(db.path) in c["database"]
        ]
        assert writers and all(c.get("synchronous") == "full" for c in writers if "write" in c)


def _kill_at_random(process: subprocess.Popen[str], marker: str, rng: random.Random) -> list[str]:
    assert process.stdout is not None
    lines: list[str] = []
    ready = threading.Event()
    reader = threading.Thread(
        target=_lines, args=(process.stdout, lines, ready, marker), daemon=True
    )
    reader.start()
    assert ready.wait(60), process.stderr.read() if process.stderr else "no output"
    time.sleep(rng.uniform(0.0, 0.4))
    process.send_signal(signal.SIGKILL)
    process.wait(30)
    reader.join(30)
    # A fast `flashcards study` may finish the day's queue before the kill comes: it ends
    # on its own, and what it printed is checked as acknowledged all the same.
    finished = process.returncode == 0 and any(line.startswith("Studied ") for line in lines)
    assert process.returncode == -signal.SIGKILL or finished, "".join(lines)
    return lines


def test_sigkill_never_loses_an_acknowledged_answer(
    db: Database, seed_dir: Path, tmp_path: Path
) -> None:
    """A client killed mid-answer or mid-undo, on a file or against a server: what it
    acknowledged stays, what it took back is gone, and each card is its log's replay."""
    build(db, [seed_dir], source="tr", target="is", both_directions=True)
    audit = tmp_path / "audit.jsonl"
    rng = random.Random(20261123)
    state: dict[int, bool] = {}
    undos = 0
    for run in range(KILLS):
        process = subprocess.Popen(
            [sys.executable, str(WORKER), db.url, str(run), str(run * 60), "1000000", "0.15"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "SQLITE_AUDIT_LOG": str(audit)},
        )
        lines = _kill_at_random(process, "ready", rng)
        undos += _acknowledge_worker(lines, state)
        _check_after_kill(db, run, state, audit)
    assert len(state) >= KILLS and undos  # they really were answering and undoing


def test_sigkill_of_flashcards_study_loses_nothing_it_printed(
    db: Database, seed_dir: Path, tmp_path: Path
) -> None:
    """The real `flashcards study`: every 'saved review N' it printed is stored, every
    'undone review N' is gone, and its closing backup never breaks the collection."""
    build(db, [seed_dir], source="tr", target="is", both_directions=True)
    audit = tmp_path / "audit.jsonl"
    rng = random.Random(1123)
    state: dict[int, bool] = {}
    undos = 0
    for run in range(CLI_KILLS):
        now = (datetime(2026, 11, 23, 9, tzinfo=UTC) + timedelta(days=run * 30)).isoformat()
        process = subprocess.Popen(
            [
                sys.executable,
                "-c",
                CLI_WITH_AUDIT,
                str(HERE),
                str(audit),
                "--db",
                db.url,
                "--now",
                now,
                "study",
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert process.stdin is not None
        sent: list[str] = []
        feeder = threading.Thread(
            target=_feed, args=(process.stdin, random.Random(run), sent), daemon=True
        )
        feeder.start()
        lines = _kill_at_random(process, "saved review ", rng)
        feeder.join(10)
        undos += _acknowledge_cli("".join(lines), sent, state)
        _check_after_kill(db, run, state, audit)
    assert len(state) >= CLI_KILLS and undos


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
