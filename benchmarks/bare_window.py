"""The baseline for bench_startup.py: a bare PySide6 QMainWindow that quits on its first paint."""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QMainWindow


class Window(QMainWindow):
    painted = False

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            print("first window painted", flush=True)
            QTimer.singleShot(0, QApplication.instance().quit)


if __name__ == "__main__":
    app = QApplication(sys.argv[:1])
    window = Window()
    window.resize(1280, 720)
    window.show()
    sys.exit(app.exec())
