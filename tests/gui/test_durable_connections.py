"""The app's worker writes answers only on connections with WAL and synchronous=FULL."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from flashcards.gui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
import sqlite_audit


@pytest.fixture
def audit(tmp_path: Path) -> Iterator[Path]:
    log = tmp_path / "audit.jsonl"
    sqlite_audit.install(log)
    yield log
    sqlite_audit.uninstall()


def test_answers_in_the_app_are_written_durably(
    qtbot: Any, audit: Path, window: MainWindow, collection: Path
) -> None:
    """The window's worker opens the collection as the app does (after the audit began)."""
    with qtbot.waitSignal(window.reviewer.step_shown, timeout=10_000):
        window.study("sales")
    for _ in range(3):
        qtbot.keyClick(window.reviewer, Qt.Key.Key_Space)
        with qtbot.waitSignal(window.reviewer.step_shown, timeout=10_000):
            qtbot.keyClick(window.reviewer, Qt.Key.Key_3)
    with qtbot.waitSignal(window.reviewer.step_shown, timeout=10_000):
        qtbot.keyClick(window.reviewer, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    writers = [
        c
        for c in sqlite_audit.connections(audit).values()
        if str(collection) in c["database"] and "write" in c
    ]
    assert writers, "the app wrote nothing?"
    assert sqlite_audit.writers_without_durability(audit, collection) == []
