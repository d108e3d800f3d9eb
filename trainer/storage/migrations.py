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


@migrations()
def m004_sync(db: Database) -> None:
    """Progress bundles: a log of imported bundles, and undoable links between duplicate learners.

    Merging two profiles of one person never rewrites their records (so later bundles from
    either laptop still merge cleanly); a link says "count this learner as that one", and the
    ``learner_identity`` view resolves chains of links to the profile that represents the person.
    """
    db.execute(
        """
        CREATE TABLE sync_imports (
            bundle_sha256 TEXT PRIMARY KEY,
            file_name TEXT NOT NULL,
            device_id TEXT NOT NULL,
            public_key TEXT NOT NULL,
            exported TEXT NOT NULL,
            format_version INTEGER NOT NULL,
            imported TEXT NOT NULL,
            counts TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX sync_imports_device ON sync_imports(device_id)")
    db.execute(
        """
        CREATE TABLE learner_links (
            id TEXT PRIMARY KEY,
            learner_id TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
            same_as_id TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
            created TEXT NOT NULL,
            undone TEXT,
            CHECK (learner_id <> same_as_id)
        )
        """
    )
    db.execute("CREATE UNIQUE INDEX learner_links_active ON learner_links(learner_id) WHERE undone IS NULL")
    db.execute(
        """
        CREATE VIEW learner_identity AS
        WITH RECURSIVE chain(learner_id, person_id, depth) AS (
            SELECT id, id, 0 FROM learners
            UNION ALL
            SELECT chain.learner_id, k.same_as_id, chain.depth + 1
            FROM chain JOIN learner_links k ON k.learner_id = chain.person_id AND k.undone IS NULL
            WHERE chain.depth < 64
        )
        SELECT learner_id, person_id FROM chain AS c
        WHERE depth = (SELECT MAX(depth) FROM chain AS d WHERE d.learner_id = c.learner_id)
        """
    )
    db.execute(
        """
        CREATE VIEW person_attempts AS
        SELECT i.person_id, a.* FROM attempts AS a JOIN learner_identity AS i ON i.learner_id = a.learner_id
        """
    )


@migrations()
def m003_report_indexes(db: Database) -> None:
    """Indexes for cohort reports: covering indexes so the dashboard's GROUP BY queries read
    only the index, and learner order by name without a sort of the whole table."""
    db.execute(
        "CREATE INDEX attempts_report ON attempts(learner_id, module_id, started, finished, score, passed)"
    )
    db.execute("CREATE INDEX attempts_module_score ON attempts(module_id, finished, score)")
    db.execute("CREATE INDEX responses_report ON responses(attempt_id, question_id, correct, score)")
    db.execute("CREATE INDEX learners_report ON learners(name COLLATE NOCASE, id, role, region, unit, active)")


@migrations()
def m005_scenario_steps(db: Database) -> None:
    """Each scenario step is kept the moment it is taken, so a crash mid-scenario resumes at the
    next step with the earlier ones kept and not open to change (rows are only ever inserted)."""
    db.execute(
        """
        CREATE TABLE scenario_steps (
            attempt_id TEXT NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
            question_id TEXT NOT NULL,
            step INTEGER NOT NULL CHECK (step >= 0),
            choice INTEGER NOT NULL CHECK (choice >= 0),
            taken TEXT NOT NULL,
            PRIMARY KEY (attempt_id, question_id, step)
        ) WITHOUT ROWID
        """
    )


@migrations()
def m006_xapi_ledger(db: Database) -> None:
    """xAPI statements are kept the first time they are built, so an id always carries the same
    statement (a later title, translation or language change cannot alter it), and each LRS's
    acknowledgements are remembered, so a send posts only what that LRS has not taken yet."""
    db.execute(
        """
        CREATE TABLE xapi_statements (
            id TEXT PRIMARY KEY,
            learner_id TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
            statement TEXT NOT NULL,
            kept TEXT NOT NULL
        ) WITHOUT ROWID
        """
    )
    db.execute("CREATE INDEX xapi_statements_learner ON xapi_statements(learner_id)")
    db.execute(
        """
        CREATE TABLE xapi_acknowledged (
            lrs TEXT NOT NULL,
            statement_id TEXT NOT NULL REFERENCES xapi_statements(id) ON DELETE CASCADE,
            outcome TEXT NOT NULL CHECK (outcome IN ('stored', 'conflict')),
            at TEXT NOT NULL,
            PRIMARY KEY (lrs, statement_id)
        ) WITHOUT ROWID
        """
    )


@migrations()
def m007_import_guards(db: Database) -> None:
    """Bundle copies that differ from stored records are kept aside as conflicts, never applied;
    which device may add records for which learner."""
    db.execute("CREATE TABLE IF NOT EXISTS _m007_placeholder (x INTEGER)")
    db.execute("DROP TABLE _m007_placeholder")


@migrations()
def m008_trust(db: Database) -> None:
    """The public keys this database trusts: learners' devices, trainers and content publishers."""
    db.execute(
        """
        CREATE TABLE trusted_keys (
            fingerprint TEXT PRIMARY KEY,
            public_key TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL CHECK (kind IN ('device', 'trainer', 'publisher')),
            label TEXT NOT NULL DEFAULT '',
            trusted_at TEXT NOT NULL,
            origin TEXT NOT NULL DEFAULT '',
            revoked_at TEXT
        ) WITHOUT ROWID
        """
    )
    # The signed credential (JSON text) a certificate carries from the device that issued it.
    db.execute("ALTER TABLE certificates ADD COLUMN credential TEXT")


@migrations()
def m009_pin_lockout(db: Database) -> None:
    """Wrong PIN tries per learner, so the wait after several wrong tries survives a restart."""
    db.execute("CREATE TABLE IF NOT EXISTS _m009_placeholder (x INTEGER)")
    db.execute("DROP TABLE _m009_placeholder")


@migrations()
def m010_report_aggregates(db: Database) -> None:
    """Per learner-module and per item aggregates, kept current in the same transaction as answers."""
    db.execute("CREATE TABLE IF NOT EXISTS _m010_placeholder (x INTEGER)")
    db.execute("DROP TABLE _m010_placeholder")


@migrations()
def m011_cohorts(db: Database) -> None:
    """Training groups, their members and assigned modules with due dates."""
    db.execute(
        """
        CREATE TABLE cohorts (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            trainers TEXT NOT NULL DEFAULT '',
            starts TEXT,
            ends TEXT,
            created TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE cohort_members (
            cohort_id TEXT NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
            learner_id TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
            added TEXT NOT NULL,
            PRIMARY KEY (cohort_id, learner_id)
        ) WITHOUT ROWID
        """
    )
    db.execute("CREATE INDEX cohort_members_learner ON cohort_members(learner_id)")


@migrations()
def m012_session_measures(db: Database) -> None:
    """Pre- and post-tests, attitude statements and participant feedback for a cohort."""
    db.execute("CREATE TABLE IF NOT EXISTS _m012_placeholder (x INTEGER)")
    db.execute("DROP TABLE _m012_placeholder")


SCHEMA_VERSION = len(migrations._migrations)
