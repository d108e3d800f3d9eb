"""Read-only queries over everything learners did, in a stable order, for exports (xAPI)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlite_utils import Database

from trainer.domain.records import AttemptRecord, Learner, ResponseRecord
from trainer.storage.store import _attempt, _learner


def learners(db: Database, learner_ids: list[str] | None = None) -> list[Learner]:
    rows = [_learner(r) for r in db.query("SELECT * FROM learners ORDER BY created, id")]
    return [r for r in rows if learner_ids is None or r.id in learner_ids]


def lesson_progress(db: Database, learner_id: str) -> Iterator[dict[str, Any]]:
    """Lessons opened (and perhaps read), oldest first."""
    yield from db.query(
        "SELECT module_id, lesson_id, opened, read_at FROM lesson_progress WHERE learner_id = ? ORDER BY opened, lesson_id",
        [learner_id],
    )


def attempts(db: Database, learner_id: str) -> list[AttemptRecord]:
    return [
        _attempt(r) for r in db.query("SELECT * FROM attempts WHERE learner_id = ? ORDER BY started, id", [learner_id])
    ]


def responses(db: Database, attempt_id: str) -> list[ResponseRecord]:
    import json

    return [
        ResponseRecord(
            r["attempt_id"], r["question_id"], json.loads(r["response"]), r["score"], bool(r["correct"]), r["answered"]
        )
        for r in db.query("SELECT * FROM responses WHERE attempt_id = ? ORDER BY answered, question_id", [attempt_id])
    ]
