"""Long work off the UI thread: a task runs in the thread pool and reports back by signals,
with progress and a cancel flag the work checks between steps."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class Cancelled(Exception):
    """Raised by work that saw its cancel flag."""


class TaskControl:
    """Handed to the work: report progress, and check whether the user cancelled."""

    def __init__(self, signals: _TaskSignals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def progress(self, done: int, total: int) -> None:
        self._signals.progress.emit(done, total)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled


class _TaskSignals(QObject):
    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)
    cancelled = Signal()


class _Runnable(QRunnable):
    def __init__(
        self, work: Callable[[TaskControl], Any], signals: _TaskSignals, control: TaskControl
    ) -> None:
        super().__init__()
        self._work = work
        self._signals = signals
        self._control = control

    def run(self) -> None:
        try:
            result = self._work(self._control)
        except Cancelled:
            self._signals.cancelled.emit()
        except BaseException as exc:  # handed to the UI thread, which shows or re-raises it
            self._signals.failed.emit(exc)
        else:
            self._signals.finished.emit(result)


# Tasks stay referenced here until their work ends, whatever happens to the window that
# started them: the pool thread still holds the work and will report on its signals.
_LIVE: set[Task] = set()


class Task(QObject):
    """A piece of work in the thread pool. `owner` is the widget that wants the result; if
    it is destroyed first (the session locked, the window closed), the result is dropped."""

    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)
    cancelled = Signal()

    def __init__(self, work: Callable[[TaskControl], Any], owner: QObject | None = None) -> None:
        super().__init__(None)
        self._abandoned = False
        if owner is not None:
            owner.destroyed.connect(self._abandon)
        self._signals = _TaskSignals()
        self.control = TaskControl(self._signals)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self._signals.progress.connect(self.progress)
        self._signals.cancelled.connect(self._on_cancelled)
        self._runnable = _Runnable(work, self._signals, self.control)
        self._runnable.setAutoDelete(False)
        self.done = False

    def start(self) -> Task:
        _LIVE.add(self)
        QThreadPool.globalInstance().start(self._runnable)
        return self

    def cancel(self) -> None:
        self.control.cancel()

    def _abandon(self) -> None:
        self._abandoned = True
        self.control.cancel()

    def _end(self) -> bool:
        """Mark the work ended; whether anyone still wants to hear about it."""
        self.done = True
        _LIVE.discard(self)
        return not self._abandoned

    def _on_finished(self, result: object) -> None:
        if self._end():
            self.finished.emit(result)

    def _on_failed(self, exc: object) -> None:
        if self._end():
            self.failed.emit(exc)

    def _on_cancelled(self) -> None:
        if self._end():
            self.cancelled.emit()
