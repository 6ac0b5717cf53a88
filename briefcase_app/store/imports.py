"""Raw writes for import and exchange: many records at once, timestamps kept, the import ledger."""

from __future__ import annotations

import json

from ..domain.models import Kind, Record, new_id, now_iso
from .store import TABLE_BY_KIND, Store, row_values
from .tables import kind_of

_CHUNK = 500


def _text(name: str) -> str:
    """A file name as storable text: one that is not UTF-8 (lone surrogates) gets \\udcXX escapes."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return name.encode("utf-8", "backslashreplace").decode("utf-8")


class ImportStore:
    """What importing and merging need beyond Store: call inside `store.transaction()`."""

    def __init__(self, store: Store):
        self.store = store
        self.db = store.db

    # ---- the ledger of imported contents -------------------------------
    def known(self, hashes: list[str]) -> dict[str, tuple[Kind, str]]:
        """Of `hashes`, those already imported as an item that still exists (even in the trash)."""
        found: dict[str, tuple[Kind, str]] = {}
        for start in range(0, len(hashes), _CHUNK):
            chunk = hashes[start : start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            for kind, table in TABLE_BY_KIND.items():
                rows = self.db.execute(
                    f"SELECT i.hash, i.item_id FROM imports i JOIN [{table}] t ON t.id = i.item_id "
                    f"WHERE i.kind = ? AND i.hash IN ({marks})",
                    [kind.value, *chunk],
                )
                for digest, item_id in rows:
                    found[digest] = (kind, item_id)
        return found

    def remember(self, entries: list[tuple[str, Kind, str, str]]) -> None:
        """Ledger rows (hash, kind, item id, source path) for contents that came in."""
        stamp = now_iso()
        self.db.table("imports").insert_all(
            (
                {"hash": h, "kind": k.value, "item_id": i, "source": _text(s), "imported_at": stamp}
                for h, k, i, s in entries
            ),
            replace=True,
        )

    def received(self, item_id: str) -> set[str]:
        """Hashes of every state of an item that came in from elsewhere (files or bundles)."""
        rows = self.db.execute("SELECT hash FROM imports WHERE item_id = ?", [item_id])
        return {r[0] for r in rows}

    # ---- records -------------------------------------------------------
    def kinds_of(self, item_ids: list[str]) -> dict[str, Kind]:
        """The kind of each of `item_ids` that a record has (trashed or not), whatever its table.

        Ids are per record: a file or bundle naming an id another kind has must not share its
        search row or revisions, so the importer gives it a new one."""
        found: dict[str, Kind] = {}
        unique = list(dict.fromkeys(item_ids))
        for start in range(0, len(unique), _CHUNK):
            chunk = unique[start : start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            for kind, table in TABLE_BY_KIND.items():
                for (item_id,) in self.db.execute(f"SELECT id FROM [{table}] WHERE id IN ({marks})", chunk):
                    found[item_id] = kind
        return found

    def insert_many(self, records: list[Record]) -> None:
        """New records with a first revision each; timestamps already set are kept."""
        stamp = now_iso()
        by_table: dict[str, list[dict]] = {}
        revisions = []
        for record in records:
            record.created_at = record.created_at or stamp
            record.updated_at = record.updated_at or stamp
            data = record.to_dict()
            by_table.setdefault(TABLE_BY_KIND[kind_of(record)], []).append(row_values(record, data))
            revisions.append(self._revision_row(record, record.updated_at, data))
        for table, rows in by_table.items():
            self._insert_rows(table, rows)
        self._insert_rows("revisions", revisions)

    def _insert_rows(self, table: str, rows: list[dict]) -> None:
        """Plain executemany: sqlite-utils' insert_all checks every value, costing a third of an import."""
        if not rows:
            return
        columns = list(rows[0])
        sql = (
            f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in columns)}) "
            f"VALUES ({', '.join('?' * len(columns))})"
        )
        self.db.conn.executemany(sql, [[row[c] for c in columns] for row in rows])

    def raw(self, kind: Kind, item_id: str) -> dict | None:
        """The stored row of an item, trashed or not."""
        rows = list(self.db[TABLE_BY_KIND[kind]].rows_where("id = ?", [item_id]))
        return rows[0] if rows else None

    def replace(self, record: Record) -> None:
        """Overwrite an existing row with `record` as it is, timestamps included."""
        self.db.table(TABLE_BY_KIND[kind_of(record)]).update(record.id, row_values(record))

    def add_revision(self, record: Record, created_at: str) -> None:
        self.db.table("revisions").insert(self._revision_row(record, created_at))

    def revision_data(self, item_id: str) -> list[dict]:
        """Every saved state of an item (its data), newest first."""
        rows = self.db.execute(
            "SELECT data FROM revisions WHERE item_id = ? ORDER BY created_at DESC", [item_id]
        )
        return [json.loads(r[0]) for r in rows]

    def has_participant(self, participant_id: str) -> bool:
        return (
            self.db.execute("SELECT 1 FROM participants WHERE id = ?", [participant_id]).fetchone()
            is not None
        )

    def insert_participant(self, row: dict) -> None:
        self.db.table("participants").insert(row)

    @staticmethod
    def _revision_row(record: Record, created_at: str, data: dict | None = None) -> dict:
        return {
            "id": new_id(),
            "kind": kind_of(record).value,
            "item_id": record.id,
            "created_at": created_at,
            "data": json.dumps(data if data is not None else record.to_dict(), ensure_ascii=False),
        }
