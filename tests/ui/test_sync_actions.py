"""The progress-bundle menu actions, with every dialog answered by the test."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.conftest import SAMPLE_MODULES
from tests.sync_helpers import fill_laptop
from trainer.services.context import AppContext
from trainer.services.sync import SyncService
from trainer.sync.bundle import read_bundle
from trainer.ui import sync_actions
from trainer.ui.dialogs import Ask
from trainer.ui.main_window import MainWindow
from trainer.ui.sync_actions import ImportChoice, SyncAsk


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
    assert "&About this computer…" in texts(window.profile_menu)
    assert texts(window.profile_menu)[-1] == "&Quit"
    trainer = texts(window.trainer_menu)
    for label in ("&Export all progress…", "&Import progress…", "Import co&nflicts…", "&Undo a learner merge…"):
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
        # The trainer compared both fingerprints, trusts both laptops and ticks every likely duplicate.
        dialog = sync_actions.PreviewDialog(preview, parent)
        qtbot.addWidget(dialog)
        assert dialog.trust.count() == 2 and "Trust the key" in dialog.trust.item(0).text()
        for widget in (dialog.trust, dialog.duplicates):
            for i in range(widget.count()):
                widget.item(i).setCheckState(Qt.CheckState.Checked)
        return dialog.chosen()

    monkeypatch.setattr(SyncAsk, "preview", staticmethod(answer))
    with qtbot.waitSignal(actions.imported, timeout=20000) as blocker:
        actions.import_action.trigger()
    [preview] = seen
    assert len(preview.new_learners) == 3 and preview.new_attempts == 3 and len(preview.possible_duplicates) == 1
    assert len(preview.untrusted) == 2
    result = blocker.args[0]
    assert result.errors == [] and len(result.imported) == 2
    assert "Imported 2 file(s): 3 new learner(s), 3 new attempt(s)" in window.messages[-1]
    assert "Trusted from now on:" in window.messages[-1]
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
    assert dialog.chosen() == ImportChoice()
    dialog.duplicates.item(0).setCheckState(Qt.CheckState.Checked)
    assert dialog.chosen().duplicates == preview.possible_duplicates
    [untrusted] = preview.untrusted
    assert untrusted.fingerprint in dialog.trust.item(0).text()
    dialog.trust.item(0).setCheckState(Qt.CheckState.Checked)
    assert dialog.chosen().decisions.trust == {untrusted.public_key}


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


def test_about_this_computer_shows_the_fingerprint_a_trainer_compares(qtbot, window, tmp_path):
    """The fingerprint the learner reads out is the one the trainer's preview shows for their file."""
    window.sync_actions.about_device_action.trigger()
    shown = window.messages[-1]
    fingerprint = window.ctx.sync.this_device().fingerprint
    assert fingerprint in shown and window.ctx.sync.device_id in shown
    bundle = export(window.ctx.data_dir, tmp_path / "mine.zip")
    from tests.sync_helpers import open_sync

    trainer = open_sync(tmp_path / "other")
    try:
        [info] = trainer.preview_import([bundle]).bundles
    finally:
        trainer.close()
    assert info.fingerprint == fingerprint and not info.trusted


def test_conflicts_are_listed_read_only(qtbot, window, tmp_path, monkeypatch):
    from tests.sync_helpers import import_trusted

    [learner_id] = fill_laptop(tmp_path / "a", [("Aliya", "judge", "almaty")])
    first = export(tmp_path / "a", tmp_path / "a.zip")
    import_trusted(window.ctx.data_dir, first)
    shown = []
    monkeypatch.setattr(SyncAsk, "show_text", staticmethod(lambda parent, title, text: shown.append(text)))
    assert window.sync_actions.show_conflicts() is True
    assert "No conflicts" in window.messages[-1] and shown == []
    from trainer.services.learners import LearnerService
    from trainer.storage.database import DB_FILENAME, open_database
    from trainer.storage.store import ProgressStore

    store = ProgressStore(open_database(tmp_path / "a" / DB_FILENAME))
    LearnerService(store).edit(learner_id, "Aliya Kasymova", "judge", "almaty", "", None)
    store.close()
    import_trusted(window.ctx.data_dir, export(tmp_path / "a", tmp_path / "a2.zip"))
    assert window.sync_actions.show_conflicts() is True
    [text] = shown
    assert f"Learner {learner_id} differs from the record here" in text and "Aliya Kasymova" in text


def test_an_untrusted_file_left_unticked_is_skipped(qtbot, window, tmp_path, monkeypatch):
    fill_laptop(tmp_path / "a", [("Aliya", "judge", "almaty")])
    bundle = str(export(tmp_path / "a", tmp_path / "a.zip"))
    monkeypatch.setattr(SyncAsk, "open_paths", staticmethod(lambda parent, title: [bundle]))
    monkeypatch.setattr(SyncAsk, "preview", staticmethod(lambda parent, preview: ImportChoice()))
    with qtbot.waitSignal(window.sync_actions.imported, timeout=20000) as blocker:
        window.sync_actions.import_action.trigger()
    assert blocker.args[0].imported == [] and blocker.args[0].errors == []
    assert "Skipped (their computers are not trusted): a.zip." in window.messages[-1]
    assert window.ctx.store.learners() == []
