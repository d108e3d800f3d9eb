"""Trainer-password dialogs, and the gate that keeps trainer mode unlocked until it is locked again."""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from trainer import APP_NAME
from trainer.services.trainer_auth import MIN_LENGTH, TrainerAuth, TrainerAuthError


def _password_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(name)
    return edit


class _FittedDialog(QDialog):
    """A dialog as tall as its wrapped text needs at its width.

    A top-level window does not grow with word-wrapped labels by itself (Qt lays it out from the
    labels' one-line size hints), so long or translated text, or 200% text size, was clipped at the
    top and bottom. ``fit()`` sizes the dialog from the layout's height for its width, and the
    minimum height follows whenever the width changes.
    """

    def fit(self, width: int) -> None:
        layout = self.layout()
        layout.activate()
        width = max(width, self.sizeHint().width(), self.minimumSizeHint().width())
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is not None:
            width = min(width, screen.width())
        height = self._height_for(width)
        self.setMinimumHeight(height)
        self.resize(width, height)

    def _height_for(self, width: int) -> int:
        layout = self.layout()
        if layout.hasHeightForWidth():
            return layout.totalHeightForWidth(width)
        return layout.totalSizeHint().height()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            needed = self._height_for(event.size().width())
            if needed != self.minimumHeight():
                self.setMinimumHeight(needed)


class PasswordDialog(_FittedDialog):
    """Ask for the trainer password; ``message`` says why the last try failed."""

    def __init__(self, message: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Trainer mode"))
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("Enter the trainer password:"))
        self.edit = _password_edit(self.tr("Trainer password"))
        label.setBuddy(self.edit)
        self.message = QLabel(message)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828; font-weight: bold;")
        self.message.setVisible(bool(message))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for w in (label, self.edit, self.message, buttons):
            layout.addWidget(w)
        self.fit(380)

    @classmethod
    def ask(cls, message: str = "", parent: QWidget | None = None) -> str | None:
        dialog = cls(message, parent)
        return dialog.edit.text() if dialog.exec() == QDialog.DialogCode.Accepted else None


class NewPasswordDialog(_FittedDialog):
    """Choose a trainer password: the first one (no old password), or a new one replacing the old."""

    def __init__(self, first: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = first
        self.setWindowTitle(self.tr("Set the trainer password") if first else self.tr("Change the trainer password"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Trainer mode shows every learner's results. Choose a password of at least {0} characters "
                "that learners do not know. If it is forgotten, an administrator can reset it from the data "
                "folder without losing learners' data (see the README)."
            ).format(MIN_LENGTH)
            if first
            else self.tr("Enter the current password, then the new one (at least {0} characters).").format(MIN_LENGTH)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.old = _password_edit(self.tr("Current password"))
        self.new = _password_edit(self.tr("New password"))
        self.again = _password_edit(self.tr("Repeat the new password"))
        if not first:
            form.addRow(self.tr("&Current password:"), self.old)
        form.addRow(self.tr("&New password:"), self.new)
        form.addRow(self.tr("&Repeat:"), self.again)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828; font-weight: bold;")
        self.error.setVisible(False)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.fit(460)

    def problem(self) -> str:
        """Why the form cannot be accepted yet, or an empty string."""
        if not TrainerAuth.acceptable(self.new.text()):
            return self.tr("The new password needs at least {0} characters.").format(MIN_LENGTH)
        if self.new.text() != self.again.text():
            return self.tr("The two new passwords differ.")
        return ""

    def try_accept(self) -> None:
        problem = self.problem()
        self.error.setText(problem)
        if problem and not self.error.isVisible():
            self.error.setVisible(True)
            self.fit(self.width())
        if not problem:
            self.accept()

    @classmethod
    def ask(cls, first: bool, parent: QWidget | None = None) -> tuple[str, str] | None:
        """(old password, new password), the old one empty when ``first``; None if cancelled."""
        dialog = cls(first, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.old.text(), dialog.new.text()


def inform(parent: QWidget | None, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


class TrainerAsk:
    """Indirection so tests can answer the trainer dialogs without modal windows."""

    password = staticmethod(PasswordDialog.ask)
    new_password = staticmethod(NewPasswordDialog.ask)
    inform = staticmethod(inform)


def wait_text(seconds: float) -> str:
    """'45 seconds' or '2 minutes', rounded up, for lock messages."""
    if seconds <= 90:
        n = max(1, math.ceil(seconds))
        return QApplication.translate("TrainerGate", "%n second(s)", "", n)
    n = math.ceil(seconds / 60)
    return QApplication.translate("TrainerGate", "%n minute(s)", "", n)


class TrainerGate(QObject):
    """Trainer mode for one main window: unlocked by the password, until locked or the app closes."""

    locked = Signal()
    unlocked = Signal()

    def __init__(self, auth: TrainerAuth, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.auth = auth
        self.widget = parent_widget
        self.is_unlocked = False

    def require(self) -> bool:
        """True when trainer mode is (or now becomes) unlocked; asks for the password as needed."""
        if self.is_unlocked:
            return True
        if not self.auth.has_password():
            return self._set_first()
        message = ""
        while True:
            wait = self.auth.wait_seconds()
            if wait > 0:
                TrainerAsk.inform(
                    self.widget,
                    self.tr("Too many wrong passwords. Trainer mode is locked; try again in {0}.").format(
                        wait_text(wait)
                    ),
                )
                return False
            password = TrainerAsk.password(message, self.widget)
            if password is None:
                return False
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                result = self.auth.check(password)
            finally:
                QApplication.restoreOverrideCursor()
            if result.ok:
                self._unlock()
                return True
            if not result.locked:
                message = self.tr(
                    "That password is not correct. %n more tries before trainer mode locks.", "", result.tries_left
                )

    def _set_first(self) -> bool:
        answer = TrainerAsk.new_password(True, self.widget)
        if answer is None:
            return False
        try:
            self.auth.set_first_password(answer[1])
        except TrainerAuthError:
            TrainerAsk.inform(
                self.widget, self.tr("The password was not set: it needs at least {0} characters.").format(MIN_LENGTH)
            )
            return False
        self._unlock()
        return True

    def change_password(self) -> bool:
        """Change the password (setting a first one if there is none); True when it changed."""
        if not self.auth.has_password():
            return self._set_first()
        answer = TrainerAsk.new_password(False, self.widget)
        if answer is None:
            return False
        old, new = answer
        try:
            self.auth.change_password(old, new)
        except TrainerAuthError as exc:
            if exc.code == "locked":
                text = self.tr("Too many wrong passwords. Trainer mode is locked; try again in {0}.").format(
                    wait_text(exc.wait)
                )
                self.lock()
            elif exc.code == "wrong":
                text = self.tr("The current password is not correct; the password was not changed.")
            else:
                text = self.tr("The new password needs at least {0} characters.").format(MIN_LENGTH)
            TrainerAsk.inform(self.widget, text)
            return False
        TrainerAsk.inform(self.widget, self.tr("The trainer password was changed."))
        self._unlock()
        return True

    def _unlock(self) -> None:
        self.is_unlocked = True
        self.unlocked.emit()

    def lock(self) -> None:
        was = self.is_unlocked
        self.is_unlocked = False
        if was:
            self.locked.emit()
