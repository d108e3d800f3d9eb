"""Home's "Assigned by your trainer" block: modules a trainer assigned to the learner's cohorts, with
their due day in the learner's language and overdue ones marked in words (not by colour alone)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainer.domain.cohorts import LearnerAssignment
from trainer.ui.theme import state_colour

VISIBLE_ROWS = 4  # more scroll: the curriculum below keeps most of the screen
FIT_EVENTS = (QEvent.Type.FontChange, QEvent.Type.StyleChange)


class _KeepEndDelegate(QStyledItemDelegate):
    """Elides text at its start, so a narrow column still shows the end (the due day)."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:  # noqa: N802 - Qt override
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideLeft


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
        # At 200% text in Russian or Kazakh the three columns do not fit: the state ("Overdue by …")
        # keeps its width, and the due text loses its start (the heading says it) rather than its day.
        self.tree.setItemDelegateForColumn(1, _KeepEndDelegate(self.tree))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(self._activated)
        layout.addWidget(self.tree)
        # A hidden Home takes a new text size only when it is shown again: refit then.
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit_height)
        self.setVisible(False)

    def due_text(self, due: dt.date, today: dt.date) -> str:
        """'due 12 March' in the learner's language (with the year when it is not this year's), under
        the heading "Assigned by your trainer", which is not repeated in every row."""
        pattern = "d MMMM" if due.year == today.year else "d MMMM yyyy"
        day = QLocale(self.language).toString(QDate(due.year, due.month, due.day), pattern)
        return self.tr("due {0}").format(day)

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
            for column in (1, 2):  # at 200% text a narrow window elides them: the whole text on hover
                item.setToolTip(column, item.text(column))
            if a.overdue(today):
                font = item.font(2)
                font.setBold(True)
                item.setFont(2, font)
                item.setForeground(2, QBrush(QColor(state_colour("wrong"))))
            elif a.passed:
                item.setForeground(2, QBrush(QColor(state_colour("passed"))))
            self.tree.addTopLevelItem(item)
        self.setVisible(bool(items))
        self.fit_height()

    def fit_height(self) -> None:
        """As tall as the first rows (VISIBLE_ROWS at most), taking at most a fifth of the screen's
        height: at 200% text Home has no room to spare, and the rest of the list scrolls."""
        count = self.tree.topLevelItemCount()
        if not count:
            return
        self.tree.doItemsLayout()
        line = self.tree.fontMetrics().height() + 8
        heights = [
            max(self.tree.visualItemRect(self.tree.topLevelItem(i)).height(), line)
            for i in range(min(count, VISIBLE_ROWS))
        ]
        header = self.tree.header()
        head = max(header.sizeHint().height(), header.height() if header.isVisible() else 0)
        frame = 2 * self.tree.frameWidth() + 2
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry().height() // 5 if screen is not None else 10_000
        while len(heights) > 1 and head + sum(heights) + frame > room:
            heights.pop()
        self.tree.setFixedHeight(head + sum(heights) + frame)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() in FIT_EVENTS:  # Text size or theme changed
            self._fit_timer.start()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._fit_timer.start()

    def _activated(self, item: QTreeWidgetItem) -> None:
        module_id = item.data(0, Qt.ItemDataRole.UserRole)
        if module_id:
            self.open_module.emit(module_id)
