"""The session report's figures equal those computed directly from the raw rows, and other measures
can fill its placeholder sections."""

from __future__ import annotations

import datetime as dt

from tests.conftest import SAMPLE_MODULES
from trainer.domain.grading import key_response
from trainer.services.cohorts import CohortService
from trainer.services.context import AppContext
from trainer.services.session_report import PLACEHOLDER_KEYS, Section, Text, build_session_report

TODAY = dt.date(2026, 12, 31)


def _attempt(ctx, learner_id, module_id, right, finish=True):
    session = ctx.quizzes.start_or_resume(learner_id, ctx.catalogue.modules[module_id])
    for i, q in enumerate(session.questions):
        if right or i == 0:
            ctx.quizzes.answer(session, q.id, key_response(q))
    if finish:
        ctx.quizzes.finish(session)


def _direct(ctx, cohort_id, module_id, due):
    """(started, completed, passed, overdue, mean best) from cohort_members and attempts rows alone."""
    db = ctx.store.db
    members = [r[0] for r in db.execute("SELECT learner_id FROM cohort_members WHERE cohort_id = ?", [cohort_id])]
    rows = db.execute("SELECT learner_id, finished, passed, score FROM attempts WHERE module_id = ?", [module_id])
    mine: dict[str, list] = {m: [] for m in members}
    for lid, finished, passed, score in rows.fetchall():
        if lid in mine:
            mine[lid].append((finished, passed, score))
    started = sum(1 for a in mine.values() if a)
    completed = sum(1 for a in mine.values() if any(f for f, _, _ in a))
    passed = sum(1 for a in mine.values() if any(f and p for f, p, _ in a))
    overdue = sum(1 for a in mine.values() if not any(f and p for f, p, _ in a)) if TODAY > due else 0
    bests = [max(s for f, _, s in a if f) for a in mine.values() if any(f for f, _, _ in a)]
    return started, completed, passed, overdue, (sum(bests) / len(bests) if bests else None)


def test_figures_equal_those_computed_from_the_rows(tmp_path):
    ctx = AppContext.open(tmp_path, SAMPLE_MODULES)
    try:
        first, second = list(ctx.catalogue.modules)
        people = [ctx.learners.create(f"Learner {i}", "police", "astana") for i in range(6)]
        outsider = ctx.learners.create("Outsider", "police", "astana")
        _attempt(ctx, people[0].id, first, True)
        _attempt(ctx, people[0].id, second, True)
        _attempt(ctx, people[1].id, first, False)
        _attempt(ctx, people[1].id, first, True)
        _attempt(ctx, people[2].id, first, False)
        _attempt(ctx, people[3].id, second, False, finish=False)
        _attempt(ctx, outsider.id, first, True)
        cohort = ctx.cohorts.create("Session", "T", dt.date(2026, 12, 1), dt.date(2026, 12, 20))
        ctx.cohorts.add_members(cohort.id, [p.id for p in people])
        dues = {first: dt.date(2026, 12, 10), second: dt.date(2027, 1, 10)}
        for mid, due in dues.items():
            ctx.cohorts.assign(cohort.id, mid, due)
        report = build_session_report(ctx.cohorts, cohort.id, today=TODAY)
        assert len(report.participants) == 6
        for m in report.modules:
            assert (m.started, m.completed, m.passed, m.overdue, m.mean_best_score) == _direct(
                ctx, cohort.id, m.module_id, dues[m.module_id]
            )
            assert m.members == 6
        first_row = next(m for m in report.modules if m.module_id == first)
        assert (first_row.started, first_row.passed, first_row.overdue) == (3, 2, 4)
        # Learner 0 passed both; learner 1 passed the overdue one but has been idle for weeks (at
        # risk on the 31st); the other four have not passed the overdue module.
        assert report.status_counts == {"done": 1, "on_track": 0, "at_risk": 1, "overdue": 4}
        table = report.section("completion").body[0]
        assert [row[4] for row in table.rows] == [m.passed for m in report.modules]
        keys = [s.key for s in report.sections]
        assert keys[:4] == ["overview", "status", "participants", "completion"]
        assert set(PLACEHOLDER_KEYS) <= set(keys)
    finally:
        ctx.close()


def test_other_measures_fill_the_placeholders(tmp_path):
    ctx = AppContext.open(tmp_path, SAMPLE_MODULES)
    try:
        service = CohortService(ctx.store.db, ctx.catalogue)  # without the app's own sources
        cohort = service.create("Session")
        assert [s.key for s in build_session_report(service, cohort.id).sections if s.placeholder] == list(
            PLACEHOLDER_KEYS
        )
        filled = Section("pre_post", "Knowledge gain (pre-test and post-test)", [Text("Mean gain: {0}", (12,))])
        service.session_sources.append(lambda report: [filled, Section("extra", "Extra")])
        report = build_session_report(service, cohort.id)
        keys = [s.key for s in report.sections]
        assert report.section("pre_post") is filled and keys.index("pre_post") < keys.index("attitudes")
        assert keys[-1] == "extra"
    finally:
        ctx.close()


def test_flagged_items_are_the_questions_the_cohort_finds_too_hard(tmp_path):
    """Five members all miss the same question: the report flags it (and no other) as too hard,
    with the counts taken from the members' answers only."""
    from trainer.domain.analytics import MIN_RESPONSES_FOR_FLAGS

    ctx = AppContext.open(tmp_path, SAMPLE_MODULES)
    try:
        first, _second = list(ctx.catalogue.modules)
        people = [ctx.learners.create(f"Learner {i}", "police", "astana") for i in range(MIN_RESPONSES_FOR_FLAGS)]
        outsider = ctx.learners.create("Outsider", "police", "astana")
        missed = None
        for p in [*people, outsider]:
            session = ctx.quizzes.start_or_resume(p.id, ctx.catalogue.modules[first])
            hard = session.questions[0]
            missed = missed or hard.id
            for q in session.questions:
                right = q.id != missed or p.id == outsider.id
                response = key_response(q) if right else _wrong(q)
                ctx.quizzes.answer(session, q.id, response)
            ctx.quizzes.finish(session)
        cohort = ctx.cohorts.create("Session", "T", dt.date(2026, 12, 1), dt.date(2026, 12, 20))
        ctx.cohorts.add_members(cohort.id, [p.id for p in people])
        ctx.cohorts.assign(cohort.id, first, dt.date(2026, 12, 10))
        report = build_session_report(ctx.cohorts, cohort.id, "en", TODAY)
        flagged = report.section("flagged")
        assert flagged is not None and not flagged.placeholder
        tables = [b for b in flagged.body if not isinstance(b, Text)]
        assert len(tables) == 1
        hard_rows = [r for r in tables[0].rows if r[-1] == "too hard"]
        assert len(hard_rows) == 1
        assert hard_rows[0][0] == ctx.catalogue.modules[first].title_in("en")
        assert hard_rows[0][2] == MIN_RESPONSES_FOR_FLAGS  # the outsider's right answer is not counted
        assert hard_rows[0][3] == 0.0
    finally:
        ctx.close()


def _wrong(question):
    """A wrong answer to a choice question (the first option that is not the key)."""
    from trainer.domain.grading import grade

    key = key_response(question)
    for option in getattr(question, "options", []) or getattr(question, "choices", []):
        candidate = getattr(option, "id", option)
        guess = [candidate] if isinstance(key, list) else candidate
        if grade(question, guess).score == 0:
            return guess
    raise AssertionError(f"no wrong answer found for {question.id}")
