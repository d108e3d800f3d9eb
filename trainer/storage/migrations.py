"""Schema migrations. Never edit a migration that has shipped; add a new one instead."""

from __future__ import annotations

from sqlite_utils import Database, Migrations

migrations = Migrations("qorgau")


@migrations()
def m001_initial(db: Database) -> None:
    """The first released schema."""
    db.executescript(
        """
        CREATE TABLE learners (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            role TEXT NOT NULL,
            region TEXT NOT NULL,
            unit TEXT NOT NULL DEFAULT '',
            pin_hash TEXT,
            created TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1,
            prefs TEXT NOT NULL DEFAULT '{}'
        );
        CREATE TABLE lesson_progress (
            learner_id TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
            module_id TEXT NOT NULL,
            lesson_id TEXT NOT NULL,
            opened TEXT NOT NULL,
            read_at TEXT,
            PRIMARY KEY (learner_id, lesson_id)
        );
        CREATE TABLE attempts (
            id TEXT PRIMARY KEY,
            learner_id TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
            module_id TEXT NOT NULL,
            content_version TEXT NOT NULL,
            seed INTEGER NOT NULL,
            plan TEXT NOT NULL,
            started TEXT NOT NULL,
            finished TEXT,
            score REAL,
            passed INTEGER
        );
        CREATE INDEX attempts_learner_module ON attempts(learner_id, module_id);
        CREATE TABLE responses (
            id TEXT PRIMARY KEY,
            attempt_id TEXT NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
            question_id TEXT NOT NULL,
            response TEXT NOT NULL,
            score REAL NOT NULL,
            correct INTEGER NOT NULL,
            answered TEXT NOT NULL,
            UNIQUE (attempt_id, question_id)
        );
        CREATE TABLE review (
            learner_id TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
            question_id TEXT NOT NULL,
            module_id TEXT NOT NULL,
            stage INTEGER NOT NULL,
            due TEXT,
            updated TEXT NOT NULL,
            PRIMARY KEY (learner_id, question_id)
        );
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """
    )


@migrations()
def m002_certificates(db: Database) -> None:
    """Certificates issued to learners; the code is derived from the rest of the row.

    Plain ``execute`` (not ``executescript``, which commits first) keeps the new table inside the
    migration's transaction together with its record.
    """
    db.execute(
        """
        CREATE TABLE certificates (
            code TEXT PRIMARY KEY,
            learner_id TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('module', 'track')),
            module_ids TEXT NOT NULL,
            content_versions TEXT NOT NULL,
            score REAL NOT NULL,
            issued TEXT NOT NULL,
            attempt_ids TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX certificates_learner ON certificates(learner_id)")


SCHEMA_VERSION = len(migrations._migrations)
