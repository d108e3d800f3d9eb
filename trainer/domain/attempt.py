"""Planning an attempt (which questions, in which order) and summarising its grades.

The plan is derived only from the quiz and a seed stored with the attempt, so a resumed
attempt shows exactly the same questions and option orders.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from trainer.domain.grading import Grade
from trainer.domain.model import (
    COMPETENCIES,
    Matching,
    MultipleResponse,
    Ordering,
    Question,
    Quiz,
    Scenario,
    SingleChoice,
)


@dataclass(frozen=True)
class AttemptPlan:
    """The questions of one attempt in display order, and the display order of their options."""

    question_ids: tuple[str, ...]
    option_orders: dict[str, tuple[str, ...]] = field(default_factory=dict)


def plan_attempt(quiz: Quiz, seed: int) -> AttemptPlan:
    """Draw and shuffle deterministically from ``seed``."""
    rng = random.Random(seed)
    settings = quiz.settings
    ids = [q.id for q in quiz.questions]
    if settings.draw is not None and settings.draw < len(ids):
        ids = rng.sample(ids, settings.draw)
        if not settings.shuffle_questions:
            order = {q.id: i for i, q in enumerate(quiz.questions)}
            ids.sort(key=order.__getitem__)
    elif settings.shuffle_questions:
        rng.shuffle(ids)
    orders = display_orders([quiz.question(qid) for qid in ids], rng, settings.shuffle_options)
    return AttemptPlan(tuple(ids), orders)


def scenario_order_key(question_id: str, node_id: str) -> str:
    """The key under which a scenario node's choice order is kept among an attempt's option orders."""
    return f"{question_id}@{node_id}"


def scenario_choice_orders(scenario: Scenario, orders: dict[str, tuple[str, ...]]) -> dict[str, tuple[int, ...]]:
    """The display order of each node's choices (indexes into the node's choices) from a stored plan.

    An order that does not fit the node (an attempt planned on an older version of the
    scenario) is ignored, so the node shows its choices as written.
    """
    out: dict[str, tuple[int, ...]] = {}
    for node_id, node in scenario.nodes.items():
        raw = orders.get(scenario_order_key(scenario.id, node_id))
        if raw is None:
            continue
        try:
            order = tuple(int(i) for i in raw)
        except (TypeError, ValueError):
            continue
        if sorted(order) == list(range(len(node.choices))):
            out[node_id] = order
    return out


def display_orders(
    questions: list[Question], rng: random.Random, shuffle_options: bool = True
) -> dict[str, tuple[str, ...]]:
    """The order to show each question's options, items or responses in."""
    orders: dict[str, tuple[str, ...]] = {}
    for q in questions:
        if isinstance(q, (SingleChoice, MultipleResponse)):
            opts = [o.id for o in q.options]
            if shuffle_options:
                rng.shuffle(opts)
            orders[q.id] = tuple(opts)
        elif isinstance(q, Ordering):
            # Always shuffled: showing items in key order would give the answer away.
            items = [i.id for i in q.items]
            for _ in range(10):
                rng.shuffle(items)
                if items != list(q.answer) or len(items) < 2:
                    break
            orders[q.id] = tuple(items)
        elif isinstance(q, Matching):
            resp = [r.id for r in q.responses]
            if shuffle_options:
                rng.shuffle(resp)
            orders[q.id] = tuple(resp)
        elif isinstance(q, Scenario):
            # Always shuffled: authors tend to write the best choice first.
            for node_id, node in q.nodes.items():
                if len(node.choices) > 1:
                    idx = [str(i) for i in range(len(node.choices))]
                    rng.shuffle(idx)
                    orders[scenario_order_key(q.id, node_id)] = tuple(idx)
    return orders


@dataclass(frozen=True)
class AttemptSummary:
    """Score of a whole attempt, overall, per competency and per scenario dimension."""

    score: float  # 0..100
    passed: bool
    answered: int
    total: int
    competencies: dict[str, float]  # competency -> 0..100
    dimensions: dict[str, float]  # scenario dimension -> summed points

    @property
    def complete(self) -> bool:
        return self.answered == self.total


def summarise(quiz: Quiz, plan: AttemptPlan, grades: dict[str, Grade], pass_mark: float) -> AttemptSummary:
    """Each question weighs the same; unanswered questions score 0."""
    total = len(plan.question_ids)
    earned = 0.0
    by_comp: dict[str, list[float]] = {}
    dims: dict[str, float] = {}
    for qid in plan.question_ids:
        q = quiz.question(qid)
        g = grades.get(qid)
        s = g.score if g else 0.0
        earned += s
        by_comp.setdefault(q.competency, []).append(s)
        if g and isinstance(q, Scenario):
            for d, v in g.dimensions.items():
                dims[d] = dims.get(d, 0.0) + v
    score = 100.0 * earned / total if total else 0.0
    competencies = {c: 100.0 * sum(v) / len(v) for c in COMPETENCIES if (v := by_comp.get(c))}
    return AttemptSummary(
        score=round(score, 2),
        passed=score + 1e-9 >= pass_mark,
        answered=sum(1 for qid in plan.question_ids if qid in grades),
        total=total,
        competencies=competencies,
        dimensions=dims,
    )
