"""A full disk or a read-only database: a clear StorageError, nothing half-written, no crash."""

from __future__ import annotations

import sqlite3

import pytest

from trainer.domain.grading import key_response
from trainer.services.quiz import QuizService
from trainer.storage import database
from trainer.storage.database import DatabaseDamaged, StorageError, open_database
from trainer.storage.faults import WriteFailed


def fill_disk(store) -> None:
    """SQLite's own 'disk full' (SQLITE_FULL): cap the file at its size, then use up the free space
    in every table an answer writes to (with another learner's rows)."""
    db = store.db
    other = store.create_learner("Filler", "judge", "almaty")
    attempt = store.start_attempt(other.id, "m", "1", 1, ["q"], {})
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")
    rows = {
        "INSERT INTO responses VALUES (?, ?, ?, zeroblob(?), 0, 0, '')": lambda n, size: [
            f"r{n}",
            attempt.id,
            f"q{n}",
            size,
        ],
        "INSERT INTO review VALUES (?, ?, 'm', 0, NULL, zeroblob(?))": lambda n, size: [other.id, f"q{n}", size],
    }
    n = 0
    for size in (2000, 200, 20, 1):
        for sql, args in rows.items():
            try:
                while True:
                    n += 1
                    db.execute(sql, args(n, size))
            except sqlite3.OperationalError as exc:
                assert "full" in str(exc)


def free_disk(db) -> None:
    db.execute("PRAGMA max_page_count = 1073741823")


def counts(store) -> tuple[int, int]:
    """Responses and review rows of the learner taking the quiz (not the filler's)."""
    return tuple(
        store.db.execute(
            f"SELECT count(*) FROM {t} WHERE {key} = (SELECT id FROM learners WHERE name = 'Dana')"
        ).fetchone()[0]
        for t, key in (
            ("responses", "(SELECT learner_id FROM attempts WHERE attempts.id = attempt_id)"),
            ("review", "learner_id"),
        )
    )


@pytest.fixture
def session(tmp_path, catalogue):
    from trainer.storage.store import ProgressStore

    store = ProgressStore(open_database(tmp_path / "q.db"))
    quizzes = QuizService(store)
    learner = store.create_learner("Dana", "police", "astana")
    s = quizzes.start_or_resume(learner.id, catalogue.modules["sample-01-basics"], seed=1)
    yield quizzes, s
    store.close()


def test_answer_on_a_full_disk_is_refused_whole_and_can_be_given_again(session):
    quizzes, s = session
    q = s.questions[0]
    fill_disk(quizzes.store)
    with pytest.raises(WriteFailed) as err:
        quizzes.answer(s, q.id, _wrong(q))  # a wrong answer also writes the review schedule
    assert "disk is full" in str(err.value) and "could not save your answer" in str(err.value)
    assert counts(quizzes.store) == (0, 0) and s.grades == {}
    free_disk(quizzes.store.db)
    quizzes.answer(s, q.id, _wrong(q))
    assert counts(quizzes.store) == (1, 1) and q.id in s.grades


def test_failure_half_way_through_an_answer_rolls_back_the_part_already_written(session, monkeypatch):
    quizzes, s = session
    q = s.questions[0]

    def full(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(quizzes.store, "set_review_state", full)
    with pytest.raises(WriteFailed):
        quizzes.answer(s, q.id, _wrong(q))
    assert counts(quizzes.store) == (0, 0)


def test_answer_to_a_read_only_database_says_the_folder_cannot_be_written(session):
    quizzes, s = session
    quizzes.store.db.execute("PRAGMA query_only = ON")  # SQLite answers 'attempt to write a readonly database'
    q = s.questions[0]
    with pytest.raises(StorageError) as err:
        quizzes.answer(s, q.id, key_response(q))
    assert "cannot be written to" in str(err.value)
    quizzes.store.db.execute("PRAGMA query_only = OFF")
    assert counts(quizzes.store) == (0, 0)


def test_a_read_only_or_full_folder_at_start_is_not_called_damage(tmp_path, monkeypatch):
    path = tmp_path / "q.db"
    open_database(path).close()

    def readonly(db, memory):
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(database, "_configure", readonly)
    with pytest.raises(StorageError) as err:
        open_database(path)
    assert not isinstance(err.value, DatabaseDamaged)
    assert str(path) in str(err.value) and "cannot be written to" in str(err.value)


def test_read_only_folder_at_start_gives_a_message_not_a_traceback(tmp_path):
    """The data folder's database opened read-only (as on a write-protected USB stick)."""
    import subprocess
    import sys

    from tests.conftest import ROOT

    path = tmp_path / "q.db"
    open_database(path).close()
    before = path.read_bytes()
    code = (
        "import sqlite3, sys\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "from trainer.storage import database\n"
        "real = sqlite3.connect\n"
        "database.sqlite3 = type(sys)('fake_sqlite3')\n"
        "database.sqlite3.__dict__.update(sqlite3.__dict__)\n"
        "database.sqlite3.connect = lambda p, **k: real(f'file:{p}?mode=ro', uri=True, **k)\n"
        "try:\n"
        f"    database.open_database({str(path)!r})\n"
        "except database.StorageError as exc:\n"
        "    print(exc)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and not result.stderr, result.stderr
    assert "cannot be written to" in result.stdout
    assert path.read_bytes() == before


def _wrong(q):
    if q.type == "true_false":
        return not q.answer
    if q.type == "single_choice":
        return next(o.id for o in q.options if o.id != q.answer)
    return key_response(q)
