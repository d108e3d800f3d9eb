"""The answer widgets turn what a learner does into responses that grading accepts."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QPushButton, QScrollArea, QVBoxLayout, QWidget

from trainer.domain.grading import grade, key_response
from trainer.domain.model import QUESTION_TYPES, Option
from trainer.domain.scenario import best_path, walk
from trainer.ui.answer_widgets import (
    AnswerWidget,
    MatchingWidget,
    NumericWidget,
    OrderingWidget,
    ScenarioWidget,
    debrief_html,
    dimension_label,
    format_number,
    make_answer_widget,
    parse_number,
)


@pytest.fixture
def questions(catalogue):
    """The sample quizzes' questions by type (the samples hold one of each)."""
    return {q.type: q for m in catalogue.modules.values() for q in m.quiz.questions}


def make(qtbot, question, order=None) -> AnswerWidget:
    """An answer widget registered with qtbot so it is closed after the test."""
    widget = make_answer_widget(question, order)
    qtbot.addWidget(widget)
    return widget


def show(qtbot, widget: QWidget) -> None:
    """Show and activate the widget, which keyboard shortcuts need."""
    widget.resize(900, 500)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def button_order(widget) -> list[str]:
    """The accessible names of the option buttons, top to bottom."""
    buttons = widget.findChildren(QAbstractButton)
    buttons = [b for b in buttons if b.objectName().startswith("option_")]
    return [b.accessibleName() for b in sorted(buttons, key=lambda b: b.mapTo(widget, QPoint(0, 0)).y())]


# -- single choice, multiple response, true/false ----------------------------------------------


def test_single_choice_follows_the_plan_order_and_grades(qtbot, questions):
    q = questions["single_choice"]
    widget = make(qtbot, q, ("c", "a", "b"))
    widget.resize(900, 500)
    widget.show()
    assert button_order(widget) == ["Article 25", "Article 17", "Article 20"]
    assert widget.response() is None
    with qtbot.waitSignal(widget.changed):
        widget.button("b").click()
    assert widget.response() == "b"
    assert grade(q, widget.response()).correct
    widget.button("a").click()
    assert widget.response() == "a"
    assert not grade(q, widget.response()).correct


def test_clicking_the_wrapped_label_chooses_the_option(qtbot, questions):
    widget = make(qtbot, questions["single_choice"])
    widget.resize(900, 500)
    widget.show()
    label = widget.choices.rows[1].label
    assert label.wordWrap()
    with qtbot.waitSignal(widget.changed):
        qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    assert widget.response() == "b"


def test_single_choice_round_trips_and_locks(qtbot, questions):
    widget = make(qtbot, questions["single_choice"])
    with qtbot.assertNotEmitted(widget.changed):
        widget.set_response("c")
    assert widget.response() == "c"
    widget.set_response(None)
    assert widget.response() is None
    widget.set_response("zzz")
    assert widget.response() is None
    widget.set_response("a")
    widget.set_locked(True)
    widget.button("b").click()
    assert widget.response() == "a"
    assert not widget.button("b").isEnabled()


def test_multiple_response_collects_every_checked_option(qtbot, questions):
    q = questions["multiple_response"]
    widget = make(qtbot, q, ("e", "d", "c", "b", "a"))
    assert widget.response() is None
    for key in ("d", "a", "b", "c"):
        widget.button(key).click()
    assert widget.response() == ["a", "b", "c", "d"]
    assert grade(q, widget.response()).correct
    widget.button("e").click()
    g = grade(q, widget.response())
    assert not g.correct
    assert g.score == pytest.approx(0.75)
    for key in ("a", "b", "c", "d", "e"):
        widget.button(key).click()
    assert widget.response() is None


def test_multiple_response_round_trips(qtbot, questions):
    widget = make(qtbot, questions["multiple_response"])
    widget.set_response(["b", "e"])
    assert widget.response() == ["b", "e"]
    widget.set_response([])
    assert widget.response() is None


def test_true_false_gives_a_bool(qtbot, questions):
    q = questions["true_false"]
    widget = make(qtbot, q)
    assert widget.response() is None
    widget.button("true").click()
    assert widget.response() is True
    assert grade(q, widget.response()).correct
    widget.button("false").click()
    assert widget.response() is False
    assert not grade(q, widget.response()).correct
    widget.set_response(True)
    assert widget.response() is True
    assert widget.button("true").accessibleName() == "True"


def test_arrow_keys_move_between_radio_buttons(qtbot, questions):
    widget = make(qtbot, questions["single_choice"])
    show(qtbot, widget)
    widget.setFocus()
    assert widget.button("a").hasFocus()
    qtbot.keyClick(widget.button("a"), Qt.Key.Key_Down)
    assert widget.button("b").hasFocus()
    qtbot.keyClick(widget.button("b"), Qt.Key.Key_Space)
    assert widget.response() == "b"


# -- ordering ----------------------------------------------------------------------------------


def test_ordering_starts_in_the_plan_order_and_is_always_complete(qtbot, questions):
    q = questions["ordering"]
    widget = make(qtbot, q, ("a25", "a17", "a21", "a20"))
    assert isinstance(widget, OrderingWidget)
    assert widget.response() == ["a25", "a17", "a21", "a20"]
    assert widget.list.dragDropMode() == QAbstractItemView.DragDropMode.InternalMove
    assert widget.list.item(0).text() == "1. Confidentiality"
    assert grade(q, widget.response()).score < 1


def test_ordering_by_the_move_buttons(qtbot, questions):
    q = questions["ordering"]
    widget = make(qtbot, q, ("a25", "a17", "a21", "a20"))
    # Move Confidentiality (first) to the bottom.
    widget.list.setCurrentRow(0)
    for _ in range(3):
        with qtbot.waitSignal(widget.changed):
            widget.down_button.click()
    assert widget.response() == ["a17", "a21", "a20", "a25"]
    assert widget.list.currentRow() == 3
    widget.down_button.click()  # already last: nothing happens
    assert widget.response() == ["a17", "a21", "a20", "a25"]
    # Move Protective orders (third) up one place.
    widget.list.setCurrentRow(2)
    widget.up_button.click()
    assert widget.response() == ["a17", "a20", "a21", "a25"]
    assert grade(q, widget.response()).correct
    assert [widget.list.item(i).text()[:2] for i in range(4)] == ["1.", "2.", "3.", "4."]


def test_ordering_by_alt_arrow_shortcuts(qtbot, questions):
    q = questions["ordering"]
    widget = make(qtbot, q, ("a20", "a17", "a21", "a25"))
    show(qtbot, widget)
    widget.setFocus()
    assert widget.list.hasFocus()
    qtbot.keyClick(widget.list, Qt.Key.Key_Down)
    assert widget.list.currentRow() == 1
    with qtbot.waitSignal(widget.changed):
        qtbot.keyClick(widget.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert widget.response() == ["a17", "a20", "a21", "a25"]
    assert grade(q, widget.response()).correct
    qtbot.keyClick(widget.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert widget.response() == ["a20", "a17", "a21", "a25"]


def test_ordering_follows_a_drop(qtbot, questions):
    """A drag and drop moves a row in the model; the widget renumbers and reports it."""
    widget = make(qtbot, questions["ordering"], ("a20", "a17", "a21", "a25"))
    with qtbot.waitSignal(widget.changed):
        widget.list.model().moveRow(QModelIndex(), 3, QModelIndex(), 0)
    assert widget.response() == ["a25", "a20", "a17", "a21"]
    assert widget.list.item(0).text() == "1. Confidentiality"


def test_ordering_round_trips_and_locks(qtbot, questions):
    widget = make(qtbot, questions["ordering"], ("a20", "a17", "a21", "a25"))
    with qtbot.assertNotEmitted(widget.changed):
        widget.set_response(["a25", "a21", "a20", "a17"])
    assert widget.response() == ["a25", "a21", "a20", "a17"]
    widget.set_locked(True)
    widget.list.setCurrentRow(0)
    widget.down_button.click()
    widget.move_down()
    assert widget.response() == ["a25", "a21", "a20", "a17"]
    assert widget.list.dragDropMode() == QAbstractItemView.DragDropMode.NoDragDrop


# -- matching ----------------------------------------------------------------------------------


def test_matching_is_incomplete_until_every_row_is_chosen(qtbot, questions):
    q = questions["matching"]
    widget = make(qtbot, q, ("fine", "res", "det", "po"))
    assert isinstance(widget, MatchingWidget)
    combo = widget.combos["a20"]
    assert combo.itemText(0) == "Choose…"
    assert [combo.itemData(i) for i in range(1, combo.count())] == ["fine", "res", "det", "po"]
    assert combo.accessibleName() == "Article 20"
    assert widget.response() is None
    with qtbot.waitSignal(widget.changed):
        widget.choose("a20", "po")
    widget.choose("a21", "det")
    assert widget.response() is None
    widget.combos["a22"].setCurrentIndex(widget.combos["a22"].findData("res"))
    assert widget.response() == {"a20": "po", "a21": "det", "a22": "res"}
    assert grade(q, widget.response()).correct
    widget.choose("a22", "fine")
    g = grade(q, widget.response())
    assert not g.correct
    assert g.score == pytest.approx(2 / 3)
    widget.choose("a21", None)
    assert widget.response() is None


def test_matching_round_trips_and_locks(qtbot, questions):
    q = questions["matching"]
    widget = make(qtbot, q, None)
    with qtbot.assertNotEmitted(widget.changed):
        widget.set_response(key_response(q))
    assert widget.response() == key_response(q)
    widget.set_response({"a20": "po"})
    assert widget.response() is None
    widget.set_locked(True)
    assert not widget.combos["a20"].isEnabled()


# -- numeric -----------------------------------------------------------------------------------


def test_numeric_accepts_typed_numbers(qtbot, questions):
    q = questions["numeric"]
    widget = make(qtbot, q)
    assert isinstance(widget, NumericWidget)
    assert widget.unit.text() == "hours"
    assert widget.response() is None
    with qtbot.waitSignal(widget.changed):
        qtbot.keyClicks(widget.edit, "24")
    assert widget.response() == 24
    assert grade(q, widget.response()).correct
    widget.edit.clear()
    qtbot.keyClicks(widget.edit, "24,5")
    assert widget.edit.text() == "24.5"
    assert widget.response() == 24.5
    assert not grade(q, widget.response()).correct
    widget.edit.setText("24,5")
    assert widget.response() == 24.5
    assert not widget.hint_shown()


def test_numeric_rejects_words(qtbot, questions):
    widget = make(qtbot, questions["numeric"])
    qtbot.keyClicks(widget.edit, "abc")
    assert widget.edit.text() == ""
    assert widget.response() is None
    assert widget.hint_shown()
    assert "Enter a number" in widget.hint.text()
    widget.edit.setText("abc")  # pasted or set without the validator
    assert widget.response() is None
    assert widget.hint_shown()
    widget.edit.setText("24")
    assert not widget.hint_shown()
    widget.edit.setText("-")
    assert widget.response() is None
    assert not widget.hint_shown()
    for text in ("nan", "inf", "1e5", "1_000"):
        widget.edit.setText(text)
        assert widget.response() is None, text


def test_numeric_round_trips_and_locks(qtbot, questions):
    widget = make(qtbot, questions["numeric"])
    with qtbot.assertNotEmitted(widget.changed):
        widget.set_response(24)
    assert widget.edit.text() == "24"
    assert widget.response() == 24
    widget.set_response(2.5)
    assert widget.edit.text() == "2.5"
    widget.set_response(None)
    assert widget.response() is None
    widget.set_locked(True)
    assert widget.edit.isReadOnly()


@pytest.mark.parametrize(
    ("text", "value"), [("24", 24.0), (" 24.5 ", 24.5), ("24,5", 24.5), ("-3", -3.0), (".5", 0.5), ("7.", 7.0)]
)
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize(
    ("value", "text"), [(24.0, "24"), (2.5, "2.5"), (1e20, "100000000000000000000"), (-0.1, "-0.1")]
)
def test_format_number(value, text):
    assert format_number(value) == text
    assert parse_number(text) == value


# -- scenario ----------------------------------------------------------------------------------


def play(widget: ScenarioWidget, path) -> None:
    for index in path:
        assert widget.response() is None
        widget.choose(index)
        assert widget.phase == ScenarioWidget.CONSEQUENCE
        widget.continue_()


def test_scenario_played_along_the_best_path(qtbot, questions):
    q = questions["scenario"]
    widget = make(qtbot, q)
    assert isinstance(widget, ScenarioWidget)
    steps = []
    widget.step_taken.connect(steps.append)
    best = key_response(q)
    assert widget.text.text() == q.nodes[q.start].text
    for index in best[:-1]:
        with qtbot.assertNotEmitted(widget.changed):
            widget.choose(index)
            widget.continue_()
    widget.choose(best[-1])
    assert widget.continue_button is not None
    assert widget.response() is None
    with qtbot.waitSignal(widget.changed):
        widget.continue_()
    assert widget.finished()
    assert widget.response() == best
    assert steps == best
    g = grade(q, widget.response())
    assert g.correct
    assert g.score == 1.0
    ending = walk(q, best).current
    assert widget.text.text() == q.nodes[ending].text


def test_scenario_poor_path_and_feedback(qtbot, questions):
    q = questions["scenario"]
    widget = make(qtbot, q)
    widget.choose(1)
    feedback = q.nodes[q.start].choices[1].feedback
    assert widget.continue_button.accessibleDescription() == feedback
    assert any(label.text() == feedback for label in widget.findChildren(type(widget.text)))
    widget.continue_()
    play(widget, [1])
    assert widget.response() == [1, 1]
    g = grade(q, widget.response())
    assert not g.correct
    assert g.score == 0.0


def test_scenario_refuses_bad_steps(qtbot, questions):
    widget = make(qtbot, questions["scenario"])
    with pytest.raises(ValueError):
        widget.choose(5)
    with pytest.raises(RuntimeError):
        widget.continue_()
    widget.choose(0)
    with pytest.raises(RuntimeError):
        widget.choose(0)


def test_scenario_by_keyboard(qtbot, questions):
    q = questions["scenario"]
    widget = make(qtbot, q)
    show(qtbot, widget)
    widget.setFocus()
    first = widget.choices.buttons["0"]
    assert first.hasFocus()
    assert not widget.choose_button.isEnabled()
    second = widget.choices.buttons["1"]
    qtbot.keyClick(first, Qt.Key.Key_Down)  # arrows move the focus within the group
    assert second.hasFocus()
    qtbot.keyClick(second, Qt.Key.Key_Space)
    assert widget.choices.checked() == ["1"]
    assert widget.choose_button.isEnabled()
    qtbot.keyClick(second, Qt.Key.Key_Up)  # once one is chosen, arrows change the choice
    assert widget.choices.checked() == ["0"]
    with qtbot.waitSignal(widget.step_taken):
        qtbot.keyClick(widget.choices.buttons["0"], Qt.Key.Key_Return)
    assert widget.path == (0,)
    assert widget.continue_button.hasFocus()
    qtbot.keyClick(widget.continue_button, Qt.Key.Key_Return)
    assert widget.phase == ScenarioWidget.CHOOSING
    assert widget.choices.buttons["0"].hasFocus()
    widget.choices.buttons["0"].click()
    qtbot.keyClick(widget.choose_button, Qt.Key.Key_Space)
    assert widget.path == (0, 0)


def test_scenario_set_response_replays_to_the_ending(qtbot, questions):
    q = questions["scenario"]
    widget = make(qtbot, q)
    best = key_response(q)
    with qtbot.assertNotEmitted(widget.changed):
        widget.set_response(best)
    assert widget.finished()
    assert widget.response() == best
    widget.set_response([0])
    assert widget.response() is None
    assert widget.path == (0,)
    assert widget.phase == ScenarioWidget.CHOOSING
    widget.set_response([0, 9, 9])  # does not fit: replayed as far as it goes
    assert widget.path == (0,)
    widget.set_response(None)
    assert widget.path == ()
    widget.set_response(best)
    widget.set_locked(True)
    widget.set_response([0])
    assert not widget.choose_button.isEnabled()
    widget.choose(0)
    assert widget.path == (0,)


def test_debrief_shows_both_paths_and_the_scores(qtbot, questions):
    q = questions["scenario"]
    _, best = best_path(q)
    html = debrief_html(q, [1, 1])
    best_walk = walk(q, best)
    for node_id, index in zip(best_walk.nodes, best_walk.choices, strict=False):
        text = q.nodes[node_id].choices[index].text
        assert text.replace("'", "&#x27;") in html
    assert "Talk to both of them together in the kitchen." in html
    assert "Victim safety" in html
    assert "Victim-centred practice" in html
    assert "Poor outcome" in html
    assert "Under-reporting and silence" in html
    assert "<td align='right'>-3</td>" in html  # victim safety on the learner's path
    assert "You took the best path." in debrief_html(q, list(best))


def test_dimension_label_has_a_fallback():
    assert dimension_label("victim_safety") == "Victim safety"
    assert dimension_label("new_dimension_name") == "New dimension name"


# -- every kind --------------------------------------------------------------------------------


def test_every_kind_has_a_widget_that_accepts_the_key(qtbot, questions):
    assert set(questions) == set(QUESTION_TYPES)
    for q in questions.values():
        widget = make(qtbot, q)
        widget.set_response(key_response(q))
        response = widget.response()
        assert response == key_response(q), q.type
        assert grade(q, response).correct, q.type


def test_every_control_has_an_accessible_name(qtbot, questions):
    for q in questions.values():
        widget = make(qtbot, q)
        controls = [
            w
            for w in widget.findChildren(QWidget)
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.window() is widget
        ]
        assert controls, q.type
        for control in controls:
            assert control.accessibleName(), (q.type, type(control).__name__)


def test_tab_goes_from_the_scroll_area_through_the_controls(qtbot, questions):
    """Qt puts a new widget's controls last in the Tab order; the widget moves them back in place."""
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    before = QPushButton("Before")
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    after = QPushButton("After")
    for w in (before, scroll, after):
        layout.addWidget(w)
    host.show()

    def chain() -> list[str]:
        out, w = [], host.nextInFocusChain()
        while w is not host:
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisibleTo(host):
                out.append(w.accessibleName() or (w.text() if isinstance(w, QPushButton) else type(w).__name__))
            w = w.nextInFocusChain()
        return out

    scroll.setWidget(make_answer_widget(questions["ordering"], None))
    assert chain()[:5] == ["Before", "QScrollArea", "Items in your order", "Move up", "Move down"]
    assert chain()[-1] == "After"
    scenario = make_answer_widget(questions["scenario"], None)
    scroll.setWidget(scenario)
    first = [c.text for c in questions["scenario"].nodes["arrive"].choices]
    assert chain() == ["Before", "QScrollArea", *first, "Choose", "After"]
    scenario.choose(0)
    assert chain() == ["Before", "QScrollArea", "Continue", "After"]
    scenario.continue_()
    second = [c.text for c in questions["scenario"].nodes["alone"].choices]
    assert chain() == ["Before", "QScrollArea", *second, "Choose", "After"]


def test_ampersands_in_content_are_shown_as_written(qtbot, questions):
    q = questions["single_choice"]
    q = dataclasses.replace(q, options=(Option("a", "Police & prosecutors"), *q.options[1:]))
    widget = make(qtbot, q)
    assert widget.button("a").accessibleName() == "Police & prosecutors"
    assert widget.choices.rows[0].label.text() == "Police & prosecutors"  # drawn as written, no mnemonic


def test_numeric_accepts_spaces_between_thousands(qtbot, catalogue):
    """Russian and Kazakh write 60 852 for sixty thousand; the entry keeps the spaces and reads the number."""
    from trainer.ui.answer_widgets import NumericWidget

    question = next(q for m in catalogue.modules.values() for q in m.quiz.questions if q.type == "numeric")
    widget = NumericWidget(question)
    qtbot.addWidget(widget)
    qtbot.keyClicks(widget.edit, "60 852")
    assert widget.edit.text() == "60 852"
    assert widget.response() == 60852


def test_feedback_names_each_wrong_box_pair_and_position(qtbot, questions):
    """Partial answers are explained element by element, not only by showing the whole key."""
    from trainer.ui.quiz_runner import feedback_html

    mr = questions["multiple_response"]
    wrong = next(o for o in mr.options if o.id not in mr.answer)
    missed = [o for o in mr.options if o.id in mr.answer]
    response = [missed[0].id, wrong.id]
    g = grade(mr, response)
    assert g.marks[wrong.id] == "wrong" and g.marks[missed[0].id] == "right"
    assert all(g.marks[o.id] == "missed" for o in missed[1:])
    text = feedback_html(mr, response, g)
    assert f"You ticked “{wrong.text}”" in text
    assert all(f"You did not tick “{o.text}”" in text for o in missed[1:])

    matching = questions["matching"]
    first, second = matching.premises[0], matching.premises[1]
    swapped = dict(matching.answer)
    swapped[first.id], swapped[second.id] = swapped[second.id], swapped[first.id]
    g = grade(matching, swapped)
    assert g.marks == {p.id: ("wrong" if p.id in (first.id, second.id) else "right") for p in matching.premises}
    assert f"“{first.text}”: you matched" in feedback_html(matching, swapped, g)

    ordering = questions["ordering"]
    reordered = [ordering.answer[1], ordering.answer[0], *ordering.answer[2:]]
    g = grade(ordering, reordered)
    texts = {i.id: i.text for i in ordering.items}
    html = feedback_html(ordering, reordered, g)
    assert f"“{texts[ordering.answer[0]]}” belongs at position 1; you put it at 2" in html
    assert sum(1 for m in g.marks.values() if m == "wrong") == 2
