"""LightDatabase behaves as sqlite-utils' Database for every call the storage layer makes.

Each scenario runs on a LightDatabase and on a sqlite_utils.Database over the same kind of
connection; the rows left behind, the transaction state and the errors raised must be the same.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import pytest
from sqlite_utils import Database

from trainer.storage.light_db import LightDatabase


def _both(scenario: Callable[[object], object]) -> tuple[object, object]:
    """Run ``scenario`` on each kind of handle; return what each returned (or raised), and the table."""
    outcomes = []
    for make in (lambda c: Database(c, execute_plugins=False), LightDatabase):
        conn = sqlite3.connect(":memory:")
        conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
        conn.commit()
        db = make(conn)
        try:
            result: object = scenario(db)
        except Exception as exc:  # the same error type is part of the behaviour
            result = type(exc)
        rows = conn.execute("SELECT id, v FROM t ORDER BY id").fetchall()
        outcomes.append((result, rows, conn.in_transaction))
        conn.close()
    return outcomes[0], outcomes[1]


def _write_in_a_block(db) -> bool:
    with db.atomic():
        db.execute("INSERT INTO t (v) VALUES ('b')")
        return db.conn.in_transaction


def _write_then_fail(db) -> None:
    with db.atomic():
        db.execute("INSERT INTO t (v) VALUES ('kept?')")
        raise RuntimeError("stop")


def _nested(db) -> None:
    with db.atomic():
        db.execute("INSERT INTO t (v) VALUES ('outer')")
        try:
            with db.atomic():
                db.execute("INSERT INTO t (v) VALUES ('inner')")
                raise ValueError("inner only")
        except ValueError:
            pass


SCENARIOS = {
    "a write outside a transaction is committed": lambda db: db.execute("INSERT INTO t (v) VALUES ('a')").rowcount,
    "a failed write leaves no transaction open": lambda db: db.execute("INSERT INTO t (id, v) VALUES ('x', 1, 2)"),
    "atomic commits": _write_in_a_block,
    "atomic rolls back on an error": _write_then_fail,
    "a nested block rolls back to its savepoint": _nested,
    "query gives dicts, duplicate names renamed": lambda db: list(db.query("SELECT 1 AS a, 2 AS a, 'x' AS b")),
    "query refuses a write and undoes it": lambda db: db.query("INSERT INTO t (v) VALUES ('no')"),
    "query refuses transaction control": lambda db: db.query("BEGIN"),
    "query runs a pragma": lambda db: list(db.query("PRAGMA user_version")),
    "query with RETURNING commits the write": lambda db: list(db.query("INSERT INTO t (v) VALUES ('r') RETURNING id")),
    "executescript outside a transaction": lambda db: (
        db.executescript("INSERT INTO t (v) VALUES ('s1'); INSERT INTO t (v) VALUES ('s2');") and None
    ),
    "executescript joins an open transaction": lambda db: (
        [
            db.conn.execute("BEGIN"),
            db.executescript("INSERT INTO t (v) VALUES ('s3');"),
            db.conn.execute("ROLLBACK"),
        ]
        and None
    ),
    "recursive triggers are on": lambda db: db.execute("PRAGMA recursive_triggers").fetchone()[0],
}


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_same_outcome_as_sqlite_utils(name):
    reference, light = _both(SCENARIOS[name])
    assert light == reference


def test_wal_is_enabled_outside_a_transaction_only(tmp_path):
    db = LightDatabase(sqlite3.connect(tmp_path / "x.db"))
    db.enable_wal()
    assert db.journal_mode == "wal"
    db.conn.execute("PRAGMA journal_mode = delete")
    db.conn.execute("CREATE TABLE t (a)")
    db.conn.execute("BEGIN")
    db.conn.execute("INSERT INTO t VALUES (1)")
    with pytest.raises(Exception, match="transaction"):
        db.enable_wal()
    db.close()


def test_anything_else_is_handed_to_sqlite_utils_on_the_same_connection():
    """The table API (used by migrations and some commands) works, and sees the same data."""
    db = LightDatabase.memory()
    db.execute("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT)")
    db["people"].insert({"name": "Aida"})
    assert db.table_names() == ["people"]
    assert db.execute("SELECT name FROM people").fetchall() == [("Aida",)]
    assert db.full.conn is db.conn
