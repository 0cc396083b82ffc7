"""Statistics: reviews per day, due forecast, retention over time, cards by state, study days."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from flashcards.gui.ops import Clock, Op, OpContext, OpRunner
from flashcards.gui.texts import decimal, percent
from flashcards.scheduler.optimize import Evaluation, OptimizeResult
from flashcards.scheduler.workload import Workload
from flashcards.services import stats as stats_service
from flashcards.services.optimize import evaluate_collection, optimize_collection
from flashcards.services.stats import Stats
from flashcards.services.study import load_config
from flashcards.services.workload import study_workload

STATE_COLORS = {
    "new": "#1f6fd1",
    "learning": "#d68910",
    "review": "#1e8e3e",
    "relearning": "#c0392b",
    "suspended": "#8e8e8e",
}


def _bar_chart(title: str, points: list[tuple[date, int]], color: str) -> QChartView:
    chart = _new_chart(title)
    chart.legend().hide()
    bars = QBarSet(title)
    bars.setColor(QColor(color))
    for _, value in points:
        bars.append(value)
    series = QBarSeries()
    series.append(bars)
    chart.addSeries(series)
    axis_x = QBarCategoryAxis()
    # Every fifth day is labelled; the others get distinct invisible names (categories must
    # be unique, or bars merge).
    axis_x.append(
        [
            d.strftime("%d.%m") if i % 5 == 0 else "\u200b" * (i + 1)
            for i, (d, _) in enumerate(points)
        ]
    )
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_x)
    axis_y = QValueAxis()
    axis_y.setRange(0, max([v for _, v in points] + [4]))
    axis_y.setLabelFormat("%d")
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_y)
    return _view(chart)


def _new_chart(title: str) -> QChart:
    """A chart in the app's light or dark look (set first: a theme resets colours)."""
    chart = QChart()
    dark = QApplication.palette().window().color().lightness() < 128
    chart.setTheme(QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight)
    chart.setTitle(title)
    return chart


def _view(chart: QChart) -> QChartView:
    chart.setBackgroundVisible(False)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(260)
    return view


class Heatmap(QWidget):
    """A calendar of study days: one square a day, darker for more answers."""

    CELL = 11

    def __init__(self, days: dict[date, int], today: date, weeks: int = 26) -> None:
        super().__init__()
        self.days, self.today, self.weeks = days, today, weeks
        self.setAccessibleName(self.tr("Study days"))
        self.setMinimumSize(self.sizeHint())
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(self.weeks * (self.CELL + 2) + 4, 7 * (self.CELL + 2) + 4)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        top = max(self.days.values(), default=0) or 1
        start = self.today - timedelta(days=self.today.weekday() + 7 * (self.weeks - 1))
        empty = self.palette().alternateBase().color()
        for week in range(self.weeks):
            for weekday in range(7):
                day = start + timedelta(weeks=week, days=weekday)
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
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        outer.addWidget(scroll)
        self.body = QWidget()
        scroll.setWidget(self.body)
        self.grid = QGridLayout(self.body)
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1)
        self.summary = QLabel(self.tr("Loading…"))
        self.summary.setObjectName("statsSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.grid.addWidget(self.summary, 0, 0, 1, 2)
        self.params = QLabel()
        self.params.setTextFormat(Qt.TextFormat.PlainText)
        self.params.setWordWrap(True)
        self.optimize_button = QPushButton(self.tr("Optimize parameters"))
        self.optimize_button.setAccessibleName(self.tr("Optimize FSRS parameters"))
        self.optimize_button.clicked.connect(self.optimize)
        self.optimize_result = QLabel()
        self.optimize_result.setTextFormat(Qt.TextFormat.PlainText)
        self.optimize_result.setWordWrap(True)
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
        holder = QWidget()
        holder.setLayout(fsrs_box)
        self.grid.addWidget(holder, 10, 0, 1, 2)
        self.workload_chart: QChartView | None = None
        self.stats: Stats | None = None
        self.charts: list[QWidget] = []
        self.refresh()

    def refresh(self) -> None:
        def run(ctx: OpContext) -> tuple[Stats, tuple[float, ...], float]:
            config = load_config(ctx.db)
            return (
                stats_service.collect(ctx.db, self.clock()),
                config.parameters,
                config.desired_retention,
            )

        self.runner.run(Op(run, success=self._show))

    def _show(self, result: tuple[Stats, tuple[float, ...], float]) -> None:
        stats, parameters, desired = result
        self.stats = stats
        retention = (
            self.tr("%1 of %2 reviews remembered (last 30 days)")
            .replace("%1", f"{stats.retention:.1%}")
            .replace("%2", str(stats.retention_reviews))
            if stats.retention is not None
            else self.tr("No reviews in the last 30 days")
        )
        self.summary.setText(
            self.tr("Today: %1 reviews, %2 again, %3 min")
            .replace("%1", str(stats.reviews_today))
            .replace("%2", str(stats.again_today))
            .replace("%3", str(stats.minutes_today))
            + "\n"
            + retention
            + "\n"
            + self.tr("Desired retention: %1").replace("%1", f"{desired:.0%}")
        )
        for old in self.charts:
            self.grid.removeWidget(old)
            old.deleteLater()
        heat_box = QVBoxLayout()
        heat_box.addWidget(QLabel(self.tr("Study days"), textFormat=Qt.TextFormat.PlainText))
        today = stats.reviews_per_day[-1][0] if stats.reviews_per_day else self.clock().date()
        heat_box.addWidget(Heatmap(stats.study_days, today))
        holder = QWidget()
        holder.setLayout(heat_box)
        self.charts = [
            _bar_chart(self.tr("Reviews per day"), stats.reviews_per_day, "#1f6fd1"),
            _bar_chart(self.tr("Due in the next 30 days"), stats.forecast, "#1e8e3e"),
            self._retention_chart(stats, desired),
            self._states_chart(stats),
            holder,
        ]
        for index, widget in enumerate(self.charts[:4]):
            self.grid.addWidget(widget, 1 + index // 2, index % 2)
        self.grid.addWidget(holder, 3, 0, 1, 2)
        self.params.setText(
            self.tr("FSRS parameters in use: %1").replace(
                "%1", ", ".join(f"{p:.3f}" for p in parameters)
            )
        )
        self.loaded.emit()

    def _retention_chart(self, stats: Stats, desired: float) -> QChartView:
        chart = _new_chart(self.tr("Retention by week"))
        series = QLineSeries()
        series.setName(self.tr("remembered"))
        target = QLineSeries()
        target.setName(self.tr("desired"))
        for k, (_, value, _n) in enumerate(stats.retention_by_week):
            if value is not None:
                series.append(QPointF(k, value * 100))
            target.append(QPointF(k, desired * 100))
        chart.addSeries(series)
        chart.addSeries(target)
        axis_x = QValueAxis()
        axis_x.setRange(0, max(len(stats.retention_by_week) - 1, 1))
        axis_x.setLabelFormat("%d")
        axis_x.setTitleText(self.tr("weeks ago → this week"))
        axis_y = QValueAxis()
        axis_y.setRange(50, 100)
        axis_y.setLabelFormat("%d%%")
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        for line in (series, target):
            line.attachAxis(axis_x)
            line.attachAxis(axis_y)
        return _view(chart)

    def _states_chart(self, stats: Stats) -> QChartView:
        chart = _new_chart(self.tr("Cards by state"))
        pie = QPieSeries()
        for name, count in stats.cards_by_state.items():
            if count:
                piece = pie.append(f"{self.state_name(name)} {count}", count)
                piece.setColor(QColor(STATE_COLORS.get(name, "#888888")))
        chart.addSeries(pie)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        return _view(chart)

    def state_name(self, state: str) -> str:
        return {
            "new": self.tr("new"),
            "learning": self.tr("learning"),
            "review": self.tr("review"),
            "relearning": self.tr("relearning"),
            "suspended": self.tr("suspended"),
        }.get(state, state)

    def optimize(self) -> None:
        self.optimize_button.setEnabled(False)
        self.optimize_result.setText(self.tr("Fitting to your reviews…"))

        def run(ctx: OpContext) -> OptimizeResult:
            return optimize_collection(ctx.db)

        def done(result: OptimizeResult) -> None:
            self.optimize_button.setEnabled(True)
            self.optimize_result.setText(result.message)
            self.optimized.emit(result)
            if result.status == "adopted":
                self.refresh()

        def failed(exc: Exception) -> None:
            self.optimize_button.setEnabled(True)
            self.optimize_result.setText(str(exc))

        self.runner.run(Op(run, success=done, failure=failed))

    def evaluate(self) -> None:
        """The current parameters' log loss and RMSE on the log (Anki's Evaluate)."""
        self.evaluate_button.setEnabled(False)

        def done(result: Evaluation) -> None:
            self.evaluate_button.setEnabled(True)
            self.optimize_result.setText(
                self.tr("Log loss %1, RMSE (bins) %2 over %3 reviews")
                .replace("%1", decimal(result.log_loss, 4))
                .replace("%2", percent(result.rmse_bins, 2))
                .replace("%3", str(result.n))
            )
            self.evaluated.emit(result)

        def failed(exc: Exception) -> None:
            self.evaluate_button.setEnabled(True)
            self.optimize_result.setText(str(exc))

        self.runner.run(Op(lambda ctx: evaluate_collection(ctx.db), success=done, failure=failed))

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
            if self.workload_chart is not None:
                self.grid.removeWidget(self.workload_chart)
                self.workload_chart.deleteLater()
            self.workload_chart = self._workload_chart(result)
            self.grid.addWidget(self.workload_chart, 11, 0, 1, 2)
            self.workload_shown.emit(result)

        def failed(exc: Exception) -> None:
            self.workload_button.setEnabled(True)
            self.optimize_result.setText(str(exc))

        self.runner.run(Op(lambda ctx: study_workload(ctx.db), success=done, failure=failed))

    def _workload_chart(self, result: Workload) -> QChartView:
        chart = _new_chart(
            self.tr("Workload by desired retention (%1 cards, one year)").replace(
                "%1", str(result.cards)
            )
        )
        reviews = QLineSeries()
        reviews.setName(self.tr("reviews a day"))
        known = QLineSeries()
        known.setName(self.tr("cards known at the end"))
        for point in result.points:
            reviews.append(QPointF(point.retention * 100, point.reviews_per_day))
            known.append(QPointF(point.retention * 100, point.known))
        minimum = QLineSeries()
        minimum.setName(self.tr("recommended minimum"))
        top = max((p.reviews_per_day for p in result.points), default=1.0) or 1.0
        for y in (0.0, top):
            minimum.append(QPointF(result.recommended_minimum * 100, y))
        for line in (reviews, known, minimum):
            chart.addSeries(line)
        axis_x = QValueAxis()
        axis_x.setRange(70, 97)
        axis_x.setLabelFormat("%d%%")
        axis_x.setTitleText(self.tr("desired retention"))
        axis_reviews = QValueAxis()
        axis_reviews.setRange(0, top * 1.05)
        axis_reviews.setLabelFormat("%d")
        axis_known = QValueAxis()
        axis_known.setRange(0, max(result.cards, 1))
        axis_known.setLabelFormat("%d")
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_reviews, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(axis_known, Qt.AlignmentFlag.AlignRight)
        for line, axis in ((reviews, axis_reviews), (minimum, axis_reviews), (known, axis_known)):
            line.attachAxis(axis_x)
            line.attachAxis(axis)
        view = _view(chart)
        view.setAccessibleName(self.tr("Workload by desired retention"))
        return view
