"""Properties of grading over every question of the sample modules (hypothesis).

The per-kind properties for synthetic questions live in test_grading.py; these run the real
sample questions of all seven kinds through arbitrary well-formed answers.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import SAMPLE_MODULES
from trainer.content.loader import load_catalogue
from trainer.domain import scenario as scenario_walk
from trainer.domain.grading import InvalidResponse, grade, key_response

QUESTIONS = [q for m in load_catalogue(SAMPLE_MODULES).modules.values() for q in m.quiz.questions]


def any_answer(q, data):
    """A well-formed answer of the question's kind, right or wrong."""
    if q.type == "single_choice":
        return data.draw(st.sampled_from([o.id for o in q.options]))
    if q.type == "multiple_response":
        return data.draw(st.lists(st.sampled_from([o.id for o in q.options]), unique=True))
    if q.type == "true_false":
        return data.draw(st.booleans())
    if q.type == "numeric":
        return data.draw(st.floats(-1e9, 1e9, allow_nan=False))
    if q.type == "ordering":
        return list(data.draw(st.permutations([i.id for i in q.items])))
    if q.type == "matching":
        return {p.id: data.draw(st.sampled_from([r.id for r in q.responses])) for p in q.premises}
    paths = scenario_walk.all_paths(q)
    return list(data.draw(st.sampled_from(paths)))


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(QUESTIONS), st.data())
def test_every_score_lies_between_zero_and_the_maximum(q, data):
    try:
        g = grade(q, any_answer(q, data))
    except InvalidResponse:  # e.g. an empty multiple-response answer is refused, never scored
        return
    assert 0.0 <= g.score <= 1.0
    assert g.correct == (g.score >= 1.0 - 1e-9) or q.type == "scenario"


@given(st.sampled_from(QUESTIONS))
def test_the_key_always_scores_the_maximum(q):
    g = grade(q, key_response(q))
    assert g.score == 1.0 and g.correct


@given(st.sampled_from([q for q in QUESTIONS if q.type in ("ordering", "matching")]), st.data())
def test_grade_of_ordering_and_matching_does_not_depend_on_display_order(q, data):
    from dataclasses import replace

    answer = any_answer(q, data)
    if q.type == "ordering":
        shown = replace(q, items=tuple(data.draw(st.permutations(q.items))))
    else:
        shown = replace(
            q,
            premises=tuple(data.draw(st.permutations(q.premises))),
            responses=tuple(data.draw(st.permutations(q.responses))),
        )
    assert grade(shown, answer) == grade(q, answer)
