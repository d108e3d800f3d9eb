"""A scenario interrupted by SIGKILL resumes at the next step; the steps already taken stay taken."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import pytest

from tests.conftest import ROOT, SAMPLE_MODULES
from tests.e2e.killing import kill_after_ready
from trainer.domain.grading import InvalidResponse

DRIVER = ROOT / "tests" / "e2e" / "gui_driver.py"
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def test_gui_killed_after_two_scenario_steps_resumes_at_step_three(tmp_path):
    data = tmp_path / "data"
    words = kill_after_ready("scenario", data)
    assert words[:1] == ["ready"], words
    attempt_id, question_id, *path = words[1:]
    assert path == ["1", "0"]
    conn = sqlite3.connect(data / "qorgau.db")
    rows = conn.execute(
        "SELECT step, choice FROM scenario_steps WHERE attempt_id = ? AND question_id = ? ORDER BY step",
        [attempt_id, question_id],
    ).fetchall()
    conn.close()
    assert rows == [(0, 1), (1, 0)]

    again = subprocess.run(
        [sys.executable, str(DRIVER), "scenario-resume", str(data), str(SAMPLE_MODULES)],
        capture_output=True,
        text=True,
        timeout=120,
        env=ENV,
    )
    assert again.returncode == 0, again.stderr
    first, step = again.stdout.splitlines()[:2]
    assert first.split() == ["resumed", attempt_id, question_id, "choosing", "1", "0"]
    assert step == "Step 3"


def test_a_kept_step_cannot_be_chosen_again(catalogue, store):
    from trainer.services.quiz import QuizService

    module = catalogue.modules["sample-02-practice"]
    learner = store.create_learner("Dana", "police", "astana")
    service = QuizService(store)
    session = service.start_or_resume(learner.id, module)
    qid = "sample-02-practice.s1"
    service.take_step(session, qid, [1])
    resumed = QuizService(store).start_or_resume(learner.id, module)
    assert resumed.steps == {qid: [1]}
    with pytest.raises(InvalidResponse):
        service.take_step(resumed, qid, [0])  # going back on step 1
    with pytest.raises(InvalidResponse):
        service.answer(resumed, qid, [0, 0, 0])  # a finished path that ignores step 1
    service.take_step(resumed, qid, [1, 0])
    g = service.answer(resumed, qid, [1, 0, 0, 0])
    assert 0 < g.score < 1 and not g.correct
    assert QuizService(store).start_or_resume(learner.id, module).steps == {}
