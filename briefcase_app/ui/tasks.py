"""Slow work off the GUI thread: a QRunnable whose signals report progress, result or failure.

The function runs in a pool thread and receives a `Task` handle: `task.progress(done, total, text)`
and `task.cancelled` (checked by the function). It must not touch widgets or the GUI thread's
Store: a worker opens its own Store from a path or receives plain data.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class TaskSignals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class Task(QRunnable):
    def __init__(self, fn: Callable[[Task], Any], name: str = "task"):
        super().__init__()
        self.fn = fn
        self.name = name
        self.signals = TaskSignals()
        self._cancel = threading.Event()
        self.setAutoDelete(False)  # Python keeps the reference; Qt must not delete it under us

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def progress(self, done: int, total: int, text: str = "") -> None:
        self.signals.progress.emit(done, total, text)

    def run(self) -> None:
        try:
            result = self.fn(self)
        except BaseException as e:  # reported to the GUI thread, which shows and logs it
            if self.cancelled:
                self.signals.cancelled.emit()
            else:
                log.debug("task %s failed", self.name, exc_info=True)
                self.signals.failed.emit(e)
            return
        if self.cancelled:
            self.signals.cancelled.emit()
        else:
            self.signals.finished.emit(result)


class TaskRunner(QObject):
    """Starts tasks on a private pool and keeps them alive until they report back."""

    def __init__(self, parent: QObject | None = None, threads: int = 2):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        self._running: set[Task] = set()

    def start(self, task: Task) -> Task:
        self._running.add(task)
        for signal in (task.signals.finished, task.signals.failed, task.signals.cancelled):
            signal.connect(lambda *_a, t=task: self._running.discard(t))
        self.pool.start(task)
        return task

    def cancel_all(self) -> None:
        for task in list(self._running):
            task.cancel()

    def wait(self, msecs: int = 10_000) -> bool:
        return self.pool.waitForDone(msecs)
