"""The Qt binding must not leak references to None: PySide6 6.12.0 on Python 3.11 did, and the
app crashed (Fatal Python error: none_dealloc) after a few thousand ordinary UI calls."""

import sys

from PySide6.QtWidgets import QApplication, QComboBox, QWidget


def test_ordinary_qt_calls_keep_none_alive(qtbot):
    widget = QWidget()
    combo = QComboBox()
    combo.addItem("All")
    qtbot.addWidget(widget)
    qtbot.addWidget(combo)
    before = sys.getrefcount(None)
    for _ in range(2000):
        QApplication.processEvents()
        widget.setVisible(False)
        combo.currentData()
    assert sys.getrefcount(None) >= before - 50
