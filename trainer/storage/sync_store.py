"""SQL for progress bundles: reading records to export, merging imported ones, links, the import log.

Merging is a join that does not depend on order: a record new to the database is inserted, and
a record already there (by its key) is combined with the incoming copy by a fixed rule, so that
importing A then B, B then A, or A twice all leave the same rows. Nothing is ever deleted.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlite_utils import Database

from trainer.sync.duplicates import Profile
from trainer.sync.records import TABLES, canonical


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class LinkError(ValueError):
    """A merge or an undo that cannot be done; the message says why."""


@dataclass
class MergeCounts:
    """What merging one or more bundles did (or would do), table by table."""

    new: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TABLES, 0))
    updated: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TABLES, 0))
    present: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TABLES, 0))
    new_learner_ids: list[str] = field(default_factory=list)
    new_attempt_ids: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)

    def add(self, other: MergeCounts) -> None:
        for t in TABLES:
            self.new[t] += other.new[t]
            self.updated[t] += other.updated[t]
            self.present[t] += other.present[t]
        self.new_learner_ids += other.new_learner_ids
        self.new_attempt_ids += other.new_attempt_ids
        self.conflicts += other.conflicts


@dataclass(frozen=True)
class Link:
    id: str
    learner_id: str
    same_as_id: str
    created: str
    undone: str | None


# Rows <-> bundle records ------------------------------------------------------------------------
def _record(table: str, row: dict[str, Any]) -> dict[str, Any]:
    r = dict(row)
    if table == "learners":
        r.pop("prefs", None)  # per-device display settings, not progress
        r["active"] = bool(r["active"])
    elif table == "attempts":
        r["plan"] = json.loads(r["plan"])
        r["passed"] = None if r["passed"] is None else bool(r["passed"])
    elif table == "responses":
        r["response"] = json.loads(r["response"])
        r["correct"] = bool(r["correct"])
    elif table == "certificates":
        for k in ("module_ids", "content_versions", "attempt_ids"):
            r[k] = json.loads(r[k])
        if r.get("credential") is None:
            r.pop("credential", None)  # certificates issued before credentials existed
    return r


def _row(table: str, record: dict[str, Any]) -> dict[str, Any]:
    r = dict(record)
    if table == "learners":
        r["active"] = int(r["active"])
    elif table == "attempts":
        r["plan"] = canonical(r["plan"])
        r["passed"] = None if r["passed"] is None else int(r["passed"])
    elif table == "responses":
        r["response"] = canonical(r["response"])
        r["correct"] = int(r["correct"])
    elif table == "certificates":
        for k in ("module_ids", "content_versions", "attempt_ids"):
            r[k] = canonical(r[k])
    return r


def _rank(table: str, record: dict[str, Any]) -> tuple[Any, ...]:
    """Smaller wins when two copies of one record differ: a total order, so the result is order-free.

    A finished attempt beats an unfinished copy of it (the laptop exported it mid-quiz before);
    otherwise the earliest answer, the earliest finish, the earliest issue date is kept.
    """
    text = canonical(record)
    if table == "attempts":
        return (record["finished"] is None, record["finished"] or "", text)
    if table == "responses":
        return (record["answered"], record["id"], text)
    if table == "certificates":
        return (record["issued"], text)
    return (text,)


def _earliest(a: str | None, b: str | None) -> str | None:
    if a is None or b is None:
        return a if b is None else b
    return min(a, b)


class SyncStore:
    """Bundle records in and out of the progress database."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # Transactions -----------------------------------------------------------
    @contextmanager
    def transaction(self, *, rollback: bool = False) -> Iterator[None]:
        """One write transaction; ``rollback`` undoes it at the end (to preview an import exactly)."""
        conn = self.db.conn
        if conn.in_transaction:
            raise RuntimeError("a transaction is already open on this connection")
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        if rollback:
            conn.execute("ROLLBACK")
        else:
            conn.execute("COMMIT")

    # Export -----------------------------------------------------------------
    def unknown_learners(self, learner_ids: list[str]) -> list[str]:
        known = {r[0] for r in self.db.execute("SELECT id FROM learners")}
        return [i for i in learner_ids if i not in known]

    def export_records(self, learner_ids: list[str] | None = None) -> dict[str, list[dict[str, Any]]]:
        """Every exported table's records, for all learners or only those given."""
        if learner_ids is None:
            where, params = "", []
        else:
            where = f" WHERE learner_id IN ({', '.join('?' * len(learner_ids))})"
            params = list(learner_ids)
        queries = {
            "learners": "SELECT * FROM learners" + where.replace("learner_id", "id"),
            "lesson_progress": "SELECT * FROM lesson_progress" + where,
            "attempts": "SELECT * FROM attempts" + where,
            "responses": "SELECT r.* FROM responses AS r JOIN attempts AS a ON a.id = r.attempt_id"
            + where.replace("learner_id", "a.learner_id"),
            "certificates": "SELECT * FROM certificates" + where,
        }
        return {t: [_record(t, row) for row in self.db.query(sql, params)] for t, sql in queries.items()}

    # Merge ------------------------------------------------------------------
    def merge(self, records: dict[str, list[dict[str, Any]]]) -> MergeCounts:
        """Merge checked bundle records; call inside ``transaction()``."""
        if not self.db.conn.in_transaction:
            raise RuntimeError("merge() must run inside transaction()")
        counts = MergeCounts()
        for table in TABLES:
            merge_one = getattr(self, f"_merge_{table}")
            for record in records.get(table, []):
                merge_one(record, counts)
        return counts

    def _insert(self, table: str, record: dict[str, Any]) -> None:
        row = _row(table, record)
        columns = ", ".join(row)
        self.db.execute(f"INSERT INTO {table} ({columns}) VALUES ({', '.join('?' * len(row))})", list(row.values()))

    def _existing(self, table: str, where: str, params: list[Any]) -> dict[str, Any] | None:
        rows = list(self.db.query(f"SELECT * FROM {table} WHERE {where}", params))
        return _record(table, rows[0]) if rows else None

    def _merge_learners(self, rec: dict[str, Any], counts: MergeCounts) -> None:
        old = self._existing("learners", "id = ?", [rec["id"]])
        if old is None:
            self._insert("learners", rec)
            counts.new["learners"] += 1
            counts.new_learner_ids.append(rec["id"])
            return
        counts.present["learners"] += 1
        fields = ("name", "role", "region", "unit")
        if any(old[f] != rec[f] for f in fields):
            # A profile is edited by its owner; the copy here is kept and the difference reported.
            counts.conflicts.append(
                f"Learner {rec['id']}: the profile in the bundle ({rec['name']}, {rec['role']}, {rec['region']}) "
                f"differs from the one here ({old['name']}, {old['role']}, {old['region']}); kept the one here."
            )

    def _merge_lesson_progress(self, rec: dict[str, Any], counts: MergeCounts) -> None:
        old = self._existing(
            "lesson_progress", "learner_id = ? AND lesson_id = ?", [rec["learner_id"], rec["lesson_id"]]
        )
        if old is None:
            self._insert("lesson_progress", rec)
            counts.new["lesson_progress"] += 1
            return
        merged = {
            "module_id": min(old["module_id"], rec["module_id"]),
            "opened": min(old["opened"], rec["opened"]),
            "read_at": _earliest(old["read_at"], rec["read_at"]),
        }
        if all(old[k] == v for k, v in merged.items()):
            counts.present["lesson_progress"] += 1
            return
        self.db.execute(
            "UPDATE lesson_progress SET module_id = ?, opened = ?, read_at = ? WHERE learner_id = ? AND lesson_id = ?",
            [merged["module_id"], merged["opened"], merged["read_at"], rec["learner_id"], rec["lesson_id"]],
        )
        counts.updated["lesson_progress"] += 1

    def _replace_if_better(self, table: str, old: dict[str, Any], rec: dict[str, Any], counts: MergeCounts) -> None:
        if canonical(old) == canonical(rec) or _rank(table, old) <= _rank(table, rec):
            counts.present[table] += 1
            return
        key = {"attempts": ["id"], "responses": ["attempt_id", "question_id"], "certificates": ["code"]}[table]
        row = _row(table, rec)
        assignments = ", ".join(f"{c} = ?" for c in row)
        where = " AND ".join(f"{c} = ?" for c in key)
        self.db.execute(f"UPDATE {table} SET {assignments} WHERE {where}", [*row.values(), *(old[c] for c in key)])
        counts.updated[table] += 1

    def _merge_attempts(self, rec: dict[str, Any], counts: MergeCounts) -> None:
        old = self._existing("attempts", "id = ?", [rec["id"]])
        if old is None:
            self._insert("attempts", rec)
            counts.new["attempts"] += 1
            counts.new_attempt_ids.append(rec["id"])
            return
        fixed = ("learner_id", "module_id", "content_version", "seed", "plan", "started")
        if any(old[f] != rec[f] for f in fixed):
            counts.conflicts.append(f"Attempt {rec['id']}: two different attempts share this id; kept one by rule.")
        self._replace_if_better("attempts", old, rec, counts)

    def _merge_responses(self, rec: dict[str, Any], counts: MergeCounts) -> None:
        old = self._existing("responses", "attempt_id = ? AND question_id = ?", [rec["attempt_id"], rec["question_id"]])
        if old is None or old["id"] != rec["id"]:
            clash = self._existing("responses", "id = ?", [rec["id"]])
            if clash is not None:
                counts.conflicts.append(f"Response {rec['id']}: the id is used by another answer here; skipped.")
                return
        if old is None:
            self._insert("responses", rec)
            counts.new["responses"] += 1
            return
        self._replace_if_better("responses", old, rec, counts)

    def _merge_certificates(self, rec: dict[str, Any], counts: MergeCounts) -> None:
        old = self._existing("certificates", "code = ?", [rec["code"]])
        if old is None:
            self._insert("certificates", rec)
            counts.new["certificates"] += 1
            return
        self._replace_if_better("certificates", old, rec, counts)

    # Import log -------------------------------------------------------------
    def already_imported(self, bundle_sha256: str) -> bool:
        return (
            self.db.execute("SELECT 1 FROM sync_imports WHERE bundle_sha256 = ?", [bundle_sha256]).fetchone()
            is not None
        )

    def keys_seen(self, device_id: str) -> set[str]:
        """Public keys that earlier bundles from this device id were signed with."""
        rows = self.db.execute("SELECT DISTINCT public_key FROM sync_imports WHERE device_id = ?", [device_id])
        return {r[0] for r in rows}

    def log_import(
        self,
        *,
        bundle_sha256: str,
        file_name: str,
        device_id: str,
        public_key: str,
        exported: str,
        format_version: int,
        counts: MergeCounts,
    ) -> None:
        summary = {"new": counts.new, "updated": counts.updated, "present": counts.present}
        self.db.execute(
            "INSERT INTO sync_imports (bundle_sha256, file_name, device_id, public_key, exported, format_version, "
            "imported, counts) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(bundle_sha256) DO NOTHING",
            [bundle_sha256, file_name, device_id, public_key, exported, format_version, _now(), json.dumps(summary)],
        )

    # Duplicates and links ---------------------------------------------------
    def profiles(self) -> list[Profile]:
        rows = self.db.execute(
            "SELECT l.id, l.name, l.role, l.region, l.created, i.person_id "
            "FROM learners AS l JOIN learner_identity AS i ON i.learner_id = l.id"
        )
        return [Profile(*r) for r in rows]

    def person_of(self, learner_id: str) -> str:
        row = self.db.execute("SELECT person_id FROM learner_identity WHERE learner_id = ?", [learner_id]).fetchone()
        if row is None:
            raise LinkError(f"There is no learner {learner_id} in this database.")
        return row[0]

    def same_person(self, learner_id: str) -> list[str]:
        """Every learner id counted as the same person as ``learner_id`` (itself included)."""
        person = self.person_of(learner_id)
        rows = self.db.execute("SELECT learner_id FROM learner_identity WHERE person_id = ? ORDER BY 1", [person])
        return [r[0] for r in rows]

    def add_link(self, learner_id: str, same_as_id: str) -> str:
        """Count ``learner_id`` as the person ``same_as_id`` stands for; return the link's id."""
        with self.transaction():
            person = self.person_of(same_as_id)
            if self.person_of(learner_id) == person:
                raise LinkError("These two profiles already count as the same person.")
            if self.db.execute(
                "SELECT 1 FROM learner_links WHERE learner_id = ? AND undone IS NULL", [learner_id]
            ).fetchone():
                raise LinkError("This profile is already merged into another; undo that merge first.")
            link_id = str(uuid.uuid4())
            self.db.execute(
                "INSERT INTO learner_links (id, learner_id, same_as_id, created) VALUES (?, ?, ?, ?)",
                [link_id, learner_id, person, _now()],
            )
        return link_id

    def undo_link(self, link_id: str) -> Link:
        with self.transaction():
            link = self.link(link_id)
            if link is None:
                raise LinkError(f"There is no merge {link_id} in this database.")
            if link.undone is not None:
                raise LinkError("This merge was already undone.")
            self.db.execute("UPDATE learner_links SET undone = ? WHERE id = ?", [_now(), link_id])
        return self.link(link_id)  # type: ignore[return-value]

    def link(self, link_id: str) -> Link | None:
        row = self.db.execute(
            "SELECT id, learner_id, same_as_id, created, undone FROM learner_links WHERE id = ?", [link_id]
        ).fetchone()
        return Link(*row) if row else None

    def links(self, *, active_only: bool = True) -> list[Link]:
        sql = "SELECT id, learner_id, same_as_id, created, undone FROM learner_links"
        if active_only:
            sql += " WHERE undone IS NULL"
        return [Link(*r) for r in self.db.execute(sql + " ORDER BY created, id")]

    # Inspection -------------------------------------------------------------
    def snapshot(self) -> dict[str, list[tuple[Any, ...]]]:
        """Every row of every table, sorted: compares databases regardless of insertion order."""
        names = [
            r[0]
            for r in self.db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        dump: dict[str, list[tuple[Any, ...]]] = {}
        for name in names:
            rows = self.db.execute(f'SELECT * FROM "{name}"').fetchall()
            dump[name] = sorted(rows, key=lambda r: [(v is None, str(type(v)), v) for v in r])
        return dump
