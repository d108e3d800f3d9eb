"""Keeping writes away from a damaged database without a whole-file check on the start path.

``PRAGMA quick_check`` reads every page: seconds on a large database. Instead:

* the file's 100-byte header is checked before it is opened (a torn, emptied or foreign file);
* a marker file says the database is in use; one left behind means the last run ended without
  closing it (a crash or a power cut), and then the full check runs before anything is opened;
* otherwise the full check runs on a worker thread after the window is shown, on its own
  read-only connection, while a ``WriteGate`` on the app's connection holds every write until the
  check has passed and refuses them for good if it fails;
* SQLite's own "malformed" errors on any statement stop all writes on that connection and leave
  the marker in place, so the next start runs the full check (and restores the newest good
  backup if it fails).
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

MARKER_SUFFIX = ".open"  # qorgau.db.open: the database is in use (removed at a clean close)
_MAGIC = b"SQLite format 3\x00"
_DAMAGE_CODES = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB

# Authorizer actions that change the database file.
_WRITES = {
    getattr(sqlite3, name)
    for name in dir(sqlite3)
    if name.startswith(("SQLITE_INSERT", "SQLITE_UPDATE", "SQLITE_DELETE", "SQLITE_CREATE_", "SQLITE_DROP_"))
    or name in ("SQLITE_ALTER_TABLE", "SQLITE_REINDEX", "SQLITE_ANALYZE")
}
_TEMP = {getattr(sqlite3, n) for n in dir(sqlite3) if n.startswith(("SQLITE_CREATE_TEMP_", "SQLITE_DROP_TEMP_"))}


def marker_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + MARKER_SUFFIX)


def closed_uncleanly(db_path: Path) -> bool:
    """True when the last run that opened ``db_path`` did not close it (or saw it damaged)."""
    return marker_path(db_path).exists()


def mark_open(db_path: Path) -> None:
    """Say the database is in use (a folder that refuses the marker refused the database's own
    test write already, so nothing is written there without it)."""
    with contextlib.suppress(OSError):
        marker_path(db_path).touch()


def mark_closed(db_path: Path) -> None:
    with contextlib.suppress(OSError):
        marker_path(db_path).unlink(missing_ok=True)


def header_problem(path: Path) -> str | None:
    """What is wrong with the file's header (None when it looks like an intact SQLite database)."""
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError:
        return None  # unreadable is not damage: opening it reports the real reason
    if size == 0:
        return "the file is empty"
    if len(header) < 100 or not header.startswith(_MAGIC):
        return "the file is not a SQLite database"
    page = int.from_bytes(header[16:18], "big")
    page = 65536 if page == 1 else page
    if page < 512 or page & (page - 1):
        return "the file's header is damaged"
    if size % page:
        return "the file is cut short"
    return None


def header_user_version(path: Path) -> int:
    """``PRAGMA user_version`` read from the header (offset 60), without opening the file."""
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError:
        return 0
    return int.from_bytes(header[60:64], "big") if len(header) == 100 else 0


def quick_check(path: Path, opened: Callable[[sqlite3.Connection], None] | None = None) -> str | None:
    """``PRAGMA quick_check`` on its own read-only connection: None when it passes.

    ``opened(conn)`` receives the connection first, so another thread can ``interrupt()`` it,
    which stops the check at once with ``sqlite3.OperationalError('interrupted')``.
    """
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5, check_same_thread=False)
    try:
        if opened is not None:
            opened(conn)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
        except sqlite3.OperationalError:
            raise
        except sqlite3.DatabaseError as exc:
            return str(exc)
    finally:
        conn.close()
    return None if rows == ["ok"] else "; ".join(rows[:3])


class WriteGate:
    """Holds every write on one connection until the whole-file check, run on a thread of its own,
    gives its verdict; refuses them for good if it found damage.

    SQLite asks the authorizer about each statement it prepares; write actions wait here for the
    verdict (starting the check if nothing has started it yet, so a write can never wait for a
    check that is not running). Reads go through at once. Installing an authorizer expires the
    connection's prepared statements, so none prepared earlier can slip past it.
    """

    NOT_FINISHED = "the check did not finish"

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path
        self.problem: str | None = None
        self.unverified = False  # the check could not run (not damage): the next start checks first
        self._verdict = threading.Event()
        self._cancel = threading.Event()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._checking: sqlite3.Connection | None = None
        conn.set_authorizer(self._authorize)

    @property
    def decided(self) -> bool:
        return self._verdict.is_set()

    def start(self) -> None:
        """Start the check on its own thread (once)."""
        with self._lock:
            if self._thread is None and not self.decided:
                self._thread = threading.Thread(target=self._check, name="qorgau-quick-check", daemon=True)
                self._thread.start()

    def wait(self, cancelled: Callable[[], bool] | None = None) -> str | None:
        """Start the check if needed and wait for its verdict; ``cancelled()`` True stops it."""
        self.start()
        while not self._verdict.wait(0.05):
            if cancelled is not None and cancelled():
                self.cancel()
        return self.problem

    def cancel(self) -> None:
        """Stop the check (the app is closing); writes are refused from then on."""
        with self._lock:
            self._cancel.set()
            thread = self._thread
            if self._checking is not None:
                with contextlib.suppress(sqlite3.ProgrammingError):  # closed just now
                    self._checking.interrupt()
        if thread is not None:
            thread.join()
        if not self.decided:
            self.decide(self.NOT_FINISHED)

    def decide(self, problem: str | None) -> None:
        """The verdict (any thread): None lets the held writes through, else refuses them."""
        self.problem = problem
        self._verdict.set()

    def remove(self) -> None:
        """Drop the authorizer once writes are allowed (on the connection's own thread)."""
        if self.decided and self.problem is None:
            self.conn.set_authorizer(None)

    def _check(self) -> None:
        try:
            problem = quick_check(self.path, self._opened)
        except sqlite3.Error:
            if self._cancel.is_set():
                problem = self.NOT_FINISHED
            else:  # locked or unreadable: not damage, so do not lock the user out; check at next start
                self.unverified, problem = True, None
        with self._lock:
            self._checking = None
        self.decide(problem)

    def _opened(self, conn: sqlite3.Connection) -> None:
        with self._lock:
            self._checking = conn
            if self._cancel.is_set():
                conn.interrupt()

    def _authorize(self, action: int, _arg1: object, _arg2: object, schema: str | None, _source: object) -> int:
        if action in _WRITES and action not in _TEMP and schema != "temp":
            if not self._verdict.is_set():
                self.wait()
            if self.problem is not None:
                return sqlite3.SQLITE_DENY
        return sqlite3.SQLITE_OK


class GuardedConnection(sqlite3.Connection):
    """A connection that notices SQLite's "malformed" errors on any statement: from then on it
    refuses writes (``PRAGMA query_only``) and ``damage`` says why, so the in-use marker is kept
    and the next start checks the whole file (and restores the newest good backup if it fails)."""

    damage: str | None = None

    def _noticed(self, exc: sqlite3.DatabaseError) -> None:
        if getattr(exc, "sqlite_errorcode", None) in _DAMAGE_CODES and self.damage is None:
            self.damage = str(exc)
            try:
                super().execute("PRAGMA query_only = ON")
            except sqlite3.Error:
                pass

    def execute(self, *args, **kwargs):  # type: ignore[override]
        try:
            return super().execute(*args, **kwargs)
        except sqlite3.DatabaseError as exc:
            self._noticed(exc)
            raise

    def executemany(self, *args, **kwargs):  # type: ignore[override]
        try:
            return super().executemany(*args, **kwargs)
        except sqlite3.DatabaseError as exc:
            self._noticed(exc)
            raise

    def executescript(self, *args, **kwargs):  # type: ignore[override]
        try:
            return super().executescript(*args, **kwargs)
        except sqlite3.DatabaseError as exc:
            self._noticed(exc)
            raise

    def commit(self) -> None:
        try:
            super().commit()
        except sqlite3.DatabaseError as exc:
            self._noticed(exc)
            raise
