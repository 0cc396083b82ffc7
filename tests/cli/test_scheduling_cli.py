"""`flashcards preset`, `optimize --workload` and undo in `study`, as real subprocesses."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from seed_counts import SEED_CARDS

NOW = "2026-11-23T09:00:00+00:00"


def run(db: Path, *args: str, stdin: str = "", now: str = NOW) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "flashcards", "--db", str(db), "--now", now, *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "TZ": "UTC"},
        timeout=180,
    )
    assert "Traceback" not in result.stdout + result.stderr
    return result


def test_a_preset_is_made_changed_and_given_to_a_deck(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite"
    made = run(
        db,
        "preset",
        "set",
        "Exam",
        "--create",
        "--retention",
        "0.95",
        "--new-per-day",
        "5",
        "--learning-steps",
        "2m 15m 1d",
        "--max-interval",
        "100",
        "--bury-new",
        "off",
        "--review-order",
        "due",
        "--leech-threshold",
        "6",
        "--leech-action",
        "suspend",
        "--easy-days",
        "1,1,1,1,1,0.5,0",
    )
    assert made.returncode == 0, made.stderr
    for line in (
        "desired retention  0.95",
        "new cards a day    5",
        "learning steps     2m 15m 1d",
        "maximum interval   100 days",
        "bury siblings      new off, reviews on, interday learning on",
        "review order       due",
        "leech              after 6 lapses: suspend",
        "easy days          Sat 0.5, Sun 0",
    ):
        assert line in made.stdout
    used = run(db, "preset", "use", "exam", "--deck", "sales")
    assert used.returncode == 0 and "uses the preset Exam" in used.stdout
    due = json.loads(run(db, "due", "--json").stdout)
    assert due[0]["new"] == 5
    listed = run(db, "preset", "list").stdout.splitlines()
    assert listed[0].startswith("Default: retention 0.90, 20 new / 200 reviews a day; decks: -")
    assert listed[1].startswith("Exam: retention 0.95, 5 new / 200 reviews a day; decks: sales")
    shown = run(db, "preset", "show", "EXAM").stdout
    assert "decks              sales" in shown


def test_bad_preset_values_are_one_line_errors(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite"
    result = run(db, "preset", "set", "Default", "--retention", "0.5")
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "flashcards: error: desired retention must be between 0.70 and 0.99"
    )
    result = run(db, "preset", "set", "Default", "--learning-steps", "soon")
    assert result.returncode == 2 and "not a step: 'soon'" in result.stderr
    result = run(db, "preset", "use", "Nope", "--deck", "sales")
    assert result.returncode == 2 and "no preset named 'Nope'" in result.stderr
    result = run(db, "preset", "set", "Nope", "--retention", "0.8")
    assert result.returncode == 2 and "no preset named 'Nope'" in result.stderr


def test_workload_lists_each_retention_and_the_recommended_minimum(tmp_path: Path) -> None:
    result = run(tmp_path / "c.sqlite", "optimize", "--workload")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"Workload for {SEED_CARDS} cards over 365 days")
    rows = [line.split() for line in lines[2:-1]]
    assert [row[0] for row in rows] == [f"{0.70 + 0.01 * k:.2f}" for k in range(28)]
    reviews = [float(row[1]) for row in rows]
    assert reviews[-1] > 2 * reviews[0]  # 0.97 costs far more than 0.70
    assert lines[-1].startswith("Recommended minimum retention: 0.")


def test_undo_in_a_new_study_session_does_not_reach_older_answers(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite"
    first = run(db, "study", stdin="\n3\n\n3\nq\n")
    assert first.returncode == 0, first.stderr
    later = run(db, "study", stdin="u\nu\nu\nq\n", now="2027-01-23T09:00:00+00:00")
    assert later.returncode == 0, later.stderr
    assert later.stdout.count("Nothing to undo.") == 3
    connection = sqlite3.connect(db)
    try:
        assert connection.execute("SELECT count(*) FROM review_log").fetchone() == (2,)
    finally:
        connection.close()


def test_config_turns_the_calibrated_target_on_and_off_and_says_what_it_found(
    tmp_path: Path,
) -> None:
    from flashcards.scheduler.calibrate import Calibration
    from flashcards.services.study import load_config, save_config
    from flashcards.store.database import Database

    db = tmp_path / "c.sqlite"
    on = run(db, "config", "--calibrate", "on")
    assert on.returncode == 0, on.stderr
    assert "calibration        on (not calibrated yet: run flashcards optimize)" in on.stdout
    database = Database(db)
    try:
        answers = [(0.90, True)] * 1_860 + [(0.90, False)] * 140  # 93 % recalled
        save_config(
            database, load_config(database).with_changes(calibration=Calibration.of(answers))
        )
    finally:
        database.close()
    shown = run(db, "config")
    assert (
        "calibration        on (your recall at a predicted 90% is 93% (2,000 reviews): "
        "scheduling for 87.3%)"
    ) in shown.stdout
    off = run(db, "config", "--calibrate", "off")
    assert "calibration        off, scheduling for 90% (your recall at a predicted 90% is 93%" in (
        off.stdout
    )
    assert "would schedule for 87.3%" in off.stdout
    database = Database(db)
    try:
        assert load_config(database).scheduling_retention == 0.90
    finally:
        database.close()
