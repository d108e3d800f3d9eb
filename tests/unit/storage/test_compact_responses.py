"""Answers stored under their natural key (migration m013): an upgraded database holds the same
answers, exports them byte for byte as before, keeps its report figures and cascades, and still
never lets two answers share one id."""

from __future__ import annotations

import random
import sqlite3
import uuid
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlite_utils import Database

from tests.sync_helpers import export, fill_laptop, import_trusted, rows
from tests.unit.storage.test_report_aggregates import check_aggregates
from trainer.storage import report_aggregates, response_ids
from trainer.storage.database import DB_FILENAME, open_database
from trainer.storage.learner_admin import LearnerAdminStore
from trainer.storage.migrations import migrations
from trainer.storage.store import ProgressStore
from trainer.storage.sync_store import SyncStore
from trainer.sync.bundle import write_bundle
from trainer.sync.keys import load_or_create_device_key
from trainer.sync.records import canonical

ANSWERS = ["a", ["a", "c"], {"p1": "r2", "p2": "r1"}, 166.5, "Қазақша ответ", [0, 2, 1]]


def _old_database(path: Path) -> Database:
    """A database as the release before m013 left it."""
    db = Database(path)
    db.execute("PRAGMA foreign_keys = ON")
    migrations.apply(db, stop_before="m013_compact_responses")
    return db


def _fill(store: ProgressStore, rng: random.Random) -> None:
    """Learners with finished and unfinished attempts, answers replaced, inexact scores, non-Latin text."""
    for n in range(6):
        learner = store.create_learner(
            f"Learner {n}", rng.choice(["police", "judge"]), rng.choice(["astana", "almaty"])
        )
        for module in ("m1", "m2"):
            for _ in range(rng.randint(1, 3)):
                qids = [f"{module}.q{i}" for i in range(rng.randint(2, 8))]
                attempt = store.start_attempt(learner.id, module, "1.0", rng.randint(1, 99), qids, {})
                for qid in rng.sample(qids, rng.randint(1, len(qids))):
                    for _ in range(rng.randint(1, 2)):  # a second answer replaces the first
                        score = rng.choice([0.0, 1.0, 0.5, 2 / 3, 0.1 + 0.2])
                        store.record_response(attempt.id, qid, rng.choice(ANSWERS), score, score == 1.0)
                if rng.random() < 0.8:
                    store.finish_attempt(attempt.id, round(rng.uniform(0, 100), 2), rng.random() < 0.5)


def _answers(conn: sqlite3.Connection) -> list[tuple]:
    """Every stored value of every answer with its storage class, so a change of type shows too."""
    return conn.execute(
        "SELECT id, attempt_id, question_id, response, score, correct, answered, typeof(id), typeof(response), "
        "typeof(score), typeof(correct), typeof(answered) FROM responses ORDER BY attempt_id, question_id"
    ).fetchall()


def _exported(db) -> list[str]:
    """The answers as a bundle carries them (a bundle sorts them by key when it writes them)."""
    return sorted(canonical(r) for r in SyncStore(db).export_records()["responses"])


def _aggregates(conn: sqlite3.Connection) -> dict[str, list[tuple]]:
    return {t: report_aggregates.stored(conn, t) for t in report_aggregates.TABLES}


@pytest.fixture
def upgraded(tmp_path):
    """(what a database held before m013, the same database opened after it)."""
    path = tmp_path / "qorgau.db"
    old = _old_database(path)
    _fill(ProgressStore(old), random.Random(5))
    before = {"answers": _answers(old.conn), "exported": _exported(old), "aggregates": _aggregates(old.conn)}
    old.close()
    db = open_database(path)
    yield before, db
    db.close()


def test_the_upgrade_keeps_every_answer_and_its_export_byte_for_byte(upgraded):
    before, db = upgraded
    assert len(before["answers"]) > 50
    assert _answers(db.conn) == before["answers"]
    assert _exported(db) == before["exported"]
    sql = db.execute("SELECT sql FROM sqlite_master WHERE name = 'responses'").fetchone()[0]
    assert "WITHOUT ROWID" in sql and "ON DELETE CASCADE" in sql
    # The table is its own index: nothing else is kept per answer but the id tails.
    assert db.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'responses'").fetchall() == []
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def test_the_upgrade_keeps_the_report_figures_and_their_triggers(upgraded):
    before, db = upgraded
    assert _aggregates(db.conn) == before["aggregates"]
    check_aggregates(db.conn)
    triggers = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert set(report_aggregates.TRIGGERS) <= triggers
    # Answers given after the upgrade still reach the figures in the same transaction.
    store = ProgressStore(db)
    learner = store.learners()[0]
    attempt = store.start_attempt(learner.id, "m1", "1.0", 3, ["m1.q0", "m1.q1"], {})
    store.record_response(attempt.id, "m1.q0", "b", 0.0, False)
    store.record_response(attempt.id, "m1.q0", "a", 1.0, True)
    store.finish_attempt(attempt.id, 50.0, False)
    check_aggregates(db.conn)
    assert [r.response for r in store.responses(attempt.id)] == ["a"]


def test_deleting_a_learner_still_takes_their_answers_and_id_tails(upgraded):
    _, db = upgraded
    learner_id = db.execute("SELECT learner_id FROM attempts LIMIT 1").fetchone()[0]
    assert LearnerAdminStore(db).delete(learner_id)
    orphans = "SELECT COUNT(*) FROM responses WHERE attempt_id NOT IN (SELECT id FROM attempts)"
    assert db.execute(orphans).fetchone()[0] == 0
    # Through the foreign key alone too (a plain DELETE of an attempt).
    attempt_id = db.execute("SELECT attempt_id FROM responses LIMIT 1").fetchone()[0]
    db.execute("DELETE FROM attempts WHERE id = ?", [attempt_id])
    assert db.execute("SELECT COUNT(*) FROM responses WHERE attempt_id = ?", [attempt_id]).fetchone()[0] == 0
    assert _tails(db.conn) == sorted(db.execute(response_ids.RECOMPUTE).fetchall())
    check_aggregates(db.conn)


def _tails(conn: sqlite3.Connection) -> list[tuple]:
    return conn.execute("SELECT tail, answers FROM response_id_tails ORDER BY tail").fetchall()


def test_id_tails_count_every_answer_through_inserts_changes_and_deletes(store):
    conn = store.db.conn
    learner = store.create_learner("Aida", "judge", "astana")
    attempt = store.start_attempt(learner.id, "m1", "1.0", 1, ["q1", "q2", "q3"], {})
    for qid in ("q1", "q2", "q3"):
        store.record_response(attempt.id, qid, "a", 1.0, True)
    shared = "aaaaaaaa-0000-4000-8000-123456789abc"
    conn.execute("UPDATE responses SET id = ? WHERE question_id IN ('q1', 'q2')", [shared])  # one tail, twice
    assert (0x123456789ABC, 2) in _tails(conn)
    conn.execute("DELETE FROM responses WHERE question_id = 'q1'")
    assert (0x123456789ABC, 1) in _tails(conn)
    assert _tails(conn) == sorted(conn.execute(response_ids.RECOMPUTE).fetchall())
    conn.execute("DELETE FROM responses")
    assert _tails(conn) == []


@given(st.text(max_size=40) | st.uuids().map(str) | st.uuids().map(lambda u: f"x\0{u}"))
def test_a_tail_is_the_same_in_sql_and_in_python(answer_id):
    conn = sqlite3.connect(":memory:")
    assert conn.execute(f"SELECT {response_ids.tail_sql('?')}", [answer_id] * 12).fetchone()[0] == response_ids.tail(
        answer_id
    )


def test_taken_finds_stored_ids_and_not_ids_that_only_share_a_tail(store):
    learner = store.create_learner("Aida", "judge", "astana")
    attempt = store.start_attempt(learner.id, "m1", "1.0", 1, ["q1", "q2"], {})
    store.record_response(attempt.id, "q1", "a", 1.0, True)
    stored = store.db.execute("SELECT id FROM responses").fetchone()[0]
    lookalike = str(uuid.uuid4())[:-12] + stored[-12:]
    found = response_ids.taken(store.db.conn, [stored, lookalike, str(uuid.uuid4())])
    assert [(r["id"], r["question_id"]) for r in found] == [(stored, "q1")]
    assert response_ids.taken(store.db.conn, [lookalike]) == []


# Bundles cannot make two answers share an id ---------------------------------------------------
def _forge(tmp_path: Path, name: str, change) -> Path:
    """A laptop's genuine records after ``change(records)``, signed with the laptop's key."""
    db = open_database(tmp_path / "laptop" / DB_FILENAME)
    try:
        records = SyncStore(db).export_records()
    finally:
        db.close()
    change(records)
    key = load_or_create_device_key(tmp_path / "laptop")
    return write_bundle(tmp_path / name, records, device_id=str(uuid.uuid4()), key=key, app_version="9.9")


def _as_new_learner(records, answer_ids) -> str:
    """The records' first finished attempt as another learner's, its answers under ``answer_ids``."""
    learner_id, attempt_id = str(uuid.uuid4()), str(uuid.uuid4())
    records["learners"] = [dict(records["learners"][0], id=learner_id, name="Other Person")]
    records["lesson_progress"], records["certificates"] = [], []
    attempt = records["attempts"][0]
    records["attempts"] = [dict(attempt, id=attempt_id, learner_id=learner_id)]
    answers = [r for r in records["responses"] if r["attempt_id"] == attempt["id"]]
    records["responses"] = [dict(r, attempt_id=attempt_id, id=i) for r, i in zip(answers, answer_ids, strict=False)]
    return attempt_id


def _ids_once(data_dir: Path) -> bool:
    return rows(data_dir, "SELECT id FROM responses GROUP BY id HAVING COUNT(*) > 1") == []


@pytest.fixture
def office(tmp_path) -> Path:
    fill_laptop(tmp_path / "laptop", [("Aliya Kasymova", "judge", "almaty")])
    office = tmp_path / "office"
    assert import_trusted(office, export(tmp_path / "laptop", tmp_path / "genuine.zip")).errors == []
    return office


def test_a_bundle_answer_under_a_stored_answers_id_is_kept_aside(tmp_path, office):
    stored_ids = [r[0] for r in rows(office, "SELECT id FROM responses ORDER BY attempt_id, question_id")]
    attempt_id = None

    def reuse(records):
        nonlocal attempt_id
        ids = [r["id"] for r in records["responses"] if r["attempt_id"] == records["attempts"][0]["id"]]
        attempt_id = _as_new_learner(records, ids)

    result = import_trusted(office, _forge(tmp_path, "reuse.zip", reuse))
    assert result.errors == []
    assert rows(office, f"SELECT COUNT(*) FROM responses WHERE attempt_id = '{attempt_id}'") == [(0,)]
    clashes = [c for c in result.counts.conflicts if c.table == "responses"]
    assert clashes and all("attempt_id" in c.fields and c.stored["id"] == c.incoming["id"] for c in clashes)
    assert sorted(r[0] for r in rows(office, "SELECT id FROM responses")) == sorted(stored_ids)
    assert _ids_once(office)


def test_two_answers_of_one_bundle_under_one_id_add_only_the_first(tmp_path, office):
    shared = str(uuid.uuid4())
    attempt_id = None

    def twice(records):
        nonlocal attempt_id
        attempt_id = _as_new_learner(records, [shared, shared])

    result = import_trusted(office, _forge(tmp_path, "twice.zip", twice))
    assert result.errors == []
    assert rows(office, f"SELECT id FROM responses WHERE attempt_id = '{attempt_id}'") == [(shared,)]
    [clash] = [c for c in result.counts.conflicts if c.table == "responses"]
    assert clash.incoming["id"] == shared and "question_id" in clash.fields
    assert _ids_once(office)


def test_a_bulk_load_counts_its_answers_once_at_the_end_and_keeps_counting_after(store):
    from trainer.storage.bulk import BulkWriter

    learner = store.create_learner("Aida", "judge", "astana")
    attempt = store.start_attempt(learner.id, "m1", "1.0", 1, ["q1", "q2", "q3"], {})
    writer = BulkWriter(store.db)
    with writer.transaction():
        assert store.db.execute(
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'response_id%'"
        ).fetchone() == (0,)
        writer.responses(
            [(str(uuid.uuid4()), attempt.id, q, '"a"', 1.0, 1, "2026-01-01T00:00:00+00:00") for q in ("q1", "q2")]
        )
    store.record_response(attempt.id, "q3", "b", 0.0, False)
    assert [n for _, n in _tails(store.db.conn)] == [1, 1, 1]
    assert _tails(store.db.conn) == sorted(store.db.execute(response_ids.RECOMPUTE).fetchall())
