"""SQL for progress bundles: reading records to export, merging imported ones, links, the import log.

Merging never changes a stored record. A record new to the database is inserted; a copy of a
stored record that is identical is "already present"; a copy that differs is not applied but kept
aside in ``import_conflicts`` for a trainer to inspect. Nothing is ever deleted or updated, so
importing a bundle twice changes nothing, and bundles that do not disagree merge to the same rows
in any order.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from sqlite_utils import Database

from trainer.storage import response_ids
from trainer.sync.duplicates import Profile
from trainer.sync.records import KEYS, TABLES, canonical, key_of

_BATCH = 500  # keys per IN (...) query


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class LinkError(ValueError):
    """A merge or an undo that cannot be done; the message says why."""


@dataclass(frozen=True)
class Source:
    """Where the records being merged come from (for the conflict log and the device check)."""

    bundle_sha256: str
    file_name: str
    device_id: str
    public_key: str
    own_key: bool = False  # signed by this data folder's own key: may add records for any learner


@dataclass(frozen=True)
class Conflict:
    """A bundle's copy of a record that was not applied, and why.

    ``reason``: ``differs`` (the copy differs from the stored record in ``fields``),
    ``attempt_differs`` (an answer held back because its attempt is in conflict),
    ``evidence_differs`` (a certificate held back because an attempt it cites is in conflict).
    ``known``: the same copy was kept aside by an earlier import already.
    """

    table: str
    key: tuple[Any, ...]
    reason: str
    fields: tuple[str, ...]
    stored: dict[str, Any] | None
    incoming: dict[str, Any]
    known: bool = False
    file_name: str = ""
    imported_at: str = ""

    def describe(self) -> str:
        """One line for a preview, a report or the command line."""
        what = {
            "learners": "Learner {0}",
            "lesson_progress": "Lesson {1} of learner {0}",
            "attempts": "Attempt {0}",
            "responses": "Answer to {1} in attempt {0}",
            "certificates": "Certificate {0}",
            "cohort_members": "Membership of learner {1} in cohort {0}",
            "prepost_attempts": "Pre/post-test attempt {0}",
            "prepost_responses": "Test answer to {1} in attempt {0}",
            "attitude_answers": "Attitude answer to {3} ({2}-test) of learner {0} in cohort {1}",
            "module_feedback": "Feedback {0}",
        }[self.table].format(*self.key)
        if self.reason == "attempt_differs":
            return f"{what}: held back, because its attempt differs from the one here."
        if self.reason == "evidence_differs":
            return f"{what}: held back, because an attempt it cites differs from the one here."
        changes = "; ".join(
            f"{f}: here {_short((self.stored or {}).get(f))}, in the file {_short(self.incoming.get(f))}"
            for f in self.fields
        )
        return f"{what} differs from the record here ({changes}); kept the record here."


def _short(value: Any) -> str:
    text = canonical(value)
    return text if len(text) <= 60 else text[:57] + "…"


@dataclass
class MergeCounts:
    """What merging one or more bundles did (or would do), table by table."""

    new: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TABLES, 0))
    present: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TABLES, 0))
    new_learner_ids: list[str] = field(default_factory=list)
    new_attempt_ids: list[str] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    foreign: dict[str, int] = field(default_factory=dict)
    """Learners (already here, not linked to the signing device) with the number of new records
    the bundle would add for them without an explicit decision."""
    skipped: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TABLES, 0))
    """Records not for this database: memberships of cohorts it does not have, or of learners a
    trainer here took out of the cohort."""

    def add(self, other: MergeCounts) -> None:
        for t in TABLES:
            self.new[t] += other.new[t]
            self.present[t] += other.present[t]
            self.skipped[t] += other.skipped[t]
        self.new_learner_ids += other.new_learner_ids
        self.new_attempt_ids += other.new_attempt_ids
        self.conflicts += other.conflicts
        for learner, n in other.foreign.items():
            self.foreign[learner] = self.foreign.get(learner, 0) + n


@dataclass(frozen=True)
class Link:
    id: str
    learner_id: str
    same_as_id: str
    created: str
    undone: str | None


# Rows <-> bundle records ------------------------------------------------------------------------
_JSON_COLUMNS = {
    "attempts": ("plan",),
    "responses": ("response",),
    "certificates": ("module_ids", "content_versions", "attempt_ids"),
    "prepost_attempts": ("plan", "content_versions"),
    "prepost_responses": ("response",),
}
_BOOL_COLUMNS = {
    "learners": ("active",),
    "attempts": ("passed",),
    "responses": ("correct",),
    "prepost_responses": ("correct",),
}
_LOCAL_ONLY = {"learners": ("prefs", "pin_hash")}
"""Columns that never travel: per-device display settings, and the PIN hash (it stays on the device)."""

COMPARED: dict[str, tuple[str, ...] | None] = {
    "learners": ("name", "role", "region", "unit", "created"),
    "cohort_members": ("cohort_id", "learner_id"),
}
"""Fields compared to tell a differing copy; None (the default) compares every field. A learner's
``active`` flag is each database's own (a trainer may deactivate a profile here), and so is the
time a learner joined a cohort (the trainer's database and the laptop each add the member)."""


def _record(table: str, row: dict[str, Any]) -> dict[str, Any]:
    r = dict(row)
    for c in _LOCAL_ONLY.get(table, ()):
        r.pop(c, None)
    for c in _JSON_COLUMNS.get(table, ()):
        r[c] = json.loads(r[c])
    for c in _BOOL_COLUMNS.get(table, ()):
        r[c] = None if r[c] is None else bool(r[c])
    if table == "certificates" and r.get("credential") is None:
        r.pop("credential", None)  # certificates issued before credentials existed
    if table == "module_feedback" and r["learner_id"] is None and isinstance(r["given"], str):
        # Feedback without a learner (anonymous, or its learner deleted) travels with its day only,
        # and is compared so: a time would let its reader match it to the learner's other records.
        r["given"] = r["given"][:10]
    return r


def _row(table: str, record: dict[str, Any]) -> dict[str, Any]:
    r = dict(record)
    for c in _JSON_COLUMNS.get(table, ()):
        r[c] = canonical(r[c])
    for c in _BOOL_COLUMNS.get(table, ()):
        r[c] = None if r[c] is None else int(r[c])
    return r


def _differing(table: str, stored: dict[str, Any], incoming: dict[str, Any]) -> tuple[str, ...]:
    names = COMPARED.get(table) or sorted(set(stored) | set(incoming))
    if table == "certificates" and ("credential" not in stored or "credential" not in incoming):
        names = [n for n in names if n != "credential"]  # a copy from before credentials: the same certificate
    return tuple(n for n in names if not _equal(stored.get(n), incoming.get(n)))


def _equal(a: Any, b: Any) -> bool:
    """The same JSON value: ``1``, ``1.0`` and ``true`` differ, as they do once written out."""
    if type(a) is type(b) and not isinstance(a, dict | list):
        return a == b
    return canonical(a) == canonical(b)


def _chunks(items: list[Any]) -> Iterator[list[Any]]:
    for i in range(0, len(items), _BATCH):
        yield items[i : i + _BATCH]


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
        """Every exported record, for all learners or only those given.

        Only records that are final travel: finished attempts (quizzes and pre/post tests) with their
        answers and read lessons.
        An unfinished attempt (its answers may still be replaced) or a lesson opened but not read
        yet would change later, and a stored record is never changed by an import, so they wait
        for the next export.
        """
        if learner_ids is None:
            where, params = "", []
        else:
            where = f" AND learner_id IN ({', '.join('?' * len(learner_ids))})"
            params = list(learner_ids)
        queries = {
            "learners": "SELECT * FROM learners WHERE 1" + where.replace("learner_id", "id"),
            "lesson_progress": "SELECT * FROM lesson_progress WHERE read_at IS NOT NULL" + where,
            "attempts": "SELECT * FROM attempts WHERE finished IS NOT NULL" + where,
            "responses": "SELECT r.* FROM responses AS r JOIN attempts AS a ON a.id = r.attempt_id "
            "WHERE a.finished IS NOT NULL" + where.replace("learner_id", "a.learner_id"),
            "certificates": "SELECT * FROM certificates WHERE 1" + where,
            "cohort_members": "SELECT * FROM cohort_members WHERE 1" + where,
            "prepost_attempts": "SELECT * FROM prepost_attempts WHERE finished IS NOT NULL" + where,
            "prepost_responses": "SELECT r.* FROM prepost_responses AS r JOIN prepost_attempts AS a "
            "ON a.id = r.attempt_id WHERE a.finished IS NOT NULL" + where.replace("learner_id", "a.learner_id"),
            "attitude_answers": "SELECT * FROM attitude_answers WHERE 1" + where,
            # Anonymous feedback names no learner: every export carries all of it (it is the same
            # rows each time, so a merge adds each once), which also keeps it from pointing at one.
            "module_feedback": "SELECT * FROM module_feedback"
            + (f" WHERE learner_id IS NULL OR {where.removeprefix(' AND ')}" if where else ""),
        }
        return {t: [_record(t, row) for row in self.db.query(sql, params)] for t, sql in queries.items()}

    # Merge ------------------------------------------------------------------
    def merge(self, records: dict[str, list[dict[str, Any]]], source: Source, allow: Iterable[str] = ()) -> MergeCounts:
        """Merge checked bundle records; call inside ``transaction()``.

        New records are inserted; differing copies are kept aside as conflicts. New records for a
        learner already here who is not linked to ``source``'s key (nor in ``allow``) are counted
        in ``MergeCounts.foreign``: the caller refuses the bundle (rolls back) unless the trainer
        allowed them. Learners in ``allow`` get linked to the key.
        """
        if not self.db.conn.in_transaction:
            raise RuntimeError("merge() must run inside transaction()")
        return _Merge(self, records, source, set(allow)).run()

    def _fetch(self, sql: str, keys: list[Any]) -> list[dict[str, Any]]:
        """Rows of ``sql`` (with one ``IN ({})``) for ``keys``, asked in batches."""
        out: list[dict[str, Any]] = []
        for chunk in _chunks(sorted(set(keys))):
            cur = self.db.conn.execute(sql.format(", ".join("?" * len(chunk))), chunk)
            names = [d[0] for d in cur.description]
            out += [dict(zip(names, row, strict=True)) for row in cur]
        return out

    def _insert_many(self, table: str, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        cols = list(rows[0])
        self.db.conn.executemany(
            f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
            [[r[c] for c in cols] for r in rows],
        )

    def _keep_conflicts(self, source: Source, conflicts: list[Conflict]) -> list[Conflict]:
        """Store each conflict once (the same copy again adds nothing); mark those seen before."""
        now, kept = _now(), []
        for c in conflicts:
            incoming = canonical(c.incoming)
            cur = self.db.conn.execute(
                "INSERT INTO import_conflicts (imported_at, bundle_sha256, file_name, device_id, public_key, "
                "table_name, record_key, reason, fields, stored, incoming, incoming_sha256) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT(table_name, record_key, incoming_sha256) DO NOTHING",
                [
                    now,
                    source.bundle_sha256,
                    source.file_name,
                    source.device_id,
                    source.public_key,
                    c.table,
                    canonical(list(c.key)),
                    c.reason,
                    json.dumps(list(c.fields)),
                    None if c.stored is None else canonical(c.stored),
                    incoming,
                    hashlib.sha256(incoming.encode("utf-8")).hexdigest(),
                ],
            )
            kept.append(replace(c, known=cur.rowcount == 0, file_name=source.file_name, imported_at=now))
        return kept

    def conflicts(self, limit: int | None = None) -> list[Conflict]:
        """Copies kept aside by imports, newest first."""
        sql = (
            "SELECT table_name, record_key, reason, fields, stored, incoming, file_name, imported_at "
            "FROM import_conflicts ORDER BY imported_at DESC, id DESC"
        )
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [
            Conflict(
                table,
                tuple(json.loads(key)),
                reason,
                tuple(json.loads(fields)),
                None if stored is None else json.loads(stored),
                json.loads(incoming),
                True,
                file_name,
                imported_at,
            )
            for table, key, reason, fields, stored, incoming, file_name, imported_at in self.db.execute(sql)
        ]

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

    def key_history(self, public_key: str) -> tuple[int, str | None]:
        """How many bundles signed with this key were imported here, and when the last one was."""
        count, last = self.db.execute(
            "SELECT COUNT(*), MAX(imported) FROM sync_imports WHERE public_key = ?", [public_key]
        ).fetchone()
        return count, last

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
        summary = {
            "new": counts.new,
            "present": counts.present,
            "conflicts": sum(1 for c in counts.conflicts if not c.known),
            "skipped": {t: n for t, n in counts.skipped.items() if n},
        }
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


class _Merge:
    """One bundle's records merged into the database: batched look-ups, then batched inserts."""

    def __init__(
        self, store: SyncStore, records: dict[str, list[dict[str, Any]]], source: Source, allow: set[str]
    ) -> None:
        self.store, self.db, self.records, self.source, self.allow = store, store.db, records, source, allow
        self.counts = MergeCounts()
        self.conflicts: list[Conflict] = []
        self.new_learners: set[str] = set()
        self.linked: set[str] = set()
        self.links: list[tuple[str, str]] = []  # (learner_id, how) to record for the signing key
        self.attempt_state: dict[str, str] = {}  # new | same | completes | differs
        self.attempt_learner = {a["id"]: a["learner_id"] for a in records.get("attempts", [])}
        self.test_state: dict[str, str] = {}  # the same, for pre/post-test attempts
        self.test_learner = {a["id"]: a["learner_id"] for a in records.get("prepost_attempts", [])}

    def run(self) -> MergeCounts:
        learner_ids = [r["id"] for r in self.records.get("learners", [])]
        if learner_ids and not self.source.own_key:
            for chunk in _chunks(sorted(set(learner_ids))):
                rows = self.db.execute(
                    f"SELECT learner_id FROM learner_devices WHERE public_key = ? "
                    f"AND learner_id IN ({', '.join('?' * len(chunk))})",
                    [self.source.public_key, *chunk],
                )
                self.linked.update(r[0] for r in rows)
        self._learners()
        self._lesson_progress()
        self._attempts()
        self._responses()
        self._certificates()
        self._cohort_members()
        self._prepost_attempts()
        self._prepost_responses()
        self._attitude_answers()
        self._module_feedback()
        if self.links:
            now = _now()
            self.db.conn.executemany(
                "INSERT INTO learner_devices (learner_id, public_key, first_seen, how) VALUES (?, ?, ?, ?) "
                "ON CONFLICT DO NOTHING",
                [(learner, self.source.public_key, now, how) for learner, how in self.links],
            )
        self.counts.conflicts = self.store._keep_conflicts(self.source, self.conflicts)
        return self.counts

    # Helpers ----------------------------------------------------------------
    def _stored(self, table: str, column: str, values: list[Any]) -> dict[tuple[Any, ...], dict[str, Any]]:
        rows = self.store._fetch(f"SELECT * FROM {table} WHERE {column} IN ({{}})", values)
        return {tuple(r[k] for k in KEYS[table]): _record(table, r) for r in rows}

    def _same(self, table: str, stored: dict[str, Any], rec: dict[str, Any]) -> bool:
        """Count an identical copy as present, or keep a differing one aside; True if identical."""
        fields = _differing(table, stored, rec)
        if not fields:
            self.counts.present[table] += 1
            return True
        self.conflicts.append(Conflict(table, tuple(rec[k] for k in KEYS[table]), "differs", fields, stored, rec))
        return False

    def _hold(self, table: str, rec: dict[str, Any], reason: str) -> None:
        self.conflicts.append(Conflict(table, tuple(rec[k] for k in KEYS[table]), reason, (), None, rec))

    def _may_add(self, learner_id: str) -> None:
        """Note a new record for ``learner_id``; count it as foreign unless the signing key may add it."""
        if self.source.own_key or learner_id in self.new_learners or learner_id in self.linked:
            return
        if learner_id in self.allow:
            self.linked.add(learner_id)
            self.links.append((learner_id, "allowed"))
            return
        self.counts.foreign[learner_id] = self.counts.foreign.get(learner_id, 0) + 1

    def _insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        self.store._insert_many(table, [_row(table, r) for r in rows])
        self.counts.new[table] += len(rows)

    # Tables -----------------------------------------------------------------
    def _learners(self) -> None:
        recs = self.records.get("learners", [])
        stored = self._stored("learners", "id", [r["id"] for r in recs])
        new = []
        for rec in recs:
            old = stored.get((rec["id"],))
            if old is None:
                new.append(rec)
                self.new_learners.add(rec["id"])
                self.counts.new_learner_ids.append(rec["id"])
                self.links.append((rec["id"], "introduced"))
            else:
                self._same("learners", old, rec)
        self._insert("learners", new)

    def _lesson_progress(self) -> None:
        recs = self.records.get("lesson_progress", [])
        stored = self._stored("lesson_progress", "learner_id", [r["learner_id"] for r in recs])
        new = []
        for rec in recs:
            old = stored.get((rec["learner_id"], rec["lesson_id"]))
            if old is None:
                self._may_add(rec["learner_id"])
                new.append(rec)
            else:
                self._same("lesson_progress", old, rec)
        self._insert("lesson_progress", new)

    def _attempts(self) -> None:
        recs = self.records.get("attempts", [])
        stored = self._stored("attempts", "id", [r["id"] for r in recs])
        new = []
        for rec in recs:
            old = stored.get((rec["id"],))
            if old is None:
                self._may_add(rec["learner_id"])
                new.append(rec)
                self.attempt_state[rec["id"]] = "new"
                self.counts.new_attempt_ids.append(rec["id"])
            elif self._same("attempts", old, rec):
                self.attempt_state[rec["id"]] = "same"
            else:
                # A copy that only finishes the unfinished attempt stored here (an older export
                # carried it mid-quiz) keeps the stored row; its new answers may still be added.
                result = {"finished", "score", "passed"}
                completes = old["finished"] is None and all(old[k] == rec[k] for k in set(rec) - result)
                self.attempt_state[rec["id"]] = "completes" if completes else "differs"
        self._insert("attempts", new)

    def _responses(self) -> None:
        recs = self.records.get("responses", [])
        stored = self._stored("responses", "attempt_id", [r["attempt_id"] for r in recs])
        candidates = []
        for rec in recs:
            old = stored.get((rec["attempt_id"], rec["question_id"]))
            if old is not None:
                self._same("responses", old, rec)
            elif self.attempt_state.get(rec["attempt_id"]) == "differs":
                self._hold("responses", rec, "attempt_differs")
            else:
                candidates.append(rec)
        # Never two answers with one id (an older Qorgau keys answers on it): an id another answer
        # here has, or an earlier answer in this bundle, makes the answer a differing copy of that one.
        clashes = {
            r["id"]: _record("responses", r) for r in response_ids.taken(self.db.conn, [r["id"] for r in candidates])
        }
        new = []
        for rec in candidates:
            clash = clashes.get(rec["id"])
            if clash is not None:
                self._same("responses", clash, rec)
                continue
            clashes[rec["id"]] = rec
            self._may_add(self.attempt_learner[rec["attempt_id"]])
            new.append(rec)
        self._insert("responses", new)

    def _certificates(self) -> None:
        recs = self.records.get("certificates", [])
        stored = self._stored("certificates", "code", [r["code"] for r in recs])
        new = []
        for rec in recs:
            old = stored.get((rec["code"],))
            if old is not None:
                self._same("certificates", old, rec)
            elif any(self.attempt_state.get(a) in ("differs", "completes") for a in rec["attempt_ids"]):
                self._hold("certificates", rec, "evidence_differs")
            else:
                self._may_add(rec["learner_id"])
                new.append(rec)
        self._insert("certificates", new)

    def _cohort_members(self) -> None:
        """A learner's membership of a cohort this database has; one of another cohort, or of a
        cohort the trainer here took the learner out of, is skipped (the trainer's word stands)."""
        recs = self.records.get("cohort_members", [])
        stored = self._stored("cohort_members", "learner_id", [r["learner_id"] for r in recs])
        known = {
            r["id"]
            for r in self.store._fetch("SELECT id FROM cohorts WHERE id IN ({})", [r["cohort_id"] for r in recs])
        }
        removed = {
            (r["cohort_id"], r["learner_id"])
            for r in self.store._fetch(
                "SELECT cohort_id, learner_id FROM cohort_member_removals WHERE learner_id IN ({})",
                [r["learner_id"] for r in recs],
            )
        }
        new = []
        for rec in recs:
            old = stored.get((rec["cohort_id"], rec["learner_id"]))
            if old is not None:
                self._same("cohort_members", old, rec)
            elif rec["cohort_id"] not in known or (rec["cohort_id"], rec["learner_id"]) in removed:
                self.counts.skipped["cohort_members"] += 1
            else:
                self._may_add(rec["learner_id"])
                new.append(rec)
        self._insert("cohort_members", new)

    def _prepost_attempts(self) -> None:
        """Like quiz attempts; besides, a learner takes each phase of a cohort's test once, so a copy
        under a new id of a test stored here is a conflict too (its answers are held back with it)."""
        recs = self.records.get("prepost_attempts", [])
        stored = self._stored("prepost_attempts", "id", [r["id"] for r in recs])
        taken = {
            (r["learner_id"], r["cohort_id"], r["phase"]): _record("prepost_attempts", r)
            for r in self.store._fetch(
                "SELECT * FROM prepost_attempts WHERE learner_id IN ({})", [r["learner_id"] for r in recs]
            )
        }
        new = []
        for rec in recs:
            old = stored.get((rec["id"],))
            if old is None:
                other = taken.get((rec["learner_id"], rec["cohort_id"], rec["phase"]))
                if other is not None:
                    self._same("prepost_attempts", other, rec)
                    self.test_state[rec["id"]] = "differs"
                    continue
                self._may_add(rec["learner_id"])
                new.append(rec)
                self.test_state[rec["id"]] = "new"
            elif self._same("prepost_attempts", old, rec):
                self.test_state[rec["id"]] = "same"
            else:
                result = {"finished", "score"}
                completes = old["finished"] is None and all(old[k] == rec[k] for k in set(rec) - result)
                self.test_state[rec["id"]] = "completes" if completes else "differs"
        self._insert("prepost_attempts", new)

    def _prepost_responses(self) -> None:
        recs = self.records.get("prepost_responses", [])
        stored = self._stored("prepost_responses", "attempt_id", [r["attempt_id"] for r in recs])
        new = []
        for rec in recs:
            old = stored.get((rec["attempt_id"], rec["question_id"]))
            if old is not None:
                self._same("prepost_responses", old, rec)
            elif self.test_state.get(rec["attempt_id"]) == "differs":
                self._hold("prepost_responses", rec, "attempt_differs")
            else:
                self._may_add(self.test_learner[rec["attempt_id"]])
                new.append(rec)
        self._insert("prepost_responses", new)

    def _attitude_answers(self) -> None:
        recs = self.records.get("attitude_answers", [])
        stored = self._stored("attitude_answers", "learner_id", [r["learner_id"] for r in recs])
        new = []
        for rec in recs:
            old = stored.get(key_of("attitude_answers", rec))
            if old is not None:
                self._same("attitude_answers", old, rec)
            else:
                self._may_add(rec["learner_id"])
                new.append(rec)
        self._insert("attitude_answers", new)

    def _module_feedback(self) -> None:
        recs = self.records.get("module_feedback", [])
        stored = self._stored("module_feedback", "id", [r["id"] for r in recs])
        new = []
        for rec in recs:
            old = stored.get((rec["id"],))
            if old is not None:
                self._same("module_feedback", old, rec)
            else:
                if rec["learner_id"] is not None:  # anonymous feedback: any trusted device may bring it
                    self._may_add(rec["learner_id"])
                new.append(rec)
        self._insert("module_feedback", new)
