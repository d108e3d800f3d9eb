"""A learner's curriculum: which modules, in which state, what is locked, where to continue."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from trainer.content.loader import Catalogue
from trainer.domain.model import Module
from trainer.domain.records import Learner
from trainer.services.quiz import QuizService
from trainer.storage.store import ProgressStore

LAST_PLACE = "last_place"


@dataclass(frozen=True)
class ModuleState:
    module: Module
    lessons_read: int
    lessons_total: int
    best_score: float | None
    passed: bool
    attempts_used: int
    attempts_left: int | None
    in_progress: bool
    locked_by: tuple[str, ...]  # module ids to pass before this one opens (see required_before)

    @property
    def locked(self) -> bool:
        return bool(self.locked_by)

    @property
    def started(self) -> bool:
        return self.lessons_read > 0 or self.attempts_used > 0 or self.in_progress


@dataclass(frozen=True)
class Place:
    """Where the learner was: a lesson, or a quiz (resumed at its next question)."""

    kind: str  # "lesson" | "quiz"
    module_id: str
    lesson_id: str | None = None


def required_before(modules: Sequence[Module]) -> dict[str, tuple[str, ...]]:
    """Which modules must be passed before each of ``modules`` (one learner's curriculum) opens.

    A module opens once every earlier module of its track in the curriculum is passed, and, outside
    the core track, the first core module (core-01). Prerequisites a module.yaml names are added to
    that, so authors can still ask for more. Earlier modules of a track the learner does not follow
    (police modules for a judge who takes the shared evidence module) do not count: they are not in
    the learner's curriculum.
    """
    core = sorted((m for m in modules if m.meta.track == "core"), key=lambda m: m.meta.order)
    first_core = core[0].id if core else None
    needed: dict[str, tuple[str, ...]] = {}
    for m in modules:
        earlier = sorted(
            (e for e in modules if e.meta.track == m.meta.track and e.meta.order < m.meta.order),
            key=lambda e: e.meta.order,
        )
        ids = [first_core] if first_core is not None and m.meta.track != "core" else []
        ids += [e.id for e in earlier] + list(m.meta.prerequisites)
        needed[m.id] = tuple(dict.fromkeys(i for i in ids if i != m.id))
    return needed


class CurriculumService:
    def __init__(self, store: ProgressStore, catalogue: Catalogue, quizzes: QuizService) -> None:
        self.store = store
        self.catalogue = catalogue
        self.quizzes = quizzes

    def modules_for(self, learner: Learner) -> list[Module]:
        return self.catalogue.for_role(learner.role)

    def passed_modules(self, learner_id: str) -> set[str]:
        return {a.module_id for a in self.store.attempts(learner_id) if a.passed}

    def states(self, learner: Learner) -> list[ModuleState]:
        read = self.store.read_lessons(learner.id)
        attempts = self.store.attempts(learner.id)
        passed = {a.module_id for a in attempts if a.passed}
        out = []
        modules = self.modules_for(learner)
        needed = required_before(modules)
        for m in modules:
            mine = [a for a in attempts if a.module_id == m.id]
            finished = [a for a in mine if a.finished]
            scores = [a.score for a in finished if a.score is not None]
            limit = m.quiz.settings.max_attempts
            out.append(
                ModuleState(
                    module=m,
                    lessons_read=sum(1 for lesson in m.meta.lessons if lesson.id in read),
                    lessons_total=len(m.meta.lessons),
                    best_score=max(scores) if scores else None,
                    passed=m.id in passed,
                    attempts_used=len(finished),
                    attempts_left=None if limit is None else max(0, limit - len(finished)),
                    in_progress=any(a.finished is None for a in mine),
                    locked_by=tuple(p for p in needed[m.id] if p not in passed),
                )
            )
        return out

    def remember_place(self, learner_id: str, place: Place) -> None:
        self.store.set_pref(
            learner_id, LAST_PLACE, {"kind": place.kind, "module_id": place.module_id, "lesson_id": place.lesson_id}
        )

    def last_place(self, learner: Learner) -> Place | None:
        raw: Any = learner.prefs.get(LAST_PLACE)
        if not isinstance(raw, dict) or raw.get("module_id") not in self.catalogue.modules:
            return None
        place = Place(str(raw.get("kind")), raw["module_id"], raw.get("lesson_id"))
        if place.kind == "lesson":
            try:
                self.catalogue.lesson(place.lesson_id or "")
            except KeyError:
                return None
        return place
