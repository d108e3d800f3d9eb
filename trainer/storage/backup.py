"""Automatic backups of the progress database, and recovery from a damaged one.

At start the database is checked (``PRAGMA quick_check``). A damaged file is moved aside (never
deleted) and the newest good backup is restored; the user is told what was restored and from
when, or, if there is none, that Qorgau starts empty. A healthy database is copied into
``backups/`` with SQLite's backup API at start and at clean exit (a few kept in rotation), and
always right before migrations change it. Nothing here ever starts silently empty.
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from trainer.storage.database import DB_FILENAME, StorageError
from trainer.storage.faults import user_message

BACKUP_DIRNAME = "backups"
KEEP = 5  # rotating start/exit backups
KEEP_UPGRADE = 3  # copies taken before migrations, kept apart from the rotation
_NAME_RE = re.compile(r"^qorgau-(\d{8}-\d{6}-\d{6})-(start|exit|before-upgrade-from-schema-\d+)\.db$")
_STAMP = "%Y%m%d-%H%M%S-%f"


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: datetime
    kind: str  # "start", "exit" or "before-upgrade-from-schema-N"


@dataclass
class GuardedOpen:
    """The opened database and what the user must be told about how it was opened."""

    db: Any
    notices: list[str] = field(default_factory=list)
    restored_from: Backup | None = None
    moved_aside: Path | None = None
    upgraded_from: int | None = None


def backup_dir(data_dir: Path) -> Path:
    return data_dir / BACKUP_DIRNAME


def list_backups(data_dir: Path) -> list[Backup]:
    """Every automatic backup, newest first."""
    found = []
    folder = backup_dir(data_dir)
    if not folder.is_dir():
        return []
    for p in folder.iterdir():
        m = _NAME_RE.match(p.name)
        if m:
            found.append(Backup(p, datetime.strptime(m.group(1), _STAMP), m.group(2)))
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


def take_backup(source: sqlite3.Connection | Path, data_dir: Path, kind: str, keep: int = KEEP) -> Backup:
    """Copy the database with SQLite's backup API into backups/ (complete or not at all).

    Raises StorageError (worded for the user) when the copy cannot be written.
    """
    folder = backup_dir(data_dir)
    taken = datetime.now()
    final = folder / f"qorgau-{taken.strftime(_STAMP)}-{kind}.db"
    partial = final.with_suffix(".partial")
    own = isinstance(source, Path)
    src = sqlite3.connect(str(source)) if own else source
    try:
        folder.mkdir(parents=True, exist_ok=True)
        dst = sqlite3.connect(str(partial))
        try:
            src.backup(dst)
        finally:
            dst.close()
        os.replace(partial, final)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        raise StorageError(user_message(exc, "an automatic backup")) from exc
    finally:
        if own:
            src.close()
    _rotate(data_dir, keep)
    return Backup(final, taken, kind)


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


def open_guarded(data_dir: Path, keep: int = KEEP) -> GuardedOpen:
    """Check, recover or back up, migrate and open the database in ``data_dir``.

    Raises StorageError (including DatabaseTooNew, which changes nothing) when it cannot open.
    """
    from trainer.storage.database import DatabaseTooNew, open_database
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
    if path.exists():
        problem, found = check(path)
        if problem is None and found > SCHEMA_VERSION:
            open_database(path)  # raises DatabaseTooNew naming the version needed; changes nothing
            raise DatabaseTooNew(path, found, SCHEMA_VERSION)  # pragma: no cover - open_database raised
        if problem is not None:
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
    upgrade_backup = None
    if found is not None and found < SCHEMA_VERSION:
        upgrade_backup = take_backup(path, data_dir, f"before-upgrade-from-schema-{found}", keep)
    db = open_database(path)
    result = GuardedOpen(db, notices, restored, aside)
    if upgrade_backup is not None:
        result.upgraded_from = found
        notices.append(
            f"Qorgau was upgraded and its progress database was updated (schema {found} to {SCHEMA_VERSION}). "
            f"A copy of the database as it was is kept at {upgrade_backup.path}."
        )
    elif found is not None:
        try:
            take_backup(db.conn, data_dir, "start", keep)
        except StorageError as exc:
            notices.append(str(exc))
    return result


def backup_at_exit(db: Any, data_dir: Path, keep: int = KEEP) -> Backup | None:
    """The clean-exit backup; a failure is returned as None (the database itself is intact)."""
    try:
        return take_backup(db.conn, data_dir, "exit", keep)
    except StorageError:
        return None
