"""Copies of a store file through SQLite's backup API: consistent while in use, written privately."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from .. import private_files
from .schema import APPLICATION_ID

_TIMEOUT = 10.0


def check_file(path: Path) -> str | None:
    """Why `path` is not a good Briefcase store (read-only checks), or None if it is one."""
    if not Path(path).is_file():
        return "not a file"
    if not os.access(path, os.R_OK):
        return "cannot read it (permission denied)"
    try:  # through SQLite only: see db._check_existing for why never open() a store
        conn = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True, timeout=_TIMEOUT)
    except sqlite3.Error as e:
        return f"cannot open it ({e})"
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            return "not a Briefcase store"
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
        return None if result == "ok" else f"damaged ({result})"
    except sqlite3.DatabaseError as e:
        message = str(e).lower()
        if "not a database" in message:
            return "not a SQLite database"
        if "malformed" in message:
            return f"damaged ({e})"
        return f"cannot read it ({e})"
    finally:
        conn.close()


def backup_file(source: Path, dest: Path) -> None:
    """Copy the store at `source` to `dest` (mode 0600): temp file, backup API, fsync, rename."""
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    with private_files.replacing(dest) as temp:
        src = sqlite3.connect(str(source), timeout=_TIMEOUT)
        try:
            target = sqlite3.connect(str(temp))
            try:
                src.backup(target)
                target.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            finally:
                target.close()
        finally:
            src.close()


def copy_into(backup: Path, store: Path) -> None:
    """Make the (healthy, closed) store at `store` hold what `backup` holds, through SQLite."""
    src = sqlite3.connect(Path(backup).resolve().as_uri() + "?mode=ro", uri=True, timeout=_TIMEOUT)
    try:
        target = sqlite3.connect(str(store), timeout=_TIMEOUT)
        try:
            src.backup(target)
            target.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            target.close()
    finally:
        src.close()


def companions(path: Path) -> list[Path]:
    """The store file and its -wal/-shm files that exist."""
    return [p for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists()]
