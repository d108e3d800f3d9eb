"""Trainer mode in the main window: the Trainer menu, ``window.require_trainer()`` and the workspace.

``install(window)`` (listed in trainer.ui.extensions.INSTALLERS) adds "Open trainer workspace…",
"Change trainer password…" and "Lock trainer mode" to ``window.trainer_menu`` and sets
``window.require_trainer``: other areas call it before any trainer-only action. It asks for the
trainer password (or for a first one), returns True when trainer mode is unlocked, and trainer
mode stays unlocked until locked from the menu, by "Leave now", or until the app closes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QMainWindow

from trainer.ui.trainer.auth_dialogs import TrainerGate


class TrainerMode(QObject):
    """The trainer menu's actions and the workspace window of one main window."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.gate = TrainerGate(window.ctx.trainer_auth, window)
        self.workspace = None
        menu = window.trainer_menu
        self.open_action = menu.addAction(self.tr("Open trainer &workspace…"), self.open_workspace)
        self.change_action = menu.addAction(self.tr("&Change trainer password…"), self.gate.change_password)
        self.lock_action = menu.addAction(self.tr("&Lock trainer mode"), self.lock)
        self.lock_action.setEnabled(False)
        self.gate.unlocked.connect(lambda: self.lock_action.setEnabled(True))
        self.gate.locked.connect(self._locked)
        # "Leave now" in the main window hides the workspace too, and locks trainer mode.
        window.leave_action.triggered.connect(self.lock)
        window.leave_shortcut.activated.connect(self.lock)
        window.installEventFilter(self)

    def open_workspace(self):
        """Ask for the password if needed, then show the workspace; returns it (or None)."""
        if not self.gate.require():
            return None
        from trainer.ui.trainer.workspace import open_workspace

        self.workspace = open_workspace(
            self.window,
            self.window.ctx,
            getattr(self.window, "language", "en"),
            self.workspace,
            on_leave=self.leave_from_workspace,
            on_lock=self.lock,
        )
        return self.workspace

    def leave_from_workspace(self) -> None:
        self.lock()
        self.window.leave_now()

    def lock(self) -> None:
        self.gate.lock()
        self._locked()

    def _locked(self) -> None:
        self.lock_action.setEnabled(False)
        # Close rather than hide: nothing about learners stays in memory once trainer mode is locked.
        workspace, self.workspace = self.workspace, None
        if workspace is not None:
            workspace.close()
            workspace.deleteLater()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.window and event.type() == QEvent.Type.Close and self.workspace is not None:
            self.workspace.close()
        return False


def install(window: QMainWindow) -> None:
    mode = TrainerMode(window)
    window.trainer_mode = mode
    window.require_trainer = mode.gate.require
