"""Bulk writes for generated data (demo cohorts, benchmarks): many rows in one transaction."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlite_utils import Database

from trainer.storage import report_aggregates, response_ids

Row = tuple[Any, ...]


class BulkWriter:
    """Insert learners, attempts, responses and certificates as plain tuples, in one transaction."""

    def __init__(self, db: Database) -> None:
        self.conn = db.conn

    def count_learners(self) -> int:
        return self.conn.execute("SELECT COUNT(*) FROM learners").fetchone()[0]

    @contextmanager
    def transaction(self) -> Iterator[BulkWriter]:
        """All inserts inside commit together, or not at all; the report aggregates and the answer
        id counts are rebuilt once at the end rather than row by row."""
        self.conn.execute("BEGIN")
        try:
            with report_aggregates.suspended(self.conn), response_ids.suspended(self.conn):
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

    def copy_cohort(self, copy: int, learners: int) -> int:
        """Copy the first ``learners`` learners (by insertion order) with their attempts, answers and
        certificates, under new ids, for benchmark databases of any size. Returns the learners copied.

        Ids made by the demo data leave their characters 25-30 zero; copy ``n`` writes ``n`` there, so
        each copy's ids sort after the previous copy's and the inserts append to the indexes.
        Certificates keep their codes' shape but not their hash (the code is not recomputed here).
        """
        if not 0 < copy < 16**6:
            raise ValueError(f"copy number {copy} is out of range")
        tag = f"{copy:06x}"
        new = "substr({c}, 1, 24) || '" + tag + "' || substr({c}, 31)"
        self.conn.execute("DROP TABLE IF EXISTS temp.copy_learners")
        self.conn.execute(
            "CREATE TEMP TABLE copy_learners AS SELECT id FROM learners "
            "WHERE substr(id, 25, 6) = '000000' ORDER BY rowid LIMIT ?",
            [learners],
        )
        self.conn.execute(
            f"INSERT INTO learners (id, name, role, region, unit, pin_hash, created, active, prefs) "
            f"SELECT {new.format(c='id')}, name, role, region, unit, pin_hash, created, active, prefs "
            "FROM learners WHERE id IN (SELECT id FROM temp.copy_learners) ORDER BY rowid"
        )
        self.conn.execute(
            f"INSERT INTO attempts (id, learner_id, module_id, content_version, seed, plan, started, finished, "
            f"score, passed) SELECT {new.format(c='a.id')}, {new.format(c='a.learner_id')}, a.module_id, "
            "a.content_version, a.seed, a.plan, a.started, a.finished, a.score, a.passed "
            "FROM attempts a WHERE a.learner_id IN (SELECT id FROM temp.copy_learners) ORDER BY a.id"
        )
        self.conn.execute(
            f"INSERT INTO responses (id, attempt_id, question_id, response, score, correct, answered) "
            f"SELECT {new.format(c='r.id')}, {new.format(c='r.attempt_id')}, r.question_id, r.response, r.score, "
            "r.correct, r.answered FROM attempts a JOIN responses r ON r.attempt_id = a.id "
            "WHERE a.learner_id IN (SELECT id FROM temp.copy_learners) ORDER BY r.attempt_id, r.question_id"
        )
        self.conn.execute(
            "INSERT OR IGNORE INTO certificates (code, learner_id, kind, module_ids, content_versions, score, issued, "
            f"attempt_ids) SELECT substr(code, 1, 10) || printf('%04X', ?), {new.format(c='learner_id')}, kind, "
            "module_ids, content_versions, score, issued, "
            f"(SELECT json_group_array({new.format(c='j.value')}) FROM json_each(attempt_ids) j) "
            "FROM certificates WHERE learner_id IN (SELECT id FROM temp.copy_learners)",
            [copy % 65536],
        )
        return learners
