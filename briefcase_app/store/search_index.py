"""The search index: FTS5 over every live record, kept in step by triggers.

- `search_docs` maps each live (not trashed) record to a doc_id = day * 128 + n, where
  day is the record's date as a Julian day (also kept in `day`): rowid order is date order,
  so date ranges, date sorting and "newest N matches" windows are rowid ranges FTS5 handles
  cheaply. A day with more than 128 items spills into later ids; the partial index
  `search_docs_spill` lists those items so date filters stay exact (search_reader).
- `search_norm`: what Python computes for the index, for the records that need it: title,
  body and speaker in NFKC when that differs from the stored text, and `stems`, the tagged
  Russian and Kazakh stems of its words (text/stemming.py). No row: nothing to add.
- `search_content` (a view over the record tables and search_norm) is the external content
  of both FTS tables. Columns: title, body, speaker, tags, meta (filter tokens such as
  kspeech0, c<conference hex>0, len0, weight 0), stems and alltext.
- `search_fts`: porter + unicode61 (case and diacritics folded, English stemmed),
  prefix index of 3-5 characters. `search_tri`: trigram, detail=none (substrings via LIKE).
- Triggers fill search_norm through two Python SQL functions, `bc_norm` and `bc_stems`,
  that `register_functions` adds to every connection the store opens (db.py): every write,
  whichever code makes it, is indexed with its stems and NFKC text. A tool without them
  (the sqlite3 shell) can read the file but its writes to record tables fail, changing
  nothing; the index is never left half right.
- `search_pending` lists records still to be indexed after a re-index was asked (a schema
  migration); `reindex_pending` indexes them in batches, each committed, so a killed
  re-index resumes where it stopped. Triggers leave pending records out of the FTS tables.
- Trashing removes an item from the index; `scrub` (after a purge) merges the index so no
  token of purged text remains in it.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from sqlite_utils import Database

from ..text.stemming import index_stems

#: doc ids per day: small, so rowid deltas in the posting lists stay one or two bytes
#: (2**20 made the trigram index 3x larger). A day with more items spills into the next.
DAY_SHIFT = 1 << 7
RANK_WEIGHTS = (8.0, 1.0, 3.0, 3.0, 0.0, 1.0)  # title, body, speaker, tags, meta, stems
FTS_COLUMNS = ("title", "body", "speaker", "tags", "meta", "stems")
#: records indexed per transaction by reindex_pending.
REINDEX_BATCH = 500


def _nfkc_or_null(text):
    """NFKC of a text, or NULL when it is already so (the view then uses the stored text)."""
    if text is None:
        return None
    text = str(text)
    return None if unicodedata.is_normalized("NFKC", text) else unicodedata.normalize("NFKC", text)


def register_functions(conn: sqlite3.Connection) -> None:
    """The SQL functions the index triggers call; every connection that writes records needs them."""
    conn.create_function("bc_norm", 1, _nfkc_or_null, deterministic=True)
    conn.create_function("bc_stems", 2, index_stems, deterministic=True)


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
    Source(
        "summary", "summaries", "R.title", _cat("R.purpose", "R.wants", "R.asks", "R.sensitivities", "R.body"),
        language="NULL", tags="NULL",
    ),
    Source(
        "contact", "contacts", "R.name", _cat("R.role", "R.phone", "R.email", "R.notes"),
        language="NULL", tags="NULL",
    ),
    Source(
        "logistics", "logistics", "R.title", _cat("R.place", "R.category", "R.notes"),
        date="R.starts_at", language="NULL", tags="NULL",
    ),
)  # fmt: skip
SOURCE_BY_KIND = {s.kind: s for s in SOURCES}


def _sources(db: Database) -> tuple[Source, ...]:
    """The sources whose tables this store has (an older migration runs before later tables)."""
    tables = set(db.table_names())
    return tuple(s for s in SOURCES if s.table in tables)


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


def _view_sql(sources: tuple[Source, ...]) -> str:
    branches = "\nUNION ALL\n".join(_branch(s) for s in sources)
    title = "coalesce(o.title, s.title)"
    body = "coalesce(o.body, s.body)"
    speaker = "coalesce(o.speaker, s.speaker)"
    return (
        f"CREATE VIEW search_content AS SELECT s.doc_id AS doc_id, s.item_id AS item_id, "
        f"{title} AS title, {body} AS body, "
        f"{speaker} AS speaker, s.tags AS tags, s.meta AS meta, coalesce(o.stems, '') AS stems, "
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
        f"{lang}, {status}, {source.expr('speaker', alias)}, {source.expr('tags', alias)}, x.d"
    )


_DOC_COLUMNS = "doc_id, kind, item_id, conference_id, date, language, status, speaker, tags, day"


def _norm(source: Source, where: str) -> str:
    """INSERT of the search_norm rows (NFKC texts, stems) of the docs of `source` picked by `where`
    (over search_docs d)."""
    title, body, speaker = (source.expr(c, "R") for c in ("title", "body", "speaker"))
    return (
        "INSERT OR REPLACE INTO search_norm(doc_id, title, body, speaker, stems) "
        f"SELECT d.doc_id, bc_norm({title}), bc_norm({body}), bc_norm({speaker}), "
        f"bc_stems(coalesce({title}, '') || char(10) || coalesce({body}, ''), {source.expr('language', 'R')}) "
        f"FROM search_docs d JOIN [{source.table}] R ON R.id = d.item_id "
        f"WHERE d.kind = '{source.kind}' AND {where}"
    )


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


#: search_norm rows with nothing in them (English text already NFKC): the view needs no row there
_EMPTY_NORM = (
    "DELETE FROM search_norm WHERE title IS NULL AND body IS NULL AND speaker IS NULL AND stems IS NULL"
)


def _forget(alias: str) -> str:
    doc = _DOC_OF.format(alias=alias)
    return (
        f"DELETE FROM search_norm WHERE doc_id = {doc};\nDELETE FROM search_pending WHERE doc_id = {doc};\n"
        f"DELETE FROM search_docs WHERE item_id = {alias}.id;"
    )


def _triggers(source: Source) -> list[str]:
    t, k = source.table, source.kind
    add = (
        f"INSERT INTO search_docs({_DOC_COLUMNS}) SELECT {_doc_values(source, 'NEW')} "
        f"FROM (SELECT {_day(source, 'NEW')} AS d) x WHERE NEW.deleted_at IS NULL;\n"
        f"{_norm(source, 'd.item_id = NEW.id')};\n{_EMPTY_NORM} AND doc_id = {_DOC_OF.format(alias='NEW')};\n"
        f"{_index('item_id = NEW.id')}"
    )
    # a record waiting for reindex_pending is in no FTS table: nothing to take out of them
    indexed = f"WHEN NOT EXISTS (SELECT 1 FROM search_pending WHERE doc_id = {_DOC_OF.format(alias='OLD')})"
    return [
        # the forget: INSERT OR REPLACE skips delete triggers; without it the item could not come back
        f"CREATE TRIGGER search_{k}_ai AFTER INSERT ON [{t}] BEGIN\n{_forget('NEW')}\n{add}\nEND",
        f"CREATE TRIGGER search_{k}_bu BEFORE UPDATE ON [{t}] {indexed} BEGIN\n{_unindex('item_id = OLD.id')}\nEND",
        f"CREATE TRIGGER search_{k}_au AFTER UPDATE ON [{t}] BEGIN\n{_forget('OLD')}\n{add}\nEND",
        f"CREATE TRIGGER search_{k}_bd BEFORE DELETE ON [{t}] {indexed} BEGIN\n{_unindex('item_id = OLD.id')}\nEND",
        f"CREATE TRIGGER search_{k}_ad AFTER DELETE ON [{t}] BEGIN\n{_forget('OLD')}\nEND",
    ]


def create(db: Database, fill: bool = True) -> None:
    """Create the index (a migration step). `fill`: index the records already there now;
    otherwise they are left in search_pending for `reindex_pending` (with progress)."""
    db.execute(
        "CREATE TABLE search_docs (doc_id INTEGER PRIMARY KEY, kind TEXT NOT NULL, "
        "item_id TEXT NOT NULL UNIQUE, conference_id TEXT, date TEXT, language TEXT, status TEXT, "
        "speaker TEXT, tags TEXT, day INTEGER)"
    )
    # the items a full day pushed past its ids (see search_reader's date filters)
    db.execute(
        f"CREATE INDEX search_docs_spill ON search_docs(day, doc_id) WHERE doc_id >= (day + 1) * {DAY_SHIFT}"
    )
    db.execute(
        "CREATE TABLE search_norm (doc_id INTEGER PRIMARY KEY, title TEXT, body TEXT, speaker TEXT, stems TEXT)"
    )
    db.execute("CREATE TABLE search_pending (doc_id INTEGER PRIMARY KEY)")
    db.execute(_view_sql(_sources(db)))
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
    for source in _sources(db):
        for sql in _triggers(source):
            db.execute(sql)
    _add_docs(db)
    if fill:
        _fill_all(db)


def drop(db: Database) -> None:
    """Remove the whole index (for benchmarks and repairs; `create` brings it back)."""
    for source in SOURCES:
        for suffix in ("ai", "bu", "au", "bd", "ad"):
            db.execute(f"DROP TRIGGER IF EXISTS search_{source.kind}_{suffix}")
    for sql in ("DROP TABLE IF EXISTS search_fts", "DROP TABLE IF EXISTS search_tri"):
        db.execute(sql)
    db.execute("DROP VIEW IF EXISTS search_content")
    for table in ("search_norm", "search_pending", "search_docs"):
        db.execute(f"DROP TABLE IF EXISTS {table}")


def _add_docs(db: Database) -> None:
    """A search_docs row for every live record, in date order, each pending indexing."""
    selects = []
    for s in _sources(db):
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
        with_ids.append((last, *values, d))
    db.conn.executemany(
        f"INSERT INTO search_docs({_DOC_COLUMNS}) VALUES ({', '.join('?' * len(_DOC_COLUMNS.split(',')))})",
        with_ids,
    )
    db.execute("INSERT INTO search_pending(doc_id) SELECT doc_id FROM search_docs")


def _fill_all(db: Database) -> None:
    """Index every pending record in one go (FTS5's rebuild: faster than batches, not resumable)."""
    db.execute("DELETE FROM search_norm")
    for source in _sources(db):
        db.execute(_norm(source, "1"))
    db.execute(_EMPTY_NORM)
    db.execute("INSERT INTO search_fts(search_fts) VALUES('rebuild')")
    db.execute("INSERT INTO search_tri(search_tri) VALUES('rebuild')")
    db.execute("DELETE FROM search_pending")


def rebuild(db: Database) -> None:
    """Index every live record again from scratch (after a repair)."""
    drop(db)
    create(db)


def pending_count(db: Database) -> int:
    """Records still to be indexed (0 once a re-index has finished)."""
    return db.execute("SELECT count(*) FROM search_pending").fetchone()[0]


def reindex_pending(
    db: Database,
    progress: Callable[[int, int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
    batch: int = REINDEX_BATCH,
) -> int:
    """Index the pending records in batches of `batch`, each its own transaction, newest first
    (what a search looks at first); `progress(done, total)` after each. Returns how many are
    still pending (0 unless `should_stop` said stop). A kill loses at most one batch's work."""
    total = pending_count(db)
    done = 0
    conn = db.conn
    while True:
        if should_stop is not None and should_stop():
            break
        ids = [
            r[0]
            for r in conn.execute("SELECT doc_id FROM search_pending ORDER BY doc_id DESC LIMIT ?", [batch])
        ]
        if not ids:
            break
        outer = conn.in_transaction
        if not outer:
            conn.execute("BEGIN IMMEDIATE")
        try:
            _index_docs(db, ids)
        except BaseException:
            if not outer and conn.in_transaction:
                conn.rollback()
            raise
        if not outer:
            conn.commit()
        done += len(ids)
        if progress is not None:
            progress(min(done, total), total)
    return pending_count(db)


def _index_docs(db: Database, doc_ids: list[int]) -> None:
    """Index these pending docs (their search_norm rows, both FTS tables) and drop them from pending."""
    marks = ",".join(str(int(i)) for i in doc_ids)
    # the ids of records updated meanwhile are gone from search_pending (their triggers indexed them)
    still = [r[0] for r in db.execute(f"SELECT doc_id FROM search_pending WHERE doc_id IN ({marks})")]
    if not still:
        return
    marks = ",".join(str(int(i)) for i in still)
    for source in _sources(db):
        db.execute(_norm(source, f"d.doc_id IN ({marks})"))
    db.execute(f"{_EMPTY_NORM} AND doc_id IN ({marks})")
    for sql in _index(f"doc_id IN ({marks})").split("\n"):
        db.execute(sql)
    db.execute(f"DELETE FROM search_pending WHERE doc_id IN ({marks})")


def scrub(db: Database) -> None:
    """Merge the index so no token of deleted or purged text is left in it (after a purge)."""
    db.execute("INSERT INTO search_fts(search_fts) VALUES('optimize')")
    db.execute("INSERT INTO search_tri(search_tri) VALUES('optimize')")
