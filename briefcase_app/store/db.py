"""Open a store file safely: refuse what is not ours, too new or corrupt; then migrate."""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import time
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


# ---- when to read the whole file ----------------------------------------------------------
# `PRAGMA quick_check` reads every page: 0.5 s on an 830 MB store, for each command. It runs
# when something may have happened to the file since the last check, never on every open:
# - no record of a check, or the last one is more than a day old;
# - the store's size or modification time differ from what the last close recorded (another
#   program wrote to it, a crash left it mid-write, a backup was restored, bytes were damaged);
# - a -wal is there when this process opens it (another program has it open, or the last
#   close was not clean).
# The record is a small JSON file beside the store, `<store>.checked`, never the store itself:
# Python's open() on the database file would drop SQLite's POSIX locks when closed.
CHECK_EVERY_S = 24 * 3600


def marker_path(path: Path) -> Path:
    return Path(f"{Path(path)}.checked")


def _file_key(path: Path) -> str:
    st = Path(path).stat()
    return f"{st.st_size}:{st.st_mtime_ns}"


def _read_marker(path: Path) -> dict:
    try:
        data = json.loads(marker_path(path).read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _write_marker(path: Path, data: dict) -> None:
    target = marker_path(path)
    temp = target.with_name(target.name + ".tmp")
    try:
        fd = os.open(temp, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f)
        os.replace(temp, target)
    except OSError as e:  # a read-only folder: the check simply runs each time
        log.info("cannot record the integrity check of %s: %s", path, e)


def check_needed(path: Path, now: float | None = None) -> str | None:
    """Why the whole file should be read before it is used, or None when a check is fresh."""
    path = Path(path)
    marker = _read_marker(path)
    now = time.time() if now is None else now
    if not marker.get("checked"):
        return "never checked"
    if now - float(marker["checked"]) > CHECK_EVERY_S or now < float(marker["checked"]):
        return "last checked more than a day ago"
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return "open elsewhere, or not closed cleanly"
    if marker.get("file") != _file_key(path):
        return "changed since Briefcase last closed it"
    return None


def integrity_check(path: Path) -> None:
    """`PRAGMA quick_check` over the whole file on its own read-only connection; records the
    result beside the store. Raises StoreError when damaged."""
    _check_existing(Path(path), integrity=True)
    wal = Path(f"{path}-wal")
    clean = not (wal.exists() and wal.stat().st_size > 0)
    _write_marker(Path(path), {"checked": time.time(), "file": _file_key(path) if clean else ""})


def record_clean_close(path: Path) -> None:
    """After the last connection closed (no -wal left): the file as it is now is the one checked."""
    path = Path(path)
    wal = Path(f"{path}-wal")
    if not path.exists() or (wal.exists() and wal.stat().st_size > 0):
        return  # another connection still has it open: its close records it
    marker = _read_marker(path)
    if marker.get("checked"):
        _write_marker(path, {"checked": marker["checked"], "file": _file_key(path)})


def _create_private_file(path: Path) -> None:
    """Create an empty file readable by the owner only; SQLite gives -wal/-shm the same mode."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)


class StoreDatabase(Database):
    """A sqlite-utils Database that also knows what opening it found."""

    #: a full integrity check is due and was left for later (check="later")
    unchecked: bool = False
    #: the backup taken before this open upgraded an older store, if it did
    upgrade: upgrade.Upgrade | None = None


def open_database(path: Path | str, create: bool = True, check: bool | str = "auto") -> StoreDatabase:
    """A migrated sqlite-utils Database on `path` (":memory:" for tests).

    `check`: True reads the whole file now (quick_check); "auto" does when `check_needed`
    says so; "later" and False only make the cheap checks (a foreign file, a newer schema),
    and "later" leaves `db.unchecked` set when a full check is due (Store runs it before the
    first write, and the window in the background)."""
    unchecked = created = False
    if str(path) == ":memory:":
        db = StoreDatabase(memory=True, execute_plugins=False)
    else:
        path = Path(path)
        if path.exists():
            if path.stat().st_size > 0 or path.is_dir():
                due = path.is_file() and check not in (True, False) and check_needed(path) is not None
                _check_existing(path, integrity=False)  # a foreign file or a newer schema: refused now
                if check is True or (check == "auto" and due):
                    integrity_check(path)
                unchecked = check == "later" and due
            else:
                raise StoreError(f"{path}: an empty file, not a Briefcase store; left untouched")
        elif not create:
            raise StoreError(f"{path}: no store there (create one with 'briefcase-app demo')")
        else:
            created = True
            try:
                _create_private_file(path)
            except OSError as e:
                raise StoreError(f"{path}: cannot create the store ({e.strerror})") from None
        try:
            db = StoreDatabase(_connect(path), execute_plugins=False)
        except sqlite3.Error as e:
            raise StoreError(f"{path}: cannot open the store ({e})") from None
    try:
        _configure(db)
        # an older version's store is copied to <store>-backups/ first (store/upgrade.py)
        if unchecked and _needs_migration(db):
            integrity_check(Path(path))  # an upgrade writes: the whole file is checked first
            unchecked = False
        db.unchecked = unchecked
        db.upgrade = None if str(path) == ":memory:" else upgrade.backup_if_older(db, Path(path))
        schema.migrations.apply(db)
        if created:  # nothing in it to damage yet: checked as of now
            _write_marker(Path(path), {"checked": time.time(), "file": ""})
    except StoreError:
        db.close()
        raise
    except sqlite3.OperationalError as e:
        db.close()
        if "readonly" in str(e) or "read-only" in str(e):
            raise StoreError(
                f"{path}: the store is read-only; copy it somewhere writable or fix its permissions"
            ) from None
        raise StoreError(f"{path}: cannot prepare the store ({e})") from None
    return db


def _needs_migration(db: Database) -> bool:
    if "_sqlite_migrations" not in db.table_names():
        return True
    applied = {
        r[0]
        for r in db.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [schema.MIGRATION_SET]
        ).fetchall()
    }
    return bool(schema.known_migration_names() - applied)


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
