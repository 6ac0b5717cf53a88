"""Deleting for good: every row that holds an item's text, in a store or in a copy of one.

Rows, revisions, participations, the import ledger (which names the source files) and the
attachments no other item uses (images, photos, annex PDFs) go; the
search index is merged so no token of the text is left in it; with secure_delete on, SQLite
overwrites the freed content. What is still in the -wal goes with a TRUNCATE checkpoint."""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from . import attachments, search_index
from .db import open_database
from .tables import TABLE_BY_KIND

_CHUNK = 500


def erase(db: Database, ids: list[str]) -> list[str]:
    """Delete the items `ids` (of any kinds) and everything that names them, and the attachments
    nothing else uses any more; call in a transaction. A copy made before a table existed (an
    older backup) is erased of what it has. Returns the hashes of the attachments deleted."""
    present = set(db.table_names())
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        db.execute(
            f"DELETE FROM participants WHERE person_id IN ({marks}) OR conference_id IN ({marks})", chunk * 2
        )
        for table in reversed(TABLE_BY_KIND.values()):  # what refers to a conference goes first
            if table in present:
                db.execute(f"DELETE FROM [{table}] WHERE id IN ({marks})", chunk)
        db.execute(f"DELETE FROM revisions WHERE item_id IN ({marks})", chunk)
        db.execute(f"DELETE FROM imports WHERE item_id IN ({marks})", chunk)
        if "attachment_links" in present:
            db.execute(f"DELETE FROM attachment_links WHERE item_id IN ({marks})", chunk)
        if "undo_log" in present:  # an edit's undo keeps the text it had
            db.execute(
                "DELETE FROM undo_log WHERE EXISTS "
                f"(SELECT 1 FROM json_each(undo_log.item_ids) WHERE value IN ({marks}))",
                chunk,
            )
    return attachments.prune(db) if "attachments" in present else []


def clear_wal(db: Database) -> bool:
    """Checkpoint and empty the -wal, where older copies of pages live; False if readers kept it."""
    if db.memory:
        return True
    busy = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    return busy == 0


def erase_from_copy(path: Path, ids: list[str]) -> None:
    """Erase `ids` from a backup copy and rewrite it whole, so no freed page keeps their text."""
    db = open_database(path, create=False)
    try:
        conn = db.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            erase(db, ids)
            search_index.scrub(db)
        except BaseException:
            conn.rollback()
            raise
        conn.commit()
        db.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
        db.execute("VACUUM")
    finally:
        db.close()
