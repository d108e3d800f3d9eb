"""Turning SQLite's write failures (disk full, read-only folder, locked file) into words for the user.

Every answer is one transaction: either all of it is stored or none of it, so a failure never
leaves half an answer behind. The caller gets a StorageError it can show and carry on from.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from trainer.storage.database import StorageError


class WriteFailed(StorageError):
    """Something could not be saved; the message says why and what the user can do."""


def user_message(exc: BaseException, what: str = "your work", reading: bool = False) -> str:
    """A sentence a learner can act on, for a SQLite or OS error met while saving (or reading) ``what``.

    The whole chain of errors is read: a failed write is often followed by a failed rollback
    ("no transaction is active"), and the first error is the one that says what happened.
    """
    chain: list[BaseException] = []
    e: BaseException | None = exc
    while e is not None and e not in chain:
        chain.append(e)
        e = e.__cause__ or e.__context__
    text = " | ".join(str(c) for c in chain).lower()
    if any(getattr(c, "errno", None) == 28 for c in chain):
        text += " full"
    if "full" in text:
        reason = "the disk is full. Free some space (or ask IT staff to), then try again"
    elif "readonly" in text or "read-only" in text or "permission" in text or "unable to open" in text:
        reason = "the data folder cannot be written to (it is read-only or you lack permission). Ask IT staff to fix this, then try again"
    elif "locked" in text or "busy" in text:
        reason = "another program is using the progress database. Close it, then try again"
    elif "i/o" in text:
        reason = "the disk reported an error. Check the disk or USB stick, then try again"
    else:
        reason = f"the progress database reported a problem ({chain[-1]})"
    if reading:
        return f"Qorgau could not read {what}: {reason}."
    return f"Qorgau could not save {what}: {reason}. Nothing was half-saved."


@contextmanager
def saving(db: Any, what: str = "your work") -> Iterator[None]:
    """One transaction around a group of writes; on failure roll back and raise WriteFailed."""
    try:
        with db.atomic():
            yield
    except sqlite3.OperationalError as exc:
        raise WriteFailed(user_message(exc, what)) from exc
