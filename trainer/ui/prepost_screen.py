"""The learner's side of a cohort's session measures: the pre-/post-test and the module feedback.

A pre- or post-test runs in the ordinary quiz runner with feedback switched off: answers are
saved at once, but the learner sees neither right nor wrong, nor a score, during or after the
test (a test that taught would measure its own teaching). The attitude statements come first,
so the knowledge questions do not colour the answers.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from trainer.domain.attempt import display_orders
from trainer.services.session_measures import MeasuresError, PendingTest, PrepostSession, SessionMeasuresService
from trainer.storage.database import StorageError
from trainer.ui.announce import announce
from trainer.ui.attitude_form import AttitudeForm
from trainer.ui.dialogs import Ask
from trainer.ui.feedback_form import FeedbackForm
from trainer.ui.profile_screens import heading
from trainer.ui.quiz_runner import QuestionFeed, QuizRunner

if TYPE_CHECKING:
    from trainer.ui.main_window import MainWindow


def measures_message(exc: Exception) -> str:
    """The words for a MeasuresError in the reader's language; other errors are worded already."""
    words = {
        "no_modules": QCoreApplication.translate("Measures", "Choose at least one module for the pre-test."),
        "not_open": QCoreApplication.translate("Measures", "This test is not open any more."),
        "taken": QCoreApplication.translate("Measures", "You have already taken this test."),
        "pre_first": QCoreApplication.translate("Measures", "Open the pre-test before the post-test."),
    }
    return words.get(getattr(exc, "code", ""), str(exc))


class PrepostBanner(QFrame):
    """A small block on Home: a test the learner's cohort has open, and the button that starts it."""

    take = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.pending: PendingTest | None = None
        row = QHBoxLayout(self)
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # the cohort's name is typed by a trainer
        self.text.setWordWrap(True)
        self.button = QPushButton(self.tr("Take the te&st"))
        self.button.setAutoDefault(True)
        self.button.clicked.connect(self.take)
        row.addWidget(self.text, 1)
        row.addWidget(self.button)
        self.hide()

    def show_pending(self, pending: list[PendingTest]) -> None:
        self.pending = pending[0] if pending else None
        self.setVisible(self.pending is not None)
        if self.pending is None:
            return
        p = self.pending
        if p.phase == "pre":
            text = self.tr("Your trainer has opened the pre-test of “{0}”: {1} questions, before the training.")
        else:
            text = self.tr("Your trainer has opened the post-test of “{0}”: {1} questions, after the training.")
        self.text.setText(text.format(p.cohort_name, p.questions))
        self.button.setText(self.tr("Continue the te&st") if p.started else self.tr("Take the te&st"))
        self.button.setAccessibleDescription(self.text.text())


class PrepostScreen(QWidget):
    """Introduction, attitude statements, the questions, and a closing page without any score."""

    finished = Signal()

    def __init__(self, measures: SessionMeasuresService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.measures = measures
        self.learner_id = ""
        self.language = "en"
        self.test: PendingTest | None = None
        self.session: PrepostSession | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages)

        self.intro = QWidget()
        intro = QVBoxLayout(self.intro)
        intro.setContentsMargins(24, 12, 24, 12)
        self.intro_title = heading("")
        self.intro_text = QLabel()
        self.intro_text.setWordWrap(True)
        intro.addWidget(self.intro_title)
        intro.addWidget(self.intro_text)
        intro.addStretch()
        row = QHBoxLayout()
        self.home_button = QPushButton(self.tr("← H&ome"))
        self.home_button.clicked.connect(self.finished)
        self.begin_button = QPushButton(self.tr("&Begin"))
        self.begin_button.setObjectName("primary")
        self.begin_button.clicked.connect(self.begin)
        row.addWidget(self.home_button)
        row.addStretch()
        row.addWidget(self.begin_button)
        intro.addLayout(row)

        self.attitudes = AttitudeForm()
        self.attitudes.submitted.connect(self._attitudes_given)
        self.runner = QuizRunner()
        self.runner.completed.connect(self._completed)

        self.done = QWidget()
        done = QVBoxLayout(self.done)
        done.setContentsMargins(24, 12, 24, 12)
        self.done_title = heading(self.tr("Thank you"))
        self.done_text = QLabel(
            self.tr("Your answers are saved. Scores and correct answers are not shown for this test.")
        )
        self.done_text.setWordWrap(True)
        done.addWidget(self.done_title)
        done.addWidget(self.done_text)
        done.addStretch()
        self.done_button = QPushButton(self.tr("← H&ome"))
        self.done_button.setObjectName("primary")
        self.done_button.clicked.connect(self.finished)
        done.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignRight)
        for page in (self.intro, self.attitudes, self.runner, self.done):
            self.pages.addWidget(page)
        for b in self.findChildren(QPushButton):
            b.setAutoDefault(True)

    def open(self, learner_id: str, test: PendingTest, language: str) -> None:
        """Show the introduction of ``test``."""
        self.learner_id, self.test, self.language = learner_id, test, language
        phase = self.tr("Pre-test") if test.phase == "pre" else self.tr("Post-test")
        self.intro_title.setText(f"{phase}: {test.cohort_name}")
        self.intro_text.setText(
            self.tr(
                "{0} questions from the modules of the training. Each answer is saved at once, and you can "
                "leave and continue later. You will not see whether your answers are right, during or after "
                "the test: it measures what the group knows, not you. Some statements about your views come first."
            ).format(test.questions)
        )
        self.pages.setCurrentWidget(self.intro)
        announce(self.intro_title, f"{self.intro_title.text()}. {self.intro_text.text()}")
        self.begin_button.setFocus()

    def begin(self) -> None:
        assert self.test is not None
        t = self.test
        if self.measures.needs_attitudes(self.learner_id, t.cohort_id, t.phase):
            self.attitudes.ask([(s.id, s.text_in(self.language)) for s in self.measures.statements])
            self.pages.setCurrentWidget(self.attitudes)
            return
        self._start_questions()

    def _attitudes_given(self, values: dict) -> None:
        assert self.test is not None
        try:
            self.measures.record_attitudes(self.learner_id, self.test.cohort_id, self.test.phase, values)
        except StorageError as exc:
            Ask.warn(self, self.tr("Answers not saved"), str(exc))
            return
        self._start_questions()

    def _start_questions(self) -> None:
        assert self.test is not None
        try:
            session = self.measures.start(self.learner_id, self.test.cohort_id, self.test.phase, self.language)
        except (MeasuresError, StorageError) as exc:
            Ask.warn(self, self.tr("The test cannot start"), measures_message(exc))
            self.finished.emit()
            return
        self.session = session
        questions = [q for _, q in session.questions]
        # Option orders from the attempt's id: a resumed test shows the options as before.
        orders = display_orders(questions, random.Random(session.attempt.id))
        feed = QuestionFeed(
            title=self.intro_title.text(),
            questions=questions,
            option_orders=orders,
            answer=lambda qid, response: self.measures.answer(session, qid, response),
            immediate_feedback=False,
            start_index=session.next_index,
            answered=dict(session.responses),
        )
        self.pages.setCurrentWidget(self.runner)
        self.runner.start(feed)

    def _completed(self) -> None:
        if self.session is None:
            return
        session, self.session = self.session, None
        try:
            self.measures.finish(session)
        except StorageError as exc:
            Ask.warn(self, self.tr("Test not saved"), str(exc))
            return
        self.pages.setCurrentWidget(self.done)
        announce(self.done_title, f"{self.done_title.text()}. {self.done_text.text()}")
        self.done_button.setFocus()


class MeasuresFlow(QObject):
    """Wires the session measures into the main window: a block on Home, the test screen and the
    feedback form after a module's results, without the window knowing their details."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        measures = window.ctx.measures
        assert measures is not None
        self.measures = measures
        self.banner = PrepostBanner()
        window.home.add_block(self.banner)
        self.screen = PrepostScreen(measures)
        self.feedback = FeedbackForm()
        for widget, name in (
            (self.screen, self.tr("Pre-test or post-test")),
            (self.feedback, self.tr("Module feedback")),
        ):
            widget.setAccessibleName(name)
            window.stack.addWidget(widget)
        self.banner.take.connect(self.take_test)
        self.screen.finished.connect(window.show_home)
        self.feedback.sent.connect(self._feedback_sent)
        self.feedback.skipped.connect(lambda _mid: self._back_to_results())
        # The results screen's "Give feedback…" reaches ask_feedback through the window, which builds
        # this flow only when it is first needed.

    def refresh(self) -> None:
        """Show on Home whether the learner's cohort has a test open for them."""
        learner = self.window.learner
        self.banner.show_pending(self.measures.pending(learner.id) if learner else [])

    def take_test(self) -> None:
        learner, test = self.window.learner, self.banner.pending
        if learner is None or test is None:
            return
        self.screen.open(learner.id, test, self.window.language)
        self.window.stack.setCurrentWidget(self.screen)

    def ask_feedback(self, module_id: str) -> None:
        module = self.window.ctx.catalogue.modules.get(module_id)
        title = module.title_in(self.window.language) if module else module_id
        self.feedback.ask(module_id, title)
        self.window.stack.setCurrentWidget(self.feedback)

    def _feedback_sent(self, module_id: str, ratings: dict, comment: str, anonymous: bool) -> None:
        learner = self.window.learner
        if learner is None:
            return
        try:
            kept = self.measures.give_feedback(learner.id, module_id, ratings, comment, anonymous)
        except StorageError as exc:
            Ask.warn(self.feedback, self.tr("Feedback not saved"), str(exc))
            return
        message = (
            self.tr("Thank you for your feedback.") if kept else self.tr("Nothing was filled in; nothing was sent.")
        )
        self.window.statusBar().showMessage(message, 8000)
        announce(self.window.results.verdict, message)
        self._back_to_results()

    def _back_to_results(self) -> None:
        self.window.stack.setCurrentWidget(self.window.results)
        self.window.results.feedback_button.setEnabled(False)  # once per result shown
        self.window.results.home_button.setFocus()
