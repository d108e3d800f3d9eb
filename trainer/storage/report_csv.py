"""The cohort matrix as CSV text, most of it formatted by SQLite (the CSV export's fast path).

Per learner-module row SQLite writes everything after the module's title exactly as Python's
``csv.writer`` writes the values: numbers as ``str``/``repr`` give them, text quoted only when it
holds a comma, a quote or a line break. The learner's and the module's cells are formatted once
each by the caller (names may be pseudonyms), so a row crosses into Python as the learner's id,
the module's place and the rest of the line. Learners come in the same order from a second cursor.

Where SQLite's own number text could differ from Python's (a best score that does not print back
exactly in 15 digits, negative or huge times) a Python function formats that one value.
"""

from __future__ import annotations

import sqlite3

from trainer.storage.report_queries import Scope

# Text csv.writer quotes (QUOTE_MINIMAL with the default dialect): a comma, a quote, CR or LF.
_NEEDS_QUOTES = """'*[,"' || char(10, 13) || ']*'"""
_SECS = "CAST(COALESCE(pa.seconds, 0) AS INTEGER)"


def _quoted(x: str) -> str:
    return f"""CASE WHEN {x} GLOB {_NEEDS_QUOTES} THEN '"' || replace({x}, '"', '""') || '"' ELSE {x} END"""


def _python_float(value: float) -> str:
    """``repr`` of a float, as csv.writer writes it."""
    return repr(float(value))


def _python_minutes(seconds: int) -> str:
    """Minutes to a tenth, as the exports round them (``round(seconds / 60, 1)``)."""
    return repr(round(seconds / 60, 1))


# The best score: SQLite prints a real in 15 significant digits; when those read back as the same
# number and need no exponent, they are the shortest digits that do, which is what repr gives.
_BEST = """CASE
    WHEN pa.best IS NULL THEN ''
    WHEN abs(pa.best) >= 0.0001 AND abs(pa.best) < 1e15 AND CAST(CAST(pa.best AS TEXT) AS REAL) = pa.best
        THEN CAST(pa.best AS TEXT)
    ELSE csv_python_float(pa.best) END"""
# Minutes to a tenth from whole seconds: tenths = (s + 3) / 6 rounds to nearest when s / 6 is not
# a half; at a half (s % 6 = 3) Python's rounding follows the binary value of s / 60, so Python rounds.
_MINUTES = f"""CASE WHEN {_SECS} BETWEEN 0 AND 1000000000000 AND {_SECS} % 6 != 3
    THEN (({_SECS} + 3) / 60) || '.' || (({_SECS} + 3) / 6 % 10)
    ELSE csv_python_minutes({_SECS}) END"""
# A module not started (no ``pa`` row) is in the matrix only because it is assigned, so its line is
# always the same: assigned, not started, no score, no attempts, 0.0 minutes, no last activity. Most
# rows are these; the constant spares SQLite formatting each of them.
_NOT_STARTED = """',1,not_started,,0,0,0.0,' || char(13, 10)"""
_STATE = """CASE WHEN COALESCE(pa.passed, 0) THEN 'passed' WHEN COALESCE(pa.finished, 0) THEN 'completed'
    WHEN COALESCE(pa.attempts, 0) THEN 'in_progress' ELSE 'not_started' END"""

# CROSS JOIN keeps SQLite's loop order: learners in the order of their (name, id) index, so only
# each learner's few rows are sorted by module, never the whole matrix. ``+l.id`` keeps the
# filter's learners from driving the loop instead.
ROWS_BODY = """
        FROM learners l CROSS JOIN mods m
        LEFT JOIN pa ON pa.learner_id = l.id AND pa.module_id = m.module_id
        WHERE (instr(m.roles, ',' || l.role || ',') > 0 OR pa.learner_id IS NOT NULL)
          AND +l.id IN (SELECT id FROM fl)
        ORDER BY l.name COLLATE NOCASE, l.id, m.ord
"""


def matrix_lines(conn: sqlite3.Connection, scope: Scope) -> tuple[sqlite3.Cursor, sqlite3.Cursor]:
    """(learners, rows) for the scope: learners as (id, name, role, region, unit, active) and rows as
    (learner id, the module's place in the scope's modules, the line from the cell after the
    module's title on, CRLF included), both in the matrix's order (name, any case, then id). The
    caller puts the learner's and the module's cells before each row's text, and closes both.

    Both cursors start before either is read, so they see the same snapshot of the database.
    """
    conn.create_function("csv_python_float", 1, _python_float, deterministic=True)
    conn.create_function("csv_python_minutes", 1, _python_minutes, deterministic=True)
    learners = conn.execute(scope.sql + " SELECT * FROM fl ORDER BY name COLLATE NOCASE, id", scope.params)
    rows = conn.execute(
        scope.sql
        + f"""
        SELECT l.id, m.ord, CASE WHEN pa.learner_id IS NULL THEN {_NOT_STARTED} ELSE printf(
            ',%d,%s,%s,%d,%d,%s,%s' || char(13, 10),
            instr(m.roles, ',' || l.role || ',') > 0, {_STATE}, {_BEST},
            COALESCE(pa.attempts, 0), COALESCE(pa.finished, 0), {_MINUTES},
            {_quoted("COALESCE(pa.last, '')")}) END
        """
        + ROWS_BODY,
        scope.params,
    )
    return learners, rows
