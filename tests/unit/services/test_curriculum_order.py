"""Modules open in order: every earlier module of the track, and core-01, must be passed first."""

from __future__ import annotations

import dataclasses

import pytest

from tests.conftest import ROOT
from trainer.domain.grading import key_response
from trainer.services.curriculum import CurriculumService, required_before
from trainer.services.quiz import QuizService


@pytest.fixture(scope="module")
def real_catalogue():
    """The bundled modules, where the police track's later modules name no prerequisites."""
    from trainer.content.loader import load_catalogue

    return load_catalogue(ROOT / "modules")


def _pass(quizzes: QuizService, learner_id: str, module) -> None:
    """Answer every question of ``module`` rightly, so it is passed."""
    session = quizzes.start_or_resume(learner_id, module)
    for q in session.questions:
        quizzes.answer(session, q.id, key_response(q))
    assert quizzes.finish(session).passed


def _locked(curriculum: CurriculumService, learner) -> dict[str, tuple[str, ...]]:
    return {s.module.id: s.locked_by for s in curriculum.states(learner)}


def test_police_modules_open_one_after_another(real_catalogue, store):
    """Police 2-4 stay locked until core-01 and every police module before them are passed."""
    quizzes = QuizService(store)
    curriculum = CurriculumService(store, real_catalogue, quizzes)
    learner = store.create_learner("Aibek", "police", "astana")
    locked = _locked(curriculum, learner)
    for later in ("police-02-protective-orders", "police-03-repeat-calls", "police-04-reconciliation-and-referral"):
        assert "core-01-legal-map" in locked[later] and "police-01-first-response" in locked[later], later
    assert locked["core-01-legal-map"] == ()

    _pass(quizzes, learner.id, real_catalogue.modules["core-01-legal-map"])
    _pass(quizzes, learner.id, real_catalogue.modules["police-01-first-response"])
    locked = _locked(curriculum, learner)
    assert locked["police-01-first-response"] == ()
    assert locked["police-02-protective-orders"] == ()
    assert locked["police-03-repeat-calls"] == ("police-02-protective-orders",)
    assert "police-03-repeat-calls" in locked["police-04-reconciliation-and-referral"]


def test_every_later_module_of_every_track_waits_for_the_earlier_ones(real_catalogue):
    """For each role, a module lists every earlier module of its track (and core-01) as required."""
    for role in ("police", "judge", "prosecutor", "social_worker"):
        modules = real_catalogue.for_role(role)
        needed = required_before(modules)
        for m in modules:
            earlier = {e.id for e in modules if e.meta.track == m.meta.track and e.meta.order < m.meta.order}
            assert earlier <= set(needed[m.id]), (role, m.id)
            if m.id != "core-01-legal-map":
                assert "core-01-legal-map" in needed[m.id], (role, m.id)


def test_a_shared_module_does_not_wait_for_a_track_the_learner_does_not_follow(real_catalogue, store):
    """A judge takes the police track's evidence module once core-01 is passed, not police 1-4."""
    quizzes = QuizService(store)
    curriculum = CurriculumService(store, real_catalogue, quizzes)
    judge = store.create_learner("Dana", "judge", "astana")
    assert _locked(curriculum, judge)["police-05-evidence-led-cases"] == ("core-01-legal-map",)
    _pass(quizzes, judge.id, real_catalogue.modules["core-01-legal-map"])
    assert _locked(curriculum, judge)["police-05-evidence-led-cases"] == ()


def test_explicit_prerequisites_still_count(real_catalogue):
    """A prerequisite written in module.yaml is required as well as the modules before it."""
    modules = real_catalogue.for_role("police")
    police_02 = next(m for m in modules if m.id == "police-02-protective-orders")
    meta = dataclasses.replace(police_02.meta, prerequisites=("core-05-risk-assessment",))
    changed = [dataclasses.replace(m, meta=meta) if m is police_02 else m for m in modules]
    needed = required_before(changed)["police-02-protective-orders"]
    assert set(needed) == {"core-01-legal-map", "police-01-first-response", "core-05-risk-assessment"}
