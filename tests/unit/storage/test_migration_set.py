"""An up-to-date database opens without sqlite-utils; one with a migration missing is migrated."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from tests.conftest import ROOT
from trainer.storage.database import open_database, pending_migrations
from trainer.storage.light_db import LightDatabase
from trainer.storage.migration_set import MigrationSet
from trainer.storage.migrations import SCHEMA_VERSION, migrations


def test_nothing_is_pending_after_opening(tmp_path):
    path = tmp_path / "qorgau.db"
    open_database(path).close()
    assert pending_migrations(path) == []
    conn = sqlite3.connect(path)
    try:
        assert migrations.pending_names(conn) == []
    finally:
        conn.close()


def test_a_migration_set_runs_what_is_pending_and_only_that():
    demo = MigrationSet("demo")

    @demo()
    def m1(db) -> None:
        db.execute("CREATE TABLE a (x)")

    db = LightDatabase.memory()
    assert demo.pending_names(db.conn) == ["m1"]
    demo.apply(db)
    assert demo.pending_names(db.conn) == [] and [m.name for m in demo.pending(db)] == []

    @demo()
    def m2(db) -> None:
        db.execute("CREATE TABLE b (x)")

    assert demo.pending_names(db.conn) == ["m2"]
    demo.apply(db)  # m1 is not run again (it would fail: table a exists)
    assert {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")} >= {"a", "b"}
    with pytest.raises(ValueError, match="already registered"):
        demo(name="m1")(m1)


def test_a_migration_that_fails_leaves_nothing_and_stays_pending():
    demo = MigrationSet("demo")

    @demo()
    def m1(db) -> None:
        db.execute("CREATE TABLE a (x)")
        raise RuntimeError("half way")

    db = LightDatabase.memory()
    with pytest.raises(RuntimeError):
        demo.apply(db)
    assert demo.pending_names(db.conn) == ["m1"]
    assert not db.execute("SELECT 1 FROM sqlite_master WHERE name = 'a'").fetchone()


def test_a_database_behind_the_schema_version_is_brought_up_to_date(tmp_path):
    path = tmp_path / "qorgau.db"
    open_database(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    open_database(path).close()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        conn.close()


def test_opening_an_up_to_date_database_does_not_import_sqlite_utils(tmp_path):
    path = tmp_path / "qorgau.db"
    open_database(path).close()
    code = (
        "import sys; from trainer.storage.database import open_database; "
        f"db = open_database({str(path)!r}); db.execute('SELECT 1'); db.close(); "
        "print('sqlite_utils' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "False"
