"""Practice draws only from passed modules, at most one session's worth, and only while they are loaded."""

from __future__ import annotations

import random

from trainer.domain.grading import key_response
from trainer.services.quiz import QuizService
from trainer.services.review import ReviewService


def _pass(store, module, learner_id):
    service = QuizService(store)
    session = service.start_or_resume(learner_id, module)
    for q in session.questions:
        service.answer(session, q.id, key_response(q))
    service.finish(session)


def test_practice_comes_from_passed_modules_only(catalogue, store):
    learner = store.create_learner("Saule", "police", "kostanay")
    reviews = ReviewService(store, catalogue)
    assert reviews.practice(learner.id) == [] and not reviews.can_practise(learner.id)
    _pass(store, catalogue.modules["sample-01-basics"], learner.id)
    drawn = reviews.practice(learner.id, rng=random.Random(1))
    assert reviews.can_practise(learner.id)
    assert {m.id for m, _ in drawn} == {"sample-01-basics"}
    assert len(drawn) == len(catalogue.modules["sample-01-basics"].quiz.questions)
    assert len({q.id for _, q in drawn}) == len(drawn)
    assert len(reviews.practice(learner.id, size=2)) == 2
