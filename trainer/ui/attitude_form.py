"""Attitude statements on a 5-point agreement scale, one statement at a time.

One at a time so the five choices fit any screen at 200% text and a screen reader hears the
statement, then the choices. Arrow keys choose (the radio buttons are one exclusive group),
Enter goes on, and any statement can be skipped: a skip is kept as a skip, never as a middle value.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QRadioButton, QVBoxLayout, QWidget

from trainer.ui.announce import announce
from trainer.ui.profile_screens import heading


class AttitudeForm(QWidget):
    """Asks each statement in turn; ``submitted`` carries statement id -> 1..5, or None when skipped."""

    submitted = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.statements: list[tuple[str, str]] = []
        self.values: dict[str, int | None] = {}
        self.index = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        self.title = heading(self.tr("Your views"))
        layout.addWidget(self.title)
        self.intro = QLabel(
            self.tr(
                "How much do you agree with each statement? There are no right or wrong answers, "
                "and you may skip any statement. Your trainer sees only the group's figures."
            )
        )
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.position = QLabel()
        layout.addWidget(self.position)
        self.statement = QLabel()
        self.statement.setTextFormat(Qt.TextFormat.PlainText)
        self.statement.setWordWrap(True)
        self.statement.setObjectName("subheading")
        layout.addWidget(self.statement)
        self.group = QButtonGroup(self)
        self.buttons: list[QRadioButton] = []
        for value, text in enumerate(
            (
                self.tr("Strongly disagree"),
                self.tr("Disagree"),
                self.tr("Neither agree nor disagree"),
                self.tr("Agree"),
                self.tr("Strongly agree"),
            ),
            start=1,
        ):
            button = QRadioButton(text)
            self.group.addButton(button, value)
            self.buttons.append(button)
            layout.addWidget(button)
        self.group.idToggled.connect(lambda *_: self._update_buttons())
        layout.addStretch()
        row = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← &Back"))
        self.back_button.clicked.connect(self.back)
        self.skip_button = QPushButton(self.tr("S&kip this statement"))
        self.skip_button.clicked.connect(self.skip)
        self.next_button = QPushButton(self.tr("&Next"))
        self.next_button.setObjectName("primary")
        self.next_button.clicked.connect(self.next)
        for b in (self.back_button, self.skip_button, self.next_button):
            b.setAutoDefault(True)
        row.addWidget(self.back_button)
        row.addStretch()
        row.addWidget(self.skip_button)
        row.addWidget(self.next_button)
        layout.addLayout(row)

    def ask(self, statements: list[tuple[str, str]]) -> None:
        """Start over with these (id, text) statements."""
        self.statements = list(statements)
        self.values = {}
        self._show(0)

    def _show(self, index: int) -> None:
        self.index = index
        sid, text = self.statements[index]
        n = len(self.statements)
        self.position.setText(self.tr("Statement {0} of {1}").format(index + 1, n))
        self.statement.setText(text)
        self.group.setExclusive(False)
        for b in self.buttons:
            b.setChecked(False)
        self.group.setExclusive(True)
        value = self.values.get(sid)
        if value is not None:
            self.group.button(value).setChecked(True)
        self.back_button.setEnabled(index > 0)
        self.next_button.setText(self.tr("&Next") if index < n - 1 else self.tr("&Finish"))
        self._update_buttons()
        announce(self.position, f"{self.position.text()}. {text}")
        (self.group.checkedButton() or self.buttons[0]).setFocus(Qt.FocusReason.TabFocusReason)

    def _update_buttons(self) -> None:
        self.next_button.setEnabled(self.group.checkedId() > 0)

    def current_value(self) -> int | None:
        value = self.group.checkedId()
        return value if value > 0 else None

    def next(self) -> None:
        """Keep the chosen value and go on; nothing chosen: use Skip instead."""
        if not self.statements or self.current_value() is None:
            return
        self._keep(self.current_value())

    def skip(self) -> None:
        if self.statements:
            self._keep(None)

    def back(self) -> None:
        if self.index > 0:
            self._show(self.index - 1)

    def _keep(self, value: int | None) -> None:
        self.values[self.statements[self.index][0]] = value
        if self.index + 1 < len(self.statements):
            self._show(self.index + 1)
        else:
            self.submitted.emit({sid: self.values.get(sid) for sid, _ in self.statements})

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Enter on a chosen value goes on, as the Next button would."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current_value() is not None:
            self.next()
            return
        super().keyPressEvent(event)
