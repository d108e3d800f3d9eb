"""Drive the real main window in a process of its own, for the SIGKILL test.

gui_driver.py answer DATA CONTENT   answer question 1 through the QuizRunner, print 'ready', keep running
gui_driver.py resume DATA CONTENT   reopen, continue the quiz, print where the runner stands
gui_driver.py scenario DATA CONTENT     answer up to the scenario of sample-02, take two steps, print 'ready'
gui_driver.py scenario-resume DATA CONTENT   reopen, print the scenario's step, path and phase
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication


def main() -> int:
    mode, data, content = sys.argv[1:4]
    app = QApplication(sys.argv[:1])
    from trainer.domain.grading import key_response
    from trainer.services.context import AppContext
    from trainer.ui.dialogs import Ask
    from trainer.ui.main_window import MainWindow

    Ask.confirm = staticmethod(lambda *a, **k: True)  # the module's content warning
    ctx = AppContext.open(Path(data), Path(content))
    if mode.startswith("scenario"):
        return scenario(app, ctx, mode)
    if mode == "answer":
        ctx.learners.create("Dana Seitkali", "police", "astana")
    window = MainWindow(ctx)
    window.show()
    window.take_quiz("sample-01-basics")
    runner = window.runner
    if mode == "answer":
        q = runner.current_question()
        runner.set_answer(key_response(q))
        runner.submit_button.click()
        print("ready", window.session.attempt.id, q.id, flush=True)
        return app.exec()  # runs until the test kills it
    print("resumed", window.session.attempt.id, runner.index, runner.current_question().id, flush=True)
    print(runner.progress_label.text(), flush=True)
    ctx.close()
    return 0


def scenario(app, ctx, mode: str) -> int:
    from trainer.domain.grading import key_response
    from trainer.domain.model import Scenario
    from trainer.ui.answer_widgets import ScenarioWidget
    from trainer.ui.main_window import MainWindow

    if mode == "scenario":
        ctx.learners.create("Dana Seitkali", "police", "astana")
    window = MainWindow(ctx)
    window.show()
    window.take_quiz("sample-02-practice")
    runner = window.runner
    while not isinstance(runner.current_question(), Scenario):
        runner.set_answer(key_response(runner.current_question()))
        runner.submit_button.click()
        if runner.next_button.isVisible():  # with feedback at the end, Submit moves on by itself
            runner.next_button.click()
    widget = runner.answer_widget
    assert isinstance(widget, ScenarioWidget)
    if mode == "scenario":
        for index in (1, 0):  # together, then alone after all
            widget.choose(index)
            widget.continue_()
        print("ready", window.session.attempt.id, runner.current_question().id, *widget.path, flush=True)
        return app.exec()  # runs until the test kills it
    print("resumed", window.session.attempt.id, runner.current_question().id, widget.phase, *widget.path, flush=True)
    print(widget.step_label.text(), flush=True)
    ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
