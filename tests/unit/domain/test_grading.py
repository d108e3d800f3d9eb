"""Grading rules for every question kind, including the documented partial credit."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainer.domain.grading import InvalidResponse, grade, key_response
from trainer.domain.model import Matching, MultipleResponse, Option, Ordering, SingleChoice, Source

BASE = dict(prompt="p", explanation="e", source=Source(article="§4.1.1"), competency="enforcement", difficulty="easy")


def q(catalogue, qid):
    for m in catalogue.modules.values():
        for question in m.quiz.questions:
            if question.id == qid:
                return question
    raise KeyError(qid)


def test_every_kind_gives_full_marks_for_its_key(catalogue):
    kinds = set()
    for m in catalogue.modules.values():
        for question in m.quiz.questions:
            g = grade(question, key_response(question))
            assert g.correct and g.score == 1.0, question.id
            kinds.add(question.type)
    assert len(kinds) == 7


def test_single_choice_wrong_option_scores_zero_with_option_feedback(catalogue):
    question = q(catalogue, "sample-01-basics.q01")
    assert grade(question, "a").score == 0
    assert "Article 20" in grade(question, "b").feedback


def test_multiple_response_partial_credit_subtracts_wrong_choices(catalogue):
    question = q(catalogue, "sample-01-basics.q02")  # key a, b, c, d; e is wrong
    assert grade(question, ["a", "b"]).score == pytest.approx(0.5)
    assert grade(question, ["a", "b", "e"]).score == pytest.approx(0.25)
    assert grade(question, ["e"]).score == 0
    g = grade(question, ["a", "b", "c", "d", "e"])
    assert g.score == pytest.approx(0.75) and not g.correct


def test_true_false_and_numeric_tolerance(catalogue):
    assert not grade(q(catalogue, "sample-01-basics.q03"), False).correct
    numeric = q(catalogue, "sample-01-basics.q04")
    assert grade(numeric, 24).correct
    assert grade(numeric, 24.0).correct
    assert not grade(numeric, 25).correct


def test_ordering_partial_credit_counts_pairs_in_order(catalogue):
    question = q(catalogue, "sample-02-practice.q01")  # a17 a20 a21 a25
    g = grade(question, ["a20", "a17", "a21", "a25"])  # one of six pairs swapped
    assert g.score == pytest.approx(5 / 6) and not g.correct
    assert grade(question, ["a25", "a21", "a20", "a17"]).score == 0


def test_matching_scores_share_of_premises(catalogue):
    question = q(catalogue, "sample-02-practice.q02")
    g = grade(question, {"a20": "po", "a21": "fine", "a22": "res"})
    assert g.score == pytest.approx(2 / 3) and not g.correct
    assert grade(question, {"a20": "po"}).score == pytest.approx(1 / 3)


def test_scenario_score_compares_path_with_best(catalogue):
    question = q(catalogue, "sample-02-practice.s1")
    best = grade(question, [0, 0, 0])
    assert best.correct and best.score == 1.0
    assert "Art. 25" in best.feedback
    worse = grade(question, [1, 0, 0, 0])  # together -> alone -> record -> good
    assert 0 < worse.score < 1 and not worse.correct
    assert worse.dimensions["victim_safety"] == pytest.approx(-1 + 1 + 2)
    assert grade(question, [1, 1]).score == 0  # negative totals are clipped to zero


@pytest.mark.parametrize(
    "qid,response",
    [
        ("sample-01-basics.q01", "zz"),
        ("sample-01-basics.q02", "a"),
        ("sample-01-basics.q03", "yes"),
        ("sample-01-basics.q04", "twenty"),
        ("sample-01-basics.q04", float("nan")),
        ("sample-02-practice.q01", ["a17", "a20"]),
        ("sample-02-practice.q02", {"a20": "nope"}),
        ("sample-02-practice.s1", [0, 0]),  # not finished
        ("sample-02-practice.s1", [5]),
    ],
)
def test_malformed_responses_are_rejected_not_graded(catalogue, qid, response):
    with pytest.raises(InvalidResponse):
        grade(q(catalogue, qid), response)


ids = st.lists(st.sampled_from("abcdefgh"), min_size=2, max_size=8, unique=True)


@given(ids, st.data())
def test_multiple_response_score_stays_between_zero_and_one(option_ids, data):
    key = data.draw(st.lists(st.sampled_from(option_ids), min_size=1, unique=True))
    chosen = data.draw(st.lists(st.sampled_from(option_ids), unique=True))
    question = MultipleResponse(id="x", options=tuple(Option(i, i) for i in option_ids), answer=tuple(key), **BASE)
    assert 0.0 <= grade(question, chosen).score <= 1.0


@given(ids, st.data())
def test_ordering_grade_ignores_display_order_of_items(item_ids, data):
    key = data.draw(st.permutations(item_ids))
    display = data.draw(st.permutations(item_ids))
    response = data.draw(st.permutations(item_ids))
    a = Ordering(id="x", items=tuple(Option(i, i) for i in item_ids), answer=tuple(key), **BASE)
    b = Ordering(id="x", items=tuple(Option(i, i) for i in display), answer=tuple(key), **BASE)
    assert grade(a, list(response)) == grade(b, list(response))
    assert 0.0 <= grade(a, list(response)).score <= 1.0


@given(ids, st.data())
def test_matching_grade_ignores_order_of_pairs(premise_ids, data):
    responses = [f"r{p}" for p in premise_ids]
    key = {p: data.draw(st.sampled_from(responses)) for p in premise_ids}
    answer = {p: data.draw(st.sampled_from(responses)) for p in premise_ids}
    shuffled = data.draw(st.permutations(premise_ids))
    a = Matching(
        id="x",
        premises=tuple(Option(p, p) for p in premise_ids),
        responses=tuple(Option(r, r) for r in responses),
        answer=key,
        **BASE,
    )
    b = Matching(
        id="x",
        premises=tuple(Option(p, p) for p in shuffled),
        responses=tuple(Option(r, r) for r in reversed(responses)),
        answer={p: key[p] for p in shuffled},
        **BASE,
    )
    assert grade(a, answer).score == grade(b, answer).score
    assert 0.0 <= grade(a, answer).score <= 1.0


def test_single_choice_option_order_does_not_matter():
    opts = (Option("a", "A"), Option("b", "B"))
    one = SingleChoice(id="x", options=opts, answer="b", **BASE)
    two = SingleChoice(id="x", options=tuple(reversed(opts)), answer="b", **BASE)
    assert grade(one, "b") == grade(two, "b")
