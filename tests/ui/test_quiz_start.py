"""The screen before an attempt: what the quiz asks of the learner, then Start or Back."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.test_learner_flow import finish_quiz, open_app  # noqa: F401 - open_app is a fixture


def _home_with_learner(open_app):  # noqa: F811
    window = open_app()
    window.ctx.learners.create("Saule", "social_worker", "kostanay")
    window.show_start()
    return window


def test_take_the_quiz_shows_the_start_screen_and_enter_starts(open_app, qtbot):  # noqa: F811
    window = _home_with_learner(open_app)
    window.request_quiz("sample-01-basics")
    screen = window.quiz_start
    assert window.stack.currentWidget() is screen
    facts = screen.facts.text()
    assert "Questions: 4." in facts and "Pass mark: 70%." in facts
    assert "Attempts left: 3." in facts and "after each answer" in facts
    assert not screen.notice.isVisible()
    assert window.session is None  # nothing is started before Start
    qtbot.keyClick(screen, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.runner
    assert window.runner.progress_label.text() == "Question 1 of 4"


def test_back_returns_without_starting(open_app, qtbot):  # noqa: F811
    window = _home_with_learner(open_app)
    window.request_quiz("sample-01-basics")
    window.quiz_start.back_button.click()
    assert window.stack.currentWidget() is window.home
    assert window.ctx.store.open_attempt(window.learner.id, "sample-01-basics") is None
    window.request_quiz("sample-01-basics")
    qtbot.keyClick(window.quiz_start, Qt.Key.Key_Backspace)
    assert window.stack.currentWidget() is window.home


def test_from_the_reader_back_returns_to_the_lessons(open_app):  # noqa: F811
    window = _home_with_learner(open_app)
    window.open_module("sample-01-basics")
    window.reader.quiz_button.click()
    assert window.stack.currentWidget() is window.quiz_start
    window.quiz_start.back_button.click()
    assert window.stack.currentWidget() is window.reader


def test_end_feedback_and_unlimited_attempts_are_said(open_app):  # noqa: F811
    window = _home_with_learner(open_app)
    window.request_quiz("sample-02-practice")
    facts = window.quiz_start.facts.text()
    assert "Attempts: unlimited." in facts and "at the end" in facts and "Pass mark: 60%." in facts


def test_again_on_a_passed_module_says_it_spends_an_attempt(open_app):  # noqa: F811
    window = _home_with_learner(open_app)
    window.request_quiz("sample-01-basics")
    window.quiz_start.start_button.click()
    finish_quiz(window)
    assert "passed" in window.results.verdict.text()
    window.results.retry_button.click()
    screen = window.quiz_start
    assert window.stack.currentWidget() is screen
    assert "Attempts left: 2." in screen.facts.text()
    assert "spends one of your 2 remaining attempts" in screen.notice.text()
    assert screen.notice.isVisible()


def test_passed_with_unlimited_attempts_says_so(open_app):  # noqa: F811
    window = _home_with_learner(open_app)
    window.take_quiz("sample-01-basics")
    finish_quiz(window)
    window.take_quiz("sample-02-practice")
    finish_quiz(window)
    window.show_home()
    window.request_quiz("sample-02-practice")
    assert "Attempts are unlimited" in window.quiz_start.notice.text()


def test_resuming_an_attempt_skips_the_start_screen(open_app):  # noqa: F811
    window = _home_with_learner(open_app)
    window.take_quiz("sample-01-basics")
    first = window.session.attempt.id
    window.show_home()
    window.request_quiz("sample-01-basics")
    assert window.stack.currentWidget() is window.runner
    assert window.session.attempt.id == first
