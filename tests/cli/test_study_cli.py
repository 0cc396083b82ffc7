"""`flashcards due`, `study`, `stats`, `config`, `backup` and `restore` as real subprocesses."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

NOW = "2026-11-23T09:00:00+00:00"


def run(db: Path, *args: str, stdin: str = "", now: str = NOW) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "flashcards", "--db", str(db), "--now", now, *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "TZ": "UTC"},
        timeout=120,
    )
    assert "Traceback" not in result.stdout + result.stderr
    return result


def _log(db: Path) -> list[tuple[int, int]]:
    connection = sqlite3.connect(db)
    try:
        return connection.execute("SELECT card_id, rating FROM review_log ORDER BY id").fetchall()
    finally:
        connection.close()


def test_study_through_a_pipe_records_what_was_typed(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite"
    due = json.loads(run(db, "due", "--json").stdout)
    assert due == [
        {
            "deck": "sales",
            "source_lang": "tr",
            "target_lang": "is",
            "new": 20,
            "learning": 0,
            "review": 0,
        }
    ]
    # Reveal, Good; reveal, Easy; reveal, undo (takes back the Easy); reveal, Again; quit.
    result = run(db, "study", stdin="\n3\n\n4\n\nu\n\n1\nq\n")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Q: Yumuşak satış" in out and "A: Mjúk sala" in out
    assert "1 Again (1m)  2 Hard (6m)  3 Good (10m)  4 Easy (" in out
    assert "saved review 1: Good, next in 10m" in out
    second = [line for line in out.splitlines() if line.startswith("Q: ")][1][3:]
    assert f"undone review 2: {second}" in out
    assert "Studied 2 cards" in out and "again 1, hard 0, good 1, easy 0" in out
    log = _log(db)
    assert [rating for _, rating in log] == [3, 1]
    assert log[0][0] != log[1][0]

    counts = json.loads(run(db, "due", "--json", now="2026-11-23T09:01:00+00:00").stdout)[0]
    assert (counts["new"], counts["learning"]) == (18, 2)
    stats = json.loads(run(db, "stats", "--json").stdout)
    assert stats["reviews_today"] == 2 and stats["again_today"] == 1


def test_study_ends_when_input_ends_and_when_nothing_is_left(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite"
    assert run(db, "config", "--deck", "sales", "--new-per-day", "1").returncode == 0
    result = run(db, "study", stdin="\n4\n")
    assert "saved review 1: Easy" in result.stdout
    assert "Done for today. The next card is due" in result.stdout
    result = run(db, "study", stdin="")
    assert "Done for today." in result.stdout and "Studied 0 cards" in result.stdout


def test_config_validates_and_persists(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite"
    assert "desired retention  0.85" in run(db, "config", "--retention", "0.85").stdout
    assert "day starts at      06:00" in run(db, "config", "--day-start", "6").stdout
    assert "desired retention  0.85" in run(db, "config").stdout
    bad = run(db, "config", "--retention", "1.5")
    assert bad.returncode == 2
    assert bad.stderr.strip() == (
        "flashcards: error: desired retention must be between 0.70 and 0.99"
    )


def test_backup_and_restore(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite"
    run(db, "study", stdin="\n3\nq\n")
    made = run(db, "backup")
    assert made.returncode == 0
    backup = Path(made.stdout.strip().removeprefix("Backed up to "))
    assert backup.exists() and backup.parent == tmp_path / "c.backups"
    run(db, "study", stdin="\n3\nq\n")
    assert len(_log(db)) == 2
    restored = run(db, "restore", str(backup))
    assert restored.returncode == 0, restored.stderr
    assert "is kept in" in restored.stdout
    assert len(_log(db)) == 1
    missing = run(db, "restore", str(tmp_path / "nope.sqlite"))
    assert missing.returncode == 2 and "no such file" in missing.stderr
