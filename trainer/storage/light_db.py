"""The progress database's handle on the start path: sqlite-utils' transaction rules without its import.

Importing sqlite-utils pulls in click, pluggy and dateutil: about 50 ms and 13 MiB before the
first window, for a storage layer that only calls ``execute``, ``query``, ``atomic`` and ``conn``.
``LightDatabase`` gives those (and ``executescript``, ``enable_wal``, ``close``) the exact
semantics of sqlite-utils 4's ``Database`` on the same ``sqlite3.Connection``; anything else
(``db["table"]``, ``db.table_names()``, running migrations) is handed to a real
``sqlite_utils.Database`` over that connection, built and imported on first use. Transaction
state lives on the connection, so the two can be mixed freely. tests/unit/storage/test_light_db.py
runs the same operations through both and compares.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Generator, Iterable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database

# As sqlite-utils 4 (sqlite_utils.db): statements that never return rows.
_TRANSACTION_CONTROL = {"BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE"}
_QUERY_REJECTED = _TRANSACTION_CONTROL | {"VACUUM", "ATTACH", "DETACH"}
_NO_ROWS = "query() can only be used with SQL that returns rows - use execute() for other statements"


class TransactionError(Exception):
    """An operation that would silently commit the open transaction (as sqlite-utils refuses it)."""


class LightDatabase:
    """``execute``/``query``/``atomic`` over one connection, as ``sqlite_utils.Database`` does them."""

    read_only_uri: str | None = None
    """Set for a database opened read-only, so per-thread connections open it the same way; a
    class default so that asking for it never builds the full sqlite-utils object."""

    def __init__(self, conn: sqlite3.Connection, recursive_triggers: bool = True) -> None:
        self.conn = conn
        self._full: Database | None = None
        if recursive_triggers:  # sqlite-utils' default, which the report triggers rely on
            self.execute("PRAGMA recursive_triggers=on;")

    @classmethod
    def memory(cls) -> LightDatabase:
        return cls(sqlite3.connect(":memory:"))

    # The sqlite-utils API the storage layer uses ------------------------------------------------
    def execute(self, sql: str, parameters: Sequence | dict[str, Any] | None = None) -> sqlite3.Cursor:
        """Run one statement; a write outside a transaction is committed at once."""
        was_in_transaction = self.conn.in_transaction
        try:
            cursor = self.conn.execute(sql) if parameters is None else self.conn.execute(sql, parameters)
        except Exception:
            if not was_in_transaction and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")  # the failed statement's implicit transaction
            raise
        if (
            not was_in_transaction
            and self.conn.in_transaction
            and cursor.description is None
            and _first_keyword(sql) not in _TRANSACTION_CONTROL
        ):
            self.conn.execute("COMMIT")
        return cursor

    def query(self, sql: str, params: Sequence | dict[str, Any] | None = None) -> Generator[dict, None, None]:
        """Rows as dicts; executed at once, fetched lazily. Raises ValueError for SQL without rows
        (rolled back first, as sqlite-utils does)."""
        keyword = _first_keyword(sql)
        if keyword in _QUERY_REJECTED:
            raise ValueError(_NO_ROWS)
        args: tuple = (params,) if params is not None else ()
        if keyword == "PRAGMA":  # some pragmas refuse to run inside a transaction
            if self.conn.in_transaction:
                cursor = self.conn.execute(sql, *args)
            else:
                with self.ensure_autocommit_on():
                    cursor = self.conn.execute(sql, *args)
            if cursor.description is None:
                raise ValueError(_NO_ROWS)
            keys = _dedupe_keys(d[0] for d in cursor.description)
            return (dict(zip(keys, row, strict=True)) for row in cursor)
        self.conn.execute('SAVEPOINT "sqlite_utils_query"')
        released = False
        try:
            cursor = self.conn.execute(sql, *args)
            if cursor.description is None:
                raise ValueError(_NO_ROWS)
            keys = _dedupe_keys(d[0] for d in cursor.description)
            try:
                self.conn.execute('RELEASE "sqlite_utils_query"')
                released = True
            except sqlite3.OperationalError:  # INSERT ... RETURNING with rows still unfetched
                fetched = cursor.fetchall()
                self.conn.execute('RELEASE "sqlite_utils_query"')
                released = True
                return (dict(zip(keys, row, strict=True)) for row in fetched)
            return (dict(zip(keys, row, strict=True)) for row in cursor)
        finally:
            if not released and self.conn.in_transaction:
                self.conn.execute('ROLLBACK TO "sqlite_utils_query"')
                self.conn.execute('RELEASE "sqlite_utils_query"')

    def executescript(self, sql: str) -> sqlite3.Cursor:
        """Several statements; inside a transaction they join it (no implicit commit)."""
        if self.conn.in_transaction:
            cursor = self.conn.cursor()
            for statement in _complete_statements(sql):
                cursor.execute(statement)
            return cursor
        return self.conn.executescript(sql)

    @contextlib.contextmanager
    def atomic(self) -> Generator[LightDatabase, None, None]:
        """One transaction; nested blocks are savepoints."""
        if self.conn.in_transaction:
            savepoint = f"sqlite_utils_{os.urandom(16).hex()}"  # as sqlite-utils names them
            self.conn.execute(f"SAVEPOINT {savepoint};")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:  # a RAISE(ROLLBACK) may have ended it already
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint};")
                    self.conn.execute(f"RELEASE SAVEPOINT {savepoint};")
                raise
            else:
                self.conn.execute(f"RELEASE SAVEPOINT {savepoint};")
        else:
            self.conn.execute("BEGIN")
            try:
                yield self
            except BaseException:
                self.rollback()
                raise
            else:
                try:
                    self.conn.execute("COMMIT")
                except BaseException:
                    self.rollback()
                    raise

    def begin(self) -> None:
        self.execute("BEGIN")

    def commit(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("COMMIT")

    def rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    @contextlib.contextmanager
    def ensure_autocommit_on(self) -> Generator[None, None, None]:
        if self.conn.in_transaction:
            raise TransactionError("ensure_autocommit_on() cannot be used inside a transaction")
        old = self.conn.isolation_level
        try:
            self.conn.isolation_level = None
            yield
        finally:
            self.conn.isolation_level = old

    @property
    def journal_mode(self) -> str:
        return self.execute("PRAGMA journal_mode;").fetchone()[0]

    def enable_wal(self) -> None:
        if self.journal_mode != "wal":
            if self.conn.in_transaction:
                raise TransactionError("enable_wal() cannot be used while a transaction is open")
            with self.ensure_autocommit_on():
                self.execute("PRAGMA journal_mode=wal;")

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> LightDatabase:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # Everything else: a real sqlite_utils.Database over the same connection ----------------------
    @property
    def full(self) -> Database:
        """``sqlite_utils.Database`` on this connection (imports sqlite-utils the first time)."""
        if self._full is None:
            from sqlite_utils import Database

            self._full = Database(self.conn, execute_plugins=False)
        return self._full

    def __getitem__(self, table: str) -> Any:
        return self.full[table]

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name in ("_full", "conn"):
            raise AttributeError(name)
        return getattr(self.full, name)


def as_sqlite_utils(db: Any) -> Database:
    """A ``sqlite_utils.Database`` for ``db`` (itself, or the one behind a LightDatabase)."""
    return db.full if isinstance(db, LightDatabase) else db


def _first_keyword(sql: str) -> str:
    """The statement's first keyword, upper-cased, past whitespace, comments, bare ``;`` and a BOM."""
    i, n = 0, len(sql)
    while i < n:
        if sql[i].isspace() or sql[i] in (";", "\ufeff"):
            i += 1
        elif sql.startswith("--", i):
            newline = sql.find("\n", i)
            if newline == -1:
                return ""
            i = newline + 1
        elif sql.startswith("/*", i):
            end = sql.find("*/", i + 2)
            if end == -1:
                return ""
            i = end + 2
        else:
            break
    j = i
    while j < n and (sql[j].isalpha() or sql[j] == "_"):
        j += 1
    return sql[i:j].upper()


def _dedupe_keys(keys: Iterable[str]) -> list[str]:
    """Column names made unique as sqlite-utils does: later repeats get ``_2``, ``_3``..."""
    keys = list(keys)
    taken = set(keys)
    if len(taken) == len(keys):
        return keys
    seen: set[str] = set()
    result = []
    for key in keys:
        if key in seen:
            new_key, suffix = key, 2
            while new_key in seen or new_key in taken:
                new_key = f"{key}_{suffix}"
                suffix += 1
            key = new_key
        seen.add(key)
        result.append(key)
    return result


def _complete_statements(sql: str) -> Generator[str, None, None]:
    statement: list[str] = []
    for char in sql:
        statement.append(char)
        text = "".join(statement).strip()
        if text and sqlite3.complete_statement(text):
            yield text
            statement = []
    text = "".join(statement).strip()
    if text:
        yield text
