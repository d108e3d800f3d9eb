"""The first window: painted before the database and the training modules are opened.

Importing the services, pydantic and sqlite-utils and loading every module takes several times
longer than showing a bare window, so the user gets a window at once and the main window
replaces it as soon as everything is loaded (right after this one's first paint).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QLabel, QMainWindow

from trainer import APP_NAME


class StartWindow(QMainWindow):
    first_painted = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._painted = False
        self.setWindowTitle(APP_NAME)
        label = QLabel(self.tr("Opening Qorgau…"))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setAccessibleName(self.tr("Opening Qorgau"))
        self.setCentralWidget(label)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()
