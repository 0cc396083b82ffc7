"""Deck options in the settings, workload and evaluate in the statistics, recall and leeches."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from seed_counts import SEED_CARDS
from sqlalchemy import select, update

from flashcards.gui.main_window import MainWindow
from flashcards.services.presets import list_presets
from flashcards.store.database import Database
from flashcards.store.models import Card
from flashcards.types import CardState

NOW = datetime(2026, 11, 23, 9, tzinfo=UTC)


def test_a_deck_gets_a_new_preset_with_its_own_retention_and_steps(
    qtbot,
    window: MainWindow,
    collection: Path,  # type: ignore[no-untyped-def]
) -> None:
    dialog = window.show_settings()
    qtbot.waitSignal(dialog.loaded, timeout=10_000).wait()
    form = dialog.options
    assert form.preset.currentText() == "Default"
    assert form.learning_steps.text() == "1m 10m"
    form.new_preset("Exam")
    assert form.preset.currentText() == "Exam"
    form.retention.setValue(0.95)
    form.learning_steps.setText("steps?")
    dialog.save()
    assert dialog.isVisible() and "like “1m 10m”" in form.error.text()  # nothing saved
    form.learning_steps.setText("5m 1h")
    form.maximum_interval.setValue(180)
    form.review_order.setCurrentIndex(form.review_order.findData("due"))
    form.bury_new.setChecked(False)
    assert form.easy_days[5].currentText().endswith(" ½") is False
    assert form.easy_legend.text() == "½ fewer reviews · – almost none"  # the marks, explained
    form.easy_days[5].setCurrentIndex(1)  # Saturday reduced
    assert form.easy_days[5].currentText().endswith(" ½")
    form.easy_days[6].setCurrentIndex(2)  # Sunday almost no reviews
    with qtbot.waitSignal(window.decks_shown, timeout=10_000):
        dialog.save()
    db = Database(collection)
    try:
        uses = {use.preset.name: use for use in list_presets(db)}
    finally:
        db.close()
    exam = uses["Exam"]
    assert exam.decks == ("sales",) and uses["Default"].decks == ()
    assert exam.preset.desired_retention == 0.95
    assert [s.total_seconds() for s in exam.preset.learning_steps] == [300, 3600]
    assert exam.preset.maximum_interval == 180
    assert exam.preset.review_order.value == "due" and not exam.preset.bury_new
    assert exam.preset.easy_days == (1.0, 1.0, 1.0, 1.0, 1.0, 0.5, 0.0)
    assert uses["Default"].preset.desired_retention == 0.90
    # Shown again: the deck's preset and its values.
    again = window.show_settings()
    qtbot.waitSignal(again.loaded, timeout=10_000).wait()
    assert again.options.preset.currentText() == "Exam"
    assert again.options.learning_steps.text() == "5m 1h"
    assert again.options.retention.value() == 0.95
    assert [box.currentIndex() for box in again.options.easy_days] == [0, 0, 0, 0, 0, 1, 2]


def test_the_deck_can_keep_limits_of_its_own(
    qtbot,
    window: MainWindow,
    collection: Path,  # type: ignore[no-untyped-def]
) -> None:
    dialog = window.show_settings()
    qtbot.waitSignal(dialog.loaded, timeout=10_000).wait()
    dialog.options.deck_only.setChecked(True)
    dialog.options.new_per_day.setValue(7)
    with qtbot.waitSignal(window.decks_shown, timeout=10_000):
        dialog.save()
    assert window.deck_list.table.item(0, 2).text() == "7"
    db = Database(collection)
    try:
        (default,) = [use.preset for use in list_presets(db)]
    finally:
        db.close()
    assert default.new_per_day == 20  # the preset's limit is untouched


def test_statistics_evaluate_and_chart_the_workload(
    qtbot,
    window: MainWindow,  # type: ignore[no-untyped-def]
) -> None:
    stats = window.show_stats()
    qtbot.waitSignal(stats.loaded, timeout=10_000).wait()
    assert stats.workload.isHidden()
    stats.evaluate_button.click()
    qtbot.waitUntil(lambda: "nothing to evaluate" in stats.optimize_result.text(), timeout=10_000)
    with qtbot.waitSignal(stats.workload_shown, timeout=60_000) as shown:
        stats.workload_button.click()
    workload = shown.args[0]
    assert len(workload.points) == 28 and workload.cards == SEED_CARDS
    assert stats.optimize_result.text().startswith("Recommended minimum retention: ")
    assert not stats.workload.isHidden() and not stats.workload.is_empty
    series = stats.workload.view.chart().series()
    assert [line.count() for line in series] == [28, 28, 2]


def _lapsing_card(collection: Path) -> int:
    """The first card made a review card with 7 lapses, due now; the others retired."""
    db = Database(collection)
    try:
        with db.begin() as s:
            card_id = int(s.scalar(select(Card.id).order_by(Card.id).limit(1)) or 0)
            s.execute(update(Card).where(Card.id != card_id).values(retired=True))
            s.execute(
                update(Card)
                .where(Card.id == card_id)
                .values(
                    state=int(CardState.REVIEW),
                    stability=3.0,
                    difficulty=8.0,
                    due=NOW - timedelta(days=2),
                    last_review=NOW - timedelta(days=5),
                    reps=12,
                    lapses=7,
                )
            )
    finally:
        db.close()
    return card_id


def test_recall_on_request_and_a_leech_notice_in_the_reviewer(
    qtbot,
    window: MainWindow,
    collection: Path,  # type: ignore[no-untyped-def]
) -> None:
    _lapsing_card(collection)
    reviewer = window.reviewer
    with qtbot.waitSignal(reviewer.step_shown, timeout=10_000):
        window.study("sales")
    assert reviewer.card is not None and not reviewer.recall_label.isVisible()
    qtbot.keyClick(reviewer, Qt.Key.Key_I)
    assert reviewer.recall_label.isVisible()
    r = reviewer.card.retrievability
    assert r is not None and 0.3 < r < 0.9
    assert reviewer.recall_label.text() == f"Recall now: {round(r * 100)}%"
    qtbot.keyClick(reviewer, Qt.Key.Key_Space)
    with qtbot.waitSignal(reviewer.answered, timeout=10_000):
        qtbot.keyClick(reviewer, Qt.Key.Key_1)
    assert reviewer.leech_text(8, False).startswith("Leech: forgotten 8 times.")
    qtbot.waitUntil(
        lambda: any("Leech: forgotten 8 times" in w.text() for w in _labels(window)),
        timeout=5_000,
    )
    qtbot.keyClick(reviewer, Qt.Key.Key_I)
    assert not reviewer.recall_label.isVisible()


def _labels(window: MainWindow) -> list:  # type: ignore[type-arg]
    from PySide6.QtWidgets import QApplication, QLabel

    return [w for w in QApplication.allWidgets() if isinstance(w, QLabel) and w.isVisible()]


def test_the_browser_finds_leeches(
    qtbot,
    window: MainWindow,
    collection: Path,  # type: ignore[no-untyped-def]
) -> None:
    db = Database(collection)
    try:
        with db.begin() as s:
            leech = int(s.scalar(select(Card.id).order_by(Card.id.desc()).limit(1)) or 0)
            s.execute(update(Card).where(Card.id == leech).values(tags="imported leech"))
    finally:
        db.close()
    window.activateWindow()
    qtbot.keyClick(window.deck_list.table, Qt.Key.Key_B)
    browser = window.browser_window
    qtbot.waitSignal(browser.loaded, timeout=10_000).wait()
    with qtbot.waitSignal(browser.loaded, timeout=10_000):
        browser.state_box.setCurrentIndex(browser.state_box.findData("leech"))
    assert [row.id for row in browser.model.rows] == [leech]
    assert browser.state_box.currentText() == "leeches"
