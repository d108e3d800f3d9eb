"""The learner's attitude form, feedback form and pre/post test, worked from the keyboard."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.ui.test_learner_flow import finish_quiz, open_app  # noqa: F401 - open_app is a fixture
from trainer.content.attitudes import load_attitudes
from trainer.domain.grading import key_response
from trainer.ui.attitude_form import AttitudeForm
from trainer.ui.feedback_form import FeedbackForm

ROOT = Path(__file__).resolve().parents[2]


def test_attitude_form_by_keyboard_with_a_skip(qtbot) -> None:
    """Arrows choose a value, Enter goes on, Skip leaves a statement unanswered (not a middle value)."""
    form = AttitudeForm()
    qtbot.addWidget(form)
    form.show()
    with qtbot.waitActive(form):
        form.activateWindow()
    form.ask([("s1", "First"), ("s2", "Second"), ("s3", "Third")])
    assert not form.next_button.isEnabled()  # nothing chosen yet: Next waits, Skip is there
    first = form.buttons[0]
    assert first.hasFocus()  # the first choice has the focus: no mouse needed
    qtbot.keyClick(first, Qt.Key.Key_Space)  # strongly disagree
    qtbot.keyClick(first, Qt.Key.Key_Down)  # disagree
    assert form.current_value() == 2
    qtbot.keyClick(form.group.checkedButton(), Qt.Key.Key_Return)
    assert form.statement.text() == "Second"
    qtbot.keyClick(form.skip_button, Qt.Key.Key_Space)
    assert form.statement.text() == "Third" and form.current_value() is None
    qtbot.keyClick(form.buttons[4], Qt.Key.Key_Space)
    with qtbot.waitSignal(form.submitted) as blocker:
        qtbot.keyClick(form.next_button, Qt.Key.Key_Space)
    assert blocker.args == [{"s1": 2, "s2": None, "s3": 5}]


def test_feedback_form_by_keyboard(qtbot) -> None:
    form = FeedbackForm()
    qtbot.addWidget(form)
    form.show()
    with qtbot.waitActive(form):
        form.activateWindow()
    form.ask("m1", "Module one")
    relevance = form.groups["relevance"].button(1)
    qtbot.keyClick(relevance, Qt.Key.Key_Space)
    for _ in range(3):
        qtbot.keyClick(form.groups["relevance"].checkedButton(), Qt.Key.Key_Right)
    clarity = form.groups["clarity"].button(2)
    qtbot.keyClick(clarity, Qt.Key.Key_Space)
    qtbot.keyClicks(form.comment, "More cases please")
    qtbot.keyClick(form.comment, Qt.Key.Key_Tab)  # Tab leaves the comment box
    assert not form.comment.hasFocus()
    qtbot.keyClick(form.anonymous, Qt.Key.Key_Space)
    with qtbot.waitSignal(form.sent) as blocker:
        qtbot.keyClick(form.send_button, Qt.Key.Key_Space)
    assert blocker.args == ["m1", {"relevance": 4, "confidence": None, "clarity": 2}, "More cases please", True]
    form.comment.setPlainText("x" * 5000)
    assert len(form.comment.toPlainText()) == 1000 and "0 characters left" in form.left.text()


def _cohort_with_pre_test(window) -> str:
    db = window.ctx.store.db
    db.execute("INSERT INTO cohorts (id, name, created) VALUES ('c1', 'Pavlodar inspectors', '2026-01-01')")
    db.execute(
        "INSERT INTO cohort_members (cohort_id, learner_id, added) VALUES ('c1', ?, '2026-01-01')", [window.learner.id]
    )
    window.ctx.measures.open_test("c1", "pre", ["sample-01-basics", "sample-02-practice"])
    return "c1"


def test_learner_takes_the_pre_test_from_home_without_seeing_answers(open_app, qtbot) -> None:  # noqa: F811
    window = open_app()
    statements, _ = load_attitudes(ROOT / "modules")
    window.ctx.measures.statements = statements[:2]
    window.ctx.learners.create("Saule", "police", "pavlodar")
    window.show_start()
    _cohort_with_pre_test(window)
    window.show_home()
    flow = window.measures_flow
    assert flow.banner.isVisible() and "pre-test" in flow.banner.text.text()
    flow.banner.button.click()
    screen = flow.screen
    assert window.stack.currentWidget() is screen
    screen.begin_button.click()
    assert screen.pages.currentWidget() is screen.attitudes
    screen.attitudes.skip()
    qtbot.keyClick(screen.attitudes.buttons[3], Qt.Key.Key_Space)
    screen.attitudes.next()
    runner = screen.runner
    assert screen.pages.currentWidget() is runner
    seen = []
    while screen.pages.currentWidget() is runner:
        q = runner.current_question()
        seen.append(q.id)
        runner.set_answer(key_response(q))
        runner.submit_button.click()
        assert not runner.feedback.isVisible()  # never right or wrong
    assert screen.pages.currentWidget() is screen.done
    assert "%" not in screen.done_text.text()
    rows = window.ctx.store.db.execute(
        "SELECT statement_id, value FROM attitude_answers ORDER BY statement_id"
    ).fetchall()
    assert sorted(v for _, v in rows if v is not None) == [4] and len(rows) == 2
    screen.done_button.click()
    assert window.stack.currentWidget() is window.home and not flow.banner.isVisible()
    assert len(seen) == 3


def test_feedback_after_results_anonymous(open_app, qtbot) -> None:  # noqa: F811
    window = open_app()
    window.ctx.learners.create("Saule", "police", "pavlodar")
    window.show_start()
    window.take_quiz("sample-01-basics", warn=False)
    finish_quiz(window)
    assert window.stack.currentWidget() is window.results
    window.results.feedback_button.click()
    form = window.measures_flow.feedback
    assert window.stack.currentWidget() is form
    form.groups["confidence"].button(5).setChecked(True)
    form.anonymous.setChecked(True)
    form.send_button.click()
    assert window.stack.currentWidget() is window.results
    assert not window.results.feedback_button.isEnabled()
    row = window.ctx.store.db.execute("SELECT learner_id, module_id, confidence FROM module_feedback").fetchone()
    assert row == (None, "sample-01-basics", 5)


def test_trainer_tab_opens_tests_shows_figures_and_exports_comments(
    qtbot, store, catalogue, tmp_path, monkeypatch
) -> None:
    from trainer.services.session_measures import SessionMeasuresService
    from trainer.storage.session_measures import SessionMeasuresStore
    from trainer.ui.dialogs import Ask
    from trainer.ui.trainer.measures_tab import MeasuresTab

    statements, _ = load_attitudes(ROOT / "modules")
    measures = SessionMeasuresService(SessionMeasuresStore(store.db), catalogue, statements)
    lid = store.create_learner("Aigul", "police", "almaty").id
    store.db.execute("INSERT INTO cohorts (id, name, created) VALUES ('c1', 'Group A', '2026-01-01')")
    store.db.execute("INSERT INTO cohort_members (cohort_id, learner_id, added) VALUES ('c1', ?, '2026-01-01')", [lid])
    tab = MeasuresTab(measures, assigned=lambda cid: ["sample-01-basics"])
    qtbot.addWidget(tab)
    tab.reload()
    ticked = [tab.modules.item(i).checkState() == Qt.CheckState.Checked for i in range(tab.modules.count())]
    assert ticked == [True, False]  # the cohort's assigned module
    assert not tab.post_button.isEnabled()
    tab.pre_button.click()
    assert measures.tests("c1")["pre"].module_ids == ("sample-01-basics",)
    assert tab.post_button.isEnabled() and not tab.pre_button.isEnabled()
    session = measures.start(lid, "c1", "pre")
    measures.finish(session)
    tab.post_button.click()
    session = measures.start(lid, "c1", "post")
    for _, q in session.questions:
        measures.answer(session, q.id, key_response(q))
    measures.finish(session)
    measures.give_feedback(lid, "sample-01-basics", {"relevance": 4}, "Clear, thanks", True)
    tab.refresh_figures()
    text = tab.figures.toPlainText()
    assert "too few to conclude" in text and "Not a validated instrument" in text
    assert "+100.0" in text  # 0% before, 100% after
    out = tmp_path / "c.csv"
    monkeypatch.setattr(Ask, "save_path", staticmethod(lambda *a, **k: str(out)))
    monkeypatch.setattr(Ask, "inform", staticmethod(lambda *a, **k: None))
    tab.export_button.click()
    assert "Clear, thanks" in out.read_text(encoding="utf-8-sig")
