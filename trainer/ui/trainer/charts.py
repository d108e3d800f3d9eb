"""The dashboard's three charts (QtCharts): completion by region, pass rate by module, score distribution.

Each chart is rebuilt from the report service's rows; bars carry their value as a label so the
figures do not depend on reading the axis or on colour.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QWidget

from trainer.labels import region_name

translate = QCoreApplication.translate




def compact_module_label(module_id: str) -> str:
    """'police-02-protective-orders' -> 'P2': fits under a bar; the chart title explains the letters."""
    parts = module_id.split("-")
    if len(parts) >= 2 and parts[1].isdigit():
        return f"{parts[0][:1].upper()}{int(parts[1])}"
    return module_id[:6]


def nice_range(maximum: float) -> tuple[float, float]:
    """An axis top and a whole-number tick step (1, 2, 5, 10, 20, ...) giving at most about 6 ticks."""
    maximum = max(float(maximum), 1.0)
    step = 1.0
    while maximum / step > 6:
        for factor in (2.0, 2.5, 2.0):
            step *= factor
            if maximum / step <= 6:
                break
    top = math.ceil(maximum / step) * step
    return top, step


class ChartPanel(QChartView):
    """A chart view that can be refilled with new figures."""

    def __init__(self, title: str, parent: QWidget | None = None, small_title: bool = False) -> None:
        chart = QChart()
        chart.setTitle(title)
        font = QFont(chart.titleFont())
        font.setBold(True)
        if small_title:
            font.setPointSizeF(font.pointSizeF() * 0.9)
        chart.setTitleFont(font)
        chart.legend().hide()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAccessibleName(title)
        self.setMinimumHeight(220)

    def _reset(self) -> QChart:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        return chart

    def bars(
        self,
        categories: Sequence[str],
        values: Sequence[float],
        colour: str,
        maximum: float,
        horizontal: bool = False,
        label_format: str = "@value",
        value_title: str = "",
        inside_labels: bool = False,
        label_points: float = 8.0,
    ) -> None:
        chart = self._reset()
        # The figures in words, for a screen reader: a chart is otherwise a picture.
        self.setAccessibleDescription(
            "; ".join(f"{c}: {label_format.replace('@value', f'{v:g}')}" for c, v in zip(categories, values, strict=False))
        )
        bar_set = QBarSet(self.accessibleName())
        bar_set.append([float(v) for v in values])
        bar_set.setColor(QColor(colour))
        bar_set.setBorderColor(QColor(colour).darker(130))
        series = QHorizontalBarSeries() if horizontal else QBarSeries()
        series.append(bar_set)
        series.setLabelsVisible(True)
        series.setLabelsFormat(label_format)
        series.setLabelsPrecision(4)
        if inside_labels:
            series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsInsideEnd)
            bar_set.setLabelColor(QColor("#ffffff"))
        else:
            series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
            bar_set.setLabelColor(QColor("#1b1b1b"))
        series.setBarWidth(0.75)
        chart.addSeries(series)
        cat_axis = QBarCategoryAxis()
        cat_axis.append(list(categories))
        cat_axis.setTruncateLabels(False)
        value_axis = QValueAxis()
        top, step = nice_range(maximum)
        value_axis.setRange(0, top)
        value_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        value_axis.setTickAnchor(0)
        value_axis.setTickInterval(step)
        value_axis.setLabelFormat("%d")
        value_axis.setTitleText(value_title)
        small = QFont(cat_axis.labelsFont())
        small.setPointSizeF(label_points)
        bar_set.setLabelFont(small)
        cat_axis.setLabelsFont(small)
        value_axis.setLabelsFont(small)
        if horizontal:
            chart.addAxis(cat_axis, Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom)
        else:
            chart.addAxis(cat_axis, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(value_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(cat_axis)
        series.attachAxis(value_axis)


def show_region_completion(panel: ChartPanel, rows: Sequence[Any]) -> None:
    """Share of assigned modules completed, per region (largest cohort regions keep their order)."""
    rows = [r for r in rows if r.assigned]
    rows.sort(key=lambda r: r.completion_rate or 0.0)
    panel.bars(
        [region_name(r.region) for r in rows],
        [round((r.completion_rate or 0.0) * 100) for r in rows],
        "#1f6fd1",
        100.0,
        horizontal=True,
        label_format="@value%",
        value_title=translate("TrainerCharts", "% of assigned modules completed"),
        inside_labels=True,
        label_points=7.0 if len(rows) > 12 else 8.0,
    )


def show_pass_rates(panel: ChartPanel, stats: Sequence[Any]) -> None:
    panel.bars(
        [compact_module_label(s.module_id) for s in stats],
        [round((s.pass_rate or 0.0) * 100) for s in stats],
        "#2e7d32",
        100.0,
        label_format="@value%",
        value_title=translate("TrainerCharts", "% passed"),
        inside_labels=True,
        label_points=7.0 if len(stats) > 10 else 8.0,
    )


def show_score_distribution(panel: ChartPanel, bins: Sequence[Any]) -> None:
    counts = [b.count for b in bins]
    panel.bars(
        [f"{b.lower:.0f}+" for b in bins],
        counts,
        "#8e44ad",
        max(counts, default=0) * 1.15,
        label_format="@value",
        value_title=translate("TrainerCharts", "count"),
    )
