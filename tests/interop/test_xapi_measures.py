"""`export-xapi` carries a cohort's pre/post tests, attitude answers and feedback, and never anonymous feedback."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.conftest import ROOT, SAMPLE_MODULES
from tests.interop.test_xapi_statements import export
from trainer.content.attitudes import load_attitudes
from trainer.domain.grading import key_response
from trainer.services.context import AppContext

ADL = "http://adlnet.gov/expapi/verbs/"
ASSESSMENT = "http://adlnet.gov/expapi/activities/assessment"


def _session(data: Path) -> dict[str, Any]:
    """A cohort of two: pre- and post-tests, attitude answers before and after, named and anonymous feedback."""
    data.mkdir(parents=True, exist_ok=True)
    ctx = AppContext.open(data, SAMPLE_MODULES)
    try:
        ctx.measures.statements = load_attitudes(ROOT / "modules")[0]
        first, second = (s.id for s in ctx.measures.statements[:2])
        aigul = ctx.store.create_learner("Aigul", "police", "almaty").id
        marat = ctx.store.create_learner("Marat", "police", "almaty").id
        cohort = ctx.cohorts.create("Almaty March").id
        ctx.cohorts.add_members(cohort, [aigul, marat])
        ctx.measures.open_test(cohort, "pre", list(ctx.catalogue.modules), items=2)
        sizes = {}
        for lid in (aigul, marat):
            session = ctx.measures.start(lid, cohort, "pre")
            sizes[lid] = len(session.questions)
            ctx.measures.answer(session, session.questions[0][1].id, key_response(session.questions[0][1]))
            ctx.measures.finish(session)
            ctx.measures.record_attitudes(lid, cohort, "pre", {first: 4, second: None})
        ctx.measures.open_test(cohort, "post")
        session = ctx.measures.start(aigul, cohort, "post")
        post_items = len(session.questions)
        for _, q in session.questions:
            ctx.measures.answer(session, q.id, key_response(q))
        ctx.measures.finish(session)
        ctx.measures.record_attitudes(aigul, cohort, "post", {first: 2, second: 1})
        module = next(iter(ctx.catalogue.modules))
        ctx.measures.give_feedback(aigul, module, {"relevance": 5, "clarity": 3}, "Useful", anonymous=False)
        ctx.measures.give_feedback(marat, module, {"relevance": 1}, "Secret words", anonymous=True)
        return {"aigul": aigul, "marat": marat, "cohort": cohort, "first": first, "marat_pre": sizes[marat],
                "post": post_items}  # fmt: skip
    finally:
        ctx.close()


def test_export_xapi_carries_tests_attitudes_and_named_feedback(tmp_path: Path) -> None:
    data = tmp_path / "data"
    ids = _session(data)
    statements = export(tmp_path, data)
    home = "https://qorgau.invalid/xapi"
    tests = [s for s in statements if s["object"]["id"].startswith(f"{home}/cohorts/{ids['cohort']}/")]
    # Each test attempt is an assessment: attempted, then completed with its score; pre and post in their phase.
    started = [s for s in tests if s["verb"]["id"] == ADL + "attempted"]
    assert sorted(s["object"]["id"].rsplit("/", 1)[1] for s in started) == ["post-test", "pre-test", "pre-test"]
    assert all(s["object"]["definition"]["type"] == ASSESSMENT for s in tests)
    done = {
        (s["actor"]["account"]["name"], s["object"]["id"].rsplit("/", 1)[1]): s["result"]
        for s in tests
        if s["verb"]["id"] == ADL + "completed"
    }
    assert done[(ids["aigul"], "post-test")]["score"]["raw"] == 100.0
    assert done[(ids["marat"], "pre-test")]["score"]["raw"] == round(100 / ids["marat_pre"], 2)
    # Answers of the tests are 'answered', with the test as parent.
    answers = [s for s in statements if s["verb"]["id"] == ADL + "answered" and "parent" in s["context"]["contextActivities"]
               and s["context"]["contextActivities"]["parent"][0]["id"].endswith("-test")]  # fmt: skip
    assert len(answers) == 2 + ids["post"]  # one answer each on the pre-test, every item of the post-test
    # Attitude answers: 'responded' with the value; a skipped statement is not sent.
    attitudes = [s for s in statements if "/xapi/attitudes/" in s["object"]["id"]]
    assert {s["verb"]["id"] for s in attitudes} == {ADL + "responded"}
    assert len(attitudes) == 2 + 2  # Aigul: one before (one skipped), two after; Marat: one before
    first = [s for s in attitudes if s["object"]["id"].endswith("/" + ids["first"])]
    phases = {
        (s["actor"]["account"]["name"], s["context"]["extensions"][f"{home}/extensions/phase"]): s["result"]["response"]
        for s in first
    }
    assert phases == {(ids["aigul"], "pre"): "4", (ids["aigul"], "post"): "2", (ids["marat"], "pre"): "4"}
    assert first[0]["object"]["definition"]["interactionType"] == "likert"
    # Feedback: only Aigul's named answers; Marat's anonymous feedback is not there in any form.
    feedback = [s for s in statements if "/feedback/" in s["object"]["id"]]
    assert {s["actor"]["account"]["name"] for s in feedback} == {ids["aigul"]}
    assert sorted((s["object"]["id"].rsplit("/", 1)[1], s["result"]["response"]) for s in feedback) == [
        ("clarity", "3"),
        ("comment", "Useful"),
        ("relevance", "5"),
    ]
    assert all(s["verb"]["id"] == ADL + "responded" for s in feedback)
    assert "Secret words" not in str(statements)
    assert not any(
        s["actor"]["account"]["name"] == ids["marat"] and "/feedback/" in s["object"]["id"] for s in statements
    )
    # Statement ids stay unique, and a second export is the same.
    assert len({s["id"] for s in statements}) == len(statements)
    assert export(tmp_path, data, "again.json") == statements
