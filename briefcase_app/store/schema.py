"""Schema versions of a store, applied in order with sqlite_utils.Migrations."""

from __future__ import annotations

from sqlite_utils import Database, Migrations

#: Marks a SQLite file as a Briefcase store (PRAGMA application_id), 'BRFC'.
APPLICATION_ID = 0x42524643

MIGRATION_SET = "briefcase"
migrations = Migrations(MIGRATION_SET)

_COMMON = {"created_at": str, "updated_at": str, "deleted_at": str}

#: table name and columns of every record kind (the domain's field names).
TABLES: dict[str, dict[str, type]] = {
    "conferences": {
        "id": str,
        "title": str,
        "short_title": str,
        "organiser": str,
        "city": str,
        "venue": str,
        "start_date": str,
        "end_date": str,
        "description": str,
    },
    "people": {
        "id": str,
        "name": str,
        "position": str,
        "organisation": str,
        "country": str,
        "biography": str,
    },
    "participants": {
        "id": str,
        "conference_id": str,
        "person_id": str,
        "role": str,
        "position": int,
    },
    "programme_items": {
        "id": str,
        "conference_id": str,
        "title": str,
        "starts_at": str,
        "ends_at": str,
        "place": str,
        "attendees": str,
        "notes": str,
    },
    "speeches": {
        "id": str,
        "conference_id": str,
        "title": str,
        "speaker": str,
        "date": str,
        "language": str,
        "status": str,
        "target_minutes": int,
        "body": str,
        "tags": str,
        "origin_id": str,
    },
    "points": {
        "id": str,
        "conference_id": str,
        "topic": str,
        "kind": str,
        "question": str,
        "body": str,
        "priority": int,
        "position": int,
        "language": str,
        "tags": str,
        "origin_id": str,
    },
    "facts": {
        "id": str,
        "conference_id": str,
        "statement": str,
        "source": str,
        "source_url": str,
        "as_of": str,
        "language": str,
        "tags": str,
        "origin_id": str,
    },
    "packs": {
        "id": str,
        "conference_id": str,
        "title": str,
        "recipient": str,
        "marking": str,
        "version": str,
        "sections": str,
    },
}

_CONFERENCE_CHILDREN = ("participants", "programme_items", "speeches", "points", "facts", "packs")


@migrations(name="0001_initial")
def _initial(db: Database) -> None:
    for table, columns in TABLES.items():
        foreign_keys = []
        if table in _CONFERENCE_CHILDREN:
            foreign_keys.append(("conference_id", "conferences", "id"))
        if table == "participants":
            foreign_keys.append(("person_id", "people", "id"))
        db.table(table).create(
            {**columns, **_COMMON},
            pk="id",
            not_null={"id", "created_at", "updated_at"},
            foreign_keys=foreign_keys,
        )
        if "conference_id" in columns:
            db.table(table).create_index(["conference_id"])
        db.table(table).create_index(["deleted_at"])
    db.table("revisions").create(
        {"id": str, "kind": str, "item_id": str, "created_at": str, "data": str},
        pk="id",
        not_null={"id", "kind", "item_id", "created_at", "data"},
    )
    db.table("revisions").create_index(["item_id", "created_at"])
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def known_migration_names() -> set[str]:
    return {m.name for m in migrations._migrations}


@migrations(name="0003_imports")
def _imports(db: Database) -> None:
    """The import ledger: which file contents came in as which item, so re-imports add nothing."""
    db.table("imports").create(
        {"hash": str, "kind": str, "item_id": str, "source": str, "imported_at": str},
        pk="hash",
        not_null={"hash", "kind", "item_id", "imported_at"},
    )
    db.table("imports").create_index(["item_id"])


@migrations(name="0002_search")
def _search(db: Database) -> None:
    from . import search_index

    search_index.create(db)


#: list order of each table, as Store.list sorts it (store.DEFAULT_ORDER), for its indexes.
_LIST_ORDER = {
    "conferences": "start_date DESC, title",
    "people": "name",
    "programme_items": "starts_at, title",
    "speeches": "date DESC, title",
    "points": "position, priority, topic",
    "facts": "as_of DESC, statement",
    "packs": "title",
}


@migrations(name="0004_list_indexes")
def _list_indexes(db: Database) -> None:
    """Lists of 50,000 items page in index order instead of sorting every row."""
    for table, order in _LIST_ORDER.items():
        db.execute(f"CREATE INDEX IF NOT EXISTS idx_{table}_list ON [{table}] ({order})")
        if "conference_id" in TABLES[table]:
            db.execute(
                f"CREATE INDEX IF NOT EXISTS idx_{table}_conference_list ON [{table}] (conference_id, {order})"
            )


#: sort keys of the long lists, as store.SORT_KEYS spells them (the ORDER BY must match the
#: index exactly, collation included, for SQLite to page in index order).
_SORT_INDEXES = {
    "speeches": {"title": "title COLLATE NOCASE", "speaker": "speaker COLLATE NOCASE", "date": "date"},
    "points": {
        "topic": "topic COLLATE NOCASE",  # 0010 (before: the question when there was one)
        "kind": "kind",
        "priority": "priority",
    },
    "facts": {
        "statement": "substr(statement, 1, 80) COLLATE NOCASE",
        "source": "source COLLATE NOCASE",
        "as_of": "as_of",
    },
}


@migrations(name="0005_sort_indexes")
def _sort_indexes(db: Database) -> None:
    """A list sorted by a column pages in index order, in a conference or the Library."""
    for table, keys in _SORT_INDEXES.items():
        for name, expr in keys.items():
            db.execute(
                f"CREATE INDEX IF NOT EXISTS idx_{table}_sort_{name} ON [{table}] (conference_id, {expr})"
            )


@migrations(name="0006_search_stems")
def _search_stems(db: Database) -> None:
    """The index learns Russian and Kazakh word forms (a stems column), NFKC on every write and
    each item's day for exact date filters. The new tables are made here; the records are
    indexed after it, in committed batches that survive a kill (search_index.reindex_pending)."""
    from . import search_index

    search_index.drop(db)
    search_index.create(db, fill=False)


@migrations(name="0008_briefing_parts")
def _briefing_parts(db: Database) -> None:
    """Steering briefs, contacts and the logistics scenario of a conference; attachments
    (images, photos, annex PDFs) kept in the store by their SHA-256, and which item has which."""
    parts: dict[str, dict[str, type]] = {
        "summaries": {
            "id": str,
            "conference_id": str,
            "title": str,
            "purpose": str,
            "wants": str,
            "asks": str,
            "sensitivities": str,
            "body": str,
        },
        "contacts": {
            "id": str,
            "conference_id": str,
            "name": str,
            "role": str,
            "phone": str,
            "email": str,
            "notes": str,
            "position": int,
        },
        "logistics": {
            "id": str,
            "conference_id": str,
            "title": str,
            "starts_at": str,
            "ends_at": str,
            "place": str,
            "category": str,
            "notes": str,
        },
    }
    for table, columns in parts.items():
        db.table(table).create(
            {**columns, **_COMMON},
            pk="id",
            not_null={"id", "created_at", "updated_at"},
            foreign_keys=[("conference_id", "conferences", "id")],
        )
        db.table(table).create_index(["conference_id"])
        db.table(table).create_index(["deleted_at"])
    db.table("attachments").create(
        {
            "sha256": str,
            "mime": str,
            "size": int,
            "width": int,
            "height": int,
            "pages": int,
            "data": bytes,
            "created_at": str,
        },
        pk="sha256",
        not_null={"sha256", "mime", "size", "data", "created_at"},
    )
    db.table("attachment_links").create(
        {
            "id": str,
            "item_id": str,
            "sha256": str,
            "role": str,
            "name": str,
            "position": int,
            "created_at": str,
        },
        pk="id",
        not_null={"id", "item_id", "sha256", "role", "created_at"},
        foreign_keys=[("sha256", "attachments", "sha256")],
    )
    db.table("attachment_links").create_index(["item_id", "role", "position"])
    db.table("attachment_links").create_index(["sha256"])


@migrations(name="0009_pack_language")
def _pack_language(db: Database) -> None:
    """Each pack has the language of its fixed words and dates (en, ru, kk); packs made before
    were English."""
    if "language" not in db["packs"].columns_dict:
        db.table("packs").add_column("language", str, not_null_default="en")


@migrations(name="0010_point_topic_sort")
def _point_topic_sort(db: Database) -> None:
    """The Lines to take list shows (and sorts by) each item's topic, no longer a defensive
    Q&A's question in its place."""
    db.execute("DROP INDEX IF EXISTS idx_points_sort_topic")
    db.execute(
        "CREATE INDEX IF NOT EXISTS idx_points_sort_topic ON [points] (conference_id, topic COLLATE NOCASE)"
    )


@migrations(name="0011_search_briefing_parts")
def _search_briefing_parts(db: Database) -> None:
    """Steering briefs, contacts and logistics are searched too: the index is made again with
    their triggers, and every record re-indexed in committed batches (as after 0006)."""
    from . import search_index

    search_index.drop(db)
    search_index.create(db, fill=False)


@migrations(name="0012_undo_log")
def _undo_log(db: Database) -> None:
    """The undo history of the window and the command line: each operation, what takes it back
    (`undo`) and what does it again (`redo`), as JSON steps; `item_ids` lets deleting for good
    forget the entries that name an erased item."""
    db.table("undo_log").create(
        {
            "id": int,
            "origin": str,
            "action": str,
            "kind": str,
            "title": str,
            "item_ids": str,
            "undo": str,
            "redo": str,
            "state": str,
            "created_at": str,
        },
        pk="id",
        not_null={"origin", "action", "item_ids", "undo", "redo", "state", "created_at"},
    )
    db.table("undo_log").create_index(["origin", "state", "id"])
