"""The undo history's table: entries per origin (the command line, or one window session), each
'done' (can be undone) or 'undone' (can be redone). Services decide what the steps mean."""

from __future__ import annotations

import json
from dataclasses import dataclass

from ..domain.models import now_iso
from .store import Store

#: entries kept per origin; older ones are forgotten.
KEEP = 200

DONE, UNDONE = "done", "undone"


@dataclass(frozen=True)
class UndoEntry:
    id: int
    origin: str
    action: str
    kind: str | None
    title: str
    item_ids: tuple[str, ...]
    undo: list[dict]
    redo: list[dict]
    state: str
    created_at: str


def _entry(row: dict) -> UndoEntry:
    return UndoEntry(
        id=row["id"],
        origin=row["origin"],
        action=row["action"],
        kind=row["kind"],
        title=row["title"] or "",
        item_ids=tuple(json.loads(row["item_ids"])),
        undo=json.loads(row["undo"]),
        redo=json.loads(row["redo"]),
        state=row["state"],
        created_at=row["created_at"],
    )


class UndoLog:
    """Reads and writes of `undo_log`; writes belong inside `store.transaction()` with the change."""

    def __init__(self, store: Store):
        self.store = store
        self.db = store.db

    def add(
        self, origin: str, action: str, kind: str | None, title: str, item_ids, undo: list, redo: list
    ) -> int:
        """A new 'done' entry; what this origin had undone can no longer be redone."""
        self.db.execute("DELETE FROM undo_log WHERE origin = ? AND state = ?", [origin, UNDONE])
        cursor = self.db.execute(
            "INSERT INTO undo_log (origin, action, kind, title, item_ids, undo, redo, state, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                origin,
                action,
                kind,
                title,
                json.dumps(sorted(set(item_ids))),
                json.dumps(undo, ensure_ascii=False),
                json.dumps(redo, ensure_ascii=False),
                DONE,
                now_iso(),
            ],
        )
        self.db.execute(
            "DELETE FROM undo_log WHERE origin = ? AND id NOT IN "
            "(SELECT id FROM undo_log WHERE origin = ? ORDER BY id DESC LIMIT ?)",
            [origin, origin, KEEP],
        )
        return int(cursor.lastrowid or 0)

    def next_undo(self, origin: str) -> UndoEntry | None:
        """The newest entry of `origin` still done."""
        return self._one(
            "SELECT * FROM undo_log WHERE origin = ? AND state = ? ORDER BY id DESC LIMIT 1", origin, DONE
        )

    def next_redo(self, origin: str) -> UndoEntry | None:
        """The entry of `origin` undone last (entries are undone newest first: the oldest undone)."""
        return self._one(
            "SELECT * FROM undo_log WHERE origin = ? AND state = ? ORDER BY id ASC LIMIT 1", origin, UNDONE
        )

    def _one(self, sql: str, origin: str, state: str) -> UndoEntry | None:
        rows = list(self.db.query(sql, [origin, state]))
        return _entry(rows[0]) if rows else None

    def set_state(self, entry_id: int, state: str) -> None:
        self.db.execute("UPDATE undo_log SET state = ? WHERE id = ?", [state, entry_id])

    def drop(self, entry_id: int) -> None:
        self.db.execute("DELETE FROM undo_log WHERE id = ?", [entry_id])

    def entries(self, origin: str, limit: int = 20) -> list[UndoEntry]:
        """Newest first."""
        rows = self.db.query(
            "SELECT * FROM undo_log WHERE origin = ? ORDER BY id DESC LIMIT ?", [origin, limit]
        )
        return [_entry(r) for r in rows]

    def forget(self, origin_prefix: str, keep: str | None = None) -> None:
        """Drop the entries of every origin starting with `origin_prefix` but `keep`
        (a window's history ends with its session)."""
        self.db.execute(
            "DELETE FROM undo_log WHERE substr(origin, 1, ?) = ? AND origin IS NOT ?",
            [len(origin_prefix), origin_prefix, keep],
        )
