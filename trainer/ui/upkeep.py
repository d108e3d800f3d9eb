"""The database's deferred integrity check and start backup, run on a worker thread once the main
window is on screen, so neither makes start-up wait on a large database.

Until the check has passed, the database holds every write (``trainer.storage.integrity``); if
it fails, writes stay refused and the user is told to restart, which restores the newest backup.
"""

from __future__ import annotations

import sys
import threading

from PySide6.QtCore import QObject, Signal

from trainer.services.context import AppContext
from trainer.storage.backup import Upkept
from trainer.ui.trainer.tasks import TaskRunner


class Upkeep(QObject):
    damaged = Signal(str)  # what the check found
    finished = Signal()

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._stop = threading.Event()
        self.runner = TaskRunner(self, max_threads=1)
        self.running = False

    def start(self) -> None:
        """Start the work, if any is owed; ``finished`` comes on this thread when it is done."""
        work = self.context.upkeep()
        if work is None or self._stop.is_set():
            self.finished.emit()
            return
        self.running = True
        handle = self.runner.submit(lambda _progress: work(self._stop.is_set))
        handle.done.connect(self._done)
        handle.failed.connect(self._failed)

    def stop(self) -> None:
        """Stop the check or the backup within a moment (the app is closing) and wait for the thread."""
        self._stop.set()
        self.context.stop_upkeep()
        self.runner.shutdown()
        self.running = False

    def _done(self, result: Upkept) -> None:
        self.running = False
        self.context.upkept(result)
        if result.backup_error:
            print(result.backup_error, file=sys.stderr, flush=True)
        if result.problem is not None:
            self.damaged.emit(result.problem)
        self.finished.emit()

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        print(f"The check of the progress database failed: {exc}", file=sys.stderr, flush=True)
        self.finished.emit()
