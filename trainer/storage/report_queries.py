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
from dataclasses import dataclass, replace
from typing import Any

from trainer.domain.analytics import ReportFilter
from trainer.storage.report_aggregates import NO_SCORE
from trainer.storage.report_groups import GroupedQueries

# Whole seconds between two ISO timestamps (both carry their UTC offset).
SECONDS = "CAST(ROUND((julianday({f}) - julianday({s})) * 86400) AS INTEGER)"
PSEUDONYM_KEY = "report_pseudonym_secret"


def _marks(n: int) -> str:
    return ", ".join("?" * n)


def values_list(rows: Sequence[tuple[Any, ...]], width: int) -> tuple[str, list[Any]]:
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
    # Figures may read the cohort groups (report_cohort): aggregates on, no date, unit or cohort filter.
    grouped: bool = False
    learner_where: str = "1"  # the learner conditions on role, region and active, and their parameters
    learner_params: tuple[Any, ...] = ()
    assigning: tuple[str, ...] = ()  # roles whose curriculum assigns one of the modules

    @classmethod
    def build(
        cls, f: ReportFilter, modules: Sequence[str], curriculum: Sequence[tuple[str, str]], aggregates: bool = False
    ) -> Scope:
        """The filter as SQL. With ``aggregates`` (and no date range, which the per learner-module
        aggregates cannot cut) ``pa`` reads ``report_pairs`` instead of grouping every attempt."""
        roles: dict[str, list[str]] = {m: [] for m in modules}
        for role, module_id in curriculum:
            roles.setdefault(module_id, []).append(role)
        mods_sql, mods_params = values_list([(m, i, "," + ",".join(roles[m]) + ",") for i, m in enumerate(modules)], 3)
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
        if f.cohort_id is not None:  # cohort filter (trainer.storage.cohorts owns the table)
            learner_where.append("id IN (SELECT learner_id FROM cohort_members WHERE cohort_id = ?)")
            learner_params.append(f.cohort_id)
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
        if aggregates and f.since is None and f.until is None:
            pa = PA_FROM_PAIRS
        days = (f.since.isoformat() if f.since else "0000-00-00", f.until.isoformat() if f.until else "9999-99-99")
        params = (*mods_params, *learner_params, *attempt_params, *attempt_params)
        grouped = pa == PA_FROM_PAIRS and f.unit is None and f.cohort_id is None
        assigning = tuple(sorted({role for role, _ in curriculum}))
        return cls(
            sql.replace("{PA}", pa), params, days, pa, grouped, " AND ".join(learner_where), tuple(learner_params),
            assigning,
        )  # fmt: skip


# ``pa`` from the per learner-module aggregates: a person's own rows as they are, and the rows of
# people with merged-in profiles folded together (the same sums, counts and maxima as grouping fa).
PA_FROM_PAIRS = """
            SELECT p.learner_id, p.module_id, p.attempts, p.finished, p.passed, p.best, p.seconds, p.last
            FROM fl JOIN report_pairs p ON p.learner_id = fl.id
            WHERE p.module_id IN (SELECT module_id FROM mods) AND fl.id NOT IN (SELECT person_id FROM merged)
            UNION ALL
            SELECT x.person_id, x.module_id, SUM(x.attempts), SUM(x.finished), MAX(x.passed), MAX(x.best),
                TOTAL(x.seconds), MAX(x.last)
            FROM (
                SELECT m.person_id, p.* FROM merged m JOIN report_pairs p ON p.learner_id = m.learner_id
                UNION ALL
                SELECT p.learner_id, p.* FROM report_pairs p WHERE p.learner_id IN (SELECT person_id FROM merged)
            ) x JOIN fl ON fl.id = x.person_id
            WHERE x.module_id IN (SELECT module_id FROM mods)
            GROUP BY x.person_id, x.module_id"""


def _medians(counts: Sequence[tuple[str, float, int]]) -> dict[str, float]:
    """Per module, the median of values given as (module, value, times), lowest value first: the
    mean of the values ranked (n + 1) // 2 and (n + 2) // 2, as the SQL median has it."""
    per: dict[str, list[tuple[float, int]]] = {}
    for module_id, value, n in counts:
        per.setdefault(module_id, []).append((value, n))
    out = {}
    for module_id, values in per.items():
        total = sum(n for _, n in values)
        wanted = [(total + 1) // 2, (total + 2) // 2]
        found, seen = [], 0
        for value, n in values:
            seen += n
            while wanted and wanted[0] <= seen:
                wanted.pop(0)
                found.append(value)
        out[module_id] = sum(found) / len(found)
    return out


class ReportQueries:
    """Read-only report queries over one connection (the caller owns the connection)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.grouped = GroupedQueries(conn)

    def cached(self, scope: Scope, state: dict[str, Any], rows: bool = False) -> Scope:
        """``scope`` with ``pa`` read from a temporary table, rebuilt when the scope or the data change.

        ``state`` remembers, per connection, which scope the table holds and the data version it
        was built at (PRAGMA data_version sees other connections' commits, total_changes our own).
        The dashboard asks several questions of the same scope; each then skips the grouping.
        """
        if scope.grouped and not rows:
            return scope  # the figures read the cohort groups, and a matrix page its learners' pairs
        # ``rows``: every learner-module row is wanted (an export), so ``pa`` is worth a table.
        scope = replace(scope, grouped=False)
        version = (self.conn.execute("PRAGMA data_version").fetchone()[0], self.conn.total_changes)
        key = (scope.sql, scope.params)
        if state.get("key") != key or state.get("version") != version:
            self.conn.execute("DROP TABLE IF EXISTS temp.report_pa")
            self.conn.execute(f"CREATE TEMP TABLE report_pa AS {scope.sql} SELECT * FROM pa", scope.params)
            self.conn.execute("CREATE INDEX temp.report_pa_pair ON report_pa(learner_id, module_id)")
            state["key"] = key
            state["version"] = (self.conn.execute("PRAGMA data_version").fetchone()[0], self.conn.total_changes)
        return replace(scope, sql=scope.sql.replace(scope.pa, "SELECT * FROM temp.report_pa"))

    def _all(self, scope: Scope, body: str, extra: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self.conn.execute(scope.sql + body, (*scope.params, *extra)).fetchall()

    def has_aggregates(self) -> bool:
        """Whether the database keeps the report aggregates (migrated to m010)."""
        from trainer.storage import report_aggregates

        return report_aggregates.present(self.conn)

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
        if scope.grouped:
            return self.grouped.summary(scope)
        return self._all(
            scope,
            """
            SELECT fls.n, fls.active, fls.assigned, pas.started, pas.completed, pas.passed, pas.attempts, pas.fin,
                pas.mean, (
                SELECT COUNT(*) FROM certificates c JOIN fl ON fl.id = c.learner_id
                WHERE EXISTS (SELECT 1 FROM json_each(c.module_ids) j WHERE j.value IN (SELECT module_id FROM mods))
                  AND substr(c.issued, 1, 10) >= ? AND substr(c.issued, 1, 10) <= ?)
            FROM (SELECT COUNT(*) AS n, TOTAL(active = 1) AS active,
                         (SELECT COUNT(*) FROM fl JOIN mods m ON instr(m.roles, ',' || fl.role || ',') > 0) AS assigned
                  FROM fl) fls,
                 (SELECT COUNT(*) AS started, TOTAL(finished > 0) AS completed, TOTAL(passed) AS passed,
                         AVG(best) AS mean, TOTAL(attempts) AS attempts, TOTAL(finished) AS fin FROM pa) pas
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

    # The matrix a page of learners at a time (the dashboard's model fetches as it scrolls).
    _SHOWN = """,
        shown AS (
            SELECT fl.* FROM fl
            WHERE (EXISTS (SELECT 1 FROM mods m WHERE instr(m.roles, ',' || fl.role || ',') > 0)
                   OR fl.id IN (SELECT learner_id FROM pa))
              AND (? = '' OR instr(casefold(fl.name), ?) > 0)
        )"""

    def _search(self, text: str) -> tuple[str, str]:
        self.conn.create_function(
            "casefold", 1, lambda v: v.casefold() if isinstance(v, str) else v, deterministic=True
        )
        folded = text.casefold()
        return folded, folded

    def matrix_learner_count(self, scope: Scope, search: str = "") -> int:
        """How many learners have a row in the matrix (whose name contains ``search``, any case)."""
        if scope.grouped:
            return self.grouped.matrix_learner_count(scope, self._search(search))
        return self._all(scope, self._SHOWN + " SELECT COUNT(*) FROM shown", self._search(search))[0][0]

    def matrix_page(self, scope: Scope, offset: int, limit: int, search: str = "") -> list[tuple[Any, ...]]:
        """The rows of ``iter_matrix`` for learners ``offset`` to ``offset + limit`` in matrix order."""
        if scope.grouped:
            return self.grouped.matrix_page(scope, self.MATRIX_BODY, offset, limit, self._search(search))
        body = self.MATRIX_BODY.replace("FROM fl CROSS JOIN", "FROM page AS fl CROSS JOIN")
        sql = self._SHOWN + ", page AS (SELECT * FROM shown ORDER BY name COLLATE NOCASE, id LIMIT ? OFFSET ?)" + body
        return self._all(scope, sql, (*self._search(search), limit, offset))

    def count_matrix(self, scope: Scope) -> int:
        if scope.grouped:
            return self.grouped.count_matrix(scope)
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
        if scope.grouped:
            medians = _medians(self.grouped.best_counts(scope))
            return [(*r[:6], medians.get(r[0]), *r[7:]) for r in self.grouped.module_stats(scope)]
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
        if scope.grouped:
            return self.grouped.region_completion(scope)
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
        if scope.grouped:
            return self.grouped.score_bins(scope)
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

    # Items from the aggregates ------------------------------------------------
    # With no learner filter they are read as they are. With one (and no date range) the finished
    # attempts the filter leaves out are put in ``temp.report_left_out`` and their answers taken
    # away, which reads only those answers (the caller picks this when they are the smaller part).
    # With only the active filter, the part of the aggregates for that flag (``active``) is read,
    # and ``temp.report_left_out`` holds the few attempts of merged profiles whose person's flag
    # differs from their own, each with the sign that puts it right.
    def leave_out(self, scope: Scope) -> int:
        """Fill ``temp.report_left_out`` with the finished attempts at the scope's modules whose
        person the filter leaves out; returns how many."""
        self.conn.execute("DROP TABLE IF EXISTS temp.report_left_out")
        self.conn.execute(
            f"""
            CREATE TEMP TABLE report_left_out AS {scope.sql},
            out_learners AS (
                SELECT id FROM learners WHERE id NOT IN (SELECT learner_id FROM links) AND id NOT IN (SELECT id FROM fl)
                UNION ALL
                SELECT learner_id FROM links
                WHERE learner_id NOT IN (SELECT m.learner_id FROM merged m JOIN fl ON fl.id = m.person_id)
            )
            SELECT a.id, a.module_id, a.score, -1 AS sign FROM out_learners o JOIN attempts a ON a.learner_id = o.id
            WHERE a.finished IS NOT NULL AND a.module_id IN (SELECT module_id FROM mods)
            """,
            scope.params,
        )
        self.conn.execute("CREATE UNIQUE INDEX temp.report_left_out_id ON report_left_out(id)")
        return self.conn.execute("SELECT COUNT(*) FROM temp.report_left_out").fetchone()[0]

    def adjust_active(self, scope: Scope, active: int) -> int:
        """For a scope whose only learner filter is ``active``: fill ``temp.report_left_out`` with the
        finished attempts of merged profiles that the part for ``active`` counts wrongly: sign -1
        when the profile has the flag but its person is left out, +1 when the profile lacks it but
        its person is kept. Returns how many."""
        self.conn.execute("DROP TABLE IF EXISTS temp.report_left_out")
        self.conn.execute(
            f"""
            CREATE TEMP TABLE report_left_out AS {scope.sql}
            SELECT a.id, a.module_id, a.score, CASE WHEN l.active = ? THEN -1 ELSE 1 END AS sign
            FROM learners l JOIN attempts a ON a.learner_id = l.id
            WHERE l.id IN (SELECT learner_id FROM links)
              AND a.finished IS NOT NULL AND a.module_id IN (SELECT module_id FROM mods)
              AND (l.active = ?) != (l.id IN (SELECT m.learner_id FROM merged m JOIN fl ON fl.id = m.person_id))
            """,
            [*scope.params, active, active],
        )
        self.conn.execute("CREATE UNIQUE INDEX temp.report_left_out_id ON report_left_out(id)")
        return self.conn.execute("SELECT COUNT(*) FROM temp.report_left_out").fetchone()[0]

    def learners_kept(self, scope: Scope) -> tuple[int, int]:
        """(learners the filter keeps, learners in all), to choose between reading and taking away."""
        return self._all(scope, " SELECT (SELECT COUNT(*) FROM fl), (SELECT COUNT(*) FROM learners)")[0]

    @staticmethod
    def _part(active: int | None) -> tuple[str, list[Any]]:
        """The condition and parameters that read one part of the item aggregates (None: both)."""
        return ("", []) if active is None else (" AND active = ?", [active])

    @staticmethod
    def _item_scores(modules: Sequence[str], left_out: bool, part: str) -> str:
        source = (
            "SELECT module_id, question_id, score, answers, correct, points FROM report_item_scores "
            f"WHERE module_id IN ({_marks(len(modules))}){part}"
        )
        if not left_out:
            return source
        return f"""
            SELECT module_id, question_id, score, SUM(answers) AS answers, SUM(correct) AS correct, TOTAL(points) AS points
            FROM ({source}
                  UNION ALL
                  SELECT x.module_id, r.question_id, COALESCE(x.score, {NO_SCORE}), x.sign, x.sign * r.correct,
                      x.sign * r.score
                  FROM temp.report_left_out x JOIN responses r ON r.attempt_id = x.id)
            GROUP BY module_id, question_id, score HAVING SUM(answers) > 0"""

    def item_bucket_sums(
        self,
        modules: Sequence[str],
        edges: Sequence[tuple[str, float, float]],
        left_out: bool = False,
        active: int | None = None,
    ) -> list[tuple[Any, ...]]:
        """The rows of ``item_sums`` from the score buckets, with the top and bottom groups' whole
        buckets given per module as (module, lowest top score, highest bottom score); the attempts
        a tie splits at a group's edge are added by the caller."""
        if not modules:
            return []
        edge_sql, edge_params = values_list(edges, 3)
        part, part_params = self._part(active)
        return self.conn.execute(
            f"""
            WITH edges(module_id, top_from, bottom_to) AS ({edge_sql}),
            b AS ({self._item_scores(modules, left_out, part)})
            SELECT b.module_id, b.question_id, SUM(b.answers), SUM(b.correct), TOTAL(b.points) / SUM(b.answers),
                TOTAL(CASE WHEN b.score >= 0 THEN b.answers * b.score END),
                TOTAL(CASE WHEN b.score >= 0 THEN b.answers * b.score * b.score END),
                TOTAL(CASE WHEN b.score >= 0 THEN b.correct * b.score END),
                TOTAL(CASE WHEN b.score >= e.top_from THEN b.answers END),
                TOTAL(CASE WHEN b.score >= e.top_from THEN b.correct END),
                TOTAL(CASE WHEN b.score <= e.bottom_to THEN b.answers END),
                TOTAL(CASE WHEN b.score <= e.bottom_to THEN b.correct END)
            FROM b LEFT JOIN edges e ON e.module_id = b.module_id
            GROUP BY b.module_id, b.question_id
            """,
            [*edge_params, *modules, *part_params],
        ).fetchall()

    def module_score_counts(
        self, modules: Sequence[str], left_out: bool = False, active: int | None = None
    ) -> list[tuple[str, float, int]]:
        """(module, attempt score, finished attempts), best scores first."""
        part, part_params = self._part(active)
        source = (
            "SELECT module_id, score, attempts FROM report_module_scores "
            f"WHERE module_id IN ({_marks(len(modules))}){part}"
        )
        if left_out:
            source += f" UNION ALL SELECT module_id, COALESCE(score, {NO_SCORE}), sign FROM temp.report_left_out"
        return self.conn.execute(
            f"SELECT module_id, score, SUM(attempts) FROM ({source}) GROUP BY module_id, score HAVING SUM(attempts) > 0 "
            "ORDER BY module_id, score DESC",
            [*modules, *part_params],
        ).fetchall()

    def score_group_answers(
        self,
        module_id: str,
        score: float | None,
        take: int,
        last: bool,
        left_out: bool = False,
        active: int | None = None,
    ) -> list[tuple[str, int, int]]:
        """(question, answers, correct) in the ``take`` finished attempts at ``score`` with the lowest ids
        (``last``: the highest), the part of a top or bottom group that a tie at its edge splits."""
        where = "score IS NULL" if score is None else "score = ?"
        params: list[Any] = [module_id, *([] if score is None else [score])]
        kept = "AND id NOT IN (SELECT id FROM temp.report_left_out)" if left_out else ""
        if active is not None:  # the learner's part, put right for merged profiles
            kept = """AND (((SELECT l.active FROM learners l WHERE l.id = learner_id) = ?
                       AND id NOT IN (SELECT id FROM temp.report_left_out WHERE sign < 0))
                      OR id IN (SELECT id FROM temp.report_left_out WHERE sign > 0))"""
            params.append(active)
        return self.conn.execute(
            f"""
            SELECT r.question_id, COUNT(*), SUM(r.correct)
            FROM (SELECT id FROM attempts WHERE module_id = ? AND finished IS NOT NULL AND {where} {kept}
                  ORDER BY id {"DESC" if last else ""} LIMIT ?) a
            JOIN responses r ON r.attempt_id = a.id
            GROUP BY r.question_id
            """,
            [*params, take],
        ).fetchall()

    def answer_counts(
        self,
        modules: Sequence[str],
        question_ids: Sequence[str],
        wrong_options: bool,
        left_out: bool = False,
        active: int | None = None,
    ) -> list[tuple[str, str, Any, int]]:
        """(module, question, response JSON, times) in finished attempts for the given questions; with
        ``wrong_options`` (module, question, option chosen, times) in wrong answers instead."""
        if not question_ids or not modules:
            return []
        qs = _marks(len(question_ids))
        part, part_params = self._part(active)
        source = (
            f"SELECT module_id, question_id, correct, response, answers FROM report_item_answers "
            f"WHERE module_id IN ({_marks(len(modules))}) AND question_id IN ({qs}){part}"
        )
        params = [*modules, *question_ids, *part_params]
        if left_out:
            source = f"""
                SELECT module_id, question_id, correct, response, SUM(answers) AS answers
                FROM ({source}
                      UNION ALL
                      SELECT x.module_id, r.question_id, r.correct, r.response, x.sign
                      FROM temp.report_left_out x JOIN responses r ON r.attempt_id = x.id
                      WHERE r.question_id IN ({qs}))
                GROUP BY module_id, question_id, correct, response HAVING SUM(answers) > 0"""
            params += list(question_ids)
        what, join = ("j.value", ", json_each(a.response) j") if wrong_options else ("a.response", "")
        return self.conn.execute(
            f"""
            SELECT a.module_id, a.question_id, {what}, SUM(a.answers) FROM ({source}) a{join}
            {"WHERE a.correct = 0" if wrong_options else ""}
            GROUP BY a.module_id, a.question_id, {what}
            """,
            params,
        ).fetchall()

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
            "ORDER BY r.answered, r.question_id",
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
