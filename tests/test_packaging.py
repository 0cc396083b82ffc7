"""A regular (non-editable) install carries the shipped decks, migrations and data files."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

from seed_counts import SEED_CARDS

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_install_finds_the_shipped_decks(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(ROOT),
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(wheels),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = wheels.glob("flashcards-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "flashcards/_shipped/decks/sales/000_fcc629ea91eeff91.txt" in names
    assert "flashcards/_shipped/decks/sales/004_ce7c295c5b1b5ae6.txt" in names
    assert "flashcards/builder/data/headings.toml" in names
    assert "flashcards/store/migrations/versions/0001_initial.py" in names
    assert "flashcards/store/migrations/env.py" in names

    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "-q",
            "--no-deps",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(target)}
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "import flashcards, flashcards.paths as p; print(flashcards.__file__); "
            "print(p.shipped_decks())",
        ],
        check=True,
        capture_output=True,
        text=True,
        cwd=elsewhere,
        env=env,
    )
    module_file, decks = probe.stdout.splitlines()
    assert module_file.startswith(str(target))
    assert Path(decks) == target / "flashcards" / "_shipped" / "decks"

    db = tmp_path / "c.sqlite"
    started = subprocess.run(
        [sys.executable, "-m", "flashcards", "--db", str(db), "decks"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=elsewhere,
        env=env,
        timeout=120,
    )
    assert started.returncode == 0, started.stderr
    assert f"sales  Turkish → Icelandic and back  {SEED_CARDS} cards" in started.stdout
