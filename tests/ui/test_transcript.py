"""The trainer's transcript of a learner: each answer marked right, partly correct or wrong."""

from __future__ import annotations

from types import SimpleNamespace

from trainer.ui.trainer.learners_tab import transcript_html


def _transcript(*responses):
    learner = SimpleNamespace(
        name="Aigerim", role="police", region="astana", unit="", created="2025-01-02T10:00", active=True
    )
    attempt = SimpleNamespace(
        finished="2025-01-03T10:30",
        passed=False,
        score=53.0,
        duration_seconds=600,
        module_title="First response",
        content_version="1.0",
        started="2025-01-03T10:20",
        responses=list(responses),
    )
    return SimpleNamespace(learner=learner, certificates=[], attempts=[attempt])


def _response(qid: str, correct: bool, score: float):
    return SimpleNamespace(question=None, question_id=qid, response=[1, 0], correct=correct, score=score)


def test_partial_credit_is_marked_partly_correct_not_wrong(qtbot):
    """A 60% scenario is "◐ partly correct (60%)"; 0% is wrong and 100% right."""
    html = transcript_html(_transcript(_response("q1", False, 0.6), _response("q2", False, 0.0), _response("q3", True, 1.0)))
    assert "◐ partly correct (60%)" in html
    assert "wrong (60%)" not in html
    assert "✘ wrong (0%)" in html
    assert "✔ right (100%)" in html
