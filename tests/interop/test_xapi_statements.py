"""xAPI statements: privacy of the actor, vocabulary, timestamps, deterministic ids, interaction details."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

from tests.conftest import ROOT, SAMPLE_MODULES
from tests.interop.activity import fill
from trainer.interop.xapi import VERBS, iso_duration, iso_timestamp


def export(tmp_path, data, name="a.json", *extra):
    out = tmp_path / name
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "--data-dir",
            str(data),
            "--content-dir",
            str(SAMPLE_MODULES),
            "export-xapi",
            "--out",
            str(out),
            *extra,
        ],
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    return json.loads(out.read_text(encoding="utf-8"))


def test_statements_name_no_one_carry_timestamps_and_are_the_same_on_every_export(tmp_path):
    data = tmp_path / "data"
    learners = fill(data, SAMPLE_MODULES, learners=2)
    first = export(tmp_path, data)
    assert first == export(tmp_path, data, "b.json")
    ids = [s["id"] for s in first]
    assert len(ids) == len(set(ids))
    text = json.dumps(first)
    assert "Learner 0" not in text and "Akmola" not in text and "mbox" not in text
    for s in first:
        assert s["actor"] == {
            "objectType": "Agent",
            "account": {"homePage": "https://qorgau.invalid", "name": s["actor"]["account"]["name"]},
        }
        assert s["actor"]["account"]["name"] in learners
        assert s["verb"]["id"] in VERBS.values()
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", s["timestamp"])
        assert s["context"]["language"] == "en"
        assert s["context"]["contextActivities"]["parent"][0]["id"].startswith("https://qorgau.invalid/xapi/modules/")
    verbs = {s["verb"]["id"].rsplit("/", 1)[1] for s in first}
    assert verbs == {"experienced", "completed", "attempted", "answered", "passed", "failed"}
    answered = [s for s in first if s["verb"]["id"].endswith("answered")]
    types = {s["object"]["definition"]["interactionType"] for s in answered}
    assert types == {"choice", "true-false", "numeric", "sequencing", "matching", "performance"}
    for s in answered:
        assert s["context"]["registration"]
        assert set(s["result"]) == {"score", "success", "response"}
        assert s["object"]["definition"]["correctResponsesPattern"]
    matching = next(s for s in answered if s["object"]["definition"]["interactionType"] == "matching")
    assert matching["object"]["definition"]["source"] and matching["object"]["definition"]["target"]
    scenario = next(s for s in answered if s["object"]["definition"]["interactionType"] == "performance")
    assert scenario["object"]["definition"]["steps"]
    assert re.fullmatch(r"\w+\[\.\]\d+(\[,\]\w+\[\.\]\d+)*", scenario["result"]["response"])
    results = [s for s in first if s["verb"]["id"].endswith(("passed", "failed"))]
    for s in results:
        assert s["result"]["duration"].startswith("PT") and s["result"]["completion"] is True
        assert 0 <= s["result"]["score"]["scaled"] <= 1 and s["result"]["score"]["max"] == 100


def test_only_chosen_learners_are_exported(tmp_path):
    data = tmp_path / "data"
    learners = fill(data, SAMPLE_MODULES, learners=2)
    only = export(tmp_path, data, "one.json", "--learner", learners[0])
    assert {s["actor"]["account"]["name"] for s in only} == {learners[0]}


def test_duration_and_timestamp_formats():
    assert iso_duration(0) == "PT0S"
    assert iso_duration(3723.5) == "PT1H2M3.5S"
    assert iso_timestamp("2025-03-01T10:00:00+05:00") == "2025-03-01T05:00:00.000Z"
    assert iso_timestamp("2025-03-01T10:00:00") == "2025-03-01T10:00:00.000Z"
