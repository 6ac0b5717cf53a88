"""One open store: its file, lock (one window per store), Store and services."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLockFile

from ..domain.errors import StoreError
from ..services.demo import fill_demo
from ..services.records import RecordService
from ..store import Store

log = logging.getLogger(__name__)


class Session:
    def __init__(self, path: Path, store: Store, lock: QLockFile | None):
        self.path, self.store, self.lock = path, store, lock
        self.records = RecordService(store)

    @classmethod
    def open(cls, path: Path, demo_if_new: bool = False) -> Session:
        """Open (or create) the store at `path`; refuses a store open in another window."""
        path = Path(path).expanduser()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise StoreError(f"{path}: cannot create its folder ({e.strerror})") from None
        lock = QLockFile(str(path) + ".lock")
        lock.setStaleLockTime(0)  # a lock left by a crash is stale once its process is gone
        if not lock.tryLock(100):
            info = lock.getLockInfo()  # (pid, host, app), with a leading ok flag in some versions
            info = info[1:] if len(info) == 4 else info
            who = f" (process {info[0]} on {info[1]})" if info and info[0] else ""
            raise StoreError(
                f"{path} is already open in another Briefcase window{who}. "
                "Use that window, or open another store."
            )
        first_run = demo_if_new and not path.exists()
        try:
            store = Store.open(path, create=True)
            if first_run:
                fill_demo(RecordService(store))
        except BaseException:
            lock.unlock()
            raise
        log.info("opened store %s", path)
        return cls(path, store, lock if lock.isLocked() else None)

    def close(self) -> None:
        try:
            self.store.close()
        finally:
            if self.lock is not None:
                self.lock.unlock()
        log.info("closed store %s", self.path)
