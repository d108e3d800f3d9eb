"""Trainer menu "Install content pack…": trainer mode only, installs in the background, says what happened.

Modules from unsigned packs carry an "Unofficial" tag on the home screen and in the lesson header.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from tests.conftest import SAMPLE_MODULES
from tests.interop.test_content_packs import make_official, make_pack, module_copy, signed
from trainer.content.installed import installed_dir
from trainer.content.packs import install_pack
from trainer.services.context import AppContext
from trainer.ui.interop_actions import PackAsk
from trainer.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    data = tmp_path / "data"
    data.mkdir()
    ctx = AppContext.open(data, SAMPLE_MODULES)
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.messages = []
    monkeypatch.setattr(PackAsk, "inform", staticmethod(lambda parent, text: w.messages.append(("info", text))))
    monkeypatch.setattr(PackAsk, "warn", staticmethod(lambda parent, text: w.messages.append(("warn", text))))
    yield w
    w.content_packs.shutdown()
    ctx.close()


def _action(window):
    menu: QMenu = window.trainer_menu
    return next(a for a in menu.actions() if a.objectName() == "install_content_pack")


def test_installs_a_pack_in_trainer_mode(window, qtbot, tmp_path, monkeypatch):
    official = make_official(tmp_path, monkeypatch)
    pack = signed(make_pack(tmp_path / "pack.zip", [module_copy(tmp_path, version="1.5.0")]), official)
    monkeypatch.setattr(window, "require_trainer", lambda: True, raising=False)
    monkeypatch.setattr(PackAsk, "open_path", staticmethod(lambda *a: str(pack)))
    _action(window).trigger()
    qtbot.waitUntil(lambda: bool(window.messages), timeout=10000)
    kind, text = window.messages[0]
    assert kind == "info" and "sample-02-practice: version 1.5.0 (replaces 1.0.0)" in text and "Restart" in text
    assert (installed_dir(window.ctx.data_dir) / "sample-02-practice" / "module.yaml").is_file()


def test_a_bad_pack_is_refused_with_its_reasons(window, qtbot, tmp_path, monkeypatch):
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"nope")
    monkeypatch.setattr(window, "require_trainer", lambda: True, raising=False)
    monkeypatch.setattr(PackAsk, "open_path", staticmethod(lambda *a: str(bad)))
    _action(window).trigger()
    qtbot.waitUntil(lambda: bool(window.messages), timeout=10000)
    kind, text = window.messages[0]
    assert kind == "warn" and "not a readable zip file" in text and "nothing was changed" in text


def test_nothing_happens_outside_trainer_mode(window, monkeypatch):
    asked = []
    monkeypatch.setattr(window, "require_trainer", lambda: False, raising=False)
    monkeypatch.setattr(PackAsk, "open_path", staticmethod(lambda *a: asked.append(a)))
    _action(window).trigger()
    assert asked == [] and window.messages == []


def test_an_unsigned_pack_adds_a_module_and_says_it_is_unofficial(window, qtbot, tmp_path, monkeypatch):
    pack = make_pack(tmp_path / "pack.zip", [module_copy(tmp_path, new_id="extra-01")])
    monkeypatch.setattr(window, "require_trainer", lambda: True, raising=False)
    monkeypatch.setattr(PackAsk, "open_path", staticmethod(lambda *a: str(pack)))
    _action(window).trigger()
    qtbot.waitUntil(lambda: bool(window.messages), timeout=10000)
    kind, text = window.messages[0]
    assert kind == "info" and "extra-01: version 2.0.0 (new)" in text and "unsigned" in text and "unofficial" in text


def test_an_unsigned_pack_cannot_replace_a_bundled_module(window, qtbot, tmp_path, monkeypatch):
    pack = make_pack(tmp_path / "pack.zip", [module_copy(tmp_path, version="9.0.0")])
    monkeypatch.setattr(window, "require_trainer", lambda: True, raising=False)
    monkeypatch.setattr(PackAsk, "open_path", staticmethod(lambda *a: str(pack)))
    _action(window).trigger()
    qtbot.waitUntil(lambda: bool(window.messages), timeout=10000)
    kind, text = window.messages[0]
    assert kind == "warn" and "sample-02-practice: refused" in text and "official publisher" in text
    assert not (installed_dir(window.ctx.data_dir) / "sample-02-practice").exists()


def test_unofficial_modules_are_tagged_on_home_and_in_the_lesson_header(qtbot, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    install_pack(make_pack(tmp_path / "p.zip", [module_copy(tmp_path, new_id="extra-01")]), SAMPLE_MODULES, data)
    ctx = AppContext.open(data, SAMPLE_MODULES)
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    try:
        learner = ctx.learners.create("Aigerim", "police", "astana")
        w.set_learner(learner)
        titles = {}
        for i in range(w.home.tree.topLevelItemCount()):
            item = w.home.tree.topLevelItem(i)
            titles[item.data(0, Qt.ItemDataRole.UserRole)] = item.text(0)
        assert titles["extra-01"].endswith("[Unofficial]")
        assert "Unofficial" not in titles["sample-01-basics"]
        w.reader.open_module(ctx.catalogue.modules["extra-01"], set())
        assert w.reader.title.text().endswith("[Unofficial]") and "trusted publisher" in w.reader.title.toolTip()
        w.reader.open_module(ctx.catalogue.modules["sample-01-basics"], set())
        assert "Unofficial" not in w.reader.title.text() and not w.reader.title.toolTip()
    finally:
        w.content_packs.shutdown()
        ctx.close()
