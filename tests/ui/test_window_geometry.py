"""The window opens maximised on a small screen the first time, and where it was left after that."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt

from tests.conftest import SAMPLE_MODULES
from trainer.services.context import AppContext
from trainer.ui import window_geometry
from trainer.ui.main_window import MainWindow


def _window(qtbot, tmp_path):
    ctx = AppContext.open(tmp_path, SAMPLE_MODULES)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    return ctx, window


def test_first_run_on_a_laptop_screen_is_maximised(qtbot, tmp_path):
    ctx, window = _window(qtbot, tmp_path)
    assert not window_geometry.restore(window, tmp_path, QSize(1366, 728))
    assert window.windowState() & Qt.WindowState.WindowMaximized
    ctx.close()


def test_first_run_on_a_large_screen_is_not_maximised(qtbot, tmp_path):
    ctx, window = _window(qtbot, tmp_path)
    window_geometry.restore(window, tmp_path, QSize(1920, 1040))
    assert not window.windowState() & Qt.WindowState.WindowMaximized
    ctx.close()


def test_size_is_remembered_when_the_window_closes(qtbot, tmp_path):
    ctx, window = _window(qtbot, tmp_path)
    window.resize(760, 560)  # inside the test screen (800×600), above the minimum size
    window.show()
    size = window.size()  # at least its minimum size
    window.close()
    assert (tmp_path / "window.ini").is_file()
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    assert window_geometry.restore(again, tmp_path, QSize(1366, 728))
    assert not again.windowState() & Qt.WindowState.WindowMaximized
    assert again.size() == size
    ctx.close()
