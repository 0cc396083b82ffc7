"""A build killed while it writes its parses (after its cards, at synchronous=NORMAL, with
their checkpoint under way on a thread) keeps every card and every parse it committed."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from fault_cli import ROOT, SEED_DIR, cli, rows

#: Run in a process of its own: a build of the seed deck (two articles), one parse to a
#: transaction, killed (SIGKILL, by itself) once its first transaction of parses is committed.
_KILLED_BUILD = """
import contextlib, os, signal, sys
from flashcards.services import build
from flashcards.store import builds, database
builds.PARSES_AT_ONCE = 1
build.CHECKPOINT_BEHIND = 0  # the cards' checkpoint by the thread, as in a large build
begin = database.CacheWrites.begin
done = []

@contextlib.contextmanager
def killing(self):
    with begin(self) as session:
        yield session
    done.append(1)
    if len(done) == 1:
        os.kill(os.getpid(), signal.SIGKILL)

database.CacheWrites.begin = killing
db = database.Database(sys.argv[1])
build.build(db, [sys.argv[2]], deck="sales", source="tr", target="is")
"""


def test_a_build_killed_in_its_parse_writes_keeps_its_cards_and_committed_parses(
    tmp_path: Path,
) -> None:
    whole = tmp_path / "whole.sqlite"
    assert cli(whole, "build", str(SEED_DIR), "--source", "tr", "--target", "is").status == 0
    cards = len(rows(whole, ("cards",))["cards"])
    db = tmp_path / "collection.sqlite"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    run = subprocess.run(
        [sys.executable, "-c", _KILLED_BUILD, str(db), str(SEED_DIR)],
        env=env,
        capture_output=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert run.returncode == -signal.SIGKILL, run.stderr
    connection = sqlite3.connect(db)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("SELECT count(*) FROM cards").fetchone() == (cards,)
        parsed = connection.execute("SELECT count(*) FROM articles WHERE parsed != x''")
        assert parsed.fetchone() == (1,)  # the transaction committed, none after it
    finally:
        connection.close()
    again = cli(db, "build", str(SEED_DIR), "--source", "tr", "--target", "is", "--deck", "sales")
    assert again.status == 0, again.stderr
    assert f"0 new, 0 updated, {cards} unchanged, 0 retired" in again.stdout, again.stdout
