"""Dialogs of the Cohorts tab: a cohort's name, trainers and dates; choosing members; assigning a module.

Each dialog has a class method ``ask`` that returns the answer or None; tests replace the methods of
``CohortAsk`` instead of clicking modal windows.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainer.domain.cohorts import MAX_NAME, MAX_TRAINERS, Cohort, CohortError, check_cohort
from trainer.labels import region_name, role_name
from trainer.ui.announce import announce
from trainer.ui.theme import state_colour


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _fit(dialog: QDialog, chars: int, lines: int = 0) -> None:
    """Size a dialog in characters and lines of its font, so it is as roomy at 200% text as at 100%."""
    fm = dialog.fontMetrics()
    width = max(dialog.sizeHint().width(), chars * fm.averageCharWidth())
    height = max(dialog.sizeHint().height(), lines * fm.lineSpacing())
    screen = dialog.screen().availableGeometry() if dialog.screen() is not None else None
    if screen is not None:
        width, height = min(width, screen.width() - 40), min(height, screen.height() - 80)
    dialog.resize(width, height)


def _date_edit(day: dt.date, name: str) -> QDateEdit:
    edit = QDateEdit(_qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(QDate(2000, 1, 1))
    edit.setMaximumDate(QDate(2100, 12, 31))
    edit.setAccessibleName(name)
    return edit


class CohortDialog(QDialog):
    """Name, trainer(s) and the first and last day of a cohort."""

    def __init__(self, cohort: Cohort | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit cohort") if cohort else self.tr("New cohort"))
        today = dt.date.today()
        self.name = QLineEdit(cohort.name if cohort else "")
        self.name.setMaxLength(MAX_NAME)
        self.name.setAccessibleName(self.tr("Cohort name"))
        self.trainers = QLineEdit(cohort.trainers if cohort else "")
        self.trainers.setMaxLength(MAX_TRAINERS)
        self.trainers.setPlaceholderText(self.tr("For example: A. Nurlanova, B. Seitkali"))
        self.trainers.setAccessibleName(self.tr("Trainers"))
        starts = cohort.starts if cohort and cohort.starts else today
        ends = cohort.ends if cohort and cohort.ends else starts + dt.timedelta(days=13)
        self.starts = _date_edit(starts, self.tr("First day"))
        self.ends = _date_edit(ends, self.tr("Last day"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        form = QFormLayout()
        for text, widget in (
            (self.tr("&Name:"), self.name),
            (self.tr("&Trainers:"), self.trainers),
            (self.tr("&First day:"), self.starts),
            (self.tr("&Last day:"), self.ends),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        _fit(self, 64)

    def values(self) -> tuple[str, str, dt.date, dt.date]:
        return self.name.text(), self.trainers.text(), self.starts.date().toPython(), self.ends.date().toPython()

    def _accept(self) -> None:
        try:
            check_cohort(*self.values())
        except CohortError as exc:
            # In the "wrong" colour and spoken at once; the field it is about takes the focus.
            self.problem.setStyleSheet(f"color: {state_colour('wrong')}; font-weight: bold;")
            self.problem.setText(cohort_problem(exc))
            announce(self.problem, self.problem.text(), assertive=True)
            field = {"name": self.name, "trainers": self.trainers, "ends": self.ends}.get(exc.field)
            if field is not None:
                field.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, cohort: Cohort | None = None) -> tuple[str, str, dt.date, dt.date] | None:
        dialog = cls(cohort, parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


def cohort_problem(exc: CohortError) -> str:
    """A CohortError in words."""
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    return {
        ("name", "empty"): translate("CohortDialog", "Give the cohort a name."),
        ("name", "too_long"): translate("CohortDialog", "The name is too long."),
        ("trainers", "too_long"): translate("CohortDialog", "The list of trainers is too long."),
        ("ends", "before_start"): translate("CohortDialog", "The last day comes before the first day."),
        ("cohort", "imported"): translate(
            "CohortDialog", "This cohort came from a trainer's cohort file and cannot be changed here."
        ),
        ("module", "unknown"): translate("CohortDialog", "That module is not installed here."),
    }.get((exc.field, exc.code), str(exc))


class MembersDialog(QDialog):
    """Tick learners to add; the search box narrows the list by name, unit, role or region."""

    def __init__(self, choices: list[tuple[str, str, str, str, str, bool]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add members"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name, unit, role or region…"))
        self.search.setAccessibleName(self.tr("Search learners"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Learners"))
        # Long units wrap instead of hiding behind a horizontal scroll bar.
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for lid, name, role, region, unit, active in choices:
            text = f"{name} — {role_name(role)}, {region_name(region)}" + (f", {unit}" if unit else "")
            if not active:
                text += " " + self.tr("(inactive)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, lid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.itemActivated.connect(self._toggle)
        label = QLabel(self.tr("&Search:"))
        label.setBuddy(self.search)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        _fit(self, 96, 26)

    def _toggle(self, item: QListWidgetItem) -> None:
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for i in range(self.list.count()):
            item = self.list.item(i)
            hay = item.text().casefold()
            item.setHidden(not all(w in hay for w in words))

    def chosen(self) -> list[str]:
        return [
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    @classmethod
    def ask(cls, parent: QWidget | None, choices: list[tuple[str, str, str, str, str, bool]]) -> list[str] | None:
        dialog = cls(choices, parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None


class AssignDialog(QDialog):
    """A module and its due day."""

    def __init__(
        self, modules: list[tuple[str, str]], due: dt.date, module_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Assign a module"))
        self.module = QComboBox()
        self.module.setAccessibleName(self.tr("Module"))
        for mid, title in modules:
            self.module.addItem(title, mid)
        if module_id is not None:
            self.module.setCurrentIndex(max(0, self.module.findData(module_id)))
        self.due = _date_edit(due, self.tr("Due day"))
        form = QFormLayout()
        for text, widget in (
            (self.tr("&Module:"), self.module),
            (self.tr("&Due:"), self.due),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        _fit(self, 72)

    def values(self) -> tuple[str, dt.date]:
        return self.module.currentData(), self.due.date().toPython()

    @classmethod
    def ask(
        cls, parent: QWidget | None, modules: list[tuple[str, str]], due: dt.date, module_id: str | None = None
    ) -> tuple[str, dt.date] | None:
        dialog = cls(modules, due, module_id, parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


class CohortAsk:
    """Indirection so tests can answer every dialog of the Cohorts tab without modal windows."""

    cohort = staticmethod(CohortDialog.ask)
    members = staticmethod(MembersDialog.ask)
    assign = staticmethod(AssignDialog.ask)
