"""The one door to the store for the window and the command line: opening a store (or the
window's session on one) and what a store error means. ui/ and cli/ never import store/
(an import-linter contract in pyproject.toml says so); they come through here."""

from __future__ import annotations

import logging
from pathlib import Path

from ..domain.errors import StoreError
from ..store import ANY, Store
from ..store import lock as store_lock
from ..store.errors import DATABASE_ERRORS, user_message
from .demo import fill_demo
from .records import RecordService

__all__ = ["ANY", "STORE_ERRORS", "Session", "Store", "open_store", "store_error_message"]

log = logging.getLogger(__name__)

#: what callers above services/ catch for "the database said no" (sqlite3's errors).
STORE_ERRORS: tuple[type[BaseException], ...] = DATABASE_ERRORS


def store_error_message(error: BaseException) -> str:
    """A store error as a sentence a person can act on."""
    return user_message(error)


def open_store(path: Path | str, create: bool = False, check: bool | str = "auto") -> Store:
    """A connection of this thread (or process) to the store at `path`; close it when done."""
    return Store.open(Path(path), create=create, check=check)


class Session:
    """One store open in the window: its file, its window lock (one window per store), the
    connection of the GUI thread and the record service over it."""

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
            # (ui/backups.snapshot_on_open calls verify) or before the first write
            store = Store.open(path, create=True, check="later")
            if first_run:
                fill_demo(RecordService(store))
        except BaseException:
            lock.release()
            raise
        log.info("opened store %s", path)
        return cls(path, store, lock)

    def verify(self) -> None:
        """The whole-file integrity check when it is due (slow on a big store: call it off the GUI thread)."""
        self.store.verify()

    @property
    def upgrade(self):
        """What this version's upgrade of the store did on opening (with its backup), or None."""
        return self.store.upgrade

    @property
    def damaged(self) -> bool:
        """True once the integrity check found the store damaged (nothing more is written)."""
        return bool(self.store.unchecked)

    def close(self) -> None:
        try:
            self.store.close()
        finally:
            self.lock.release()
        log.info("closed store %s", self.path)
