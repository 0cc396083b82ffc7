"""`flashcards export --format tmx|tbx` and `flashcards import tmx|tbx` as real subprocesses:
the seed deck goes out, reads back with translate-toolkit, comes into another collection;
a hostile file is one line with exit status 2."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from seed_counts import TERMBASE_UNITS
from translate.storage.tbx import tbxfile
from translate.storage.tmx import tmxfile

ROOT = Path(__file__).resolve().parents[2]
NOW = "2026-11-23T09:00:00+00:00"


def _run(db: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    result = subprocess.run(
        [sys.executable, "-m", "flashcards", "--db", str(db), "--now", NOW, *args],
        capture_output=True,
        env={**os.environ, "TZ": "UTC", "PYTHONPATH": str(ROOT)},
        timeout=120,
    )
    assert b"Traceback" not in result.stdout + result.stderr
    return result


def _count(db: Path) -> int:
    connection = sqlite3.connect(db)
    try:
        return int(connection.execute("SELECT count(*) FROM cards").fetchone()[0])
    finally:
        connection.close()


def test_the_seed_deck_goes_out_and_comes_into_another_collection(tmp_path: Path) -> None:
    ours, theirs = tmp_path / "ours.sqlite", tmp_path / "theirs.sqlite"
    memory, termbase = tmp_path / "sales.tmx", tmp_path / "sales.tbx"
    result = _run(ours, "export", "--format", "tmx", "--deck", "sales", "-o", str(memory))
    assert result.returncode == 0, result.stderr
    assert result.stderr.decode().endswith(f"12 translation units written to {memory}\n")
    units = tmxfile.parsestring(memory.read_bytes()).units
    assert len(units) == 12 and units[0].source == "Yumuşak Satış"
    to_stdout = _run(ours, "export", "--format", "tmx", "--deck", "sales")
    assert to_stdout.returncode == 0 and to_stdout.stdout == memory.read_bytes()
    result = _run(ours, "export", "--format", "tbx", "--deck", "sales", "-o", str(termbase))
    assert result.returncode == 0, result.stderr
    assert len(tbxfile.parsestring(termbase.read_bytes()).units) == TERMBASE_UNITS

    result = _run(theirs, "import", "tmx", str(memory), "--source", "tr", "--target", "is")
    out = result.stdout.decode()
    assert result.returncode == 0, result.stderr
    assert 'Deck "sales" (Turkish → Icelandic)' in out
    assert "sales.tmx: 12 cards added, 0 updated, 0 units skipped" in out
    result = _run(theirs, "import", "tbx", str(termbase), "--source", "tr", "--target", "is")
    out = result.stdout.decode()
    assert f"sales.tbx: {TERMBASE_UNITS - 1} term cards added, 0 updated, 1 entry skipped" in out
    assert "entry 1: already in deck sales" in out
    again = _run(theirs, "import", "tmx", str(memory), "--source", "tr", "--target", "is")
    assert "0 cards added, 0 updated, 12 unchanged" in again.stdout.decode()
    assert _count(theirs) == 12 + TERMBASE_UNITS - 1


def test_a_hostile_memory_is_one_line_and_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite"
    assert _run(db, "decks").returncode == 0
    before = _count(db)
    bomb = tmp_path / "bomb.tmx"
    bomb.write_text(
        '<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><tmx version="1.4"><header/>'
        '<body><tu><tuv xml:lang="tr"><seg>&b;</seg></tuv>'
        '<tuv xml:lang="is"><seg>x</seg></tuv></tu></body></tmx>',
        "utf-8",
    )
    result = _run(db, "import", "tmx", str(bomb), "--source", "tr", "--target", "is")
    assert result.returncode == 2
    assert result.stderr.decode() == (
        f"flashcards: error: {bomb}: refused: it declares an entity (a)\n"
    )
    assert _count(db) == before
