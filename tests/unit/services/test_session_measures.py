"""A cohort's pre/post tests, attitudes and feedback through the service, checked against the raw rows."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from trainer.content.attitudes import load_attitudes
from trainer.domain.grading import key_response
from trainer.services.session_measures import MeasuresError, SessionMeasuresService
from trainer.storage.session_measures import SessionMeasuresStore

ROOT = Path(__file__).resolve().parents[3]
MODULES = ["sample-01-basics", "sample-02-practice"]


def make_cohort(store, name: str, learner_ids: list[str]) -> str:
    """A cohort row as the cohorts feature stores it (m011)."""
    cohort_id = f"cohort-{name}"
    store.db.execute("INSERT INTO cohorts (id, name, created) VALUES (?, ?, '2026-01-01')", [cohort_id, name])
    for n, lid in enumerate(learner_ids):
        store.db.execute(
            "INSERT INTO cohort_members (cohort_id, learner_id, added) VALUES (?, ?, ?)",
            [cohort_id, lid, f"2026-01-0{n + 1}"],
        )
    return cohort_id


@pytest.fixture
def measures(store, catalogue) -> SessionMeasuresService:
    statements, errors = load_attitudes(ROOT / "modules")
    assert not errors
    return SessionMeasuresService(SessionMeasuresStore(store.db), catalogue, statements)


def take(measures: SessionMeasuresService, learner_id: str, cohort_id: str, phase: str, right: int) -> list[str]:
    """Answer the first ``right`` items with the key and leave the rest unanswered (they score 0)."""
    session = measures.start(learner_id, cohort_id, phase)
    for _, q in session.questions[:right]:
        measures.answer(session, q.id, key_response(q))
    measures.finish(session)
    return [q.id for _, q in session.questions]


def test_pre_and_post_never_share_an_item_and_score_nothing_is_shown(store, measures) -> None:
    lid = store.create_learner("Aigul", "police", "almaty").id
    cohort = make_cohort(store, "A", [lid])
    with pytest.raises(MeasuresError):
        measures.open_test(cohort, "post")
    measures.open_test(cohort, "pre", MODULES, items=5)
    [pending] = measures.pending(lid)
    assert (pending.phase, pending.questions, pending.started) == ("pre", 3, False)
    pre = take(measures, lid, cohort, "pre", right=3)
    assert measures.pending(lid) == []
    with pytest.raises(MeasuresError, match="already"):
        measures.start(lid, cohort, "pre")
    measures.open_test(cohort, "post")
    post = take(measures, lid, cohort, "post", right=1)
    assert not set(pre) & set(post)
    assert all(".s" not in q for q in pre + post)  # scenarios never appear: they show consequences
    # The quiz attempts of the modules are untouched: a test is not a quiz attempt.
    assert store.attempts(lid) == []


def test_report_figures_equal_a_computation_from_raw_rows(store, measures) -> None:
    learners = [store.create_learner(f"L{i}", "police", "almaty").id for i in range(6)]
    cohort = make_cohort(store, "B", learners)
    measures.open_test(cohort, "pre", MODULES, items=5)
    for i, lid in enumerate(learners):
        take(measures, lid, cohort, "pre", right=i % 2)
    measures.open_test(cohort, "post")
    for i, lid in enumerate(learners[:5]):  # the sixth misses the post-test
        take(measures, lid, cohort, "post", right=1 + i % 3)
    report = measures.gain(cohort)

    # Independently: percentage per learner and phase straight from the tables.
    pct = {}
    for lid, phase, plan_len, earned in store.db.execute(
        """
        SELECT a.learner_id, a.phase, json_array_length(a.plan), COALESCE(SUM(r.score), 0)
        FROM prepost_attempts a LEFT JOIN prepost_responses r ON r.attempt_id = a.id
        WHERE a.cohort_id = ? AND a.finished IS NOT NULL GROUP BY a.id
        """,
        [cohort],
    ):
        pct[(lid, phase)] = 100 * earned / plan_len
    gains = [pct[(lid, "post")] - pct[(lid, "pre")] for lid in learners if (lid, "post") in pct]
    assert report.cohort.n == len(gains) == 5
    assert report.cohort.raw == pytest.approx(sum(gains) / 5)
    assert report.unpaired == (learners[5],)
    assert not report.cohort.too_few
    for lid in learners[:5]:
        assert report.learners[lid].raw == pytest.approx(pct[(lid, "post")] - pct[(lid, "pre")])


def test_attitudes_keep_skips_and_refuse_bad_values(store, measures) -> None:
    lid = store.create_learner("Aigul", "police", "almaty").id
    cohort = make_cohort(store, "C", [lid])
    first, second = measures.statements[0].id, measures.statements[1].id
    assert measures.needs_attitudes(lid, cohort, "pre")
    with pytest.raises(ValueError, match=first):
        measures.record_attitudes(lid, cohort, "pre", {first: 7})
    measures.record_attitudes(lid, cohort, "pre", {first: 5, second: 4})
    assert not measures.needs_attitudes(lid, cohort, "pre")
    measures.record_attitudes(lid, cohort, "post", {first: 2})  # the second skipped
    shift = measures.attitude_shift(cohort)
    assert shift.statements[first].shift == -3
    assert shift.statements[second].n == 0
    skipped = store.db.execute(
        "SELECT value FROM attitude_answers WHERE phase = 'post' AND statement_id = ?", [second]
    ).fetchone()
    assert skipped == (None,)  # kept as skipped, not as a value


def test_anonymous_feedback_keeps_no_learner_id_and_export(store, measures, tmp_path: Path) -> None:
    lid = store.create_learner("Aigul", "police", "almaty").id
    cohort = make_cohort(store, "D", [lid])
    measures.give_feedback(lid, MODULES[0], {"relevance": 5, "confidence": 4, "clarity": None}, "Useful =1+1", True)
    measures.give_feedback(lid, MODULES[0], {"relevance": 3}, None, False)
    assert measures.give_feedback(lid, MODULES[0], {}, "   ", True) is None  # all skipped: nothing kept
    rows = store.db.execute("SELECT learner_id, cohort_id, given FROM module_feedback ORDER BY learner_id").fetchall()
    anonymous = [r for r in rows if r[0] is None]
    assert len(anonymous) == 1 and anonymous[0][1] == cohort
    assert len(anonymous[0][2]) == 10  # the day only, no time
    [summary] = measures.feedback_summary(cohort)
    assert summary.responses == 2 and summary.comments == 1
    assert summary.scales["relevance"].mean == 4 and summary.scales["relevance"].counts[5] == 1
    assert summary.scales["clarity"].n == 0
    out = tmp_path / "comments.csv"
    assert measures.export_comments(out, cohort) == 1
    with out.open(encoding="utf-8-sig") as f:
        [header, row] = list(csv.reader(f))
    assert header[-1] == "comment" and row[-1] == "Useful =1+1" and "Aigul" not in row


def test_xapi_statements_of_the_measures(store, measures, catalogue) -> None:
    """A test is an assessment with its phase; survey answers are 'responded'; anonymous feedback never leaves."""
    from trainer.interop.xapi import MeasuresActivity, StatementBuilder, measure_statements

    lid = store.create_learner("Aigul", "police", "almaty").id
    cohort = make_cohort(store, "E", [lid])
    measures.open_test(cohort, "pre", MODULES)
    take(measures, lid, cohort, "pre", right=2)
    first, second = measures.statements[0].id, measures.statements[1].id
    measures.record_attitudes(lid, cohort, "pre", {first: 2, second: None})
    measures.give_feedback(lid, MODULES[0], {"relevance": 5}, "Named comment", False)
    measures.give_feedback(lid, MODULES[0], {"relevance": 1}, "Anonymous comment", True)
    activity = MeasuresActivity(store.learner(lid), *measures.store.learner_records(lid))
    builder = StatementBuilder(catalogue.modules)
    statements = list(measure_statements(builder, activity))
    assert statements == list(measure_statements(builder, activity))  # same facts, same statements
    verbs = [st["verb"]["id"].rsplit("/", 1)[1] for st in statements]
    assert verbs.count("attempted") == 1 and verbs.count("completed") == 1 and verbs.count("answered") == 2
    test = next(st for st in statements if st["verb"]["id"].endswith("attempted"))
    assert test["object"]["definition"]["type"] == "http://adlnet.gov/expapi/activities/assessment"
    assert "pre" in test["context"]["extensions"].values()
    responded = [st for st in statements if st["verb"]["id"] == "http://adlnet.gov/expapi/verbs/responded"]
    assert [st["result"]["response"] for st in responded] == ["2", "5", "Named comment"]  # the skip is not sent
    assert responded[0]["object"]["definition"]["interactionType"] == "likert"
    assert "Anonymous comment" not in str(statements)


def test_session_report_sections_equal_the_raw_rows(store, measures, catalogue) -> None:
    """The session report's pre/post and feedback figures are those computed from the stored rows."""
    from trainer.services.cohorts import CohortService
    from trainer.services.session_measures import session_report_sections
    from trainer.services.session_report import build_session_report

    learners = [store.create_learner(f"L{i}", "police", "almaty").id for i in range(3)]
    cohort = make_cohort(store, "F", learners)
    measures.open_test(cohort, "pre", MODULES)
    for lid in learners:
        take(measures, lid, cohort, "pre", right=0)
    measures.open_test(cohort, "post")
    for i, lid in enumerate(learners):
        take(measures, lid, cohort, "post", right=i + 1)
    measures.give_feedback(learners[0], MODULES[0], {"clarity": 4}, None, False)
    measures.give_feedback(learners[1], MODULES[0], {"clarity": 2}, "hm", True)
    service = CohortService(store.db, catalogue, session_sources=[lambda r: session_report_sections(measures, r)])
    report = build_session_report(service, cohort)
    pre_post = report.section("pre_post")
    assert pre_post is not None and not pre_post.placeholder
    [cohort_row] = pre_post.body[1].rows
    # Independently from the tables: each learner's post % minus pre %, averaged.
    pct = {
        (lid, phase): 100 * earned / n
        for lid, phase, n, earned in store.db.execute(
            """SELECT a.learner_id, a.phase, json_array_length(a.plan), COALESCE(SUM(r.score), 0)
               FROM prepost_attempts a LEFT JOIN prepost_responses r ON r.attempt_id = a.id GROUP BY a.id"""
        )
    }
    expected = sum(pct[(lid, "post")] - pct[(lid, "pre")] for lid in learners) / 3
    assert cohort_row[1] == 3 and cohort_row[4] == pytest.approx(expected)
    assert cohort_row[-1] == "too few to conclude"
    assert not report.section("attitudes").placeholder
    feedback = report.section("feedback")
    clarity = next(r for r in feedback.body[1].rows if r[1] == "Clarity")
    assert clarity[2:4] == [2, pytest.approx(3.0)]


def test_sheets_for_exports(store, measures) -> None:
    lid = store.create_learner("Aigul", "police", "almaty").id
    cohort = make_cohort(store, "G", [lid])
    measures.open_test(cohort, "pre", MODULES)
    take(measures, lid, cohort, "pre", right=0)
    measures.open_test(cohort, "post")
    take(measures, lid, cohort, "post", right=3)
    sheets = measures.sheets(cohort)
    rows = sheets["Pre-post"]
    overall = next(r for r in rows[1:] if r[2] == "")
    assert overall[:6] == [lid, "Aigul", "", 0.0, 100.0, 100.0]
    assert {r[2] for r in rows[1:]} == {"", *MODULES}
    assert len(sheets["Attitudes"]) == 1 + len(measures.statements)
