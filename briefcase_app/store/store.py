"""The store: every record kind kept in one SQLite file, with trash and revisions."""

from __future__ import annotations

import builtins
import contextlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import cast

from ..domain.attachments import Attachment, AttachmentLink, LinkRole
from ..domain.convert import from_dict
from ..domain.errors import NotFoundError
from ..domain.kinds import KINDS, LONG_TEXT_FIELDS
from ..domain.models import (
    MODEL_BY_KIND,
    Kind,
    Participant,
    Person,
    Record,
    Revision,
    TrashEntry,
    now_iso,
)
from . import attachments, erase, lock, revisions, search_index
from .db import StoreDatabase, integrity_check, open_database, record_clean_close
from .lock import FileLock
from .tables import TABLE_BY_KIND, TITLE_COLUMN, order_clause

#: long texts left out of list rows (`Store.list(without_text=True)`).
LONG_TEXT_COLUMNS = (LONG_TEXT_FIELDS - {spec.title_field for spec in KINDS.values()}) | {"sections"}

#: tables whose rows belong to a conference and go to the trash (and come back) with it.
CONFERENCE_CHILDREN = ("participants", *(spec.table for spec in KINDS.values() if spec.in_conference))

ANY = object()


def row_values(record: Record, values: dict | None = None) -> dict:
    """A record as a row: lists (tags, sections) as JSON text; `values` instead of its fields."""
    values = dict(values if values is not None else record.to_dict())
    for key, value in values.items():
        if isinstance(value, list):
            values[key] = json.dumps(value, ensure_ascii=False)
    return values


class Store:
    """Typed access to one store file; all SQL of Briefcase lives in this package."""

    def __init__(self, db: StoreDatabase, path: Path | None = None, in_use: FileLock | None = None):
        self.db = db
        self.path = path
        self._in_use = in_use  # the shared lock that says "open here" to exclusive operations
        self.erased_attachments: builtins.list[str] = []  # by the last deletion for good

    @classmethod
    def open(cls, path: Path | str, create: bool = True, check: bool | str = "auto") -> Store:
        """Open (or create) a store. The integrity check that reads the whole file runs when it
        is due (db.check_needed: never checked, a day old, changed since the last close, not
        closed cleanly); check=True runs it always, False never (a second connection to a
        store this process has checked), "later" before the first write (see `verify`)."""
        if str(path) == ":memory:":
            return cls(open_database(path))
        if create:
            with contextlib.suppress(OSError):  # open_database says why it cannot create it
                Path(path).parent.mkdir(parents=True, exist_ok=True)
        in_use = lock.use(Path(path)) if Path(path).parent.is_dir() else None
        try:
            db = open_database(path, create=create, check=check)
        except BaseException:
            if in_use is not None:
                in_use.release()
            raise
        return cls(db, Path(path), in_use)

    def close(self) -> None:
        try:
            self.db.close()
            if self.path is not None:
                record_clean_close(self.path)
        finally:
            if self._in_use is not None:
                self._in_use.release()
                self._in_use = None

    @property
    def unchecked(self) -> bool:
        """Opened with check="later" and the full integrity check still to run."""
        return self.db.unchecked

    @property
    def upgrade(self):
        """What opening did to a store made by an older Briefcase (its backup), or None."""
        return self.db.upgrade

    def verify(self) -> None:
        """Run the full integrity check if this open left it for later (any thread: it reads on a
        connection of its own); raises StoreError when the store is damaged."""
        if self.unchecked and self.path is not None:
            integrity_check(self.path)
            self.db.unchecked = False

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction: all of the block is written, or none of it.

        BEGIN IMMEDIATE takes the write lock up front, so a second process waits for it (busy
        timeout) instead of failing when a read inside the block would need upgrading."""
        conn = self.db.conn
        if self.unchecked:
            self.verify()  # a damaged store is caught before the first write
        if conn.in_transaction:
            with self.db.atomic():  # a savepoint inside the outer transaction
                yield
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            if conn.in_transaction:
                conn.rollback()
            raise
        else:
            conn.commit()

    # ---- reading -------------------------------------------------------
    def _record(self, kind: Kind, row: dict) -> Record:
        return from_dict(MODEL_BY_KIND[kind], row)

    def find(self, kind: Kind, item_id: str, include_deleted: bool = False) -> Record | None:
        rows = list(self.db[TABLE_BY_KIND[kind]].rows_where("id = ?", [item_id]))
        if not rows or (rows[0]["deleted_at"] and not include_deleted):
            return None
        return self._record(kind, rows[0])

    def get(self, kind: Kind, item_id: str, include_deleted: bool = False) -> Record:
        record = self.find(kind, item_id, include_deleted)
        if record is None:
            raise NotFoundError(f"no {kind.label.lower()} with id {item_id!r}")
        return record

    def _where(
        self, kind: Kind, conference_id, library: bool, tag: str | None, deleted: bool
    ) -> tuple[str, list]:
        clauses = ["deleted_at IS NOT NULL" if deleted else "deleted_at IS NULL"]
        params: list = []
        if library:
            clauses.append("conference_id IS NULL")
        elif conference_id is not ANY:
            clauses.append("conference_id = ?")
            params.append(conference_id)
        if tag:
            clauses.append("EXISTS (SELECT 1 FROM json_each(tags) WHERE lower(value) = lower(?))")
            params.append(tag)
        return " AND ".join(clauses), params

    def list(
        self,
        kind: Kind,
        *,
        conference_id=ANY,
        library: bool = False,
        tag: str | None = None,
        limit: int | None = None,
        offset: int = 0,
        without_text: bool = False,
        order: str | None = None,
    ) -> builtins.list[Record]:
        """Live (not trashed) records of a kind, in their natural order or by `order`: a name
        of SORT_KEYS[kind], optionally followed by "asc" or "desc" (ValueError otherwise).

        `without_text` leaves long texts (body, biography...) empty: for lists of many rows."""
        where, params = self._where(kind, conference_id, library, tag, deleted=False)
        table = TABLE_BY_KIND[kind]
        select = "*"
        if without_text:
            select = ", ".join(f"[{c}]" for c in self.db[table].columns_dict if c not in LONG_TEXT_COLUMNS)
        rows = self.db[table].rows_where(
            where,
            params,
            select=select,
            order_by=order_clause(kind, order),
            limit=limit,
            offset=offset or None,
        )
        return [self._record(kind, row) for row in rows]

    def count(self, kind: Kind, *, conference_id=ANY, library: bool = False) -> int:
        where, params = self._where(kind, conference_id, library, None, deleted=False)
        return self.db[TABLE_BY_KIND[kind]].count_where(where, params)

    def conferences_matching(self, text: str) -> builtins.list[Record]:
        """Live conferences whose id, title or short title is `text` (case-insensitive)."""
        rows = self.db.query(
            "SELECT * FROM conferences WHERE deleted_at IS NULL AND "
            "(id = :t OR lower(title) = lower(:t) OR lower(short_title) = lower(:t)) "
            "ORDER BY start_date DESC",
            {"t": text.strip()},
        )
        return [self._record(Kind.CONFERENCE, r) for r in rows]

    def person_by_name(self, name: str) -> Person | None:
        rows = list(
            self.db.query(
                "SELECT * FROM people WHERE deleted_at IS NULL AND lower(name) = lower(?) LIMIT 1",
                [name.strip()],
            )
        )
        return self._record(Kind.PERSON, rows[0]) if rows else None  # type: ignore[return-value]

    def participants(self, conference_id: str) -> builtins.list[tuple[Participant, Person]]:
        rows = self.db.query(
            "SELECT p.* FROM participants p JOIN people pe ON pe.id = p.person_id "
            "WHERE p.conference_id = ? AND p.deleted_at IS NULL AND pe.deleted_at IS NULL "
            "ORDER BY p.position, p.created_at",
            [conference_id],
        )
        return [
            (from_dict(Participant, row), cast(Person, self.get(Kind.PERSON, row["person_id"])))
            for row in rows
        ]

    # ---- writing -------------------------------------------------------
    def insert(self, record: Record) -> Record:
        stamp = now_iso()
        record.created_at = record.created_at or stamp
        record.updated_at = stamp
        with self.transaction():
            self.db.table(self._table_of(record)).insert(row_values(record))
            self._keep_revision(record)
        return record

    def update(self, record: Record) -> Record:
        record.updated_at = now_iso()
        table = self._table_of(record)
        with self.transaction():
            cursor = self.db.execute(
                f"SELECT 1 FROM [{table}] WHERE id = ? AND deleted_at IS NULL", [record.id]
            )
            if cursor.fetchone() is None:
                raise NotFoundError(f"{record.display_title!r} is no longer there (deleted meanwhile?)")
            self.db.table(table).update(record.id, row_values(record))
            self._keep_revision(record)
        return record

    def add_participant(self, participant: Participant) -> Participant:
        stamp = now_iso()
        participant.created_at = participant.created_at or stamp
        participant.updated_at = stamp
        with self.transaction():
            self.db.table("participants").insert(row_values(participant))
        return participant

    def set_participant_role(self, participant_id: str, role: str) -> None:
        with self.transaction():
            self.db.execute(
                "UPDATE participants SET role = ?, updated_at = ? WHERE id = ?",
                [role, now_iso(), participant_id],
            )

    def reorder(self, kind: Kind, ids: builtins.list[str]) -> None:
        """Give items positions 0, 1, 2... in the order of `ids`, in one transaction, no revisions."""
        table = TABLE_BY_KIND[kind]
        if "position" not in self.db[table].columns_dict:
            raise ValueError(f"{kind.label} has no order")
        stamp = now_iso()
        with self.transaction():
            self.db.conn.executemany(
                f"UPDATE [{table}] SET position = ?, updated_at = ? WHERE id = ?",
                [(i, stamp, item_id) for i, item_id in enumerate(ids)],
            )

    def reorder_participants(self, conference_id: str, person_ids: builtins.list[str]) -> None:
        """The people of a conference in this order (positions 0, 1, 2...), in one transaction."""
        stamp = now_iso()
        with self.transaction():
            self.db.conn.executemany(
                "UPDATE participants SET position = ?, updated_at = ? WHERE conference_id = ? AND person_id = ?",
                [(i, stamp, conference_id, person_id) for i, person_id in enumerate(person_ids)],
            )

    def remove_participant(self, participant_id: str) -> None:
        with self.transaction():
            self.db.execute("DELETE FROM participants WHERE id = ?", [participant_id])

    def _children_ids(self, conference_id: str) -> builtins.list[str]:
        return [
            r[0]
            for table in CONFERENCE_CHILDREN
            for r in self.db.execute(f"SELECT id FROM [{table}] WHERE conference_id = ?", [conference_id])
        ]

    def _table_of(self, record: Record) -> str:
        if record.KIND is None:
            raise TypeError(f"{type(record).__name__} is not stored on its own")
        return TABLE_BY_KIND[record.KIND]

    # ---- trash ---------------------------------------------------------
    def delete(self, kind: Kind, item_id: str) -> str:
        """Move an item (and a conference's contents) to the trash; returns the stamp."""
        stamp = now_iso()
        with self.transaction():
            self.get(kind, item_id)
            self.db.execute(
                f"UPDATE [{TABLE_BY_KIND[kind]}] SET deleted_at = ? WHERE id = ?", [stamp, item_id]
            )
            if kind is Kind.CONFERENCE:
                for table in CONFERENCE_CHILDREN:
                    self.db.execute(
                        f"UPDATE [{table}] SET deleted_at = ? WHERE conference_id = ? AND deleted_at IS NULL",
                        [stamp, item_id],
                    )
        return stamp

    def restore(self, kind: Kind, item_id: str) -> None:
        """Bring an item back from the trash, with what was deleted together with it."""
        with self.transaction():
            record = self.find(kind, item_id, include_deleted=True)
            if record is None or record.deleted_at is None:
                raise NotFoundError(f"no {kind.label.lower()} with id {item_id!r} in the trash")
            conference_id = getattr(record, "conference_id", None)
            if conference_id and kind is not Kind.CONFERENCE:
                parent = self.find(Kind.CONFERENCE, conference_id, include_deleted=True)
                if parent is not None and parent.deleted_at:
                    raise NotFoundError(
                        f"its conference {parent.display_title!r} is in the trash: restore that first"
                    )
            self.db.execute(f"UPDATE [{TABLE_BY_KIND[kind]}] SET deleted_at = NULL WHERE id = ?", [item_id])
            if kind is Kind.CONFERENCE:
                for table in CONFERENCE_CHILDREN:
                    self.db.execute(
                        f"UPDATE [{table}] SET deleted_at = NULL WHERE conference_id = ? AND deleted_at = ?",
                        [item_id, record.deleted_at],
                    )
            # the search index's triggers index the restored items (stems, NFKC) themselves

    def trash(self) -> builtins.list[TrashEntry]:
        """Items deleted on their own (not those that went with a deleted conference)."""
        entries = []
        for kind, table in TABLE_BY_KIND.items():
            title = TITLE_COLUMN[kind]
            sql = f"SELECT id, [{title}] AS title, deleted_at FROM [{table}] t WHERE deleted_at IS NOT NULL"
            if KINDS[kind].in_conference:
                sql += (
                    " AND NOT EXISTS (SELECT 1 FROM conferences c WHERE c.id = t.conference_id"
                    " AND c.deleted_at = t.deleted_at)"
                )
            for row in self.db.query(sql):
                entries.append(TrashEntry(kind, row["id"], row["title"] or "", row["deleted_at"]))
        entries.sort(key=lambda e: e.deleted_at, reverse=True)
        return entries

    def purge(self, kind: Kind, item_id: str) -> builtins.list[str]:
        """Delete for good an item in the trash (a conference with its contents); returns every
        id erased. secure_delete overwrites the text; the index and the -wal keep none of it."""
        ids = self._purge_ids([(kind, item_id)])
        self._erase(ids)
        return ids

    def empty_trash(self) -> builtins.list[str]:
        """Delete for good everything in the trash; returns every id erased."""
        ids = self._purge_ids([(entry.kind, entry.id) for entry in self.trash()])
        self._erase(ids)
        return ids

    def _purge_ids(self, items: builtins.list[tuple[Kind, str]]) -> builtins.list[str]:
        ids: builtins.list[str] = []
        for kind, item_id in items:
            record = self.find(kind, item_id, include_deleted=True)
            if record is None or record.deleted_at is None:
                raise NotFoundError(f"no {kind.label.lower()} with id {item_id!r} in the trash")
            ids.append(item_id)
            if kind is Kind.CONFERENCE:
                ids += self._children_ids(item_id)
        return ids

    def _erase(self, ids: builtins.list[str]) -> None:
        self.erased_attachments = []
        if not ids:
            return
        with self.transaction():
            self.erased_attachments = erase.erase(self.db, ids)
            search_index.scrub(self.db)
        erase.clear_wal(self.db)

    # ---- attachments ---------------------------------------------------
    def attach(
        self, item_id: str, info: Attachment, data: bytes, role: LinkRole, name: str = ""
    ) -> AttachmentLink:
        """Keep `data` (checked by the caller: services/attachments.py) once, and link it to the item."""
        with self.transaction():
            attachments.put(self.db, info, data)
            return attachments.link(self.db, item_id, info.sha256, role, name)

    def put_attachment(self, info: Attachment, data: bytes) -> bool:
        with self.transaction():
            return attachments.put(self.db, info, data)

    def link_attachment(self, item_id: str, sha256: str, role: LinkRole, name: str = "") -> AttachmentLink:
        """Link an item to an attachment the store already keeps (as a bundle brings it)."""
        with self.transaction():
            return attachments.link(self.db, item_id, sha256, role, name)

    def detach(self, link_id: str) -> None:
        """Take an attachment off an item; the bytes go when nothing else uses them."""
        with self.transaction():
            attachments.unlink(self.db, link_id)

    def attachment_links(
        self, item_ids: builtins.list[str] | None = None, role: LinkRole | None = None
    ) -> builtins.list:
        return attachments.links(self.db, item_ids, role)

    def attachment_info(self, shas: builtins.list[str] | None = None) -> dict[str, Attachment]:
        if shas is None:
            return {a.sha256: a for a in attachments.all_info(self.db)}
        return attachments.info(self.db, shas)

    def attachment_data(self, sha256: str) -> bytes | None:
        return attachments.data(self.db, sha256)

    # ---- revisions -----------------------------------------------------
    def _keep_revision(self, record: Record) -> None:
        revisions.keep(self.db, record)

    def revisions(self, item_id: str) -> builtins.list[Revision]:
        """Saved states of an item, newest first (the first is its current state)."""
        return revisions.of_item(self.db, item_id)

    def revision(self, revision_id: str) -> Revision:
        return revisions.get(self.db, revision_id)
