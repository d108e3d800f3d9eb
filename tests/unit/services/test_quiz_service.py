"""Taking a quiz through the service: answers saved at once, resume in the same order, limits."""

from __future__ import annotations

from datetime import UTC

import pytest

from trainer.domain.grading import key_response
from trainer.services.quiz import NoAttemptsLeft, QuizService


def test_resumed_attempt_has_same_order_and_continues_at_next_question(catalogue, store):
    module = catalogue.modules["sample-01-basics"]
    service = QuizService(store)
    learner = store.create_learner("Saule", "social_worker", "Kostanay Region")
    first = service.start_or_resume(learner.id, module)
    q0 = first.questions[0]
    service.answer(first, q0.id, key_response(q0))
    again = QuizService(store).start_or_resume(learner.id, module)
    assert again.attempt.id == first.attempt.id
    assert again.plan == first.plan
    assert again.next_index == 1
    assert again.grades[q0.id].correct


def test_wrong_answer_enters_review_queue(catalogue, store):
    from datetime import datetime, timedelta

    module = catalogue.modules["sample-01-basics"]
    service = QuizService(store)
    learner = store.create_learner("Saule", "social_worker", "Kostanay Region")
    session = service.start_or_resume(learner.id, module)
    service.answer(session, "sample-01-basics.q03", False)
    later = datetime.now(UTC) + timedelta(days=1, minutes=1)
    assert ("sample-01-basics", "sample-01-basics.q03") in store.due_reviews(learner.id, later)


def test_finishing_records_score_and_attempts_run_out(catalogue, store):
    module = catalogue.modules["sample-01-basics"]  # max_attempts: 3
    service = QuizService(store)
    learner = store.create_learner("Saule", "social_worker", "Kostanay Region")
    for n in range(3):
        session = service.start_or_resume(learner.id, module)
        for q in session.questions:
            service.answer(session, q.id, key_response(q))
        result = service.finish(session)
        assert result.passed and result.score == 100
        assert service.attempts_left(learner.id, module) == 2 - n
    with pytest.raises(NoAttemptsLeft):
        service.start_or_resume(learner.id, module)
    assert all(a.passed for a in store.attempts(learner.id, module.id))
