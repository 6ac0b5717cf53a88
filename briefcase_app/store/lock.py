"""Who is using a store, across processes: every program that has it open holds a shared lock,
whatever replaces the file needs the exclusive one, and one window at a time holds the window lock.

The locks are taken on small files beside the store (`<store>.lock`, `<store>.window.lock`),
never on the store or its -wal/-shm: a second descriptor of the database file, once closed,
would drop SQLite's own POSIX locks. portalocker uses flock() on POSIX, which belongs to one
open file (two locks in one process do not interfere), and LockFileEx on Windows."""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path

import portalocker

from ..domain.errors import StoreError

log = logging.getLogger(__name__)

#: how long opening a store waits for an exclusive operation (a restore) to finish.
WAIT_FOR_EXCLUSIVE_S = 15.0


class StoreInUse(StoreError):
    """The store is open in another Briefcase window or command."""


class FileLock:
    """One lock file, held shared or exclusive until release()."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._file = None

    def acquire(self, exclusive: bool, wait: float = 0.0) -> bool:
        """Take the lock; False if another holder keeps it past `wait` seconds.

        A folder where the lock file cannot be made (read-only) gives True without a lock:
        nothing can write or replace the store there either."""
        handle = self._open()
        if handle is None:
            return True
        flags = portalocker.LockFlags.EXCLUSIVE if exclusive else portalocker.LockFlags.SHARED
        deadline = time.monotonic() + wait
        while True:
            try:
                portalocker.lock(handle, flags | portalocker.LockFlags.NON_BLOCKING)
            except portalocker.LockException:
                if time.monotonic() >= deadline:
                    handle.close()
                    return False
                time.sleep(0.05)
            else:
                self._file = handle
                return True

    def _open(self):
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            try:
                fd = os.open(self.path, os.O_RDONLY)
            except OSError as e:
                log.info("no lock file %s (%s): going on without", self.path, e.strerror)
                return None
        return os.fdopen(fd, "r+b" if os.access(self.path, os.W_OK) else "rb")

    def write_owner(self) -> None:
        """Note this process in the lock file, for the message another window shows."""
        if self._file is not None and self._file.writable():
            self._file.seek(0)
            self._file.truncate()
            self._file.write(f"{os.getpid()}\n".encode())
            self._file.flush()

    def owner(self) -> str:
        try:
            return self.path.read_text(encoding="ascii", errors="replace").strip()
        except OSError:
            return ""

    def release(self) -> None:
        if self._file is not None:
            try:
                portalocker.unlock(self._file)
            finally:
                self._file.close()
                self._file = None

    @property
    def held(self) -> bool:
        return self._file is not None


def lock_path(store: Path, suffix: str = ".lock") -> Path:
    return Path(f"{Path(store).absolute()}{suffix}")


def use(store: Path) -> FileLock:
    """The shared lock every program holds while the store is open; waits out a restore."""
    lock = FileLock(lock_path(store))
    if not lock.acquire(exclusive=False, wait=WAIT_FOR_EXCLUSIVE_S):
        raise StoreInUse(
            f"{store}: another Briefcase command is replacing the store (a restore); try again when it is done"
        )
    return lock


def exclusive(store: Path) -> FileLock:
    """The lock for replacing the store: refused while any window or command has it open."""
    lock = FileLock(lock_path(store))
    if not lock.acquire(exclusive=True):
        raise StoreInUse(
            f"{store}: the store is open in another Briefcase window or command; close it first. "
            "Nothing was changed."
        )
    return lock


def window(store: Path) -> FileLock:
    """One window per store: a second window on the same store is refused, naming the first."""
    lock = FileLock(lock_path(store, ".window.lock"))
    if not lock.acquire(exclusive=True, wait=0.1):
        who = lock.owner()
        raise StoreInUse(
            f"{store} is already open in another Briefcase window"
            + (f" (process {who})" if who.isdigit() else "")
            + ". Use that window, or open another store."
        )
    lock.write_owner()
    return lock
