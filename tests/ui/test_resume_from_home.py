"""Home while an attempt is open: "in progress" rather than an attempt count, and no second content warning."""

from __future__ import annotations

from tests.ui.test_learner_flow import answer_current, finish_quiz, open_app  # noqa: F401 - open_app is a fixture
from trainer.ui.dialogs import Ask

ATTEMPTS_COLUMN = 4


def _row(window, module_id: str):
    tree = window.home.tree
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        if item.data(0, 0x0100) == module_id:
            return item
    raise LookupError(module_id)


def test_home_says_in_progress_and_resume_does_not_warn_again(open_app, monkeypatch):  # noqa: F811
    window = open_app()
    window.ctx.learners.create("Saule", "police", "kostanay")
    window.show_start()
    window.take_quiz("sample-01-basics")
    finish_quiz(window)
    window.show_home()
    assert _row(window, "sample-01-basics").text(ATTEMPTS_COLUMN) == "2"
    assert _row(window, "sample-02-practice").text(ATTEMPTS_COLUMN) == "unlimited"

    warnings = []
    monkeypatch.setattr(Ask, "confirm", staticmethod(lambda *a, **k: warnings.append(a[2]) or True))
    window.home.tree.setCurrentItem(_row(window, "sample-02-practice"))
    window.home.quiz_button.click()
    assert len(warnings) == 1 and "domestic violence call" in warnings[0]  # once, before the start screen
    window.quiz_start.start_button.click()
    answer_current(window)
    window.show_home()
    assert _row(window, "sample-02-practice").text(ATTEMPTS_COLUMN) == "in progress"
    assert _row(window, "sample-01-basics").text(ATTEMPTS_COLUMN) == "2"

    window.home.continue_button.click()  # resume: straight to the next question, no warning
    assert window.stack.currentWidget() is window.runner and window.runner.index == 1
    window.show_home()
    window.home.tree.setCurrentItem(_row(window, "sample-02-practice"))
    window.home.quiz_button.click()
    assert window.stack.currentWidget() is window.runner
    assert len(warnings) == 1
