"""Scenario assessment: choices shown in a shuffled order kept per attempt, partial credit per dimension."""

from __future__ import annotations

import random

from trainer.domain.attempt import display_orders, plan_attempt, scenario_choice_orders, scenario_order_key
from trainer.domain.grading import grade
from trainer.domain.model import Choice, Node, Quiz, Scenario, Source
from trainer.domain.scenario import NON_BEST_CAP, best_path


def _story() -> Scenario:
    """Safety and legality pull apart: a learner can lose on one and recover on the other."""
    return Scenario(
        id="t.s1",
        prompt="A call",
        explanation="",
        source=Source(article="§4.1.1"),
        competency="enforcement",
        difficulty="medium",
        dimensions=("safety", "legality"),
        start="a",
        nodes={
            "a": Node(
                "First decision",
                (
                    Choice("Separate the parties", "b", "Good.", {"safety": 2}),
                    Choice("Talk to both together", "b", "Risky.", {"safety": -3}),
                    Choice("Leave", "poor", "No.", {"safety": -4}),
                ),
            ),
            "b": Node(
                "Second decision",
                (
                    Choice("Register the report", "c", "Right.", {"legality": 3}),
                    Choice("Suggest they reconcile", "c", "Wrong.", {"legality": -2}),
                ),
            ),
            "c": Node(
                "Third decision",
                (
                    Choice("Refer her to a crisis centre", "good", "Yes.", {"safety": 2, "legality": 1}),
                    Choice("Give her a leaflet", "mixed", "Partly.", {"safety": 1}),
                ),
            ),
            "good": Node("Safe", outcome="good", debrief="Well done."),
            "mixed": Node("Unclear", outcome="mixed", debrief="Partly."),
            "poor": Node("Left alone", outcome="poor", debrief="No."),
        },
    )


def test_only_the_best_path_scores_full_marks():
    s = _story()
    best = list(best_path(s)[1])
    assert best == [0, 0, 0]
    g = grade(s, best)
    assert g.score == 1.0 and g.correct


def test_a_recovering_path_keeps_credit_on_the_dimensions_it_earned():
    s = _story()
    # Wrong on safety at the start (-3, then +2), right on legality all the way: the old
    # ratio of totals gave (−1 + 4) / 8; per dimension it keeps all of legality (4 of 4).
    g = grade(s, [1, 0, 0])
    assert not g.correct
    assert g.score == 4 / 8
    assert g.dimensions == {"safety": -1.0, "legality": 4.0}


def test_a_mixed_ending_after_a_good_start_is_partly_correct_not_zero():
    g = grade(_story(), [0, 0, 1])  # safety 3 of 4, legality 3 of 4
    assert 0 < g.score < 1 and not g.correct
    assert g.score == (3 + 3) / 8


def test_a_path_that_is_not_best_never_reaches_full_marks():
    s = Scenario(
        **{**_story().__dict__, "dimensions": ("safety", "legality", "respect")},
    )
    nodes = dict(s.nodes)
    # A detour that scores on a dimension the best path does not touch, and loses elsewhere.
    nodes["c"] = Node(
        "Third decision",
        (
            Choice("Refer her to a crisis centre", "good", "Yes.", {"safety": 2, "legality": 1}),
            Choice("Let her decide, with no safety plan", "mixed", "Partly.", {"safety": 2, "respect": 5, "legality": -9}),
        ),
    )
    s = Scenario(**{**s.__dict__, "nodes": nodes})
    g = grade(s, [0, 0, 1])
    assert not g.correct and g.score <= NON_BEST_CAP


def test_a_poor_ending_with_nothing_earned_scores_zero():
    g = grade(_story(), [2])
    assert g.score == 0 and not g.correct


def _quiz() -> Quiz:
    return Quiz(questions=(_story(),))


def test_scenario_choices_are_shuffled_per_attempt_and_kept_in_the_plan():
    quiz = _quiz()
    plans = [plan_attempt(quiz, seed) for seed in range(40)]
    firsts = {p.option_orders[scenario_order_key("t.s1", "a")] for p in plans}
    assert len(firsts) > 1, "every attempt showed the choices in the same order"
    # The best choice is not always first.
    assert any(order[0] != "0" for order in firsts)
    # The same seed gives the same order: a resumed attempt shows what it showed before.
    assert plan_attempt(quiz, 7) == plan_attempt(quiz, 7)


def test_stored_orders_are_read_back_as_indexes_and_stale_ones_are_ignored():
    s = _story()
    orders = display_orders([s], random.Random(3))
    back = scenario_choice_orders(s, orders)
    assert sorted(back) == ["a", "b", "c"]
    assert sorted(back["a"]) == [0, 1, 2]
    stale = {scenario_order_key("t.s1", "a"): ("0", "1"), scenario_order_key("t.s1", "b"): ("x", "y")}
    assert scenario_choice_orders(s, stale) == {}
