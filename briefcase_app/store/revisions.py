"""Saved states of each item's text: every save keeps one, quick successive saves share one."""

from __future__ import annotations

import datetime as dt
import json

from sqlite_utils import Database

from ..domain.errors import NotFoundError
from ..domain.models import Kind, Record, Revision, new_id
from .tables import kind_of

#: a revision newer than this is replaced by the next save instead of adding one.
REVISION_COALESCE_SECONDS = 120


def keep(db: Database, record: Record) -> None:
    """Record `record`'s state (inside the caller's transaction), unless nothing but stamps changed."""
    data = json.dumps(record.to_dict(), ensure_ascii=False)
    last = list(
        db.query(
            "SELECT id, created_at, data FROM revisions WHERE item_id = ? ORDER BY created_at DESC LIMIT 1",
            [record.id],
        )
    )
    if last and _content(json.loads(last[0]["data"])) == _content(record.to_dict()):
        return
    if last and _age_seconds(last[0]["created_at"]) < REVISION_COALESCE_SECONDS:
        db.execute("UPDATE revisions SET data = ? WHERE id = ?", [data, last[0]["id"]])
        return
    db.table("revisions").insert(
        {
            "id": new_id(),
            "kind": kind_of(record).value,
            "item_id": record.id,
            "created_at": record.updated_at,
            "data": data,
        }
    )


def of_item(db: Database, item_id: str) -> list[Revision]:
    rows = db.query("SELECT * FROM revisions WHERE item_id = ? ORDER BY created_at DESC", [item_id])
    return [_revision(r) for r in rows]


def get(db: Database, revision_id: str) -> Revision:
    rows = list(db.query("SELECT * FROM revisions WHERE id = ?", [revision_id]))
    if not rows:
        raise NotFoundError(f"no revision with id {revision_id!r}")
    return _revision(rows[0])


def _revision(row: dict) -> Revision:
    return Revision(row["id"], Kind(row["kind"]), row["item_id"], row["created_at"], json.loads(row["data"]))


def _content(data: dict) -> dict:
    """What a revision holds apart from its timestamps."""
    return {k: v for k, v in data.items() if k not in ("created_at", "updated_at", "deleted_at")}


def _age_seconds(stamp: str) -> float:
    then = dt.datetime.fromisoformat(stamp)
    return (dt.datetime.now(dt.UTC) - then).total_seconds()
