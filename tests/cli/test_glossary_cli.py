"""`flashcards import glossary` as a real subprocess: reports, exit codes, the export round trip."""

from __future__ import annotations

import csv
import io
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from seed_counts import PLAN, SEED_CARDS, TERM_CARDS

from flashcards.types import CardKind


def run(
    db: Path, *args: str, cwd: Path | None = None, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "flashcards", "--db", str(db), *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=os.environ.copy(),
        cwd=cwd,
        timeout=120,
    )
    assert "Traceback" not in result.stdout + result.stderr
    return result


def _terms(table: str) -> set[tuple[str, str, str, str]]:
    return {
        (r["source_lang"], r["target_lang"], r["front"], r["back"])
        for r in csv.DictReader(io.StringIO(table))
        if r["kind"] == "term"
    }


def test_import_report_and_reimport(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite"
    (tmp_path / "glossary.csv").write_text(
        "tr;is\nşeker;sykur\nağaç;\nışık;ljós\nŞeker;sykur\nİade;endurgreiðsla;x\n", "utf-8"
    )
    args = ("import", "glossary", "glossary.csv", "--source", "tr", "--target", "is")
    first = run(db, *args, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert first.stdout.splitlines() == [
        'Deck "glossary" (Turkish → Icelandic)',
        "glossary.csv: 2 term cards added, 0 updated, 3 rows skipped",
        "  row 3: empty cell",
        "  row 5: duplicate of row 2",
        "  row 6: expected 2 columns, found 3",
    ]
    again = run(db, *args, "--both-directions", cwd=tmp_path)
    assert again.returncode == 0
    assert (
        "glossary.csv: 2 term cards added, 0 updated, 2 unchanged, 3 rows skipped" in again.stdout
    )
    listing = run(db, "decks")
    assert "glossary" in listing.stdout and "4 cards" in listing.stdout


def _query(db: Path, sql: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(db)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def test_a_row_removed_from_the_file_retires_its_card_with_its_history(tmp_path: Path) -> None:
    db, path = tmp_path / "c.sqlite", tmp_path / "words.csv"
    args = ("import", "glossary", str(path), "--source", "tr", "--target", "is", "--deck", "w")
    path.write_text("tr,is\nşeker,sykur\nağaç,tré\nışık,ljós\n", "utf-8")
    assert run(db, *args).returncode == 0
    now = ("--now", "2026-11-23T09:00:00+00:00")
    studied = run(db, *now, "study", "--deck", "w", stdin="\n3\n\n3\n\n3\nq\n")
    assert studied.returncode == 0, studied.stderr
    log = _query(db, "SELECT * FROM review_log ORDER BY id")
    assert len(log) == 3

    path.write_text("tr,is\nşeker,sykur\nışık,ljós\n", "utf-8")  # ağaç is gone
    result = run(db, *args)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[1] == (
        f"{path}: 0 term cards added, 0 updated, 2 unchanged, "
        "1 retired (rows no longer in the file), 0 rows skipped"
    )
    assert _query(db, "SELECT front, retired FROM cards ORDER BY id") == [
        ("şeker", 0),
        ("ağaç", 1),
        ("ışık", 0),
    ]
    assert _query(db, "SELECT * FROM review_log ORDER BY id") == log  # its history kept
    listing = run(db, "decks").stdout
    assert "2 cards, 1 retired" in listing
    due = run(db, "--now", "2026-11-24T09:00:00+00:00", "due").stdout.splitlines()
    assert due[1].split() == ["w", "0", "2", "0"]  # the retired card is not studied

    path.write_text("tr,is\nşeker,sykur\nağaç,tré\nışık,ljós\n", "utf-8")  # back again
    result = run(db, *args)
    assert "2 unchanged, 1 restored, 0 rows skipped" in result.stdout
    assert _query(db, "SELECT sum(retired) FROM cards") == [(0,)]
    assert _query(db, "SELECT * FROM review_log ORDER BY id") == log


def test_round_trip_through_csv_export(tmp_path: Path, seed_dir: Path) -> None:
    db = tmp_path / "c.sqlite"
    built = run(db, "build", str(seed_dir), "--source", "tr", "--target", "is", "--both-directions")
    assert built.returncode == 0, built.stderr
    exported = tmp_path / "sales.csv"
    result = run(db, "export", "--format", "csv", "--deck", "sales", "-o", str(exported))
    assert result.returncode == 0, result.stderr
    original = _terms(exported.read_text("utf-8"))
    assert ("tr", "is", "Yumuşak satış", "Mjúk sala") in original
    assert len(original) == TERM_CARDS

    imported = run(
        db,
        "import",
        "glossary",
        str(exported),
        "--source",
        "tr",
        "--target",
        "is",
        "--deck",
        "sales-copy",
        "--both-directions",
    )
    assert imported.returncode == 0, imported.stderr
    # The Turkish → Icelandic term rows come in, in both directions; their Icelandic →
    # Turkish siblings are duplicates of them, every other kind is no term card.
    added = TERM_CARDS
    total = SEED_CARDS - TERM_CARDS // 2
    assert f"{exported}: {added} term cards added, 0 updated, {total} rows skipped" in (
        imported.stdout
    )
    skipped = [line for line in imported.stdout.splitlines() if line.startswith("  ")]
    # A reason shared by many rows is one line naming the first rows: the report stays short.
    clozes = sum(1 for c in PLAN.cards if c.kind is CardKind.CLOZE)
    assert any(
        line.startswith(f"  {clozes} rows (") and line.endswith("not a term card (kind cloze)")
        for line in skipped
    )
    assert any("duplicate of row" in line for line in skipped)
    counted = [int(line.split()[0]) if line.split()[1] == "rows" else 1 for line in skipped]
    # One line a kind of card that is no term, one a duplicate (naming the row it repeats).
    kinds = {c.kind for c in PLAN.cards if c.kind is not CardKind.TERM}
    assert sum(counted) == total and len(skipped) <= len(kinds) + TERM_CARDS // 2

    copy = run(db, "export", "--format", "csv", "--deck", "sales-copy")
    assert _terms(copy.stdout) == original
    # Into the deck they came from, nothing is new.
    back = run(
        db,
        "import",
        "glossary",
        str(exported),
        "--source",
        "tr",
        "--target",
        "is",
        "--deck",
        "sales",
    )
    assert back.returncode == 0
    assert f"{exported}: 0 term cards added, 0 updated, {SEED_CARDS} rows skipped" in back.stdout
    assert "already in deck sales" in back.stdout


def test_nothing_usable_exits_1(tmp_path: Path) -> None:
    path = tmp_path / "words.tsv"
    path.write_text("şeker\nağaç\n", "utf-8")
    result = run(
        tmp_path / "c.sqlite", "import", "glossary", str(path), "--source", "tr", "--target", "is"
    )
    assert result.returncode == 1
    assert f"{path}: 0 term cards added, 0 updated, 2 rows skipped" in result.stdout
    assert "  row 1: expected 2 columns, found 1" in result.stdout
    assert f"{path}: no usable rows" in result.stdout


@pytest.mark.parametrize(
    ("setup", "languages", "message"),
    [
        ("missing", ("tr", "is"), "missing.csv: no such file"),
        ("folder", ("tr", "is"), "folder.csv: is a folder, not a glossary file"),
        ("binary", ("tr", "is"), "binary.csv: binary file, not a text glossary"),
        ("good", ("tr", "xx"), "unsupported target language 'xx'"),
    ],
)
def test_bad_input_is_one_error_line(
    tmp_path: Path, setup: str, languages: tuple[str, str], message: str
) -> None:
    name = f"{setup}.csv"
    if setup == "folder":
        (tmp_path / name).mkdir()
    elif setup == "binary":
        (tmp_path / name).write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    elif setup == "good":
        (tmp_path / name).write_text("şeker,sykur\n", "utf-8")
    source, target = languages
    result = run(
        tmp_path / "c.sqlite",
        "import",
        "glossary",
        name,
        "--source",
        source,
        "--target",
        target,
        cwd=tmp_path,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == f"flashcards: error: {message}\n"


def test_a_deck_in_other_languages_is_refused(tmp_path: Path, seed_dir: Path) -> None:
    db = tmp_path / "c.sqlite"
    assert run(db, "build", str(seed_dir), "--source", "tr", "--target", "is").returncode == 0
    (tmp_path / "en.csv").write_text("sugar,sykur\n", "utf-8")
    result = run(
        db,
        "import",
        "glossary",
        "en.csv",
        "--source",
        "en",
        "--target",
        "is",
        "--deck",
        "sales",
        cwd=tmp_path,
    )
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        'flashcards: error: deck "sales" is Turkish → Icelandic, not English → Icelandic: '
        "choose another deck with --deck"
    ]


def test_import_needs_a_format_and_the_languages(tmp_path: Path) -> None:
    assert run(tmp_path / "c.sqlite", "import").returncode == 2
    result = run(tmp_path / "c.sqlite", "import", "glossary", "g.csv", "--source", "tr")
    assert result.returncode == 2 and "--target" in result.stderr
