"""A short tour of the home screen, shown once per learner profile and again from Help.

Each step draws a frame around one part of the home screen and explains it in a card beside it,
with Back, Next and Skip. Keyboard only works: the card takes the focus, Enter presses Next, Alt
letters press the buttons. That the learner has seen the tour is kept in their prefs
(trainer.ui.main_window.TOUR_SEEN_PREF).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from trainer.ui.theme import current_theme

translate = QCoreApplication.translate


@dataclass(frozen=True)
class TourStep:
    target: Callable[[], QWidget | None]  # the part of the screen the step is about
    title: str
    text: str


class _Spotlight(QFrame):
    """A frame drawn around the part of the screen a step explains; clicks pass through it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)


class FirstRunTour(QFrame):
    """The tour's card and spotlight, floating over ``window``; ``finished`` when done or skipped."""

    finished = Signal()

    def __init__(self, window: QWidget, steps: list[TourStep]) -> None:
        super().__init__(window)
        self.window_ = window
        self.steps = steps
        self.index = 0
        self.setObjectName("tour")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Tour of the home screen"))
        self.spotlight = _Spotlight(window)
        layout = QVBoxLayout(self)
        self.counter = QLabel()
        self.title = QLabel()
        self.title.setObjectName("subheading")
        self.title.setWordWrap(True)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        for w in (self.counter, self.title, self.body):
            layout.addWidget(w)
        row = QHBoxLayout()
        self.skip_button = QPushButton(self.tr("S&kip the tour"))
        self.back_button = QPushButton(self.tr("&Back"))
        self.next_button = QPushButton(self.tr("Ne&xt"))
        self.next_button.setDefault(True)
        for b in (self.skip_button, self.back_button, self.next_button):
            b.setAutoDefault(True)
        self.skip_button.clicked.connect(self.finish)
        self.back_button.clicked.connect(lambda: self.go(self.index - 1))
        self.next_button.clicked.connect(self._next)
        row.addWidget(self.skip_button)
        row.addStretch()
        row.addWidget(self.back_button)
        row.addWidget(self.next_button)
        layout.addLayout(row)
        window.installEventFilter(self)  # keep the card beside its target when the window resizes

    def start(self) -> None:
        self._recolour()
        self.go(0)

    def go(self, index: int) -> None:
        """Show step ``index`` (clamped): frame its target, explain it, focus Next."""
        self.index = max(0, min(index, len(self.steps) - 1))
        step = self.steps[self.index]
        last = self.index == len(self.steps) - 1
        self.counter.setText(self.tr("Step {0} of {1}").format(self.index + 1, len(self.steps)))
        self.title.setText(step.title)
        self.body.setText(step.text)
        self.back_button.setEnabled(self.index > 0)
        self.next_button.setText(self.tr("&Done") if last else self.tr("Ne&xt"))
        self.setAccessibleDescription(f"{step.title}. {step.text}")
        self._place()
        self.show()
        self.raise_()
        self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _next(self) -> None:
        if self.index >= len(self.steps) - 1:
            self.finish()
        else:
            self.go(self.index + 1)

    def finish(self) -> None:
        self.window_.removeEventFilter(self)
        self.spotlight.hide()
        self.hide()
        self.spotlight.deleteLater()
        self.deleteLater()
        self.finished.emit()

    def target_rect(self) -> QRect | None:
        """Where the current step's target is, in the window's coordinates (None if hidden)."""
        target = self.steps[self.index].target()
        if target is None or not target.isVisible():
            return None
        top_left = target.mapTo(self.window_, QPoint(0, 0))
        return QRect(top_left, target.size())

    def _place(self) -> None:
        area = self.window_.rect()
        width = min(max(520, area.width() // 2), area.width() - 32)
        # Wrapped labels need their height for this width (adjustSize would cut the text off).
        height = min(self.layout().totalHeightForWidth(width), area.height() - 16)
        self.setFixedSize(width, height)
        rect = self.target_rect()
        if rect is None:
            self.spotlight.hide()
            self.move((area.width() - width) // 2, (area.height() - self.height()) // 2)
            return
        self.spotlight.setGeometry(rect.adjusted(-4, -4, 4, 4))
        self.spotlight.show()
        self.spotlight.raise_()
        # Below the target if there is room, else above it, else over its lower part.
        y = rect.bottom() + 12
        if y + self.height() > area.height() - 8:
            y = rect.top() - self.height() - 12
        if y < 8:
            y = max(8, area.height() - self.height() - 16)
        x = max(16, min(rect.left(), area.width() - width - 16))
        self.move(x, y)

    def _recolour(self) -> None:
        if current_theme() == "high_contrast":
            card, border, spot = "#000000", "#ffff00", "#ffff00"
        else:
            card, border, spot = "#fffbe6", "#1f6fd1", "#1f6fd1"
        self.setStyleSheet(f"QFrame#tour {{ background: {card}; border: 3px solid {border}; border-radius: 6px; }}")
        self.spotlight.setStyleSheet(f"border: 4px solid {spot}; border-radius: 6px; background: transparent;")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.window_ and event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False


def home_steps(window) -> list[TourStep]:
    """The steps of the home-screen tour (``window`` is the main window)."""
    home = window.home

    def leave_button() -> QWidget | None:
        for bar in window.findChildren(QWidget):
            if hasattr(bar, "widgetForAction"):
                widget = bar.widgetForAction(window.leave_action)
                if widget is not None:
                    return widget
        return None

    return [
        TourStep(
            lambda: home.tree,
            translate("FirstRunTour", "Your curriculum"),
            translate(
                "FirstRunTour",
                "Your modules, in order, each with its state. A module opens once you have passed the ones before "
                "it. Move with the arrow keys; Enter opens the lessons.",
            ),
        ),
        TourStep(
            lambda: home.lessons_button,
            translate("FirstRunTour", "Lessons and quiz"),
            translate(
                "FirstRunTour",
                "Open lessons reads the chosen module; Take the quiz first tells you the questions, pass mark and attempts left.",
            ),
        ),
        TourStep(
            lambda: home.continue_button,
            translate("FirstRunTour", "Continue, review, practise"),
            translate(
                "FirstRunTour",
                "Continue where I left off takes you back to your last lesson or quiz. Review repeats questions "
                "that are due; Practise now gives questions from the modules you have passed.",
            ),
        ),
        TourStep(
            lambda: home.search_edit,
            translate("FirstRunTour", "Search and glossary"),
            translate(
                "FirstRunTour",
                "Type a word and press Enter to find it in every lesson. The glossary explains the legal terms.",
            ),
        ),
        TourStep(
            leave_button,
            translate("FirstRunTour", "Leave now"),
            translate(
                "FirstRunTour", "Esc or Leave now hides everything on the screen at once. Return brings you back."
            ),
        ),
        TourStep(
            lambda: None,
            translate("FirstRunTour", "Help is always there"),
            translate(
                "FirstRunTour", "Press F1 for the learner guide. Help → Tour of the home screen shows this tour again."
            ),
        ),
    ]
