"""The cohort filters shared by the dashboard, item analysis and reports.

Changing any filter emits ``changed`` once (after a short pause, so several quick changes make
one query); ``report_filter()`` turns the choices into the report service's ReportFilter.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trainer.labels import region_name, role_name
from trainer.services.reports import ReportFilter
from trainer.ui.trainer.flow import FlowGrid

ALL = None


def _day(value: str | dt.date | None) -> dt.date:
    """An ISO date (or date) from the report service; today when there is none."""
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return dt.date.today()


class FilterBar(QWidget):
    """Cohort, role, region, unit, module, date range and active/inactive learners."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.changed)

        self.role = self._combo(self.tr("Role"))
        self.region = self._combo(self.tr("Region"))
        self.unit = self._combo(self.tr("Unit"))
        self.unit.setMinimumContentsLength(14)
        self.module = self._combo(self.tr("Module"))
        self.module.setMinimumContentsLength(18)
        self.status = self._combo(self.tr("Learners"))
        self.cohort = self._combo(self.tr("Cohort"))
        self.cohort.setMinimumContentsLength(14)
        self.cohort.addItem(self.tr("All cohorts"), ALL)
        for text, value in (
            (self.tr("Active"), True),
            (self.tr("Inactive"), False),
            (self.tr("Active and inactive"), None),
        ):
            self.status.addItem(text, value)
        self.use_dates = QCheckBox(self.tr("&Attempts from"))
        self.since = QDateEdit()
        self.until = QDateEdit()
        for edit, name in ((self.since, self.tr("First day")), (self.until, self.tr("Last day"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
            edit.setEnabled(False)
            edit.dateChanged.connect(self._schedule)
        self.use_dates.toggled.connect(self._dates_toggled)
        self.reset_button = QPushButton(self.tr("Reset &filters"))
        self.reset_button.clicked.connect(self.reset)

        cells: list[tuple[str, QWidget]] = [
            (self.tr("C&ohort:"), self.cohort),
            (self.tr("Rol&e:"), self.role),
            (self.tr("Re&gion:"), self.region),
            (self.tr("U&nit:"), self.unit),
            (self.tr("&Module:"), self.module),
            (self.tr("Sho&w:"), self.status),
        ]
        entries: list[list[QWidget | None]] = []
        for text, widget in cells:
            label = QLabel(text)
            label.setBuddy(widget)
            # Right-aligned: a column also holds the wider "Attempts from" box when the filters wrap.
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            entries.append([label, widget])
        dates = QWidget()
        row = QHBoxLayout(dates)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.since)
        row.addWidget(QLabel(self.tr("to")))
        row.addWidget(self.until)
        row.addStretch()
        entries.append([self.use_dates, dates])
        reset = QWidget()
        row = QHBoxLayout(reset)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch()
        row.addWidget(self.reset_button)
        entries.append([None, reset])
        # Four filters a row at 100% text; fewer (down to one) at 200% text in Russian or Kazakh.
        self.flow = FlowGrid(entries, stretch=(1,), most=4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.flow)

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.currentIndexChanged.connect(self._schedule)
        return combo

    # Choices --------------------------------------------------------------------------------------
    def set_options(self, options: Any) -> None:
        """Fill the lists from the report service's FilterOptions, keeping current choices."""
        self._loading = True
        try:
            self._fill(self.role, self.tr("All roles"), [(c, role_name(c)) for c in options.roles])
            self._fill(self.region, self.tr("All regions"), [(c, region_name(c)) for c in options.regions])
            self._fill(self.unit, self.tr("All units"), [(u, u) for u in options.units if u])
            self._fill(self.module, self.tr("All modules"), list(options.modules))
            if not self.use_dates.isChecked():
                first = _day(options.first_day)
                last = _day(options.last_day)
                self.since.setDate(QDate(first.year, first.month, first.day))
                self.until.setDate(QDate(last.year, last.month, last.day))
        finally:
            self._loading = False

    def set_cohorts(self, cohorts: list[tuple[str, str]]) -> None:
        """Fill the cohort list with (id, name) pairs, keeping the current choice if it still exists."""
        before = self.cohort.currentData()
        self._loading = True
        try:
            self._fill(self.cohort, self.tr("All cohorts"), cohorts)
        finally:
            self._loading = False
        if self.cohort.currentData() != before:  # the chosen cohort was deleted: the figures change
            self._schedule()

    @staticmethod
    def _fill(combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, ALL)
        for code, text in items:
            combo.addItem(text, code)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)

    def report_filter(self) -> ReportFilter:
        def one(combo: QComboBox) -> tuple[str, ...]:
            value = combo.currentData()
            return () if value is None else (value,)

        since = until = None
        if self.use_dates.isChecked():
            since = self.since.date().toPython()
            until = self.until.date().toPython()
        return ReportFilter(
            roles=one(self.role),
            regions=one(self.region),
            unit=self.unit.currentData(),
            module_ids=one(self.module),
            since=since,
            until=until,
            active=self.status.currentData(),
            cohort_id=self.cohort.currentData(),
            cohort_name=self.cohort.currentText() if self.cohort.currentData() is not None else "",
        )

    def select(self, combo: QComboBox, value: Any) -> None:
        """Choose ``value`` in one of the lists (tests and the screenshot tool use this)."""
        combo.setCurrentIndex(max(0, combo.findData(value)))

    def reset(self) -> None:
        self._loading = True
        for combo in (self.cohort, self.role, self.region, self.unit, self.module, self.status):
            combo.setCurrentIndex(0)
        self.use_dates.setChecked(False)
        self._loading = False
        self._schedule()

    def flush(self) -> None:
        """Emit a pending ``changed`` now instead of after the pause."""
        if self._timer.isActive():
            self._timer.stop()
            self.changed.emit()

    def _dates_toggled(self, on: bool) -> None:
        self.since.setEnabled(on)
        self.until.setEnabled(on)
        self._schedule()

    def _schedule(self, *_: Any) -> None:
        if not self._loading:
            self._timer.start()
