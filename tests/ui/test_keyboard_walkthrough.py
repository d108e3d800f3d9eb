"""Keyboard only, from the home screen through the start screen to the results: one question of every
type answered with key presses sent to whichever widget has the focus, as a learner without a mouse
would (Tab, Shift+Tab, arrows, Space, Enter, Alt+Up/Down, typing). No clicks, no setChecked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from tests.ui.test_learner_flow import open_app  # noqa: F401 - open_app is a fixture
from trainer.domain.grading import key_response
from trainer.domain.model import Matching, MultipleResponse, Numeric, Ordering, Scenario, SingleChoice, TrueFalse
from trainer.ui.answer_widgets import ScenarioWidget

TYPES = {"single_choice", "multiple_response", "true_false", "numeric", "matching", "ordering", "scenario"}


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
    """Press a key ``times`` times on the widget that has the keyboard focus now."""
    for _ in range(times):
        focused = QApplication.focusWidget()
        assert focused is not None, "nothing has the keyboard focus"
        QTest.keyClick(focused, key, modifier)


def tab_to(target: QWidget, limit: int = 60) -> None:
    """Press Tab until ``target`` has the focus; fails if Tab never reaches it."""
    for _ in range(limit):
        if QApplication.focusWidget() is target:
            return
        press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is target, f"Tab never reached {target!r} ({target.text()!r})"


def _answer_choice(widget, keys: list[str], exclusive: bool) -> None:
    """Radio buttons: Space takes the first, Down moves on and takes the next. Check boxes: Space
    ticks the one with the focus, Down moves to the next box."""
    order = list(widget.choices.buttons)  # option keys in the order shown
    assert QApplication.focusWidget() is widget.choices.buttons[order[0]]
    if exclusive:
        press(Qt.Key.Key_Space)
        press(Qt.Key.Key_Down, times=order.index(keys[0]))
        return
    for key in order:
        if key in keys:
            press(Qt.Key.Key_Space)
        press(Qt.Key.Key_Down)


def _answer_matching(widget, wanted: dict[str, str]) -> None:
    """Each premise's combo box in turn: Down steps through the responses, Tab goes to the next."""
    for premise_id, combo in widget.combos.items():
        tab_to(combo)
        press(Qt.Key.Key_Down, times=combo.findData(wanted[premise_id]))
        assert isinstance(QApplication.focusWidget(), QComboBox)


def _answer_ordering(widget, wanted: list[str]) -> None:
    """Arrow to an item, Alt+Up until it is in its place; the list is sorted from the top down."""
    tab_to(widget.list)
    for place, item_id in enumerate(wanted):
        row = widget.response().index(item_id)
        current = widget.list.currentRow()
        press(Qt.Key.Key_Down if row > current else Qt.Key.Key_Up, times=abs(row - current))
        assert widget.list.currentRow() == row
        press(Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier, times=row - place)
    assert widget.response() == wanted


def _answer_scenario(widget: ScenarioWidget, path: list[int]) -> None:
    """At each step: arrows to the choice, Enter takes it; then Space on Continue."""
    for step, choice in enumerate(path):
        order = [int(k) for k in widget.choices.buttons]
        tab_to(widget.choices.buttons[str(order[0])])
        press(Qt.Key.Key_Space)
        press(Qt.Key.Key_Down, times=order.index(choice))
        press(Qt.Key.Key_Return)
        if step < len(path) - 1 or widget.phase == widget.CONSEQUENCE:
            tab_to(widget.continue_button)
            press(Qt.Key.Key_Space)


def answer_by_keyboard(window) -> tuple[str, object]:
    """Answer the question on screen with keys only and submit it; returns (question id, answer)."""
    runner = window.runner
    q = runner.current_question()
    widget = runner.answer_widget
    wanted = key_response(q)
    if isinstance(q, (SingleChoice, TrueFalse)):
        keys = [("true" if wanted else "false")] if isinstance(q, TrueFalse) else [wanted]
        _answer_choice(widget, keys, exclusive=True)
    elif isinstance(q, MultipleResponse):
        _answer_choice(widget, list(wanted), exclusive=False)
    elif isinstance(q, Numeric):
        tab_to(widget.edit)
        QTest.keyClicks(widget.edit, str(wanted).rstrip("0").rstrip(".") if "." in str(wanted) else str(wanted))
    elif isinstance(q, Matching):
        _answer_matching(widget, wanted)
    elif isinstance(q, Ordering):
        _answer_ordering(widget, list(wanted))
    elif isinstance(q, Scenario):
        _answer_scenario(widget, list(wanted))
    given = widget.response()
    if isinstance(q, Numeric):
        press(Qt.Key.Key_Return)  # Enter in the number box submits it
    else:
        tab_to(runner.submit_button)
        press(Qt.Key.Key_Space)
    assert runner.answered.get(q.id) == given, q.id  # submitted (with feedback at the end, on to the next)
    return q.id, given


def _take_quiz_from_home(window) -> None:
    """From the home screen: Tab to "Take the quiz", Space; on the start screen, Space on Start."""
    assert window.stack.currentWidget() is window.home
    tab_to(window.home.quiz_button)
    press(Qt.Key.Key_Space)
    assert window.stack.currentWidget() is window.quiz_start
    assert QApplication.focusWidget() is window.quiz_start.start_button
    press(Qt.Key.Key_Space)
    assert window.stack.currentWidget() is window.runner


def _finish_questions(window) -> dict[str, object]:
    given = {}
    runner = window.runner
    while window.stack.currentWidget() is runner:
        qid, response = answer_by_keyboard(window)
        given[qid] = response
        button = runner.next_button
        if window.stack.currentWidget() is runner and runner.submitted and button.isVisible():
            tab_to(button)
            press(Qt.Key.Key_Space)
    return given


def test_every_question_type_answered_with_the_keyboard_only(qtbot, open_app):  # noqa: F811
    window = open_app()
    learner = window.ctx.learners.create("Saule", "police", "kostanay")
    window.show_start()
    with qtbot.waitActive(window):
        window.activateWindow()
    window.home.tree.setFocus()  # where the home screen puts it

    # Module 1 (feedback after each answer): single choice, multiple response, true/false, numeric.
    _take_quiz_from_home(window)
    given = _finish_questions(window)
    assert window.stack.currentWidget() is window.results
    tab_to(window.results.home_button)
    press(Qt.Key.Key_Space)

    # Module 2 (feedback at the end), opened by passing module 1: ordering, matching, scenario.
    assert QApplication.focusWidget() is window.home.tree
    for _ in range(4):  # Down the list to the second module
        if window.home._current_id() == "sample-02-practice":
            break
        press(Qt.Key.Key_Down)
    assert window.home._current_id() == "sample-02-practice"
    _take_quiz_from_home(window)
    given |= _finish_questions(window)
    assert window.stack.currentWidget() is window.navigator
    tab_to(window.navigator.finish_button)
    press(Qt.Key.Key_Space)
    assert window.stack.currentWidget() is window.results

    # Every type was answered, each answer recorded exactly as given, and each was right.
    ctx = window.ctx
    attempts = ctx.store.attempts(learner.id)
    recorded = {r.question_id: r for a in attempts for r in ctx.store.responses(a.id)}
    types = {q.id: q.type for m in ctx.catalogue.modules.values() for q in m.quiz.questions}
    assert {types[qid] for qid in given} == TYPES
    for qid, response in given.items():
        assert recorded[qid].response == response, qid
        assert recorded[qid].correct, qid
    assert all(a.passed for a in attempts)
