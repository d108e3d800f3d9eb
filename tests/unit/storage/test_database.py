"""Opening, migrating and refusing databases; round trips of every record kind."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import FIXTURES
from trainer.domain.review import ReviewState
from trainer.storage.database import DatabaseDamaged, DatabaseTooNew, open_database
from trainer.storage.migrations import SCHEMA_VERSION
from trainer.storage.store import ProgressStore

V1_FIXTURE = FIXTURES / "db" / "schema-v1.db"


def test_new_database_uses_wal_and_foreign_keys(tmp_path):
    db = open_database(tmp_path / "q.db")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    store = ProgressStore(db)
    assert len(store.device_id) == 36
    device = store.device_id
    store.close()
    assert ProgressStore(open_database(tmp_path / "q.db")).device_id == device


def test_newer_database_is_refused_and_left_unchanged(tmp_path):
    path = tmp_path / "q.db"
    open_database(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNew) as err:
        open_database(path)
    assert str(path) in str(err.value) and "newer version" in str(err.value)
    assert path.read_bytes() == before


def test_garbage_file_is_reported_as_damaged(tmp_path):
    path = tmp_path / "q.db"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(DatabaseDamaged) as err:
        open_database(path)
    assert str(path) in str(err.value)


def test_first_schema_fixture_upgrades_with_every_record(tmp_path):
    path = tmp_path / "old.db"
    shutil.copy(V1_FIXTURE, path)
    old = sqlite3.connect(path)
    counts = {
        t: old.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("learners", "attempts", "responses", "lesson_progress", "review")
    }
    old.close()
    assert all(counts.values()), counts
    store = ProgressStore(open_database(path))
    for table, n in counts.items():
        assert store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == n
    learner = store.learners()[0]
    attempts = store.attempts(learner.id)
    assert attempts and store.responses(attempts[0].id)


def test_foreign_keys_cascade_when_a_learner_is_deleted(store):
    learner = store.create_learner("Dana", "police", "Astana")
    attempt = store.start_attempt(learner.id, "m", "1.0.0", 1, ["q1"], {})
    store.record_response(attempt.id, "q1", "a", 1.0, True)
    store.db.execute("DELETE FROM learners WHERE id = ?", [learner.id])
    assert store.db.execute("SELECT count(*) FROM responses").fetchone()[0] == 0


def test_answering_again_replaces_the_response(store):
    learner = store.create_learner("Dana", "police", "Astana")
    attempt = store.start_attempt(learner.id, "m", "1.0.0", 1, ["q1"], {})
    store.record_response(attempt.id, "q1", "a", 0.0, False)
    store.record_response(attempt.id, "q1", "b", 1.0, True)
    [r] = store.responses(attempt.id)
    assert r.response == "b" and r.correct


def test_review_queue_returns_due_questions(store):
    learner = store.create_learner("Dana", "police", "Astana")
    now = datetime.now(UTC)
    store.set_review_state(learner.id, "m", "q1", ReviewState(0, now - timedelta(hours=1)))
    store.set_review_state(learner.id, "m", "q2", ReviewState(1, now + timedelta(days=2)))
    assert store.due_reviews(learner.id, now) == [("m", "q1")]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**6), 10**6) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)


@settings(max_examples=60, deadline=None)
@given(name=st.text(min_size=1, max_size=60), unit=st.text(max_size=40), response=json_values, score=st.floats(0, 1))
def test_storage_round_trips_return_what_was_stored(name, unit, response, score):
    store = ProgressStore(open_database(None))
    learner = store.create_learner(name, "judge", "Almaty", unit)
    assert (learner.name, learner.unit) == (name, unit)
    attempt = store.start_attempt(learner.id, "m", "1.0.0", 42, ["q1", "q2"], {"q1": ["b", "a"]})
    again = store.attempt(attempt.id)
    assert again.question_ids == ("q1", "q2") and again.option_orders == {"q1": ("b", "a")} and again.seed == 42
    store.record_response(attempt.id, "q1", response, score, score == 1)
    [r] = store.responses(attempt.id)
    assert r.response == response and r.score == score
    store.close()
