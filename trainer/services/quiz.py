"""Taking a quiz: start or resume an attempt, answer questions (saved at once), finish."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from trainer.domain import review
from trainer.domain.attempt import AttemptPlan, AttemptSummary, plan_attempt, summarise
from trainer.domain.grading import Grade, InvalidResponse, grade
from trainer.domain.model import Module, Question, Quiz, Scenario
from trainer.domain.records import AttemptRecord
from trainer.domain.scenario import ScenarioPathError, walk
from trainer.storage.faults import saving
from trainer.storage.store import ProgressStore

# The learner's prefs key holding {attempt id: [flagged question ids]} of attempts in progress.
FLAGS_PREF = "quiz_flags"


class NoAttemptsLeft(Exception):
    pass


@dataclass
class QuizSession:
    """An attempt in progress, with the grades given so far."""

    module: Module
    quiz: Quiz
    attempt: AttemptRecord
    plan: AttemptPlan
    grades: dict[str, Grade] = field(default_factory=dict)
    responses: dict[str, Any] = field(default_factory=dict)
    # Steps already taken in scenarios not yet answered: where a resumed scenario continues.
    steps: dict[str, list[int]] = field(default_factory=dict)
    # Questions the learner flagged for later: kept so a resumed attempt shows them flagged again.
    flags: set[str] = field(default_factory=set)

    @property
    def questions(self) -> list[Question]:
        return [self.quiz.question(qid) for qid in self.plan.question_ids]

    @property
    def next_index(self) -> int:
        """The first unanswered question: where a resumed attempt continues."""
        for i, qid in enumerate(self.plan.question_ids):
            if qid not in self.grades:
                return i
        return len(self.plan.question_ids)

    @property
    def finished(self) -> bool:
        return self.attempt.finished is not None


@dataclass(frozen=True)
class QuizOutline:
    """What a learner is told before an attempt begins (the quiz start screen)."""

    questions: int
    pass_mark: float
    attempts_left: int | None  # None: unlimited
    immediate_feedback: bool
    in_progress: bool  # an open attempt exists: it is resumed, not started
    passed: bool  # an earlier attempt passed: another one spends an attempt


class QuizService:
    def __init__(self, store: ProgressStore) -> None:
        self.store = store

    def attempts_left(self, learner_id: str, module: Module) -> int | None:
        limit = module.quiz.settings.max_attempts
        if limit is None:
            return None
        used = sum(1 for a in self.store.attempts(learner_id, module.id) if a.finished)
        return max(0, limit - used)

    def outline(self, learner_id: str, module: Module, language: str = "en") -> QuizOutline:
        """The facts the start screen shows; nothing is stored."""
        quiz = module.quiz_in(language)
        settings = quiz.settings
        total = len(quiz.questions)
        count = min(settings.draw, total) if settings.draw is not None else total
        open_attempt = self.store.open_attempt(learner_id, module.id)
        resumable = open_attempt is not None and all(_has(quiz, q) for q in open_attempt.question_ids)
        return QuizOutline(
            questions=len(open_attempt.question_ids) if resumable and open_attempt else count,
            pass_mark=module.pass_mark,
            attempts_left=self.attempts_left(learner_id, module),
            immediate_feedback=settings.feedback == "immediate",
            in_progress=resumable,
            passed=any(a.passed for a in self.store.attempts(learner_id, module.id)),
        )

    def start_or_resume(
        self, learner_id: str, module: Module, language: str = "en", seed: int | None = None
    ) -> QuizSession:
        """Resume the open attempt if there is one, else start a new attempt."""
        quiz = module.quiz_in(language)
        open_attempt = self.store.open_attempt(learner_id, module.id)
        if open_attempt is not None and all(_has(quiz, q) for q in open_attempt.question_ids):
            return self._load(module, quiz, open_attempt)
        if self.attempts_left(learner_id, module) == 0:
            raise NoAttemptsLeft(module.id)
        seed = random.SystemRandom().randrange(2**31) if seed is None else seed
        plan = plan_attempt(quiz, seed)
        record = self.store.start_attempt(
            learner_id, module.id, module.meta.version, seed, plan.question_ids, plan.option_orders
        )
        return QuizSession(module, quiz, record, plan)

    def _load(self, module: Module, quiz: Quiz, record: AttemptRecord) -> QuizSession:
        plan = AttemptPlan(record.question_ids, record.option_orders)
        session = QuizSession(module, quiz, record, plan)
        for r in self.store.responses(record.id):
            session.responses[r.question_id] = r.response
            try:
                session.grades[r.question_id] = grade(quiz.question(r.question_id), r.response)
            except (InvalidResponse, KeyError):
                session.grades[r.question_id] = Grade(r.score, r.correct)
        for qid, path in self.store.scenario_steps(record.id).items():
            if qid not in session.grades:
                session.steps[qid] = path
        learner = self.store.learner(record.learner_id)
        session.flags = set(learner.prefs.get(FLAGS_PREF, {}).get(record.id, [])) & set(plan.question_ids)
        return session

    def set_flag(self, session: QuizSession, question_id: str, flagged: bool) -> None:
        """Flag or unflag a question for later; kept in the learner's prefs under the attempt's id.

        Flags are a reminder, not part of the record, so they live beside the attempt rather than in it.
        """
        (session.flags.add if flagged else session.flags.discard)(question_id)
        self._keep_flags(session.attempt.learner_id, session.attempt.id, session.flags)

    def _keep_flags(self, learner_id: str, attempt_id: str, flags: set[str]) -> None:
        kept = dict(self.store.learner(learner_id).prefs.get(FLAGS_PREF, {}))
        if flags:
            kept[attempt_id] = sorted(flags)
        else:
            kept.pop(attempt_id, None)
        with saving(self.store.db, "your flag"):
            self.store.set_pref(learner_id, FLAGS_PREF, kept)

    def take_step(self, session: QuizSession, question_id: str, path: list[int]) -> None:
        """Keep the newest step of a scenario path before its consequence is shown.

        ``path`` is every choice taken so far; it must extend the steps already kept, so a
        learner cannot go back on a choice by restarting the app.
        """
        q = session.quiz.question(question_id)
        if not isinstance(q, Scenario) or question_id in session.grades:
            raise InvalidResponse(f"{question_id}: no scenario in progress")
        kept = session.steps.get(question_id, [])
        if len(path) != len(kept) + 1 or list(path[: len(kept)]) != kept:
            raise InvalidResponse(f"{question_id}: steps already taken cannot be changed")
        try:
            walk(q, list(path))
        except ScenarioPathError as exc:
            raise InvalidResponse(f"{question_id}: {exc}") from exc
        with saving(self.store.db, "your choice"):
            self.store.record_scenario_step(session.attempt.id, question_id, len(kept), path[-1])
        session.steps[question_id] = list(path)

    def answer(self, session: QuizSession, question_id: str, response: Any) -> Grade:
        """Grade and store the answer before returning; update the learner's review schedule."""
        q = session.quiz.question(question_id)
        g = grade(q, response)
        learner_id = session.attempt.learner_id
        now = datetime.now(UTC)
        # One transaction: the answer and its review schedule are stored together or not at all
        # (a full disk or read-only folder raises WriteFailed, a StorageError worded for the user).
        kept = session.steps.get(question_id)
        if kept is not None and (not isinstance(response, list) or response[: len(kept)] != kept):
            raise InvalidResponse(f"{question_id}: the answer does not continue the steps already taken")
        with saving(self.store.db, "your answer"):
            self.store.record_response(session.attempt.id, question_id, response, g.score, g.correct)
            state = review.after_answer(self.store.review_state(learner_id, question_id), g.correct, now)
            if state is not None:
                self.store.set_review_state(learner_id, session.module.id, question_id, state)
        session.grades[question_id] = g
        session.responses[question_id] = response
        session.steps.pop(question_id, None)
        return g

    def summary(self, session: QuizSession) -> AttemptSummary:
        return summarise(session.quiz, session.plan, session.grades, session.module.pass_mark)

    def finish(self, session: QuizSession) -> AttemptSummary:
        result = self.summary(session)
        session.attempt = self.store.finish_attempt(session.attempt.id, result.score, result.passed)
        if session.flags:  # a finished attempt needs no reminders
            session.flags = set()
            self._keep_flags(session.attempt.learner_id, session.attempt.id, set())
        return result


def _has(quiz: Quiz, question_id: str) -> bool:
    try:
        quiz.question(question_id)
    except KeyError:
        return False
    return True
