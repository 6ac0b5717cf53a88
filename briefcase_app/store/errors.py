"""Turn SQLite's exceptions into sentences a person can act on, without leaking sqlite3 upward."""

from __future__ import annotations

import sqlite3

#: what callers outside store/ catch for "the database said no".
DATABASE_ERRORS: tuple[type[BaseException], ...] = (sqlite3.Error,)


def user_message(error: BaseException) -> str:
    message = str(error)
    lowered = message.lower()
    if "locked" in lowered or "busy" in lowered:
        return "the store is busy (another program is writing to it); nothing was changed, try again"
    if "readonly" in lowered or "read-only" in lowered:
        return "the store is read-only; nothing was changed. Check its permissions or copy it elsewhere"
    if ("disk" in lowered and "full" in lowered) or "disk i/o error" in lowered:
        return "could not write to the disk (is it full?); nothing was changed. Free some space and try again"
    if "malformed" in lowered or "not a database" in lowered:
        return "the store is damaged; restore a backup (briefcase-app backups)"
    if "unable to open" in lowered:
        return "the store cannot be opened (was it moved or deleted?)"
    return f"the store reported an error: {message}"
