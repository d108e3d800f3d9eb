"""SQL for cohorts, their members and assigned modules.

Deleting a cohort removes only its own rows (members and assignments, by cascade): learners and
their progress are never touched. Progress of a member counts the attempts of every profile merged
with theirs (``learner_identity``), as the dashboard does.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date

from sqlite_utils import Database

from trainer.domain.cohorts import Assignment, Cohort, LearnerAssignment, Member, ModuleProgress, day_of, now_iso

_COHORT_COLUMNS = "id, name, trainers, starts, ends, created, source_key, exported"


def _cohort(row: tuple) -> Cohort:
    cid, name, trainers, starts, ends, created, source_key, exported = row
    return Cohort(cid, name, trainers, day_of(starts), day_of(ends), created, source_key, exported)


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


# Every profile counted as the same person as a member (merges resolved), member first.
_SAME_PERSON = """
    WITH mp AS (
        SELECT cm.learner_id AS member, i.person_id FROM cohort_members cm
        JOIN learner_identity i ON i.learner_id = cm.learner_id WHERE cm.cohort_id = ?
    ),
    same AS (
        SELECT mp.member, i.learner_id FROM mp JOIN learner_identity i ON i.person_id = mp.person_id
    )
"""


class CohortStore:
    """Read and write cohorts of one database."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # Cohorts ----------------------------------------------------------------
    def cohorts(self) -> list[Cohort]:
        rows = self.db.execute(
            f"SELECT {_COHORT_COLUMNS} FROM cohorts ORDER BY COALESCE(starts, created) DESC, name COLLATE NOCASE, id"
        ).fetchall()
        return [_cohort(r) for r in rows]

    def cohort(self, cohort_id: str) -> Cohort | None:
        row = self.db.execute(f"SELECT {_COHORT_COLUMNS} FROM cohorts WHERE id = ?", [cohort_id]).fetchone()
        return _cohort(row) if row else None

    def member_counts(self) -> dict[str, int]:
        return dict(self.db.execute("SELECT cohort_id, COUNT(*) FROM cohort_members GROUP BY cohort_id").fetchall())

    def create(self, name: str, trainers: str, starts: date | None, ends: date | None) -> str:
        cohort_id = str(uuid.uuid4())
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO cohorts (id, name, trainers, starts, ends, created) VALUES (?, ?, ?, ?, ?, ?)",
                [cohort_id, name, trainers, _iso(starts), _iso(ends), now_iso()],
            )
        return cohort_id

    def update(self, cohort_id: str, name: str, trainers: str, starts: date | None, ends: date | None) -> None:
        with self.db.atomic():
            self.db.execute(
                "UPDATE cohorts SET name = ?, trainers = ?, starts = ?, ends = ? WHERE id = ?",
                [name, trainers, _iso(starts), _iso(ends), cohort_id],
            )

    def delete(self, cohort_id: str) -> None:
        with self.db.atomic():
            self.db.execute("DELETE FROM cohort_members WHERE cohort_id = ?", [cohort_id])
            self.db.execute("DELETE FROM cohort_assignments WHERE cohort_id = ?", [cohort_id])
            self.db.execute("DELETE FROM cohorts WHERE id = ?", [cohort_id])

    # Members ----------------------------------------------------------------
    def members(self, cohort_id: str) -> list[Member]:
        rows = self.db.execute(
            "SELECT l.id, l.name, l.role, l.region, l.unit, l.active, cm.added "
            "FROM cohort_members cm JOIN learners l ON l.id = cm.learner_id WHERE cm.cohort_id = ? "
            "ORDER BY l.name COLLATE NOCASE, l.id",
            [cohort_id],
        ).fetchall()
        return [Member(r[0], r[1], r[2], r[3], r[4], bool(r[5]), r[6]) for r in rows]

    def add_members(self, cohort_id: str, learner_ids: Iterable[str]) -> int:
        """Add learners that exist and are not members yet; return how many were added."""
        added = 0
        with self.db.atomic():
            for lid in learner_ids:
                cur = self.db.execute(
                    "INSERT OR IGNORE INTO cohort_members (cohort_id, learner_id, added) "
                    "SELECT ?, id, ? FROM learners WHERE id = ?",
                    [cohort_id, now_iso(), lid],
                )
                added += cur.rowcount
                self.db.execute(
                    "DELETE FROM cohort_member_removals WHERE cohort_id = ? AND learner_id = ?", [cohort_id, lid]
                )
        return added

    def remove_members(self, cohort_id: str, learner_ids: Iterable[str]) -> int:
        """Take learners out; the removal is kept, so a progress bundle does not bring them back."""
        removed = 0
        with self.db.atomic():
            for lid in learner_ids:
                cur = self.db.execute(
                    "DELETE FROM cohort_members WHERE cohort_id = ? AND learner_id = ?", [cohort_id, lid]
                )
                removed += cur.rowcount
                if cur.rowcount:
                    self.db.execute(
                        "INSERT OR REPLACE INTO cohort_member_removals (cohort_id, learner_id, removed) "
                        "VALUES (?, ?, ?)",
                        [cohort_id, lid, now_iso()],
                    )
        return removed

    def learner_choices(self) -> list[tuple[str, str, str, str, str, bool]]:
        """(id, name, role, region, unit, active) of every learner, by name: who can join a cohort."""
        rows = self.db.execute(
            "SELECT id, name, role, region, unit, active FROM learners ORDER BY name COLLATE NOCASE, id"
        ).fetchall()
        return [(r[0], r[1], r[2], r[3], r[4], bool(r[5])) for r in rows]

    # Assignments --------------------------------------------------------------
    def assignments(self, cohort_id: str) -> list[Assignment]:
        rows = self.db.execute(
            "SELECT module_id, due FROM cohort_assignments WHERE cohort_id = ? ORDER BY due, module_id", [cohort_id]
        ).fetchall()
        return [Assignment(m, date.fromisoformat(d)) for m, d in rows]

    def assign(self, cohort_id: str, module_id: str, due: date) -> None:
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO cohort_assignments (cohort_id, module_id, due, added) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(cohort_id, module_id) DO UPDATE SET due = excluded.due",
                [cohort_id, module_id, due.isoformat(), now_iso()],
            )

    def unassign(self, cohort_id: str, module_id: str) -> None:
        with self.db.atomic():
            self.db.execute(
                "DELETE FROM cohort_assignments WHERE cohort_id = ? AND module_id = ?", [cohort_id, module_id]
            )

    def learner_assignments(self, learner_id: str) -> list[tuple[str, str, str, str]]:
        """(cohort id, cohort name, module id, due) for every cohort the learner belongs to."""
        return self.db.execute(
            "SELECT c.id, c.name, a.module_id, a.due FROM cohort_members cm "
            "JOIN cohorts c ON c.id = cm.cohort_id JOIN cohort_assignments a ON a.cohort_id = c.id "
            "WHERE cm.learner_id = ? ORDER BY a.due, c.name, a.module_id",
            [learner_id],
        ).fetchall()

    def passed_modules(self, learner_id: str) -> set[str]:
        """Modules the learner (or a profile merged with theirs) has passed."""
        rows = self.db.execute(
            "SELECT DISTINCT a.module_id FROM learner_identity me "
            "JOIN learner_identity i ON i.person_id = me.person_id JOIN attempts a ON a.learner_id = i.learner_id "
            "WHERE me.learner_id = ? AND a.finished IS NOT NULL AND a.passed = 1",
            [learner_id],
        ).fetchall()
        return {r[0] for r in rows}

    def with_passed(self, learner_id: str) -> list[LearnerAssignment]:
        passed = self.passed_modules(learner_id)
        return [
            LearnerAssignment(cid, name, mid, date.fromisoformat(due), mid in passed)
            for cid, name, mid, due in self.learner_assignments(learner_id)
        ]

    # Progress ---------------------------------------------------------------
    def module_progress(self, cohort_id: str) -> dict[str, dict[str, ModuleProgress]]:
        """member id -> module id -> their attempts at it."""
        rows = self.db.execute(
            _SAME_PERSON
            + """
            SELECT same.member, a.module_id, COUNT(*), COUNT(a.finished),
                MAX(CASE WHEN a.finished IS NOT NULL AND a.passed = 1 THEN 1 ELSE 0 END),
                MAX(CASE WHEN a.finished IS NOT NULL THEN a.score END)
            FROM same JOIN attempts a ON a.learner_id = same.learner_id
            GROUP BY same.member, a.module_id
            """,
            [cohort_id],
        ).fetchall()
        out: dict[str, dict[str, ModuleProgress]] = {}
        for member, mid, n, fin, passed, best in rows:
            out.setdefault(member, {})[mid] = ModuleProgress(mid, n, fin, bool(passed), best)
        return out

    def last_activity(self, cohort_id: str) -> dict[str, str]:
        """member id -> the latest lesson opened or read, attempt started or finished, or answer given."""
        rows = self.db.execute(
            _SAME_PERSON
            + """,
            times AS (
                SELECT same.member, MAX(COALESCE(p.read_at, p.opened), p.opened) AS t
                FROM same JOIN lesson_progress p ON p.learner_id = same.learner_id
                UNION ALL
                SELECT same.member, MAX(COALESCE(a.finished, a.started), a.started)
                FROM same JOIN attempts a ON a.learner_id = same.learner_id
                UNION ALL
                SELECT same.member, r.answered
                FROM same JOIN attempts a ON a.learner_id = same.learner_id JOIN responses r ON r.attempt_id = a.id
            )
            SELECT member, MAX(t) FROM times WHERE t IS NOT NULL GROUP BY member
            """,
            [cohort_id],
        ).fetchall()
        return dict(rows)

    # Cohort files ---------------------------------------------------------------
    def save_imported(
        self,
        cohort: Cohort,
        assignments: list[Assignment],
        member_ids: Iterable[str],
    ) -> None:
        """Create or replace an imported cohort and its assignments in one transaction.

        Members already here stay members; ``member_ids`` that name learners of this database are
        added. Nothing but cohort rows is written.
        """
        with self.db.atomic():
            self.db.execute(
                f"INSERT INTO cohorts ({_COHORT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET name = excluded.name, trainers = excluded.trainers, "
                "starts = excluded.starts, ends = excluded.ends, exported = excluded.exported",
                [
                    cohort.id,
                    cohort.name,
                    cohort.trainers,
                    _iso(cohort.starts),
                    _iso(cohort.ends),
                    cohort.created,
                    cohort.source_key,
                    cohort.exported,
                ],
            )
            self.db.execute("DELETE FROM cohort_assignments WHERE cohort_id = ?", [cohort.id])
            for a in assignments:
                self.db.execute(
                    "INSERT INTO cohort_assignments (cohort_id, module_id, due, added) VALUES (?, ?, ?, ?)",
                    [cohort.id, a.module_id, a.due.isoformat(), now_iso()],
                )
            for lid in member_ids:
                self.db.execute(
                    "INSERT OR IGNORE INTO cohort_members (cohort_id, learner_id, added) "
                    "SELECT ?, id, ? FROM learners WHERE id = ?",
                    [cohort.id, now_iso(), lid],
                )
