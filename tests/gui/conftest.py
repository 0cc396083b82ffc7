"""Qt fixtures: a collection with the seed deck, the operations runner and the main window."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from gui_themes import themed
from PySide6.QtCore import QSettings

from flashcards.gui.main_window import MainWindow
from flashcards.gui.ops import OpRunner
from flashcards.services.build import build
from flashcards.store.database import Database

NOW = datetime(2026, 11, 23, 9, tzinfo=UTC)


@pytest.fixture
def collection(tmp_path: Path, seed_dir: Path) -> Path:
    path = tmp_path / "collection.sqlite"
    db = Database(path)
    build(db, [seed_dir], source="tr", target="is", both_directions=True)
    db.close()
    return path


@pytest.fixture
def runner(collection: Path) -> Iterator[OpRunner]:
    ops = OpRunner(lambda: Database(collection))
    yield ops
    ops.shutdown()


@pytest.fixture
def window(qtbot, runner: OpRunner, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    main = MainWindow(runner, settings, clock=lambda: NOW)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.decks_shown, timeout=10_000):
        main.show()
        main.refresh_decks()
    # On a real X server (CI runs these tests on xcb too) a window has the keyboard, and its
    # shortcuts work, only once it is active.
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow, timeout=10_000)
    return main


@pytest.fixture
def at_14_pt() -> Iterator[None]:
    """The app's light theme at a 14 pt font for one test, then the style it had."""
    with themed(14):
        yield
