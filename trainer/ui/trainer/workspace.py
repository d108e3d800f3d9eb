"""The trainer workspace: a window of its own with the cohort filters and five tabs.

It is opened from Trainer → Open trainer workspace… once trainer mode is unlocked. "Leave now"
(Esc) works here too: it hides this window and the main window, and locks trainer mode.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QMainWindow,
    QProgressBar,
    QScrollArea,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from trainer import APP_NAME
from trainer.labels import region_name, role_name
from trainer.services.context import AppContext
from trainer.services.reports import ReportFilter
from trainer.services.transcript import transcript_sheet
from trainer.ui.provenance import unofficial_tag
from trainer.ui.trainer.certificates_tab import CertificatesTab
from trainer.ui.trainer.cohorts_tab import CohortsTab
from trainer.ui.trainer.dashboard import DashboardTab
from trainer.ui.trainer.filter_bar import FilterBar
from trainer.ui.trainer.items_tab import ItemAnalysisTab
from trainer.ui.trainer.learners_tab import LearnersTab
from trainer.ui.trainer.measures_tab import MeasuresTab
from trainer.ui.trainer.reports_tab import ReportsTab
from trainer.ui.trainer.tasks import TaskRunner


class _TallContent(QScrollArea):
    """Scrolls the workspace up and down when the screen is shorter than its content (200% text on
    a 768 px laptop screen), so nothing is out of reach; it never scrolls sideways, so it is as wide
    as the content needs (the filters and button rows wrap to keep that within the screen)."""

    def __init__(self, content: QWidget) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(content)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(self.widget().minimumSizeHint().width() + bar, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self.widget().sizeHint()


class TrainerWorkspace(QMainWindow):
    """Dashboard, Learners, Item analysis, Certificates and Reports for one data folder."""

    left = Signal()  # "Leave now" was pressed here
    lock_requested = Signal()

    def __init__(self, ctx: AppContext, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if parent is not None:
            self.setWindowFlag(Qt.WindowType.Window, True)
        self.ctx = ctx
        self.language = language
        if ctx.reports is not None:
            ctx.reports.language = language
            ctx.reports.unofficial_tag = unofficial_tag()  # report and export titles of unsigned modules
        self.setWindowTitle(self.tr("{0} — trainer workspace").format(APP_NAME))
        self.runner = TaskRunner(self)
        self._stale: set[QWidget] = set()

        bar = QToolBar(self.tr("Trainer actions"))
        bar.setMovable(False)
        self.leave_action = QAction(self.tr("Leave now (Esc)"), self)
        self.leave_action.setToolTip(self.tr("Hide everything on screen at once"))
        self.leave_action.triggered.connect(self.leave_now)
        self.lock_action = QAction(self.tr("Lock trainer mode"), self)
        self.lock_action.triggered.connect(self.lock_requested)
        bar.addAction(self.leave_action)
        bar.addAction(self.lock_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.leave_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.leave_now)

        central = QWidget()
        layout = QVBoxLayout(central)
        self.filter_bar = FilterBar()
        layout.addWidget(self.filter_bar)
        self.tabs = QTabWidget()
        self.dashboard = DashboardTab(ctx.reports, self.runner)
        self.learners = LearnersTab(
            ctx.learner_admin,
            ctx.reports,
            sheet_for=lambda lid: transcript_sheet(ctx.reports, ctx.curriculum, ctx.catalogue, lid, language),
        )
        self.items = ItemAnalysisTab(ctx.reports, self.runner)
        self.certificates = CertificatesTab(ctx.certificates, language)
        self.reports = ReportsTab(ctx.exports, self.runner, measures=ctx.measures)
        self.tabs.addTab(self.dashboard, self.tr("Dash&board"))
        self.tabs.addTab(self.learners, self.tr("&Learners"))
        self.tabs.addTab(self.items, self.tr("&Item analysis"))
        self.tabs.addTab(self.certificates, self.tr("Cer&tificates"))
        self.tabs.addTab(self.reports, self.tr("&Reports"))
        self.cohorts = None
        if ctx.cohorts is not None:  # training groups, assignments and session reports
            self.cohorts = CohortsTab(ctx.cohorts, language)
            self.tabs.addTab(self.cohorts, self.tr("Cohort&s"))
            self.cohorts.changed.connect(self._cohorts_changed)
        self.measures = None
        if ctx.measures is not None:  # a cohort's pre/post tests, attitude shift and feedback
            cohorts = ctx.cohorts
            assigned = (lambda cid: [a.module_id for a in cohorts.assignments(cid)]) if cohorts is not None else None
            self.measures = MeasuresTab(ctx.measures, language, assigned)
            self.tabs.addTab(self.measures, self.tr("Pre/post and feedback"))
        self.setAccessibleName(self.tr("Trainer workspace"))
        self.setAccessibleDescription(self.tr("Dashboard, learners, item analysis, certificates and reports."))
        for index in range(self.tabs.count()):
            self.tabs.widget(index).setAccessibleName(self.tabs.tabText(index).replace("&", ""))
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(_TallContent(central))

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(160)
        self.busy.setAccessibleName(self.tr("Working"))
        self.busy_label = QLabel(self.tr("Computing figures…"))
        self.statusBar().addPermanentWidget(self.busy_label)
        self.statusBar().addPermanentWidget(self.busy)
        self._set_busy(False)
        self.runner.busy_changed.connect(self._set_busy)

        self.filter_bar.changed.connect(self.apply_filters)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.learners.changed.connect(self._learners_changed)
        self.reload()

    # Data ------------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Refresh the filter choices and every tab (after opening, or after learners changed)."""
        options = self.ctx.reports.filter_options()
        self.dashboard.module_order = list(options.modules)
        self.filter_bar.set_options(options)
        self._cohorts_changed()
        self.learners.refresh()
        self.apply_filters()

    def current_filter(self) -> ReportFilter:
        return self.filter_bar.report_filter()

    def describe_filter(self) -> list[tuple[str, str]]:
        """The current filters in words, for the reports tab."""
        f = self.current_filter()
        every = self.tr("all")
        titles = dict(self.dashboard.module_order)
        status = {None: self.tr("active and inactive"), True: self.tr("active only"), False: self.tr("inactive only")}
        cohort = [(self.tr("cohort"), f.cohort_name)] if f.cohort_id is not None else []
        return [
            *cohort,
            (self.tr("roles"), ", ".join(role_name(r) for r in f.roles) or every),
            (self.tr("regions"), ", ".join(region_name(r) for r in f.regions) or every),
            (self.tr("unit"), f.unit or every),
            (self.tr("modules"), ", ".join(titles.get(m, m) for m in f.module_ids) or every),
            (
                self.tr("attempts"),
                f"{f.since.isoformat()} – {f.until.isoformat()}" if f.since and f.until else self.tr("any date"),
            ),
            (self.tr("learners"), status[f.active]),
        ]

    def apply_filters(self) -> None:
        """Re-query the visible tab now; the other filtered tabs when they are next shown."""
        f = self.current_filter()
        self.reports.set_filter(f, self.describe_filter())
        self._stale = {self.dashboard, self.items}
        self._refresh_current()

    def _refresh_current(self) -> None:
        current = self.tabs.currentWidget()
        if current in self._stale or (current is self.reports and self.dashboard in self._stale):
            f = self.current_filter()
            if current is self.items:
                self._stale.discard(self.items)
                self.items.refresh(f)
            else:
                self._stale.discard(self.dashboard)
                self.dashboard.refresh(f)

    def _tab_changed(self, _index: int) -> None:
        current = self.tabs.currentWidget()
        self.filter_bar.setVisible(current in (self.dashboard, self.items, self.reports))
        if current is self.learners:
            self.learners.refresh()
        if current is not None and current is self.measures:
            self.measures.reload()
        if current is not None and current is self.cohorts:
            self.cohorts.refresh()
        self._refresh_current()

    def _learners_changed(self) -> None:
        options = self.ctx.reports.filter_options()
        self.filter_bar.set_options(options)
        self._stale = {self.dashboard, self.items}

    def _cohorts_changed(self) -> None:
        """The filter's cohort list follows the Cohorts tab (members changed: the figures too)."""
        if self.ctx.cohorts is not None:
            self.filter_bar.set_cohorts([(c.id, c.name) for c in self.ctx.cohorts.cohorts()])
        self._stale = {self.dashboard, self.items}

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.busy_label.setVisible(busy)

    # Safety ----------------------------------------------------------------------------------------
    def leave_now(self) -> None:
        self.hide()
        self.left.emit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.runner.shutdown()
        super().closeEvent(event)


def open_workspace(
    window: QWidget,
    ctx: AppContext,
    language: str,
    existing: TrainerWorkspace | None,
    on_leave: Callable[[], None],
    on_lock: Callable[[], None],
) -> TrainerWorkspace:
    """Show the workspace (creating it on first use) in front of the main window."""
    workspace = existing
    if workspace is None:
        workspace = TrainerWorkspace(ctx, language, window)
        workspace.left.connect(on_leave)
        workspace.lock_requested.connect(on_lock)
        workspace.resize(1280, 720)
    else:
        workspace.reload()
    workspace.show()
    workspace.raise_()
    workspace.activateWindow()
    return workspace
