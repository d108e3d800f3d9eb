"""A person registered on two laptops and merged by the trainer counts once in every report,
with the attempts of both profiles; undoing the merge brings the two profiles back."""

from __future__ import annotations

from tests.conftest import SAMPLE_MODULES
from trainer.domain.grading import key_response
from trainer.services.context import AppContext


def _pass_module(ctx: AppContext, learner_id: str, module_id: str) -> None:
    session = ctx.quizzes.start_or_resume(learner_id, ctx.catalogue.modules[module_id])
    for q in session.questions:
        ctx.quizzes.answer(session, q.id, key_response(q))
    ctx.quizzes.finish(session)


def test_merged_profiles_count_as_one_person(tmp_path):
    ctx = AppContext.open(tmp_path, SAMPLE_MODULES)
    try:
        a = ctx.learners.create("Saule Nurlanova", "police", "astana")
        b = ctx.learners.create("Saule Nurlanova", "police", "astana")
        _pass_module(ctx, a.id, "sample-01-basics")
        _pass_module(ctx, b.id, "sample-02-practice")
        before = ctx.reports.summary()
        assert before.learners == 2 and before.passed == 2

        link = ctx.sync.merge_learners(b.id, a.id)
        merged = ctx.reports.summary()
        assert merged.learners == 1 and merged.attempts == 2 and merged.passed == 2
        rows = [r for r in ctx.reports.completion_matrix() if r.state == "passed"]
        assert {r.learner_id for r in rows} == {a.id}
        assert {r.module_id for r in rows} == {"sample-01-basics", "sample-02-practice"}

        ctx.sync.undo_merge(link)
        assert ctx.reports.summary().learners == 2
    finally:
        ctx.close()
