"""Open a store file safely: refuse what is not ours, too new or corrupt; then migrate."""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from ..domain.errors import StoreError
from . import schema, upgrade

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000


def _connect(path: Path | str, read_only: bool = False) -> sqlite3.Connection:
    if read_only:
        uri = Path(path).resolve().as_uri() + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    else:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def _refusal(path: Path, error: sqlite3.Error) -> StoreError:
    """The one-line reason SQLite could not read an existing file: damaged only when it is."""
    message = str(error).lower()
    if "not a database" in message or "file is encrypted" in message:
        return StoreError(f"{path}: not a Briefcase store (not a SQLite database); left untouched")
    if "malformed" in message:
        return StoreError(
            f"{path}: the store is damaged ({error}); it was left untouched. "
            "Restore a backup (briefcase-app backups) or open another store."
        )
    if "locked" in message or "busy" in message:
        return StoreError(
            f"{path}: the store is busy (another program held it for {BUSY_TIMEOUT_MS // 1000} s); "
            "nothing was changed, try again"
        )
    if not os.access(path, os.R_OK):
        return StoreError(f"{path}: cannot read the store (permission denied)")
    if not os.access(path.parent, os.W_OK) or "readonly" in message or "read-only" in message:
        return StoreError(
            f"{path}: the store is in a read-only folder (SQLite needs to write its -wal and -shm "
            "files beside it); copy it somewhere writable"
        )
    return StoreError(f"{path}: cannot read the store ({error}); it was left untouched")


def _check_existing(path: Path, integrity: bool = True) -> None:
    """Read-only checks of a file that exists; raises StoreError and touches nothing.

    Everything is read through SQLite, never with Python's open(): closing a descriptor of a
    database file drops every POSIX lock this process holds on it, SQLite's included, and
    another process may then delete the -wal this process is still writing to."""
    if path.is_dir():
        raise StoreError(f"{path}: is a folder, not a Briefcase store")
    try:
        conn = _connect(path, read_only=True)
    except sqlite3.Error as e:
        raise _refusal(path, e) from None
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if app_id != schema.APPLICATION_ID and tables:
            raise StoreError(f"{path}: a SQLite database but not a Briefcase store; left untouched")
        check = conn.execute("PRAGMA quick_check").fetchone()[0] if integrity else "ok"
        if check != "ok":
            raise StoreError(
                f"{path}: the store is damaged ({check}); it was left untouched. "
                "Restore a backup (briefcase-app backups) or open another store."
            )
        if "_sqlite_migrations" in tables:
            applied = {
                r[0]
                for r in conn.execute(
                    "SELECT name FROM _sqlite_migrations WHERE migration_set = ?",
                    [schema.MIGRATION_SET],
                )
            }
            unknown = applied - schema.known_migration_names()
            if unknown:
                raise StoreError(
                    f"{path}: written by a newer version of Briefcase "
                    f"(schema {', '.join(sorted(unknown))}); update Briefcase to open it. "
                    "It was not changed."
                )
    except sqlite3.Error as e:
        raise _refusal(path, e) from None
    finally:
        conn.close()


def _create_private_file(path: Path) -> None:
    """Create an empty file readable by the owner only; SQLite gives -wal/-shm the same mode."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)


def open_database(path: Path | str, create: bool = True, check: bool = True) -> Database:
    """A migrated sqlite-utils Database on `path` (":memory:" for tests)."""
    if str(path) == ":memory:":
        db = Database(memory=True, execute_plugins=False)
    else:
        path = Path(path)
        if path.exists():
            if path.stat().st_size > 0 or path.is_dir():
                _check_existing(path, integrity=check)
            else:
                raise StoreError(f"{path}: an empty file, not a Briefcase store; left untouched")
        elif not create:
            raise StoreError(f"{path}: no store there (create one with 'briefcase-app demo')")
        else:
            try:
                _create_private_file(path)
            except OSError as e:
                raise StoreError(f"{path}: cannot create the store ({e.strerror})") from None
        try:
            db = Database(_connect(path), execute_plugins=False)
        except sqlite3.Error as e:
            raise StoreError(f"{path}: cannot open the store ({e})") from None
    try:
        _configure(db)
        # an older version's store is copied to <store>-backups/ first (store/upgrade.py)
        db.upgrade = None if str(path) == ":memory:" else upgrade.backup_if_older(db, Path(path))
        schema.migrations.apply(db)
    except sqlite3.OperationalError as e:
        db.close()
        if "readonly" in str(e) or "read-only" in str(e):
            raise StoreError(
                f"{path}: the store is read-only; copy it somewhere writable or fix its permissions"
            ) from None
        raise StoreError(f"{path}: cannot prepare the store ({e})") from None
    return db


def _configure(db: Database) -> None:
    from .search_index import register_functions

    register_functions(db.conn)  # the search triggers call them on every write (stems, NFKC)
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA secure_delete = ON")
    if not db.memory:
        mode = db.execute("PRAGMA journal_mode").fetchone()[0]
        if mode != "wal":
            db.execute("PRAGMA journal_mode = WAL")
        # FULL: a transaction reported saved survives a power cut, not only a crash.
        db.execute("PRAGMA synchronous = FULL")
