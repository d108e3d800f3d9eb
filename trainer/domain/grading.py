"""Grading of every question kind.

A response is plain JSON-friendly data, so it can be stored as it is:

========================  ==========================================
single_choice             option id (str)
multiple_response         list of option ids
true_false                bool
ordering                  list of item ids in the learner's order
matching                  {premise id: response id}
numeric                   number
scenario                  list of choice indexes, one per node passed
========================  ==========================================
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from trainer.domain import scenario as scenario_walk
from trainer.domain.model import (
    Matching,
    MultipleResponse,
    Numeric,
    Ordering,
    Question,
    Scenario,
    SingleChoice,
    TrueFalse,
)

EPSILON = 1e-9


class InvalidResponse(ValueError):
    """A response of the wrong shape for its question (never a wrong answer)."""


@dataclass(frozen=True)
class Grade:
    """The outcome of one answer: a score between 0 and 1 and whether it counts as correct."""

    score: float
    correct: bool
    feedback: str | None = None
    dimensions: dict[str, float] = field(default_factory=dict)
    # Per element of the answer, for feedback that points at what was wrong: option ids for
    # multiple response ("right", "wrong": ticked but not in the key, "missed": in the key but
    # not ticked), premise ids for matching and item ids for ordering ("right" or "wrong").
    marks: dict[str, str] = field(default_factory=dict)
    # The feedback of each wrong option the learner ticked (multiple response), by option id.
    option_feedback: dict[str, str] = field(default_factory=dict)


def grade(question: Question, response: Any) -> Grade:
    """Grade ``response`` against ``question``; raises InvalidResponse for malformed input."""
    grader = _GRADERS.get(type(question))
    if grader is None:  # pragma: no cover - every kind is registered below
        raise TypeError(f"no grader for {type(question).__name__}")
    return grader(question, response)


def _grade_single(q: SingleChoice, response: Any) -> Grade:
    ids = {o.id: o for o in q.options}
    if not isinstance(response, str) or response not in ids:
        raise InvalidResponse(f"{q.id}: unknown option {response!r}")
    correct = response == q.answer
    return Grade(1.0 if correct else 0.0, correct, ids[response].feedback)


def _grade_multiple(q: MultipleResponse, response: Any) -> Grade:
    ids = {o.id for o in q.options}
    if not isinstance(response, (list, tuple)) or not set(response) <= ids:
        raise InvalidResponse(f"{q.id}: unknown options in {response!r}")
    chosen = set(response)
    key = set(q.answer)
    raw = (len(chosen & key) - len(chosen - key)) / len(key)
    score = max(0.0, raw)
    marks = {}
    for o in q.options:
        if o.id in chosen:
            marks[o.id] = "right" if o.id in key else "wrong"
        elif o.id in key:
            marks[o.id] = "missed"
    feedback = {o.id: o.feedback for o in q.options if marks.get(o.id) == "wrong" and o.feedback}
    return Grade(score, chosen == key, marks=marks, option_feedback=feedback)


def _grade_true_false(q: TrueFalse, response: Any) -> Grade:
    if not isinstance(response, bool):
        raise InvalidResponse(f"{q.id}: expected true or false, got {response!r}")
    correct = response == q.answer
    return Grade(1.0 if correct else 0.0, correct, None if correct else q.feedback_wrong)


def _grade_ordering(q: Ordering, response: Any) -> Grade:
    if not isinstance(response, (list, tuple)) or sorted(response) != sorted(q.answer):
        raise InvalidResponse(f"{q.id}: not a permutation of the items: {response!r}")
    n = len(q.answer)
    if n < 2:
        return Grade(1.0, True)
    position = {item: i for i, item in enumerate(response)}
    key = list(q.answer)
    pairs = n * (n - 1) // 2
    concordant = sum(1 for i in range(n) for j in range(i + 1, n) if position[key[i]] < position[key[j]])
    correct = list(response) == key
    marks = {item: "right" if position[item] == i else "wrong" for i, item in enumerate(key)}
    return Grade(concordant / pairs, correct, marks=marks)


def _grade_matching(q: Matching, response: Any) -> Grade:
    premises = {p.id for p in q.premises}
    responses = {r.id for r in q.responses}
    if not isinstance(response, dict) or not set(response) <= premises:
        raise InvalidResponse(f"{q.id}: unknown premises in {response!r}")
    if not set(response.values()) <= responses:
        raise InvalidResponse(f"{q.id}: unknown responses in {response!r}")
    marks = {p: "right" if response.get(p) == r else "wrong" for p, r in q.answer.items()}
    right = sum(1 for m in marks.values() if m == "right")
    return Grade(right / len(q.answer), right == len(q.answer), marks=marks)


def _grade_numeric(q: Numeric, response: Any) -> Grade:
    if isinstance(response, bool) or not isinstance(response, (int, float)):
        raise InvalidResponse(f"{q.id}: expected a number, got {response!r}")
    if not math.isfinite(response):
        raise InvalidResponse(f"{q.id}: expected a finite number, got {response!r}")
    correct = abs(response - q.answer) <= q.tolerance + EPSILON
    return Grade(1.0 if correct else 0.0, correct)


def _grade_scenario(q: Scenario, response: Any) -> Grade:
    if not isinstance(response, (list, tuple)):
        raise InvalidResponse(f"{q.id}: expected a list of choices, got {response!r}")
    try:
        walked = scenario_walk.walk(q, list(response))
    except scenario_walk.ScenarioPathError as exc:
        raise InvalidResponse(f"{q.id}: {exc}") from exc
    if not scenario_walk.is_finished(q, walked):
        raise InvalidResponse(f"{q.id}: the scenario has not reached an ending")
    score, is_best = scenario_walk.path_score(q, list(response))
    ending = q.nodes[walked.current]
    return Grade(score, is_best, ending.debrief, dict(walked.totals))


_GRADERS = {
    SingleChoice: _grade_single,
    MultipleResponse: _grade_multiple,
    TrueFalse: _grade_true_false,
    Ordering: _grade_ordering,
    Matching: _grade_matching,
    Numeric: _grade_numeric,
    Scenario: _grade_scenario,
}


def key_response(question: Question) -> Any:
    """The response that earns full marks: for self-tests, demos and previews of the key."""
    if isinstance(question, (SingleChoice, TrueFalse, Numeric)):
        return question.answer
    if isinstance(question, (MultipleResponse, Ordering)):
        return list(question.answer)
    if isinstance(question, Matching):
        return dict(question.answer)
    if isinstance(question, Scenario):
        return list(scenario_walk.best_path(question)[1])
    raise TypeError(type(question).__name__)  # pragma: no cover
