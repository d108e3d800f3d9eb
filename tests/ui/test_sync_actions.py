"""The progress-bundle menu actions, with every dialog answered by the test."""

from __future__ import annotations

import pytest

from tests.conftest import SAMPLE_MODULES
from tests.sync_helpers import fill_laptop
from trainer.services.context import AppContext
from trainer.services.sync import SyncService
from trainer.sync.bundle import read_bundle
from trainer.ui import sync_actions
from trainer.ui.dialogs import Ask
from trainer.ui.main_window import MainWindow
from trainer.ui.sync_actions import SyncAsk


def export(data_dir, out):
    service = SyncService.open(data_dir)
    try:
        return service.export_progress(out).path
    finally:
        service.close()


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    (tmp_path / "trainer").mkdir()
    ctx = AppContext.open(tmp_path / "trainer", SAMPLE_MODULES)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.require_trainer = lambda: True
    messages: list[str] = []
    monkeypatch.setattr(SyncAsk, "inform", staticmethod(lambda parent, text: messages.append(text)))
    monkeypatch.setattr(SyncAsk, "warn", staticmethod(lambda parent, text: messages.append("WARN " + text)))
    win.messages = messages
    yield win
    ctx.close()


def texts(menu):
    return [a.text() for a in menu.actions()]


def test_the_menus_offer_export_import_and_undo(window):
    assert "E&xport my progress…" in texts(window.profile_menu)
    assert texts(window.profile_menu)[-1] == "&Quit"
    trainer = texts(window.trainer_menu)
    for label in ("&Export all progress…", "&Import progress…", "&Undo a learner merge…"):
        assert label in trainer


def test_import_with_preview_merge_and_undo(qtbot, window, tmp_path, monkeypatch):
    fill_laptop(tmp_path / "a", [("Aliya Kasymova", "judge", "almaty")])
    fill_laptop(tmp_path / "b", [("ALIYA kasymova", "judge", "almaty"), ("Bolat", "police", "astana")])
    bundles = [str(export(tmp_path / "a", tmp_path / "a.zip")), str(export(tmp_path / "b", tmp_path / "b.zip"))]
    actions = window.sync_actions
    seen = []
    monkeypatch.setattr(SyncAsk, "open_paths", staticmethod(lambda parent, title: bundles))

    def answer(parent, preview):
        seen.append(preview)
        return list(preview.possible_duplicates)  # the trainer ticks every likely duplicate

    monkeypatch.setattr(SyncAsk, "preview", staticmethod(answer))
    with qtbot.waitSignal(actions.imported, timeout=20000) as blocker:
        actions.import_action.trigger()
    [preview] = seen
    assert len(preview.new_learners) == 3 and preview.new_attempts == 6 and len(preview.possible_duplicates) == 1
    result = blocker.args[0]
    assert result.errors == [] and len(result.imported) == 2
    assert "Imported 2 file(s): 3 new learner(s), 6 new attempt(s)" in window.messages[-1]
    assert "Merged 1 duplicate profile(s)." in window.messages[-1]
    assert len(window.ctx.store.learners()) == 3
    assert len(window.ctx.sync.merges()) == 1

    monkeypatch.setattr(SyncAsk, "choose_merge", staticmethod(lambda parent, merges: merges[0]))
    monkeypatch.setattr(Ask, "confirm", staticmethod(lambda parent, title, text: True))
    assert actions.undo_merge() is True
    assert window.ctx.sync.merges() == []
    assert "The merge was undone." in window.messages[-1]


def test_cancelling_the_preview_imports_nothing(qtbot, window, tmp_path, monkeypatch):
    fill_laptop(tmp_path / "a", [("Aliya", "judge", "almaty")])
    bundle = str(export(tmp_path / "a", tmp_path / "a.zip"))
    monkeypatch.setattr(SyncAsk, "open_paths", staticmethod(lambda parent, title: [bundle]))
    monkeypatch.setattr(SyncAsk, "preview", staticmethod(lambda parent, preview: None))
    with qtbot.waitSignal(window.sync_actions.previewed, timeout=20000):
        window.sync_actions.import_action.trigger()
    qtbot.wait(50)
    assert window.ctx.store.learners() == []


def test_a_refused_file_is_reported_by_name(qtbot, window, tmp_path, monkeypatch):
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"not a bundle")
    monkeypatch.setattr(SyncAsk, "open_paths", staticmethod(lambda parent, title: [str(bad)]))
    shown = []
    monkeypatch.setattr(SyncAsk, "preview", staticmethod(lambda parent, preview: shown.append(preview)))
    with qtbot.waitSignal(window.sync_actions.previewed, timeout=20000) as blocker:
        window.sync_actions.import_action.trigger()
    preview = blocker.args[0]
    assert not preview.importable and "bad.zip" in preview.errors[0]


def test_preview_dialog_lists_duplicates_to_tick(qtbot, tmp_path):
    fill_laptop(tmp_path / "a", [("Aliya", "judge", "almaty")])
    fill_laptop(tmp_path / "b", [("aliya", "judge", "almaty")])
    service = SyncService.open(tmp_path / "b")
    try:
        preview = service.preview_import([export(tmp_path / "a", tmp_path / "a.zip")])
    finally:
        service.close()
    dialog = sync_actions.PreviewDialog(preview)
    qtbot.addWidget(dialog)
    assert dialog.import_button.isEnabled() and dialog.duplicates.count() == 1
    assert dialog.chosen() == []
    from PySide6.QtCore import Qt

    dialog.duplicates.item(0).setCheckState(Qt.CheckState.Checked)
    assert dialog.chosen() == preview.possible_duplicates


def test_export_my_progress_and_export_all(qtbot, window, tmp_path, monkeypatch):
    [learner_id] = fill_laptop(window.ctx.data_dir, [("Aliya", "judge", "almaty")])
    window.set_learner(window.ctx.store.learner(learner_id))
    out = tmp_path / "mine"
    monkeypatch.setattr(Ask, "save_path", staticmethod(lambda parent, title, suggested, flt: str(out)))
    with qtbot.waitSignal(window.sync_actions.exported, timeout=20000) as blocker:
        window.sync_actions.export_mine_action.trigger()
    assert blocker.args[0].path == tmp_path / "mine.zip"
    assert [r["id"] for r in read_bundle(tmp_path / "mine.zip").records["learners"]] == [learner_id]
    assert "Progress saved to" in window.messages[-1]

    window.require_trainer = lambda: False  # not unlocked: nothing is asked, nothing written
    monkeypatch.setattr(Ask, "save_path", staticmethod(lambda *a: pytest.fail("asked for a file")))
    assert window.sync_actions.export_all() is None
    assert window.sync_actions.import_progress() is None
