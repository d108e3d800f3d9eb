"""Bulk writes for generated data (demo cohorts, benchmarks): many rows in one transaction."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlite_utils import Database

Row = tuple[Any, ...]


class BulkWriter:
    """Insert learners, attempts, responses and certificates as plain tuples, in one transaction."""

    def __init__(self, db: Database) -> None:
        self.conn = db.conn

    def count_learners(self) -> int:
        return self.conn.execute("SELECT COUNT(*) FROM learners").fetchone()[0]

    @contextmanager
    def transaction(self) -> Iterator[BulkWriter]:
        """All inserts inside commit together, or not at all."""
        self.conn.execute("BEGIN")
        try:
            yield self
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def learners(self, rows: Iterable[Row]) -> None:
        """(id, name, role, region, unit, pin_hash, created, active)"""
        self.conn.executemany(
            "INSERT INTO learners (id, name, role, region, unit, pin_hash, created, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )

    def attempts(self, rows: Iterable[Row]) -> None:
        """(id, learner_id, module_id, content_version, seed, plan, started, finished, score, passed)"""
        self.conn.executemany(
            "INSERT INTO attempts (id, learner_id, module_id, content_version, seed, plan, started, finished, score, passed) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )

    def responses(self, rows: Iterable[Row]) -> None:
        """(id, attempt_id, question_id, response, score, correct, answered)"""
        self.conn.executemany(
            "INSERT INTO responses (id, attempt_id, question_id, response, score, correct, answered) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            rows,
        )

    def certificates(self, rows: Iterable[Row]) -> None:
        """(code, learner_id, kind, module_ids, content_versions, score, issued, attempt_ids)"""
        self.conn.executemany(
            "INSERT OR IGNORE INTO certificates (code, learner_id, kind, module_ids, content_versions, score, issued, "
            "attempt_ids) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )

    def analyse(self) -> None:
        """Refresh the query planner's statistics after a large load."""
        self.conn.execute("ANALYZE")
