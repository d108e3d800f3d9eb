"""The report aggregates always equal a full recomputation from every attempt and answer, whatever
history led there: answers saved and changed, attempts finished, bundles merged, learners merged,
merges undone and learners deleted. The reports read from them equal the reports that group every
attempt and answer."""

from __future__ import annotations

import math
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.conftest import SAMPLE_MODULES
from tests.sync_helpers import fill_laptop, open_sync, trusting
from trainer.domain.grading import InvalidResponse, grade, key_response
from trainer.services.certificates import NotEligible
from trainer.services.context import AppContext
from trainer.services.demo_data import _variants
from trainer.services.quiz import NoAttemptsLeft
from trainer.services.reports import ReportFilter, ReportService
from trainer.storage import report_aggregates

ROLES = ("police", "judge", "prosecutor", "social_worker")


@pytest.fixture(scope="module")
def bundles(tmp_path_factory) -> list[Path]:
    """Two laptops' bundles: people who passed a module and left a second attempt half done."""
    out = []
    for i, people in enumerate(
        [
            [("Aigerim Sadykova", "police", "astana"), ("Dana Omarova", "judge", "almaty")],
            [("Erlan Bekov", "police", "astana")],
        ]
    ):
        laptop = tmp_path_factory.mktemp(f"laptop{i}")
        fill_laptop(laptop, people)
        sync = open_sync(laptop)
        try:
            out.append(sync.export_progress(laptop / f"bundle{i}.qorgau").path)
        finally:
            sync.close()
    return out


def _wrong(question):
    for response in _variants(question):
        try:
            if not grade(question, response).correct:
                return response
        except InvalidResponse:
            continue
    return key_response(question)


def _answer(ctx: AppContext, learner_id: str, module_id: str, picks: list[tuple[int, bool]], finish: bool) -> None:
    try:
        session = ctx.quizzes.start_or_resume(learner_id, ctx.catalogue.modules[module_id])
    except NoAttemptsLeft:
        return
    for index, right in picks:
        question = session.questions[index % len(session.questions)]
        try:
            ctx.quizzes.answer(session, question.id, key_response(question) if right else _wrong(question))
        except InvalidResponse:
            continue
    if finish:
        ctx.quizzes.finish(session)


def check_aggregates(conn) -> None:
    for table in report_aggregates.TABLES:
        stored = report_aggregates.stored(conn, table)
        full = report_aggregates.recomputed(conn, table)
        assert len(stored) == len(full), table
        for a, b in zip(stored, full, strict=True):
            assert same(a, b), (table, a, b)


def same(a, b) -> bool:
    """Equal, with floats equal up to rounding (sums kept by adding and taking away drift)."""
    if isinstance(a, float) or isinstance(b, float):
        return a is not None and b is not None and math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-6)
    if isinstance(a, (list, tuple)):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if hasattr(a, "__dataclass_fields__"):
        return type(a) is type(b) and same(vars(a) if hasattr(a, "__dict__") else _fields(a), _fields(b))
    return a == b


def _fields(x) -> dict:
    return {k: getattr(x, k) for k in x.__dataclass_fields__}


FILTERS = [
    ReportFilter(),
    ReportFilter(roles=("police",)),
    ReportFilter(regions=("astana",), active=True),
    ReportFilter(active=False),
    ReportFilter(active=True),  # the workspace's default: the item analysis reads the active part
    ReportFilter(module_ids=("sample-01-basics",)),
    ReportFilter(roles=("judge",), module_ids=("sample-02-practice",)),
]


def check_reports(ctx: AppContext) -> None:
    """The reports from the aggregates equal those that group every attempt and answer."""
    full = ReportService(ctx.reports.db, ctx.catalogue, aggregates=False)
    try:
        for f in FILTERS:
            for name in ("summary", "module_stats", "region_completion", "score_distribution", "completion_matrix"):
                assert same(_fields_all(getattr(ctx.reports, name)(f)), _fields_all(getattr(full, name)(f))), (name, f)
            assert ctx.reports.count_matrix(f) == full.count_matrix(f)
            assert ctx.reports.matrix_learner_count(f) == full.matrix_learner_count(f)
            pages = [row for offset in range(0, 30, 2) for row in ctx.reports.matrix_page(f, offset, 2)]
            assert same(_fields_all(pages), _fields_all(full.completion_matrix(f)))
            assert same(_fields_all(ctx.reports.item_analysis(f)), _fields_all(full.item_analysis(f))), f
    finally:
        full.close()


def _fields_all(value):
    if isinstance(value, list):
        return [_fields_all(v) for v in value]
    if hasattr(value, "__dataclass_fields__"):
        return {k: _fields_all(getattr(value, k)) for k in value.__dataclass_fields__}
    return value


action = st.one_of(
    st.tuples(st.just("learner"), st.sampled_from(ROLES), st.sampled_from(("astana", "almaty"))),
    st.tuples(
        st.just("answer"),
        st.integers(0, 20),
        st.sampled_from(("sample-01-basics", "sample-02-practice")),
        st.lists(st.tuples(st.integers(0, 30), st.booleans()), max_size=6),
        st.booleans(),
    ),
    st.tuples(st.just("import"), st.integers(0, 1)),
    st.tuples(st.just("merge"), st.integers(0, 20), st.integers(0, 20)),
    st.tuples(st.just("undo"), st.integers(0, 20)),
    st.tuples(st.just("delete"), st.integers(0, 20)),
    st.tuples(st.just("edit"), st.integers(0, 20), st.sampled_from(ROLES), st.sampled_from(("astana", "almaty"))),
    st.tuples(st.just("active"), st.integers(0, 20), st.booleans()),
    st.tuples(st.just("certify"), st.integers(0, 20), st.sampled_from(("sample-01-basics", "sample-02-practice"))),
)


A_BUSY_DAY = [
    ("import", 0),
    ("learner", "police", "astana"),
    ("answer", 3, "sample-01-basics", [(0, True), (1, False), (2, True)], True),
    ("answer", 3, "sample-02-practice", [(0, True), (1, True)], False),
    ("answer", 3, "sample-02-practice", [(1, False), (2, True)], True),
    ("import", 1),
    ("merge", 3, 0),
    ("merge", 2, 0),
    ("answer", 1, "sample-01-basics", [(0, False), (1, False)], True),
    ("undo", 0),
    ("import", 0),
    ("certify", 3, "sample-01-basics"),
    ("certify", 0, "sample-01-basics"),
    ("edit", 0, "judge", "almaty"),
    ("active", 2, False),
    ("merge", 1, 2),
    ("active", 3, False),  # a merged-away profile now inactive, its person active
    ("active", 2, True),
    ("active", 2, False),
    ("delete", 1),
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(actions=st.lists(action, min_size=1, max_size=14))
@example(actions=A_BUSY_DAY)
def test_aggregates_equal_a_full_recomputation(bundles, actions):
    with tempfile.TemporaryDirectory() as tmp:
        ctx = AppContext.open(Path(tmp), SAMPLE_MODULES)
        links: list[str] = []
        try:
            for act in actions:
                learners = [p.id for p in ctx.learners.profiles()]
                kind = act[0]
                if kind == "learner":
                    ctx.learners.create(f"Learner {len(learners)}", act[1], act[2])
                elif kind == "answer" and learners:
                    _answer(ctx, learners[act[1] % len(learners)], act[2], act[3], act[4])
                elif kind == "import":
                    bundle = bundles[act[1]]
                    done = ctx.sync.import_bundles([bundle], decisions=trusting(bundle))
                    assert not done.errors
                elif kind == "merge" and len(learners) > 1:
                    a, b = learners[act[1] % len(learners)], learners[act[2] % len(learners)]
                    try:
                        links.append(ctx.sync.merge_learners(a, b))
                    except Exception:  # the same person, a profile merged already, a loop: refused
                        pass
                elif kind == "undo" and links:
                    try:
                        ctx.sync.undo_merge(links.pop(act[1] % len(links)))
                    except Exception:
                        pass
                elif kind == "delete" and learners:
                    ctx.learner_admin.delete(learners[act[1] % len(learners)])
                elif kind == "edit" and learners:
                    who = ctx.learner_admin.learner(learners[act[1] % len(learners)])
                    ctx.learner_admin.edit(who.id, who.name, act[2], act[3], who.unit)
                elif kind == "certify" and learners:
                    try:
                        ctx.certificates.issue_for_module(learners[act[1] % len(learners)], act[2])
                    except NotEligible:
                        pass
                elif kind == "active" and learners:
                    ctx.learner_admin.set_active(learners[act[1] % len(learners)], act[2])
                check_aggregates(ctx.reports.connection())
            check_reports(ctx)
            if actions is A_BUSY_DAY:  # the history above leaves something to count
                conn = ctx.reports.connection()
                assert [t for t in report_aggregates.TABLES if not report_aggregates.stored(conn, t)] == []
                assert ctx.reports.item_analysis()
        finally:
            ctx.close()


def test_bulk_loads_rebuild_the_aggregates(tmp_path):
    """Demo data goes in without triggers and leaves the aggregates whole."""
    from trainer.content.loader import load_catalogue
    from trainer.services.demo_data import DemoDataService
    from trainer.storage.bulk import BulkWriter
    from trainer.storage.database import open_database

    db = open_database(tmp_path / "demo.db")
    try:
        DemoDataService(BulkWriter(db), load_catalogue(SAMPLE_MODULES)).generate(40, seed=3)
        assert report_aggregates.stored(db.conn, "report_pairs")
        check_aggregates(db.conn)
        names = {r[0] for r in db.conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        assert set(report_aggregates.TRIGGERS) <= names
    finally:
        db.close()


def _demo(path: Path, learners: int = 60):
    from trainer.content.loader import load_catalogue
    from trainer.services.demo_data import DemoDataService
    from trainer.storage.bulk import BulkWriter
    from trainer.storage.database import open_database

    db = open_database(path)
    DemoDataService(BulkWriter(db), load_catalogue(SAMPLE_MODULES)).generate(learners, seed=5)
    return db


def test_migration_m010_fills_the_aggregates_from_what_is_stored(tmp_path):
    """A database with answers from before m010 gets its aggregates, and loses the index that repeated
    the answers' UNIQUE one."""
    from trainer.storage.migrations import migrations

    db = _demo(tmp_path / "old.db")
    try:
        conn = db.conn
        report_aggregates.drop_triggers(conn)
        for table in report_aggregates.TABLES:
            conn.execute(f"DROP TABLE {table}")
        conn.execute("CREATE INDEX responses_report ON responses(attempt_id, question_id, correct, score)")
        conn.execute("DROP INDEX attempts_finished_score")
        conn.execute("CREATE INDEX attempts_module_score ON attempts(module_id, finished, score)")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm010_report_aggregates'")
        conn.commit()
        migrations.apply(db)
        check_aggregates(conn)
        assert report_aggregates.stored(conn, "report_item_scores")
        assert not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'responses_report'").fetchone()
    finally:
        db.close()


def test_demo_cohort_reports_equal_the_full_queries(tmp_path):
    """On a demo cohort (retakes, ties in attempt scores, unfinished attempts) with merged profiles,
    every figure and the item analysis equal the queries that read every attempt and answer."""
    from trainer.content.loader import load_catalogue
    from trainer.services.sync import SyncService

    db = _demo(tmp_path / "demo.db", 120)
    catalogue = load_catalogue(SAMPLE_MODULES)
    try:
        ids = [r[0] for r in db.execute("SELECT id FROM learners ORDER BY rowid LIMIT 4")]
        sync = SyncService.for_db(db, tmp_path)
        sync.merge_learners(ids[0], ids[1])
        sync.merge_learners(ids[2], ids[1])
        fast = ReportService(db, catalogue)
        full = ReportService(db, catalogue, aggregates=False)
        try:
            for f in FILTERS:
                for name in ("summary", "module_stats", "region_completion", "score_distribution", "item_analysis"):
                    assert same(_fields_all(getattr(fast, name)(f)), _fields_all(getattr(full, name)(f))), (name, f)
                assert same(_fields_all(fast.matrix_page(f, 7, 5)), _fields_all(full.matrix_page(f, 7, 5)))
            assert any(i.discrimination is not None for i in fast.item_analysis())
        finally:
            fast.close()
            full.close()
    finally:
        db.close()


def test_active_item_analysis_reads_its_part_of_the_aggregates(tmp_path):
    """The default filter (active learners) and its opposite read the item aggregates' part for that
    flag, put right for merged profiles whose person has the other flag, and equal the analysis that
    reads every answer, before and after learners are deactivated and reactivated."""
    from trainer.content.loader import load_catalogue
    from trainer.services.sync import SyncService

    db = _demo(tmp_path / "demo.db", 80)
    catalogue = load_catalogue(SAMPLE_MODULES)
    try:
        ids = [r[0] for r in db.execute("SELECT id FROM learners ORDER BY rowid LIMIT 6")]
        sync = SyncService.for_db(db, tmp_path)

        def set_active(learner_id: str, active: bool) -> None:
            db.conn.execute("UPDATE learners SET active = ? WHERE id = ?", (int(active), learner_id))
            db.conn.commit()

        fast = ReportService(db, catalogue)
        full = ReportService(db, catalogue, aggregates=False)
        try:

            def check() -> None:
                for active in (True, False):
                    f = ReportFilter(active=active)
                    got = fast.item_analysis(f)
                    assert same(_fields_all(got), _fields_all(full.item_analysis(f))), f
                    # Only merged profiles' attempts are read one by one, not every inactive learner's.
                    conn = fast.connection()
                    merged = conn.execute(
                        "SELECT COUNT(*) FROM attempts WHERE learner_id IN "
                        "(SELECT learner_id FROM learner_links WHERE undone IS NULL)"
                    ).fetchone()[0]
                    assert conn.execute("SELECT COUNT(*) FROM temp.report_left_out").fetchone()[0] <= merged
                check_aggregates(db.conn)

            check()
            everyone = fast.item_analysis()
            for learner_id in ids[:4]:
                set_active(learner_id, False)
            check()
            inactive = fast.item_analysis(ReportFilter(active=False))
            assert inactive and sum(i.responses for i in inactive) < sum(i.responses for i in everyone)
            sync.merge_learners(ids[0], ids[4])  # an inactive profile into an active person
            sync.merge_learners(ids[5], ids[1])  # an active profile into an inactive person
            check()
            set_active(ids[1], True)
            set_active(ids[4], False)
            check()
        finally:
            fast.close()
            full.close()
    finally:
        db.close()


def test_migration_m016_splits_the_item_aggregates_by_active(tmp_path):
    """A database with the item aggregates of m010 (no active key) gets them split and kept by the
    new triggers."""
    from trainer.storage.migrations import migrations

    db = _demo(tmp_path / "old.db")
    try:
        conn = db.conn
        conn.execute("UPDATE learners SET active = 0 WHERE rowid % 5 = 0")
        report_aggregates.drop_triggers(conn)
        conn.execute("DROP TABLE report_module_scores")
        conn.execute("DROP TABLE report_item_scores")
        conn.execute("DROP TABLE report_item_answers")
        conn.execute(
            "CREATE TABLE report_module_scores (module_id TEXT NOT NULL, score REAL NOT NULL, "
            "attempts INTEGER NOT NULL, PRIMARY KEY (module_id, score)) WITHOUT ROWID"
        )
        conn.execute(
            "CREATE TABLE report_item_scores (module_id TEXT NOT NULL, question_id TEXT NOT NULL, score REAL NOT NULL, "
            "answers INTEGER NOT NULL, correct INTEGER NOT NULL, points REAL NOT NULL, "
            "PRIMARY KEY (module_id, question_id, score)) WITHOUT ROWID"
        )
        conn.execute(
            "CREATE TABLE report_item_answers (module_id TEXT NOT NULL, question_id TEXT NOT NULL, "
            "correct INTEGER NOT NULL, response TEXT NOT NULL, answers INTEGER NOT NULL, "
            "PRIMARY KEY (module_id, question_id, correct, response)) WITHOUT ROWID"
        )
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm016_item_aggregates_by_active'")
        conn.commit()
        migrations.apply(db)
        check_aggregates(conn)
        assert {r[0] for r in conn.execute("SELECT active FROM report_item_scores")} == {0, 1}
        conn.execute("UPDATE learners SET active = 1 - active WHERE rowid % 3 = 0")
        conn.execute("DELETE FROM learners WHERE rowid % 7 = 0")
        check_aggregates(conn)
    finally:
        db.close()
