"""Storage round trips beyond learners and responses (test_database.py): review schedule, settings,
lessons, finished attempts, and a backup restoring exactly what was stored."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from trainer.domain.review import ReviewState
from trainer.storage.backup import take_backup
from trainer.storage.database import open_database
from trainer.storage.store import ProgressStore

text = st.text(min_size=1, max_size=30)


@settings(max_examples=40, deadline=None)
@given(
    stage=st.integers(0, 10),
    due=st.none() | st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1)),
    key=text,
    value=st.text(max_size=200),
    lesson=text,
    score=st.floats(0, 100),
    passed=st.booleans(),
)
def test_review_settings_lessons_and_attempts_round_trip(stage, due, key, value, lesson, score, passed):
    store = ProgressStore(open_database(None))
    learner = store.create_learner("Dana", "social_worker", "almaty")
    due = due.replace(tzinfo=UTC) if due else None
    store.set_review_state(learner.id, "m", "q1", ReviewState(stage, due))
    assert store.review_state(learner.id, "q1") == ReviewState(stage, due)
    store.set_setting(key, value)
    assert store.setting(key) == value
    store.mark_lesson_read(learner.id, "m", lesson)
    assert store.read_lessons(learner.id) == {lesson}
    attempt = store.start_attempt(learner.id, "m", "1.0.0", 7, ["q1"], {})
    done = store.finish_attempt(attempt.id, score, passed)
    assert (done.score, done.passed) == (score, passed) and done.finished
    store.close()


@settings(max_examples=15, deadline=None)
@given(names=st.lists(text, min_size=1, max_size=5), responses=st.lists(st.text(max_size=50), max_size=5))
def test_a_backup_holds_exactly_what_was_stored(tmp_path_factory, names, responses):
    data = tmp_path_factory.mktemp("data")
    store = ProgressStore(open_database(data / "qorgau.db"))
    for name in names:
        learner = store.create_learner(name, "judge", "astana")
    attempt = store.start_attempt(learner.id, "m", "1", 1, [f"q{i}" for i in range(len(responses))], {})
    for i, r in enumerate(responses):
        store.record_response(attempt.id, f"q{i}", r, 0.5, False)
    copy = take_backup(store.db.conn, data, "exit")
    restored = ProgressStore(open_database(copy.path))
    for table in ("learners", "attempts", "responses", "settings"):
        sql = f"SELECT * FROM {table} ORDER BY 1"
        assert restored.db.execute(sql).fetchall() == store.db.execute(sql).fetchall()
    conn = sqlite3.connect(copy.path)
    assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    conn.close()
    restored.close()
    store.close()
