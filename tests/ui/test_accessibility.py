"""What a screen-reader or keyboard-only learner gets: announcements, one object per option, every box reachable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget

from trainer.domain.grading import key_response
from trainer.ui.announce import last_announcement
from trainer.ui.answer_widgets import ScenarioWidget, make_answer_widget
from trainer.ui.quiz_runner import QuestionFeed, QuizRunner


def _question(catalogue, kind):
    return next(q for m in catalogue.modules.values() for q in m.quiz.questions if q.type == kind)


def test_every_check_box_is_reached_by_tab_and_by_the_arrow_keys(qtbot, catalogue):
    q = _question(catalogue, "multiple_response")
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    before, widget, after = QPushButton("Before"), make_answer_widget(q, None), QPushButton("After")
    for w in (before, widget, after):
        layout.addWidget(w)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    before.setFocus()
    reached = []
    for _ in range(len(q.options) + 1):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        reached.append(window.focusWidget().accessibleName() or window.focusWidget().text())
    assert reached == [o.text for o in q.options] + ["After"]
    widget.choices.first_button().setFocus()
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Down)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Space)
    assert widget.response() == [q.options[1].id]


def test_each_option_is_one_accessible_object(qtbot, catalogue):
    for kind in ("single_choice", "multiple_response"):
        q = _question(catalogue, kind)
        widget = make_answer_widget(q, None)
        qtbot.addWidget(widget)
        texts = {o.text for o in q.options}
        labels = [lab.text() for lab in widget.findChildren(QLabel)]
        assert not texts & set(labels), "an option's text is also exposed as a label"
        names = {b.accessibleName() for b in widget.choices.buttons.values()}
        assert names == texts


def _runner(qtbot, questions, immediate=True) -> QuizRunner:
    runner = QuizRunner()
    qtbot.addWidget(runner)
    runner.resize(1000, 700)
    runner.show()
    from trainer.domain.grading import grade

    runner.start(
        QuestionFeed("Sample", questions, {}, lambda qid, r: grade(next(q for q in questions if q.id == qid), r), immediate)
    )
    return runner


def test_question_feedback_and_next_step_are_announced(qtbot, catalogue):
    q = _question(catalogue, "true_false")
    runner = _runner(qtbot, [q])
    assert last_announcement(runner.progress_label).startswith("Question 1 of 1.")
    runner.set_answer(not q.answer)
    runner.submit_button.click()
    heard = last_announcement(runner.feedback)
    assert heard.startswith("Answer saved. ✗ Not correct.")
    assert " ".join(q.explanation.split()) in heard
    assert QApplication.focusWidget() is runner.next_button or not runner.isActiveWindow()


def test_scenario_consequences_and_ending_are_announced(qtbot, catalogue):
    q = _question(catalogue, "scenario")
    widget = make_answer_widget(q, None)
    qtbot.addWidget(widget)
    assert isinstance(widget, ScenarioWidget)
    widget.choose(0)
    choice = q.nodes[q.start].choices[0]
    assert choice.feedback in last_announcement(widget)
    assert choice.text in last_announcement(widget)
    path = list(key_response(q))
    widget.continue_()
    for index in path[1:]:
        widget.choose(index)
        widget.continue_()
    assert widget.finished()
    assert last_announcement(widget).startswith("The end.")


def test_a_new_user_can_type_their_name_right_after_create_my_profile(qtbot, tmp_path):
    """Keyboard only: Enter on "Create my profile", then typing, fills the name field."""
    from tests.conftest import SAMPLE_MODULES
    from trainer.services.context import AppContext
    from trainer.ui.main_window import MainWindow

    ctx = AppContext.open(tmp_path, SAMPLE_MODULES)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.stack.currentWidget() is window.welcome
    window.welcome.start_button.setFocus()
    qtbot.keyClick(window.welcome.start_button, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.profile_form
    qtbot.keyClicks(window.focusWidget(), "Aigerim Bekova")
    assert window.profile_form.name.text() == "Aigerim Bekova"
    window.close()
    ctx.close()
