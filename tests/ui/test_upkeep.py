"""The integrity check and start backup that run after the main window is shown: they report damage,
and closing the app while they run stops them at once and closes the database cleanly."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from tests.conftest import SAMPLE_MODULES
from trainer.services.context import AppContext
from trainer.storage import backup, integrity
from trainer.storage.backup import list_backups
from trainer.storage.database import DB_FILENAME
from trainer.ui.upkeep import Upkeep

MARKER = DB_FILENAME + integrity.MARKER_SUFFIX


def _session(data, name=None):
    """One clean run of the app's start and exit, so the next start defers its check."""
    ctx = AppContext.open(data, SAMPLE_MODULES, defer_check=True)
    work = ctx.upkeep()
    if work is not None:
        ctx.upkept(work(lambda: False))
    if name:
        ctx.learners.create(name, "police", "astana")
    ctx.close(backup=True)


def test_a_healthy_database_is_checked_and_backed_up_after_the_window_appears(qtbot, tmp_path):
    _session(tmp_path, "Aigerim")
    (tmp_path / "backups" / "state.json").unlink()  # as if the last backup's record were lost
    before = list_backups(tmp_path)
    ctx = AppContext.open(tmp_path, SAMPLE_MODULES, defer_check=True)
    upkeep = Upkeep(ctx)
    with qtbot.assertNotEmitted(upkeep.damaged), qtbot.waitSignal(upkeep.finished, timeout=10_000):
        upkeep.start()
    assert ctx.guard.gate.problem is None
    ctx.learners.create("Bolat", "police", "astana")  # writes go straight through now
    [new] = [b for b in list_backups(tmp_path) if b not in before]
    assert new.kind == "start"
    upkeep.stop()
    ctx.close(backup=True)
    assert not (tmp_path / MARKER).exists()


def test_damage_found_after_start_is_reported_and_nothing_is_written(qtbot, tmp_path):
    _session(tmp_path, "Aigerim")
    conn = sqlite3.connect(tmp_path / DB_FILENAME)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'learners'").fetchone()[0]
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    raw = bytearray((tmp_path / DB_FILENAME).read_bytes())
    raw[(root - 1) * page : root * page] = b"\xa5" * page
    (tmp_path / DB_FILENAME).write_bytes(bytes(raw))
    ctx = AppContext.open(tmp_path, SAMPLE_MODULES, defer_check=True)
    upkeep = Upkeep(ctx)
    with qtbot.waitSignal(upkeep.damaged, timeout=10_000) as found:
        upkeep.start()
    assert found.args[0]
    with pytest.raises(sqlite3.DatabaseError):
        ctx.learners.create("Bolat", "police", "astana")
    upkeep.stop()
    ctx.close(backup=True)
    assert (tmp_path / DB_FILENAME).read_bytes() == bytes(raw)
    assert (tmp_path / MARKER).exists()  # the next start checks the whole file and restores a backup


def test_closing_while_the_check_runs_stops_it_and_closes_cleanly(qtbot, tmp_path, monkeypatch):
    _session(tmp_path, "Aigerim")
    started, interrupted = threading.Event(), threading.Event()

    class Slow:
        """Stands in for the checking connection of a very large database."""

        def interrupt(self) -> None:
            interrupted.set()

    def slow_check(path, opened=None):
        opened(Slow())
        started.set()
        if not interrupted.wait(30):
            return None
        raise sqlite3.OperationalError("interrupted")

    monkeypatch.setattr(integrity, "quick_check", slow_check)
    monkeypatch.setattr(backup, "QUICK_EXIT_BACKUP_BYTES", 0)  # as large as a national database
    ctx = AppContext.open(tmp_path, SAMPLE_MODULES, defer_check=True)
    upkeep = Upkeep(ctx)
    upkeep.start()
    assert started.wait(10)
    upkeep.stop()  # the app closes: the check is interrupted, the worker ends
    assert interrupted.is_set() and upkeep.runner.pool.activeThreadCount() == 0
    ctx.close(backup=True)
    assert not (tmp_path / MARKER).exists()  # a stopped check is not damage


def test_closing_right_after_start_on_a_small_database_still_checks_it_and_backs_it_up(qtbot, tmp_path):
    _session(tmp_path, "Aigerim")
    outside = sqlite3.connect(tmp_path / DB_FILENAME)  # changed without the app since its last backup
    outside.execute("UPDATE learners SET name = 'Aigerim B.'")
    outside.commit()
    outside.close()
    ctx = AppContext.open(tmp_path, SAMPLE_MODULES, defer_check=True)
    upkeep = Upkeep(ctx)
    upkeep.start()
    upkeep.stop()  # at once, as ``--exit-after-start`` does
    ctx.close(backup=True)
    copy = sqlite3.connect(list_backups(tmp_path)[0].path)
    assert copy.execute("SELECT name FROM learners").fetchall() == [("Aigerim B.",)]
    copy.close()
