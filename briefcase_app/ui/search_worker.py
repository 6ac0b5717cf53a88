"""Searches run on one worker thread (an ops.Worker; its SearchService connection lives there);
typing never waits. Only the newest query matters: while one runs, later keystrokes replace the
pending one."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from .ops import Job, Worker

if TYPE_CHECKING:
    from ..services.search import SearchResult, SearchService

log = logging.getLogger(__name__)


class SearchWorker(QObject):
    """`submit(key, fn)`: fn(service) -> SearchResult runs off the GUI thread; `done(key, result)`
    or `failed(key, error)` report back, only for the newest submission."""

    done = Signal(object, object)
    failed = Signal(object, object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.worker = Worker(self, threads=1)  # needs no store connection: the service has its own
        self.pool = self.worker.pool
        self.pool.setExpiryTimeout(-1)  # keep the thread, and with it the search connection
        self.service: SearchService | None = None
        self._running: Job | None = None
        self._pending: tuple[object, Callable] | None = None
        self._latest: object = None

    def set_store_path(self, path) -> None:
        from ..services.search import SearchService

        old, self.service = self.service, (SearchService(path) if path else None)
        if old is not None:
            self.worker.start(Job(lambda _j: old.close(), "close search"))

    def submit(self, key: object, fn: Callable[[SearchService], SearchResult]) -> None:
        self._latest = key
        if self.service is None:
            return
        if self._running is not None:
            self._pending = (key, fn)
            return
        self._start(key, fn)

    def _start(self, key, fn) -> None:
        service = self.service
        job = Job(lambda _j: fn(service), "search")
        job.signals.finished.connect(lambda result, k=key: self._finished(k, result, None))
        job.signals.failed.connect(lambda error, k=key: self._finished(k, None, error))
        self._running = self.worker.start(job)

    def _finished(self, key, result, error) -> None:
        self._running = None
        if self._pending is not None:
            pending, self._pending = self._pending, None
            self._start(*pending)
        if key != self._latest:
            return  # an older query: its answer is no longer wanted
        if error is not None:
            self.failed.emit(key, error)
        else:
            self.done.emit(key, result)

    def shutdown(self) -> None:
        self._pending = None
        self.set_store_path(None)
        self.pool.waitForDone(5000)
