"""Opening the progress database: WAL, foreign keys, migrations, and refusing what we cannot read.

The handle returned is a ``LightDatabase`` (sqlite-utils' ``execute``/``query``/``atomic`` without
importing sqlite-utils); when nothing is pending, opening never imports sqlite-utils at all.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from trainer import __version__
from trainer.storage.light_db import LightDatabase
from trainer.storage.migrations import SCHEMA_VERSION, migrations

DB_FILENAME = "qorgau.db"


class StorageError(Exception):
    """A database problem the user must be told about; the message names the file."""


class DatabaseTooNew(StorageError):
    def __init__(self, path: Path, found: int, supported: int, needed: str | None = None) -> None:
        self.found, self.supported, self.needed = found, supported, needed
        which = f"Qorgau {needed} or newer" if needed else f"a newer version of Qorgau (one that reads database schema {found})"
        super().__init__(
            f"{path} was written by a newer version of Qorgau (database schema {found}; "
            f"this version, {__version__}, understands up to {supported}). Install {which} to open it. "
            "Nothing was changed."
        )


class DatabaseDamaged(StorageError):
    pass


def _user_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def open_database(path: Path | str | None, check_writable: bool = True) -> LightDatabase:
    """Open (creating if needed) and migrate the database; ``None`` opens one in memory.

    ``check_writable`` tries a write that is rolled back, so a read-only database is reported
    at once rather than at the learner's first answer.
    """
    if path is None:
        db = LightDatabase.memory()
        _configure(db, memory=True)
        _migrate(db)
        return db
    path = Path(path)
    conn, _found = _connect(path, str(path), reading=False)
    db = LightDatabase(conn)
    try:
        _configure(db, memory=False)
        _migrate(db)
        if check_writable:
            _try_a_write(db)
    except sqlite3.OperationalError as exc:  # read-only folder, disk full, locked: not damage
        db.close()
        raise StorageError(_storage_message(path, exc)) from exc
    except sqlite3.DatabaseError as exc:
        db.close()
        raise DatabaseDamaged(f"{path} is damaged ({exc}).") from exc
    return db


def _connect(path: Path, target: str, reading: bool) -> tuple[sqlite3.Connection, int]:
    """A connection and the schema version it holds; a newer schema, damage or a locked or full disk are refused."""
    try:
        if reading:
            conn = sqlite3.connect(target, uri=True, timeout=5)
        else:
            from trainer.storage.integrity import GuardedConnection

            conn = sqlite3.connect(target, timeout=5, factory=GuardedConnection)
        found = _user_version(conn)
    except sqlite3.OperationalError as exc:  # missing or unreadable folder, locked: not damage
        if reading:
            from trainer.storage.faults import user_message

            raise StorageError(f"{path}: " + user_message(exc, "the progress database", reading=True)) from exc
        raise StorageError(_storage_message(path, exc)) from exc
    except sqlite3.DatabaseError as exc:
        raise DatabaseDamaged(f"{path} is not a readable Qorgau database ({exc}).") from exc
    if found > SCHEMA_VERSION:
        needed = _written_by(conn)
        conn.close()
        raise DatabaseTooNew(path, found, SCHEMA_VERSION, needed)
    return conn, found


def _storage_message(path: Path, exc: BaseException) -> str:
    """Words for a failure to open ``path``; SQLite's "disk I/O error" is checked against the disk itself."""
    from trainer.paths import write_problem
    from trainer.storage.faults import user_message

    problem = write_problem(path.parent) if path.parent.is_dir() else None
    if problem == "the disk is full":
        return f"{path}: Qorgau could not open the progress database: the disk is full. Free some space, then try again."
    return f"{path}: " + user_message(exc, "the progress database")


def open_database_readonly(path: Path | str) -> LightDatabase:
    """Open an existing database for reading only, so commands that only read work on a read-only folder.

    Where the folder can be written to, the database is opened as usual (and upgraded if it is
    older than this program). Where it cannot, SQLite is told the file is immutable: a WAL
    database otherwise needs to create its shared-memory file, which a read-only folder refuses.
    """
    path = Path(path)
    if os.access(path.parent, os.W_OK) and os.access(path, os.W_OK):
        try:
            return open_database(path, check_writable=False)
        except (DatabaseTooNew, DatabaseDamaged):
            raise
        except StorageError:
            pass  # a full disk: reading needs no space, so read it as it is
    uri = f"{path.resolve().as_uri()}?immutable=1"
    conn, found = _connect(path, uri, reading=True)
    if found < SCHEMA_VERSION:
        conn.close()
        raise StorageError(
            f"{path} was written by an older Qorgau and must be upgraded, but its folder is read-only. "
            "Open it once with this version where it can be written, then try again."
        )
    db = LightDatabase(conn)
    db.read_only_uri = uri  # further connections (one per thread, for reports) must open it the same way
    return db


def _try_a_write(db: LightDatabase) -> None:
    """A write that changes nothing and is rolled back: SQLite refuses it on a read-only database."""
    conn = db.conn
    if conn.in_transaction:
        conn.commit()
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("UPDATE settings SET value = value WHERE key = 'device_id'")
    finally:
        conn.execute("ROLLBACK")


def _written_by(conn: sqlite3.Connection) -> str | None:
    """The Qorgau version that last upgraded the schema, so an older one can say which is needed."""
    try:
        row = conn.execute("SELECT value FROM settings WHERE key = 'schema_written_by'").fetchone()
    except sqlite3.DatabaseError:
        return None
    return row[0] if row else None


def _configure(db: LightDatabase, memory: bool) -> None:
    db.execute("PRAGMA foreign_keys = ON")
    if not memory:
        db.enable_wal()
        # FULL: a committed answer survives even a power cut, not only a crash.
        db.execute("PRAGMA synchronous = FULL")


def _migrate(db: LightDatabase) -> None:
    """Apply pending migrations; finding that none is pending is a plain query (no sqlite-utils)."""
    before = db.execute("PRAGMA user_version").fetchone()[0]
    if before != SCHEMA_VERSION or migrations.pending_names(db.conn):
        migrations.apply(db)
    if before != SCHEMA_VERSION:  # writing it anyway would touch a database that needs no change
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    if before != SCHEMA_VERSION:
        db.execute(
            "INSERT INTO settings (key, value) VALUES ('schema_written_by', ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [__version__],
        )
    if not db.execute("SELECT 1 FROM settings WHERE key = 'device_id'").fetchone():
        import uuid  # here: uuid loads the platform module, and only a new database needs an id

        db.execute("INSERT INTO settings (key, value) VALUES ('device_id', ?)", [str(uuid.uuid4())])


def pending_migrations(path: Path) -> list[str]:
    """Names of migrations an existing database still needs (to decide whether to back up first)."""
    conn = sqlite3.connect(str(path))
    try:
        return migrations.pending_names(conn)
    finally:
        conn.close()
