"""The dashboard tab: cohort summary, completion matrix, per-module figures and charts.

Figures come from the report service on a worker thread (``TaskRunner``); a newer filter makes
older results stale, and those are dropped when they arrive.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from trainer import labels
from trainer.labels import region_name, role_name
from trainer.services.reports import ReportFilter
from trainer.ui.trainer.charts import ChartPanel, show_pass_rates, show_region_completion, show_score_distribution
from trainer.ui.trainer.flow import FlowGrid
from trainer.ui.trainer.models import (
    SORT_ROLE,
    STATE_COLOURS,
    STATE_ORDER,
    STATE_SYMBOLS,
    Column,
    CompletionMatrixModel,
    RowTableModel,
    state_name,
)
from trainer.ui.trainer.tasks import TaskRunner


@dataclass(frozen=True)
class MatrixStart:
    """The completion matrix's first page and how many learners it has in all (the rest is fetched
    as the view scrolls)."""

    rows: list[Any]
    total: int
    search: str = ""


@dataclass(frozen=True)
class DashboardData:
    """Everything the dashboard shows for one filter, fetched together off the UI thread."""

    summary: Any
    matrix: MatrixStart
    modules: list[Any]
    regions: list[Any]
    scores: list[Any]
    cell_counts: dict[str, int]


def fetch_matrix(reports: Any, f: ReportFilter, search: str = "") -> MatrixStart:
    return MatrixStart(
        reports.matrix_page(f, 0, CompletionMatrixModel.PAGE, search), reports.matrix_learner_count(f, search), search
    )


def fetch_dashboard(reports: Any, f: ReportFilter, search: str = "") -> DashboardData:
    summary = reports.summary(f)
    return DashboardData(
        summary=summary,
        matrix=fetch_matrix(reports, f, search),
        modules=reports.module_stats(f),
        regions=reports.region_completion(f),
        scores=reports.score_distribution(f),
        cell_counts=reports.matrix_state_counts(f, summary),
    )


def percent(value: float | None) -> str:
    return "" if value is None else labels.percent(value)


def score(value: float | None) -> str:
    return "" if value is None else labels.number(value)


def duration(seconds: float | None) -> str:
    return "" if seconds is None else labels.duration(seconds)


def make_sortable(view: QTableView, model: Any) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(view)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setDefaultSectionSize(24)
    return proxy


class Legend(QWidget):
    """What the matrix colours and symbols mean, with a count of cells in each state.

    The entries flow onto more rows when the window is narrow (200% text, Kazakh), so the legend
    never makes the workspace wider than the screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: dict[str, QLabel] = {}
        entries: list[QLabel] = [QLabel(self.tr("Legend:"))]
        for state in reversed(STATE_ORDER):
            label = QLabel()
            label.setStyleSheet(
                f"background: {STATE_COLOURS[state].name()}; color: #000000; padding: 2px 8px; border: 1px solid #9aa3ad;"
            )
            self.labels[state] = label
            entries.append(label)
        entries.append(QLabel(self.tr("empty: not in the learner's curriculum")))
        self.flow = FlowGrid([[e] for e in entries])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.flow)
        self.set_counts({})

    def set_counts(self, counts: dict[str, int]) -> None:
        for state, label in self.labels.items():
            n = counts.get(state)
            suffix = f" ({n})" if n is not None else ""
            label.setText(f"{STATE_SYMBOLS[state]} {state_name(state)}{suffix}")
        self.flow.reflow()


def module_columns() -> list[Column]:
    return [
        Column(QCoreApplication.translate("DashboardTab", "Module"), lambda s: s.title, tooltip=lambda s: s.module_id),
        Column(QCoreApplication.translate("DashboardTab", "Assigned"), lambda s: s.assigned, numeric=True),
        Column(QCoreApplication.translate("DashboardTab", "Started"), lambda s: s.started, numeric=True),
        Column(QCoreApplication.translate("DashboardTab", "Completed"), lambda s: s.completed, numeric=True),
        Column(QCoreApplication.translate("DashboardTab", "Passed"), lambda s: s.passed, numeric=True),
        Column(QCoreApplication.translate("DashboardTab", "Pass rate"), lambda s: s.pass_rate, percent, numeric=True),
        Column(QCoreApplication.translate("DashboardTab", "Mean score"), lambda s: s.mean_score, score, numeric=True),
        Column(
            QCoreApplication.translate("DashboardTab", "Median score"), lambda s: s.median_score, score, numeric=True
        ),
        Column(
            QCoreApplication.translate("DashboardTab", "Mean time"),
            lambda s: s.mean_time_seconds,
            duration,
            numeric=True,
        ),
        Column(QCoreApplication.translate("DashboardTab", "Attempts"), lambda s: s.attempts, numeric=True),
    ]


class DashboardTab(QWidget):
    """Summary line, legend, and inner tabs: completion matrix, per-module table, charts."""

    loaded = Signal()  # new figures are on screen
    matrix_loaded = Signal()  # the matrix starts again (a new filter or search)

    def __init__(self, reports: Any, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reports = reports
        self.runner = runner
        self.module_order: list[tuple[str, str]] = []
        self._generation = 0
        self._filter = ReportFilter()
        self._search_generation = 0
        self.data: DashboardData | None = None
        self.failed: Callable[[BaseException], None] | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.summary = QLabel(self.tr("Loading…"))
        self.summary.setStyleSheet("font-weight: bold;")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self.inner = QTabWidget()
        layout.addWidget(self.inner, 1)

        # Completion matrix.
        matrix_page = QWidget()
        mlay = QVBoxLayout(matrix_page)
        top = QHBoxLayout()
        self.legend = Legend()
        top.addWidget(self.legend, 1)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a learner by name"))
        self.search.setAccessibleName(self.tr("Find a learner by name"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(260)
        top.addWidget(self.search)
        mlay.addLayout(top)
        self.matrix_model = CompletionMatrixModel(role_name, region_name, self)
        self.matrix_view = QTableView()
        self.matrix_view.setAccessibleName(self.tr("Completion matrix"))
        self.matrix_view.setAccessibleDescription(
            self.tr("One row per learner, one column per module; each cell gives the state and the best score.")
        )
        self.matrix_proxy = make_sortable(self.matrix_view, self.matrix_model)
        # Searched in the database, not in the rows fetched so far.
        self.search.textChanged.connect(self._search_changed)
        self.matrix_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.matrix_view.setAlternatingRowColors(False)
        header = self.matrix_view.horizontalHeader()
        header.setMinimumSectionSize(30)
        header.setDefaultSectionSize(120)  # a module title on up to three short lines
        mlay.addWidget(self.matrix_view, 1)
        self.inner.addTab(matrix_page, self.tr("&Completion matrix"))

        # Per module.
        self.module_model = RowTableModel(module_columns(), parent=self)
        self.module_view = QTableView()
        self.module_view.setAccessibleName(self.tr("Figures per module"))
        self.module_view.setAccessibleDescription(
            self.tr("One row per module: learners assigned, started, completed and passed, pass rate, scores and time.")
        )
        self.module_proxy = make_sortable(self.module_view, self.module_model)
        # Full module names: the name column takes the room left and wraps; rows grow to fit.
        self.module_view.setWordWrap(True)
        self.module_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.module_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.module_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.inner.addTab(self.module_view, self.tr("Per mod&ule"))

        # Charts.
        charts = QWidget()
        grid = QGridLayout(charts)
        self.region_chart = ChartPanel(self.tr("Completion by region"))
        self.pass_chart = ChartPanel(
            self.tr("Pass rate by module (C core, P police, J justice, S social work)"), small_title=True
        )
        self.score_chart = ChartPanel(
            self.tr("Score distribution (best score per learner and module, %)"), small_title=True
        )
        grid.addWidget(self.region_chart, 0, 0, 2, 1)
        grid.addWidget(self.pass_chart, 0, 1)
        grid.addWidget(self.score_chart, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.inner.addTab(charts, self.tr("C&harts"))

    def refresh(self, f: ReportFilter) -> None:
        """Fetch the figures for ``f`` in the background; results of older requests are dropped."""
        self._generation += 1
        self._search_generation += 1
        self._filter = f
        generation = self._generation
        reports, search = self.reports, self.search.text()
        handle = self.runner.submit(lambda progress: fetch_dashboard(reports, f, search))
        handle.done.connect(lambda data: self._show(generation, data))
        handle.failed.connect(self._failed)

    def _search_changed(self, text: str) -> None:
        """Start the matrix again with the learners whose name contains ``text``."""
        self._search_generation += 1
        generation, f, reports = self._search_generation, self._filter, self.reports
        handle = self.runner.submit(lambda progress: fetch_matrix(reports, f, text))
        handle.done.connect(lambda start: self._show_matrix(start) if generation == self._search_generation else None)
        handle.failed.connect(self._failed)

    def _fetch_page(self, f: ReportFilter, search: str, offset: int, limit: int, deliver: Callable) -> None:
        """The matrix model's next page, read in the background."""
        reports = self.reports
        handle = self.runner.submit(lambda progress: reports.matrix_page(f, offset, limit, search))
        handle.done.connect(deliver)
        handle.failed.connect(self._failed)

    def _fit_matrix_columns(self) -> None:
        """Learner columns as wide as their text needs (names up to about 26 characters, the rest
        elided with a tooltip) and module columns about 17 characters, so widths follow the text
        size rather than staying at 100% pixel sizes."""
        header = self.matrix_view.horizontalHeader()
        metrics = self.matrix_view.fontMetrics()
        char = metrics.averageCharWidth()
        shown = self.matrix_model.learners[: CompletionMatrixModel.PAGE]

        def widest(texts: set[str], least: int, most: int) -> int:
            width = max((metrics.horizontalAdvance(t) for t in texts), default=least * char) + 2 * char
            return max(least * char, min(width, most * char))

        fitted = (
            widest({r.name for r in shown}, 12, 26),
            widest({labels.role_name(r.role) for r in shown}, 8, 24),
            widest({labels.region_name(r.region) for r in shown}, 8, 24),
            widest({r.unit for r in shown if r.unit}, 8, 16),
        )
        for col, width in enumerate(fitted):
            header.resizeSection(col, width)
        header.setDefaultSectionSize(17 * char)  # a module title on up to three short lines
        for col in range(CompletionMatrixModel.FIXED, self.matrix_model.columnCount()):
            header.resizeSection(col, 17 * char)

    def _show_matrix(self, start: MatrixStart) -> None:
        f = self._filter
        modules = [(m.module_id, m.title) for m in self.data.modules if m.assigned or m.started] if self.data else None
        self.matrix_model.set_matrix(
            start.rows,
            self.module_order,
            modules=modules,
            total=start.total,
            fetch=lambda offset, limit, deliver: self._fetch_page(f, start.search, offset, limit, deliver),
            counts=self.data.cell_counts if self.data else None,
        )
        self.matrix_loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.summary.setText(self.tr("The figures could not be computed: {0}").format(exc))
        if self.failed is not None:
            self.failed(exc)

    def _show(self, generation: int, data: DashboardData) -> None:
        if generation != self._generation:
            return
        self.data = data
        s = data.summary
        self.summary.setText(
            self.tr(
                "{0} learners ({1} active) · {2} of {3} assigned modules started, {4} completed, {5} passed · "
                "{6} attempts · mean score {7} · {8} certificates"
            ).format(
                s.learners,
                s.active_learners,
                s.started,
                s.assigned,
                s.completed,
                s.passed,
                s.attempts,
                score(s.mean_score) or "–",
                s.certificates,
            )
        )
        if data.matrix.search == self.search.text():
            self._show_matrix(data.matrix)
        else:  # typed into the search while the figures were read
            self._search_changed(self.search.text())
        self._fit_matrix_columns()
        self.legend.set_counts(self.matrix_model.state_counts())
        self.module_model.set_rows(data.modules)
        self.module_view.resizeColumnsToContents()
        self.module_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        show_region_completion(self.region_chart, data.regions)
        show_pass_rates(self.pass_chart, data.modules)
        show_score_distribution(self.score_chart, data.scores)
        self.loaded.emit()
