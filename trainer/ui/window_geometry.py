"""Where the main window opens: where it was last time, or maximised on a small screen.

The geometry is kept in ``window.ini`` in the data folder (QSettings, INI format) rather than in the
database, so closing the window never needs the database, and a portable data folder carries it along.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QPoint, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

SMALL_SCREEN = QSize(1366, 768)
KEY = "main_window/geometry"


def settings(data_dir: Path) -> QSettings:
    return QSettings(str(Path(data_dir) / "window.ini"), QSettings.Format.IniFormat)


def is_small(available: QSize) -> bool:
    """A laptop screen of 1366×768 or less: a window smaller than the screen wastes room there."""
    return available.width() <= SMALL_SCREEN.width() and available.height() <= SMALL_SCREEN.height()


def restore(window: QWidget, data_dir: Path, available: QSize | None = None) -> bool:
    """Put the window where it was when last closed; the first time, maximise it on a small screen.

    Call before ``show()``. Returns True when a saved geometry was restored.
    """
    saved = settings(data_dir).value(KEY)
    if isinstance(saved, QByteArray) and not saved.isEmpty() and window.restoreGeometry(saved):
        return True
    screen = window.screen() or QGuiApplication.primaryScreen()
    area = screen.availableGeometry() if screen is not None else QRect(QPoint(0, 0), SMALL_SCREEN)
    if available is None:
        available = area.size()
    if is_small(available):
        # The whole screen even where no window manager maximises (a bare X server, a kiosk).
        window.setGeometry(QRect(area.topLeft(), available))
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    return False


def save(window: QWidget, data_dir: Path) -> None:
    """Remember size, position and the maximised state for the next start."""
    store = settings(data_dir)
    store.setValue(KEY, window.saveGeometry())
    store.sync()
