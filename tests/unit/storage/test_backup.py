"""Automatic backups, recovery from a damaged database, and upgrades that keep a copy first."""

from __future__ import annotations

import shutil
import sqlite3
import time

import pytest

from tests.conftest import FIXTURES
from trainer.storage import backup
from trainer.storage.backup import backup_at_exit, list_backups, open_guarded
from trainer.storage.database import DB_FILENAME, DatabaseTooNew, StorageError
from trainer.storage.migrations import SCHEMA_VERSION
from trainer.storage.store import ProgressStore


def run_session(data, *names):
    """Open the data folder as the app does (check deferred, then the work after the first paint:
    the check and the start backup), add learners and close cleanly (the exit backup)."""
    opened = open_guarded(data, defer_check=True)
    work = opened.work()
    if work is not None:
        opened.upkept(work(lambda: False))
    store = ProgressStore(opened.db)
    for name in names:
        store.create_learner(name, "police", "astana")
    opened.close(backup=True)
    return opened


def start_with_a_learner(data, name="Dana"):
    return run_session(data, name)


def test_a_new_database_starts_without_notices_and_without_a_backup(tmp_path):
    opened = open_guarded(tmp_path)
    assert opened.notices == [] and list_backups(tmp_path) == []
    opened.db.close()


def test_start_and_exit_backups_are_taken_and_rotated(tmp_path):
    for i in range(6):
        start_with_a_learner(tmp_path, f"learner {i}")
    kept = list_backups(tmp_path)
    assert len(kept) == backup.KEEP
    assert kept[0].kind == "exit"
    newest = sqlite3.connect(kept[0].path)
    assert newest.execute("SELECT count(*) FROM learners").fetchone()[0] == 6
    assert newest.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    newest.close()
    assert not list((tmp_path / "backups").glob("*.partial"))


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda p: p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 3]), id="truncated"),
        pytest.param(lambda p: p.write_bytes(b"\x13garbage" * 5000), id="garbage"),
        pytest.param(lambda p: p.write_bytes(b""), id="emptied"),
        pytest.param(
            lambda p: p.write_bytes(p.read_bytes()[:4096] + b"\xff" * 8192 + p.read_bytes()[12288:]),
            id="pages-overwritten",
        ),
    ],
)
def test_damaged_database_is_moved_aside_and_the_newest_backup_restored(tmp_path, damage):
    start_with_a_learner(tmp_path, "Aigerim")
    time.sleep(0.01)
    start_with_a_learner(tmp_path, "Bolat")
    newest = list_backups(tmp_path)[0]
    db_path = tmp_path / DB_FILENAME
    damage(db_path)
    (tmp_path / (DB_FILENAME + "-wal")).write_bytes(b"stale")
    opened = open_guarded(tmp_path)
    assert opened.restored_from == newest
    [notice] = opened.notices
    assert (
        "damaged" in notice and newest.taken.strftime("%Y-%m-%d %H:%M") in notice and str(opened.moved_aside) in notice
    )
    assert opened.moved_aside.exists() and opened.moved_aside.name.startswith("qorgau.damaged-")
    assert (opened.moved_aside.parent / (opened.moved_aside.name + "-wal")).read_bytes() == b"stale"
    assert sorted(learner.name for learner in ProgressStore(opened.db).learners()) == ["Aigerim", "Bolat"]
    opened.db.close()


def test_a_damaged_backup_is_skipped_for_an_older_good_one(tmp_path):
    start_with_a_learner(tmp_path, "Aigerim")
    time.sleep(0.01)
    start_with_a_learner(tmp_path, "Bolat")  # a second session: a second exit backup
    newest = list_backups(tmp_path)[0]
    newest.path.write_bytes(b"not a database" * 100)
    (tmp_path / DB_FILENAME).write_bytes(b"garbage" * 1000)
    opened = open_guarded(tmp_path)
    assert opened.restored_from is not None and opened.restored_from != newest
    assert [learner.name for learner in ProgressStore(opened.db).learners()] == ["Aigerim"]
    opened.db.close()


def test_without_a_backup_the_user_is_told_and_the_damaged_file_is_kept(tmp_path):
    db_path = tmp_path / DB_FILENAME
    db_path.write_bytes(b"garbage" * 1000)
    opened = open_guarded(tmp_path)
    [notice] = opened.notices
    assert "no automatic backup" in notice and "empty" in notice
    assert opened.moved_aside.read_bytes() == b"garbage" * 1000
    assert ProgressStore(opened.db).learners() == []
    opened.db.close()


def test_upgrade_takes_a_named_backup_first_and_keeps_every_record(tmp_path):
    shutil.copy(FIXTURES / "db" / "schema-v1.db", tmp_path / DB_FILENAME)
    old = sqlite3.connect(tmp_path / DB_FILENAME)
    tables = ("learners", "attempts", "responses", "lesson_progress", "review", "settings")
    before = {t: old.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in tables}
    old.close()
    opened = open_guarded(tmp_path)
    assert opened.upgraded_from == 1
    [notice] = opened.notices
    assert "upgraded" in notice and f"schema 1 to {SCHEMA_VERSION}" in notice
    [copy] = list_backups(tmp_path)
    assert copy.kind == "before-upgrade-from-schema-1" and str(copy.path) in notice
    held = sqlite3.connect(copy.path)
    assert held.execute("PRAGMA user_version").fetchone()[0] == 1
    held.close()
    for table, rows in before.items():
        if table == "settings":  # the upgrade adds its own settings; the old ones are all kept
            now = set(opened.db.execute("SELECT * FROM settings").fetchall())
            assert set(rows) <= now
        else:
            assert opened.db.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall() == rows
    opened.db.close()
    # The next start is an ordinary one: no upgrade message, a start backup.
    again = open_guarded(tmp_path)
    assert again.notices == [] and again.upgraded_from is None
    again.db.close()


def test_a_newer_database_is_refused_naming_the_version_needed_and_nothing_changes(tmp_path):
    start_with_a_learner(tmp_path)
    shutil.rmtree(tmp_path / "backups")
    db_path = tmp_path / DB_FILENAME
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.execute("UPDATE settings SET value = '9.4.0' WHERE key = 'schema_written_by'")
    conn.commit()
    conn.close()
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    with pytest.raises(DatabaseTooNew) as err:
        open_guarded(tmp_path)
    assert "Qorgau 9.4.0 or newer" in str(err.value) and "Nothing was changed" in str(err.value)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_a_newer_database_without_a_version_still_says_what_is_needed(tmp_path):
    db_path = tmp_path / DB_FILENAME
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 3}")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseTooNew) as err:
        open_guarded(tmp_path)
    assert f"database schema {SCHEMA_VERSION + 3}" in str(err.value)


def test_a_backup_that_cannot_be_written_is_reported_and_leaves_no_partial_file(tmp_path, monkeypatch):
    start_with_a_learner(tmp_path)
    opened = open_guarded(tmp_path)
    monkeypatch.setattr(backup.os, "replace", lambda *a: (_ for _ in ()).throw(OSError(28, "No space left on device")))
    with pytest.raises(StorageError) as err:
        backup.take_backup(opened.db.conn, tmp_path, "exit")
    assert "disk is full" in str(err.value)
    assert backup_at_exit(opened.db, tmp_path) is None
    assert not list((tmp_path / "backups").glob("*.partial"))
    opened.db.close()


def test_a_backup_is_skipped_when_nothing_changed_since_the_last_one(tmp_path):
    run_session(tmp_path, "Aigerim")
    before = list_backups(tmp_path)
    run_session(tmp_path)  # nothing written: neither a start nor an exit backup
    run_session(tmp_path)
    assert list_backups(tmp_path) == before
    outside = sqlite3.connect(tmp_path / DB_FILENAME)  # changed without the app (another tool, a crash)
    outside.execute("UPDATE learners SET name = 'Aigerim B.'")
    outside.commit()
    outside.close()
    run_session(tmp_path)
    newest = list_backups(tmp_path)[0]
    assert newest.kind == "start" and newest not in before
    copy = sqlite3.connect(newest.path)
    assert copy.execute("SELECT name FROM learners").fetchall() == [("Aigerim B.",)]
    copy.close()


def test_a_start_backup_stopped_by_closing_leaves_no_file(tmp_path):
    run_session(tmp_path, "Aigerim")
    before = list_backups(tmp_path)
    with pytest.raises(backup.BackupCancelled):
        backup.take_backup(tmp_path / DB_FILENAME, tmp_path, "start", cancelled=lambda: True)
    assert list_backups(tmp_path) == before
    assert not list((tmp_path / "backups").glob("*.partial"))


def _damage_learners_table(data):
    """Overwrite the learners table's page: the header and the schema stay readable."""
    path = data / DB_FILENAME
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'learners'").fetchone()[0]
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    raw = bytearray(path.read_bytes())
    raw[(root - 1) * page : root * page] = b"\xa5" * page
    path.write_bytes(bytes(raw))


def test_after_a_crash_the_whole_file_is_checked_before_it_is_opened(tmp_path):
    run_session(tmp_path, "Aigerim")
    crashed = open_guarded(tmp_path, defer_check=True)
    crashed.db.close()  # the process died: the in-use marker stays
    _damage_learners_table(tmp_path)
    opened = open_guarded(tmp_path, defer_check=True)
    assert opened.restored_from is not None and opened.gate is None
    assert [learner.name for learner in ProgressStore(opened.db).learners()] == ["Aigerim"]
    opened.close()


def test_writes_wait_for_the_deferred_check_and_a_damaged_database_gets_none(tmp_path):
    run_session(tmp_path, "Aigerim")
    _damage_learners_table(tmp_path)
    db_path = tmp_path / DB_FILENAME
    before = db_path.read_bytes()
    opened = open_guarded(tmp_path, defer_check=True)  # closed cleanly last time: only the header is checked
    assert opened.gate is not None  # the whole-file check runs on a thread of its own
    with pytest.raises(sqlite3.DatabaseError, match="not authorized"):
        ProgressStore(opened.db).create_learner("Bolat", "police", "astana")  # waits for the check
    assert opened.gate.problem
    result = opened.work()(lambda: False)
    assert result.problem and result.backup is None  # no backup of a damaged file
    opened.upkept(result)
    opened.close(backup=True)
    assert db_path.read_bytes() == before  # nothing was written
    assert [b.kind for b in list_backups(tmp_path)].count("start") == 1  # only the first session's
    again = open_guarded(tmp_path, defer_check=True)  # the marker was kept: checked in full, restored
    assert again.restored_from is not None
    assert [learner.name for learner in ProgressStore(again.db).learners()] == ["Aigerim"]
    again.close()


def test_a_small_databases_deferred_check_runs_while_the_window_is_built(tmp_path):
    run_session(tmp_path, "Aigerim")
    opened = open_guarded(tmp_path, defer_check=True)
    deadline = time.monotonic() + 10
    while not opened.gate.decided and time.monotonic() < deadline:  # no write and no work() starts it
        time.sleep(0.01)
    assert opened.gate.decided and opened.gate.problem is None
    opened.close()


def test_a_healthy_database_lets_held_writes_through_after_the_check(tmp_path):
    run_session(tmp_path, "Aigerim")
    opened = open_guarded(tmp_path, defer_check=True)
    ProgressStore(opened.db).create_learner("Bolat", "police", "astana")  # runs the check, then writes
    assert opened.gate.decided and opened.gate.problem is None
    opened.upkept(opened.work()(lambda: False))
    opened.close(backup=True)
    assert not (tmp_path / (DB_FILENAME + ".open")).exists()
    newest = sqlite3.connect(list_backups(tmp_path)[0].path)  # the start backup already held Bolat
    assert newest.execute("SELECT count(*) FROM learners").fetchone()[0] == 2
    newest.close()


def test_sqlite_reporting_damage_stops_writes_and_keeps_the_in_use_marker(tmp_path):
    run_session(tmp_path, "Aigerim")
    opened = open_guarded(tmp_path)
    damage = sqlite3.DatabaseError("database disk image is malformed")
    damage.sqlite_errorcode = 11  # what SQLite raises on a page it cannot read
    opened.db.conn._noticed(damage)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        ProgressStore(opened.db).create_learner("Bolat", "police", "astana")
    opened.close(backup=True)
    assert (tmp_path / (DB_FILENAME + ".open")).exists()  # the next start checks the whole file first
