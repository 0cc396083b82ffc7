"""The statistics window: readable date axes, whole-number ticks, hover values, empty states,
and the optimizer's result where it can be seen."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from gui_themes import themed
from PySide6.QtCharts import QBarSeries, QCategoryAxis, QValueAxis

from flashcards.gui.main_window import MainWindow
from flashcards.services.study import StudySession
from flashcards.store.database import Database
from flashcards.types import Rating

NOW = datetime(2026, 11, 23, 9, tzinfo=UTC)
WAIT = 20_000


def _answer(collection: Path, days: int = 1) -> None:
    db = Database(collection)
    for day in range(days, 0, -1):
        session = StudySession(db)
        moment = NOW - timedelta(days=day - 1)
        for rating in (Rating.GOOD, Rating.AGAIN, Rating.EASY):
            card = session.next_card(moment)
            assert card is not None
            session.answer(card.id, rating, moment, duration_ms=6000)
    db.close()


def test_stats_show_todays_answers_on_readable_axes(
    qtbot: Any, window: MainWindow, collection: Path
) -> None:
    _answer(collection)
    stats = window.show_stats()
    qtbot.waitSignal(stats.loaded, timeout=WAIT).wait()
    assert stats.summary.text().startswith("Today: 3 reviews, 1 again, 0.3 min")
    assert "FSRS parameters in use: 0.212" in stats.params.text()
    box = stats.reviews
    assert not box.is_empty
    axis_x, axis_y = box.axes
    assert isinstance(axis_x, QCategoryAxis) and isinstance(axis_y, QValueAxis)
    labels = axis_x.categoriesLabels()
    assert labels == ["26 Oct", "2 Nov", "9 Nov", "16 Nov", "23 Nov"]  # weekly, to today
    assert all("…" not in label for label in labels)
    assert axis_y.tickType() is QValueAxis.TickType.TicksDynamic
    assert axis_y.tickInterval() == 1 and axis_y.labelFormat() == "%d"  # 0, 1, 2, 3…
    assert axis_y.max() == 3
    series = box.view.chart().series()[0]
    assert isinstance(series, QBarSeries)
    series.barSets()[0].hovered.emit(True, 29)  # today's bar
    assert box.hover_text == "23 Nov: 3 reviews"
    stats.resize(980, 760)
    qtbot.wait(100)
    assert not axis_x.labelsTruncated()


def test_the_due_forecast_labels_today_then_every_week(
    qtbot: Any, window: MainWindow, collection: Path
) -> None:
    """The forecast starts today: its first bar is labelled (not tomorrow, under the second)."""
    _answer(collection)  # due from 24 November: overdue by now, so due today
    stats = window.show_stats()
    qtbot.waitSignal(stats.loaded, timeout=WAIT).wait()
    box = stats.forecast
    assert not box.is_empty
    axis_x = box.axes[0]
    assert isinstance(axis_x, QCategoryAxis)
    labels = axis_x.categoriesLabels()
    assert [axis_x.endValue(label) for label in labels] == [0, 7, 14, 21, 28]
    series = box.view.chart().series()[0]
    assert isinstance(series, QBarSeries)
    series.barSets()[0].hovered.emit(True, 0)  # today's bar
    assert box.hover_text.startswith(f"{labels[0]}: ")
    assert box.hover_text.endswith(" cards due") or box.hover_text.endswith(" card due")


def test_charts_without_data_say_so(qtbot: Any, window: MainWindow) -> None:
    stats = window.show_stats()
    qtbot.waitSignal(stats.loaded, timeout=WAIT).wait()
    for box in (stats.reviews, stats.forecast, stats.retention):
        assert box.is_empty and box.empty.text().startswith(box.title)
    assert "Not enough reviews yet" in stats.reviews.empty.text()
    assert "Not enough reviews yet" in stats.retention.empty.text()
    assert not stats.states.is_empty  # the seed deck: all new


def test_one_answer_to_a_new_card_is_one_review_and_retention_waits(
    qtbot: Any, window: MainWindow, collection: Path
) -> None:
    db = Database(collection)
    session = StudySession(db)
    card = session.next_card(NOW)
    assert card is not None
    session.answer(card.id, Rating.AGAIN, NOW, duration_ms=6000)
    db.close()
    stats = window.show_stats()
    qtbot.waitSignal(stats.loaded, timeout=WAIT).wait()
    today, retention, _desired = stats.summary.text().splitlines()
    assert today == "Today: 1 review, 1 again, 0.1 min"  # not "1 reviews"
    # Not "No reviews in the last 30 days" right under today's review: retention counts
    # answers to cards already learned, and there are none yet.
    assert retention == "Retention: not measured yet (no answers to learned cards in 30 days)"


def test_the_optimizers_result_is_shown_in_view(qtbot: Any, window: MainWindow) -> None:
    stats = window.show_stats()
    qtbot.waitSignal(stats.loaded, timeout=WAIT).wait()
    stats.resize(900, 500)  # the FSRS part is below the charts
    qtbot.wait(50)
    with qtbot.waitSignal(stats.optimized, timeout=WAIT) as done:
        stats.optimize_button.click()
    assert done.args[0].status == "too_few"
    assert stats.optimize_result.text().startswith("Too few reviews to fit the parameters yet")
    qtbot.wait(50)
    viewport = stats.scroll_area.viewport()
    top = stats.optimize_result.mapTo(viewport, stats.optimize_result.rect().topLeft()).y()
    assert 0 <= top < viewport.height()  # scrolled into sight, not left off-screen


def test_the_charts_draw_in_the_font_size_chosen(
    qtbot: Any, window: MainWindow, collection: Path
) -> None:
    from PySide6.QtGui import QFontMetrics

    _answer(collection)
    with themed(14):
        stats = window.show_stats()
        qtbot.waitSignal(stats.loaded, timeout=WAIT).wait()
        for box in (stats.reviews, stats.forecast, stats.states):
            chart = box.view.chart()
            assert chart.titleFont().pointSize() == 14, box.title
            assert chart.legend().font().pointSize() == 14
            for axis in chart.axes():
                assert axis.labelsFont().pointSize() == 14, box.title
        # The states' legend has the chart's width for "review 79,890": on the right of the
        # pie, at 14 pt, it was elided ("upprifjun …").
        legend = stats.states.view.chart().legend()
        qtbot.wait(50)
        metrics = QFontMetrics(legend.font())
        for marker in legend.markers():
            needed = metrics.horizontalAdvance(marker.label() + " 00.000") + 2 * metrics.height()
            assert needed <= legend.geometry().width(), marker.label()


def test_the_calibrated_target_is_shown_with_the_desired_retention(
    qtbot: Any, window: MainWindow, collection: Path
) -> None:
    from flashcards.scheduler.calibrate import Calibration
    from flashcards.services.study import load_config, save_config

    db = Database(collection)
    answers = [(0.90, True)] * 1_860 + [(0.90, False)] * 140  # 93 % recalled at 90 %
    found = Calibration.of(answers)
    save_config(db, load_config(db).with_changes(calibration=found))  # calibration off
    db.close()
    stats = window.show_stats()
    qtbot.waitSignal(stats.loaded, timeout=WAIT).wait()
    assert stats.summary.text().splitlines()[2] == "Desired retention: 90%"
    db = Database(collection)
    save_config(db, load_config(db).with_changes(calibrate=True))
    db.close()
    with qtbot.waitSignal(stats.loaded, timeout=WAIT):
        stats.refresh()
    assert stats.summary.text().splitlines()[2] == (
        "Desired retention: 90% (your recall at a predicted 90% is 93%: scheduling for 87.3%)"
    )
    # The long line wraps in a narrow window rather than widening it past its edge.
    # (in Turkish at 14 pt it was wider than the window and put the charts under a scroll bar)
    longest = stats.summary.fontMetrics().horizontalAdvance(stats.summary.text().splitlines()[2])
    assert stats.summary.minimumSizeHint().width() < longest / 2
