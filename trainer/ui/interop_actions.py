"""Trainer menu: "Install content pack…" — new or updated modules from a zip, without a new build.

The pack is checked, unpacked and validated on a worker thread (a large pack takes seconds);
the window shows progress with a cancel button, and the modules are used from the next start.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QFileDialog, QMainWindow, QProgressDialog, QWidget

from trainer import APP_NAME
from trainer.ui.dialogs import Ask, documents_folder
from trainer.ui.trainer.tasks import TaskHandle, TaskRunner

if TYPE_CHECKING:  # imported where used: the menu entry costs the start-up nothing
    from trainer.content.packs import InstallResult

translate = QCoreApplication.translate




def _open_path(parent: QWidget, title: str, file_filter: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, documents_folder(), file_filter)
    return path or None


def _inform(parent: QWidget, text: str) -> None:
    Ask.inform(parent, APP_NAME, text)


def _warn(parent: QWidget, text: str) -> None:
    Ask.warn(parent, APP_NAME, text)


class PackAsk:
    """Indirection so tests can choose a file and read messages without modal windows."""

    open_path = staticmethod(_open_path)
    inform = staticmethod(_inform)
    warn = staticmethod(_warn)


class ContentPackInstaller(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.runner = TaskRunner(self)
        self.handle: TaskHandle | None = None
        self.progress: QProgressDialog | None = None

    def run(self) -> None:
        if not getattr(self.window, "require_trainer", lambda: True)():
            return
        chosen = PackAsk.open_path(self.window, translate("ContentPacks", "Install content pack"), translate("ContentPacks", "Content packs (*.zip)"))
        if not chosen:
            return
        from trainer.content.packs import install_pack
        from trainer.services.content_packs import publisher_trust

        ctx = self.window.ctx
        pack, bundled, data_dir = Path(chosen), ctx.content_dir, ctx.data_dir
        trust = publisher_trust(ctx.store.db)  # read here: the database belongs to this thread
        self.progress = QProgressDialog(translate("ContentPacks", "Checking the content pack…"), translate("ContentPacks", "Cancel"), 0, 0, self.window)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.handle = self.runner.submit(lambda report: install_pack(pack, bundled, data_dir, report, trust))
        self.progress.canceled.connect(self.handle.cancel)
        self.handle.progress.connect(self._on_progress)
        self.handle.done.connect(self._on_done)
        self.handle.failed.connect(self._on_failed)
        self.handle.finished.connect(self._close_progress)

    def _on_progress(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None

    def _on_done(self, result: InstallResult) -> None:
        lines = []
        for m in result.modules:
            if m.replaced:
                lines.append(translate("ContentPacks", "{0}: version {1} (replaces {2})").format(m.id, m.version, m.replaced))
            else:
                lines.append(translate("ContentPacks", "{0}: version {1} (new)").format(m.id, m.version))
        if result.kind == "unofficial":
            if result.signature is None:
                lines.append(translate("ContentPacks", "The pack is unsigned: these modules are labelled unofficial."))
            else:
                lines.append(
                    translate(
                        "ContentPacks",
                        "The pack is signed by key {0}, which is not trusted here: these modules are labelled unofficial.",
                    ).format(result.fingerprint)
                )
        PackAsk.inform(
            self.window,
            translate("ContentPacks", "Installed from {0}:\n{1}\n\nRestart Qorgau to use the new content.").format(
                result.pack.name, "\n".join(lines)
            ),
        )

    def _on_failed(self, exc: BaseException) -> None:
        from trainer.content.packs import PackError

        if isinstance(exc, PackError):
            text = translate("ContentPacks", "{0} was not installed; nothing was changed:\n{1}").format(
                exc.pack.name, "\n".join(exc.problems[:20])
            )
        else:
            text = translate("ContentPacks", "The content pack was not installed: {0}").format(exc)
        PackAsk.warn(self.window, text)

    def shutdown(self) -> None:
        self.runner.shutdown()


def install(window: QMainWindow) -> None:
    installer = ContentPackInstaller(window)
    window.content_packs = installer
    action = window.trainer_menu.addAction(translate("ContentPacks", "Install content pack…"))
    action.setObjectName("install_content_pack")
    action.triggered.connect(installer.run)
