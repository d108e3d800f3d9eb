"""Consistency checks of one question that a schema cannot express."""

from __future__ import annotations

import math
from collections import Counter

from trainer.content.citations import check_sections
from trainer.domain import model
from trainer.domain.scenario import best_path

MIN_SCENARIO_DECISIONS = 1


def _duplicates(ids: list[str]) -> list[str]:
    return [i for i, n in Counter(ids).items() if n > 1]


def check_question(q: model.Question) -> list[tuple[tuple, str]]:
    """Problems as (field path inside the question, message)."""
    out: list[tuple[tuple, str]] = []
    for msg in check_sections(q.source.article, q.source.law, q.source.international):
        out.append((("source",), msg))
    if not q.prompt.strip():
        out.append((("prompt",), "prompt is empty"))
    if not q.explanation.strip():
        out.append((("explanation",), "explanation is empty"))
    if isinstance(q, (model.SingleChoice, model.MultipleResponse)):
        ids = [o.id for o in q.options]
        if len(ids) < 2:
            out.append((("options",), "needs at least two options"))
        for d in _duplicates(ids):
            out.append((("options",), f"option id {d!r} is used twice"))
        if isinstance(q, model.SingleChoice):
            if q.answer not in ids:
                out.append((("answer",), f"answer {q.answer!r} is not one of the options {ids}"))
        else:
            if not q.answer:
                out.append((("answer",), "answer lists no option"))
            for a in q.answer:
                if a not in ids:
                    out.append((("answer",), f"answer {a!r} is not one of the options {ids}"))
            for d in _duplicates(list(q.answer)):
                out.append((("answer",), f"answer lists {d!r} twice"))
    elif isinstance(q, model.Ordering):
        ids = [i.id for i in q.items]
        if len(ids) < 2:
            out.append((("items",), "needs at least two items"))
        for d in _duplicates(ids):
            out.append((("items",), f"item id {d!r} is used twice"))
        if sorted(q.answer) != sorted(ids):
            out.append((("answer",), f"answer must list every item exactly once (a permutation of {ids})"))
    elif isinstance(q, model.Matching):
        premises = [p.id for p in q.premises]
        responses = [r.id for r in q.responses]
        for d in _duplicates(premises):
            out.append((("premises",), f"premise id {d!r} is used twice"))
        for d in _duplicates(responses):
            out.append((("responses",), f"response id {d!r} is used twice"))
        if len(premises) < 2:
            out.append((("premises",), "needs at least two premises"))
        if set(q.answer) != set(premises):
            missing = sorted(set(premises) - set(q.answer))
            extra = sorted(set(q.answer) - set(premises))
            out.append((("answer",), f"answer must map every premise (missing {missing}, unknown {extra})"))
        for p, r in q.answer.items():
            if r not in responses:
                out.append((("answer", p), f"{r!r} is not one of the responses {responses}"))
    elif isinstance(q, model.Numeric):
        if not math.isfinite(q.answer):
            out.append((("answer",), "answer must be a finite number"))
        if not math.isfinite(q.tolerance) or q.tolerance < 0:
            out.append((("tolerance",), "tolerance must be a non-negative number"))
    elif isinstance(q, model.Scenario):
        out.extend(check_scenario(q))
    return out


def check_scenario(q: model.Scenario) -> list[tuple[tuple, str]]:
    out: list[tuple[tuple, str]] = []
    if not q.dimensions:
        out.append((("dimensions",), "a scenario needs at least one scoring dimension"))
    if q.start not in q.nodes:
        out.append((("start",), f"start node {q.start!r} does not exist"))
        return out
    broken = False
    for nid, node in q.nodes.items():
        if node.terminal and node.choices:
            out.append((("nodes", nid), "an ending (a node with an outcome) cannot have choices"))
        if not node.terminal and not node.choices:
            out.append((("nodes", nid), "dead end: the node has no choices and no outcome"))
        if node.terminal and not (node.debrief or "").strip():
            out.append((("nodes", nid), "an ending needs a debrief"))
        for i, choice in enumerate(node.choices):
            if choice.next not in q.nodes:
                out.append((("nodes", nid, "choices", i, "next"), f"next node {choice.next!r} does not exist"))
                broken = True
            for dim in choice.scores:
                if dim not in q.dimensions:
                    out.append(
                        (
                            ("nodes", nid, "choices", i, "scores"),
                            f"{dim!r} is not one of the dimensions {list(q.dimensions)}",
                        )
                    )
    if broken:
        return out
    # Reachability and cycles, by depth-first search with colours.
    state: dict[str, int] = {}
    cycle: list[str] = []

    def visit(nid: str, trail: list[str]) -> None:
        state[nid] = 1
        for choice in q.nodes[nid].choices:
            if state.get(choice.next) == 1 and not cycle:
                cycle.extend([*trail, nid, choice.next])
            elif choice.next not in state:
                visit(choice.next, [*trail, nid])
        state[nid] = 2

    visit(q.start, [])
    if cycle:
        out.append((("nodes",), f"the story loops back on itself: {' -> '.join(cycle)}"))
        return out
    for nid in q.nodes:
        if nid not in state:
            out.append((("nodes", nid), "node cannot be reached from the start"))
    if not any(n.terminal for n in q.nodes.values()):
        out.append((("nodes",), "the scenario has no ending (no node with an outcome)"))
        return out
    if not out:
        best, _ = best_path(q)
        if best <= 0:
            out.append((("nodes",), "the best path scores 0 or less, so no score can be computed"))
    return out


def structure(q: model.Question) -> object:
    """Everything of a question but its words, to compare translations with the original."""
    if isinstance(q, (model.SingleChoice, model.MultipleResponse)):
        return (q.type, q.level, [o.id for o in q.options], q.answer)
    if isinstance(q, model.Ordering):
        return (q.type, q.level, [i.id for i in q.items], q.answer)
    if isinstance(q, model.Matching):
        return (q.type, q.level, [p.id for p in q.premises], [r.id for r in q.responses], q.answer)
    if isinstance(q, model.Numeric):
        return (q.type, q.level, q.answer, q.tolerance)
    if isinstance(q, model.Scenario):
        nodes = {
            nid: (n.outcome, [(c.next, sorted(c.scores.items())) for c in n.choices]) for nid, n in q.nodes.items()
        }
        return (q.type, q.level, q.dimensions, q.start, nodes)
    return (q.type, q.level, q.answer)
