"""Item-quality checks: test-wise answering must not pass a quiz, and the bundled quizzes meet the thresholds."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.conftest import ROOT
from trainer.content.item_quality import THRESHOLDS, is_recall_stem, item_report, similarity
from trainer.domain.model import Module, ModuleMeta, MultipleResponse, Option, Quiz, SingleChoice, Source, TrueFalse

STEMS = (
    "Aigerim calls at night; the neighbour heard shouting. What do you do first?",
    "A judge reads a file with two earlier calls from the same flat. Which measure comes next?",
    "Dana, a social worker in Taraz, sees bruises during a home visit. How does she proceed?",
    "An inspector arrives after the husband has left with the car keys. Where should the report go?",
    "Marat asks the prosecutor to drop the case because the family has reconciled. What follows?",
)


def _sc(n: int, key_text: str, others: tuple[str, ...], **extra) -> SingleChoice:
    options = (Option("a", key_text), *(Option(chr(98 + i), t, "Why not: a common belief.") for i, t in enumerate(others)))
    return SingleChoice(
        id=f"m.q{n:02}",
        prompt=STEMS[n % len(STEMS)],
        explanation="x",
        source=Source(article="§4.1.1"),
        competency="enforcement",
        difficulty="medium",
        level=extra.pop("level", "apply"),
        options=options,
        answer="a",
        **extra,
    )


def _module(*questions) -> Module:
    meta = ModuleMeta(
        id="m", version="1", title="M", summary="", roles=("all",), track="core", order=1,
        estimated_minutes=1, objectives=(), lessons=(), law_as_of="2024-06-16",
    )
    return Module(meta, Quiz(questions=tuple(questions)), "/nonexistent")


def test_a_quiz_whose_key_is_always_the_longest_option_is_flagged():
    long_key = [_sc(i, "Separate the parties, record the facts and explain the protective order", ("Leave", "Warn him")) for i in range(4)]
    rep = item_report([_module(*long_key)]).modules[0]
    assert rep.key_longest == 4 and rep.key_ratio_median > THRESHOLDS.key_length_ratio
    assert not rep.ok
    assert any("strictly the longest" in str(p) for p in rep.problems)


def test_balanced_options_pass_the_length_checks():
    items = [_sc(i, "Speak to her alone", ("Speak to both together", "Call her relatives first")) for i in range(4)]
    rep = item_report([_module(*items)]).modules[0]
    assert rep.key_longest == 0 and rep.ok, rep.problems


def test_a_wrong_option_without_feedback_is_reported():
    q = _sc(1, "Speak to her alone", ("Speak to both together",))
    q = replace(q, options=(q.options[0], Option("b", "Speak to both together")))
    rep = item_report([_module(q)]).modules[0]
    assert any("wrong option 'b' has no feedback" in str(p) for p in rep.problems)


def test_multiple_response_with_too_many_correct_options_is_reported():
    q = MultipleResponse(
        id="m.q09", prompt="Which of these do you record?", explanation="x", source=Source(article="§4.1.1"),
        competency="enforcement", difficulty="easy", level="apply",
        options=tuple(Option(c, c * 5, None if c != "d" else "Not needed.") for c in "abcd"), answer=("a", "b", "c"),
    )
    rep = item_report([_module(q)]).modules[0]
    assert any("3 of 4 options are correct" in str(p) for p in rep.problems)


def test_true_false_needs_feedback_for_the_wrong_value_and_a_balance_of_true():
    items = [
        TrueFalse(id=f"m.t{i}", prompt=f"Statement {i} about a call in Taraz.", explanation="x",
                  source=Source(article="§4.1.1"), competency="enforcement", difficulty="easy", level="apply", answer=False)
        for i in range(4)
    ]
    rep = item_report([_module(*items)]).modules[0]
    assert any("feedback_wrong" in str(p) for p in rep.problems)
    assert any("0 of 4 true/false items are true" in str(p) for p in rep.problems)


def test_recall_stems_must_be_marked_recall():
    assert is_recall_stem("According to the study, how many crisis centres offer shelter?")
    assert not is_recall_stem("Aigerim asks you whether she must pay for the forensic examination. What do you tell her?")
    q = replace(_sc(1, "a", ("b",)), prompt="According to the article, which body issues the order?")
    rep = item_report([_module(q)]).modules[0]
    assert any("asks what a source says" in str(p) for p in rep.problems)


def test_near_duplicate_stems_are_found_and_rewordings_are_not():
    a = "Within how many hours must a protective order be enforced?"
    assert similarity(a, "Within how many hours must a protective order under Article 20 be enforced?") >= 0.6
    assert similarity(a, "A neighbour calls about shouting next door. What do you do first?") < 0.6


def test_every_item_needs_a_level_and_most_must_be_decisions():
    items = [_sc(i, "Speak to her alone", ("Speak to both", "Call relatives"), level="recall") for i in range(3)]
    items.append(replace(items[0], id="m.q99", level=None))
    rep = item_report([_module(*items)]).modules[0]
    assert any("no 'level'" in str(p) for p in rep.problems)
    assert any("marked apply or analyse" in str(p) for p in rep.problems)


@pytest.fixture(scope="module")
def bundled():
    from trainer.content.loader import load_catalogue

    cat = load_catalogue(ROOT / "modules")
    assert not cat.errors, cat.errors[:5]
    return cat


def test_the_bundled_quizzes_meet_every_item_quality_threshold(bundled):
    rep = item_report(bundled.modules.values())
    problems = [str(p) for scope in [*rep.modules, *rep.paths] for p in scope.problems]
    assert not problems, "\n".join(problems[:40])
