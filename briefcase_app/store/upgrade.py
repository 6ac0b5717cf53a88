"""A store written by an older Briefcase is backed up before this version migrates its schema.

The copy goes to the store's default backup folder, `<store>-backups/`, named as the other
backups are (`<stem>-<UTC time>-before-upgrade.db`, services/backups.py), so `briefcase-app
backups` lists it and `restore-backup` brings it back. A store that cannot be copied is not
migrated: opening it fails and nothing is changed.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from ..domain.errors import StoreError
from . import schema

log = logging.getLogger(__name__)

REASON = "before-upgrade"


@dataclass(frozen=True)
class Upgrade:
    """What opening a store did to its schema: the migrations that ran, and the copy made first."""

    path: Path
    migrations: tuple[str, ...]
    backup: Path


def applied_migrations(db: Database) -> set[str]:
    if not db["_sqlite_migrations"].exists():
        return set()
    return {
        r[0]
        for r in db.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [schema.MIGRATION_SET]
        ).fetchall()
    }


def pending_migrations(db: Database) -> list[str]:
    """This version's migrations that the store has not had, in the order they run."""
    done = applied_migrations(db)
    return [m.name for m in schema.migrations._migrations if m.name not in done]


def backup_if_older(db: Database, path: Path) -> Upgrade | None:
    """Before migrating a store made by an older version (one that has migrations and lacks
    some of ours): copy it to `<store>-backups/`. None for an up-to-date or a new store."""
    if db.memory or not applied_migrations(db):
        return None
    pending = pending_migrations(db)
    if not pending:
        return None
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = path.with_name(path.name + "-backups") / f"{path.stem}-{stamp}-{REASON}.db"
    from .backup import backup_file  # backup -> erase -> db: imported when needed

    try:
        backup_file(path, target)
    except (OSError, sqlite3.Error) as e:
        db.close()  # the caller gets the refusal only
        raise StoreError(
            f"{path}: made by an older version of Briefcase, and it could not be backed up before "
            f"the upgrade ({getattr(e, 'strerror', None) or e}); it was not changed. Free some space or make the "
            "folder writable, then open it again."
        ) from None
    log.info("backed up %s to %s before migrations %s", path, target, ", ".join(pending))
    return Upgrade(path, tuple(pending), target)
