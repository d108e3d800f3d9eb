"""Automatic backups of the progress database, and recovery from a damaged one.

A damaged file is moved aside (never deleted) and the newest good backup is restored; the user is
told what was restored and from when, or, if there is none, that Qorgau starts empty. Nothing here
ever starts silently empty.

How damage is found without reading the whole file at every start is in
``trainer.storage.integrity``: the header at every open, ``PRAGMA quick_check`` before opening
after a run that did not close the database (or when asked to check now), and otherwise on a
worker thread after the window is shown, with writes held until it passes.

Backups are copies in ``backups/`` (a few kept in rotation): at start, on a worker thread after
the window is shown, and at a clean exit, each skipped when the database has not changed since
the newest one (``backups/state.json`` records the file's size and modification time as it was
when last closed with nothing left unbacked); and always right before migrations change it.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from trainer.storage.database import DB_FILENAME, StorageError
from trainer.storage.faults import user_message
from trainer.storage.integrity import (
    WriteGate,
    closed_uncleanly,
    header_problem,
    header_user_version,
    mark_closed,
    mark_open,
)

BACKUP_DIRNAME = "backups"
KEEP = 5  # rotating start/exit backups
KEEP_UPGRADE = 3  # copies taken before migrations, kept apart from the rotation
STEP_PAGES = 16384  # pages copied per backup step (64 MiB with 4 KiB pages) between cancel checks
STATE_NAME = "state.json"
QUICK_EXIT_BACKUP_BYTES = 64 * 1024 * 1024  # a backup still owed is taken at exit up to this size
# A deferred check of a file up to this size starts as the database opens: it ends, on a thread of its
# own, while the window is built. A larger file's starts after the first paint (``GuardedOpen.work``).
EARLY_CHECK_BYTES = 8 * 1024 * 1024
_NAME_RE = re.compile(r"^qorgau-(\d{8}-\d{6}-\d{6})-(start|exit|before-upgrade-from-schema-\d+)\.db$")
_STAMP = "%Y%m%d-%H%M%S-%f"


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: datetime
    kind: str  # "start", "exit" or "before-upgrade-from-schema-N"


@dataclass
class Upkept:
    """What the work after start-up found: a damaged database, a backup taken, a backup that failed."""

    problem: str | None = None
    backup: Backup | None = None
    mark: tuple[int, int] | None = None
    backup_error: str | None = None


@dataclass
class GuardedOpen:
    """The opened database, what the user must be told about how it was opened, and the work
    (integrity check, backups) still owed to it; methods without "work" run on the db's thread."""

    db: Any
    notices: list[str] = field(default_factory=list)
    restored_from: Backup | None = None
    moved_aside: Path | None = None
    upgraded_from: int | None = None
    data_dir: Path | None = None
    keep: int = KEEP
    gate: WriteGate | None = None  # writes held until the deferred check passes
    latest: Backup | None = None  # a backup that holds the database as it was at ``mark``
    mark: tuple[int, int] | None = None
    opened_mark: tuple[int, int] | None = None  # ``changes()`` right after opening
    damage: str | None = None  # set once the database was found damaged while open

    @property
    def path(self) -> Path:
        assert self.data_dir is not None
        return self.data_dir / DB_FILENAME

    def changes(self) -> tuple[int, int]:
        """Rows this connection changed, and SQLite's count of other connections' commits."""
        conn = self.db.conn
        return conn.total_changes, conn.execute("PRAGMA data_version").fetchone()[0]

    def needs_backup(self) -> bool:
        return self.latest is None or self.changes() != self.mark

    def written_since_backup(self) -> bool:
        """Anything written since the newest backup, or since opening when no backup holds the
        database (then a later start's backup covers it, so a short session exits at once)."""
        return self.changes() != (self.mark if self.latest is not None else self.opened_mark)

    def work(self) -> Callable[[Callable[[], bool]], Upkept] | None:
        """The deferred integrity check and the start backup, to run on a worker thread (None: nothing to do).

        The returned callable takes a ``cancelled()`` poll and touches only its own connections.
        """
        check = self.gate is not None  # also when a write already started it: its verdict is reported here
        backup = self.data_dir is not None and self.needs_backup()
        if not (check or backup):
            return None
        mark = self.changes()
        gate, path, data_dir, keep, small = self.gate, self.path, self.data_dir, self.keep, self._small()

        def work(cancelled: Callable[[], bool]) -> Upkept:
            if check:
                assert gate is not None
                problem = gate.wait(None if small else cancelled)  # a small file's check ends in a moment
                if problem is not None:
                    return Upkept(problem=None if problem == gate.NOT_FINISHED else problem)
            if not backup:
                return Upkept()
            try:
                return Upkept(backup=take_backup(path, data_dir, "start", keep, cancelled), mark=mark)
            except BackupCancelled:
                return Upkept()
            except StorageError as exc:
                return Upkept(backup_error=str(exc))

        return work

    def _small(self) -> bool:
        """Small enough to check and copy while closing without making the user wait."""
        try:
            return self.path.stat().st_size <= QUICK_EXIT_BACKUP_BYTES
        except OSError:
            return False

    def _exit_backup_owed(self) -> bool:
        """Written to since the newest backup; or not backed up at all and small (a large one is
        left to the next start's backup, so closing stays quick)."""
        return self.written_since_backup() or (self._small() and self.needs_backup())

    def _verified(self) -> bool:
        """The whole file passed the check (at open, or the deferred one)."""
        gate = self.gate
        return gate is None or (gate.decided and gate.problem is None and not gate.unverified)

    def cancel_work(self) -> None:
        """Stop a running ``work()`` within a moment (any thread): the app is closing. The check of a
        small database is left to finish, so its exit backup can still be taken."""
        if self.gate is not None and not self.gate.decided and not self._small():
            self.gate.cancel()

    def upkept(self, result: Upkept) -> None:
        """Take in what ``work`` found (on the db's thread)."""
        if result.problem is not None:
            self.damage = result.problem
        if self.gate is not None:
            self.gate.remove()
        if result.backup is not None:
            self.latest, self.mark = result.backup, result.mark

    def close(self, backup: bool = False) -> Backup | None:
        """Close the database; ``backup`` takes the clean-exit backup first when anything was written
        since the newest backup. A database seen damaged keeps its marker (full check next start)."""
        taken = None
        gate = self.gate
        if gate is not None and not gate.decided and self._small():
            gate.wait()  # a moment on a small file: its exit backup can then be taken
        elif gate is not None and not gate.decided:
            gate.cancel()
        found = gate.problem if gate is not None and gate.problem != gate.NOT_FINISHED else None
        damaged = (self.damage or found or getattr(self.db.conn, "damage", None)) is not None
        unverified = damaged or (gate is not None and gate.unverified)
        # Never copy a file that has not passed the check: a damaged copy could push good ones out.
        if backup and self.data_dir is not None and self._verified() and not damaged and self._exit_backup_owed():
            taken = backup_at_exit(self.db, self.data_dir, self.keep)
            if taken is not None:
                self.latest, self.mark = taken, self.changes()
        current = self.latest is not None and not self.needs_backup()
        self.db.close()
        if self.data_dir is None:
            return taken
        if not unverified:
            mark_closed(self.path)
        if current and not damaged:
            assert self.latest is not None
            record_backed_up(self.data_dir, self.latest)
        else:
            (backup_dir(self.data_dir) / STATE_NAME).unlink(missing_ok=True)
        return taken


def backup_dir(data_dir: Path) -> Path:
    return data_dir / BACKUP_DIRNAME


def _parse_stamp(stamp: str) -> datetime:
    """``datetime.strptime(stamp, _STAMP)`` for a name ``_NAME_RE`` matched, without loading
    ``_strptime`` and its locale patterns (about 2 ms of every start)."""
    day, time = stamp[:8], stamp[9:]
    return datetime(
        int(day[:4]), int(day[4:6]), int(day[6:]), int(time[:2]), int(time[2:4]), int(time[4:6]), int(time[7:])
    )


def list_backups(data_dir: Path) -> list[Backup]:
    """Every automatic backup, newest first."""
    found = []
    folder = backup_dir(data_dir)
    if not folder.is_dir():
        return []
    for p in folder.iterdir():
        m = _NAME_RE.match(p.name)
        if m:
            found.append(Backup(p, _parse_stamp(m.group(1)), m.group(2)))
    return sorted(found, key=lambda b: b.taken, reverse=True)


def check(path: Path) -> tuple[str | None, int]:
    """``(problem, user_version)``: problem is None when the file passes ``PRAGMA quick_check``.

    Raises StorageError when the file cannot be read at all for a reason that is not damage
    (no permission, locked), so that a healthy database is never mistaken for a broken one.
    """
    if path.stat().st_size == 0:
        return "the file is empty", 0
    try:
        # Read-only, so that checking never changes the file or throws away its -wal.
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
    except sqlite3.OperationalError as exc:
        raise StorageError(f"{path} cannot be opened: {exc}.") from exc
    try:
        result = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except sqlite3.OperationalError as exc:
        raise StorageError(f"{path} cannot be read: {exc}.") from exc
    except sqlite3.DatabaseError as exc:
        return str(exc), 0
    finally:
        conn.close()
    if result != ["ok"]:
        return "; ".join(result[:3]), version
    if version == 0 and tables == 0:
        return "the file holds no Qorgau data", 0
    return None, version


def take_backup(
    source: sqlite3.Connection | Path,
    data_dir: Path,
    kind: str,
    keep: int = KEEP,
    cancelled: Callable[[], bool] | None = None,
) -> Backup:
    """Copy the database into backups/ (complete or not at all), then rotate.

    A path is copied on a connection of its own, so this may run on any thread: SQLite's backup
    API in steps of ``STEP_PAGES`` pages inside one read transaction, which gives one consistent
    snapshot while the app keeps writing (WAL) and lets ``cancelled`` stop it between steps.
    Raises StorageError (worded for the user) when the copy cannot be written, and
    ``BackupCancelled`` when ``cancelled`` returned True.
    """
    folder = backup_dir(data_dir)
    taken = datetime.now()
    final = folder / f"qorgau-{taken.strftime(_STAMP)}-{kind}.db"
    partial = final.with_suffix(".partial")
    own = isinstance(source, Path)
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=10) if own else source
    except sqlite3.Error as exc:
        raise StorageError(user_message(exc, "an automatic backup")) from exc
    try:
        folder.mkdir(parents=True, exist_ok=True)
        dst = sqlite3.connect(str(partial))
        try:
            if own:
                src.execute("BEGIN")
                src.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the snapshot starts here
            src.backup(dst, pages=STEP_PAGES if own else -1, progress=_stop_when(cancelled))
        finally:
            dst.close()
            if own and src.in_transaction:
                src.rollback()
        os.replace(partial, final)
    except _Stop:
        partial.unlink(missing_ok=True)
        raise BackupCancelled() from None
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        raise StorageError(user_message(exc, "an automatic backup")) from exc
    finally:
        if own:
            src.close()
    _rotate(data_dir, keep)
    return Backup(final, taken, kind)


class BackupCancelled(Exception):
    """The backup was stopped (the app is closing); nothing was written."""


class _Stop(Exception):
    pass


def _stop_when(cancelled: Callable[[], bool] | None) -> Callable[[int, int, int], None] | None:
    if cancelled is None:
        return None

    def progress(_status: int, _remaining: int, _total: int) -> None:
        if cancelled():
            raise _Stop

    return progress


# Skipping backups of an unchanged database ---------------------------------------------------------
def file_state(db_path: Path) -> dict | None:
    """Size and modification time of the closed database file; None while its WAL holds changes."""
    wal = Path(f"{db_path}-wal")
    try:
        if wal.exists() and wal.stat().st_size > 0:
            return None
        st = db_path.stat()
    except OSError:
        return None
    return {"size": st.st_size, "mtime_ns": st.st_mtime_ns}


def backed_up(data_dir: Path, state: dict | None = None) -> bool:
    """True when the newest backup holds the database as it is (``state``: its ``file_state``)."""
    state = file_state(data_dir / DB_FILENAME) if state is None else state
    if state is None:
        return False
    try:
        recorded = json.loads((backup_dir(data_dir) / STATE_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if not isinstance(recorded, dict) or recorded.get("file") != state:
        return False
    return (backup_dir(data_dir) / str(recorded.get("backup", ""))).is_file()


def record_backed_up(data_dir: Path, backup: Backup) -> None:
    """After a clean close: the file as it now is equals ``backup`` (so the next start skips one)."""
    state = file_state(data_dir / DB_FILENAME)
    target = backup_dir(data_dir) / STATE_NAME
    try:
        if state is None or not backup.path.is_file():
            target.unlink(missing_ok=True)
            return
        tmp = target.with_suffix(".tmp")
        tmp.write_text(json.dumps({"file": state, "backup": backup.path.name}), encoding="utf-8")
        os.replace(tmp, target)
    except OSError:
        pass  # the next start only takes a backup it could have skipped


def newest_rotating(data_dir: Path) -> Backup | None:
    return next((b for b in list_backups(data_dir) if b.kind in ("start", "exit")), None)


def _rotate(data_dir: Path, keep: int) -> None:
    """Delete the oldest rotating backups beyond ``keep`` (and upgrade copies beyond KEEP_UPGRADE)."""
    backups = list_backups(data_dir)
    rotating = [b for b in backups if b.kind in ("start", "exit")]
    upgrades = [b for b in backups if b.kind.startswith("before-upgrade")]
    for b in rotating[keep:] + upgrades[KEEP_UPGRADE:]:
        b.path.unlink(missing_ok=True)


def _move_aside(path: Path) -> Path:
    """Rename the damaged file (and its -wal/-shm) with a timestamp; never delete it."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
    n = 1
    while aside.exists():
        aside = path.with_name(f"{path.stem}.damaged-{stamp}-{n}{path.suffix}")
        n += 1
    try:
        os.replace(path, aside)
        for suffix in ("-wal", "-shm"):
            extra = Path(str(path) + suffix)
            if extra.exists():
                os.replace(extra, Path(str(aside) + suffix))
    except OSError as exc:
        raise StorageError(
            f"{path} is damaged and could not be moved aside ({exc.strerror}). Nothing was changed; "
            "ask IT staff to copy the data folder somewhere safe."
        ) from exc
    return aside


def _restore(backup: Backup, path: Path) -> None:
    src = sqlite3.connect(f"file:{backup.path}?mode=ro", uri=True)
    dst = sqlite3.connect(str(path))
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def _when(taken: datetime) -> str:
    return taken.strftime("%Y-%m-%d %H:%M")


def open_guarded(data_dir: Path, keep: int = KEEP, defer_check: bool = False) -> GuardedOpen:
    """Check, recover, migrate and open the database in ``data_dir``.

    ``defer_check`` (the app's window) skips the whole-file check when the last run closed the
    database cleanly: the header is checked, and ``GuardedOpen.work()`` runs the full check later
    while a ``WriteGate`` holds writes. Otherwise the full check runs here, before opening.
    Raises StorageError (including DatabaseTooNew, which changes nothing) when it cannot open.
    """
    from trainer.storage.database import DatabaseDamaged, DatabaseTooNew, open_database
    from trainer.storage.migrations import SCHEMA_VERSION

    path = data_dir / DB_FILENAME
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(f"{data_dir}: " + user_message(exc, "the progress database")) from exc
    notices: list[str] = []
    restored: Backup | None = None
    aside: Path | None = None
    found = None
    deferred = False
    if path.exists():
        problem, found = header_problem(path), header_user_version(path)
        if problem is None and found > SCHEMA_VERSION:
            open_database(path)  # raises DatabaseTooNew naming the version needed; changes nothing
            raise DatabaseTooNew(path, found, SCHEMA_VERSION)  # pragma: no cover - open_database raised
        if problem is None and (not defer_check or closed_uncleanly(path) or found < SCHEMA_VERSION):
            problem, found = check(path)
            if problem is None and found > SCHEMA_VERSION:
                open_database(path)
                raise DatabaseTooNew(path, found, SCHEMA_VERSION)  # pragma: no cover - open_database raised
        elif problem is None:
            deferred = True
        if problem is not None:
            deferred = False
            aside = _move_aside(path)
            for candidate in list_backups(data_dir):
                ok, version = check(candidate.path)
                if ok is None and version <= SCHEMA_VERSION:
                    _restore(candidate, path)
                    restored = candidate
                    break
            if restored is not None:
                notices.append(
                    f"The progress database was damaged ({problem}). Qorgau restored the automatic backup "
                    f"taken on {_when(restored.taken)}; answers given after that time are missing. "
                    f"The damaged file was kept as {aside}."
                )
                found = check(path)[1]
            else:
                notices.append(
                    f"The progress database was damaged ({problem}) and there is no automatic backup to restore. "
                    f"Qorgau starts with an empty database; the damaged file was kept as {aside} "
                    "(IT staff may be able to recover it)."
                )
                found = None
    latest = _recorded_backup(data_dir) if found is not None and restored is None and backed_up(data_dir) else None
    upgrade_backup = None
    if found is not None and found < SCHEMA_VERSION:
        upgrade_backup = take_backup(path, data_dir, f"before-upgrade-from-schema-{found}", keep)
        latest = None
    try:
        db = open_database(path)
    except DatabaseDamaged:
        if not deferred:
            raise
        return open_guarded(data_dir, keep)  # the header looked whole but the file is not: check, restore
    mark_open(path)
    result = GuardedOpen(db, notices, restored, aside, data_dir=data_dir, keep=keep, latest=latest)
    result.opened_mark = result.changes()
    if latest is not None:
        result.mark = result.opened_mark
    if deferred:
        result.gate = WriteGate(db.conn, path)  # holds every write until the check's verdict
        with contextlib.suppress(OSError):
            if path.stat().st_size <= EARLY_CHECK_BYTES:
                result.gate.start()
    if upgrade_backup is not None:
        result.upgraded_from = found
        notices.append(
            f"Qorgau was upgraded and its progress database was updated (schema {found} to {SCHEMA_VERSION}). "
            f"A copy of the database as it was is kept at {upgrade_backup.path}."
        )
    return result


def _recorded_backup(data_dir: Path) -> Backup | None:
    try:
        name = json.loads((backup_dir(data_dir) / STATE_NAME).read_text(encoding="utf-8"))["backup"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return next((b for b in list_backups(data_dir) if b.path.name == name), None)


def backup_at_exit(db: Any, data_dir: Path, keep: int = KEEP) -> Backup | None:
    """The clean-exit backup; a failure is returned as None (the database itself is intact)."""
    try:
        return take_backup(db.conn, data_dir, "exit", keep)
    except StorageError:
        return None
