"""Home's "Assigned by your trainer" block: modules a trainer assigned to the learner's cohorts, with
their due day in the learner's language and overdue ones marked in words (not by colour alone)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from trainer.domain.cohorts import LearnerAssignment
from trainer.ui.theme import state_colour

VISIBLE_ROWS = 4  # more scroll: the curriculum below keeps most of the screen


class AssignedBlock(QWidget):
    """Hidden while the learner has no assignment."""

    open_module = Signal(str)

    def __init__(self, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.items: list[LearnerAssignment] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.heading = QLabel(self.tr("Assigned by your trainer"))
        self.heading.setObjectName("subheading")
        layout.addWidget(self.heading)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Assigned by your trainer"))
        self.tree.setHeaderLabels([self.tr("Module"), self.tr("Due"), self.tr("State")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setVerticalScrollMode(QTreeWidget.ScrollMode.ScrollPerPixel)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(self._activated)
        layout.addWidget(self.tree)
        self.setVisible(False)

    def due_text(self, due: dt.date, today: dt.date) -> str:
        """'due 12 March' in the learner's language (with the year when it is not this year's)."""
        pattern = "d MMMM" if due.year == today.year else "d MMMM yyyy"
        day = QLocale(self.language).toString(QDate(due.year, due.month, due.day), pattern)
        return self.tr("Assigned by your trainer — due {0}").format(day)

    def state_text(self, a: LearnerAssignment, today: dt.date) -> str:
        if a.passed:
            return self.tr("Done")
        if a.overdue(today):
            return self.tr("Overdue by %n day(s)", "", (today - a.due).days)
        if a.due == today:
            return self.tr("Due today")
        return self.tr("Due in %n day(s)", "", (a.due - today).days)

    def show_assignments(self, items: list[LearnerAssignment], titles: dict[str, str], today: dt.date) -> None:
        """Fill the list; ``titles`` maps module ids to titles in the learner's language."""
        self.items = items
        self.tree.clear()
        for a in items:
            item = QTreeWidgetItem([titles.get(a.module_id, a.module_id), self.due_text(a.due, today), ""])
            item.setText(2, self.state_text(a, today))
            item.setData(0, Qt.ItemDataRole.UserRole, a.module_id)
            item.setToolTip(0, a.cohort_name)
            if a.overdue(today):
                font = item.font(2)
                font.setBold(True)
                item.setFont(2, font)
                item.setForeground(2, QBrush(QColor(state_colour("wrong"))))
            elif a.passed:
                item.setForeground(2, QBrush(QColor(state_colour("passed"))))
            self.tree.addTopLevelItem(item)
        self.setVisible(bool(items))
        if items:
            rows = min(len(items), VISIBLE_ROWS)
            row_height = max(self.tree.sizeHintForRow(0), self.fontMetrics().height() + 8)
            frame = 2 * self.tree.frameWidth()
            self.tree.setFixedHeight(self.tree.header().sizeHint().height() + rows * row_height + frame + 2)

    def _activated(self, item: QTreeWidgetItem) -> None:
        module_id = item.data(0, Qt.ItemDataRole.UserRole)
        if module_id:
            self.open_module.emit(module_id)
