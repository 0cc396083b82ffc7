"""End-to-end: the real `flashcards` command in a subprocess, as a user runs it."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from seed_counts import ONE_WAY_CARDS, SEED_CARDS

SEED_NAMES = ("000_fcc629ea91eeff91.txt", "004_ce7c295c5b1b5ae6.txt")


def run(
    *args: str, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    result = subprocess.run(
        [sys.executable, "-m", "flashcards", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=full_env,
        cwd=cwd,
        timeout=120,
    )
    assert "Traceback" not in result.stdout + result.stderr
    return result


def test_build_export_and_rebuild(tmp_path: Path, seed_dir: Path) -> None:
    db = tmp_path / "c.sqlite"
    first = run(
        "--db",
        str(db),
        "build",
        str(seed_dir),
        "--source",
        "tr",
        "--target",
        "is",
        "--both-directions",
    )
    assert first.returncode == 0, first.stderr
    assert 'Deck "sales" (Turkish → Icelandic and back)' in first.stdout
    assert f"{SEED_CARDS} new, 0 updated, 0 unchanged, 0 retired" in first.stdout

    again = run("--db", str(db), "build", str(seed_dir), "--json")
    report = json.loads(again.stdout)
    assert again.returncode == 0
    assert report["inputs_unchanged"] and report["unchanged"] == SEED_CARDS and report["new"] == 0
    assert report["directions"] == ["tr>is", "is>tr"]

    out = tmp_path / "cards.jsonl"
    exported = run("--db", str(db), "export", "--format", "jsonl", "-o", str(out))
    assert exported.returncode == 0 and f"{SEED_CARDS} cards written" in exported.stderr
    rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert len(rows) == SEED_CARDS
    term = next(r for r in rows if r["kind"] == "term" and r["source_lang"] == "tr")
    assert (term["front"], term["back"], term["target_lang"]) == (
        "Yumuşak satış",
        "Mjúk sala",
        "is",
    )
    assert {"id", "deck", "extra", "group_key", "source_files"} <= term.keys()
    assert sorted(Path(p).name for p in term["source_files"]) == list(SEED_NAMES)

    as_csv = run("--db", str(db), "export", "--format", "csv", "--deck", "sales")
    table = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert len(table) == SEED_CARDS
    assert {r["id"] for r in table} == {r["id"] for r in rows}


def test_environment_variable_chooses_the_collection(tmp_path: Path, seed_dir: Path) -> None:
    db = tmp_path / "from-env.sqlite"
    result = run("build", str(seed_dir), env={"FLASHCARDS_DB": str(db)})
    assert result.returncode == 0 and db.exists()
    listing = run("decks", env={"FLASHCARDS_DB": str(db)})
    assert f"Collection: {db}" in listing.stdout
    assert "sales" in listing.stdout


def test_bad_files_are_named_and_the_rest_is_built(tmp_path: Path, seed_dir: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    for name in SEED_NAMES:
        (folder / name).write_bytes((seed_dir / name).read_bytes())
    (folder / "empty.md").write_text("", "utf-8")
    (folder / "broken.md").write_text("---\ntitle: [oops\n---\n# T\n\ntext\n", "utf-8")
    (folder / "blob.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "huge.md").write_text("---\ntitle: Big\n---\n# Big\n\n" + "word " * 400_000, "utf-8")
    result = run(
        "--db",
        str(tmp_path / "c.sqlite"),
        "build",
        str(folder),
        "--source",
        "tr",
        "--target",
        "is",
        "--max-size",
        "1",
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    skipped = [line for line in result.stdout.splitlines() if line.startswith("skipped:")]
    assert sorted(skipped) == sorted(
        [
            "skipped: mixed/empty.md: empty file",
            "skipped: mixed/blob.txt: binary file, not text",
            "skipped: mixed/huge.md: file too large (2.0 MB; the limit is 1 MB)",
            next(
                s for s in skipped if s.startswith("skipped: mixed/broken.md: broken front matter")
            ),
        ]
    )
    assert f"{ONE_WAY_CARDS} new" in result.stdout


def test_nothing_to_build_exits_non_zero(tmp_path: Path) -> None:
    result = run("--db", str(tmp_path / "c.sqlite"), "build", str(tmp_path / "missing"))
    assert result.returncode == 1
    assert "missing: no such file or folder" in result.stdout


def test_no_subcommand_starts_the_app_on_the_shipped_decks(tmp_path: Path) -> None:
    db = tmp_path / "fresh.sqlite"
    env = {
        "QT_QPA_PLATFORM": "offscreen",
        "FLASHCARDS_GUI_SMOKE": "0",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    result = run("--db", str(db), env=env)
    assert result.returncode == 0, result.stderr
    assert "deck list shown after" in result.stdout
    listing = run("--db", str(db), "decks")
    assert f"sales  Turkish → Icelandic and back  {SEED_CARDS} cards" in listing.stdout


def test_no_display_is_a_one_line_error(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [sys.executable, "-m", "flashcards", "--db", str(tmp_path / "c.sqlite")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr.startswith("flashcards: error: no display to show the app on")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["export", "--deck", "nope"], "flashcards: error: no deck named 'nope'"),
        (["build", ".", "--source", "xx"], "flashcards: error: unsupported source language 'xx'"),
    ],
)
def test_user_errors_are_one_line(tmp_path: Path, args: list[str], message: str) -> None:
    result = run("--db", str(tmp_path / "c.sqlite"), *args, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip() == message


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.sqlite"
    bogus.write_text("not a database at all " * 50, "utf-8")
    result = run("--db", str(bogus), "decks")
    assert result.returncode == 2
    assert result.stderr.startswith(f"flashcards: error: {bogus}: not a usable database")
    assert len(result.stderr.strip().splitlines()) == 1


def test_config_checks_limits_through_the_service(tmp_path: Path, seed_dir: Path) -> None:
    db = tmp_path / "c.sqlite"
    assert run("--db", str(db), "build", str(seed_dir), "--deck", "sales").returncode == 0
    bad = run("--db", str(db), "config", "--deck", "sales", "--new-per-day", "-5")
    assert bad.returncode == 2
    assert bad.stderr.strip().splitlines() == ["flashcards: error: daily limits cannot be negative"]
    good = run("--db", str(db), "config", "--deck", "sales", "--reviews-per-day", "50")
    assert good.returncode == 0, good.stderr
    import sqlite3

    connection = sqlite3.connect(db)
    limits = connection.execute("SELECT new_per_day, reviews_per_day FROM decks").fetchall()
    connection.close()
    assert limits == [(20, 50)]
    missing = run("--db", str(db), "config", "--deck", "nope", "--new-per-day", "5")
    assert missing.returncode == 2 and "no deck named 'nope'" in missing.stderr


def test_the_command_line_reaches_the_store_only_through_services() -> None:
    cli = Path(__file__).resolve().parents[2] / "flashcards" / "cli"
    for source in cli.glob("*.py"):
        text = source.read_text("utf-8")
        assert "db.begin(" not in text, source.name
        assert "from flashcards.store import" not in text, source.name
        assert "flashcards.store.models" not in text, source.name
