"""Schema migrations. Never edit a migration that has shipped; add a new one instead."""

from __future__ import annotations

from typing import TYPE_CHECKING

from trainer.storage.migration_set import MigrationSet

if TYPE_CHECKING:
    from sqlite_utils import Database

# Run with sqlite_utils.Migrations, which is imported only when one is pending (see migration_set).
migrations = MigrationSet("qorgau")


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
    # One row per differing copy seen (the same copy arriving again adds nothing). ``stored`` and
    # ``incoming`` are the records as bundles write them (JSON); ``reason`` is ``differs`` (the copy
    # differs from the stored record in ``fields``), ``attempt_differs`` (an answer held back with its
    # attempt) or ``evidence_differs`` (a certificate citing an attempt in conflict).
    db.execute(
        """
        CREATE TABLE import_conflicts (
            id INTEGER PRIMARY KEY,
            imported_at TEXT NOT NULL,
            bundle_sha256 TEXT NOT NULL,
            file_name TEXT NOT NULL,
            device_id TEXT NOT NULL,
            public_key TEXT NOT NULL,
            table_name TEXT NOT NULL,
            record_key TEXT NOT NULL,
            reason TEXT NOT NULL,
            fields TEXT NOT NULL,
            stored TEXT,
            incoming TEXT NOT NULL,
            incoming_sha256 TEXT NOT NULL,
            UNIQUE (table_name, record_key, incoming_sha256)
        )
        """
    )
    # Which device keys may add records for a learner: the key of the bundle that brought the learner
    # here (``introduced``) and keys a trainer allowed explicitly (``allowed``).
    db.execute(
        """
        CREATE TABLE learner_devices (
            learner_id TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
            public_key TEXT NOT NULL,
            first_seen TEXT NOT NULL,
            how TEXT NOT NULL CHECK (how IN ('introduced', 'allowed')),
            PRIMARY KEY (learner_id, public_key)
        ) WITHOUT ROWID
        """
    )


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
    # The signed credential (a compact JWS, see trainer.services.credentials) from the issuing device.
    db.execute("ALTER TABLE certificates ADD COLUMN credential TEXT")
    # Trainers' endorsements of a certificate's credential: each a signed EndorsementCredential (JWS).
    # Kept beside the certificate, not in it, so bundles carry certificates exactly as issued.
    db.execute(
        """
        CREATE TABLE certificate_endorsements (
            code TEXT NOT NULL REFERENCES certificates(code) ON DELETE CASCADE,
            public_key TEXT NOT NULL,
            signature TEXT NOT NULL,
            endorsed_at TEXT NOT NULL,
            PRIMARY KEY (code, public_key)
        ) WITHOUT ROWID
        """
    )


@migrations()
def m009_pin_lockout(db: Database) -> None:
    """Wrong PIN tries per learner, so the wait after several wrong tries survives a restart."""
    db.execute(
        """
        CREATE TABLE pin_attempts (
            learner_id TEXT PRIMARY KEY REFERENCES learners(id) ON DELETE CASCADE,
            failures INTEGER NOT NULL DEFAULT 0 CHECK (failures >= 0),
            locked_until REAL NOT NULL DEFAULT 0
        ) WITHOUT ROWID
        """
    )


@migrations()
def m010_report_aggregates(db: Database) -> None:
    """Per learner-module and per item aggregates, kept current by triggers in the same transaction
    as every answer and merged bundle, and filled here from what is stored. The answers' third index
    repeated the UNIQUE (attempt_id, question_id) one: it goes (about 90 bytes an answer)."""
    from trainer.storage import report_aggregates

    report_aggregates.create(db.conn)
    db.execute("DROP INDEX IF EXISTS responses_report")
    # The item analysis reads, per module, the finished attempts at one score in id order (the tie at
    # the edge of its top or bottom group): this index serves that and replaces (module, finished, score).
    db.execute("DROP INDEX IF EXISTS attempts_module_score")
    db.execute("CREATE INDEX attempts_finished_score ON attempts(module_id, score, id) WHERE finished IS NOT NULL")


@migrations()
def m011_cohorts(db: Database) -> None:
    """Training groups, their members and assigned modules with due dates.

    A cohort made here has no ``source_key``; one imported from a trainer's signed cohort file
    keeps that trainer's public key and the file's export time, so only a newer file from the
    same key can replace its assignments.
    """
    db.execute(
        """
        CREATE TABLE cohorts (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            trainers TEXT NOT NULL DEFAULT '',
            starts TEXT,
            ends TEXT,
            created TEXT NOT NULL,
            source_key TEXT,
            exported TEXT
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
    db.execute(
        """
        CREATE TABLE cohort_assignments (
            cohort_id TEXT NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
            module_id TEXT NOT NULL,
            due TEXT NOT NULL,
            added TEXT NOT NULL,
            PRIMARY KEY (cohort_id, module_id)
        ) WITHOUT ROWID
        """
    )


@migrations()
def m012_session_measures(db: Database) -> None:
    """Pre- and post-tests, attitude statements and participant feedback for a cohort.

    Rows are only ever inserted, under UUIDs or natural keys, so records from several laptops
    merge without rewriting one another. Pre/post attempts live apart from quiz attempts: they
    must not spend a quiz attempt, pass a module or appear in the module's scores.
    """
    db.execute(
        """
        CREATE TABLE prepost_tests (
            cohort_id TEXT NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
            phase TEXT NOT NULL CHECK (phase IN ('pre', 'post')),
            module_ids TEXT NOT NULL,
            items INTEGER NOT NULL CHECK (items > 0),
            opened TEXT NOT NULL,
            PRIMARY KEY (cohort_id, phase)
        ) WITHOUT ROWID
        """
    )
    db.execute(
        """
        CREATE TABLE prepost_attempts (
            id TEXT PRIMARY KEY,
            learner_id TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
            cohort_id TEXT NOT NULL,
            phase TEXT NOT NULL CHECK (phase IN ('pre', 'post')),
            plan TEXT NOT NULL,
            content_versions TEXT NOT NULL,
            started TEXT NOT NULL,
            finished TEXT,
            score REAL
        )
        """
    )
    db.execute("CREATE UNIQUE INDEX prepost_attempts_once ON prepost_attempts(learner_id, cohort_id, phase)")
    db.execute(
        """
        CREATE TABLE prepost_responses (
            attempt_id TEXT NOT NULL REFERENCES prepost_attempts(id) ON DELETE CASCADE,
            question_id TEXT NOT NULL,
            module_id TEXT NOT NULL,
            response TEXT NOT NULL,
            score REAL NOT NULL,
            correct INTEGER NOT NULL,
            answered TEXT NOT NULL,
            PRIMARY KEY (attempt_id, question_id)
        ) WITHOUT ROWID
        """
    )
    db.execute(
        """
        CREATE TABLE attitude_answers (
            learner_id TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
            cohort_id TEXT NOT NULL,
            phase TEXT NOT NULL CHECK (phase IN ('pre', 'post')),
            statement_id TEXT NOT NULL,
            value INTEGER CHECK (value BETWEEN 1 AND 5),
            answered TEXT NOT NULL,
            PRIMARY KEY (learner_id, cohort_id, phase, statement_id)
        ) WITHOUT ROWID
        """
    )
    db.execute(
        """
        CREATE TABLE module_feedback (
            id TEXT PRIMARY KEY,
            learner_id TEXT REFERENCES learners(id) ON DELETE SET NULL,
            module_id TEXT NOT NULL,
            cohort_id TEXT,
            relevance INTEGER CHECK (relevance BETWEEN 1 AND 5),
            confidence INTEGER CHECK (confidence BETWEEN 1 AND 5),
            clarity INTEGER CHECK (clarity BETWEEN 1 AND 5),
            comment TEXT,
            given TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX module_feedback_module ON module_feedback(module_id, cohort_id)")


@migrations()
def m013_compact_responses(db: Database) -> None:
    """Answers stored under their natural key (attempt, question), so the table is its own index:
    about 180 bytes an answer instead of 300. The UUID stays (bundles carry it) without an index;
    ``response_id_tails`` keeps ids unique at a tenth of the cost (see ``response_ids``).

    Rows and columns are copied as they are (same names, order and values). The report triggers
    read ``responses`` and go while it is rebuilt, then come back as m010 made them; no trigger
    fires for the copy, so the aggregates stay as they were.
    """
    from trainer.storage import report_aggregates, response_ids

    conn = db.conn
    report_aggregates.drop_triggers(conn)
    conn.execute(
        """
        CREATE TABLE responses_compact (
            id TEXT NOT NULL,
            attempt_id TEXT NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
            question_id TEXT NOT NULL,
            response TEXT NOT NULL,
            score REAL NOT NULL,
            correct INTEGER NOT NULL,
            answered TEXT NOT NULL,
            PRIMARY KEY (attempt_id, question_id)
        ) WITHOUT ROWID
        """
    )
    # In key order (the old UNIQUE index gives it without a sort), so the pages fill as they go.
    # An answer whose attempt is gone (only a tool without foreign keys could leave one) is shown,
    # reported and exported nowhere, and the new table's foreign key refuses it: it stays behind.
    conn.execute(
        "INSERT INTO responses_compact (id, attempt_id, question_id, response, score, correct, answered) "
        "SELECT id, attempt_id, question_id, response, score, correct, answered FROM responses "
        "WHERE attempt_id IN (SELECT id FROM attempts) ORDER BY attempt_id, question_id"
    )
    conn.execute("DROP TABLE responses")
    conn.execute("ALTER TABLE responses_compact RENAME TO responses")
    response_ids.create(conn)
    report_aggregates.create_triggers(conn)


@migrations()
def m014_session_records_sync(db: Database) -> None:
    """Learners a trainer took out of a cohort. Bundles carry memberships, and merging only inserts:
    without this row, the next bundle from the learner's laptop would put the learner back."""
    db.execute(
        """
        CREATE TABLE cohort_member_removals (
            cohort_id TEXT NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
            learner_id TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
            removed TEXT NOT NULL,
            PRIMARY KEY (cohort_id, learner_id)
        ) WITHOUT ROWID
        """
    )


@migrations()
def m015_key_revocation(db: Database) -> None:
    """Why and on whose word a key was revoked, beside when (``revoked_at``, from m008).

    A revoked key keeps its row for good: the records it signed stay, and it is never trusted again.
    """
    db.execute("ALTER TABLE trusted_keys ADD COLUMN revoked_reason TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE trusted_keys ADD COLUMN revoked_by TEXT NOT NULL DEFAULT ''")


@migrations()
def m016_item_aggregates_by_active(db: Database) -> None:
    """The per-item and per-score aggregates split by the learner's active flag, so the trainer
    workspace's default filter (active learners) reads its part instead of taking every inactive
    learner's answers away. The three tables are made again with the ``active`` key and filled
    from what is stored; the triggers go while they are, and come back as report_aggregates has them."""
    from trainer.storage import report_aggregates

    conn = db.conn
    if not report_aggregates.present(conn):
        return
    split = ("report_module_scores", "report_item_scores", "report_item_answers")
    report_aggregates.drop_triggers(conn)
    for table in split:
        conn.execute(f"DROP TABLE {table}")
    for sql in report_aggregates.CREATE_TABLES:
        if any(f"CREATE TABLE {table} (" in sql for table in split):
            conn.execute(sql)
    for table in split:
        conn.execute(f"INSERT INTO {table} {report_aggregates.RECOMPUTE[table]}")
    report_aggregates.create_triggers(conn)


# Counted after the last migration is registered.
SCHEMA_VERSION = len(migrations._migrations)
