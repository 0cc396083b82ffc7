"""The app on a collection on a PostgreSQL server: deck list, studying by keys, the log."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from sqlalchemy import select

from flashcards.gui.main_window import MainWindow
from flashcards.gui.ops import OpRunner
from flashcards.services.build import build
from flashcards.store.database import Database
from flashcards.store.models import ReviewLog

NOW = datetime(2026, 11, 23, 9, tzinfo=UTC)


@pytest.fixture
def server_window(  # type: ignore[no-untyped-def]
    qtbot, pg_url: str, seed_dir: Path, tmp_path: Path
) -> Iterator[MainWindow]:
    db = Database(pg_url)
    build(db, [seed_dir], source="tr", target="is", both_directions=True)
    db.close()
    ops = OpRunner(lambda: Database(pg_url))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    main = MainWindow(ops, settings, clock=lambda: NOW)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.decks_shown, timeout=10_000):
        main.show()
        main.refresh_decks()
    main.activateWindow()  # (on a real X server, shortcuts need the active window)
    qtbot.waitUntil(main.isActiveWindow, timeout=10_000)
    yield main
    ops.shutdown()


def test_study_against_a_server_by_keyboard(  # type: ignore[no-untyped-def]
    qtbot, server_window: MainWindow, pg_url: str
) -> None:
    table = server_window.deck_list.table
    assert [table.item(0, c).text() for c in range(5)] == [
        "sales",
        "Türkçe ↔ Íslenska",
        "20",
        "0",
        "0",
    ]
    reviewer = server_window.reviewer
    table.setFocus()
    with qtbot.waitSignal(reviewer.step_shown, timeout=10_000):
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert reviewer.view.front.text() == "Yumuşak satış"
    for key in (Qt.Key.Key_3, Qt.Key.Key_1, Qt.Key.Key_4):
        qtbot.keyClick(reviewer, Qt.Key.Key_Space)
        with qtbot.waitSignal(reviewer.step_shown, timeout=10_000):
            qtbot.keyClick(reviewer, key)
    db = Database(pg_url)
    with db.begin() as session:
        ratings = list(session.scalars(select(ReviewLog.rating).order_by(ReviewLog.id)))
    db.close()
    assert ratings == [3, 1, 4]
