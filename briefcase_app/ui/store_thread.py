"""One worker thread with its own connection to the session's store, for reads too slow for the GUI
thread (list pages of a large store, assembling a large pack). The sqlite3 connection is made
and used on that thread only; callers get plain data back through signals."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool

from .tasks import Task

log = logging.getLogger(__name__)


class StoreThread(QObject):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.pool.setExpiryTimeout(-1)  # the thread, and its connection, stay for the session
        self.path: Path | None = None
        self._local = threading.local()
        self._tasks: set[Task] = set()

    def set_path(self, path: Path | None) -> None:
        if path == self.path:
            return
        self.path = path
        self.pool.start(Task(lambda _t: self._close(), "close store"))

    def _close(self) -> None:
        records = getattr(self._local, "records", None)
        if records is not None:
            records.close()
            self._local.records = None

    def _records(self):
        """A RecordService over this thread's own connection (opened on first use)."""
        from ..services.collection import open_store
        from ..services.records import RecordService

        path = self.path
        records = getattr(self._local, "records", None)
        if records is not None and records.store.path == path:
            return records
        self._close()
        if path is None:
            raise RuntimeError("no store is open")
        self._local.records = RecordService(open_store(path, create=False, check=False))
        return self._local.records

    def submit(self, fn: Callable, done: Callable, failed: Callable | None = None) -> Task:
        """Run fn(records) on the thread (a RecordService of its own); done(result) or
        failed(error) on the GUI thread."""
        task = Task(lambda _t: fn(self._records()), "store read")
        task.signals.finished.connect(done)
        task.signals.finished.connect(lambda *_a, t=task: self._tasks.discard(t))
        task.signals.failed.connect(lambda *_a, t=task: self._tasks.discard(t))
        if failed is not None:
            task.signals.failed.connect(failed)
        self._tasks.add(task)
        self.pool.start(task)
        return task

    def shutdown(self) -> None:
        self.path = None
        self.pool.start(Task(lambda _t: self._close(), "close store"))
        self.pool.waitForDone(10_000)
