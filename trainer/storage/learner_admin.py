"""Trainer-side learner management: overview rows, what a deletion removes, and the deletion itself."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class LearnerRow:
    """One line of the trainer's learner list."""

    id: str
    name: str
    role: str
    region: str
    unit: str
    active: bool
    has_pin: bool
    created: str
    attempts: int
    passed_modules: int
    last_activity: str | None


@dataclass(frozen=True)
class LearnerFootprint:
    """How much of a learner's record a deletion takes with it."""

    attempts: int
    responses: int
    certificates: int
    lessons: int


class LearnerAdminStore:
    """Queries for the trainer's learner list; every write commits before it returns."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def rows(self) -> list[LearnerRow]:
        """Every learner, active or not, with attempt counts and last activity, by name."""
        sql = """
            SELECT l.id, l.name, l.role, l.region, l.unit, l.active, l.pin_hash IS NOT NULL AND l.pin_hash != '',
                   l.created, COUNT(a.id), COUNT(DISTINCT CASE WHEN a.passed = 1 THEN a.module_id END),
                   MAX(COALESCE(a.finished, a.started))
            FROM learners l LEFT JOIN attempts a ON a.learner_id = l.id
            GROUP BY l.id
            ORDER BY l.name COLLATE NOCASE, l.id
        """
        return [
            LearnerRow(r[0], r[1], r[2], r[3], r[4], bool(r[5]), bool(r[6]), r[7], r[8], r[9], r[10])
            for r in self.db.execute(sql).fetchall()
        ]

    def footprint(self, learner_id: str) -> LearnerFootprint:
        def count(sql: str) -> int:
            return self.db.execute(sql, [learner_id]).fetchone()[0]

        return LearnerFootprint(
            attempts=count("SELECT COUNT(*) FROM attempts WHERE learner_id = ?"),
            responses=count(
                "SELECT COUNT(*) FROM responses WHERE attempt_id IN (SELECT id FROM attempts WHERE learner_id = ?)"
            ),
            certificates=count("SELECT COUNT(*) FROM certificates WHERE learner_id = ?"),
            lessons=count("SELECT COUNT(*) FROM lesson_progress WHERE learner_id = ?"),
        )

    def delete(self, learner_id: str) -> bool:
        """Delete a learner and, in the same transaction, everything recorded about them.

        The schema's ON DELETE CASCADE would do this with foreign keys on; the explicit deletes
        make it hold on any connection, and tables added later reach it through their own cascade.
        """
        with self.db.atomic():
            for child in ("responses", "scenario_steps"):
                self.db.execute(
                    f"DELETE FROM {child} WHERE attempt_id IN (SELECT id FROM attempts WHERE learner_id = ?)",
                    [learner_id],
                )
            for table in ("certificates", "review", "lesson_progress", "attempts"):
                self.db.execute(f"DELETE FROM {table} WHERE learner_id = ?", [learner_id])
            cursor = self.db.execute("DELETE FROM learners WHERE id = ?", [learner_id])
            return cursor.rowcount > 0
