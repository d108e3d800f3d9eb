"""Active learners for the profile chooser, read a slice at a time so 100,000 profiles open at once.

The chooser orders names by the interface language's alphabet, which SQLite cannot do and which
no index holds. The ``learners_report`` index does hold names in ``NOCASE`` order (code points,
with ASCII letters folded to small ones), so the names that start with a given prefix are one
contiguous range of it. The chooser asks for the prefixes present (one index seek each), puts
them in alphabetical order itself, and reads one range at a time, sorting only that slice.

Ranges are ``(low, high)`` pairs of strings in that folded space: the names ``n`` with
``low <= n < high`` under ``COLLATE NOCASE``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from sqlite_utils import Database

FOLD = "qorgau_fold"  # SQL function: a name folded for a case-insensitive search in any script
_MAX_CHAR = 0x10FFFF


class ProfileRow(NamedTuple):
    """What the chooser shows of a learner; the whole record is read when one is chosen."""

    id: str
    name: str
    role: str
    region: str
    has_pin: bool


class Prefix(NamedTuple):
    """Names in ``[low, high)`` all start with ``text``; ``exact``: they are all exactly ``text``."""

    text: str
    low: str
    high: str
    exact: bool


def folded(text: str) -> str:
    """``text`` with ASCII capitals made small, as ``COLLATE NOCASE`` compares it."""
    return "".join(chr(ord(c) + 32) if "A" <= c <= "Z" else c for c in text)


def after(prefix: str) -> str:
    """The smallest folded string above every name that starts with ``prefix`` (folded, not empty)."""
    code = ord(prefix[-1]) + 1
    if 0x41 <= code <= 0x5A:  # capitals fold away: nothing lies between "@" and "["
        code = 0x5B
    return prefix[:-1] + chr(min(code, _MAX_CHAR))


class ProfileList:
    """Read-only queries over active learners' names, by prefix ranges of the name index."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._fold_ready = False

    def some(self, limit: int = 2) -> list[ProfileRow]:
        """Up to ``limit`` active learners: enough to tell no profile, one and several apart."""
        sql = "SELECT id, name, role, region, pin_hash IS NOT NULL FROM learners WHERE active = 1 LIMIT ?"
        return [ProfileRow(r[0], r[1], r[2], r[3], bool(r[4])) for r in self.db.conn.execute(sql, [limit])]

    def prefixes(self, low: str = "", high: str | None = None, length: int = 1) -> list[Prefix]:
        """The distinct ``length``-character prefixes of active names in ``[low, high)``, each with
        its range; a name shorter than ``length`` is a prefix of its own (``exact``)."""
        found: list[Prefix] = []
        bound = low
        sql = "SELECT name FROM learners WHERE name COLLATE NOCASE >= ? AND active = 1"
        if high is not None:
            sql += " AND name COLLATE NOCASE < ?"
        sql += " ORDER BY name COLLATE NOCASE LIMIT 1"
        conn = self.db.conn
        while True:
            row = conn.execute(sql, [bound] if high is None else [bound, high]).fetchone()
            if row is None:
                return found
            name = folded(row[0])
            if len(name) < length or not name:
                prefix = Prefix(row[0], name, name + "\x00", True)
            else:
                start = name[:length]
                prefix = Prefix(row[0][:length], start, after(start), False)
            found.append(prefix)
            if prefix.high <= bound:  # the last code point: nothing can follow
                return found
            bound = prefix.high

    def count(self, ranges: Iterable[tuple[str, str]]) -> int:
        """Active learners whose names fall in ``ranges`` (read from the index alone)."""
        conn = self.db.conn
        sql = "SELECT count(*) FROM learners WHERE name COLLATE NOCASE >= ? AND name COLLATE NOCASE < ? AND active = 1"
        return sum(conn.execute(sql, [low, high]).fetchone()[0] for low, high in ranges)

    def rows(self, ranges: Iterable[tuple[str, str]], needle: str = "") -> list[ProfileRow]:
        """Active learners whose names fall in ``ranges`` and, if ``needle`` is given, contain it
        in any case and script; in no particular order."""
        conn = self.db.conn
        sql = (
            "SELECT id, name, role, region, pin_hash IS NOT NULL FROM learners "
            "WHERE name COLLATE NOCASE >= ? AND name COLLATE NOCASE < ? AND active = 1"
        )
        extra: list[str] = []
        if needle:
            self._register_fold(conn)
            sql += f" AND {FOLD}(name) LIKE ? ESCAPE '\\'"
            extra.append("%" + _escape_like(needle.casefold()) + "%")
        found: list[ProfileRow] = []
        for low, high in ranges:
            found.extend(ProfileRow(r[0], r[1], r[2], r[3], bool(r[4])) for r in conn.execute(sql, [low, high, *extra]))
        return found

    def _register_fold(self, conn: sqlite3.Connection) -> None:
        if not self._fold_ready:
            conn.create_function(FOLD, 1, _fold, deterministic=True)
            self._fold_ready = True


def _fold(value: object) -> str | None:
    return value.casefold() if isinstance(value, str) else None


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
