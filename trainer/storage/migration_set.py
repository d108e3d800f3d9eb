"""The list of schema migrations, and a check that none is pending that needs no sqlite-utils.

Migrations run with ``sqlite_utils.Migrations`` (each in a transaction with its record in
``_sqlite_migrations``). Most starts have nothing to migrate, and finding that out is one query,
so the migrations are collected here and sqlite-utils is imported only when one must run.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Migrations

RECORD_TABLE = "_sqlite_migrations"  # where sqlite_utils.Migrations records what it applied


@dataclass(frozen=True)
class Migration:
    name: str
    fn: Callable[[Any], None]
    transactional: bool = True


class MigrationSet:
    """Registers migrations as ``sqlite_utils.Migrations`` does (``@migrations()``), runs them with it."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._migrations: list[Migration] = []
        self._runner: Migrations | None = None

    def __call__(self, *, name: str | None = None, transactional: bool = True) -> Callable:
        def register(fn: Callable[[Any], None]) -> Callable[[Any], None]:
            migration = Migration(name or fn.__name__, fn, transactional)
            if any(m.name == migration.name for m in self._migrations):
                raise ValueError(f"Migration '{migration.name}' is already registered in set '{self.name}'")
            self._migrations.append(migration)
            self._runner = None
            return fn

        return register

    @property
    def names(self) -> list[str]:
        return [m.name for m in self._migrations]

    def pending_names(self, conn: sqlite3.Connection) -> list[str]:
        """Migrations not yet recorded in the database, read with plain SQL (nothing is written)."""
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [RECORD_TABLE]).fetchone():
            return self.names
        applied = {
            row[0] for row in conn.execute(f"SELECT name FROM {RECORD_TABLE} WHERE migration_set = ?", [self.name])
        }
        return [name for name in self.names if name not in applied]

    def pending(self, db: Any) -> list:
        """As ``sqlite_utils.Migrations.pending``: the migrations still to run (each has ``.name``)."""
        pending = set(self.pending_names(db.conn))
        return [m for m in self._migrations if m.name in pending]

    def apply(self, db: Any, **kwargs: Any) -> None:
        """Run every pending migration with ``sqlite_utils.Migrations`` (imported here)."""
        from trainer.storage.light_db import as_sqlite_utils

        self.runner().apply(as_sqlite_utils(db), **kwargs)

    def runner(self) -> Migrations:
        """The ``sqlite_utils.Migrations`` holding these migrations, in order."""
        if self._runner is None:
            from sqlite_utils import Migrations

            runner = Migrations(self.name)
            for m in self._migrations:
                runner(name=m.name, transactional=m.transactional)(m.fn)
            self._runner = runner
        return self._runner
