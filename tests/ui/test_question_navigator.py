"""Feedback at the end: questions can be skipped and flagged, and a list of them comes before Finish."""

from __future__ import annotations

from tests.ui.test_learner_flow import answer_current, open_app  # noqa: F401 - open_app is a fixture
from trainer.ui.dialogs import Ask


def _practice_quiz(open_app):  # noqa: F811
    window = open_app()
    window.ctx.learners.create("Saule", "police", "kostanay")
    window.show_start()
    window.take_quiz("sample-02-practice")  # feedback at the end
    return window


def _rows(window) -> list[str]:
    lst = window.navigator.list
    return [lst.item(i).text() for i in range(lst.count())]


def test_skip_and_flag_show_in_the_list_and_go_to_answers_later(open_app, monkeypatch):  # noqa: F811
    window = _practice_quiz(open_app)
    runner = window.runner
    assert runner.skip_button.isVisible() and runner.flag_button.isVisible()
    first = runner.current_question()
    runner.flag_button.click()
    runner.skip_button.click()  # question 1 left for later
    assert runner.index == 1
    answer_current(window)
    answer_current(window)  # the last: the list comes next, not the results
    assert window.stack.currentWidget() is window.navigator
    rows = _rows(window)
    assert rows[0].endswith("not answered, flagged") and first.prompt in rows[0]
    assert all(r.endswith("— answered") for r in rows[1:])
    assert "2 of 3 questions answered; 1 flagged." in window.navigator.summary.text()
    assert window.navigator.list.currentRow() == 0  # the first unanswered one is selected

    # Finishing now asks first, because one question is not answered; "No" stays on the list.
    asked = []
    monkeypatch.setattr(Ask, "confirm", staticmethod(lambda *a, **k: asked.append(a[2]) or False))
    window.navigator.finish_button.click()
    assert "Questions not answered: 1." in asked[0]
    assert window.stack.currentWidget() is window.navigator

    window.navigator.go_button.click()
    assert window.stack.currentWidget() is runner and runner.current_question() is first
    assert runner.flag_button.isChecked()
    runner.flag_button.click()  # unflag
    answer_current(window)
    assert window.stack.currentWidget() is window.navigator
    assert all(r.endswith("— answered") for r in _rows(window))
    window.navigator.finish_button.click()  # all answered: no question asked
    assert len(asked) == 1
    assert window.stack.currentWidget() is window.results
    assert "100%" in window.results.verdict.text()


def test_an_answered_question_is_shown_saved_and_locked(open_app):  # noqa: F811
    window = _practice_quiz(open_app)
    runner = window.runner
    for _ in range(3):
        answer_current(window)
    assert window.stack.currentWidget() is window.navigator
    window.navigator.list.setCurrentRow(0)
    window.navigator.go_button.click()
    assert runner.submitted and runner.answer_widget.is_locked()
    assert not runner.submit_button.isVisible() and not runner.skip_button.isVisible()
    assert runner.next_button.isVisible()
    runner.list_button.click()
    assert window.stack.currentWidget() is window.navigator


def test_a_resumed_attempt_keeps_its_answers_in_the_list(open_app):  # noqa: F811
    window = _practice_quiz(open_app)
    runner = window.runner
    runner.skip_button.click()
    answer_current(window)
    window.close()
    again = open_app()
    again.show_start()
    again.take_quiz("sample-02-practice")
    assert again.runner.index == 0  # the first unanswered question
    again.runner.list_button.click()
    rows = _rows(again)
    assert rows[0].endswith("not answered") and rows[1].endswith("— answered") and rows[2].endswith("not answered")


def test_immediate_feedback_has_no_list(open_app):  # noqa: F811
    window = open_app()
    window.ctx.learners.create("Saule", "police", "kostanay")
    window.show_start()
    window.take_quiz("sample-01-basics")
    assert not window.runner.skip_button.isVisible() and not window.runner.flag_button.isVisible()


def test_a_scenario_left_half_way_continues_when_you_come_back(open_app):  # noqa: F811
    from trainer.domain.grading import key_response
    from trainer.domain.model import Scenario

    window = _practice_quiz(open_app)
    runner = window.runner
    while not isinstance(runner.current_question(), Scenario):
        answer_current(window)
    q = runner.current_question()
    index = runner.index
    path = list(key_response(q))
    runner.answer_widget.choose(path[0])
    runner.answer_widget.continue_()
    runner.skip_button.click()
    if window.stack.currentWidget() is runner:  # questions after the scenario
        while window.stack.currentWidget() is runner:
            answer_current(window)
    window.navigator.list.setCurrentRow(index)
    window.navigator.go_button.click()
    widget = runner.answer_widget
    assert runner.current_question() is q and widget.path == (path[0],)
    for choice in path[1:]:
        widget.choose(choice)
        widget.continue_()
    runner.submit_button.click()
    assert window.stack.currentWidget() is window.navigator
    window.navigator.finish_button.click()
    assert "100%" in window.results.verdict.text()
