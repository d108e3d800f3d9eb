"""What the quiz start screen is told: counts, pass mark, attempts, feedback mode, resume and passed."""

from __future__ import annotations

from trainer.domain.grading import key_response
from trainer.services.quiz import QuizService


def test_outline_of_a_fresh_quiz(catalogue, store):
    module = catalogue.modules["sample-01-basics"]
    learner = store.create_learner("Saule", "social_worker", "kostanay")
    outline = QuizService(store).outline(learner.id, module)
    assert (outline.questions, outline.pass_mark, outline.attempts_left) == (4, 70, 3)
    assert outline.immediate_feedback and not outline.in_progress and not outline.passed


def test_outline_knows_an_attempt_in_progress_then_a_pass(catalogue, store):
    module = catalogue.modules["sample-01-basics"]
    learner = store.create_learner("Saule", "social_worker", "kostanay")
    service = QuizService(store)
    session = service.start_or_resume(learner.id, module)
    assert service.outline(learner.id, module).in_progress
    for q in session.questions:
        service.answer(session, q.id, key_response(q))
    service.finish(session)
    outline = service.outline(learner.id, module)
    assert outline.passed and not outline.in_progress and outline.attempts_left == 2


def test_outline_of_end_feedback_and_unlimited_attempts(catalogue, store):
    module = catalogue.modules["sample-02-practice"]
    learner = store.create_learner("Saule", "social_worker", "kostanay")
    outline = QuizService(store).outline(learner.id, module)
    assert outline.attempts_left is None and not outline.immediate_feedback
