"""Statistics: reviews per day, due forecast, retention over time, cards by state, study days."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from flashcards.gui.charts import ChartBox, bar_chart, day_label, pie_chart, weekly_line
from flashcards.gui.notice import notice
from flashcards.gui.ops import Clock, Op, OpContext, OpRunner
from flashcards.gui.screen import keep_on_screen
from flashcards.gui.texts import count_text, decimal, number, percent, state_name
from flashcards.gui.workload_chart import workload_chart
from flashcards.scheduler.calibrate import MIN_ITEMS
from flashcards.scheduler.config import SchedulerConfig
from flashcards.scheduler.optimize import Evaluation, OptimizeResult
from flashcards.scheduler.workload import Workload
from flashcards.services import actions
from flashcards.services import stats as stats_service
from flashcards.services.changes import Changed, Changes
from flashcards.services.optimize import evaluate_collection
from flashcards.services.stats import Stats
from flashcards.services.study import load_config
from flashcards.services.workload import study_workload
from flashcards.types import CardState

STATE_COLORS = {
    "new": "#1f6fd1",
    "learning": "#d68910",
    "review": "#1e8e3e",
    "relearning": "#c0392b",
    "suspended": "#8e8e8e",
}


class Heatmap(QWidget):
    """A calendar of study days: one square a day, darker for more answers; hover for the day."""

    CELL = 11

    def __init__(self, days: dict[date, int], today: date, weeks: int = 26) -> None:
        super().__init__()
        self.days, self.today, self.weeks = days, today, weeks
        self.setAccessibleName(self.tr("Study days"))
        self.setMinimumSize(self.sizeHint())
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self.start = today - timedelta(days=today.weekday() + 7 * (weeks - 1))

    def sizeHint(self) -> QSize:
        return QSize(self.weeks * (self.CELL + 2) + 4, 7 * (self.CELL + 2) + 4)

    def day_at(self, x: float, y: float) -> date | None:
        week, weekday = int((x - 2) // (self.CELL + 2)), int((y - 2) // (self.CELL + 2))
        if not (0 <= week < self.weeks and 0 <= weekday < 7):
            return None
        day = self.start + timedelta(weeks=week, days=weekday)
        return day if day <= self.today else None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position().x(), event.position().y())
        if day is not None:
            count = self.days.get(day, 0)
            text = count_text(count, self.tr("1 answer"), self.tr("%1 answers"))
            QToolTip.showText(event.globalPosition().toPoint(), f"{day_label(day)}: {text}", self)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        top = max(self.days.values(), default=0) or 1
        empty = self.palette().alternateBase().color()
        for week in range(self.weeks):
            for weekday in range(7):
                day = self.start + timedelta(weeks=week, days=weekday)
                if day > self.today:
                    continue
                count = self.days.get(day, 0)
                color = empty if count == 0 else QColor(30, 142, 62, 70 + int(185 * count / top))
                rect = QRectF(
                    2 + week * (self.CELL + 2), 2 + weekday * (self.CELL + 2), self.CELL, self.CELL
                )
                painter.fillRect(rect, color)
        painter.end()


class StatsWindow(QDialog):
    """The statistics of the collection; its FSRS parameters and a button to optimise them."""

    loaded = Signal()
    optimized = Signal(object)
    evaluated = Signal(object)
    workload_shown = Signal(object)

    def __init__(self, runner: OpRunner, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.clock = clock
        self.setWindowTitle(self.tr("Statistics"))
        self.resize(980, 760)
        outer = QVBoxLayout(self)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        outer.addWidget(self.scroll_area)
        self.body = QWidget()
        self.scroll_area.setWidget(self.body)
        self.grid = QGridLayout(self.body)
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1)
        self.summary = QLabel(self.tr("Loading…"))
        self.summary.setObjectName("statsSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        # Wrapped: the desired retention's line with the calibrated target, in Turkish at
        # 14 pt, was wider than the window and pushed the charts under a scroll bar.
        self.summary.setWordWrap(True)
        self.grid.addWidget(self.summary, 0, 0, 1, 2)
        self.reviews = ChartBox(self.tr("Reviews per day"))
        self.forecast = ChartBox(self.tr("Due in the next 30 days"))
        self.retention = ChartBox(self.tr("Retention by week"))
        self.states = ChartBox(self.tr("Cards by state"))
        self.charts = [self.reviews, self.forecast, self.retention, self.states]
        for index, box in enumerate(self.charts):
            self.grid.addWidget(box, 1 + index // 2, index % 2)
        self.heat_title = QLabel(self.tr("Study days"))
        self.heat_title.setTextFormat(Qt.TextFormat.PlainText)
        self.heat_holder = QVBoxLayout()
        self.heat_holder.addWidget(self.heat_title)
        self.heatmap: Heatmap | None = None
        holder = QWidget()
        holder.setLayout(self.heat_holder)
        self.grid.addWidget(holder, 3, 0, 1, 2)
        self.params = QLabel()
        self.params.setTextFormat(Qt.TextFormat.PlainText)
        self.params.setWordWrap(True)
        self.optimize_button = QPushButton(self.tr("Optimize parameters"))
        self.optimize_button.setAccessibleName(self.tr("Optimize FSRS parameters"))
        self.optimize_button.clicked.connect(self.optimize)
        self.optimize_result = QLabel()
        self.optimize_result.setTextFormat(Qt.TextFormat.PlainText)
        self.optimize_result.setWordWrap(True)
        self.optimize_result.setAccessibleName(self.tr("Result of the optimization"))
        self.evaluate_button = QPushButton(self.tr("Evaluate"))
        self.evaluate_button.setAccessibleName(self.tr("Evaluate the FSRS parameters"))
        self.evaluate_button.clicked.connect(self.evaluate)
        self.workload_button = QPushButton(self.tr("Workload by retention"))
        self.workload_button.setAccessibleName(
            self.tr("Show the workload of each desired retention")
        )
        self.workload_button.clicked.connect(self.show_workload)
        fsrs_box = QVBoxLayout()
        fsrs_box.addWidget(self.params)
        row = QHBoxLayout()
        row.addWidget(self.optimize_button)
        row.addWidget(self.evaluate_button)
        row.addWidget(self.workload_button)
        row.addWidget(self.optimize_result, 1)
        fsrs_box.addLayout(row)
        self.fsrs_holder = QWidget()
        self.fsrs_holder.setLayout(fsrs_box)
        self.grid.addWidget(self.fsrs_holder, 10, 0, 1, 2)
        self.workload = ChartBox(self.tr("Workload by desired retention"))
        self.workload.setMinimumHeight(320)
        self.workload.hide()  # until asked for: the simulation takes a few seconds
        self.grid.addWidget(self.workload, 11, 0, 1, 2)
        self.stats: Stats | None = None
        runner.changed.connect(self.on_changes)
        self.screen_bound = keep_on_screen(self)
        self.refresh()

    def on_changes(self, changes: Changes, _source: object) -> None:
        """New answers or settings: the numbers follow (the scroll position stays)."""
        if changes.schedule or changes.config or changes.card_set or changes.study_queue:
            self.refresh()

    def refresh(self) -> None:
        def run(ctx: OpContext) -> tuple[Stats, tuple[float, ...], SchedulerConfig]:
            config = load_config(ctx.db)
            return (stats_service.collect(ctx.db, self.clock()), config.parameters, config)

        self.runner.run(Op(run, success=self._show, source=self))

    def _desired_text(self, config: SchedulerConfig) -> str:
        """The desired retention, and the calibrated target when intervals are computed for it."""
        desired = config.desired_retention
        text = self.tr("Desired retention: %1").replace("%1", percent(desired))
        calibration = config.calibration
        if not config.calibrate or calibration is None:
            return text
        n, predicted, recalled = calibration.band(desired)
        if n < MIN_ITEMS:
            return text
        return (
            text
            + " "
            + (
                self.tr("(your recall at a predicted %1 is %2: scheduling for %3)")
                .replace("%1", percent(predicted))
                .replace("%2", percent(recalled))
                .replace("%3", percent(config.scheduling_retention, 1))
            )
        )

    def _show(self, result: tuple[Stats, tuple[float, ...], SchedulerConfig]) -> None:
        stats, parameters, config = result
        desired = config.desired_retention
        self.stats = stats
        retention = (
            self.tr("%1 of %2 reviews remembered (last 30 days)")
            .replace("%1", percent(stats.retention, 1))
            .replace("%2", number(stats.retention_reviews))
            if stats.retention is not None
            else self.tr("Retention: not measured yet (no answers to learned cards in 30 days)")
        )
        minutes = decimal(stats.minutes_today, 1)
        reviews = count_text(stats.reviews_today, self.tr("1 review"), self.tr("%1 reviews"))
        self.summary.setText(
            self.tr("Today: %1, %2 again, %3 min")
            .replace("%1", reviews)
            .replace("%2", number(stats.again_today))
            .replace("%3", minutes)
            + "\n"
            + retention
            + "\n"
            + self._desired_text(config)
        )
        not_yet = self.tr("Not enough reviews yet: this chart fills in as you study.")
        bar_chart(
            self.reviews,
            stats.reviews_per_day,
            "#1f6fd1",
            lambda day, n: (
                f"{day_label(day)}: " + count_text(n, self.tr("1 review"), self.tr("%1 reviews"))
            ),
            not_yet,
        )
        bar_chart(
            self.forecast,
            stats.forecast,
            "#1e8e3e",
            lambda day, n: (
                f"{day_label(day)}: "
                + count_text(n, self.tr("1 card due"), self.tr("%1 cards due"))
            ),
            self.tr("No reviews are due in the next 30 days."),
            from_first=True,  # today labelled, then a week on
        )
        weekly_line(
            self.retention,
            stats.retention_by_week,
            desired,
            (self.tr("remembered"), self.tr("desired")),
            lambda week, value, n: (
                self.tr("Week of %1: %2 of %3 reviews remembered")
                .replace("%1", day_label(week))
                .replace("%2", percent(value))
                .replace("%3", number(n))
            ),
            self.tr("Not enough reviews yet: retention shows once cards come back for review."),
        )
        pie_chart(
            self.states,
            [
                (self.state_name(name), count, STATE_COLORS.get(name, "#888888"))
                for name, count in stats.cards_by_state.items()
            ],
            self.tr("No cards yet."),
        )
        today = stats.reviews_per_day[-1][0] if stats.reviews_per_day else self.clock().date()
        if self.heatmap is not None:
            self.heat_holder.removeWidget(self.heatmap)
            self.heatmap.deleteLater()
        self.heatmap = Heatmap(stats.study_days, today)
        self.heat_holder.addWidget(self.heatmap)
        self.params.setText(
            self.tr("FSRS parameters in use: %1").replace(
                "%1", "; ".join(decimal(p, 3) for p in parameters)
            )
        )
        self.loaded.emit()

    def state_name(self, state: str) -> str:
        if state == "suspended":
            return self.tr("suspended")
        return (
            state_name(CardState[state.upper()])
            if state.upper() in CardState.__members__
            else state
        )

    def optimize_text(self, result: OptimizeResult) -> str:
        """What the optimizer did, in the interface language (from its numbers, not its words)."""
        reviews = number(result.reviews)
        if result.status == "too_few":
            return self.tr(
                "Too few reviews to fit the parameters yet (%1 so far); the current ones stay."
            ).replace("%1", reviews)
        current, fitted = result.current_eval, result.fitted_eval
        if current is None or fitted is None:
            return self.tr("The current parameters stay: the fitted ones could not be used.")
        numbers = (
            self.tr("log loss %1 → %2, calibration error %3 → %4, %5 reviews")
            .replace("%1", decimal(current.log_loss, 4))
            .replace("%2", decimal(fitted.log_loss, 4))
            .replace("%3", percent(current.rmse_bins, 1))
            .replace("%4", percent(fitted.rmse_bins, 1))
            .replace("%5", reviews)
        )
        if result.status == "adopted":
            return self.tr("New parameters adopted: %1.").replace("%1", numbers)
        return self.tr(
            "The current parameters stay: the fitted ones predict no better (%1)."
        ).replace("%1", numbers)

    def optimize(self) -> None:
        self.optimize_button.setEnabled(False)
        self.optimize_result.setText(self.tr("Fitting to your reviews…"))
        self.scroll_area.ensureWidgetVisible(self.fsrs_holder)

        def run(ctx: OpContext) -> Changed[OptimizeResult]:
            return actions.optimize(ctx.db)

        def done(result: Changed[OptimizeResult]) -> None:
            self.optimize_button.setEnabled(True)
            text = self.optimize_text(result.value)
            self.optimize_result.setText(text)
            self.scroll_area.ensureWidgetVisible(self.fsrs_holder)
            notice(self, text)
            self.optimized.emit(result.value)

        def failed(exc: Exception) -> None:
            self.optimize_button.setEnabled(True)
            self.optimize_result.setText(str(exc))

        self.runner.run(Op(run, success=done, failure=failed, source=self))

    def evaluate(self) -> None:
        """The current parameters' log loss and RMSE on the log (Anki's Evaluate)."""
        self.evaluate_button.setEnabled(False)

        def done(result: Evaluation) -> None:
            self.evaluate_button.setEnabled(True)
            self.optimize_result.setText(
                self.tr("Current parameters: log loss %1, calibration error %2, %3 reviews")
                .replace("%1", decimal(result.log_loss, 4))
                .replace("%2", percent(result.rmse_bins, 2))
                .replace("%3", number(result.n))
            )
            self.evaluated.emit(result)

        def failed(exc: Exception) -> None:
            self.evaluate_button.setEnabled(True)
            self.optimize_result.setText(str(exc))

        self.runner.run(
            Op(lambda ctx: evaluate_collection(ctx.db), success=done, failure=failed, source=self)
        )

    def show_workload(self) -> None:
        """Simulate a year at each desired retention (fsrs-rs) and chart the workload."""
        self.workload_button.setEnabled(False)
        self.optimize_result.setText(self.tr("Simulating a year of study…"))

        def done(result: Workload) -> None:
            self.workload_button.setEnabled(True)
            self.optimize_result.setText(
                self.tr("Recommended minimum retention: %1").replace(
                    "%1", percent(result.recommended_minimum)
                )
            )
            workload_chart(
                self.workload,
                result,
                (
                    self.tr("reviews a day"),
                    self.tr("cards known after a year"),
                    self.tr("recommended minimum"),
                ),
                self.tr("Workload by desired retention (%1 cards, one year)").replace(
                    "%1", number(result.cards)
                ),
            )
            self.workload.show()
            self.scroll_area.ensureWidgetVisible(self.workload)
            self.workload_shown.emit(result)

        def failed(exc: Exception) -> None:
            self.workload_button.setEnabled(True)
            self.optimize_result.setText(str(exc))

        self.runner.run(
            Op(lambda ctx: study_workload(ctx.db), success=done, failure=failed, source=self)
        )
