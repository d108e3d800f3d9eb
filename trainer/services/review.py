"""The "Review" session: questions answered wrongly come back on a spaced schedule."""

from __future__ import annotations

import random
from datetime import UTC, datetime
from typing import Any

from trainer.content.loader import Catalogue
from trainer.domain import review
from trainer.domain.grading import Grade, grade
from trainer.domain.model import Module, Question
from trainer.storage.faults import saving
from trainer.storage.store import ProgressStore

SESSION_SIZE = 10


class ReviewService:
    def __init__(self, store: ProgressStore, catalogue: Catalogue) -> None:
        self.store = store
        self.catalogue = catalogue

    def due(self, learner_id: str, language: str = "en", now: datetime | None = None) -> list[tuple[Module, Question]]:
        """Due questions that still exist in the loaded content, oldest first."""
        now = now or datetime.now(UTC)
        out = []
        for module_id, question_id in self.store.due_reviews(learner_id, now):
            module = self.catalogue.modules.get(module_id)
            if module is None:
                continue
            try:
                out.append((module, module.quiz_in(language).question(question_id)))
            except KeyError:
                continue
        return out

    def practice(
        self, learner_id: str, language: str = "en", rng: random.Random | None = None, size: int = SESSION_SIZE
    ) -> list[tuple[Module, Question]]:
        """Questions drawn from the modules the learner has passed, for practice when nothing is due.

        Answers go through answer() like any review: a wrong one enters the spaced review queue.
        """
        rng = rng or random.Random()
        passed = {a.module_id for a in self.store.attempts(learner_id) if a.passed}
        pool = [
            (module, q)
            for module_id in sorted(passed)
            if (module := self.catalogue.modules.get(module_id)) is not None
            for q in module.quiz_in(language).questions
        ]
        return rng.sample(pool, min(size, len(pool)))

    def can_practise(self, learner_id: str) -> bool:
        """Whether practice has anything to draw from: a passed module that is still loaded."""
        return any(a.passed and a.module_id in self.catalogue.modules for a in self.store.attempts(learner_id))

    def answer(self, learner_id: str, module: Module, question: Question, response: Any) -> Grade:
        g = grade(question, response)
        now = datetime.now(UTC)
        with saving(self.store.db, "your answer"):  # a StorageError worded for the user on failure
            state = review.after_answer(self.store.review_state(learner_id, question.id), g.correct, now)
            if state is not None:
                self.store.set_review_state(learner_id, module.id, question.id, state)
        return g
