"""Trainer mode in the main window: first password, password checks and lock, menu, leave now."""

from __future__ import annotations

import pytest

from tests.conftest import SAMPLE_MODULES
from trainer.services.context import AppContext
from trainer.services.trainer_auth import TrainerAuth
from trainer.ui.main_window import MainWindow
from trainer.ui.trainer.auth_dialogs import NewPasswordDialog, TrainerAsk


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    ctx = AppContext.open(tmp_path, SAMPLE_MODULES)
    ctx.trainer_auth = TrainerAuth(ctx.store, n=2**10)  # fast hashing for tests
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    w.informed = []
    monkeypatch.setattr(TrainerAsk, "inform", staticmethod(lambda parent, text: w.informed.append(text)))
    yield w
    w.close()
    ctx.close()


def _answers(monkeypatch, name: str, values: list):
    """Make TrainerAsk.<name> return ``values`` one after another; returns the list of calls."""
    calls = []

    def fake(*args):
        calls.append(args)
        return values.pop(0) if values else None

    monkeypatch.setattr(TrainerAsk, name, staticmethod(fake))
    return calls


def test_menu_has_the_trainer_actions(window):
    texts = [a.text().replace("&", "") for a in window.trainer_menu.actions()]
    for wanted in ("Open trainer workspace…", "Change trainer password…", "Lock trainer mode"):
        assert wanted in texts
    assert window.trainer_menu.menuAction().isVisible()


def test_first_use_sets_the_password_and_unlocks(window, monkeypatch):
    calls = _answers(monkeypatch, "new_password", [("", "correct horse")])
    assert window.require_trainer()
    assert calls[0][0] is True  # the "first password" form
    assert window.ctx.trainer_auth.check("correct horse").ok
    # Unlocked until locked: no more questions.
    _answers(monkeypatch, "password", [])
    assert window.require_trainer()


def test_cancelled_first_password_keeps_trainer_mode_closed(window, monkeypatch):
    _answers(monkeypatch, "new_password", [None])
    assert not window.require_trainer()
    assert not window.ctx.trainer_auth.has_password()


def test_wrong_passwords_then_right(window, monkeypatch):
    window.ctx.trainer_auth.set_first_password("correct horse")
    calls = _answers(monkeypatch, "password", ["wrong one", "correct horse"])
    assert window.require_trainer()
    assert calls[0][0] == ""  # no message on the first ask
    assert "not correct" in calls[1][0] and "4 more tries" in calls[1][0]


def test_five_wrong_passwords_lock_trainer_mode(window, monkeypatch):
    window.ctx.trainer_auth.set_first_password("correct horse")
    _answers(monkeypatch, "password", ["nope nope"] * 5)
    assert not window.require_trainer()
    _answers(monkeypatch, "password", ["correct horse"])
    assert not window.require_trainer()
    assert "locked" in window.informed[-1] and "second" in window.informed[-1]


def test_lock_and_leave_now_close_the_workspace(qtbot, window, monkeypatch):
    window.ctx.trainer_auth.set_first_password("correct horse")
    _answers(monkeypatch, "password", ["correct horse", "correct horse"])
    mode = window.trainer_mode
    workspace = mode.open_workspace()
    assert workspace is not None and workspace.isVisible()
    qtbot.waitUntil(lambda: not workspace.runner.busy, timeout=10000)
    assert mode.lock_action.isEnabled()
    mode.lock_action.trigger()
    assert mode.workspace is None and not mode.gate.is_unlocked
    # Leave now from the workspace hides everything and locks trainer mode.
    workspace = mode.open_workspace()
    qtbot.waitUntil(lambda: not workspace.runner.busy, timeout=10000)
    workspace.leave_action.trigger()
    assert window.stack.currentWidget() is window.cover
    assert mode.workspace is None and not mode.gate.is_unlocked


def test_change_password(window, monkeypatch):
    window.ctx.trainer_auth.set_first_password("correct horse")
    _answers(monkeypatch, "new_password", [("wrong old one", "battery staple")])
    assert not window.trainer_mode.gate.change_password()
    assert "not correct" in window.informed[-1]
    _answers(monkeypatch, "new_password", [("correct horse", "battery staple")])
    assert window.trainer_mode.gate.change_password()
    assert window.ctx.trainer_auth.check("battery staple").ok


def test_new_password_dialog_checks_length_and_repeat(qtbot):
    dialog = NewPasswordDialog(first=True)
    qtbot.addWidget(dialog)
    dialog.new.setText("short")
    dialog.again.setText("short")
    assert "at least 8" in dialog.problem()
    dialog.new.setText("long enough")
    dialog.again.setText("long enougg")
    assert "differ" in dialog.problem()
    dialog.again.setText("long enough")
    assert dialog.problem() == ""
