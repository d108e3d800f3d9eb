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


def start_with_a_learner(data, name="Dana"):
    """Open the data folder as the app does, add a learner and close cleanly (exit backup)."""
    opened = open_guarded(data)
    store = ProgressStore(opened.db)
    store.create_learner(name, "police", "astana")
    backup_at_exit(opened.db, data)
    store.close()
    return opened


def test_a_new_database_starts_without_notices_and_without_a_backup(tmp_path):
    opened = open_guarded(tmp_path)
    assert opened.notices == [] and list_backups(tmp_path) == []
    opened.db.close()


def test_start_and_exit_backups_are_taken_and_rotated(tmp_path):
    for i in range(6):
        start_with_a_learner(tmp_path, f"learner {i}")
    kept = list_backups(tmp_path)
    assert len(kept) == backup.KEEP
    assert {b.kind for b in kept} == {"start", "exit"}
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
    ProgressStore(open_guarded(tmp_path).db).close()  # a second start: a second backup
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
