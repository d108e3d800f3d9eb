"""Opening the progress database: WAL, foreign keys, migrations, and refusing what we cannot read."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

from sqlite_utils import Database

from trainer.storage.migrations import SCHEMA_VERSION, migrations

DB_FILENAME = "qorgau.db"


class StorageError(Exception):
    """A database problem the user must be told about; the message names the file."""


class DatabaseTooNew(StorageError):
    def __init__(self, path: Path, found: int, supported: int) -> None:
        self.found, self.supported = found, supported
        super().__init__(
            f"{path} was written by a newer version of Qorgau (database schema {found}; "
            f"this version understands up to {supported}). Install the newer version to open it. "
            "Nothing was changed."
        )


class DatabaseDamaged(StorageError):
    pass


def _user_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def open_database(path: Path | str | None) -> Database:
    """Open (creating if needed) and migrate the database; ``None`` opens one in memory."""
    if path is None:
        db = Database(memory=True, execute_plugins=False)
        _configure(db, memory=True)
        _migrate(db)
        return db
    path = Path(path)
    try:
        conn = sqlite3.connect(str(path), timeout=5)
        found = _user_version(conn)
    except sqlite3.DatabaseError as exc:
        raise DatabaseDamaged(f"{path} is not a readable Qorgau database ({exc}).") from exc
    if found > SCHEMA_VERSION:
        conn.close()
        raise DatabaseTooNew(path, found, SCHEMA_VERSION)
    db = Database(conn, execute_plugins=False)
    try:
        _configure(db, memory=False)
        _migrate(db)
    except sqlite3.DatabaseError as exc:
        db.close()
        raise DatabaseDamaged(f"{path} is damaged ({exc}).") from exc
    return db


def _configure(db: Database, memory: bool) -> None:
    db.execute("PRAGMA foreign_keys = ON")
    if not memory:
        db.enable_wal()
        # FULL: a committed answer survives even a power cut, not only a crash.
        db.execute("PRAGMA synchronous = FULL")


def _migrate(db: Database) -> None:
    migrations.apply(db)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    if not db.execute("SELECT 1 FROM settings WHERE key = 'device_id'").fetchone():
        db.execute("INSERT INTO settings (key, value) VALUES ('device_id', ?)", [str(uuid.uuid4())])


def pending_migrations(path: Path) -> list[str]:
    """Names of migrations an existing database still needs (to decide whether to back up first)."""
    db = Database(path, execute_plugins=False)
    try:
        return [m.name for m in migrations.pending(db)]
    finally:
        db.close()
