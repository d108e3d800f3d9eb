"""Fill a data folder with realistic learner activity: lessons read, attempts answered and finished."""

from __future__ import annotations

from pathlib import Path

from trainer.domain.grading import key_response
from trainer.domain.model import MultipleResponse, SingleChoice
from trainer.services.context import AppContext


def fill(data_dir: Path, content_dir: Path, learners: int = 2) -> list[str]:
    """Each learner reads every lesson and takes every quiz twice: once all wrong-ish, once all right."""
    data_dir.mkdir(parents=True, exist_ok=True)
    ctx = AppContext.open(data_dir, content_dir)
    ids = []
    try:
        for n in range(learners):
            learner = ctx.store.create_learner(f"Learner {n}", "police", "Akmola Region")
            ids.append(learner.id)
            for module in ctx.catalogue.modules.values():
                for lesson in module.meta.lessons:
                    ctx.store.mark_lesson_read(learner.id, module.id, lesson.id)
                for right in (False, True):
                    session = ctx.quizzes.start_or_resume(learner.id, module, seed=n)
                    for q in session.questions:
                        response = key_response(q)
                        if not right and isinstance(q, SingleChoice):
                            response = next(o.id for o in q.options if o.id != q.answer)
                        elif not right and isinstance(q, MultipleResponse):
                            response = list(q.answer[:1])
                        ctx.quizzes.answer(session, q.id, response)
                    ctx.quizzes.finish(session)
    finally:
        ctx.close()
    return ids
