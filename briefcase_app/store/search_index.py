"""The search index: FTS5 over every live record, kept in step by plain-SQL triggers.

- `search_docs` maps each live (not trashed) record to a doc_id = day * 2**20 + n, where
  day is the record's date as a Julian day: rowid order is date order, so date ranges,
  date sorting and "newest N matches" windows are rowid ranges FTS5 handles cheaply.
- `search_content` (a view over the record tables) is the external content of both FTS
  tables: no text is stored twice. Columns: title, body, speaker, tags, meta (filter
  tokens such as kspeech0, c<conference hex>0, len0, weight 0) and alltext.
- `search_fts`: porter + unicode61 (case and diacritics folded, English stemmed),
  prefix index of 3 characters. `search_tri`: trigram, detail=none (substrings via LIKE).
- Triggers use only built-in SQL, so any SQLite tool can edit the file and the index stays
  right. NFKC of indexed text is done in Python by `normalise_items` (a store write hook):
  text that changes under NFKC gets a row in `search_norm` that the view prefers.
- Trashing removes an item from the index; `scrub` (after a purge) merges the index so no
  token of purged text remains in it.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from sqlite_utils import Database

#: doc ids per day: small, so rowid deltas in the posting lists stay one or two bytes
#: (2**20 made the trigram index 3x larger). A day with more items spills into the next.
DAY_SHIFT = 1 << 7
RANK_WEIGHTS = (8.0, 1.0, 3.0, 3.0, 0.0)  # title, body, speaker, tags, meta
FTS_COLUMNS = ("title", "body", "speaker", "tags", "meta")
TOKENIZER = "porter unicode61 remove_diacritics 2"


def _cat(*exprs: str) -> str:
    return " || char(10) || ".join(f"coalesce({e}, '')" for e in exprs)


def _token(prefix: str, expr: str) -> str:
    """SQL of a filter token: prefix + value with separators removed + '0' (porter leaves it alone)."""
    clean = f"lower(replace(replace(replace(coalesce({expr}, ''), '-', ''), '_', ''), ' ', ''))"
    return f"'{prefix}' || {clean} || '0'"


@dataclass(frozen=True)
class Source:
    """How one record table feeds the index; expressions use the alias R for the row."""

    kind: str
    table: str
    title: str
    body: str
    date: str = "NULL"
    conference: str = "R.conference_id"
    speaker: str = "NULL"
    language: str = "R.language"
    status: str = "NULL"
    tags: str = "R.tags"

    def expr(self, name: str, alias: str) -> str:
        return getattr(self, name).replace("R.", f"{alias}.")

    def meta(self, alias: str) -> str:
        conference = f"coalesce({self.expr('conference', alias)}, 'none')"
        parts = [
            f"'k{self.kind}0'",
            _token("c", conference),
            _token("l", self.expr("language", alias)),
            _token("s", self.expr("status", alias)),
        ]
        return " || ' ' || ".join(parts)

    def tag_text(self, alias: str) -> str:
        tags = self.expr("tags", alias)
        if tags == "NULL":
            return "''"
        # plain replace(), not json_each: a table-valued function inside the content
        # of an FTS5 table makes its 'rebuild' fail ("SQL logic error") on SQLite 3.40.
        text = f"coalesce({tags}, '')"
        for old, new in (('", "', " zte0 ztb0 "), ('","', " zte0 ztb0 "), ('["', "ztb0 "), ('"]', " zte0")):
            text = f"replace({text}, '{old}', '{new}')"
        return text


SOURCES = (
    Source(
        "conference", "conferences", _cat("R.title", "R.short_title"),
        _cat("R.description", "R.organiser", "R.city", "R.venue"),
        date="R.start_date", conference="R.id", language="NULL", tags="NULL",
    ),
    Source(
        "person", "people", "R.name", _cat("R.position", "R.organisation", "R.country", "R.biography"),
        conference="NULL", language="NULL", tags="NULL",
    ),
    Source(
        "programme", "programme_items", "R.title", _cat("R.place", "R.attendees", "R.notes"),
        date="R.starts_at", language="NULL", tags="NULL",
    ),
    Source("speech", "speeches", "R.title", "R.body", date="R.date", speaker="R.speaker", status="R.status"),
    Source("point", "points", _cat("R.topic", "R.question"), "R.body", status="R.kind"),
    Source("fact", "facts", "R.statement", _cat("R.source"), date="R.as_of"),
)  # fmt: skip
SOURCE_BY_KIND = {s.kind: s for s in SOURCES}

_DOC_OF = "(SELECT doc_id FROM search_docs WHERE item_id = {alias}.id)"


def _day(source: Source, alias: str) -> str:
    date = source.expr("date", alias)
    return (
        f"CAST(coalesce(julianday(substr({date}, 1, 10)), "
        f"julianday(substr({alias}.created_at, 1, 10)), 2451545) AS INTEGER)"
    )


def _branch(source: Source) -> str:
    return (
        f"SELECT d.doc_id AS doc_id, d.item_id AS item_id, {source.expr('title', 't')} AS title, "
        f"{source.expr('body', 't')} AS body, coalesce({source.expr('speaker', 't')}, '') AS speaker, "
        f"{source.tag_text('t')} AS tags, {source.meta('t')} AS meta "
        f"FROM search_docs d JOIN [{source.table}] t ON t.id = d.item_id WHERE d.kind = '{source.kind}'"
    )


def _view_sql() -> str:
    branches = "\nUNION ALL\n".join(_branch(s) for s in SOURCES)
    title = "coalesce(o.title, s.title)"
    body = "coalesce(o.body, s.body)"
    speaker = "coalesce(o.speaker, s.speaker)"
    return (
        f"CREATE VIEW search_content AS SELECT s.doc_id AS doc_id, s.item_id AS item_id, "
        f"{title} AS title, {body} AS body, "
        f"{speaker} AS speaker, s.tags AS tags, s.meta AS meta, "
        f"{title} || char(10) || {speaker} || char(10) || {body} AS alltext "
        f"FROM ({branches}) s LEFT JOIN search_norm o ON o.doc_id = s.doc_id"
    )


def _free_id(day: str) -> str:
    """SQL of a free doc id for `day`: its bucket's start, else after the bucket's last id, else
    (bucket full, e.g. a bulk import of undated items) after the newest id of all. Each is one
    index lookup: walking the bucket for a gap made bulk imports quadratic."""
    start = f"(({day}) * {DAY_SHIFT})"
    last = f"({start} + {DAY_SHIFT - 1})"
    in_bucket = f"(SELECT max(doc_id) FROM search_docs WHERE doc_id BETWEEN {start} AND {last})"
    return (
        f"CASE WHEN NOT EXISTS (SELECT 1 FROM search_docs WHERE doc_id = {start}) THEN {start} "
        f"WHEN {in_bucket} < {last} THEN {in_bucket} + 1 "
        "ELSE (SELECT max(doc_id) + 1 FROM search_docs) END"
    )


def _doc_values(source: Source, alias: str) -> str:
    """SELECT list for a search_docs row of record `alias`, with x.d its day."""
    lang = source.expr("language", alias)
    status = source.expr("status", alias)
    return (
        f"{_free_id('x.d')}, "
        f"'{source.kind}', {alias}.id, {source.expr('conference', alias)}, {source.expr('date', alias)}, "
        f"{lang}, {status}, {source.expr('speaker', alias)}, {source.expr('tags', alias)}"
    )


_DOC_COLUMNS = "doc_id, kind, item_id, conference_id, date, language, status, speaker, tags"
# Rows are picked by a plain `item_id = X.id` or `doc_id = N`: a subquery in the WHERE would stop
# SQLite pushing it into the view's UNION ALL, and every write would scan the whole index.
_CONTENT = "FROM search_content WHERE "


def _unindex(where: str) -> str:
    cols = ", ".join(FTS_COLUMNS)
    return (
        f"INSERT INTO search_fts(search_fts, rowid, {cols}) SELECT 'delete', doc_id, {cols} {_CONTENT}{where};\n"
        f"INSERT INTO search_tri(search_tri, rowid, alltext) SELECT 'delete', doc_id, alltext {_CONTENT}{where};"
    )


def _index(where: str) -> str:
    cols = ", ".join(FTS_COLUMNS)
    return (
        f"INSERT INTO search_fts(rowid, {cols}) SELECT doc_id, {cols} {_CONTENT}{where};\n"
        f"INSERT INTO search_tri(rowid, alltext) SELECT doc_id, alltext {_CONTENT}{where};"
    )


def _triggers(source: Source) -> list[str]:
    t, k = source.table, source.kind
    old_doc = _DOC_OF.format(alias="OLD")
    add = (
        f"INSERT INTO search_docs({_DOC_COLUMNS}) SELECT {_doc_values(source, 'NEW')} "
        f"FROM (SELECT {_day(source, 'NEW')} AS d) x WHERE NEW.deleted_at IS NULL;\n{_index('item_id = NEW.id')}"
    )
    forget = (
        f"DELETE FROM search_norm WHERE doc_id = {old_doc};\nDELETE FROM search_docs WHERE item_id = OLD.id;"
    )
    return [
        # the DELETE: INSERT OR REPLACE skips delete triggers; without it the item could not come back
        f"CREATE TRIGGER search_{k}_ai AFTER INSERT ON [{t}] BEGIN\n"
        f"DELETE FROM search_docs WHERE item_id = NEW.id;\n{add}\nEND",
        f"CREATE TRIGGER search_{k}_bu BEFORE UPDATE ON [{t}] BEGIN\n{_unindex('item_id = OLD.id')}\nEND",
        f"CREATE TRIGGER search_{k}_au AFTER UPDATE ON [{t}] BEGIN\n{forget}\n{add}\nEND",
        f"CREATE TRIGGER search_{k}_bd BEFORE DELETE ON [{t}] BEGIN\n{_unindex('item_id = OLD.id')}\nEND",
        f"CREATE TRIGGER search_{k}_ad AFTER DELETE ON [{t}] BEGIN\n{forget}\nEND",
    ]


def create(db: Database) -> None:
    """Create the index and fill it from the records already there (a migration step)."""
    db.execute(
        "CREATE TABLE search_docs (doc_id INTEGER PRIMARY KEY, kind TEXT NOT NULL, "
        "item_id TEXT NOT NULL UNIQUE, conference_id TEXT, date TEXT, language TEXT, status TEXT, "
        "speaker TEXT, tags TEXT)"
    )
    db.execute("CREATE TABLE search_norm (doc_id INTEGER PRIMARY KEY, title TEXT, body TEXT, speaker TEXT)")
    db.execute(_view_sql())
    db.execute(
        f"CREATE VIRTUAL TABLE search_fts USING fts5({', '.join(FTS_COLUMNS)}, content='search_content', "
        f"content_rowid='doc_id', tokenize='{TOKENIZER}', prefix='3 4 5')"
    )
    db.execute(
        "CREATE VIRTUAL TABLE search_tri USING fts5(alltext, content='search_content', "
        "content_rowid='doc_id', tokenize='trigram', detail='none')"
    )
    weights = ", ".join(map(str, RANK_WEIGHTS))
    db.execute(f"INSERT INTO search_fts(search_fts, rank) VALUES('rank', 'bm25({weights})')")
    for source in SOURCES:
        for sql in _triggers(source):
            db.execute(sql)
    rebuild(db)


def drop(db: Database) -> None:
    """Remove the whole index (for benchmarks and repairs; `create` brings it back)."""
    for source in SOURCES:
        for suffix in ("ai", "bu", "au", "bd", "ad"):
            db.execute(f"DROP TRIGGER IF EXISTS search_{source.kind}_{suffix}")
    for sql in ("DROP TABLE IF EXISTS search_fts", "DROP TABLE IF EXISTS search_tri"):
        db.execute(sql)
    db.execute("DROP VIEW IF EXISTS search_content")
    db.execute("DROP TABLE IF EXISTS search_norm")
    db.execute("DROP TABLE IF EXISTS search_docs")


def rebuild(db: Database) -> None:
    """Index every live record again from scratch (after a repair or a bulk import)."""
    db.execute("DELETE FROM search_norm")
    db.execute("DELETE FROM search_docs")
    selects = []
    for s in SOURCES:
        lang, status = s.expr("language", "R"), s.expr("status", "R")
        selects.append(
            f"SELECT {_day(s, 'R')} AS d, R.rowid AS r, '{s.kind}' AS kind, R.id AS item_id, "
            f"{s.expr('conference', 'R')} AS conference_id, {s.expr('date', 'R')} AS date, "
            f"{lang} AS language, {status} AS status, {s.expr('speaker', 'R')} AS speaker, "
            f"{s.expr('tags', 'R')} AS tags FROM [{s.table}] R WHERE R.deleted_at IS NULL"
        )
    rows = db.execute(f"SELECT * FROM ({' UNION ALL '.join(selects)}) ORDER BY d, kind, r").fetchall()
    last = -1
    with_ids = []
    for d, _r, *values in rows:
        last = max(d * DAY_SHIFT, last + 1)
        with_ids.append((last, *values))
    db.conn.executemany(
        f"INSERT INTO search_docs({_DOC_COLUMNS}) VALUES ({', '.join('?' * len(_DOC_COLUMNS.split(',')))})",
        with_ids,
    )
    db.execute("INSERT INTO search_fts(search_fts) VALUES('rebuild')")
    db.execute("INSERT INTO search_tri(search_tri) VALUES('rebuild')")
    normalise_items(db, None)


def normalise_items(db: Database, item_ids: list[str] | None) -> int:
    """Re-index with NFKC text the given items (None: all) whose text is not NFKC; returns how many.

    Store.insert/update call this after their write, inside the same transaction.
    """
    if item_ids is None:
        rows = db.execute("SELECT doc_id, title, body, speaker FROM search_content").fetchall()
    else:
        marks = ",".join("?" * len(item_ids))
        sql = f"SELECT doc_id FROM search_docs WHERE item_id IN ({marks})"
        doc_ids = [r[0] for r in db.execute(sql, list(item_ids))]
        rows = db.execute(
            "SELECT doc_id, title, body, speaker FROM search_content "
            f"WHERE doc_id IN ({','.join('?' * len(doc_ids))})",
            doc_ids,
        ).fetchall()
    changed = 0
    for doc_id, *texts in rows:
        if all(unicodedata.is_normalized("NFKC", t or "") for t in texts):
            continue
        fixed = [unicodedata.normalize("NFKC", t or "") for t in texts]
        for sql in _unindex(f"doc_id = {int(doc_id)}").split("\n"):
            db.execute(sql)
        db.execute(
            "INSERT OR REPLACE INTO search_norm(doc_id, title, body, speaker) VALUES (?, ?, ?, ?)",
            [doc_id, *fixed],
        )
        for sql in _index(f"doc_id = {int(doc_id)}").split("\n"):
            db.execute(sql)
        changed += 1
    return changed


def scrub(db: Database) -> None:
    """Merge the index so no token of deleted or purged text is left in it (after a purge)."""
    db.execute("INSERT INTO search_fts(search_fts) VALUES('optimize')")
    db.execute("INSERT INTO search_tri(search_tri) VALUES('optimize')")
