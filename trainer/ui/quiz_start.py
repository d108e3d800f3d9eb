"""The screen before an attempt: how many questions, the pass mark, attempts left, when feedback comes.

The facts come from QuizService.outline(); this screen only words them. Enter (or the Start
button) begins the attempt; Back (Alt+B or Backspace) returns. Esc stays "Leave now", as on every
other screen: a learner who presses it must never land on the curriculum instead of a blank cover.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from trainer.services.quiz import QuizOutline
from trainer.ui.announce import announce
from trainer.ui.profile_screens import heading


class QuizStartScreen(QWidget):
    start = Signal(str)  # module id
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.module_id = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        self.title = heading("")
        layout.addWidget(self.title)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.facts.setAccessibleName(self.tr("About this quiz"))
        layout.addWidget(self.facts)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setObjectName("subheading")
        layout.addWidget(self.notice)
        layout.addStretch()
        row = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← &Back"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.back_button.setAutoDefault(True)  # Enter on the focused button presses it
        self.back_button.clicked.connect(self.back)
        self.start_button = QPushButton(self.tr("&Start the quiz"))
        self.start_button.setAccessibleName(self.tr("Start the quiz"))
        self.start_button.setObjectName("primary")
        self.start_button.setAutoDefault(True)
        self.start_button.clicked.connect(lambda: self.module_id and self.start.emit(self.module_id))
        row.addWidget(self.back_button)
        row.addStretch()
        row.addWidget(self.start_button)
        layout.addLayout(row)

    def show_outline(self, module_id: str, title: str, outline: QuizOutline) -> None:
        """Word the outline of the quiz about to begin and put the focus on Start."""
        self.module_id = module_id
        self.title.setText(self.tr("Quiz: {0}").format(title))
        if outline.attempts_left is None:
            attempts = self.tr("Attempts: unlimited.")
        else:
            attempts = self.tr("Attempts left: {0}.").format(outline.attempts_left)
        if outline.immediate_feedback:
            feedback = self.tr("Feedback: after each answer.")
        else:
            feedback = self.tr("Feedback: at the end, with a review of every answer.")
        lines = [
            self.tr("Questions: {0}.").format(outline.questions),
            self.tr("Pass mark: {0}%.").format(f"{outline.pass_mark:.0f}"),
            attempts,
            feedback,
        ]
        self.facts.setText("\n".join(lines))
        if outline.passed and outline.attempts_left is None:
            notice = self.tr("You have already passed this module. Attempts are unlimited, so taking it again costs nothing.")
        elif outline.passed:
            notice = self.tr(
                "You have already passed this module. Taking the quiz again spends one of your {0} remaining attempts."
            ).format(outline.attempts_left)
        else:
            notice = ""
        self.notice.setText(notice)
        self.notice.setVisible(bool(notice))
        announce(self.facts, " ".join([self.title.text(), *lines, notice]))
        self.start_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.start_button.click()
        elif event.key() == Qt.Key.Key_Backspace:
            self.back_button.click()
        else:
            super().keyPressEvent(event)
