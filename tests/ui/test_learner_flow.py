"""A new learner from first run to certificate, as a person would go through it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from tests.conftest import SAMPLE_MODULES
from trainer.domain.grading import key_response
from trainer.services.context import AppContext
from trainer.ui.dialogs import Ask
from trainer.ui.main_window import MainWindow


@pytest.fixture
def open_app(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(Ask, "confirm", staticmethod(lambda *a, **k: True))
    opened = []

    def _open():
        ctx = AppContext.open(tmp_path, SAMPLE_MODULES)
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.resize(1280, 720)
        window.show()
        opened.append(ctx)
        return window

    yield _open
    for ctx in opened:
        ctx.close()


def answer_current(window: MainWindow, right: bool = True) -> str:
    runner = window.runner
    q = runner.current_question()
    runner.set_answer(key_response(q) if right else _wrong(q))
    assert runner.submit_button.isEnabled(), q.id
    runner.submit_button.click()
    return q.id


def _wrong(q):
    if q.type == "true_false":
        return not q.answer
    return key_response(q)


def finish_quiz(window: MainWindow) -> None:
    runner = window.runner
    while window.stack.currentWidget() is runner:
        answer_current(window)
        if runner.next_button.isVisible():
            runner.next_button.click()
    if window.stack.currentWidget() is window.navigator:  # feedback at the end: the question list first
        window.navigator.finish_button.click()


def test_new_user_creates_profile_reads_answers_resumes_and_passes(open_app, tmp_path, monkeypatch):
    window = open_app()
    assert window.stack.currentWidget() is window.welcome
    window.welcome.start_button.click()
    form = window.profile_form
    form.save_button.click()
    assert "full name" in form.error.text()
    form.name.setText("Әлия Қасымқызы")
    form.role.setCurrentIndex(form.role.findData("police"))
    form.region.setCurrentIndex(form.region.findData("pavlodar"))
    form.unit.setText("District police department")
    form.save_button.click()
    assert window.stack.currentWidget() is window.home
    assert "Әлия Қасымқызы" in window.home.greeting.text()

    # Module 2 is locked until module 1 is passed.
    states = {s.module.id: s for s in window.home.states}
    assert states["sample-02-practice"].locked and not states["sample-01-basics"].locked

    window.open_module("sample-01-basics")
    reader = window.reader
    assert window.stack.currentWidget() is reader
    assert "Protective orders" in reader.browser.toPlainText()
    reader.next_button.click()  # the only lesson: marks it read and goes to the quiz
    # The start screen says what the quiz asks; Start begins the attempt.
    assert window.stack.currentWidget() is window.quiz_start
    window.quiz_start.start_button.click()
    assert window.stack.currentWidget() is window.runner
    assert window.runner.progress_label.text() == "Question 1 of 4"
    first_ids = [q.id for q in window.runner.feed.questions]
    answer_current(window)
    assert window.runner.feedback.isVisible()
    assert "Source:" in window.runner.feedback.toPlainText()
    window.runner.next_button.click()
    answer_current(window)
    window.close()

    # Reopen: the single profile opens directly, "continue" resumes at question 3 in the same order.
    window = open_app()
    assert window.stack.currentWidget() is window.home
    assert window.home.continue_button.isEnabled()
    states = {s.module.id: s for s in window.home.states}
    assert states["sample-01-basics"].lessons_read == 1 and states["sample-01-basics"].in_progress
    window.home.continue_button.click()
    assert window.stack.currentWidget() is window.runner
    assert [q.id for q in window.runner.feed.questions] == first_ids
    assert window.runner.progress_label.text() == "Question 3 of 4"
    finish_quiz(window)
    assert window.stack.currentWidget() is window.results
    assert "passed" in window.results.verdict.text()
    assert window.results.certificate_button.isVisible()

    # The certificate PDF carries the learner's name and its verification code.
    saved = tmp_path / "certificate.pdf"
    monkeypatch.setattr(Ask, "save_path", staticmethod(lambda *a, **k: str(saved)))
    monkeypatch.setattr(Ask, "certificate_layout", staticmethod(lambda *a, **k: "single"))
    messages = []
    monkeypatch.setattr(Ask, "inform", staticmethod(lambda *a: messages.append(a[2])))
    window.results.certificate_button.click()
    from pypdf import PdfReader

    text = " ".join(" ".join(page.extract_text() for page in PdfReader(saved).pages).split())
    assert "Әлия Қасымқызы" in text
    code = messages[-1].rsplit(" ", 1)[-1]
    assert window.ctx.certificates.verify(code) is not None

    # Module 2 (ordering, matching, scenario) is now open; its feedback comes at the end.
    window.show_home()
    states = {s.module.id: s for s in window.home.states}
    assert states["sample-01-basics"].passed and not states["sample-02-practice"].locked
    window.take_quiz("sample-02-practice")
    kinds = [q.type for q in window.runner.feed.questions]
    assert sorted(kinds) == ["matching", "ordering", "scenario"]
    finish_quiz(window)
    assert window.stack.currentWidget() is window.results
    review = window.results.review.toPlainText()
    assert "Your answer:" in review and "Source:" in review


def test_profile_with_pin_asks_for_it(open_app, monkeypatch):
    window = open_app()
    window.ctx.learners.create("Dana", "judge", "astana", pin="2468")
    window.ctx.learners.create("Marat", "prosecutor", "almaty")
    window.show_start()
    assert window.stack.currentWidget() is window.chooser
    assert window.chooser.list.model().rowCount() == 2
    dana = next(p for p in window.ctx.learners.profiles() if p.name == "Dana")
    monkeypatch.setattr(Ask, "pin", staticmethod(lambda *a, **k: "1111"))
    monkeypatch.setattr(Ask, "warn", staticmethod(lambda *a, **k: None))
    window.choose_profile(dana)
    assert window.learner is None
    monkeypatch.setattr(Ask, "pin", staticmethod(lambda *a, **k: "2468"))
    window.choose_profile(dana)
    assert window.learner.name == "Dana" and window.stack.currentWidget() is window.home


def test_leave_now_hides_content_at_once(open_app, qtbot):
    window = open_app()
    window.ctx.learners.create("Saule", "social_worker", "kostanay")
    window.show_start()
    window.open_module("sample-01-basics")
    assert window.leave_shortcut.key() == QKeySequence(Qt.Key.Key_Escape)
    window.leave_shortcut.activated.emit()
    assert window.stack.currentWidget() is window.cover
    window.cover.button.click()
    assert window.stack.currentWidget() is window.reader


def test_zoom_is_remembered_per_learner(open_app, qtbot):
    window = open_app()
    learner = window.ctx.learners.create("Saule", "social_worker", "kostanay")
    window.show_start()
    window.open_module("sample-01-basics")
    window.reader.set_zoom(3)
    assert window.ctx.store.learner(learner.id).prefs["zoom"] == 3
    window.close()
    again = open_app()
    assert again.reader.zoom == 3


def test_a_scenario_left_midway_resumes_at_the_next_step_with_the_story_so_far(open_app):
    from trainer.domain.attempt import scenario_choice_orders
    from trainer.domain.model import Scenario
    from trainer.ui.answer_widgets import ScenarioWidget

    window = open_app()
    window.ctx.learners.create("Aruzhan Bekova", "police", "astana")
    window.show_start()
    window.take_quiz("sample-02-practice")
    runner = window.runner
    while not isinstance(runner.current_question(), Scenario):
        answer_current(window)
        if runner.next_button.isVisible():
            runner.next_button.click()
    widget = runner.answer_widget
    assert isinstance(widget, ScenarioWidget)
    q = runner.current_question()
    # The choices appear in the order the attempt drew, not as written.
    order = scenario_choice_orders(q, window.session.plan.option_orders)["arrive"]
    assert list(widget.choices.buttons) == [str(i) for i in order]
    widget.choose(1)  # talk to both together: a poor first step
    widget.continue_()
    attempt_id = window.session.attempt.id
    window.close()

    again = open_app()
    again.show_start()
    again.take_quiz("sample-02-practice")
    resumed = again.runner.answer_widget
    assert again.session.attempt.id == attempt_id
    assert isinstance(resumed, ScenarioWidget)
    assert resumed.path == (1,) and resumed.phase == "choosing" and resumed.node_id == "together"
    story = resumed.findChild(type(resumed.step_label), "scenario_story")
    assert story is not None and q.nodes["arrive"].choices[1].text in story.text()
    # Recover: ask to speak to her alone after all, then do the right thing.
    resumed.choose(0)
    resumed.continue_()
    resumed.choose(0)
    resumed.continue_()
    resumed.choose(0)
    resumed.continue_()
    again.runner.submit_button.click()
    (saved,) = [r for r in again.ctx.store.responses(attempt_id) if r.question_id == q.id]
    assert saved.response == [1, 0, 0, 0]
    assert 0 < saved.score < 1 and not saved.correct
