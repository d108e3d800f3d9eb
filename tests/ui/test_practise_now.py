"""Practise now: with no review due, questions from the modules already passed."""

from __future__ import annotations

from tests.ui.test_learner_flow import answer_current, finish_quiz, open_app  # noqa: F401 - open_app is a fixture
from trainer.ui.dialogs import Ask


def test_practise_now_draws_from_passed_modules_and_returns_home(open_app, monkeypatch):  # noqa: F811
    window = open_app()
    window.ctx.learners.create("Saule", "police", "kostanay")
    window.show_start()
    home = window.home
    assert home.practise_button.isVisible() and not home.practise_button.isEnabled()  # nothing passed yet

    window.take_quiz("sample-01-basics")
    finish_quiz(window)
    window.show_home()
    assert home.review_button.text() == "&Review (0 due)"
    assert home.practise_button.isVisible() and home.practise_button.isEnabled()
    home.practise_button.click()
    runner = window.runner
    assert window.stack.currentWidget() is runner and runner.title.text() == "Practice"
    questions = runner.feed.questions
    assert questions and all(q.id.startswith("sample-01-basics.") for q in questions)
    assert not runner.skip_button.isVisible()  # immediate feedback, as in a review
    said = []
    monkeypatch.setattr(Ask, "inform", staticmethod(lambda *a: said.append(a[2])))
    for _ in questions:
        answer_current(window)
        runner.next_button.click()
    assert said == ["Review finished. Well done."]
    assert window.stack.currentWidget() is home
    assert window.ctx.store.open_attempt(window.learner.id, "sample-01-basics") is None  # no quiz attempt


def test_practise_now_gives_way_to_due_reviews(open_app, monkeypatch):  # noqa: F811
    window = open_app()
    window.ctx.learners.create("Saule", "police", "kostanay")
    window.show_start()
    module = window.ctx.catalogue.modules["sample-01-basics"]
    monkeypatch.setattr(window.ctx.reviews, "due", lambda *a, **k: [(module, module.quiz.questions[0])])
    window.show_home()
    assert window.home.review_button.isEnabled() and not window.home.practise_button.isVisible()
