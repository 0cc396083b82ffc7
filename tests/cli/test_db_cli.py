"""End-to-end: the `flashcards` command on a PostgreSQL server and `db copy` both ways."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

NOW = "2026-11-23T09:00:00+00:00"


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "flashcards", "--now", NOW, *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=os.environ.copy(),
        timeout=180,
    )
    assert "Traceback" not in result.stdout + result.stderr
    return result


def _due(location: str) -> dict[str, object]:
    result = run("--db", location, "due", "--json")
    assert result.returncode == 0, result.stderr
    data: dict[str, object] = json.loads(result.stdout)
    return data


def test_study_on_a_server_then_copy_it_home_and_back(
    tmp_path: Path, pg_url: str, seed_dir: Path
) -> None:
    built = run("--db", pg_url, "build", str(seed_dir), "--source", "tr", "--target", "is")
    assert built.returncode == 0, built.stderr
    studied = run("--db", pg_url, "study", stdin=" \n3\n \n3\nq\n")
    assert studied.returncode == 0, studied.stderr
    on_server = _due(pg_url)

    home = tmp_path / "home.sqlite"
    copied = run("--db", pg_url, "db", "copy", "--to", str(home))  # --from: the one in use
    assert copied.returncode == 0, copied.stderr
    assert copied.stdout.startswith("Copied ") and "review_log 2" in copied.stdout
    assert _due(str(home)) == on_server

    other = pg_url.replace("/t", "/copy_t", 1)
    import psycopg

    admin = pg_url.split("@/", 1)[0] + "@/postgres?" + pg_url.split("?", 1)[1]
    name = other.split("@/", 1)[1].split("?", 1)[0]
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    try:
        back = run("db", "copy", "--from", str(home), "--to", other)
        assert back.returncode == 0, back.stderr
        assert _due(other) == on_server
        again = run("db", "copy", "--from", str(home), "--to", other)
        assert again.returncode == 2
        assert again.stderr.startswith("flashcards: error: postgresql://postgres@/copy_t")
        assert "not empty" in again.stderr and len(again.stderr.splitlines()) == 1
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def test_bad_database_urls_are_one_line_errors(tmp_path: Path) -> None:
    missing = run("db", "copy", "--from", str(tmp_path / "none.sqlite"), "--to", "x.sqlite")
    assert missing.returncode == 2
    assert missing.stderr.strip().endswith("none.sqlite: no such collection")
    refused = run("--db", "postgresql://me:pw@127.0.0.1:1/cards", "decks")
    assert refused.returncode == 2 and len(refused.stderr.splitlines()) == 1
    assert "pw" not in refused.stderr and "127.0.0.1:1/cards" in refused.stderr
