"""The program as a user runs it: help, version, self-test, and an answer surviving SIGKILL."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap

from tests.conftest import ROOT, SAMPLE_MODULES
from trainer import __version__


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
    )


def test_help_lists_every_subcommand():
    out = run("--help").stdout
    for command in ("validate", "self-test", "gui"):
        assert command in out
    assert "--data-dir" in out and "--version" in out


def test_version():
    assert run("--version").stdout.strip() == f"Qorgau {__version__}"


def test_self_test_passes_on_sample_content(tmp_path):
    result = run("--content-dir", str(SAMPLE_MODULES), "self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout
    assert result.stdout.count("ok   grading") == 7


def test_answer_given_just_before_sigkill_is_kept(tmp_path):
    """A learner answers, the laptop's process is killed: the answer is in the database."""
    data = tmp_path / "data"
    script = textwrap.dedent(
        f"""
        import sys, time
        from pathlib import Path
        sys.path.insert(0, {str(ROOT)!r})
        from trainer.services.context import AppContext
        from trainer.domain.grading import key_response
        ctx = AppContext.open(Path({str(data)!r}), Path({str(SAMPLE_MODULES)!r}))
        learner = ctx.store.create_learner("Yerlan", "police", "Akmola Region")
        module = ctx.catalogue.modules["sample-01-basics"]
        session = ctx.quizzes.start_or_resume(learner.id, module)
        q = session.questions[0]
        ctx.quizzes.answer(session, q.id, key_response(q))
        print(session.attempt.id, q.id, flush=True)
        time.sleep(60)
        """
    )
    data.mkdir()
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    line = proc.stdout.readline().split()
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL
    attempt_id, question_id = line
    conn = sqlite3.connect(data / "qorgau.db")
    rows = conn.execute("SELECT question_id, correct FROM responses WHERE attempt_id = ?", [attempt_id]).fetchall()
    assert rows == [(question_id, 1)]
    conn.close()
    # After a restart the attempt resumes at the next question.
    from trainer.services.context import AppContext

    ctx = AppContext.open(data, SAMPLE_MODULES)
    learner = ctx.store.learners()[0]
    session = ctx.quizzes.start_or_resume(learner.id, ctx.catalogue.modules["sample-01-basics"])
    assert session.attempt.id == attempt_id and session.next_index == 1
    ctx.close()
