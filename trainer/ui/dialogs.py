"""Small dialogs. Each exposes a class method that tests can replace instead of clicking."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class PinDialog(QDialog):
    """Asks for a learner's PIN; after too many wrong ones it counts down the wait before the next try."""

    def __init__(self, name: str, parent: QWidget | None = None, wait: float = 0.0) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Enter PIN"))
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("Enter the PIN for {0}:").format(name))
        label.setTextFormat(Qt.TextFormat.PlainText)  # the name is user data, never markup
        label.setWordWrap(True)
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setMaxLength(6)
        self.edit.setAccessibleName(self.tr("PIN"))
        label.setBuddy(self.edit)
        self.wait_label = QLabel()
        self.wait_label.setWordWrap(True)
        self.wait_label.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(self.wait_label)
        layout.addWidget(self.buttons)
        self._until = time.monotonic() + wait
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        if wait > 0:
            self._timer.start()
        self._tick()

    def remaining(self) -> float:
        return max(0.0, self._until - time.monotonic())

    def _tick(self) -> None:
        """Keep the PIN field and OK disabled, and say how long is left, until the wait is over."""
        left = self.remaining()
        locked = left > 0
        self.edit.setEnabled(not locked)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not locked)
        self.wait_label.setVisible(locked)
        if locked:
            from trainer.ui.trainer.auth_dialogs import wait_text

            self.wait_label.setText(self.tr("Too many wrong PINs. Try again in {0}.").format(wait_text(left)))
        else:
            self._timer.stop()
            self.edit.setFocus()

    @classmethod
    def ask(cls, name: str, parent: QWidget | None = None, wait: float = 0.0) -> str | None:
        dialog = cls(name, parent, wait)
        return dialog.edit.text() if dialog.exec() == QDialog.DialogCode.Accepted else None


class ExternalLinkDialog(QDialog):
    """The laptop is offline: show a web address with a copy button instead of opening it."""

    def __init__(self, address: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Web address"))
        layout = QVBoxLayout(self)
        info = QLabel(
            self.tr(
                "This link points to a web page. Qorgau works offline and does not open it; copy the address to open it later on a computer with internet access."
            )
        )
        info.setWordWrap(True)
        self.address = QLineEdit(address)
        self.address.setReadOnly(True)
        self.address.setAccessibleName(self.tr("Web address"))
        row = QHBoxLayout()
        copy = QPushButton(self.tr("&Copy address"))
        copy.clicked.connect(self.copy)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row.addWidget(copy)
        row.addStretch()
        row.addWidget(close)
        layout.addWidget(info)
        layout.addWidget(self.address)
        layout.addLayout(row)
        self.resize(520, 160)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.address.text())

    @classmethod
    def show_address(cls, address: str, parent: QWidget | None = None) -> None:
        cls(address, parent).exec()


def _name_icon(box: QMessageBox, name: str) -> None:
    """The icon beside a message is an image; give it a name so a screen reader does not say 'unlabelled'."""
    for label in box.findChildren(QLabel):
        if not label.pixmap().isNull():
            label.setAccessibleName(name)


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask before anything destructive or that cannot be undone."""
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent
    )
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setTextFormat(Qt.TextFormat.PlainText)
    _name_icon(box, QCoreApplication.translate("Dialogs", "Question"))
    return box.exec() == QMessageBox.StandardButton.Yes


def documents_folder() -> str:
    """Where file dialogs start: the user's Documents folder (the home folder if there is none)."""
    from pathlib import Path

    from PySide6.QtCore import QStandardPaths

    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())


def save_path(parent: QWidget | None, title: str, suggested: str, file_filter: str) -> str | None:
    """Ask where to save; a bare file name is suggested in the Documents folder."""
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog

    if not Path(suggested).is_absolute():
        suggested = str(Path(documents_folder()) / suggested)
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
    return path or None


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user something went wrong (a save that failed) and what to do."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    _name_icon(box, QCoreApplication.translate("Dialogs", "Warning"))
    box.exec()


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user something. Plain text: a message may quote a name someone typed."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    _name_icon(box, QCoreApplication.translate("Dialogs", "Information"))
    box.exec()


def certificate_layout(parent: QWidget | None) -> str | None:
    """One language (the interface's), or Kazakh and Russian side by side; None if cancelled."""
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("Dialogs", "Save certificate"),
                      QCoreApplication.translate("Dialogs", "Which certificate do you want to save?"),
                      QMessageBox.StandardButton.Cancel, parent)  # fmt: skip
    single = box.addButton(QCoreApplication.translate("Dialogs", "In the interface language"), QMessageBox.ButtonRole.AcceptRole)
    both = box.addButton(QCoreApplication.translate("Dialogs", "Kazakh and Russian side by side"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(single)
    box.exec()
    clicked = box.clickedButton()
    return "single" if clicked is single else "bilingual" if clicked is both else None


class Ask:
    """Indirection so tests can answer questions without modal windows."""

    certificate_layout = staticmethod(certificate_layout)
    save_path = staticmethod(save_path)
    confirm = staticmethod(confirm)
    pin = staticmethod(PinDialog.ask)
    external_link = staticmethod(ExternalLinkDialog.show_address)
    warn = staticmethod(warn)
    inform = staticmethod(inform)
