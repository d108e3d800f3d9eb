"""Report aggregates kept current by triggers, so the dashboard and item analysis read a few
thousand summary rows instead of every attempt and answer.

Seven tables, each a sum over the base tables that a full recomputation (``RECOMPUTE``) would give:

- ``report_pairs``: per (learner, module) with attempts, the figures the completion matrix shows
  (the learner as stored, with their role, region and active flag; merged profiles are folded into
  their person when a report reads them);
- ``report_cohort``: ``report_pairs`` summed per (module, role, region, active, best score), so the
  dashboard's figures for any role/region/status filter read a few thousand rows;
- ``report_learner_groups``: learners per (role, region, active);
- ``report_certificate_groups``: certificates per (role, region, active, module ids);
- ``report_module_scores``: finished attempts per (module, active, attempt score);
- ``report_item_scores``: answers in finished attempts per (module, question, active, attempt
  score): count, correct and points, from which facility, point-biserial and the top/bottom groups
  follow;
- ``report_item_answers``: answers in finished attempts per (module, question, active, correct,
  response text), for the wrong options chosen and the scenario paths taken.

``active`` in the last three is the active flag of the learner who made the attempt, as stored
(the default "active learners" filter then reads one part; a merged profile whose person has the
other flag is the rare exception a report corrects when it reads them). A change of the flag moves
the learner's answers from one part to the other.

A finished attempt without a score counts under the score ``-1`` (``NO_SCORE``).

Triggers on ``attempts``, ``responses``, ``learners``, ``certificates`` and ``report_pairs`` keep
them current in the same transaction as every write, whoever makes it (the quiz, a bundle merge,
a learner edited or deleted with all their records).
Merging learners needs no trigger: the merge is a link, resolved when a report is read.
Bulk loads drop the triggers and rebuild the tables once at the end (``suspended``).

The DDL here is what migrations m010 and m016 (the ``active`` key) created; change it only through a
new migration.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

NO_SCORE = -1.0
# In the order a rebuild fills them (report_cohort sums report_pairs).
TABLES = (
    "report_pairs",
    "report_module_scores",
    "report_item_scores",
    "report_item_answers",
    "report_cohort",
    "report_learner_groups",
    "report_certificate_groups",
)

_SECONDS = "CAST(ROUND((julianday(finished) - julianday(started)) * 86400) AS INTEGER)"

CREATE_TABLES = (
    """
    CREATE TABLE report_pairs (
        learner_id TEXT NOT NULL,
        module_id TEXT NOT NULL,
        attempts INTEGER NOT NULL,
        finished INTEGER NOT NULL,
        passed INTEGER NOT NULL,
        best REAL,
        seconds REAL NOT NULL,
        last TEXT,
        role TEXT NOT NULL,
        region TEXT NOT NULL,
        active INTEGER NOT NULL,
        PRIMARY KEY (learner_id, module_id)
    ) WITHOUT ROWID
    """,
    """
    CREATE TABLE report_cohort (
        module_id TEXT NOT NULL,
        role TEXT NOT NULL,
        region TEXT NOT NULL,
        active INTEGER NOT NULL,
        best REAL NOT NULL,
        pairs INTEGER NOT NULL,
        completed INTEGER NOT NULL,
        passed INTEGER NOT NULL,
        attempts INTEGER NOT NULL,
        finished INTEGER NOT NULL,
        seconds REAL NOT NULL,
        PRIMARY KEY (module_id, role, region, active, best)
    ) WITHOUT ROWID
    """,
    """
    CREATE TABLE report_certificate_groups (
        role TEXT NOT NULL,
        region TEXT NOT NULL,
        active INTEGER NOT NULL,
        module_ids TEXT NOT NULL,
        certificates INTEGER NOT NULL,
        PRIMARY KEY (role, region, active, module_ids)
    ) WITHOUT ROWID
    """,
    """
    CREATE TABLE report_learner_groups (
        role TEXT NOT NULL,
        region TEXT NOT NULL,
        active INTEGER NOT NULL,
        learners INTEGER NOT NULL,
        PRIMARY KEY (role, region, active)
    ) WITHOUT ROWID
    """,
    """
    CREATE TABLE report_module_scores (
        module_id TEXT NOT NULL,
        active INTEGER NOT NULL,
        score REAL NOT NULL,
        attempts INTEGER NOT NULL,
        PRIMARY KEY (module_id, active, score)
    ) WITHOUT ROWID
    """,
    """
    CREATE TABLE report_item_scores (
        module_id TEXT NOT NULL,
        question_id TEXT NOT NULL,
        active INTEGER NOT NULL,
        score REAL NOT NULL,
        answers INTEGER NOT NULL,
        correct INTEGER NOT NULL,
        points REAL NOT NULL,
        PRIMARY KEY (module_id, question_id, active, score)
    ) WITHOUT ROWID
    """,
    """
    CREATE TABLE report_item_answers (
        module_id TEXT NOT NULL,
        question_id TEXT NOT NULL,
        active INTEGER NOT NULL,
        correct INTEGER NOT NULL,
        response TEXT NOT NULL,
        answers INTEGER NOT NULL,
        PRIMARY KEY (module_id, question_id, active, correct, response)
    ) WITHOUT ROWID
    """,
)

# Full recomputations: the backfill, the rebuild after a bulk load, and what tests compare with.
RECOMPUTE = {
    "report_pairs": f"""
        SELECT a.learner_id, a.module_id, COUNT(*), COUNT(a.finished),
            MAX(CASE WHEN a.finished IS NOT NULL AND a.passed = 1 THEN 1 ELSE 0 END),
            MAX(CASE WHEN a.finished IS NOT NULL THEN a.score END),
            TOTAL(CASE WHEN a.finished IS NOT NULL THEN {_SECONDS} END),
            MAX(COALESCE(a.finished, a.started)), l.role, l.region, l.active
        FROM attempts a JOIN learners l ON l.id = a.learner_id GROUP BY a.learner_id, a.module_id""",
    "report_cohort": f"""
        SELECT module_id, role, region, active, COALESCE(best, {NO_SCORE}), COUNT(*), SUM(finished > 0), SUM(passed),
            SUM(attempts), SUM(finished), TOTAL(CASE WHEN finished > 0 THEN seconds END)
        FROM report_pairs GROUP BY 1, 2, 3, 4, 5""",
    "report_learner_groups": """
        SELECT role, region, active, COUNT(*) FROM learners GROUP BY 1, 2, 3""",
    "report_certificate_groups": """
        SELECT l.role, l.region, l.active, c.module_ids, COUNT(*)
        FROM certificates c JOIN learners l ON l.id = c.learner_id GROUP BY 1, 2, 3, 4""",
    "report_module_scores": f"""
        SELECT a.module_id, l.active, COALESCE(a.score, {NO_SCORE}), COUNT(*)
        FROM attempts a JOIN learners l ON l.id = a.learner_id
        WHERE a.finished IS NOT NULL GROUP BY 1, 2, 3""",
    "report_item_scores": f"""
        SELECT a.module_id, r.question_id, l.active, COALESCE(a.score, {NO_SCORE}), COUNT(*), SUM(r.correct),
            TOTAL(r.score)
        FROM attempts a JOIN learners l ON l.id = a.learner_id JOIN responses r ON r.attempt_id = a.id
        WHERE a.finished IS NOT NULL GROUP BY 1, 2, 3, 4""",
    "report_item_answers": """
        SELECT a.module_id, r.question_id, l.active, r.correct, r.response, COUNT(*)
        FROM attempts a JOIN learners l ON l.id = a.learner_id JOIN responses r ON r.attempt_id = a.id
        WHERE a.finished IS NOT NULL GROUP BY 1, 2, 3, 4, 5""",
}


def _pair(x: str) -> str:
    """Recompute one (learner, module) row from that pair's attempts (a few rows, via an index)."""
    body = RECOMPUTE["report_pairs"].replace(
        "GROUP BY", f"WHERE a.learner_id = {x}.learner_id AND a.module_id = {x}.module_id GROUP BY"
    )
    return f"""
        DELETE FROM report_pairs WHERE learner_id = {x}.learner_id AND module_id = {x}.module_id;
        INSERT INTO report_pairs (learner_id, module_id, attempts, finished, passed, best, seconds, last,
            role, region, active)
        {body};
    """


def _cohort(x: str, sign: str) -> str:
    """Add (``sign`` +) or take away (-) one report_pairs row in the cohort groups."""
    return f"""
        INSERT INTO report_cohort (module_id, role, region, active, best, pairs, completed, passed, attempts,
            finished, seconds)
        SELECT {x}.module_id, {x}.role, {x}.region, {x}.active, COALESCE({x}.best, {NO_SCORE}), {sign}1,
            {sign}({x}.finished > 0), {sign}{x}.passed, {sign}{x}.attempts, {sign}{x}.finished,
            {sign}(CASE WHEN {x}.finished > 0 THEN {x}.seconds ELSE 0 END) WHERE 1
        ON CONFLICT DO UPDATE SET pairs = pairs + excluded.pairs, completed = completed + excluded.completed,
            passed = passed + excluded.passed, attempts = attempts + excluded.attempts,
            finished = finished + excluded.finished, seconds = seconds + excluded.seconds;
        DELETE FROM report_cohort WHERE module_id = {x}.module_id AND role = {x}.role AND region = {x}.region
            AND active = {x}.active AND pairs = 0;
    """


def _group(x: str, sign: str) -> str:
    """Count (``sign`` +) or uncount (-) a learner in its (role, region, active) group."""
    return f"""
        INSERT INTO report_learner_groups (role, region, active, learners)
        SELECT {x}.role, {x}.region, {x}.active, {sign}1 WHERE 1
        ON CONFLICT DO UPDATE SET learners = learners + excluded.learners;
        DELETE FROM report_learner_groups WHERE learners = 0;
    """


def _certificates(rows: str, sign: str) -> str:
    """Count (``sign`` +) or uncount (-) certificates given as ``rows`` (c: certificate, l: learner)."""
    return f"""
        INSERT INTO report_certificate_groups (role, region, active, module_ids, certificates)
        SELECT l.role, l.region, l.active, c.module_ids, {sign}COUNT(*) FROM {rows}
        GROUP BY l.role, l.region, l.active, c.module_ids
        ON CONFLICT DO UPDATE SET certificates = certificates + excluded.certificates;
        DELETE FROM report_certificate_groups WHERE certificates = 0;
    """


def _module_score(x: str, sign: str) -> str:
    """Count (``sign`` +) or uncount (-) attempt ``x`` under its learner's active flag."""
    return f"""
        INSERT INTO report_module_scores (module_id, active, score, attempts)
        SELECT {x}.module_id, l.active, COALESCE({x}.score, {NO_SCORE}), {sign}1
        FROM learners l WHERE l.id = {x}.learner_id AND {x}.finished IS NOT NULL
        ON CONFLICT DO UPDATE SET attempts = attempts + excluded.attempts;
        DELETE FROM report_module_scores WHERE module_id = {x}.module_id AND attempts = 0;
    """


def _items(source: str, where: str, sign: str) -> str:
    """Add (``sign`` +) or take away (-) answers given as ``source`` rows (a: attempt, r: response,
    l: learner with its active flag) meeting ``where``."""
    return f"""
        INSERT INTO report_item_scores (module_id, question_id, active, score, answers, correct, points)
        SELECT a.module_id, r.question_id, l.active, COALESCE(a.score, {NO_SCORE}), {sign}1, {sign}r.correct,
            {sign}r.score
        FROM {source} WHERE {where}
        ON CONFLICT DO UPDATE SET answers = answers + excluded.answers, correct = correct + excluded.correct,
            points = points + excluded.points;
        INSERT INTO report_item_answers (module_id, question_id, active, correct, response, answers)
        SELECT a.module_id, r.question_id, l.active, r.correct, r.response, {sign}1
        FROM {source} WHERE {where}
        ON CONFLICT DO UPDATE SET answers = answers + excluded.answers;
    """


_PRUNE = """
        DELETE FROM report_item_scores WHERE answers = 0;
        DELETE FROM report_item_answers WHERE answers = 0;
"""


def _attempt_items(x: str, sign: str) -> str:
    source = f"(SELECT {x}.module_id AS module_id, {x}.score AS score) AS a, learners AS l, responses AS r"
    return _items(source, f"l.id = {x}.learner_id AND r.attempt_id = {x}.id AND {x}.finished IS NOT NULL", sign)


def _response_items(x: str, sign: str) -> str:
    source = f"attempts AS a, learners AS l, (SELECT {x}.question_id AS question_id, {x}.correct AS correct, {x}.score AS score, {x}.response AS response) AS r"
    return _items(source, f"a.id = {x}.attempt_id AND a.finished IS NOT NULL AND l.id = a.learner_id", sign)


def _learner_items(x: str, flag: str, sign: str) -> str:
    """Add (+) or take away (-) every answer and finished attempt of learner ``x`` under ``flag``."""
    source = f"attempts AS a, responses AS r, (SELECT {flag} AS active) AS l"
    return f"""
        {_items(source, f"a.learner_id = {x}.id AND a.finished IS NOT NULL AND r.attempt_id = a.id", sign)}
        INSERT INTO report_module_scores (module_id, active, score, attempts)
        SELECT module_id, {flag}, COALESCE(score, {NO_SCORE}), {sign}COUNT(*) FROM attempts
        WHERE learner_id = {x}.id AND finished IS NOT NULL GROUP BY 1, 2, 3
        ON CONFLICT DO UPDATE SET attempts = attempts + excluded.attempts;
    """


CREATE_TRIGGERS = (
    f"""
    CREATE TRIGGER report_attempt_inserted AFTER INSERT ON attempts BEGIN
        {_pair("NEW")}
        {_module_score("NEW", "+")}
        {_attempt_items("NEW", "+")}
    END
    """,
    f"""
    CREATE TRIGGER report_attempt_updated
    AFTER UPDATE OF id, learner_id, module_id, started, finished, score, passed ON attempts BEGIN
        {_attempt_items("OLD", "-")}
        {_module_score("OLD", "-")}
        {_attempt_items("NEW", "+")}
        {_module_score("NEW", "+")}
        {_PRUNE}
        {_pair("OLD")}
        {_pair("NEW")}
    END
    """,
    # Before the row goes, while its answers can still be found (a cascade deletes them after).
    f"""
    CREATE TRIGGER report_attempt_deleting BEFORE DELETE ON attempts BEGIN
        {_attempt_items("OLD", "-")}
        {_module_score("OLD", "-")}
        {_PRUNE}
    END
    """,
    f"""
    CREATE TRIGGER report_attempt_deleted AFTER DELETE ON attempts BEGIN
        {_pair("OLD")}
    END
    """,
    f"""
    CREATE TRIGGER report_response_inserted AFTER INSERT ON responses BEGIN
        {_response_items("NEW", "+")}
    END
    """,
    f"""
    CREATE TRIGGER report_response_updated
    AFTER UPDATE OF attempt_id, question_id, response, score, correct ON responses BEGIN
        {_response_items("OLD", "-")}
        {_response_items("NEW", "+")}
        {_PRUNE}
    END
    """,
    f"""
    CREATE TRIGGER report_response_deleted AFTER DELETE ON responses BEGIN
        {_response_items("OLD", "-")}
        {_PRUNE}
    END
    """,
)

CREATE_TRIGGERS += (
    f"""
    CREATE TRIGGER report_pair_inserted AFTER INSERT ON report_pairs BEGIN
        {_cohort("NEW", "+")}
    END
    """,
    f"""
    CREATE TRIGGER report_pair_updated AFTER UPDATE ON report_pairs BEGIN
        {_cohort("OLD", "-")}
        {_cohort("NEW", "+")}
    END
    """,
    f"""
    CREATE TRIGGER report_pair_deleted AFTER DELETE ON report_pairs BEGIN
        {_cohort("OLD", "-")}
    END
    """,
    f"""
    CREATE TRIGGER report_learner_inserted AFTER INSERT ON learners BEGIN
        {_group("NEW", "+")}
    END
    """,
    f"""
    CREATE TRIGGER report_learner_updated AFTER UPDATE OF role, region, active ON learners BEGIN
        {_group("OLD", "-")}
        {_group("NEW", "+")}
        UPDATE report_pairs SET role = NEW.role, region = NEW.region, active = NEW.active WHERE learner_id = NEW.id;
        {_certificates("certificates c, (SELECT OLD.role AS role, OLD.region AS region, OLD.active AS active) l WHERE c.learner_id = OLD.id", "-")}
        {_certificates("certificates c, (SELECT NEW.role AS role, NEW.region AS region, NEW.active AS active) l WHERE c.learner_id = NEW.id", "+")}
    END
    """,
    # The learner's answers move to the part of the item aggregates for their new flag.
    f"""
    CREATE TRIGGER report_learner_active_changed AFTER UPDATE OF active ON learners
    WHEN OLD.active IS NOT NEW.active BEGIN
        {_learner_items("NEW", "OLD.active", "-")}
        {_learner_items("NEW", "NEW.active", "+")}
        {_PRUNE}
        DELETE FROM report_module_scores WHERE attempts = 0;
    END
    """,
    f"""
    CREATE TRIGGER report_learner_deleted AFTER DELETE ON learners BEGIN
        {_group("OLD", "-")}
    END
    """,
    # Before the learner goes, while their certificates and answers can still be placed (a cascade
    # deletes them after, when the attempt triggers no longer find the learner and leave the items be).
    f"""
    CREATE TRIGGER report_learner_deleting BEFORE DELETE ON learners BEGIN
        {_certificates("certificates c JOIN learners l ON l.id = c.learner_id WHERE c.learner_id = OLD.id", "-")}
        {_learner_items("OLD", "OLD.active", "-")}
        {_PRUNE}
        DELETE FROM report_module_scores WHERE attempts = 0;
    END
    """,
    f"""
    CREATE TRIGGER report_certificate_inserted AFTER INSERT ON certificates BEGIN
        {_certificates("certificates c JOIN learners l ON l.id = c.learner_id WHERE c.code = NEW.code", "+")}
    END
    """,
    f"""
    CREATE TRIGGER report_certificate_updated AFTER UPDATE OF learner_id, module_ids ON certificates BEGIN
        {_certificates("(SELECT OLD.module_ids AS module_ids) c JOIN learners l ON l.id = OLD.learner_id WHERE 1", "-")}
        {_certificates("certificates c JOIN learners l ON l.id = c.learner_id WHERE c.code = NEW.code", "+")}
    END
    """,
    f"""
    CREATE TRIGGER report_certificate_deleted AFTER DELETE ON certificates BEGIN
        {_certificates("(SELECT OLD.module_ids AS module_ids) c JOIN learners l ON l.id = OLD.learner_id WHERE 1", "-")}
    END
    """,
)

TRIGGERS = (
    "report_pair_inserted",
    "report_pair_updated",
    "report_pair_deleted",
    "report_learner_inserted",
    "report_learner_updated",
    "report_learner_active_changed",
    "report_learner_deleted",
    "report_learner_deleting",
    "report_certificate_inserted",
    "report_certificate_updated",
    "report_certificate_deleted",
    "report_attempt_inserted",
    "report_attempt_updated",
    "report_attempt_deleting",
    "report_attempt_deleted",
    "report_response_inserted",
    "report_response_updated",
    "report_response_deleted",
)


def create(conn: sqlite3.Connection) -> None:
    """Create the tables and triggers and fill the tables from what is stored (migration m010)."""
    for sql in CREATE_TABLES:
        conn.execute(sql)
    rebuild(conn)
    create_triggers(conn)


def create_triggers(conn: sqlite3.Connection) -> None:
    for sql in CREATE_TRIGGERS:
        conn.execute(sql)


def drop_triggers(conn: sqlite3.Connection) -> None:
    for name in TRIGGERS:
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")


def rebuild(conn: sqlite3.Connection) -> None:
    """Recompute every aggregate from the base tables."""
    for table in TABLES:
        conn.execute(f"DELETE FROM {table}")
        conn.execute(f"INSERT INTO {table} {RECOMPUTE[table]}")


def present(conn: sqlite3.Connection) -> bool:
    """Whether this database keeps the aggregates (every database migrated to m010 does)."""
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'report_pairs'").fetchone() is not None


@contextmanager
def suspended(conn: sqlite3.Connection) -> Iterator[None]:
    """Inside a transaction: no triggers while many rows go in, then one rebuild (for bulk loads)."""
    if not present(conn):
        yield
        return
    drop_triggers(conn)
    yield
    rebuild(conn)
    create_triggers(conn)


_KEY_WIDTH = {
    "report_pairs": 2,
    "report_module_scores": 3,
    "report_item_scores": 4,
    "report_item_answers": 5,
    "report_cohort": 5,
    "report_learner_groups": 3,
    "report_certificate_groups": 4,
}


def stored(conn: sqlite3.Connection, table: str) -> list[tuple]:
    """The rows of an aggregate table, in key order (for checks against ``recomputed``)."""
    order = ", ".join(str(i + 1) for i in range(_KEY_WIDTH[table]))
    return conn.execute(f"SELECT * FROM {table} ORDER BY {order}").fetchall()


def recomputed(conn: sqlite3.Connection, table: str) -> list[tuple]:
    """The rows ``table`` should hold, recomputed from every attempt and answer."""
    order = ", ".join(str(i + 1) for i in range(_KEY_WIDTH[table]))
    return conn.execute(f"SELECT * FROM ({RECOMPUTE[table]}) ORDER BY {order}").fetchall()
