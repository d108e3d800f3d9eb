"""Parallel forms, gains with their interval, and attitude shift: figures checked against hand computation."""

from __future__ import annotations

import math

import pytest

from trainer.domain import prepost
from trainer.domain.model import Option, Quiz, SingleChoice, Source


def _quiz(n: int) -> Quiz:
    comps = ["legal_framework", "enforcement", "gender_sensitivity"]
    return Quiz(
        questions=tuple(
            SingleChoice(
                id=f"m.q{i:02d}",
                prompt=f"Question {i}",
                explanation="",
                source=Source(article="§4.2"),
                competency=comps[i % 3],  # type: ignore[arg-type]
                difficulty="easy" if i % 2 else "medium",
                options=(Option("a", "A"), Option("b", "B")),
                answer="a",
            )
            for i in range(n)
        )
    )


def test_forms_are_disjoint_equal_and_deterministic() -> None:
    """A learner never meets a pre-test item again in the post-test, and both laptops compute the same forms."""
    quiz = _quiz(13)
    for learner in ("alice", "bob", "carol"):
        forms = prepost.split_forms(quiz, "m", learner, "cohort-1", items=5)
        assert not set(forms.pre) & set(forms.post)
        assert len(forms.pre) == len(forms.post) == 5
        assert forms == prepost.split_forms(quiz, "m", learner, "cohort-1", items=5)
    # Learners (and cohorts) get different draws, so a cohort does not share one answer sheet.
    draws = {prepost.split_forms(quiz, "m", f"l{i}", "cohort-1").pre for i in range(10)}
    assert len(draws) > 1
    assert prepost.split_forms(quiz, "m", "alice", "c1") != prepost.split_forms(quiz, "m", "alice", "c2")


def test_small_pool_uses_every_pair_and_drops_the_odd_item() -> None:
    forms = prepost.split_forms(_quiz(5), "m", "alice", "c", items=10)
    assert len(forms.pre) == len(forms.post) == 2


def test_post_form_excludes_what_the_pre_test_asked() -> None:
    """Even if the pool changed between the tests, an item already asked is not asked again."""
    quizzes = {"m": _quiz(10)}
    pre = prepost.form_for(quizzes, "alice", "c", "pre")
    grown = {"m": _quiz(16)}  # the module was updated with more items in between
    post = prepost.form_for(grown, "alice", "c", "post", exclude=[q for _, q in pre])
    assert not {q for _, q in pre} & {q for _, q in post}


def test_t_quantiles_match_the_table_and_interpolate() -> None:
    assert prepost.t_quantile_975(4) == 2.776
    assert prepost.t_quantile_975(29) == 2.045
    assert prepost.t_quantile_975(50) == pytest.approx(2.009, abs=0.001)  # exact: 2.0086
    assert prepost.t_quantile_975(1000) == pytest.approx(1.962, abs=0.001)  # exact: 1.9623


def _items(learner: str, phase: str, module: str, scores: list[float]) -> list[prepost.ItemScore]:
    return [prepost.ItemScore(learner, phase, module, f"{module}.q{i}", s) for i, s in enumerate(scores)]


def test_gain_per_learner_module_and_cohort_by_hand() -> None:
    """Five learners with raw gains 10..50 points: mean 30, sd √250, t(0.975, 4) = 2.776."""
    items: list[prepost.ItemScore] = []
    for n, lid in enumerate(["a", "b", "c", "d", "e"], start=1):
        # Ten items per test: pre 4/10 correct, post (4 + n)/10 correct -> gain 10·n points.
        items += _items(lid, "pre", "m1", [1] * 4 + [0] * 6)
        items += _items(lid, "post", "m1", [1] * (4 + n) + [0] * (6 - n))
    items += _items("late", "post", "m1", [1] * 10)  # no pre-test: not paired
    report = prepost.gain_report(items)
    assert report.unpaired == ("late",)
    assert report.learners["c"].raw == pytest.approx(30.0)
    assert report.learners["c"].normalised == pytest.approx(30 / 60)
    cohort = report.cohort
    assert cohort.n == 5 and not cohort.too_few
    assert cohort.raw == pytest.approx(30.0)
    half = 2.776 * math.sqrt(250) / math.sqrt(5)  # 19.629
    assert cohort.ci == pytest.approx((30 - half, 30 + half))
    assert cohort.normalised == pytest.approx((70 - 40) / (100 - 40))
    assert report.modules["m1"].raw == pytest.approx(30.0)


def test_normalised_gain_is_undefined_at_a_perfect_pre_test() -> None:
    assert prepost.normalised_gain(100.0, 100.0) is None
    assert prepost.normalised_gain(60.0, 80.0) == pytest.approx(0.5)
    assert prepost.normalised_gain(50.0, 40.0) == pytest.approx(-0.2)


def test_small_cohort_is_labelled_too_few() -> None:
    items = _items("a", "pre", "m", [0, 1]) + _items("a", "post", "m", [1, 1])
    items += _items("b", "pre", "m", [0, 0]) + _items("b", "post", "m", [1, 0])
    cohort = prepost.gain_report(items).cohort
    assert cohort.n == 2 and cohort.too_few
    assert cohort.raw == pytest.approx(50.0)
    assert cohort.ci == pytest.approx((50.0, 50.0))  # both gained 50: no spread


def test_attitude_shift_leaves_out_skips() -> None:
    """A statement skipped in either phase is not counted for that learner."""
    a = prepost.AttitudeAnswer
    answers = [
        a("a", "pre", "s1", 4),
        a("a", "post", "s1", 2),
        a("a", "pre", "s2", 5),
        a("a", "post", "s2", None),  # skipped after
        a("b", "pre", "s1", 3),
        a("b", "post", "s1", 3),
        a("b", "pre", "s2", None),  # skipped before
        a("b", "post", "s2", 1),
    ]
    report = prepost.attitude_report(answers, ["s1", "s2"])
    assert report.statements["s1"] == prepost.Shift(2, 3.5, 2.5)
    assert report.statements["s1"].shift == pytest.approx(-1.0)
    assert report.statements["s2"].n == 0 and report.statements["s2"].shift is None
    assert report.cohort.n == 2 and report.cohort.shift == pytest.approx(-1.0)
    assert report.too_few


def test_feedback_scale_and_checks() -> None:
    s = prepost.scale_summary([5, 4, None, 4])
    assert (s.n, s.mean, s.counts[4], s.counts[1]) == (3, pytest.approx(13 / 3), 2, 0)
    with pytest.raises(ValueError, match="relevance: 6"):
        prepost.check_rating("relevance", 6)
    assert prepost.clean_comment("  ") is None
    assert len(prepost.clean_comment("x" * 5000) or "") == prepost.MAX_COMMENT
