"""The workload chart: reviews a day and cards known at each desired retention (fsrs-rs)."""

from __future__ import annotations

from PySide6.QtCharts import QLineSeries, QValueAxis
from PySide6.QtCore import QPointF, Qt

from flashcards.gui.charts import ChartBox, count_axis, new_chart
from flashcards.scheduler.workload import Workload


def workload_chart(
    box: ChartBox, result: Workload, names: tuple[str, str, str], title: str
) -> None:
    """Show `result` in `box`: `names` of the reviews, known and recommended-minimum lines."""
    chart = new_chart(title)
    reviews, known, minimum = QLineSeries(), QLineSeries(), QLineSeries()
    for line, name in zip((reviews, known, minimum), names, strict=True):
        line.setName(name)
    for point in result.points:
        reviews.append(QPointF(point.retention * 100, point.reviews_per_day))
        known.append(QPointF(point.retention * 100, point.known))
    top = max((p.reviews_per_day for p in result.points), default=1.0) or 1.0
    axis_reviews = count_axis(int(top + 1))
    for y in (0.0, axis_reviews.max()):
        minimum.append(QPointF(result.recommended_minimum * 100, y))
    for line in (reviews, known, minimum):
        chart.addSeries(line)
    axis_x = QValueAxis()
    axis_x.setRange(70, 97)
    axis_x.setTickCount(10)  # 70, 73, … 97: every third retention
    axis_x.setLabelFormat("%d%%")
    axis_known = count_axis(result.cards)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_reviews, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(axis_known, Qt.AlignmentFlag.AlignRight)
    for line, axis in ((reviews, axis_reviews), (minimum, axis_reviews), (known, axis_known)):
        line.attachAxis(axis_x)
        line.attachAxis(axis)
    box.axes = [axis_x, axis_reviews, axis_known]
    box.show_chart(chart)
