"""The main window: a stack of screens, a menu, and the content warnings at start-up."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from trainer import APP_NAME
from trainer.services.context import AppContext


class MainWindow(QMainWindow):
    first_painted = Signal()

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self._painted = False
        self.setWindowTitle(APP_NAME)
        central = QWidget()
        layout = QVBoxLayout(central)
        self.status_label = QLabel(self.tr("{0} modules loaded").format(len(context.catalogue.modules)))
        layout.addWidget(self.status_label)
        self.setCentralWidget(central)
        if context.catalogue.errors:
            self.statusBar().showMessage(
                self.tr("{0} problems in the training content; see the warning for details.").format(
                    len(context.catalogue.errors)
                )
            )

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()
