"""`flashcards import anki` as a real subprocess: a package Anki made and studied comes over
with its decks and every review, and again changes nothing; bad files, bad field names and a
missing Anki library are one line each with exit status 2, and nothing stored changes."""

from __future__ import annotations

import json
import os
import resource
import sqlite3
import subprocess
import sys
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from ankicol import add_note, answer, collection, export_collection, require_anki, revlog

ROOT = Path(__file__).resolve().parents[2]
NOW = "2026-11-23T09:00:00+00:00"


#: No file the command writes may grow past this (RLIMIT_FSIZE): a bomb unpacked kills it.
FILE_LIMIT = 64 << 20


def _limit_files() -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (FILE_LIMIT, FILE_LIMIT))


def _run(*args: str, code: str | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "flashcards", "--now", NOW, *args]
    if code is not None:
        command = [sys.executable, "-c", code, "--now", NOW, *args]
    result = subprocess.run(
        command,
        preexec_fn=_limit_files,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "TZ": "UTC", "PYTHONPATH": str(ROOT)},
        timeout=120,
    )
    assert "Traceback" not in result.stdout + result.stderr
    return result


def _query(db: Path, sql: str) -> list[tuple[Any, ...]]:
    connection = sqlite3.connect(db)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def _rows(db: Path) -> list[tuple[object, ...]]:
    return _query(db, "SELECT * FROM cards ORDER BY id")


def _everything(db: Path) -> list[list[tuple[Any, ...]]]:
    return [_query(db, f"SELECT * FROM {t} ORDER BY 1") for t in ("decks", "cards", "review_log")]


T0 = datetime(2025, 3, 3, 8, 0, tzinfo=UTC)
WORDS = [("la mesa", "the table"), ("el libro", "the book"), ("la casa", "the house")]


def _studied_package(folder: Path) -> tuple[Path, int]:
    """A collection studied in Anki (two nested decks, tags, a suspended and a flagged card),
    exported as a .colpkg; and the number of entries in its review log."""
    col = collection(folder / "anki")
    try:
        notes = [
            add_note(col, "Basic", "Spanish::Words", [f"<i>{es}</i>", en], ["es::A1"])
            for es, en in WORDS
        ]
        phrase = add_note(
            col, "Basic", "Spanish::Phrases", ["¿Qué hora es?<br>", "What time is it?"]
        )
        for n, note in enumerate([*notes, phrase]):
            card = note.cards()[0].id
            answer(col, card, 3, T0 + timedelta(minutes=n), taken_ms=4000 + n)
            answer(col, card, 3, T0 + timedelta(minutes=11 + n))
            answer(col, card, 1 if n == 1 else 3, T0 + timedelta(days=2, minutes=n))
        col.sched.suspend_cards([notes[0].cards()[0].id])
        col.set_user_flag_for_cards(2, [phrase.cards()[0].id])
        entries = len(revlog(col))
        return export_collection(col, folder / "collection.colpkg"), entries  # closes it
    finally:
        if col.db is not None:
            col.close()


def test_a_studied_anki_collection_comes_over_and_again_changes_nothing(tmp_path: Path) -> None:
    require_anki()
    package, entries = _studied_package(tmp_path)
    db = tmp_path / "c.sqlite"
    args = ("--db", str(db), "import", "anki", str(package), "--source", "es", "--target", "en")
    result = _run(*args)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # no progress line in a pipe
    assert result.stdout.splitlines() == [
        f"{package}: Anki package, 4 notes, 4 cards",
        '  Deck "Spanish::Words" (new deck) (Spanish → English): 3 cards added',
        '  Deck "Spanish::Phrases" (new deck) (Spanish → English): 1 card added',
        f"  reviews: {entries} added, 0 already here; 4 cards replayed through FSRS",
        "  from Anki: 1 suspended, 1 flagged",
    ]
    assert entries == 12
    cards = {
        front: (back, deck, suspended, flag, tags, state)
        for front, back, deck, suspended, flag, tags, state in _query(
            db,
            "SELECT c.front, c.back, d.name, c.suspended, c.flag, c.tags, c.state "
            "FROM cards c JOIN decks d ON d.id = c.deck_id",
        )
    }
    assert cards["la mesa"] == ("the table", "Spanish::Words", 1, 0, "es::A1", 2)
    assert cards["el libro"][5] == 3  # forgotten on the second day: relearning
    assert cards["¿Qué hora es?"][1:4] == ("Spanish::Phrases", 0, 2)
    times = _query(db, "SELECT reviewed_at, rating, duration_ms FROM review_log ORDER BY 1")
    assert len(times) == entries and times[0][0].startswith("2025-03-03 08:00:00")
    assert times[0][1:] == (3, 4000)

    before = _everything(db)
    again = _run(*args)
    assert again.returncode == 0, again.stderr
    assert again.stdout.splitlines()[1:] == [
        '  Deck "Spanish::Words" (Spanish → English): 0 cards added, 3 unchanged',
        '  Deck "Spanish::Phrases" (Spanish → English): 0 cards added, 1 unchanged',
        f"  reviews: 0 added, {entries} already here",
    ]
    assert _everything(db) == before
    as_json = _run(*args, "--json")
    report = json.loads(as_json.stdout)
    assert (report["reviews_added"], report["reviews_known"]) == (0, entries)
    assert _everything(db) == before

    # Two field names no note type has: one line naming the file, nothing stored changes.
    wrong = _run(*args, "--fields", "Word,Meaning")
    assert wrong.returncode == 2 and wrong.stdout == ""
    assert wrong.stderr == (
        f"flashcards: error: {package}: no note type has the fields Word and Meaning "
        "(Basic: Front, Back)\n"
    )
    assert _everything(db) == before


def _zip_bomb(path: Path) -> Path:
    """A small zip whose directory says its three members unpack to 12 GB."""
    with zipfile.ZipFile(path, "w") as archive:
        for name in ("collection.anki21b", "media", "0"):
            archive.writestr(name, b"x")
    data = bytearray(path.read_bytes())
    start = data.find(b"PK\x01\x02")  # the central directory: each entry's sizes
    while start != -1:
        data[start + 24 : start + 28] = (0xFFFFFFFE).to_bytes(4, "little")
        start = data.find(b"PK\x01\x02", start + 4)
    path.write_bytes(bytes(data))
    return path


def _zeros(gigabytes: int) -> bytes:
    """zstd data (concatenated frames) that unpacks to `gigabytes` GiB of zeros: a few KB."""
    import zstandard

    return zstandard.ZstdCompressor(level=1).compress(bytes(128 << 20)) * (8 * gigabytes)


def _zstd_bombs(folder: Path, package: Path) -> tuple[Path, Path]:
    """Two packages of Anki's current format, each a few hundred KB: one whose collection
    unpacks to 9 GiB, and a good package with one 9 GiB media file added."""
    import zstandard
    from anki.import_export_pb2 import MediaEntries

    bomb, media = folder / "zstd-bomb.apkg", folder / "media-bomb.colpkg"
    with zipfile.ZipFile(package) as source:
        with zipfile.ZipFile(bomb, "w") as out:
            out.writestr("meta", source.read("meta"))
            out.writestr("collection.anki21b", _zeros(9))
            out.writestr("media", source.read("media"))
        with zipfile.ZipFile(media, "w") as out:
            for name in source.namelist():
                if name != "media":
                    out.writestr(name, source.read(name))
            entries = MediaEntries(
                entries=[
                    MediaEntries.MediaEntry(name="cat.jpg", size=(4 << 30) - 1, sha1=bytes(20))
                ]
            )
            listing = zstandard.ZstdCompressor().compress(entries.SerializeToString())
            out.writestr("media", listing)
            out.writestr("0", _zeros(9))
    return bomb, media


def test_a_bomb_is_refused_and_media_are_never_unpacked(tmp_path: Path) -> None:
    """Run with a 64 MB limit on every file the command writes: were a 9 GiB collection or
    media file unpacked, the command would die of it."""
    require_anki()
    package, entries = _studied_package(tmp_path)
    bomb, media = _zstd_bombs(tmp_path, package)
    assert bomb.stat().st_size < 1 << 20 and media.stat().st_size < 1 << 20
    db = tmp_path / "c.sqlite"
    assert _run("--db", str(db), "decks").returncode == 0
    before = _everything(db)
    result = _run("--db", str(db), "import", "anki", str(bomb))
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (
        f"flashcards: error: {bomb}: not imported: it unpacks to more than 8 GB or 500,000 files\n"
    )
    assert _everything(db) == before
    result = _run("--db", str(db), "import", "anki", str(media), "--source", "es", "--target", "en")
    assert result.returncode == 0, result.stderr
    assert f"reviews: {entries} added, 0 already here" in result.stdout


def test_bad_files_are_one_line_each_and_change_nothing(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite"
    assert _run("--db", str(db), "decks").returncode == 0  # the shipped deck
    before = _rows(db)
    text = tmp_path / "notes.apkg"
    text.write_text("just some text\n", "utf-8")
    empty_zip = tmp_path / "empty.colpkg"
    with zipfile.ZipFile(empty_zip, "w") as archive:
        archive.writestr("readme.txt", "hello")
    garbage = tmp_path / "garbage.apkg"
    with zipfile.ZipFile(garbage, "w") as archive:
        archive.writestr("collection.anki21", "not a database " * 100)
    truncated = tmp_path / "truncated.apkg"
    truncated.write_bytes(b"PK\x03\x04" + bytes(200))
    huge = tmp_path / "huge.colpkg"  # sparse: 3 GiB on no disk
    with huge.open("wb") as sparse:
        sparse.truncate(3 << 30)
    bomb = _zip_bomb(tmp_path / "bomb.apkg")
    cases = {
        text: "not an Anki package (not a zip archive)",
        empty_zip: "not an Anki package (no collection in it)",
        garbage: "not an Anki package Anki can read (The provided file is not a valid .apkg file.)",
        truncated: "not an Anki package (not a zip archive)",
        tmp_path: "not a file",
        huge: "file too large (3 GB; the limit is 2 GB)",
        bomb: "not imported: it unpacks to more than 8 GB or 500,000 files",
        tmp_path / "gone.apkg": "cannot read (No such file or directory)",
    }
    for path, reason in cases.items():
        result = _run("--db", str(db), "import", "anki", str(path))
        assert result.returncode == 2
        assert result.stderr == f"flashcards: error: {path}: {reason}\n"
        assert result.stdout == ""
    assert _rows(db) == before


@pytest.mark.parametrize("module", ["anki", "zstandard"])
def test_without_the_anki_extra_the_command_says_how_to_get_it(tmp_path: Path, module: str) -> None:
    package = tmp_path / "deck.apkg"
    package.write_bytes(b"PK")
    blocked = (
        f"import sys; sys.modules['{module}'] = None; sys.argv[0] = 'flashcards';"
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


def test_on_a_terminal_the_import_shows_its_progress_in_one_line(tmp_path: Path) -> None:
    """stderr a terminal (a pty): the phases and counts rewritten in place, then cleared; the
    report on stdout as ever. In a pipe (the other tests) stderr stays empty."""
    import pty

    require_anki()
    package, entries = _studied_package(tmp_path)
    db = tmp_path / "c.sqlite"
    command = [sys.executable, "-m", "flashcards", "--now", NOW, "--db", str(db), "import"]
    command += ["anki", str(package), "--source", "es", "--target", "en"]
    primary, secondary = pty.openpty()
    try:
        result = subprocess.run(
            command,
            stderr=secondary,
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "TZ": "UTC", "PYTHONPATH": str(ROOT)},
            timeout=120,
        )
        os.close(secondary)
        secondary = -1
        shown = b""
        while True:
            try:
                chunk = os.read(primary, 65536)
            except OSError:  # the terminal closed: everything was read
                break
            if not chunk:
                break
            shown += chunk
    finally:
        if secondary != -1:
            os.close(secondary)
        os.close(primary)
    assert result.returncode == 0
    assert f"reviews: {entries} added, 0 already here" in result.stdout
    text = shown.decode()
    assert "\r\x1b[Kreading the package…" in text
    assert "\r\x1b[Kreading the package… 4 of 4" in text
    assert "\r\x1b[Kcomputing each card's memory from its reviews… 4 of 4" in text
    assert text.endswith("\r\x1b[K") and "Traceback" not in text
