"""Walking a branching scenario and finding its best path.

Scenario graphs are acyclic (the validator refuses cycles), so the best path is found by a
memoised depth-first search.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from trainer.domain.model import Scenario


class ScenarioPathError(ValueError):
    """A list of choices that does not fit the scenario's graph."""


@dataclass(frozen=True)
class Walk:
    """Where a list of choices leads: the nodes visited and the score on each dimension."""

    nodes: tuple[str, ...]
    choices: tuple[int, ...]
    totals: dict[str, float] = field(default_factory=dict)

    @property
    def current(self) -> str:
        return self.nodes[-1]

    @property
    def total(self) -> float:
        return sum(self.totals.values())


def walk(scenario: Scenario, choices: list[int] | tuple[int, ...]) -> Walk:
    """Follow ``choices`` (an index into each node's choices) from the start node."""
    node_id = scenario.start
    nodes = [node_id]
    totals = {d: 0.0 for d in scenario.dimensions}
    for index in choices:
        node = scenario.nodes[node_id]
        if node.terminal:
            raise ScenarioPathError(f"node {node_id!r} is an ending; no further choice is possible")
        if not isinstance(index, int) or not 0 <= index < len(node.choices):
            raise ScenarioPathError(f"node {node_id!r} has no choice {index!r}")
        choice = node.choices[index]
        for dim, value in choice.scores.items():
            totals[dim] = totals.get(dim, 0.0) + value
        node_id = choice.next
        nodes.append(node_id)
    return Walk(tuple(nodes), tuple(choices), totals)


def is_finished(scenario: Scenario, w: Walk) -> bool:
    return scenario.nodes[w.current].terminal


def best_path(scenario: Scenario) -> tuple[float, tuple[int, ...]]:
    """The highest total any path from the start can reach, and the choices of one such path."""

    @cache
    def best_from(node_id: str) -> tuple[float, tuple[int, ...]]:
        node = scenario.nodes[node_id]
        if node.terminal or not node.choices:
            return 0.0, ()
        options = []
        for i, choice in enumerate(node.choices):
            sub_total, sub_path = best_from(choice.next)
            options.append((sum(choice.scores.values()) + sub_total, (i, *sub_path)))
        return max(options, key=lambda o: o[0])

    return best_from(scenario.start)


# A path that is not a best path scores at most this much, however it scores per dimension.
NON_BEST_CAP = 0.9


def path_score(scenario: Scenario, choices: list[int] | tuple[int, ...]) -> tuple[float, bool]:
    """The score (0..1) of a complete path, and whether it is a best path.

    Partial credit is given per dimension: on each dimension the path earns its total, kept
    between 0 and the best path's total on that dimension, so that a path which goes wrong on
    one dimension and recovers on another keeps what it earned. The sum is divided by the best
    path's positive totals. A path that is not a best path scores at most ``NON_BEST_CAP``.
    """
    w = walk(scenario, choices)
    best_total, best_choices = best_path(scenario)
    is_best = w.total >= best_total - 1e-9
    if is_best:
        return 1.0, True
    target = walk(scenario, best_choices).totals
    possible = sum(max(0.0, v) for v in target.values())
    if possible <= 0:
        return 0.0, False
    earned = sum(min(max(0.0, w.totals.get(d, 0.0)), max(0.0, t)) for d, t in target.items())
    return min(NON_BEST_CAP, earned / possible), False


def all_paths(scenario: Scenario, limit: int = 10_000) -> list[tuple[int, ...]]:
    """Every complete path (as choice indexes), for validation and analysis."""
    out: list[tuple[int, ...]] = []

    def visit(node_id: str, path: tuple[int, ...]) -> None:
        if len(out) >= limit:
            return
        node = scenario.nodes[node_id]
        if node.terminal or not node.choices:
            out.append(path)
            return
        for i, choice in enumerate(node.choices):
            visit(choice.next, (*path, i))

    visit(scenario.start, ())
    return out
