"""Charts for the statistics: bars per day on a date axis with whole-number ticks, a weekly
line, a pie; values on hover, and a plain sentence where a chart has nothing to show yet."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCharts import (
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QPieSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QPointF, Qt
from PySide6.QtGui import QColor, QCursor, QFont, QPainter
from PySide6.QtWidgets import QApplication, QLabel, QStackedWidget, QToolTip, QVBoxLayout, QWidget

from flashcards.gui.texts import locale, number, percent


def day_label(day: date) -> str:
    """A short date for an axis, the locale's way: "23 Nov", "23 Kas", "23. nóv."."""
    text = locale().toString(QDate(day.year, day.month, day.day), "d MMM")
    return text


def nice_step(top: int, ticks: int = 5) -> int:
    """A whole-number tick step (1, 2, 5, 10, 20, 50…) giving about `ticks` ticks up to `top`."""
    if top <= ticks:
        return 1
    raw = top / ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if factor * magnitude >= raw:
            return int(factor * magnitude)
    return int(10 * magnitude)


def count_axis(top: int) -> QValueAxis:
    """A y axis of whole numbers from 0, its ticks on whole steps (never 0, 1, 3, 4, 6)."""
    step = nice_step(max(top, 1))
    high = max(step, math.ceil(max(top, 1) / step) * step)
    axis = QValueAxis()
    axis.setRange(0, high)
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(step)
    axis.setLabelFormat("%d")
    axis.setMinorTickCount(0)
    return axis


def date_axis(days: Sequence[date], every: int, *, from_first: bool = False) -> QCategoryAxis:
    """An x axis under bars 0…n-1: the last day (today, or the last week) labelled with its
    date, and every `every`-th day before it; `from_first`: the first day (today, in a
    forecast) and every `every`-th day after it."""
    axis = QCategoryAxis()
    axis.setRange(-0.5, len(days) - 0.5)
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    axis.setTruncateLabels(False)  # labels sit a week apart: room enough, never "…"
    labelled = (
        range(0, len(days), every) if from_first else reversed(range(len(days) - 1, -1, -every))
    )
    for index in labelled:
        axis.append(day_label(days[index]), index)
    axis.setGridLineVisible(False)
    return axis


def new_chart(title: str = "") -> QChart:
    """A chart in the app's light or dark look (set first: a theme resets colours)."""
    chart = QChart()
    dark = QApplication.palette().window().color().lightness() < 128
    chart.setTheme(QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight)
    if title:
        chart.setTitle(title)
    chart.setBackgroundVisible(False)
    return chart


class ChartBox(QWidget):
    """A chart with its title, or in its place a sentence saying why there is none yet.

    `hover_text` holds the last value shown on hover (what the tooltip says).
    """

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(title)
        self.title = title
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        column.addWidget(self.stack)
        self.view = QChartView()
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(260)
        self.stack.addWidget(self.view)
        self.empty = QLabel()
        self.empty.setObjectName("language")
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setMinimumHeight(260)
        self.stack.addWidget(self.empty)
        self.hover_text = ""
        self.axes: list[QValueAxis | QCategoryAxis] = []

    def show_chart(self, chart: QChart) -> None:
        self._fonts(chart)
        old = self.view.chart()
        self.view.setChart(chart)
        if old is not None and old is not chart:
            old.deleteLater()
        self.stack.setCurrentIndex(0)

    def _fonts(self, chart: QChart) -> None:
        """The chart's title, axes and legend in the app's font (its size setting included):
        a chart draws in Qt's own small font otherwise, whatever the font size chosen."""
        self.ensurePolished()
        base = QFont(self.font())
        title = QFont(base)
        title.setBold(True)
        chart.setTitleFont(title)
        chart.legend().setFont(base)
        for axis in chart.axes():
            axis.setLabelsFont(base)
            axis.setTitleFont(base)

    def show_empty(self, message: str) -> None:
        self.empty.setText(f"{self.title}\n\n{message}")
        self.stack.setCurrentIndex(1)

    @property
    def is_empty(self) -> bool:
        return self.stack.currentIndex() == 1

    def hovered(self, text: str) -> None:
        self.hover_text = text
        QToolTip.showText(QCursor.pos(), text, self.view)


def bar_chart(
    box: ChartBox,
    points: Sequence[tuple[date, int]],
    color: str,
    describe: Callable[[date, int], str],
    empty: str,
    *,
    from_first: bool = False,
) -> None:
    """Counts per day as bars on a date axis (labelled from the last day, or from the first
    with `from_first`); hovering a bar says its date and value."""
    if not points or not any(value for _, value in points):
        box.show_empty(empty)
        return
    chart = new_chart(box.title)
    chart.legend().hide()
    bars = QBarSet(box.title)
    bars.setColor(QColor(color))
    for _, value in points:
        bars.append(value)
    series = QBarSeries()
    series.setBarWidth(0.8)
    series.append(bars)
    chart.addSeries(series)
    days = [day for day, _ in points]
    axis_x = date_axis(days, every=7, from_first=from_first)
    axis_y = count_axis(max(value for _, value in points))
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_x)
    series.attachAxis(axis_y)

    def hovered(status: bool, index: int) -> None:
        if status and 0 <= index < len(points):
            box.hovered(describe(*points[index]))

    bars.hovered.connect(hovered)
    box.axes = [axis_x, axis_y]
    box.show_chart(chart)


def weekly_line(
    box: ChartBox,
    weeks: Sequence[tuple[date, float | None, int]],
    desired: float,
    names: tuple[str, str],
    describe: Callable[[date, float, int], str],
    empty: str,
) -> None:
    """Share remembered per week (points joined by a line) against the desired retention."""
    known = [(i, week, value, n) for i, (week, value, n) in enumerate(weeks) if value is not None]
    if not known:
        box.show_empty(empty)
        return
    chart = new_chart(box.title)
    line = QLineSeries()
    line.setName(names[0])
    dots = QScatterSeries()
    dots.setMarkerSize(9)
    dots.setName(names[0])
    target = QLineSeries()
    target.setName(names[1])
    for i, _week, value, _n in known:
        line.append(QPointF(i, value * 100))
        dots.append(QPointF(i, value * 100))
    target.append(QPointF(0, desired * 100))
    target.append(QPointF(len(weeks) - 1, desired * 100))
    for series in (line, dots, target):
        chart.addSeries(series)
    chart.legend().markers(dots)[0].setVisible(False)
    axis_x = date_axis([week for week, _, _ in weeks], every=3)
    low = min([value * 100 for _, _, value, _ in known] + [desired * 100])
    axis_y = QValueAxis()
    axis_y.setRange(max(0, math.floor(low / 10) * 10 - 10), 103)  # room for dots at 100%
    axis_y.setTickType(QValueAxis.TickType.TicksDynamic)
    axis_y.setTickAnchor(0)
    axis_y.setTickInterval(10)
    axis_y.setLabelFormat("%d%%")
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    for series in (line, dots, target):
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)

    def hovered(point: QPointF, state: bool) -> None:
        if not state:
            return
        for i, week, value, n in known:
            if abs(point.x() - i) < 0.5:
                box.hovered(describe(week, value, n))

    dots.hovered.connect(hovered)
    box.axes = [axis_x, axis_y]
    box.show_chart(chart)


def pie_chart(
    box: ChartBox,
    slices: Sequence[tuple[str, int, str]],
    empty: str,
) -> None:
    """Labelled slices (name, count, colour); hovering one says its share."""
    if not any(count for _, count, _ in slices):
        box.show_empty(empty)
        return
    chart = new_chart(box.title)
    pie = QPieSeries()
    total = sum(count for _, count, _ in slices)
    for name, count, color in slices:
        if count:
            piece = pie.append(f"{name} {number(count)}", count)
            piece.setColor(QColor(color))
            text = f"{name}: {number(count)} ({percent(count / total)})"
            piece.hovered.connect(lambda state, text=text: box.hovered(text) if state else None)
    chart.addSeries(pie)
    # Below the pie, the whole width for the names and counts: on the right, at 14 pt,
    # "upprifjun 79.890" was cut to "upprifjun …".
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    box.show_chart(chart)
