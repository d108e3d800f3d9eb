"""SQL for xAPI statements once built and for what each Learning Record Store has acknowledged.

An LRS must refuse a different statement that reuses an id, so a statement, once built, is kept
here and sent in exactly that form ever after. Acknowledgements are remembered per LRS (its
statements URL), so a later send posts only statements that LRS has not taken yet.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlite_utils import Database

CHUNK = 500  # ids per IN (...) query, well under SQLite's variable limit


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def has_ledger(db: Database) -> bool:
    """Whether this database has the tables (a read-only database of an older schema has not)."""
    return (
        db.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('xapi_statements', 'xapi_acknowledged')"
        ).fetchone()[0]
        == 2
    )


def _chunks(ids: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def kept(db: Database, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """The statements already kept under these ids, by id."""
    out: dict[str, dict[str, Any]] = {}
    for chunk in _chunks(list(ids)):
        marks = ",".join("?" * len(chunk))
        for sid, text in db.execute(f"SELECT id, statement FROM xapi_statements WHERE id IN ({marks})", chunk):
            out[sid] = json.loads(text)
    return out


def keep(db: Database, statements: Iterable[dict[str, Any]]) -> int:
    """Keep statements not kept before (an id already kept keeps its first statement); returns how many.

    Raises sqlite3.OperationalError where the database cannot be written.
    """
    now = _now()
    rows = [
        (s["id"], s["actor"]["account"]["name"], json.dumps(s, ensure_ascii=False, sort_keys=True), now)
        for s in statements
    ]
    before = db.conn.total_changes
    with db.atomic():
        db.conn.executemany(
            "INSERT OR IGNORE INTO xapi_statements (id, learner_id, statement, kept) VALUES (?, ?, ?, ?)", rows
        )
    return db.conn.total_changes - before


def acknowledged(db: Database, lrs: str) -> dict[str, str]:
    """Statement id -> 'stored' or 'conflict' for everything this LRS has answered for."""
    return dict(db.execute("SELECT statement_id, outcome FROM xapi_acknowledged WHERE lrs = ?", [lrs]).fetchall())


def acknowledge(db: Database, lrs: str, stored: Iterable[str], conflicts: Iterable[str] = ()) -> None:
    """Remember that the LRS holds these statements (or holds a different one under the id)."""
    now = _now()
    rows = [(lrs, sid, "stored", now) for sid in stored] + [(lrs, sid, "conflict", now) for sid in conflicts]
    with db.atomic():
        db.conn.executemany(
            "INSERT OR REPLACE INTO xapi_acknowledged (lrs, statement_id, outcome, at) VALUES (?, ?, ?, ?)", rows
        )


def adopt(db: Database, lrs: str, statements: Iterable[dict[str, Any]]) -> int:
    """Keep the LRS's wording of statements it already held under our ids, and remember them as stored.

    An id must always carry one statement. When an earlier version of the program sent the same
    event worded differently, the LRS's copy becomes the one kept, so every later send, to this LRS
    or another, carries exactly what the first LRS holds. Returns how many were adopted.
    """
    rows = [(json.dumps(s, ensure_ascii=False, sort_keys=True), s["id"]) for s in statements]
    with db.atomic():
        db.conn.executemany("UPDATE xapi_statements SET statement = ? WHERE id = ?", rows)
    acknowledge(db, lrs, [sid for _, sid in rows])
    return len(rows)
