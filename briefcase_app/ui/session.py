"""One open store: its file, its window lock (one window per store), Store and services."""

from __future__ import annotations

import logging
from pathlib import Path

from ..domain.errors import StoreError
from ..services.demo import fill_demo
from ..services.records import RecordService
from ..store import Store
from ..store import lock as store_lock

log = logging.getLogger(__name__)


class Session:
    def __init__(self, path: Path, store: Store, lock: store_lock.FileLock):
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
        lock = store_lock.window(path)  # shared with the command line: it lives in store/
        first_run = demo_if_new and not path.exists()
        try:
            # the whole-file check, when due, runs in the background once the window is up
            # (ui/backups.snapshot_on_open) or before the first write, whichever comes first
            store = Store.open(path, create=True, check="later")
            if first_run:
                fill_demo(RecordService(store))
        except BaseException:
            lock.release()
            raise
        log.info("opened store %s", path)
        return cls(path, store, lock)

    def close(self) -> None:
        try:
            self.store.close()
        finally:
            self.lock.release()
        log.info("closed store %s", self.path)
