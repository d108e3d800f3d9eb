"""Answer ids kept unique without an index on them.

An answer is stored under its natural key (attempt, question); its UUID only travels in bundles,
where an older Qorgau keys answers on it. A full index on the id would cost about 100 bytes an
answer, so ``response_id_tails`` counts answers per *tail* instead, the last 12 hex digits of the
id read as a number (10 to 15 bytes an answer): an id whose tail is not counted there is certainly
not stored, and the few that are get one exact look at the answers. Answers made here get fresh
UUIDs; a merge asks ``taken`` before it adds a bundle's answers, so no two answers share an id.

Triggers keep the counts current with every insert, id change and delete (cascades included).
The tail is computed in SQL (``tail_sql``) and in Python (``tail``), the same for any text.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

TAIL_LENGTH = 12
"""Hex digits counted: 48 random bits of a UUID, so an unrelated id matches by chance about once
in 20 million lookups at 12 million answers."""

_HEX = "0123456789abcdef"
_HEX_TAIL = re.compile(f"[{_HEX}]{{{TAIL_LENGTH}}}")
_BATCH = 500

CREATE_TABLE = """
    CREATE TABLE response_id_tails (
        tail INTEGER PRIMARY KEY,
        answers INTEGER NOT NULL CHECK (answers > 0)
    )
"""


def tail_sql(x: str) -> str:
    """SQL for the tail of the id ``x``: each of its last 12 characters as a hex digit (-1 for any
    other character, 0 where the id is shorter), read as one number."""
    return (
        "(" + " + ".join(f"(instr('{_HEX}', substr({x}, -{k + 1}, 1)) - 1) * {16**k}" for k in range(TAIL_LENGTH)) + ")"
    )


def tail(answer_id: str) -> int:
    """What ``tail_sql`` gives for ``answer_id``."""
    answer_id = answer_id.split("\0", 1)[0]  # SQLite's substr counts from the end up to a NUL
    end = answer_id[-TAIL_LENGTH:]
    if _HEX_TAIL.fullmatch(end):  # every UUID: the quick way
        return int(end, 16)
    return sum(_HEX.find(answer_id[-k - 1]) * 16**k for k in range(min(TAIL_LENGTH, len(answer_id))))


def _add(x: str) -> str:
    return f"""
        INSERT INTO response_id_tails (tail, answers) VALUES ({tail_sql(f"{x}.id")}, 1)
        ON CONFLICT DO UPDATE SET answers = answers + 1;
    """


def _remove(x: str) -> str:
    t = tail_sql(f"{x}.id")
    return f"""
        DELETE FROM response_id_tails WHERE tail = {t} AND answers = 1;
        UPDATE response_id_tails SET answers = answers - 1 WHERE tail = {t};
    """


CREATE_TRIGGERS = (
    f"CREATE TRIGGER response_id_inserted AFTER INSERT ON responses BEGIN {_add('NEW')} END",
    f"CREATE TRIGGER response_id_updated AFTER UPDATE OF id ON responses BEGIN {_remove('OLD')} {_add('NEW')} END",
    f"CREATE TRIGGER response_id_deleted AFTER DELETE ON responses BEGIN {_remove('OLD')} END",
)

TRIGGERS = ("response_id_inserted", "response_id_updated", "response_id_deleted")

RECOMPUTE = f"SELECT {tail_sql('id')}, COUNT(*) FROM responses GROUP BY 1"
"""What ``response_id_tails`` holds, recomputed from every answer (the fill, and tests)."""


def create(conn: sqlite3.Connection) -> None:
    """Create the counts and their triggers, filled from the answers stored (migration m013)."""
    conn.execute(CREATE_TABLE)
    _fill(conn)
    _create_triggers(conn)


def _fill(conn: sqlite3.Connection) -> None:
    """Count every stored answer, reading tails with ``tail`` (a quarter of the time of ``tail_sql``
    on millions of ids)."""
    conn.execute("DELETE FROM response_id_tails")
    conn.create_function("qorgau_id_tail", 1, tail, deterministic=True)
    try:
        conn.execute(
            "INSERT INTO response_id_tails (tail, answers) SELECT qorgau_id_tail(id), COUNT(*) FROM responses GROUP BY 1"
        )
    finally:
        conn.create_function("qorgau_id_tail", 1, None)


def _create_triggers(conn: sqlite3.Connection) -> None:
    for sql in CREATE_TRIGGERS:
        conn.execute(sql)


@contextmanager
def suspended(conn: sqlite3.Connection) -> Iterator[None]:
    """Inside a transaction: no triggers while many answers go in, then one count (for bulk loads)."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'response_id_tails'").fetchone() is None:
        yield
        return
    for name in TRIGGERS:
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")
    yield
    _fill(conn)
    _create_triggers(conn)


def taken(conn: sqlite3.Connection, ids: Iterable[str]) -> list[dict[str, Any]]:
    """The stored answers (as rows) whose id is one of ``ids``.

    Ids whose tail nobody has are answered from the counts alone; the rest are looked up in one
    pass over the answers (no index on the id), which only a rare chance match or a bundle that
    reuses ids ever needs.
    """
    wanted = sorted(set(ids))
    tails = sorted({tail(i) for i in wanted})
    counted: set[int] = set()
    for start in range(0, len(tails), _BATCH):
        chunk = tails[start : start + _BATCH]
        rows = conn.execute(f"SELECT tail FROM response_id_tails WHERE tail IN ({', '.join('?' * len(chunk))})", chunk)
        counted.update(r[0] for r in rows)
    maybe = [i for i in wanted if tail(i) in counted]
    if not maybe:
        return []
    cur = conn.execute("SELECT * FROM responses WHERE id IN (SELECT value FROM json_each(?))", [json.dumps(maybe)])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur]
