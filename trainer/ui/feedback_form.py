"""Participant feedback on a module, shown after its results: three 1–5 questions and a comment.

Everything may be left out; "Send anonymously" keeps the feedback without the learner's name.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from trainer.domain.prepost import FEEDBACK_SCALES, LIKERT, MAX_COMMENT
from trainer.ui.announce import announce
from trainer.ui.profile_screens import heading


class FeedbackForm(QWidget):
    """``sent`` carries the module id, {scale: 1..5 or None}, the comment and whether it is anonymous."""

    sent = Signal(str, dict, str, bool)
    skipped = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.module_id = ""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 12)
        # The questions scroll and the buttons stay: at 200% text the form is taller than a laptop screen.
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 12, 24, 0)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setWidget(body)
        outer.addWidget(self.scroll, 1)
        self.title = heading("")
        layout.addWidget(self.title)
        self.intro = QLabel(self.tr("Answer what you like and skip the rest: 1 means not at all, 5 means very much."))
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        questions = {
            "relevance": self.tr("How relevant is this module to your work?"),
            "confidence": self.tr("How confident are you to apply it?"),
            "clarity": self.tr("How clear was it?"),
        }
        self.groups: dict[str, QButtonGroup] = {}
        self.boxes: dict[str, QGroupBox] = {}
        for name in FEEDBACK_SCALES:
            box = QGroupBox(questions[name])
            box.setAccessibleName(questions[name])
            row = QHBoxLayout(box)
            group = QButtonGroup(self)
            for value in LIKERT:
                button = QRadioButton(str(value))
                button.setAccessibleName(f"{value} — {questions[name]}")
                group.addButton(button, value)
                row.addWidget(button)
            row.addStretch()
            self.groups[name] = group
            self.boxes[name] = box
            layout.addWidget(box)
        label = QLabel(self.tr("Anything else you want to tell the trainer (optional):"))
        label.setWordWrap(True)
        layout.addWidget(label)
        self.comment = QPlainTextEdit()
        self.comment.setTabChangesFocus(True)  # Tab leaves the box, so the form works without a mouse
        self.comment.setAccessibleName(self.tr("Comment"))
        self.comment.setMinimumHeight(4 * self.comment.fontMetrics().lineSpacing())
        self.comment.textChanged.connect(self._cap)
        label.setBuddy(self.comment)
        layout.addWidget(self.comment, 1)
        self.left = QLabel()
        layout.addWidget(self.left)
        self.anonymous = QCheckBox(self.tr("Send &anonymously (without my name)"))
        layout.addWidget(self.anonymous)
        row = QHBoxLayout()
        row.setContentsMargins(24, 0, 24, 0)
        self.skip_button = QPushButton(self.tr("S&kip"))
        self.skip_button.clicked.connect(lambda: self.skipped.emit(self.module_id))
        self.send_button = QPushButton(self.tr("&Send feedback"))
        self.send_button.setObjectName("primary")
        self.send_button.clicked.connect(self.send)
        for b in (self.skip_button, self.send_button):
            b.setAutoDefault(True)
        row.addWidget(self.skip_button)
        row.addStretch()
        row.addWidget(self.send_button)
        outer.addLayout(row)

    def ask(self, module_id: str, title: str) -> None:
        """Empty the form for ``module_id``."""
        self.module_id = module_id
        self.title.setText(self.tr("Your feedback: {0}").format(title))
        for group in self.groups.values():
            group.setExclusive(False)
            for b in group.buttons():
                b.setChecked(False)
            group.setExclusive(True)
        self.comment.clear()
        self.anonymous.setChecked(False)
        self._cap()
        announce(self.title, f"{self.title.text()}. {self.intro.text()}")
        self.groups[FEEDBACK_SCALES[0]].button(LIKERT[0]).setFocus(Qt.FocusReason.TabFocusReason)

    def ratings(self) -> dict[str, int | None]:
        return {name: (g.checkedId() if g.checkedId() > 0 else None) for name, g in self.groups.items()}

    def _cap(self) -> None:
        """Keep the comment within the length that is stored, and say how much is left."""
        text = self.comment.toPlainText()
        if len(text) > MAX_COMMENT:
            self.comment.setPlainText(text[:MAX_COMMENT])
            self.comment.moveCursor(self.comment.textCursor().MoveOperation.End)
            text = text[:MAX_COMMENT]
        self.left.setText(self.tr("{0} characters left").format(MAX_COMMENT - len(text)))

    def send(self) -> None:
        self.sent.emit(self.module_id, self.ratings(), self.comment.toPlainText(), self.anonymous.isChecked())
