"""The Cohorts tab: training groups, their members and assigned modules, each member's standing,
the signed cohort file for laptops, the session report and the cohort sheet.

Everything here is a few rows per cohort, so it runs on the UI thread; the figures come from
``CohortService`` and the session report from ``trainer.services.session_report``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainer import APP_NAME
from trainer.domain.cohorts import Cohort, CohortError, MemberStanding
from trainer.labels import region_name, role_name
from trainer.services.cohorts import SUFFIX, CohortImportError, CohortService
from trainer.ui.dialogs import Ask
from trainer.ui.provenance import module_title
from trainer.ui.theme import state_colour
from trainer.ui.trainer.cohort_dialogs import CohortAsk, cohort_problem
from trainer.ui.trainer.flow import FlowGrid

ID_ROLE = Qt.ItemDataRole.UserRole
STATUS_COLOURS = {"done": "passed", "at_risk": "started", "overdue": "wrong"}


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


def _item(text: str, key: str | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if key is not None:
        item.setData(ID_ROLE, key)
    return item


def _buttons(*buttons: QPushButton) -> FlowGrid:
    """A row of buttons that wraps onto more rows when the pane is narrow (200% text)."""
    return FlowGrid([[b] for b in buttons])


def _section(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _subheading(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("subheading")
    return label


class CohortsTab(QWidget):
    changed = Signal()  # cohorts or their members changed: the filter's cohort list follows

    def __init__(self, cohorts: CohortService, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = cohorts
        self.language = language
        self.locale = QLocale(language)
        self.standings: list[MemberStanding] = []

        # Left: the cohorts.
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(_subheading(self.tr("Cohorts")))
        self.list = _table([self.tr("Cohort"), self.tr("Members")], self.tr("Cohorts"))
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.itemSelectionChanged.connect(self.show_selected)
        lv.addWidget(self.list, 1)
        self.new_button = QPushButton(self.tr("&New cohort…"))
        self.new_button.clicked.connect(self.new_cohort)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit_cohort)
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.clicked.connect(self.delete_cohort)
        lv.addWidget(_buttons(self.new_button, self.edit_button, self.delete_button))

        # Right: the chosen cohort.
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setObjectName("subheading")
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # a name someone typed
        self.title.setWordWrap(True)
        self.about = QLabel()
        self.about.setTextFormat(Qt.TextFormat.PlainText)
        self.about.setWordWrap(True)
        rv.addWidget(self.title)
        rv.addWidget(self.about)
        rv.addWidget(_section(self.tr("Assigned modules")))
        self.assignments = _table(
            [self.tr("Module"), self.tr("Due"), self.tr("Passed"), self.tr("Overdue")], self.tr("Assigned modules")
        )
        rv.addWidget(self.assignments, 1)
        self.assign_button = QPushButton(self.tr("Assi&gn module…"))
        self.assign_button.clicked.connect(self.assign_module)
        self.unassign_button = QPushButton(self.tr("&Unassign"))
        self.unassign_button.clicked.connect(self.unassign_module)
        rv.addWidget(_buttons(self.assign_button, self.unassign_button))
        rv.addWidget(_section(self.tr("Members and their standing")))
        self.members = _table(
            [
                self.tr("Learner"),
                self.tr("Role"),
                self.tr("Region"),
                self.tr("Standing"),
                self.tr("Passed"),
                self.tr("Last activity"),
            ],
            self.tr("Members and their standing"),
        )
        rv.addWidget(self.members, 2)
        self.add_button = QPushButton(self.tr("&Add members…"))
        self.add_button.clicked.connect(self.add_members)
        self.remove_button = QPushButton(self.tr("Re&move from cohort"))
        self.remove_button.clicked.connect(self.remove_members)
        rv.addWidget(_buttons(self.add_button, self.remove_button))
        # On a row of its own: beside the member buttons it made the tab wider than 1366 px at 200% text.
        risk = QLabel(self.tr("At ris&k after:"))
        self.at_risk = QSpinBox()
        self.at_risk.setRange(1, 365)
        self.at_risk.setAccessibleName(self.tr("Days without activity before a member is at risk"))
        self.at_risk.setValue(self.service.at_risk_days())
        self.at_risk.valueChanged.connect(self._at_risk_changed)
        risk.setBuddy(self.at_risk)
        rv.addWidget(FlowGrid([[risk, self.at_risk], [QLabel(self.tr("days without activity"))]]))
        self.export_button = QPushButton(self.tr("E&xport for laptops…"))
        self.export_button.setToolTip(self.tr("A signed cohort file that learners' laptops import (Profile menu)"))
        self.export_button.clicked.connect(self.export_for_laptops)
        self.report_button = QPushButton(self.tr("Session re&port (PDF)…"))
        self.report_button.clicked.connect(self.session_report)
        self.sheet_button = QPushButton(self.tr("Export s&heet…"))
        self.sheet_button.setToolTip(self.tr("Members, assigned modules and standing as CSV or Excel"))
        self.sheet_button.clicked.connect(self.export_sheet)
        rv.addWidget(_buttons(self.export_button, self.report_button, self.sheet_button))

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([380, 980])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.refresh()

    # Helpers ------------------------------------------------------------------
    def _day(self, day: dt.date | None) -> str:
        if day is None:
            return "–"
        return self.locale.toString(QDate(day.year, day.month, day.day), "d MMM yyyy")

    def _status_text(self, status: str) -> str:
        return {
            "done": self.tr("All done"),
            "on_track": self.tr("On track"),
            "at_risk": self.tr("At risk"),
            "overdue": self.tr("Overdue"),
        }[status]

    def current_id(self) -> str | None:
        rows = self.list.selectionModel().selectedRows()
        return self.list.item(rows[0].row(), 0).data(ID_ROLE) if rows else None

    def current(self) -> Cohort | None:
        cid = self.current_id()
        return self.service.store.cohort(cid) if cid else None

    def select(self, cohort_id: str) -> None:
        for r in range(self.list.rowCount()):
            if self.list.item(r, 0).data(ID_ROLE) == cohort_id:
                self.list.selectRow(r)
                return

    def _warn(self, text: str) -> None:
        Ask.warn(self, APP_NAME, text)

    # Lists --------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the cohorts (keeping the chosen one) and the chosen cohort's details."""
        chosen = self.current_id()
        counts = self.service.member_counts()
        cohorts = self.service.cohorts()
        self.list.blockSignals(True)
        self.list.setRowCount(len(cohorts))
        for r, c in enumerate(cohorts):
            name = c.name + (" " + self.tr("(imported)") if c.imported else "")
            item = _item(f"{name}\n{self._day(c.starts)} – {self._day(c.ends)}", c.id)
            item.setToolTip(name)
            self.list.setItem(r, 0, item)
            self.list.setItem(r, 1, _item(str(counts.get(c.id, 0))))
        self.list.resizeRowsToContents()
        self.list.blockSignals(False)
        ids = [c.id for c in cohorts]
        if chosen in ids:
            self.select(chosen)
        elif ids:
            self.list.selectRow(0)
        self.show_selected()

    def show_selected(self) -> None:
        cohort = self.current()
        has = cohort is not None
        own = has and not cohort.imported
        for b in (self.edit_button, self.assign_button, self.unassign_button, self.export_button):
            b.setEnabled(own)
        for b in (self.delete_button, self.add_button, self.remove_button, self.report_button, self.sheet_button):
            b.setEnabled(has)
        if cohort is None:
            self.title.setText(self.tr("No cohort yet: make one with New cohort."))
            self.about.clear()
            self.assignments.setRowCount(0)
            self.members.setRowCount(0)
            self.standings = []
            return
        self.title.setText(cohort.name)
        about = self.tr("Trainers: {0}. Dates: {1} – {2}.").format(
            cohort.trainers or "–", self._day(cohort.starts), self._day(cohort.ends)
        )
        if cohort.imported:
            about += " " + self.tr("Imported from a trainer's cohort file: the trainer changes it, not this computer.")
        self.about.setText(about)
        today = self.service.clock()
        self.standings = self.service.standings(cohort.id, today)
        assignments = self.service.assignments(cohort.id)
        self.assignments.setRowCount(len(assignments))
        n = len(self.standings)
        for r, a in enumerate(assignments):
            passed = sum(1 for s in self.standings if (p := s.progress.get(a.module_id)) is not None and p.passed)
            late = sum(1 for s in self.standings if a.module_id in s.overdue_modules)
            self.assignments.setItem(r, 0, _item(self._module_title(a.module_id), a.module_id))
            self.assignments.setItem(r, 1, _item(self._day(a.due)))
            self.assignments.setItem(r, 2, _item(f"{passed}/{n}"))
            self.assignments.setItem(r, 3, _item(str(late) if today > a.due else "–"))
        self.members.setRowCount(n)
        for r, s in enumerate(self.standings):
            m = s.member
            self.members.setItem(r, 0, _item(m.name, m.learner_id))
            self.members.setItem(r, 1, _item(role_name(m.role)))
            self.members.setItem(r, 2, _item(region_name(m.region)))
            status = _item(self._status_text(s.status))
            if s.status in STATUS_COLOURS:
                status.setForeground(QBrush(QColor(state_colour(STATUS_COLOURS[s.status]))))
            if s.overdue_modules:
                titles = ", ".join(self._module_title(mid) for mid in s.overdue_modules)
                status.setToolTip(self.tr("Overdue: {0}").format(titles))
            self.members.setItem(r, 3, status)
            self.members.setItem(r, 4, _item(f"{s.done}/{s.assigned}"))
            last = self._day(dt.date.fromisoformat(s.last_activity[:10])) if s.last_activity else self.tr("never")
            self.members.setItem(r, 5, _item(last))

    # Cohorts ----------------------------------------------------------------
    def new_cohort(self) -> Cohort | None:
        values = CohortAsk.cohort(self)
        if values is None:
            return None
        try:
            cohort = self.service.create(*values)
        except CohortError as exc:
            self._warn(cohort_problem(exc))
            return None
        self.refresh()
        self.select(cohort.id)
        self.changed.emit()
        return cohort

    def edit_cohort(self) -> None:
        cohort = self.current()
        if cohort is None:
            return
        values = CohortAsk.cohort(self, cohort)
        if values is None:
            return
        try:
            self.service.update(cohort.id, *values)
        except CohortError as exc:
            self._warn(cohort_problem(exc))
            return
        self.refresh()
        self.changed.emit()

    def delete_cohort(self) -> bool:
        cohort = self.current()
        if cohort is None:
            return False
        if not Ask.confirm(
            self,
            self.tr("Delete cohort"),
            self.tr(
                "Delete the cohort “{0}” with its member list and assigned modules? "
                "Learners and their progress stay as they are."
            ).format(cohort.name),
        ):
            return False
        self.service.delete(cohort.id)
        self.refresh()
        self.changed.emit()
        return True

    # Members ------------------------------------------------------------------
    def add_members(self) -> int:
        cid = self.current_id()
        if cid is None:
            return 0
        present = {s.member.learner_id for s in self.standings}
        choices = [c for c in self.service.learner_choices() if c[0] not in present]
        chosen = CohortAsk.members(self, choices)
        if not chosen:
            return 0
        added = self.service.add_members(cid, chosen)
        self.refresh()
        self.changed.emit()
        return added

    def remove_members(self) -> int:
        cid = self.current_id()
        rows = sorted({i.row() for i in self.members.selectionModel().selectedRows()})
        if cid is None or not rows:
            return 0
        ids = [self.members.item(r, 0).data(ID_ROLE) for r in rows]
        names = ", ".join(self.members.item(r, 0).text() for r in rows)
        if not Ask.confirm(
            self,
            self.tr("Remove from cohort"),
            self.tr("Remove {0} from this cohort? Their profiles and progress stay as they are.").format(names),
        ):
            return 0
        removed = self.service.remove_members(cid, ids)
        self.refresh()
        self.changed.emit()
        return removed

    # Assignments --------------------------------------------------------------
    def _module_title(self, module_id: str) -> str:
        """The title as the trainer workspace shows it: tagged when no trusted publisher signed the module."""
        module = self.service.catalogue.modules.get(module_id)
        return module_title(module, self.language) if module else self.service.module_title(module_id, self.language)

    def assign_module(self) -> None:
        cohort = self.current()
        if cohort is None:
            return
        modules = [(mid, module_title(m, self.language)) for mid, m in self.service.catalogue.modules.items()]
        rows = self.assignments.selectionModel().selectedRows()
        module_id = self.assignments.item(rows[0].row(), 0).data(ID_ROLE) if rows else None
        due = cohort.ends or (self.service.clock() + dt.timedelta(days=14))
        values = CohortAsk.assign(self, modules, due, module_id)
        if values is None:
            return
        try:
            self.service.assign(cohort.id, *values)
        except CohortError as exc:
            self._warn(cohort_problem(exc))
            return
        self.show_selected()

    def unassign_module(self) -> None:
        cid = self.current_id()
        rows = self.assignments.selectionModel().selectedRows()
        if cid is None or not rows:
            return
        self.service.unassign(cid, self.assignments.item(rows[0].row(), 0).data(ID_ROLE))
        self.show_selected()

    def _at_risk_changed(self, days: int) -> None:
        self.service.set_at_risk_days(days)
        self.show_selected()

    # Files ----------------------------------------------------------------------
    def export_for_laptops(self) -> Path | None:
        cid = self.current_id()
        if cid is None:
            return None
        chosen = Ask.save_path(
            self,
            self.tr("Export for laptops"),
            self.service.default_file_name(cid),
            self.tr("Qorgau cohort files (*{0})").format(SUFFIX),
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        try:
            result = self.service.export_file(cid, path)
        except (OSError, CohortImportError, CohortError) as exc:
            self._warn(self.tr("The cohort file could not be saved: {0}").format(exc))
            return None
        Ask.inform(
            self,
            APP_NAME,
            self.tr(
                "Cohort file saved to {0}: {1} assigned module(s), {2} member(s).\n"
                "Signing key fingerprint: {3}. A laptop shows this fingerprint the first time it imports a file "
                "from you: read it out so learners can compare."
            ).format(result.path, result.assignments, result.members, result.fingerprint),
        )
        return result.path

    def session_report(self) -> Path | None:
        from trainer.documents.session_report_pdf import write_session_report_pdf
        from trainer.services.session_report import build_session_report

        cohort = self.current()
        if cohort is None:
            return None
        safe = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in cohort.name).strip("-")[:60] or "cohort"
        chosen = Ask.save_path(
            self,
            self.tr("Session report"),
            f"Qorgau-session-{safe}-{self.service.clock().isoformat()}.pdf",
            self.tr("PDF documents (*.pdf)"),
        )
        if not chosen:
            return None
        path = Path(chosen) if chosen.lower().endswith(".pdf") else Path(chosen + ".pdf")
        try:
            report = build_session_report(self.service, cohort.id, self.language)
            write_session_report_pdf(report, path)
        except OSError as exc:
            self._warn(self.tr("The session report could not be saved: {0}").format(exc))
            return None
        Ask.inform(self, APP_NAME, self.tr("Session report saved to {0}.").format(path))
        return path

    def export_sheet(self) -> Path | None:
        cid = self.current_id()
        if cid is None:
            return None
        chosen = Ask.save_path(
            self,
            self.tr("Export sheet"),
            f"Qorgau-cohort-{self.service.clock().isoformat()}.xlsx",
            self.tr("Excel workbooks (*.xlsx);;CSV files (*.csv)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_name(path.name + ".xlsx")
        try:
            self.service.export_sheet(cid, path, self.language)
        except OSError as exc:
            self._warn(self.tr("The sheet could not be saved: {0}").format(exc))
            return None
        Ask.inform(self, APP_NAME, self.tr("Sheet saved to {0}.").format(path))
        return path
