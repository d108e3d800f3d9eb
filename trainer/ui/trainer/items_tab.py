"""Item analysis: per question, how many answered, how many got it right, how well it separates
strong from weak learners, the wrong options chosen most, and for scenarios the dimension means
and most common paths. Flagged questions are highlighted and say why in words.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from trainer.labels import number, question_type_name
from trainer.services.reports import MIN_RESPONSES_FOR_FLAGS, ReportFilter
from trainer.ui.trainer.dashboard import make_sortable, percent
from trainer.ui.trainer.models import Column, RowTableModel, short_module_label
from trainer.ui.trainer.tasks import TaskRunner

translate = QCoreApplication.translate

# Columns sized to their heading or contents (type, figures, flags), and the share of the width left
# that each text column gets (module, question, wrong options); the scenario column is last.
FIXED = (2, 3, 4, 5, 6, 7)
SHARED = {0: 0.2, 1: 0.45, 8: 0.35}
MIN_SHARED = 90

FLAG_COLOURS = {
    "negative_discrimination": QColor("#f8c4c4"),
    "too_hard": QColor("#ffd8a8"),
    "too_easy": QColor("#d6e4ff"),
}




def flag_name(flag: str) -> str:
    return {
        "too_easy": translate("ItemAnalysis", "too easy"),
        "too_hard": translate("ItemAnalysis", "too hard"),
        "negative_discrimination": translate("ItemAnalysis", "negative discrimination"),
    }.get(flag, flag)


def flags_text(item: Any) -> str:
    order = ("negative_discrimination", "too_hard", "too_easy")
    return ", ".join(f"⚑ {flag_name(f)}" for f in order if f in item.flags)


def highlight(item: Any) -> QColor | None:
    for flag in ("negative_discrimination", "too_hard", "too_easy"):
        if flag in item.flags:
            return FLAG_COLOURS[flag]
    return None


def _signed(value: float | None) -> str:
    return "" if value is None else f"{value:+.2f}"


def wrong_text(item: Any) -> str:
    return "; ".join(f"{o.text} ({o.count})" for o in item.wrong_options)


def scenario_text(item: Any) -> str:
    parts = [f"{dim}: {number(mean)}" for dim, mean in item.dimension_means.items()]
    for p in item.common_paths:
        parts.append(f"{' → '.join(p.nodes)} ({p.share * 100:.0f}%)")
    return "; ".join(parts)


def item_columns(title_of: Callable[[str], str] | None = None) -> list[Column]:
    """The columns; ``title_of(module id)`` names modules by title (the id stays in the tooltip)."""
    module = title_of or short_module_label
    return [
        Column(translate("ItemAnalysis", "Module"), lambda i: module(i.module_id), tooltip=lambda i: f"{module(i.module_id)} ({i.module_id})"),
        Column(translate("ItemAnalysis", "Question"), lambda i: i.prompt or i.question_id, tooltip=lambda i: f"{i.question_id}: {i.prompt}"),
        Column(translate("ItemAnalysis", "Type"), lambda i: question_type_name(i.question_type)),
        Column(translate("ItemAnalysis", "Answers"), lambda i: i.responses, numeric=True),
        Column(translate("ItemAnalysis", "Facility"), lambda i: i.facility, percent, numeric=True),
        Column(translate("ItemAnalysis", "Discrimination"), lambda i: i.discrimination, _signed, numeric=True),
        Column(translate("ItemAnalysis", "Point-biserial"), lambda i: i.point_biserial, _signed, numeric=True),
        Column(translate("ItemAnalysis", "Flags"), flags_text),
        Column(translate("ItemAnalysis", "Wrong options chosen most"), wrong_text, tooltip=wrong_text),
        Column(translate("ItemAnalysis", "Scenario: dimension means, common paths"), scenario_text, tooltip=scenario_text),
    ]


class ItemAnalysisTab(QWidget):
    loaded = Signal()

    def __init__(self, reports: Any, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reports = reports
        self.runner = runner
        self._generation = 0
        self.items: list[Any] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        top = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        top.addWidget(self.summary, 1)
        self.only_flagged = QCheckBox(self.tr("Show only flagged &questions"))
        self.only_flagged.toggled.connect(self._apply)
        top.addWidget(self.only_flagged)
        layout.addLayout(top)
        legend = QLabel(
            self.tr(
                "Facility: share answered correctly. Discrimination: facility among the top 27% of attempts minus "
                "the bottom 27%. Flags (from {0} answers): ⚑ too easy (facility above 90%), ⚑ too hard (below 20%), "
                "⚑ negative discrimination (weaker learners do better)."
            ).format(MIN_RESPONSES_FOR_FLAGS)
        )
        legend.setWordWrap(True)
        layout.addWidget(legend)
        title_of = getattr(reports, "module_title", None)
        self.model = RowTableModel(item_columns(title_of), highlight, self)
        self.view = QTableView()
        self.view.setAccessibleName(self.tr("Item analysis"))
        self.view.setAccessibleDescription(
            self.tr("One row per question: answers, facility, discrimination and flags; select a row for details.")
        )
        self.proxy = make_sortable(self.view, self.model)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)  # the full text is in each cell's tooltip
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        layout.addWidget(self.view, 1)
        self.view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()  # a new width, or a scroll bar came or went
        return False

    def fit_columns(self) -> None:
        """Fit the columns up to "Wrong options chosen most" into the visible width (1366×768 too).

        Figures, type and flags get the width of their heading or contents; module, question and
        wrong options share what is left; the scenario column, empty for most rows, comes last.
        """
        header = self.view.horizontalHeader()
        if header.count() < len(SHARED) + len(FIXED) + 1:
            return
        metrics = header.fontMetrics()
        fixed = 0
        for col in FIXED:
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal) or "")
            content = self.view.sizeHintForColumn(col) if self.model.rowCount() else 0
            width = max(metrics.horizontalAdvance(title) + 24, min(content, 220))
            header.resizeSection(col, width)
            fixed += width
        room = self.view.viewport().width() - fixed - 4
        for col, share in SHARED.items():
            header.resizeSection(col, max(MIN_SHARED, int(room * share)))
        header.resizeSection(len(SHARED) + len(FIXED), max(MIN_SHARED, int(room * 0.5)))

    def refresh(self, f: ReportFilter) -> None:
        self._generation += 1
        generation = self._generation
        reports = self.reports
        handle = self.runner.submit(lambda progress: reports.item_analysis(f))
        handle.done.connect(lambda items: self._show(generation, items))
        handle.failed.connect(lambda exc: self.summary.setText(self.tr("Item analysis failed: {0}").format(exc)))

    def _show(self, generation: int, items: list[Any]) -> None:
        if generation != self._generation:
            return
        self.items = list(items)
        self._apply()
        self.loaded.emit()

    def _apply(self) -> None:
        shown = [i for i in self.items if i.flags] if self.only_flagged.isChecked() else self.items
        self.model.set_rows(shown)
        flagged = sum(1 for i in self.items if i.flags)
        self.summary.setText(
            self.tr("{0} questions answered, {1} flagged for review by content authors.").format(
                len(self.items), flagged
            )
        )
        self.fit_columns()
