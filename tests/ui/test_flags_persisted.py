"""A question flagged for later is still flagged when the attempt is resumed, and only in that attempt."""

from __future__ import annotations

from tests.ui.test_learner_flow import answer_current, open_app  # noqa: F401 - open_app is a fixture
from trainer.services.quiz import FLAGS_PREF


def _rows(window) -> list[str]:
    lst = window.navigator.list
    return [lst.item(i).text() for i in range(lst.count())]


def test_flags_survive_closing_and_resuming_the_attempt(open_app):  # noqa: F811
    window = open_app()
    learner = window.ctx.learners.create("Saule", "police", "kostanay")
    window.show_start()
    window.take_quiz("sample-02-practice")  # feedback at the end: flags are offered
    runner = window.runner
    first = runner.current_question()
    runner.flag_button.click()
    runner.skip_button.click()
    second = runner.current_question()
    runner.flag_button.click()
    runner.flag_button.click()  # flagged, then unflagged: not kept
    window.close()

    again = open_app()
    again.show_start()
    again.take_quiz("sample-02-practice")
    assert again.runner.current_question() is not None
    again.runner.list_button.click()
    rows = _rows(again)
    assert first.prompt in rows[0] and rows[0].endswith("flagged")
    assert second.prompt in rows[1] and not rows[1].endswith("flagged")

    # Finishing the attempt drops its flags; the next attempt starts with none.
    again.navigator.list.setCurrentRow(0)
    again.navigator.go_button.click()
    assert again.runner.flag_button.isChecked()
    while again.stack.currentWidget() is again.runner:
        answer_current(again)
    again.navigator.finish_button.click()
    assert again.stack.currentWidget() is again.results
    assert again.ctx.store.learner(learner.id).prefs.get(FLAGS_PREF) == {}
