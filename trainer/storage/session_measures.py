"""SQL for a cohort's pre/post tests, attitude answers and module feedback (migration m012).

Rows are inserted once and never changed afterwards, except that a pre/post attempt gains its
finish time and score once; ids are UUIDs or natural keys so bundles from several laptops merge.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlite_utils import Database


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class PrepostTest:
    """A pre- or post-test a trainer opened for a cohort."""

    cohort_id: str
    phase: str
    module_ids: tuple[str, ...]
    items: int
    opened: str


@dataclass(frozen=True)
class PrepostAttempt:
    id: str
    learner_id: str
    cohort_id: str
    phase: str
    plan: tuple[tuple[str, str], ...]  # (module id, question id) in the order asked
    content_versions: dict[str, str]
    started: str
    finished: str | None
    score: float | None


@dataclass(frozen=True)
class PrepostResponse:
    attempt_id: str
    question_id: str
    module_id: str
    response: Any
    score: float
    correct: bool
    answered: str


@dataclass(frozen=True)
class FeedbackRow:
    id: str
    learner_id: str | None
    module_id: str
    cohort_id: str | None
    relevance: int | None
    confidence: int | None
    clarity: int | None
    comment: str | None
    given: str


def _test(row: tuple) -> PrepostTest:
    return PrepostTest(row[0], row[1], tuple(json.loads(row[2])), row[3], row[4])


def _attempt(row: tuple) -> PrepostAttempt:
    return PrepostAttempt(
        id=row[0],
        learner_id=row[1],
        cohort_id=row[2],
        phase=row[3],
        plan=tuple((m, q) for m, q in json.loads(row[4])),
        content_versions=json.loads(row[5]),
        started=row[6],
        finished=row[7],
        score=row[8],
    )


_ATTEMPT_COLUMNS = "id, learner_id, cohort_id, phase, plan, content_versions, started, finished, score"


class SessionMeasuresStore:
    """Pre/post tests and attempts, attitude answers and module feedback."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # Tests ---------------------------------------------------------------------------------------
    def open_test(self, cohort_id: str, phase: str, module_ids: Iterable[str], items: int) -> PrepostTest:
        """Open a test; opening the same phase again keeps the first opening (rows never change)."""
        with self.db.atomic():
            self.db.execute(
                "INSERT OR IGNORE INTO prepost_tests (cohort_id, phase, module_ids, items, opened) VALUES (?, ?, ?, ?, ?)",
                [cohort_id, phase, json.dumps(list(module_ids)), items, now_iso()],
            )
        test = self.test(cohort_id, phase)
        assert test is not None
        return test

    def add_tests(self, tests: Iterable[PrepostTest]) -> int:
        """Tests carried by a cohort file; a phase already open here keeps its row. Returns how many were new."""
        before = self.db.conn.total_changes
        with self.db.atomic():
            for t in tests:
                self.db.execute(
                    "INSERT OR IGNORE INTO prepost_tests (cohort_id, phase, module_ids, items, opened) VALUES (?, ?, ?, ?, ?)",
                    [t.cohort_id, t.phase, json.dumps(list(t.module_ids)), t.items, t.opened],
                )
        return self.db.conn.total_changes - before

    def test(self, cohort_id: str, phase: str) -> PrepostTest | None:
        row = self.db.execute(
            "SELECT cohort_id, phase, module_ids, items, opened FROM prepost_tests WHERE cohort_id = ? AND phase = ?",
            [cohort_id, phase],
        ).fetchone()
        return _test(row) if row else None

    def tests_for_learner(self, learner_id: str) -> list[PrepostTest]:
        """Tests open in the cohorts this learner belongs to, newest opening first."""
        rows = self.db.execute(
            """
            SELECT t.cohort_id, t.phase, t.module_ids, t.items, t.opened
            FROM prepost_tests AS t JOIN cohort_members AS m ON m.cohort_id = t.cohort_id
            WHERE m.learner_id = ? ORDER BY t.opened DESC, t.phase DESC
            """,
            [learner_id],
        ).fetchall()
        return [_test(r) for r in rows]

    def cohort_name(self, cohort_id: str) -> str | None:
        row = self.db.execute("SELECT name FROM cohorts WHERE id = ?", [cohort_id]).fetchone()
        return row[0] if row else None

    def cohorts(self) -> list[tuple[str, str]]:
        """(id, name) of every cohort, by name."""
        return [tuple(r) for r in self.db.execute("SELECT id, name FROM cohorts ORDER BY name COLLATE NOCASE, id")]

    def members(self, cohort_id: str) -> list[tuple[str, str]]:
        """(learner id, name) of a cohort's members, by name."""
        return [
            tuple(r)
            for r in self.db.execute(
                """
                SELECT l.id, l.name FROM cohort_members AS m JOIN learners AS l ON l.id = m.learner_id
                WHERE m.cohort_id = ? ORDER BY l.name COLLATE NOCASE, l.id
                """,
                [cohort_id],
            )
        ]

    def latest_cohort(self, learner_id: str) -> str | None:
        """The cohort the learner joined last, where feedback is counted."""
        row = self.db.execute(
            "SELECT cohort_id FROM cohort_members WHERE learner_id = ? ORDER BY added DESC, cohort_id LIMIT 1",
            [learner_id],
        ).fetchone()
        return row[0] if row else None

    # Attempts ------------------------------------------------------------------------------------
    def start_attempt(
        self,
        learner_id: str,
        cohort_id: str,
        phase: str,
        plan: list[tuple[str, str]],
        content_versions: dict[str, str],
    ) -> PrepostAttempt:
        attempt_id = str(uuid.uuid4())
        with self.db.atomic():
            self.db.execute(
                f"INSERT INTO prepost_attempts ({_ATTEMPT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL)",
                [
                    attempt_id,
                    learner_id,
                    cohort_id,
                    phase,
                    json.dumps([list(p) for p in plan]),
                    json.dumps(content_versions, sort_keys=True),
                    now_iso(),
                ],
            )
        found = self.attempt(learner_id, cohort_id, phase)
        assert found is not None
        return found

    def attempt(self, learner_id: str, cohort_id: str, phase: str) -> PrepostAttempt | None:
        row = self.db.execute(
            f"SELECT {_ATTEMPT_COLUMNS} FROM prepost_attempts WHERE learner_id = ? AND cohort_id = ? AND phase = ?",
            [learner_id, cohort_id, phase],
        ).fetchone()
        return _attempt(row) if row else None

    def attempts(self, cohort_id: str | None = None, learner_id: str | None = None) -> list[PrepostAttempt]:
        where, args = [], []
        if cohort_id is not None:
            where.append("cohort_id = ?")
            args.append(cohort_id)
        if learner_id is not None:
            where.append("learner_id = ?")
            args.append(learner_id)
        sql = f"SELECT {_ATTEMPT_COLUMNS} FROM prepost_attempts"
        if where:
            sql += " WHERE " + " AND ".join(where)
        return [_attempt(r) for r in self.db.execute(sql + " ORDER BY started, id", args)]

    def record_response(
        self, attempt_id: str, module_id: str, question_id: str, response: Any, score: float, correct: bool
    ) -> None:
        with self.db.atomic():
            self.db.execute(
                """
                INSERT INTO prepost_responses (attempt_id, question_id, module_id, response, score, correct, answered)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
                [attempt_id, question_id, module_id, json.dumps(response), score, int(correct), now_iso()],
            )

    def responses(self, attempt_id: str) -> list[PrepostResponse]:
        rows = self.db.execute(
            """
            SELECT attempt_id, question_id, module_id, response, score, correct, answered
            FROM prepost_responses WHERE attempt_id = ? ORDER BY answered, question_id
            """,
            [attempt_id],
        ).fetchall()
        return [PrepostResponse(r[0], r[1], r[2], json.loads(r[3]), r[4], bool(r[5]), r[6]) for r in rows]

    def finish_attempt(self, attempt_id: str, score: float) -> None:
        with self.db.atomic():
            self.db.execute(
                "UPDATE prepost_attempts SET finished = ?, score = ? WHERE id = ? AND finished IS NULL",
                [now_iso(), score, attempt_id],
            )

    # Attitudes -----------------------------------------------------------------------------------
    def record_attitudes(self, learner_id: str, cohort_id: str, phase: str, values: dict[str, int | None]) -> None:
        """All answers of one sitting in one transaction; None keeps that the statement was skipped."""
        now = now_iso()
        with self.db.atomic():
            self.db.conn.executemany(
                """
                INSERT INTO attitude_answers (learner_id, cohort_id, phase, statement_id, value, answered)
                VALUES (?, ?, ?, ?, ?, ?)
                """,
                [(learner_id, cohort_id, phase, sid, value, now) for sid, value in values.items()],
            )

    def attitudes_given(self, learner_id: str, cohort_id: str, phase: str) -> bool:
        row = self.db.execute(
            "SELECT 1 FROM attitude_answers WHERE learner_id = ? AND cohort_id = ? AND phase = ? LIMIT 1",
            [learner_id, cohort_id, phase],
        ).fetchone()
        return row is not None

    def attitude_rows(self, cohort_id: str) -> list[tuple[str, str, str, int | None, str]]:
        """(learner id, phase, statement id, value, answered) of a cohort."""
        return [
            tuple(r)
            for r in self.db.execute(
                """
                SELECT learner_id, phase, statement_id, value, answered FROM attitude_answers
                WHERE cohort_id = ? ORDER BY learner_id, phase, statement_id
                """,
                [cohort_id],
            )
        ]

    # Feedback ------------------------------------------------------------------------------------
    def add_feedback(
        self,
        learner_id: str | None,
        module_id: str,
        cohort_id: str | None,
        ratings: dict[str, int | None],
        comment: str | None,
        given: str,
    ) -> str:
        feedback_id = str(uuid.uuid4())
        with self.db.atomic():
            self.db.execute(
                """
                INSERT INTO module_feedback (id, learner_id, module_id, cohort_id, relevance, confidence, clarity, comment, given)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [
                    feedback_id,
                    learner_id,
                    module_id,
                    cohort_id,
                    ratings.get("relevance"),
                    ratings.get("confidence"),
                    ratings.get("clarity"),
                    comment,
                    given,
                ],
            )
        return feedback_id

    def feedback(self, cohort_id: str | None = None, module_id: str | None = None) -> list[FeedbackRow]:
        where, args = [], []
        if cohort_id is not None:
            where.append("cohort_id = ?")
            args.append(cohort_id)
        if module_id is not None:
            where.append("module_id = ?")
            args.append(module_id)
        sql = "SELECT id, learner_id, module_id, cohort_id, relevance, confidence, clarity, comment, given FROM module_feedback"
        if where:
            sql += " WHERE " + " AND ".join(where)
        return [FeedbackRow(*r) for r in self.db.execute(sql + " ORDER BY given, id", args)]

    # xAPI ----------------------------------------------------------------------------------------
    def learner_records(
        self, learner_id: str
    ) -> tuple[
        list[tuple[PrepostAttempt, list[PrepostResponse]]],
        list[tuple[str, str, str, int | None, str]],
        list[FeedbackRow],
    ]:
        """One learner's tests with their answers, attitude answers (cohort, phase, statement,
        value, answered) and named feedback: what trainer.interop.xapi.MeasuresActivity holds."""
        tests = [(a, self.responses(a.id)) for a in self.attempts(learner_id=learner_id)]
        attitudes = [
            tuple(r)
            for r in self.db.execute(
                """
                SELECT cohort_id, phase, statement_id, value, answered FROM attitude_answers
                WHERE learner_id = ? ORDER BY answered, cohort_id, phase, statement_id
                """,
                [learner_id],
            )
        ]
        feedback = [
            FeedbackRow(*r)
            for r in self.db.execute(
                """
                SELECT id, learner_id, module_id, cohort_id, relevance, confidence, clarity, comment, given
                FROM module_feedback WHERE learner_id = ? ORDER BY given, id
                """,
                [learner_id],
            )
        ]
        return tests, attitudes, feedback
