"""Dashboard figures from the cohort groups (``report_cohort``, ``report_learner_groups``), for a
scope whose learners are chosen by role, region and status only and that has no date range.

The groups count every learner's own rows. Merged profiles are put right at read time: the rows
of the few learners a merge involves are taken away and their persons' folded rows added back
(``cg`` below), so the figures equal those that ``ReportQueries`` computes from every pair.
Each method returns rows shaped as the ``ReportQueries`` method of the same name.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from trainer.storage.report_aggregates import NO_SCORE

if TYPE_CHECKING:
    from trainer.storage.report_queries import Scope


def _marks(n: int) -> str:
    return ", ".join("?" * n)


ASSIGNED = "instr(m.roles, ',' || {t}.role || ',') > 0"

_GROUPS = f""",
    mx AS (SELECT learner_id FROM links UNION SELECT person_id FROM merged),
    cg(module_id, role, region, active, best, pairs, completed, passed, attempts, finished, seconds) AS (
        SELECT module_id, role, region, active, best, pairs, completed, passed, attempts, finished, seconds
        FROM report_cohort WHERE module_id IN (SELECT module_id FROM mods) AND {{LW}}
        UNION ALL
        SELECT module_id, role, region, active, COALESCE(best, {NO_SCORE}), -1, -(finished > 0), -passed, -attempts,
            -finished, -(CASE WHEN finished > 0 THEN seconds ELSE 0 END)
        FROM report_pairs
        WHERE learner_id IN (SELECT learner_id FROM mx) AND module_id IN (SELECT module_id FROM mods) AND {{LW}}
        UNION ALL
        SELECT x.module_id, fl.role, fl.region, fl.active, COALESCE(MAX(x.best), {NO_SCORE}), 1, SUM(x.finished) > 0,
            MAX(x.passed), SUM(x.attempts), SUM(x.finished), CASE WHEN SUM(x.finished) > 0 THEN TOTAL(x.seconds) ELSE 0 END
        FROM (
            SELECT m.person_id, p.module_id, p.best, p.finished, p.passed, p.attempts, p.seconds
            FROM merged m JOIN report_pairs p ON p.learner_id = m.learner_id
            UNION ALL
            SELECT p.learner_id, p.module_id, p.best, p.finished, p.passed, p.attempts, p.seconds
            FROM report_pairs p WHERE p.learner_id IN (SELECT person_id FROM merged)
        ) x JOIN fl ON fl.id = x.person_id
        WHERE x.module_id IN (SELECT module_id FROM mods)
        GROUP BY x.person_id, x.module_id
    ),
    lg(role, region, active, learners) AS (
        SELECT role, region, active, learners FROM report_learner_groups WHERE {{LW}}
        UNION ALL
        SELECT role, region, active, -1 FROM learners WHERE id IN (SELECT learner_id FROM links) AND {{LW}}
    )"""


class GroupedQueries:
    """The dashboard's queries over the cohort groups (the caller owns the connection)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def _all(self, scope: Scope, body: str, extra: Sequence[Any] = (), groups: bool = True) -> list[tuple[Any, ...]]:
        """Run ``body`` after the scope (and the groups: without them ``fl`` is read once, so SQLite can
        walk it in name order through an index and stop after a page)."""
        if not groups:
            return self.conn.execute(scope.sql + body, (*scope.params, *extra)).fetchall()
        sql = scope.sql + _GROUPS.replace("{LW}", scope.learner_where) + body
        params = (*scope.params, *scope.learner_params, *scope.learner_params, *scope.learner_params,
                  *scope.learner_params, *extra)  # fmt: skip
        return self.conn.execute(sql, params).fetchall()

    def summary(self, scope: Scope) -> tuple[Any, ...]:
        return self._all(
            scope,
            f"""
            SELECT (SELECT COALESCE(SUM(learners), 0) FROM lg),
                (SELECT COALESCE(SUM(learners), 0) FROM lg WHERE active = 1),
                (SELECT COALESCE(SUM(lg.learners), 0) FROM lg JOIN mods m ON {ASSIGNED.format(t="lg")}),
                COALESCE(SUM(pairs), 0), COALESCE(SUM(completed), 0), COALESCE(SUM(passed), 0),
                COALESCE(SUM(attempts), 0), COALESCE(SUM(finished), 0),
                TOTAL(CASE WHEN best >= 0 THEN best * pairs END) / NULLIF(SUM(CASE WHEN best >= 0 THEN pairs END), 0),
                (SELECT COALESCE(SUM(g.certificates), 0) FROM report_certificate_groups g WHERE {scope.learner_where}
                   AND EXISTS (SELECT 1 FROM json_each(g.module_ids) j WHERE j.value IN (SELECT module_id FROM mods)))
                - (SELECT COUNT(*) FROM certificates c JOIN learners l ON l.id = c.learner_id
                   WHERE c.learner_id IN (SELECT learner_id FROM links) AND {scope.learner_where}
                     AND EXISTS (SELECT 1 FROM json_each(c.module_ids) j WHERE j.value IN (SELECT module_id FROM mods)))
            FROM cg
            """,
            (*scope.learner_params, *scope.learner_params),
        )[0]

    def module_stats(self, scope: Scope) -> list[tuple[Any, ...]]:
        """As ``ReportQueries.module_stats``; the median is None here (``best_counts`` gives it)."""
        return self._all(
            scope,
            f""",
            agg AS (
                SELECT module_id, SUM(pairs) AS started, SUM(completed) AS completed, SUM(passed) AS passed,
                    TOTAL(CASE WHEN best >= 0 THEN best * pairs END)
                        / NULLIF(SUM(CASE WHEN best >= 0 THEN pairs END), 0) AS mean,
                    TOTAL(seconds) / NULLIF(SUM(completed), 0) AS seconds, SUM(attempts) AS attempts
                FROM cg GROUP BY module_id
            ),
            asg AS (SELECT m.module_id, SUM(lg.learners) AS n FROM lg JOIN mods m ON {ASSIGNED.format(t="lg")}
                    GROUP BY m.module_id)
            SELECT m.module_id, COALESCE(asg.n, 0), COALESCE(agg.started, 0), COALESCE(agg.completed, 0),
                COALESCE(agg.passed, 0), agg.mean, NULL, agg.seconds, COALESCE(agg.attempts, 0)
            FROM mods m LEFT JOIN agg ON agg.module_id = m.module_id LEFT JOIN asg ON asg.module_id = m.module_id
            ORDER BY m.ord
            """,
        )

    def best_counts(self, scope: Scope) -> list[tuple[str, float, int]]:
        """(module, best score, pairs) for the pairs with a best finished score, lowest first."""
        return self._all(
            scope,
            """
            SELECT module_id, best, SUM(pairs) FROM cg WHERE best >= 0
            GROUP BY module_id, best HAVING SUM(pairs) > 0 ORDER BY module_id, best
            """,
        )

    def region_completion(self, scope: Scope) -> list[tuple[Any, ...]]:
        return self._all(
            scope,
            f""",
            per AS (SELECT region, SUM(learners) AS learners FROM lg GROUP BY region),
            asg AS (SELECT lg.region, SUM(lg.learners) AS assigned FROM lg JOIN mods m ON {ASSIGNED.format(t="lg")}
                    GROUP BY lg.region),
            done AS (SELECT cg.region, SUM(cg.completed) AS completed, SUM(cg.passed) AS passed
                     FROM cg JOIN mods m ON m.module_id = cg.module_id AND {ASSIGNED.format(t="cg")}
                     GROUP BY cg.region)
            SELECT per.region, per.learners, COALESCE(asg.assigned, 0), COALESCE(done.completed, 0),
                COALESCE(done.passed, 0)
            FROM per LEFT JOIN asg ON asg.region = per.region LEFT JOIN done ON done.region = per.region
            WHERE per.learners > 0
            ORDER BY per.region
            """,
        )

    def score_bins(self, scope: Scope) -> list[tuple[int, int]]:
        return self._all(
            scope,
            "SELECT MIN(CAST(best / 10 AS INTEGER), 9) AS b, SUM(pairs) FROM cg WHERE best >= 0 GROUP BY b",
        )

    def count_matrix(self, scope: Scope) -> int:
        return self._all(
            scope,
            f"""
            SELECT (SELECT COALESCE(SUM(lg.learners), 0) FROM lg JOIN mods m ON {ASSIGNED.format(t="lg")})
                 + (SELECT COALESCE(SUM(cg.pairs), 0) FROM cg JOIN mods m ON m.module_id = cg.module_id
                    WHERE NOT {ASSIGNED.format(t="cg")})
            """,
        )[0][0]

    # The matrix a page at a time, reading report_pairs for the page's learners only. The learners
    # are read from the table itself (not ``fl``), so SQLite walks the name index and stops after a page.
    def _shown(self, scope: Scope) -> tuple[str, tuple[Any, ...]]:
        roles = _marks(len(scope.assigning)) or "NULL"
        where = f"""
            SELECT fl.id, fl.name, fl.role, fl.region, fl.unit, fl.active FROM learners AS fl
            WHERE {scope.learner_where} AND fl.id NOT IN (SELECT learner_id FROM links)
              AND (fl.role IN ({roles})
                   OR EXISTS (SELECT 1 FROM report_pairs p
                              WHERE p.learner_id = fl.id AND p.module_id IN (SELECT module_id FROM mods))
                   OR EXISTS (SELECT 1 FROM merged mm JOIN report_pairs p ON p.learner_id = mm.learner_id
                              WHERE mm.person_id = fl.id AND p.module_id IN (SELECT module_id FROM mods)))
              AND (? = '' OR instr(casefold(fl.name), ?) > 0)"""
        return where, (*scope.learner_params, *scope.assigning)

    def matrix_learner_count(self, scope: Scope, search: tuple[str, str]) -> int:
        shown, params = self._shown(scope)
        return self._all(scope, f", shown AS ({shown}) SELECT COUNT(*) FROM shown", (*params, *search), False)[0][0]

    def matrix_page(self, scope: Scope, body: str, offset: int, limit: int, search: tuple[str, str]) -> list[tuple]:
        """``body``: the matrix SELECT over ``fl`` and ``pa``, run on a page of learners."""
        from trainer.storage.report_queries import PA_FROM_PAIRS

        shown, params = self._shown(scope)
        page_pa = re.sub(r"\bfl\b", "page", PA_FROM_PAIRS)
        sql = (
            f", page AS ({shown} ORDER BY fl.name COLLATE NOCASE, fl.id LIMIT ? OFFSET ?)"
            + f", page_pa AS ({page_pa})"
            + body.replace("FROM fl CROSS JOIN", "FROM page AS fl CROSS JOIN").replace(
                "LEFT JOIN pa ON", "LEFT JOIN page_pa AS pa ON"
            )
        )
        return self._all(scope, sql, (*params, *search, limit, offset), groups=False)
