"""One SQLite connection per thread for read-only queries (a connection belongs to its thread)."""

from __future__ import annotations

import sqlite3
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from trainer.storage.light_db import LightDatabase as Database


class ThreadConnections:
    """Connections to the file behind ``db``, one per thread; an in-memory ``db`` is shared as is."""

    def __init__(self, db: Database) -> None:
        self.db = db
        row = db.conn.execute("PRAGMA database_list").fetchone()
        self.path: str | None = row[2] if row and row[2] else None
        self._uri: str | None = getattr(db, "read_only_uri", None)
        self._local = threading.local()
        self._own: list[tuple[int, sqlite3.Connection]] = []  # (thread ident, connection)
        self._lock = threading.Lock()
        self._shared_state: dict = {}

    def get(self) -> sqlite3.Connection:
        if self.path is None:
            return self.db.conn
        conn = getattr(self._local, "conn", None)
        if conn is None:
            if self._uri is not None:
                conn = sqlite3.connect(self._uri, uri=True, timeout=10, check_same_thread=False)
            else:
                conn = sqlite3.connect(self.path, timeout=10, check_same_thread=False)
            self._local.conn = conn
            with self._lock:
                self._own.append((threading.get_ident(), conn))
        return conn

    def state(self) -> dict:
        """A dict that lives as long as this thread's connection (for caches tied to it)."""
        if self.path is None:
            return self._shared_state
        return self._local.__dict__.setdefault("state", {})

    def close(self) -> None:
        """Close this thread's connection; interrupt the others' queries and leave them to their threads.

        Closing a connection while another thread is in the middle of a query on it crashes the
        process (seen when a window closed while a report was still being computed).
        """
        me = threading.get_ident()
        with self._lock:
            for owner, conn in self._own:
                if owner == me:
                    conn.close()
                else:
                    conn.interrupt()
            self._own.clear()
        self._local = threading.local()
