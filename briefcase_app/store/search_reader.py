"""Read side of the search index: its own read-only connection, query plans bounded in work.

Plan for word queries (see docs/SEARCH.md): fetch the newest WINDOW matching rowids
(streaming is cheap). Fewer than WINDOW: exact bm25 over all of them. More: bm25 over
the newest WINDOW, then the rest newest first. bm25 never ranks more than WINDOW rows.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.query import Filters, Query
from . import search_sql
from .db import BUSY_TIMEOUT_MS
from .search_marks import mark, pattern, snippet

WINDOW = 2000


@dataclass
class RawHit:
    doc_id: int
    kind: str
    item_id: str
    conference_id: str | None
    conference_title: str | None
    date: str | None
    title: str
    snippet: str
    matched: str = "words"


@dataclass
class RawPage:
    hits: list[RawHit] = field(default_factory=list)
    total: int = 0
    exact: bool = True
    all_ids: list[int] = field(default_factory=list)
    interrupted: bool = False


class Interrupted(Exception):
    """A query ran past its time budget."""


class SearchReader:
    """One read connection to a store file; use it from one thread only."""

    def __init__(self, path: Path | str, budget_ms: int = 2000):
        uri = Path(path).resolve().as_uri() + "?mode=ro"
        self.conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        # substring search: LIKE that folds case in every script (SQLite's folds ASCII only).
        self.conn.create_function("like", 2, _like, deterministic=True)
        self.conn.create_function("bc_casefold", 1, _casefold, deterministic=True)
        self.budget_ms = budget_ms
        self._stemmer = False

    def close(self) -> None:
        self.conn.close()

    @contextlib.contextmanager
    def _deadline(self):
        end = time.perf_counter() + self.budget_ms / 1000
        self.conn.set_progress_handler(lambda: int(time.perf_counter() > end), 2000)
        try:
            yield
        except sqlite3.OperationalError as e:
            if "interrupt" in str(e):
                raise Interrupted() from None
            raise
        finally:
            self.conn.set_progress_handler(None, 0)

    # ---- word search ---------------------------------------------------
    def words(self, query: Query, filters: Filters, by_date: bool, limit: int, offset: int) -> RawPage:
        match = search_sql.match_sql(query, filters, self.prefix_stems(query))
        low, high = search_sql.rowid_range(filters)
        base = "FROM search_fts WHERE search_fts MATCH ? AND rowid BETWEEN ? AND ?"
        page = RawPage()
        try:
            with self._deadline():
                newest = [
                    r[0]
                    for r in self.conn.execute(
                        f"SELECT rowid {base} ORDER BY rowid DESC LIMIT ?", [match, low, high, WINDOW]
                    )
                ]
                page.total, page.exact = len(newest), len(newest) < WINDOW
                if page.exact:
                    page.all_ids = newest
                ids = self._page_ids(base, match, low, high, newest, by_date, limit, offset)
            page.hits = self._hits(ids, self.marks_for(query), "words")
        except Interrupted:
            page.interrupted = True
        return page

    def _page_ids(self, base, match, low, high, newest, by_date, limit, offset) -> list[int]:
        if by_date or not newest:
            if offset + limit <= len(newest) or len(newest) < WINDOW:
                return newest[offset : offset + limit]
            sql = f"SELECT rowid {base} ORDER BY rowid DESC LIMIT ? OFFSET ?"
            return [r[0] for r in self.conn.execute(sql, [match, low, high, limit, offset])]
        bound = newest[-1] if len(newest) >= WINDOW else low
        ids: list[int] = []
        if offset < len(newest):
            sql = f"SELECT rowid {base} ORDER BY rank LIMIT ? OFFSET ?"
            ids = [r[0] for r in self.conn.execute(sql, [match, bound, high, limit, offset])]
        if len(ids) < limit and len(newest) >= WINDOW:
            skip = max(0, offset - len(newest))
            sql = f"SELECT rowid {base} ORDER BY rowid DESC LIMIT ? OFFSET ?"
            rest = self.conn.execute(sql, [match, low, bound - 1, limit - len(ids), skip])
            ids += [r[0] for r in rest]
        return ids

    def _hits(self, ids: list[int], found, matched: str) -> list[RawHit]:
        """The page's rows, marked in Python (never part of the ranking query)."""
        if not ids:
            return []
        # the view is only cheap with doc_id = / IN on it directly: joined, SQLite materialises it.
        marks = ",".join("?" * len(ids))
        texts = {
            r[0]: r[1:]
            for r in self.conn.execute(
                f"SELECT doc_id, title, body FROM search_content WHERE doc_id IN ({marks})", ids
            )
        }
        sql = (
            "SELECT d.doc_id, d.kind, d.item_id, d.conference_id, c.title, d.date FROM search_docs d "
            f"LEFT JOIN conferences c ON c.id = d.conference_id WHERE d.doc_id IN ({marks})"
        )
        rows = {}
        for doc_id, *meta in self.conn.execute(sql, ids):
            title, body = texts.get(doc_id, ("", ""))
            rows[doc_id] = RawHit(
                doc_id, *meta, mark(title or "", found), snippet(body or "", found), matched=matched
            )
        return [rows[i] for i in ids if i in rows]

    def marks_for(self, query: Query, substrings: list[str] = ()):
        """What to mark for a query: words by their porter stems, prefixes, substrings."""
        plain = [tok for t in query.terms() if not t.prefix for tok in t.tokens]
        stems = [*self.stem(plain), *plain] if plain else []
        for term in query.terms():
            if term.prefix:
                stems += [term.tokens[0], *self.prefix_stems(query).get(term.tokens[0], [])]
        return pattern(stems, list(substrings))

    # ---- substring search (trigram) -------------------------------------
    def substrings(
        self,
        needles: list[str],
        excluded: list[str],
        filters: Filters,
        limit: int,
        skip: int,
        avoid: set[int],
    ) -> tuple[list[RawHit], bool]:
        """Items whose text holds every needle (any case), newest first; (hits, interrupted)."""
        where = " AND ".join(["t.alltext LIKE ?"] * len(needles))
        params: list = [f"%{n.casefold()}%" for n in needles]
        for word in excluded:
            where += " AND t.alltext NOT LIKE ?"
            params.append(f"%{word.casefold()}%")
        doc_where, doc_params = search_sql.doc_filter_sql(filters)
        low, high = search_sql.rowid_range(filters)
        sql = (
            f"SELECT t.rowid FROM search_tri t WHERE {where} AND t.rowid BETWEEN ? AND ? AND EXISTS "
            f"(SELECT 1 FROM search_docs d WHERE d.doc_id = t.rowid AND {doc_where}) "
            "ORDER BY t.rowid DESC LIMIT ?"
        )
        ids: list[int] = []
        try:
            with self._deadline():
                cursor = self.conn.execute(sql, [*params, low, high, *doc_params, limit + skip + len(avoid)])
                for (doc_id,) in cursor:
                    if doc_id not in avoid:
                        ids.append(doc_id)
                    if len(ids) >= limit + skip:
                        break
        except Interrupted:
            return self._hits(ids[skip:], pattern([], needles), "substring"), True
        return self._hits(ids[skip:], pattern([], needles), "substring"), False

    # ---- helpers ---------------------------------------------------------
    def prefix_stems(self, query: Query) -> dict[str, list[str]]:
        """For delegat*: deleg* too, since porter stores delegation as deleg."""
        out = {}
        for term in [*query.terms(), *query.excluded]:
            token = term.tokens[0]
            if term.prefix and token.isascii() and token.isalpha() and len(token) >= 4:
                forms = [token + s for s in ("", "e", "es", "ion", "ing", "ed", "s", "y", "al", "ation")]
                stems = {s for s in self.stem(forms) if len(s) >= 3 and token.lower().startswith(s)}
                stems.discard(token.lower())
                if stems:
                    out[token] = [max(stems, key=len)]
        return out

    def stem(self, words: list[str]) -> list[str]:
        """The index's own porter stems of some words (through a temporary FTS5 table)."""
        if not self._stemmer:
            self.conn.execute(
                "CREATE VIRTUAL TABLE IF NOT EXISTS temp.bc_stem USING fts5(w, tokenize='porter unicode61')"
            )
            self.conn.execute(
                "CREATE VIRTUAL TABLE IF NOT EXISTS temp.bc_stem_v USING fts5vocab('temp', 'bc_stem', 'instance')"
            )
            self._stemmer = True
        with self.conn:
            self.conn.execute("INSERT INTO temp.bc_stem(rowid, w) VALUES (1, ?)", [" ".join(words)])
            stems = [r[0] for r in self.conn.execute("SELECT term FROM temp.bc_stem_v ORDER BY offset")]
            self.conn.execute("DELETE FROM temp.bc_stem")
        return stems

    def capped_count(self, match: str, cap: int) -> int:
        """How many items match, counting no further than cap (cheap: streams rowids)."""
        try:
            with self._deadline():
                sql = "SELECT count(*) FROM (SELECT rowid FROM search_fts WHERE search_fts MATCH ? LIMIT ?)"
                return self.conn.execute(sql, [match, cap]).fetchone()[0]
        except Interrupted:
            return cap

    def word_count(self, word: str, cap: int) -> int:
        """Items with this word in their text, counted up to cap."""
        return self.capped_count(f"{search_sql.USER_COLUMNS} : {search_sql.quote([word])}", cap)

    def document(self, kind: str, item_id: str) -> tuple[int, str, str] | None:
        """doc_id, title and body of a live indexed item."""
        found = self.conn.execute(
            "SELECT doc_id FROM search_docs WHERE kind = ? AND item_id = ?", [kind, item_id]
        ).fetchone()
        row = (
            found
            and self.conn.execute(
                "SELECT doc_id, title, body FROM search_content WHERE doc_id = ?", [found[0]]
            ).fetchone()
        )
        return tuple(row) if row else None  # type: ignore[return-value]

    def conference_ids(self, ref: str) -> list[str]:
        """Live conferences named by id, title or short title (any case)."""
        rows = self.conn.execute(
            "SELECT id FROM conferences WHERE deleted_at IS NULL AND (id = :r OR lower(title) = lower(:r) "
            "OR lower(short_title) = lower(:r)) ORDER BY start_date DESC",
            {"r": ref.strip()},
        )
        return [r[0] for r in rows]

    def document_count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM search_docs").fetchone()[0]


def _like(pattern, value) -> bool:
    if value is None or pattern is None:
        return False
    return pattern.strip("%") in str(value).casefold()


def _casefold(value) -> str:
    return "" if value is None else str(value).casefold()
