"""SQL of attachments: blobs by SHA-256 (kept once) and the links that say which item uses which."""

from __future__ import annotations

from sqlite_utils import Database

from ..domain.attachments import Attachment, AttachmentLink, LinkRole
from ..domain.kinds import KINDS
from ..domain.models import new_id, now_iso

_CHUNK = 500
_INFO = "sha256, mime, size, width, height, pages"


def _attachment(row) -> Attachment:
    sha, mime, size, width, height, pages = row
    return Attachment(sha, mime, size or 0, width or 0, height or 0, pages or 0)


def _link(row) -> AttachmentLink:
    link_id, item_id, sha, role, name, position, created = row
    return AttachmentLink(link_id, item_id, sha, LinkRole(role), name or "", position or 0, created)


def put(db: Database, info: Attachment, data: bytes) -> bool:
    """Keep `data` under its hash; False when the store already had it (nothing written)."""
    cursor = db.execute(
        "INSERT OR IGNORE INTO attachments (sha256, mime, size, width, height, pages, data, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [info.sha256, info.mime, info.size, info.width, info.height, info.pages, data, now_iso()],
    )
    return cursor.rowcount > 0


def link(db: Database, item_id: str, sha256: str, role: LinkRole, name: str = "") -> AttachmentLink:
    """Link an item to an attachment (the existing link when it already has it in that role);
    a photo replaces the item's previous photo."""
    rows = db.execute(
        "SELECT id, item_id, sha256, role, name, position, created_at FROM attachment_links "
        "WHERE item_id = ? AND sha256 = ? AND role = ?",
        [item_id, sha256, role.value],
    ).fetchall()
    if rows:
        return _link(rows[0])
    if role is LinkRole.PHOTO:
        db.execute("DELETE FROM attachment_links WHERE item_id = ? AND role = ?", [item_id, role.value])
    position = db.execute(
        "SELECT coalesce(max(position) + 1, 0) FROM attachment_links WHERE item_id = ? AND role = ?",
        [item_id, role.value],
    ).fetchone()[0]
    made = AttachmentLink(new_id(), item_id, sha256, role, name, position, now_iso())
    db.table("attachment_links").insert(made.to_dict())
    return made


def insert_link(db: Database, made: AttachmentLink) -> None:
    """A link as it came (from a bundle), unless one with its id is there already."""
    db.execute(
        "INSERT OR IGNORE INTO attachment_links (id, item_id, sha256, role, name, position, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [made.id, made.item_id, made.sha256, made.role.value, made.name, made.position, made.created_at],
    )


def unlink(db: Database, link_id: str) -> None:
    db.execute("DELETE FROM attachment_links WHERE id = ?", [link_id])
    prune(db)


def links(db: Database, item_ids: list[str] | None = None, role: LinkRole | None = None) -> list:
    """Links of these items (of every item when None), in each item's order."""
    sql = "SELECT id, item_id, sha256, role, name, position, created_at FROM attachment_links"
    out: list[AttachmentLink] = []
    role_sql = " AND role = ?" if role else ""
    if item_ids is None:
        where = " WHERE 1" + role_sql
        rows = db.execute(sql + where + " ORDER BY item_id, role, position", [role.value] if role else [])
        return [_link(r) for r in rows]
    for start in range(0, len(item_ids), _CHUNK):
        chunk = item_ids[start : start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        params = [*chunk, *([role.value] if role else [])]
        rows = db.execute(
            sql + f" WHERE item_id IN ({marks}){role_sql} ORDER BY item_id, role, position", params
        )
        out += [_link(r) for r in rows]
    return out


def info(db: Database, shas: list[str]) -> dict[str, Attachment]:
    """What the store holds of these attachments (those it does not have are left out)."""
    found: dict[str, Attachment] = {}
    for start in range(0, len(shas), _CHUNK):
        chunk = list(shas[start : start + _CHUNK])
        marks = ",".join("?" * len(chunk))
        for row in db.execute(f"SELECT {_INFO} FROM attachments WHERE sha256 IN ({marks})", chunk):
            found[row[0]] = _attachment(row)
    return found


def all_info(db: Database) -> list[Attachment]:
    return [_attachment(r) for r in db.execute(f"SELECT {_INFO} FROM attachments ORDER BY created_at")]


def data(db: Database, sha256: str) -> bytes | None:
    row = db.execute("SELECT data FROM attachments WHERE sha256 = ?", [sha256]).fetchone()
    return bytes(row[0]) if row else None


def _referenced(db: Database, sha256: str) -> bool:
    """Does any text (or saved revision of one) still show this attachment?"""
    pattern = f"%attachment:{sha256}%"
    for spec in KINDS.values():
        for column in spec.text_fields:
            if db.execute(
                f"SELECT 1 FROM [{spec.table}] WHERE [{column}] LIKE ? LIMIT 1", [pattern]
            ).fetchone():
                return True
    return db.execute("SELECT 1 FROM revisions WHERE data LIKE ? LIMIT 1", [pattern]).fetchone() is not None


def prune(db: Database) -> list[str]:
    """Delete the attachments nothing uses any more (no link, no text shows them); their hashes."""
    unused = [
        r[0]
        for r in db.execute(
            "SELECT sha256 FROM attachments a WHERE NOT EXISTS "
            "(SELECT 1 FROM attachment_links l WHERE l.sha256 = a.sha256)"
        )
    ]
    gone = [sha for sha in unused if not _referenced(db, sha)]
    for sha in gone:
        db.execute("DELETE FROM attachments WHERE sha256 = ?", [sha])
    return gone
