"""User-entered text is shown as typed: a name or unit full of HTML never turns into markup anywhere."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt  # mightBeRichText lives in QtGui's Qt namespace
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QTextBrowser, QWidget

from tests.conftest import SAMPLE_MODULES
from trainer.services.context import AppContext
from trainer.ui import dialogs
from trainer.ui.dialogs import Ask, PinDialog
from trainer.ui.main_window import MainWindow

MARKER = "Trainer says: reset your PIN to 0000"
HOSTILE_NAME = f"<b>Aigerim</b><font color=red>{MARKER}</font><img src=/etc/hostname>"  # within NAME_MAX
HOSTILE_UNIT = "<h1>District 2</h1><a href='file:///etc/passwd'>click</a>"


def rendered_markup(root: QWidget) -> list[str]:
    """Labels and text views under ``root`` that show the hostile text as markup instead of as typed."""
    bad = []
    for label in root.findChildren(QLabel):
        text = label.text()
        if ("<b>Aigerim" in text or "<h1>District" in text) and label.textFormat() != Qt.TextFormat.PlainText:
            if GuiQt.mightBeRichText(text):
                bad.append(f"{label.objectName() or type(label.parent()).__name__}: {text[:60]}")
    for view in root.findChildren(QTextBrowser):
        plain = view.toPlainText()
        if MARKER in plain and "<b>Aigerim</b>" not in plain:
            bad.append(f"text view {view.objectName() or view.accessibleName()}: markup rendered")
    return bad


@pytest.fixture
def hostile(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(Ask, "confirm", staticmethod(lambda *a, **k: True))
    ctx = AppContext.open(tmp_path, SAMPLE_MODULES)
    learner = ctx.learners.create(HOSTILE_NAME, "police", "astana", HOSTILE_UNIT)
    ctx.learners.create("Dana", "judge", "almaty", HOSTILE_UNIT)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    yield ctx, window, learner
    ctx.close()


def test_chooser_home_and_quiz_show_the_name_as_typed(hostile, qtbot):
    ctx, window, learner = hostile
    window.show_start()
    assert window.stack.currentWidget() is window.chooser
    assert rendered_markup(window) == []
    window.choose_profile(learner)
    assert window.stack.currentWidget() is window.home
    assert HOSTILE_NAME in window.home.greeting.text()
    assert rendered_markup(window) == []
    window.open_module(next(iter(ctx.catalogue.modules)))
    assert rendered_markup(window) == []


def test_pin_and_reset_pin_dialogs_show_the_name_as_typed(qtbot):
    from trainer.ui.trainer.learners_tab import ResetPinDialog

    for dialog in (PinDialog(HOSTILE_NAME), ResetPinDialog(HOSTILE_NAME)):
        qtbot.addWidget(dialog)
        assert any(HOSTILE_NAME in label.text() for label in dialog.findChildren(QLabel))
        assert rendered_markup(dialog) == []


def test_messages_are_plain_text(qtbot, monkeypatch):
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    dialogs.inform(None, "Qorgau", f"Imported {HOSTILE_NAME}")
    dialogs.warn(None, "Qorgau", f"Refused {HOSTILE_NAME}")
    dialogs.confirm(None, "Qorgau", f"Delete {HOSTILE_NAME}?")
    assert len(shown) == 3
    assert all(box.textFormat() == Qt.TextFormat.PlainText for box in shown)


def test_trainer_workspace_shows_names_and_units_as_typed(hostile, qtbot):
    from trainer.ui.trainer.workspace import TrainerWorkspace

    ctx, _window, learner = hostile
    workspace = TrainerWorkspace(ctx)
    qtbot.addWidget(workspace)
    workspace.resize(1366, 768)
    workspace.show()
    qtbot.waitUntil(lambda: not workspace.runner.busy, timeout=10000)
    for index in range(workspace.tabs.count()):
        workspace.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        qtbot.waitUntil(lambda: not workspace.runner.busy, timeout=10000)
        assert rendered_markup(workspace) == [], workspace.tabs.tabText(index)
    tab = workspace.learners
    workspace.tabs.setCurrentWidget(tab)
    assert tab.select(learner.id)
    assert "<b>Aigerim</b>" in tab.transcript.toPlainText()
    assert rendered_markup(workspace) == []
