"""SQL for wrong learner-PIN tries: how many in a row, and until when the PIN is not checked.

Kept in the database, not in memory, so closing and reopening the app does not reset the wait.
The rows stay on this computer: progress bundles never carry them (trainer.sync.records.TABLES).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database


class PinLockoutStore:
    """Read and write one row per learner with wrong tries; no row means no wrong tries."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def state(self, learner_id: str) -> tuple[int, float]:
        """(wrong tries in a row, end of the lock as a Unix time; 0 when not locked)."""
        row = self.db.execute(
            "SELECT failures, locked_until FROM pin_attempts WHERE learner_id = ?", (learner_id,)
        ).fetchone()
        return (int(row[0]), float(row[1])) if row else (0, 0.0)

    def record(self, learner_id: str, failures: int, locked_until: float) -> None:
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO pin_attempts (learner_id, failures, locked_until) VALUES (?, ?, ?) "
                "ON CONFLICT(learner_id) DO UPDATE SET failures = excluded.failures, "
                "locked_until = excluded.locked_until",
                (learner_id, failures, locked_until),
            )

    def clear(self, learner_id: str) -> None:
        with self.db.atomic():
            self.db.execute("DELETE FROM pin_attempts WHERE learner_id = ?", (learner_id,))
