"""The PIN dialog after wrong PINs: says how many tries are left, then how long to wait, across a restart."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from tests.conftest import SAMPLE_MODULES
from trainer.services.context import AppContext
from trainer.services.pins import FREE_TRIES
from trainer.ui.dialogs import Ask, PinDialog
from trainer.ui.main_window import MainWindow


def test_the_dialog_counts_down_a_wait_before_it_takes_a_pin(qtbot):
    locked = PinDialog("Dana", wait=45)
    qtbot.addWidget(locked)
    ok = locked.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and not locked.edit.isEnabled()
    assert "Too many wrong PINs. Try again in 45 second" in locked.wait_label.text()
    free = PinDialog("Dana")
    qtbot.addWidget(free)
    assert free.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled() and free.wait_label.isHidden()


@pytest.fixture
def opened(qtbot, tmp_path):
    contexts = []

    def _open() -> MainWindow:
        ctx = AppContext.open(tmp_path, SAMPLE_MODULES)
        contexts.append(ctx)
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        return window

    yield _open
    for ctx in contexts:
        ctx.close()


def test_wrong_pins_lock_the_profile_and_the_next_start_still_waits(opened, monkeypatch):
    window = opened()
    dana = window.ctx.learners.create("Dana", "judge", "astana", pin="2468")
    warnings: list[str] = []
    asked: list[float] = []

    def ask(name, parent=None, wait=0.0):
        asked.append(wait)
        return "1111"

    monkeypatch.setattr(Ask, "pin", staticmethod(ask))
    monkeypatch.setattr(Ask, "warn", staticmethod(lambda parent, title, text: warnings.append(text)))
    for _ in range(FREE_TRIES):
        window.choose_profile(dana)
    assert window.learner is None
    assert warnings[0] == "That PIN is not correct. Tries left before the profile locks: 2."
    assert warnings[-1].startswith("Too many wrong PINs. Try again in 30 second")
    window.close()
    window.ctx.close()

    window = opened()  # a restart: the wait comes from the database
    monkeypatch.setattr(Ask, "pin", staticmethod(lambda name, parent=None, wait=0.0: asked.append(wait) or "2468"))
    window.choose_profile(window.ctx.store.learner(dana.id))
    assert asked[-1] > 25, "the dialog is told to wait"
    assert window.learner is None and warnings[-1].startswith("Too many wrong PINs. Try again in ")
