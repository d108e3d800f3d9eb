"""The quiz runner (one question per page, saved at once) and the results page."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from trainer.content.markdown_render import image_inside, prompt_images
from trainer.domain.attempt import AttemptSummary, scenario_choice_orders
from trainer.domain.grading import Grade, key_response
from trainer.domain.model import Matching, MultipleResponse, Ordering, Question, Scenario
from trainer.labels import competency_name
from trainer.storage.database import StorageError
from trainer.ui.announce import announce
from trainer.ui.answer_text import describe
from trainer.ui.answer_widgets import AnswerWidget, NumericWidget, ScenarioWidget, debrief_html, make_answer_widget
from trainer.ui.dialogs import Ask
from trainer.ui.profile_screens import heading
from trainer.ui.theme import state_colour


@dataclass
class QuestionFeed:
    """What the runner needs from a quiz attempt or a review session."""

    title: str
    questions: list[Question]
    option_orders: dict[str, tuple[str, ...]]
    answer: Callable[[str, Any], Grade]
    immediate_feedback: bool
    start_index: int = 0
    module_id: str | None = None
    # Scenario steps kept from an earlier session, and how to keep a new one (None: not kept).
    steps: dict[str, list[int]] = field(default_factory=dict)
    take_step: Callable[[str, list[int]], None] | None = None
    # Saved answers of questions already answered in this attempt (a resumed attempt).
    answered: dict[str, Any] = field(default_factory=dict)
    # Each question's module folder, where the images its prompt shows are found.
    folders: dict[str, str] = field(default_factory=dict)
    # Questions flagged for later in this attempt, and how to keep a flag (None: not kept).
    flagged: set[str] = field(default_factory=set)
    flag: Callable[[str, bool], None] | None = None

    @property
    def has_overview(self) -> bool:
        """A quiz with feedback at the end: questions can be skipped and flagged, and a list comes before Finish."""
        return not self.immediate_feedback and self.module_id is not None


def _html_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class QuizRunner(QWidget):
    completed = Signal()
    back_to_lessons = Signal(str)  # module id
    position_changed = Signal(int)  # index of the question on screen
    overview_requested = Signal()  # feedback at the end: the question list before finishing

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.feed: QuestionFeed | None = None
        self.index = 0
        self.answer_widget: AnswerWidget | None = None
        self.submitted = False
        self.answered: dict[str, Any] = {}  # question id -> saved answer
        self.flagged: set[str] = set()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        top = QHBoxLayout()
        self.lessons_button = QPushButton(self.tr("← Back to the &lessons"))
        self.lessons_button.clicked.connect(
            lambda: self.feed and self.feed.module_id and self.back_to_lessons.emit(self.feed.module_id)
        )
        self.title = heading("")
        top.addWidget(self.lessons_button)
        top.addWidget(self.title, 1)
        layout.addLayout(top)
        progress_row = QHBoxLayout()
        self.progress_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.progress.setAccessibleName(self.tr("Quiz progress"))
        progress_row.addWidget(self.progress_label)
        progress_row.addWidget(self.progress, 1)
        layout.addLayout(progress_row)

        self.prompt = QLabel()
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)  # question text may come from an imported bank
        self.prompt.setAccessibleDescription(self.tr("The question"))
        self.prompt.setWordWrap(True)
        self.prompt.setObjectName("subheading")
        self.prompt.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.prompt)
        self.prompt_pictures = QWidget()
        self.prompt_pictures.setLayout(QVBoxLayout())
        self.prompt_pictures.layout().setContentsMargins(0, 0, 0, 0)
        self.prompt_pictures.hide()
        layout.addWidget(self.prompt_pictures)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout.addWidget(self.scroll, 1)

        self.feedback = QTextBrowser()
        self.feedback.setOpenLinks(False)
        self.feedback.setAccessibleName(self.tr("Feedback"))
        self.feedback.setMaximumHeight(220)
        self.feedback.setVisible(False)
        layout.addWidget(self.feedback)

        row = QHBoxLayout()
        # With feedback at the end a question can be left for later, flagged, and the list opened.
        self.list_button = QPushButton(self.tr("Question l&ist"))
        self.list_button.clicked.connect(self.overview_requested)
        self.flag_button = QPushButton(self.tr("&Flag for later"))
        self.flag_button.setCheckable(True)
        self.flag_button.toggled.connect(self._flag_toggled)
        self.skip_button = QPushButton(self.tr("S&kip for now"))
        self.skip_button.clicked.connect(self.skip)
        row.addWidget(self.list_button)
        row.addWidget(self.flag_button)
        self.submit_button = QPushButton(self.tr("&Submit answer"))
        self.submit_button.setObjectName("primary")
        self.submit_button.clicked.connect(self.submit)
        self.next_button = QPushButton(self.tr("&Next question"))
        self.next_button.setObjectName("primary")
        self.next_button.clicked.connect(self.next_question)
        row.addStretch()
        row.addWidget(self.skip_button)
        row.addWidget(self.submit_button)
        row.addWidget(self.next_button)
        layout.addLayout(row)

    def start(self, feed: QuestionFeed) -> None:
        self.feed = feed
        self.title.setText(feed.title)
        self.lessons_button.setVisible(feed.module_id is not None)
        self.progress.setMaximum(len(feed.questions))
        self.answered = dict(feed.answered)
        self.flagged = set(feed.flagged)
        for b in (self.list_button, self.flag_button, self.skip_button):
            b.setVisible(feed.has_overview)
        if feed.start_index >= len(feed.questions):
            (self.overview_requested if feed.has_overview else self.completed).emit()
            return
        self.show_question(feed.start_index)

    def _show_pictures(self, pictures: list[tuple[str, str]], folder: str | None) -> None:
        """The images a prompt shows, below its text; an image that cannot be shown is named instead."""
        layout = self.prompt_pictures.layout()
        while layout.count():
            item = layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for alt, target in pictures:
            label = QLabel()
            label.setTextFormat(Qt.TextFormat.PlainText)
            path = image_inside(Path(folder), target) if folder else None
            pixmap = QPixmap(str(path)) if path is not None and path.is_file() else QPixmap()
            if pixmap.isNull():
                label.setText(self.tr("[Picture: {0}]").format(alt or target))
            else:
                if pixmap.width() > 640:
                    pixmap = pixmap.scaledToWidth(640, Qt.TransformationMode.SmoothTransformation)
                label.setPixmap(pixmap)
            label.setAccessibleName(alt or self.tr("Picture"))
            layout.addWidget(label)
        self.prompt_pictures.setVisible(bool(pictures))

    def current_question(self) -> Question | None:
        return self.feed.questions[self.index] if self.feed else None

    def show_question(self, index: int) -> None:
        assert self.feed is not None
        self.index = index
        self.submitted = False
        q = self.feed.questions[index]
        n = len(self.feed.questions)
        self.progress_label.setText(self.tr("Question {0} of {1}").format(index + 1, n))
        prompt_text, pictures = prompt_images(q.prompt)
        announce(self.progress_label, self.progress_label.text() + ". " + prompt_text)
        self.progress.setValue(index)
        self.prompt.setText(prompt_text)
        self._show_pictures(pictures, self.feed.folders.get(q.id))
        orders = self.feed.option_orders
        choice_orders = scenario_choice_orders(q, orders) if isinstance(q, Scenario) else None
        self.answer_widget = make_answer_widget(q, orders.get(q.id), choice_orders=choice_orders)
        if isinstance(self.answer_widget, ScenarioWidget):
            if kept := self.feed.steps.get(q.id):
                self.answer_widget.resume(kept)
            if self.feed.take_step is not None:
                self.answer_widget.keep_step = lambda path, qid=q.id: self._keep_step(qid, path)
        self.answer_widget.changed.connect(self._changed)
        if isinstance(self.answer_widget, NumericWidget):  # Enter in the number box submits the answer
            self.answer_widget.edit.returnPressed.connect(self.submit)
        self.scroll.setWidget(self.answer_widget)
        self.feedback.setVisible(False)
        self.feedback.clear()
        self.submit_button.setVisible(True)
        self.submit_button.setEnabled(self.answer_widget.response() is not None)
        self.next_button.setVisible(False)
        self.next_button.setText(self.tr("&Next question") if index < n - 1 else self.tr("See &results"))
        if self.feed.has_overview:
            self.flag_button.blockSignals(True)
            self.flag_button.setChecked(q.id in self.flagged)
            self.flag_button.blockSignals(False)
            saved = q.id in self.answered
            self.skip_button.setVisible(not saved)
            if saved:  # answered already: shown as saved, not answered twice
                self.answer_widget.set_response(self.answered[q.id])
                self.answer_widget.set_locked(True)
                self.submitted = True
                self.submit_button.setVisible(False)
                self.next_button.setVisible(index < n - 1)
        self.position_changed.emit(index)
        self.answer_widget.setFocus(Qt.FocusReason.TabFocusReason)

    def _flag_toggled(self, on: bool) -> None:
        q = self.current_question()
        if q is None:
            return
        if self.feed is not None and self.feed.flag is not None:
            try:
                self.feed.flag(q.id, on)
            except StorageError as exc:  # disk full, read-only folder: the flag is not kept
                Ask.warn(self, self.tr("Flag not saved"), str(exc))
                self.flag_button.blockSignals(True)
                self.flag_button.setChecked(not on)
                self.flag_button.blockSignals(False)
                return
        (self.flagged.add if on else self.flagged.discard)(q.id)

    def skip(self) -> None:
        """Leave this question unanswered for now and go on (feedback at the end only)."""
        if self.feed is not None and self.feed.has_overview and not self.submitted:
            self._advance()

    def _advance(self) -> None:
        """The next unanswered question after this one, or the question list when none is left after it."""
        assert self.feed is not None
        for i in range(self.index + 1, len(self.feed.questions)):
            if self.feed.questions[i].id not in self.answered:
                self.show_question(i)
                return
        self.progress.setValue(len(self.answered))
        self.overview_requested.emit()

    def set_answer(self, response: Any) -> None:
        """Fill in the answer widget as if the learner had (restoring a draft, scripted tests)."""
        if self.answer_widget is not None and not self.submitted:
            self.answer_widget.set_response(response)
            self._changed()

    def _keep_step(self, question_id: str, path: list[int]) -> bool:
        assert self.feed is not None and self.feed.take_step is not None
        try:
            self.feed.take_step(question_id, path)
        except StorageError as exc:  # disk full, read-only folder: the choice is not taken
            Ask.warn(self, self.tr("Choice not saved"), str(exc))
            return False
        # Kept, so that coming back to a scenario left half-way (Skip, Go to question) continues it.
        self.feed.steps[question_id] = list(path)
        return True

    def _changed(self) -> None:
        if not self.submitted and self.answer_widget is not None:
            self.submit_button.setEnabled(self.answer_widget.response() is not None)
            # At a scenario's ending its last button goes away; the next action is Submit, not
            # "Back to the lessons" (where Qt would put the focus, and Space would leave the quiz).
            widget = self.answer_widget
            if isinstance(widget, ScenarioWidget) and widget.finished() and self.submit_button.isEnabled():
                self.submit_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> None:
        if self.feed is None or self.answer_widget is None or self.submitted:
            return
        response = self.answer_widget.response()
        if response is None:
            return
        q = self.feed.questions[self.index]
        try:
            g = self.feed.answer(q.id, response)
        except StorageError as exc:  # disk full, read-only folder: stay on this question
            announce(self.submit_button, self.tr("Answer not saved."), assertive=True)
            Ask.warn(self, self.tr("Answer not saved"), str(exc))
            return
        self.submitted = True
        self.answered[q.id] = response
        self.answer_widget.set_locked(True)
        self.submit_button.setVisible(False)
        if self.feed.has_overview:
            announce(self.progress_label, self.tr("Answer saved."))
            self._advance()
        elif self.feed.immediate_feedback:
            self.feedback.setHtml(feedback_html(q, response, g))
            self.feedback.setVisible(True)
            self.next_button.setVisible(True)
            # The listener hears what happened first, then lands on the next action.
            announce(self.feedback, self.tr("Answer saved.") + " " + self.feedback.toPlainText())
            self.next_button.setFocus()
        else:
            announce(self.progress_label, self.tr("Answer saved."))
            self.next_question()

    def next_question(self) -> None:
        if self.feed is None:
            return
        if self.index + 1 < len(self.feed.questions):
            self.show_question(self.index + 1)
        elif self.feed.has_overview:
            self.overview_requested.emit()
        else:
            self.progress.setValue(len(self.feed.questions))
            self.completed.emit()


class QuestionNavigator(QWidget):
    """Before finishing a quiz with feedback at the end: every question, answered or not, and flagged."""

    go_to = Signal(int)  # index of the question
    finish = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        self.title = heading(self.tr("Check your answers before finishing"))
        layout.addWidget(self.title)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Questions"))
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(lambda item: self.go_to.emit(self.list.row(item)))
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.go_button = QPushButton(self.tr("&Go to question"))
        self.go_button.clicked.connect(lambda: self.list.currentRow() >= 0 and self.go_to.emit(self.list.currentRow()))
        self.finish_button = QPushButton(self.tr("&Finish the quiz"))
        self.finish_button.setAccessibleName(self.tr("Finish the quiz"))
        self.finish_button.setObjectName("primary")
        self.finish_button.clicked.connect(self.finish)
        row.addWidget(self.go_button)
        row.addStretch()
        row.addWidget(self.finish_button)
        layout.addLayout(row)
        self.unanswered = 0

    def show_questions(self, questions: list[Question], answered: set[str], flagged: set[str]) -> None:
        """List each question with its state; the first unanswered one is selected."""
        self.list.clear()
        first_open = None
        for n, q in enumerate(questions, 1):
            state = self.tr("answered") if q.id in answered else self.tr("not answered")
            if q.id in flagged:
                state += ", " + self.tr("flagged")
            item = QListWidgetItem(f"{n}. {prompt_images(q.prompt)[0]} — {state}")
            item.setData(Qt.ItemDataRole.UserRole, q.id)
            self.list.addItem(item)
            if first_open is None and q.id not in answered:
                first_open = n - 1
        self.unanswered = sum(1 for q in questions if q.id not in answered)
        summary = self.tr("{0} of {1} questions answered; {2} flagged.").format(
            len(questions) - self.unanswered, len(questions), len(flagged & {q.id for q in questions})
        )
        if self.unanswered:
            summary += " " + self.tr("Questions not answered count as wrong.")
        self.summary.setText(summary)
        self.list.setCurrentRow(first_open if first_open is not None else 0)
        announce(self.summary, self.title.text() + ". " + summary)
        (self.list if self.unanswered else self.finish_button).setFocus()


def feedback_html(q: Question, response: Any, g: Grade) -> str:
    """Right or wrong, the explanation and the citation; for scenarios the debrief."""
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    if g.correct:
        colour, mark, text = state_colour("passed"), "✓", translate("Feedback", "Correct.")
    elif g.score > 0:
        colour, mark = state_colour("started"), "◐"
        text = translate("Feedback", "Partly correct ({0}%).").format(f"{g.score * 100:.0f}")
    else:
        colour, mark, text = state_colour("wrong"), "✗", translate("Feedback", "Not correct.")
    parts = [f"<p style='color:{colour}'><b>{mark} {_html_escape(text)}</b></p>"]
    if isinstance(q, Scenario):
        parts.append(debrief_html(q, list(response)))
    else:
        if g.feedback:
            parts.append(f"<p>{_html_escape(g.feedback)}</p>")
        parts.extend(_element_feedback(q, response, g))
        if not g.correct:
            label = _html_escape(translate("Feedback", "The correct answer:"))
            parts.append(f"<p><b>{label}</b> {_html_escape(describe(q, key_response(q)))}</p>")
    parts.append(f"<p>{_html_escape(q.explanation)}</p>")
    source = _html_escape(translate("Feedback", "Source:"))
    parts.append(f"<p><i>{source} {_html_escape(q.source.label())}</i></p>")
    return "".join(parts)


def _element_feedback(q: Question, response: Any, g: Grade) -> list[str]:
    """One line per wrong element: which box, which pair or which position, and why."""
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    esc = _html_escape
    lines: list[str] = []
    if isinstance(q, MultipleResponse):
        for o in q.options:
            mark = g.marks.get(o.id)
            if mark == "wrong":
                line = translate("Feedback", "✗ You ticked “{0}”, which is not correct.").format(o.text)
                why = g.option_feedback.get(o.id)
                lines.append(f"{esc(line)}{' ' + esc(why) if why else ''}")
            elif mark == "missed":
                line = translate("Feedback", "○ You did not tick “{0}”, which is correct.").format(o.text)
                lines.append(esc(line))
    elif isinstance(q, Matching) and isinstance(response, dict):
        texts = {r.id: r.text for r in q.responses}
        for p in q.premises:
            if g.marks.get(p.id) == "wrong":
                chosen = texts.get(response.get(p.id), "—")
                line = translate("Feedback", "✗ “{0}”: you matched “{1}”; the right match is “{2}”.")
                lines.append(esc(line.format(p.text, chosen, texts[q.answer[p.id]])))
    elif isinstance(q, Ordering) and isinstance(response, list):
        texts = {i.id: i.text for i in q.items}
        placed = {item: n for n, item in enumerate(response, start=1)}
        for n, item in enumerate(q.answer, start=1):
            if g.marks.get(item) == "wrong":
                line = translate("Feedback", "✗ “{0}” belongs at position {1}; you put it at {2}.")
                lines.append(esc(line.format(texts[item], n, placed.get(item, "—"))))
    return [f"<p style='margin-top:2px; margin-bottom:2px'>{line}</p>" for line in lines]


class ResultsScreen(QWidget):
    retry = Signal(str)
    home = Signal()
    certificate = Signal(str)
    feedback = Signal(str)  # module id: the learner wants to give feedback on the module

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.module_id = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        self.title = heading("")
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setObjectName("subheading")
        layout.addWidget(self.title)
        layout.addWidget(self.verdict)
        self.competencies = QTableWidget(0, 2)
        self.competencies.setHorizontalHeaderLabels([self.tr("Competency"), self.tr("Score")])
        self.competencies.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.competencies.verticalHeader().setVisible(False)
        self.competencies.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.competencies.setAccessibleName(self.tr("Score by competency"))
        self.competencies.setMaximumHeight(200)
        self.competencies.setTabKeyNavigation(False)  # Tab leaves the table (else it walks the cells for ever)
        layout.addWidget(self.competencies)
        self.review = QTextBrowser()
        self.review.setAccessibleName(self.tr("Review of every question"))
        layout.addWidget(self.review, 1)
        row = QHBoxLayout()
        self.home_button = QPushButton(self.tr("← H&ome"))
        self.home_button.clicked.connect(self.home)
        self.retry_button = QPushButton(self.tr("Tr&y again"))
        self.retry_button.clicked.connect(lambda: self.retry.emit(self.module_id))
        self.certificate_button = QPushButton(self.tr("Save &certificate…"))
        self.certificate_button.setObjectName("primary")
        self.certificate_button.clicked.connect(lambda: self.certificate.emit(self.module_id))
        # Participant feedback on the module (trainer.ui.feedback_form), after the results.
        self.feedback_button = QPushButton(self.tr("Give &feedback…"))
        self.feedback_button.clicked.connect(lambda: self.feedback.emit(self.module_id))
        row.addWidget(self.home_button)
        row.addWidget(self.feedback_button)
        row.addStretch()
        layout.addLayout(row)
        # A row of their own: at 200% text in Russian and Kazakh four buttons are wider than 1366 pixels.
        next_steps = QHBoxLayout()
        next_steps.addStretch()
        next_steps.addWidget(self.retry_button)
        next_steps.addWidget(self.certificate_button)
        layout.addLayout(next_steps)

    def show_result(
        self,
        module_id: str,
        title: str,
        summary: AttemptSummary,
        pass_mark: float,
        questions: list[Question],
        responses: dict[str, Any],
        grades: dict[str, Grade],
        attempts_left: int | None,
    ) -> None:
        self.module_id = module_id
        self.title.setText(self.tr("Results: {0}").format(title))
        if summary.passed:
            text = self.tr("You scored {0:.0f}% and passed (pass mark {1:.0f}%).")
        else:
            text = self.tr("You scored {0:.0f}%. The pass mark is {1:.0f}%.")
        self.verdict.setText(text.format(summary.score, pass_mark))
        self.verdict.setStyleSheet(f"color: {state_colour('passed' if summary.passed else 'wrong')};")
        announce(self.verdict, self.title.text() + ". " + self.verdict.text())
        self.competencies.setRowCount(0)
        for code, value in summary.competencies.items():
            r = self.competencies.rowCount()
            self.competencies.insertRow(r)
            self.competencies.setItem(r, 0, QTableWidgetItem(competency_name(code)))
            item = QTableWidgetItem(f"{value:.0f}%")
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.competencies.setItem(r, 1, item)
        self.review.setHtml(self._review_html(questions, responses, grades))
        can_retry = attempts_left is None or attempts_left > 0
        self.retry_button.setVisible(not summary.passed or can_retry)
        self.retry_button.setEnabled(can_retry)
        if attempts_left is not None:
            self.retry_button.setText(self.tr("Tr&y again ({0} left)").format(attempts_left))
        else:
            self.retry_button.setText(self.tr("Tr&y again"))
        self.certificate_button.setVisible(summary.passed)
        self.feedback_button.setEnabled(True)
        (self.certificate_button if summary.passed else self.home_button).setFocus()

    def _review_html(self, questions: list[Question], responses: dict[str, Any], grades: dict[str, Grade]) -> str:
        parts = []
        yours, correct, source = self.tr("Your answer:"), self.tr("Correct answer:"), self.tr("Source:")
        for n, q in enumerate(questions, 1):
            g = grades.get(q.id)
            mark = "✓" if g and g.correct else ("◐" if g and g.score > 0 else "✗")
            parts.append(f"<h3>{mark} {n}. {_html_escape(prompt_images(q.prompt)[0])}</h3>")
            parts.append(f"<p><b>{yours}</b> {_html_escape(describe(q, responses.get(q.id)))}</p>")
            if not (g and g.correct):
                parts.append(f"<p><b>{correct}</b> {_html_escape(describe(q, key_response(q)))}</p>")
            parts.append(
                f"<p>{_html_escape(q.explanation)}</p><p><i>{source} {_html_escape(q.source.label())}</i></p>"
            )
        return "".join(parts)
