"""`flashcards import anki` as a real subprocess: bad files and a missing Anki library are one
line each with exit status 2, and nothing stored changes."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NOW = "2026-11-23T09:00:00+00:00"


def _run(*args: str, code: str | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "flashcards", "--now", NOW, *args]
    if code is not None:
        command = [sys.executable, "-c", code, "--now", NOW, *args]
    result = subprocess.run(
        command,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "TZ": "UTC", "PYTHONPATH": str(ROOT)},
        timeout=120,
    )
    assert "Traceback" not in result.stdout + result.stderr
    return result


def _rows(db: Path) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(db)
    try:
        return connection.execute("SELECT * FROM cards ORDER BY id").fetchall()
    finally:
        connection.close()


def test_bad_files_are_one_line_each_and_change_nothing(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite"
    assert _run("--db", str(db), "decks").returncode == 0  # the shipped deck
    before = _rows(db)
    text = tmp_path / "notes.apkg"
    text.write_text("just some text\n", "utf-8")
    empty_zip = tmp_path / "empty.colpkg"
    with zipfile.ZipFile(empty_zip, "w") as archive:
        archive.writestr("readme.txt", "hello")
    cases = {
        text: "not an Anki package (not a zip archive)",
        empty_zip: "not an Anki package (no collection in it)",
        tmp_path / "gone.apkg": "cannot read (No such file or directory)",
    }
    for path, reason in cases.items():
        result = _run("--db", str(db), "import", "anki", str(path))
        assert result.returncode == 2
        assert result.stderr == f"flashcards: error: {path}: {reason}\n"
        assert result.stdout == ""
    assert _rows(db) == before


def test_without_ankis_library_the_command_says_how_to_get_it(tmp_path: Path) -> None:
    package = tmp_path / "deck.apkg"
    package.write_bytes(b"PK")
    blocked = (
        "import sys; sys.modules['anki'] = None; sys.argv[0] = 'flashcards';"
        "from flashcards.cli.main import main; sys.exit(main(sys.argv[1:]))"
    )
    result = _run("--db", str(tmp_path / "c.sqlite"), "import", "anki", str(package), code=blocked)
    assert result.returncode == 2
    assert result.stderr == (
        "flashcards: error: importing from Anki needs Anki's own library: "
        "pip install 'flashcards[anki]'\n"
    )


def test_the_command_is_listed_with_its_options() -> None:
    result = _run("import", "anki", "--help")
    assert result.returncode == 0
    for option in ("--deck", "--fields", "--source", "--include-added", "--retire-missing"):
        assert option in result.stdout
