"""The SQL behind cohort reports: grouping, ranking and counting done by SQLite, not Python.

Every query starts from the same common table expressions, built by ``Scope``:

- ``mods(module_id, ord, roles)``: the modules a report covers, in curriculum order, with the
  roles whose curriculum assigns each one as ``,police,judge,`` (one ``instr`` per learner-module
  pair instead of a join);
- ``merged``: profiles a trainer merged into another (``learner_links``), resolved along chains
  to the profile that stands for the person;
- ``fl``: the learners the filter keeps, leaving out merged-away profiles;
- ``fa``: their attempts at those modules, started within the date range, each counted for the
  person it belongs to;
- ``pa``: one row per (learner, module) with attempts, with counts, best score and time spent.

Rows come back as plain tuples; iterators stream straight from the cursor.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from trainer.domain.analytics import ReportFilter

# Whole seconds between two ISO timestamps (both carry their UTC offset).
SECONDS = "CAST(ROUND((julianday({f}) - julianday({s})) * 86400) AS INTEGER)"
PSEUDONYM_KEY = "report_pseudonym_secret"


def _marks(n: int) -> str:
    return ", ".join("?" * n)


def _values(rows: Sequence[tuple[Any, ...]], width: int) -> tuple[str, list[Any]]:
    """A VALUES list (or an empty SELECT of the same width) and its parameters."""
    if not rows:
        return "SELECT " + ", ".join(["NULL"] * width) + " WHERE 0", []
    one = "(" + _marks(width) + ")"
    return "VALUES " + ", ".join([one] * len(rows)), [v for row in rows for v in row]


@dataclass(frozen=True)
class Scope:
    """The filter turned into SQL: a WITH clause and its parameters."""

    sql: str
    params: tuple[Any, ...]
    days: tuple[str, str] = ("0000-00-00", "9999-99-99")  # the date range again, for certificates
    pa: str = ""  # the body of ``pa``, to materialise it once for several queries

    @classmethod
    def build(cls, f: ReportFilter, modules: Sequence[str], curriculum: Sequence[tuple[str, str]]) -> Scope:
        roles: dict[str, list[str]] = {m: [] for m in modules}
        for role, module_id in curriculum:
            roles.setdefault(module_id, []).append(role)
        mods_sql, mods_params = _values([(m, i, "," + ",".join(roles[m]) + ",") for i, m in enumerate(modules)], 3)
        learner_where, learner_params = ["1"], []
        if f.roles:
            learner_where.append(f"role IN ({_marks(len(f.roles))})")
            learner_params += list(f.roles)
        if f.regions:
            learner_where.append(f"region IN ({_marks(len(f.regions))})")
            learner_params += list(f.regions)
        if f.unit is not None:
            learner_where.append("unit = ?")
            learner_params.append(f.unit)
        if f.active is not None:
            learner_where.append("active = ?")
            learner_params.append(int(f.active))
        attempt_where, attempt_params = ["a.module_id IN (SELECT module_id FROM mods)"], []
        if f.since is not None:
            attempt_where.append("substr(a.started, 1, 10) >= ?")
            attempt_params.append(f.since.isoformat())
        if f.until is not None:
            attempt_where.append("substr(a.started, 1, 10) <= ?")
            attempt_params.append(f.until.isoformat())
        secs = SECONDS.format(f="finished", s="started")
        sql = f"""
        WITH mods(module_id, ord, roles) AS ({mods_sql}),
        links AS (SELECT learner_id, same_as_id FROM learner_links WHERE undone IS NULL),
        chain(learner_id, person_id, depth) AS (
            SELECT learner_id, same_as_id, 1 FROM links
            UNION ALL
            SELECT c.learner_id, k.same_as_id, c.depth + 1
            FROM chain c JOIN links k ON k.learner_id = c.person_id WHERE c.depth < 64
        ),
        merged AS (
            SELECT learner_id, person_id FROM chain c
            WHERE NOT EXISTS (SELECT 1 FROM links k WHERE k.learner_id = c.person_id)
        ),
        fl AS (
            SELECT id, name, role, region, unit, active FROM learners
            WHERE {" AND ".join(learner_where)} AND id NOT IN (SELECT learner_id FROM links)
        ),
        fa AS (
            SELECT a.id, a.learner_id, a.module_id, a.started, a.finished, a.score, a.passed
            FROM attempts a JOIN fl ON fl.id = a.learner_id
            WHERE {" AND ".join(attempt_where)}
            UNION ALL
            SELECT a.id, m.person_id, a.module_id, a.started, a.finished, a.score, a.passed
            FROM merged m JOIN attempts a ON a.learner_id = m.learner_id JOIN fl ON fl.id = m.person_id
            WHERE {" AND ".join(attempt_where)}
        ),
        pa AS (
            {{PA}}
        )
        """
        pa = f"""
            SELECT learner_id, module_id,
                COUNT(*) AS attempts,
                COUNT(finished) AS finished,
                MAX(CASE WHEN finished IS NOT NULL AND passed = 1 THEN 1 ELSE 0 END) AS passed,
                MAX(CASE WHEN finished IS NOT NULL THEN score END) AS best,
                TOTAL(CASE WHEN finished IS NOT NULL THEN {secs} END) AS seconds,
                MAX(COALESCE(finished, started)) AS last
            FROM fa GROUP BY learner_id, module_id"""
        days = (f.since.isoformat() if f.since else "0000-00-00", f.until.isoformat() if f.until else "9999-99-99")
        params = (*mods_params, *learner_params, *attempt_params, *attempt_params)
        return cls(sql.replace("{PA}", pa), params, days, pa)


class ReportQueries:
    """Read-only report queries over one connection (the caller owns the connection)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def cached(self, scope: Scope, state: dict[str, Any]) -> Scope:
        """``scope`` with ``pa`` read from a temporary table, rebuilt when the scope or the data change.

        ``state`` remembers, per connection, which scope the table holds and the data version it
        was built at (PRAGMA data_version sees other connections' commits, total_changes our own).
        The dashboard asks several questions of the same scope; each then skips the grouping.
        """
        version = (self.conn.execute("PRAGMA data_version").fetchone()[0], self.conn.total_changes)
        key = (scope.sql, scope.params)
        if state.get("key") != key or state.get("version") != version:
            self.conn.execute("DROP TABLE IF EXISTS temp.report_pa")
            self.conn.execute(f"CREATE TEMP TABLE report_pa AS {scope.sql} SELECT * FROM pa", scope.params)
            self.conn.execute("CREATE INDEX temp.report_pa_pair ON report_pa(learner_id, module_id)")
            state["key"] = key
            state["version"] = (self.conn.execute("PRAGMA data_version").fetchone()[0], self.conn.total_changes)
        return Scope(scope.sql.replace(scope.pa, "SELECT * FROM temp.report_pa"), scope.params, scope.days, scope.pa)

    def _all(self, scope: Scope, body: str, extra: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self.conn.execute(scope.sql + body, (*scope.params, *extra)).fetchall()

    # Options ----------------------------------------------------------------
    def distinct_learner_values(self, column: str) -> list[str]:
        if column not in ("role", "region", "unit"):
            raise ValueError(column)
        sql = f"SELECT DISTINCT {column} FROM learners WHERE {column} != '' ORDER BY {column}"
        return [r[0] for r in self.conn.execute(sql)]

    def attempt_day_range(self) -> tuple[str | None, str | None]:
        row = self.conn.execute(
            "SELECT MIN(substr(started, 1, 10)), MAX(substr(started, 1, 10)) FROM attempts"
        ).fetchone()
        return row[0], row[1]

    # Summary ----------------------------------------------------------------
    def summary(self, scope: Scope) -> tuple[Any, ...]:
        """learners, active learners, assigned pairs, pairs started/completed/passed, attempts,
        finished attempts, mean best score, certificates."""
        return self._all(
            scope,
            """
            SELECT fls.n, fls.active, fls.assigned, pas.started, pas.completed, pas.passed, fas.n, fas.finished,
                pas.mean, (
                SELECT COUNT(*) FROM certificates c JOIN fl ON fl.id = c.learner_id
                WHERE EXISTS (SELECT 1 FROM json_each(c.module_ids) j WHERE j.value IN (SELECT module_id FROM mods))
                  AND substr(c.issued, 1, 10) >= ? AND substr(c.issued, 1, 10) <= ?)
            FROM (SELECT COUNT(*) AS n, TOTAL(active = 1) AS active,
                         (SELECT COUNT(*) FROM fl JOIN mods m ON instr(m.roles, ',' || fl.role || ',') > 0) AS assigned
                  FROM fl) fls,
                 (SELECT COUNT(*) AS started, TOTAL(finished > 0) AS completed, TOTAL(passed) AS passed,
                         AVG(best) AS mean FROM pa) pas,
                 (SELECT COUNT(*) AS n, COUNT(finished) AS finished FROM fa) fas
            """,
            scope.days,
        )[0]

    # Matrix -----------------------------------------------------------------
    MATRIX_BODY = """
        SELECT fl.id, fl.name, fl.role, fl.region, fl.unit, fl.active, m.module_id,
            instr(m.roles, ',' || fl.role || ',') > 0 AS assigned,
            COALESCE(pa.attempts, 0), COALESCE(pa.finished, 0), COALESCE(pa.passed, 0),
            pa.best, CAST(COALESCE(pa.seconds, 0) AS INTEGER), pa.last
        FROM fl CROSS JOIN mods m
        LEFT JOIN pa ON pa.learner_id = fl.id AND pa.module_id = m.module_id
        WHERE instr(m.roles, ',' || fl.role || ',') > 0 OR pa.learner_id IS NOT NULL
        ORDER BY fl.name COLLATE NOCASE, fl.id, m.ord
    """

    def iter_matrix(self, scope: Scope) -> Iterator[tuple[Any, ...]]:
        """(learner id, name, role, region, unit, active, module id, assigned, attempts, finished,
        passed, best, seconds, last) per learner and module, streamed."""
        return self.conn.execute(scope.sql + self.MATRIX_BODY, scope.params)

    def count_matrix(self, scope: Scope) -> int:
        return self._all(
            scope,
            """
            SELECT (SELECT COUNT(*) FROM fl JOIN mods m ON instr(m.roles, ',' || fl.role || ',') > 0)
                 + (SELECT COUNT(*) FROM pa JOIN fl ON fl.id = pa.learner_id JOIN mods m ON m.module_id = pa.module_id
                    WHERE instr(m.roles, ',' || fl.role || ',') = 0)
            """,
        )[0][0]

    # Per module -------------------------------------------------------------
    def module_stats(self, scope: Scope) -> list[tuple[Any, ...]]:
        """(module id, assigned, started, completed, passed, mean best, median best, mean seconds, attempts)."""
        return self._all(
            scope,
            """,
            ranked AS (
                SELECT module_id, best,
                    ROW_NUMBER() OVER (PARTITION BY module_id ORDER BY best) AS rn,
                    COUNT(*) OVER (PARTITION BY module_id) AS n
                FROM pa WHERE best IS NOT NULL
            ),
            med AS (SELECT module_id, AVG(best) AS median FROM ranked
                    WHERE rn IN ((n + 1) / 2, (n + 2) / 2) GROUP BY module_id),
            asg AS (SELECT m.module_id, COUNT(*) AS n FROM fl JOIN mods m ON instr(m.roles, ',' || fl.role || ',') > 0
                    GROUP BY m.module_id),
            agg AS (
                SELECT module_id, COUNT(*) AS started, SUM(finished > 0) AS completed, SUM(passed) AS passed,
                    AVG(best) AS mean, AVG(CASE WHEN finished > 0 THEN seconds END) AS seconds,
                    SUM(attempts) AS attempts
                FROM pa GROUP BY module_id
            )
            SELECT m.module_id, COALESCE(asg.n, 0), COALESCE(agg.started, 0), COALESCE(agg.completed, 0),
                COALESCE(agg.passed, 0), agg.mean, med.median, agg.seconds, COALESCE(agg.attempts, 0)
            FROM mods m
            LEFT JOIN agg ON agg.module_id = m.module_id
            LEFT JOIN med ON med.module_id = m.module_id
            LEFT JOIN asg ON asg.module_id = m.module_id
            ORDER BY m.ord
            """,
        )

    # Per region -------------------------------------------------------------
    def region_completion(self, scope: Scope) -> list[tuple[Any, ...]]:
        """(region, learners, assigned pairs, completed, passed) over assigned pairs."""
        return self._all(
            scope,
            """,
            per AS (SELECT region, COUNT(*) AS learners FROM fl GROUP BY region),
            asg AS (
                SELECT fl.region, COUNT(*) AS assigned, SUM(COALESCE(pa.finished, 0) > 0) AS completed,
                    SUM(COALESCE(pa.passed, 0)) AS passed
                FROM fl JOIN mods m ON instr(m.roles, ',' || fl.role || ',') > 0
                LEFT JOIN pa ON pa.learner_id = fl.id AND pa.module_id = m.module_id
                GROUP BY fl.region
            )
            SELECT per.region, per.learners, COALESCE(asg.assigned, 0), COALESCE(asg.completed, 0),
                COALESCE(asg.passed, 0)
            FROM per LEFT JOIN asg ON asg.region = per.region
            ORDER BY per.region
            """,
        )

    def score_bins(self, scope: Scope) -> list[tuple[int, int]]:
        """(bin 0..9, count) of best finished scores per learner and module."""
        return self._all(
            scope,
            "SELECT MIN(CAST(best / 10 AS INTEGER), 9) AS b, COUNT(*) FROM pa WHERE best IS NOT NULL GROUP BY b",
        )

    # Items ------------------------------------------------------------------
    def item_sums(self, scope: Scope) -> list[tuple[Any, ...]]:
        """Per (module, question) over finished attempts: n, correct, mean score, sums for the
        point-biserial (x, x², c·x with x the attempt score) and the top/bottom 27% counts."""
        return self._all(
            scope,
            """,
            ranked AS (
                SELECT id, module_id, score,
                    ROW_NUMBER() OVER (PARTITION BY module_id ORDER BY score DESC, id) AS rn,
                    COUNT(*) OVER (PARTITION BY module_id) AS n
                FROM fa WHERE finished IS NOT NULL
            ),
            grp AS (
                SELECT id, module_id, score,
                    CASE WHEN rn <= n * 27 / 100 THEN 1 WHEN rn > n - n * 27 / 100 THEN -1 ELSE 0 END AS g
                FROM ranked
            )
            SELECT g.module_id, r.question_id, COUNT(*), SUM(r.correct), AVG(r.score),
                TOTAL(g.score), TOTAL(g.score * g.score), TOTAL(r.correct * g.score),
                SUM(g.g = 1), TOTAL(CASE WHEN g.g = 1 THEN r.correct END),
                SUM(g.g = -1), TOTAL(CASE WHEN g.g = -1 THEN r.correct END)
            FROM grp g JOIN responses r ON r.attempt_id = g.id
            GROUP BY g.module_id, r.question_id
            """,
        )

    def wrong_choices(self, scope: Scope, question_ids: Sequence[str]) -> list[tuple[str, str, str, int]]:
        """(module, question, chosen option id, times) in wrong answers to choice questions."""
        if not question_ids:
            return []
        return self._all(
            scope,
            f"""
            SELECT fa.module_id, r.question_id, j.value, COUNT(*)
            FROM fa JOIN responses r ON r.attempt_id = fa.id, json_each(r.response) j
            WHERE fa.finished IS NOT NULL AND r.correct = 0 AND r.question_id IN ({_marks(len(question_ids))})
            GROUP BY fa.module_id, r.question_id, j.value
            """,
            question_ids,
        )

    def response_counts(self, scope: Scope, question_ids: Sequence[str]) -> list[tuple[str, str, str, int]]:
        """(module, question, response JSON, times) for the given questions: scenario paths."""
        if not question_ids:
            return []
        return self._all(
            scope,
            f"""
            SELECT fa.module_id, r.question_id, r.response, COUNT(*)
            FROM fa JOIN responses r ON r.attempt_id = fa.id
            WHERE fa.finished IS NOT NULL AND r.question_id IN ({_marks(len(question_ids))})
            GROUP BY fa.module_id, r.question_id, r.response
            """,
            question_ids,
        )

    # Attempts ---------------------------------------------------------------
    ATTEMPTS_BODY = f"""
        SELECT fa.id, fl.id, fl.name, fl.role, fl.region, fl.unit, fa.module_id, fa.started, fa.finished,
            CASE WHEN fa.finished IS NOT NULL THEN {SECONDS.format(f="fa.finished", s="fa.started")} END,
            fa.score, fa.passed
        FROM fa JOIN fl ON fl.id = fa.learner_id
        ORDER BY fl.name COLLATE NOCASE, fl.id, fa.started, fa.id
    """

    def iter_attempts(self, scope: Scope) -> Iterator[tuple[Any, ...]]:
        """(attempt id, learner id, name, role, region, unit, module, started, finished, seconds,
        score, passed) for every attempt in scope, streamed."""
        return self.conn.execute(scope.sql + self.ATTEMPTS_BODY, scope.params)

    # One learner ------------------------------------------------------------
    def learner_attempts(self, learner_id: str) -> list[tuple[Any, ...]]:
        secs = SECONDS.format(f="finished", s="started")
        return self.conn.execute(
            f"SELECT id, module_id, content_version, started, finished, score, passed, "
            f"CASE WHEN finished IS NOT NULL THEN {secs} END "
            "FROM attempts WHERE learner_id = ? ORDER BY started, rowid",
            [learner_id],
        ).fetchall()

    def learner_responses(self, learner_id: str) -> list[tuple[Any, ...]]:
        return self.conn.execute(
            "SELECT r.attempt_id, r.question_id, r.response, r.score, r.correct, r.answered "
            "FROM responses r JOIN attempts a ON a.id = r.attempt_id WHERE a.learner_id = ? "
            "ORDER BY r.answered, r.rowid",
            [learner_id],
        ).fetchall()

    # Settings ---------------------------------------------------------------
    def pseudonym_secret(self, new_secret: str) -> str:
        """The database's pseudonym secret, storing ``new_secret`` first if there is none."""
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", [PSEUDONYM_KEY]).fetchone()
        if row is not None:
            return row[0]
        try:
            self.conn.execute("INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)", [PSEUDONYM_KEY, new_secret])
            self.conn.commit()
        except sqlite3.OperationalError as exc:
            from trainer.storage.database import StorageError
            from trainer.storage.faults import user_message

            raise StorageError(
                "An anonymised report needs a secret kept in the progress database, made the first time one is "
                "written. " + user_message(exc, "that secret")
            ) from exc
        return self.conn.execute("SELECT value FROM settings WHERE key = ?", [PSEUDONYM_KEY]).fetchone()[0]
