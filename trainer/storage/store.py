"""Repository over the progress database. Every public write commits before it returns, so a
crash or a killed process never loses an answer that was already given."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from trainer.domain.records import AttemptRecord, Learner, ResponseRecord
from trainer.domain.review import ReviewState

if TYPE_CHECKING:
    from sqlite_utils import Database


def _new_id() -> str:
    """A random UUID. ``uuid`` (which loads ``platform``) is imported on the first write, not at
    every start."""
    import uuid

    return str(uuid.uuid4())


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _learner(row: dict[str, Any]) -> Learner:
    return Learner(
        id=row["id"],
        name=row["name"],
        role=row["role"],
        region=row["region"],
        unit=row["unit"],
        pin_hash=row["pin_hash"],
        created=row["created"],
        active=bool(row["active"]),
        prefs=json.loads(row["prefs"] or "{}"),
    )


def _attempt(row: dict[str, Any]) -> AttemptRecord:
    plan = json.loads(row["plan"])
    return AttemptRecord(
        id=row["id"],
        learner_id=row["learner_id"],
        module_id=row["module_id"],
        content_version=row["content_version"],
        seed=row["seed"],
        question_ids=tuple(plan["question_ids"]),
        option_orders={k: tuple(v) for k, v in plan.get("option_orders", {}).items()},
        started=row["started"],
        finished=row["finished"],
        score=row["score"],
        passed=None if row["passed"] is None else bool(row["passed"]),
    )


class ProgressStore:
    """Learners, lesson progress, attempts, responses, review schedule and settings."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def close(self) -> None:
        self.db.close()

    # Settings ---------------------------------------------------------------
    def setting(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        self.db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [key, value],
        )

    @property
    def device_id(self) -> str:
        return self.setting("device_id") or ""

    # Learners ---------------------------------------------------------------
    def create_learner(self, name: str, role: str, region: str, unit: str = "", pin_hash: str | None = None) -> Learner:
        learner_id = _new_id()
        self.db.execute(
            "INSERT INTO learners (id, name, role, region, unit, pin_hash, created) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [learner_id, name, role, region, unit, pin_hash, now_iso()],
        )
        return self.learner(learner_id)

    def learner(self, learner_id: str) -> Learner:
        rows = list(self.db.query("SELECT * FROM learners WHERE id = ?", [learner_id]))
        if not rows:
            raise KeyError(learner_id)
        return _learner(rows[0])

    def learners(self, active_only: bool = True) -> list[Learner]:
        sql = "SELECT * FROM learners"
        if active_only:
            sql += " WHERE active = 1"
        return [_learner(r) for r in self.db.query(sql + " ORDER BY name COLLATE NOCASE")]

    def update_learner(self, learner_id: str, **fields: Any) -> Learner:
        allowed = {"name", "role", "region", "unit", "pin_hash", "active"}
        unknown = set(fields) - allowed
        if unknown:
            raise ValueError(f"cannot update {sorted(unknown)}")
        if fields:
            assignments = ", ".join(f"{k} = ?" for k in fields)
            self.db.execute(f"UPDATE learners SET {assignments} WHERE id = ?", [*fields.values(), learner_id])
        return self.learner(learner_id)

    def set_pref(self, learner_id: str, key: str, value: Any) -> None:
        with self.db.atomic():
            prefs = self.learner(learner_id).prefs
            prefs[key] = value
            self.db.execute("UPDATE learners SET prefs = ? WHERE id = ?", [json.dumps(prefs), learner_id])

    # Lessons ----------------------------------------------------------------
    def mark_lesson_opened(self, learner_id: str, module_id: str, lesson_id: str) -> None:
        self.db.execute(
            "INSERT INTO lesson_progress (learner_id, module_id, lesson_id, opened) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(learner_id, lesson_id) DO NOTHING",
            [learner_id, module_id, lesson_id, now_iso()],
        )

    def mark_lesson_read(self, learner_id: str, module_id: str, lesson_id: str) -> None:
        with self.db.atomic():
            self.mark_lesson_opened(learner_id, module_id, lesson_id)
            self.db.execute(
                "UPDATE lesson_progress SET read_at = COALESCE(read_at, ?) WHERE learner_id = ? AND lesson_id = ?",
                [now_iso(), learner_id, lesson_id],
            )

    def read_lessons(self, learner_id: str) -> set[str]:
        rows = self.db.execute(
            "SELECT lesson_id FROM lesson_progress WHERE learner_id = ? AND read_at IS NOT NULL", [learner_id]
        )
        return {r[0] for r in rows}

    # Attempts ---------------------------------------------------------------
    def start_attempt(
        self,
        learner_id: str,
        module_id: str,
        content_version: str,
        seed: int,
        question_ids: Iterable[str],
        option_orders: dict[str, Iterable[str]],
    ) -> AttemptRecord:
        attempt_id = _new_id()
        plan = {"question_ids": list(question_ids), "option_orders": {k: list(v) for k, v in option_orders.items()}}
        self.db.execute(
            "INSERT INTO attempts (id, learner_id, module_id, content_version, seed, plan, started) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [attempt_id, learner_id, module_id, content_version, seed, json.dumps(plan), now_iso()],
        )
        return self.attempt(attempt_id)

    def attempt(self, attempt_id: str) -> AttemptRecord:
        rows = list(self.db.query("SELECT * FROM attempts WHERE id = ?", [attempt_id]))
        if not rows:
            raise KeyError(attempt_id)
        return _attempt(rows[0])

    def attempts(self, learner_id: str, module_id: str | None = None) -> list[AttemptRecord]:
        sql, params = "SELECT * FROM attempts WHERE learner_id = ?", [learner_id]
        if module_id is not None:
            sql += " AND module_id = ?"
            params.append(module_id)
        return [_attempt(r) for r in self.db.query(sql + " ORDER BY started, rowid", params)]

    def open_attempt(self, learner_id: str, module_id: str) -> AttemptRecord | None:
        """The unfinished attempt to resume, if any."""
        rows = list(
            self.db.query(
                "SELECT * FROM attempts WHERE learner_id = ? AND module_id = ? AND finished IS NULL "
                "ORDER BY started DESC, rowid DESC LIMIT 1",
                [learner_id, module_id],
            )
        )
        return _attempt(rows[0]) if rows else None

    def record_response(
        self, attempt_id: str, question_id: str, response: Any, score: float, correct: bool
    ) -> ResponseRecord:
        """Store one answer and commit at once. Answering the same question again replaces it."""
        answered = now_iso()
        self.db.execute(
            "INSERT INTO responses (id, attempt_id, question_id, response, score, correct, answered) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(attempt_id, question_id) DO UPDATE SET "
            "response = excluded.response, score = excluded.score, correct = excluded.correct, answered = excluded.answered",
            [_new_id(), attempt_id, question_id, json.dumps(response), score, int(correct), answered],
        )
        return ResponseRecord(attempt_id, question_id, response, score, correct, answered)

    def responses(self, attempt_id: str) -> list[ResponseRecord]:
        rows = self.db.query(
            "SELECT * FROM responses WHERE attempt_id = ? ORDER BY answered, question_id", [attempt_id]
        )
        return [
            ResponseRecord(
                r["attempt_id"],
                r["question_id"],
                json.loads(r["response"]),
                r["score"],
                bool(r["correct"]),
                r["answered"],
            )
            for r in rows
        ]

    def record_scenario_step(self, attempt_id: str, question_id: str, step: int, choice: int) -> None:
        """Keep one step of a scenario. A step already taken is never replaced."""
        self.db.execute(
            "INSERT INTO scenario_steps (attempt_id, question_id, step, choice, taken) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT DO NOTHING",
            [attempt_id, question_id, step, choice, now_iso()],
        )

    def scenario_steps(self, attempt_id: str) -> dict[str, list[int]]:
        """The steps taken so far in each scenario of an attempt, in order."""
        out: dict[str, list[int]] = {}
        rows = self.db.execute(
            "SELECT question_id, choice FROM scenario_steps WHERE attempt_id = ? ORDER BY question_id, step",
            [attempt_id],
        )
        for question_id, choice in rows:
            out.setdefault(question_id, []).append(choice)
        return out

    def finish_attempt(self, attempt_id: str, score: float, passed: bool) -> AttemptRecord:
        self.db.execute(
            "UPDATE attempts SET finished = ?, score = ?, passed = ? WHERE id = ?",
            [now_iso(), score, int(passed), attempt_id],
        )
        return self.attempt(attempt_id)

    # Review -----------------------------------------------------------------
    def review_state(self, learner_id: str, question_id: str) -> ReviewState | None:
        row = self.db.execute(
            "SELECT stage, due FROM review WHERE learner_id = ? AND question_id = ?", [learner_id, question_id]
        ).fetchone()
        if row is None:
            return None
        return ReviewState(row[0], datetime.fromisoformat(row[1]) if row[1] else None)

    def set_review_state(self, learner_id: str, module_id: str, question_id: str, state: ReviewState) -> None:
        self.db.execute(
            "INSERT INTO review (learner_id, question_id, module_id, stage, due, updated) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(learner_id, question_id) DO UPDATE SET stage = excluded.stage, due = excluded.due, "
            "updated = excluded.updated",
            [learner_id, question_id, module_id, state.stage, state.due.isoformat() if state.due else None, now_iso()],
        )

    def due_reviews(self, learner_id: str, now: datetime) -> list[tuple[str, str]]:
        """(module id, question id) of every review question due at ``now``."""
        rows = self.db.execute(
            "SELECT module_id, question_id FROM review WHERE learner_id = ? AND due IS NOT NULL AND due <= ? ORDER BY due",
            [learner_id, now.isoformat()],
        )
        return [(r[0], r[1]) for r in rows]
