"""A small task runner: work that may take longer than ~100 ms runs on a thread pool, results come back
on the UI thread through signals, and a cancel flag reaches the work through its progress callback.

The work must not touch widgets, nor a sqlite connection opened on another thread (the report
service opens one connection per thread for this reason).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Progress = Callable[[int, int], bool]
"""progress(done, total) -> False once the task was cancelled: the work should stop then."""


class Cancelled(Exception):
    """Raised by work that noticed its progress callback returned False."""


class _Signals(QObject):
    """Cross-thread notices carry no Python objects; results travel on the handle instead, so no
    Python object is wrapped in a QVariant and copied between threads."""

    done = Signal()
    failed = Signal()
    cancelled = Signal()
    progress = Signal(int, int)


class TaskHandle(QObject):
    """One submitted task: cancel it, or connect to what it reports (always on the UI thread)."""

    done = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()
    progress = Signal(int, int)
    finished = Signal()  # after any of done, failed or cancelled

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self.running = True
        self._result: Any = None
        self._error: BaseException | None = None

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, done: int, total: int) -> bool:
        """The progress callback handed to the work (runs on the worker thread)."""
        self._signals.progress.emit(done, total)
        return not self._cancel.is_set()

    # Receiving on the UI thread -------------------------------------------------------------
    @Slot()
    def _on_done(self) -> None:
        self._end()
        result, self._result = self._result, None
        if self.is_cancelled:
            self.cancelled.emit()
        else:
            self.done.emit(result)
        self.finished.emit()

    @Slot()
    def _on_failed(self) -> None:
        self._end()
        exc, self._error = self._error, None
        self.failed.emit(exc)
        self.finished.emit()

    @Slot()
    def _on_cancelled(self) -> None:
        self._end()
        self.cancelled.emit()
        self.finished.emit()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if self.running:
            self.progress.emit(done, total)

    def _end(self) -> None:
        self.running = False


class _Job(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], handle: TaskHandle, signals: _Signals) -> None:
        super().__init__()
        # Python owns the job (TaskRunner._jobs) until run() has returned; Qt never deletes it.
        self.setAutoDelete(False)
        self.work, self.handle, self.signals = work, handle, signals
        self.ended = threading.Event()

    def run(self) -> None:
        try:
            result = self.work(self.handle.report)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as exc:
            if self.handle.is_cancelled:
                self.signals.cancelled.emit()
            else:
                log.exception("background task failed")
                self.handle._error = exc
                self.signals.failed.emit()
        else:
            self.handle._result = result
            self.signals.done.emit()
        finally:
            self.ended.set()


class TaskRunner(QObject):
    """Runs tasks on its own thread pool; ``busy_changed`` drives busy indicators."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._running: set[TaskHandle] = set()
        self._signals: dict[TaskHandle, _Signals] = {}
        self._jobs: list[_Job] = []  # referenced until their run() has returned

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def submit(self, work: Callable[[Progress], Any]) -> TaskHandle:
        """Start ``work(progress)`` on the pool; connect to the returned handle's signals at once."""
        handle = TaskHandle(self)
        signals = _Signals()  # lives on the UI thread, so its signals queue to it
        handle._signals = signals
        signals.done.connect(handle._on_done)
        signals.failed.connect(handle._on_failed)
        signals.cancelled.connect(handle._on_cancelled)
        signals.progress.connect(handle._on_progress)
        handle.finished.connect(lambda h=handle: self._forget(h))
        was_busy = self.busy
        self._running.add(handle)
        self._signals[handle] = signals
        self._jobs = [j for j in self._jobs if not j.ended.is_set()]
        job = _Job(work, handle, signals)
        self._jobs.append(job)
        self.pool.start(job)
        if not was_busy:
            self.busy_changed.emit(True)
        return handle

    def _forget(self, handle: TaskHandle) -> None:
        self._running.discard(handle)
        self._signals.pop(handle, None)
        handle.deleteLater()
        if not self._running:
            self.busy_changed.emit(False)

    def cancel_all(self) -> None:
        for handle in list(self._running):
            handle.cancel()

    def shutdown(self, timeout_ms: int = 30000) -> None:
        """Cancel everything and wait for the threads, so nothing outlives the window."""
        self.cancel_all()
        self.pool.waitForDone(timeout_ms)
