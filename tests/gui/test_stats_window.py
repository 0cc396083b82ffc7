"""The statistics window after a few answers, and its Optimize button."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCharts import QChartView

from flashcards.gui.main_window import MainWindow
from flashcards.services.study import StudySession
from flashcards.store.database import Database
from flashcards.types import Rating

NOW = datetime(2026, 11, 23, 9, tzinfo=UTC)


def test_stats_show_todays_answers_and_charts(
    qtbot,
    window: MainWindow,
    collection,  # type: ignore[no-untyped-def]
) -> None:
    db = Database(collection)
    session = StudySession(db)
    for rating in (Rating.GOOD, Rating.AGAIN, Rating.EASY):
        card = session.next_card(NOW)
        assert card is not None
        session.answer(card.id, rating, NOW, duration_ms=6000)
    db.close()
    stats = window.show_stats()
    qtbot.waitSignal(stats.loaded, timeout=10_000).wait()
    assert stats.summary.text().startswith("Today: 3 reviews, 1 again, 0.3 min")
    assert len(stats.findChildren(QChartView)) == 4
    assert "FSRS parameters in use: 0.212" in stats.params.text()
    with qtbot.waitSignal(stats.optimized, timeout=20_000) as done:
        stats.optimize_button.click()
    assert done.args[0].status == "too_few"
    assert stats.optimize_result.text().startswith("Too few reviews to fit")
