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
from ..text.stemming import mark_stems
from . import search_sql
from .db import BUSY_TIMEOUT_MS
from .search_index import DAY_SHIFT, RANK_WEIGHTS, SOURCE_BY_KIND
from .search_marks import mark, pattern, plain_text, snippet

#: bm25 ranks at most this many matches (the newest); it costs ~1 µs a match.
WINDOW = 1000
#: newest documents looked at first, then more, then all; older chunks only while cheap.
CHUNKS = (4096, 16384, 65536)
ENOUGH = 60
#: a word in at least this many items (or 2% of them) is common: its bm25 weight is small
#: and its IDF costs a scan of its postings, so it is left out of the ranking.
COMMON = 2000
_SUFFIXES = ("", "e", "es", "s", "ed", "ing", "ion", "ions", "ation", "ations", "al", "ally", "ional", "or",
             "ors", "er", "ers", "y", "ies", "ive", "ment", "ments", "ity", "ic", "ism", "ist", "able", "ness")  # fmt: skip
_BASE = "FROM search_fts WHERE search_fts MATCH ? AND rowid BETWEEN ? AND ?"


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


@dataclass(frozen=True)
class DateWindow:
    """Rowids to look in for a date filter, and SQL that keeps only the days asked for when
    the range holds items of other days (a day with more than 128 items spills into later ids)."""

    low: int
    high: int
    sql: str = ""
    params: tuple = ()


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
        self._count: tuple[int, float] | None = None
        self._nth: dict[tuple[int, int], tuple[int, float]] = {}

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
        stems = self.prefix_stems(query)
        match = search_sql.match_sql(query, filters, stems)
        page = RawPage()
        try:
            with self._deadline():
                window = self.date_window(filters)
                low = window.low
                newest, page.exact = self._candidates(match, window)
                page.total = len(newest)
                if page.exact:
                    page.all_ids = newest
                head = newest if by_date else self._rank(query, stems, newest, offset + limit)
                ids = head[offset : offset + limit]
                if len(ids) < limit and not page.exact and newest:
                    sql = f"SELECT rowid {_BASE}{window.sql} ORDER BY rowid DESC LIMIT ? OFFSET ?"
                    skip = max(0, offset - len(newest))
                    params = [match, low, min(newest) - 1, *window.params, limit - len(ids), skip]
                    rest = self.conn.execute(sql, params)
                    ids += [r[0] for r in rest]
            page.hits = self._hits(ids, self.marks_for(query), "words")
        except Interrupted:
            page.interrupted = True
        return page

    def date_window(self, filters: Filters) -> DateWindow:
        """Where a date filter's items are: their days' rowids, widened to the items of those days
        that spilled into later ids, with a check of each item's day only when the range also
        holds items of other days (so a plain store pays two index lookups)."""
        low, high = search_sql.rowid_range(filters)
        days = search_sql.day_range(filters)
        if days is None:
            return DateWindow(low, high)
        first, last = days
        spilled = f"doc_id >= (day + 1) * {DAY_SHIFT}"  # the partial index search_docs_spill
        row = self.conn.execute(
            f"SELECT max(doc_id) FROM search_docs WHERE {spilled} AND day BETWEEN ? AND ?", [first, last]
        ).fetchone()
        wide = max(high, row[0] or 0)
        mixed = (
            wide > high
            and self.conn.execute(
                "SELECT 1 FROM search_docs WHERE doc_id BETWEEN ? AND ? AND day > ? LIMIT 1",
                [high + 1, wide, last],
            ).fetchone()
        )
        mixed = (
            mixed
            or self.conn.execute(
                f"SELECT 1 FROM search_docs WHERE {spilled} AND day < ? AND doc_id BETWEEN ? AND ? LIMIT 1",
                [first, low, wide],
            ).fetchone()
        )
        if not mixed:
            return DateWindow(low, wide)
        sql = " AND +rowid IN (SELECT doc_id FROM search_docs WHERE doc_id BETWEEN ? AND ? AND day BETWEEN ? AND ?)"
        return DateWindow(low, wide, sql, (low, wide, first, last))

    def _candidates(self, match: str, window: DateWindow) -> tuple[list[int], bool]:
        """Up to WINDOW matching rowids, newest first: the newest chunk of documents, then a
        larger one, ... stopping once ENOUGH match (so a rare phrase of common words does not
        scan every position). Deterministic, so every page of a search ranks the same set.

        Returns (rowids, exact): exact when they are all the matches in [low, high].
        """
        ids: list[int] = []
        low, top = window.low, window.high
        for chunk in (*CHUNKS, None):
            bottom = low if chunk is None else max(low, self._nth_newest(top, chunk))
            sql = f"SELECT rowid {_BASE}{window.sql} ORDER BY rowid DESC LIMIT ?"
            params = [match, bottom, top, *window.params, WINDOW - len(ids)]
            ids += [r[0] for r in self.conn.execute(sql, params)]
            if len(ids) >= WINDOW:
                return ids, False
            if bottom <= low:
                return ids, True
            if len(ids) >= ENOUGH:
                return ids, False
            top = bottom - 1
        return ids, True

    def _nth_newest(self, top: int, n: int) -> int:
        """The doc id n documents back from `top` (0 when there are fewer); cached a minute
        for the newest end (OFFSET walks n rows: 3 ms for 65,536)."""
        key, now = (top, n), time.monotonic()
        cached = self._nth.get(key)
        if cached is not None and now - cached[1] < 60:
            return cached[0]
        row = self.conn.execute(
            "SELECT doc_id FROM search_docs WHERE doc_id <= ? ORDER BY doc_id DESC LIMIT 1 OFFSET ?",
            [top, n - 1],
        ).fetchone()
        if len(self._nth) > 64:
            self._nth.clear()
        self._nth[key] = (row[0] if row else 0, now)
        return self._nth[key][0]

    def _rank(self, query: Query, stems, ids: list[int], n: int) -> list[int]:
        """The best n of these rowids: bm25 over the query's rarer words; when every word is
        common (bm25's IDF ~0, and costly), items with them in the title first, then newest."""
        if len(ids) <= 1:
            return ids
        common = max(COMMON, self.document_count() // 50)
        rare = tuple(
            kept
            for g in query.groups
            if (kept := tuple(t for t in g if self._term_count(t, stems, common) < common))
        )
        in_ids = f"rowid BETWEEN ? AND ? AND +rowid IN ({','.join('?' * len(ids))})"
        if rare:
            rank_match = search_sql.rank_sql(Query(rare), stems)
            sql = (
                f"SELECT rowid FROM search_fts WHERE search_fts MATCH ? AND {in_ids} "
                f"ORDER BY bm25(search_fts, {', '.join(map(str, RANK_WEIGHTS))}) LIMIT ?"
            )
        else:
            rank_match = f"{{title}} : ({search_sql.rank_sql(query, stems)})"
            sql = f"SELECT rowid FROM search_fts WHERE search_fts MATCH ? AND {in_ids} ORDER BY rowid DESC LIMIT ?"
        ranked = [r[0] for r in self.conn.execute(sql, [rank_match, min(ids), max(ids), *ids, n])]
        if len(ranked) < min(n, len(ids)):  # then the rest (no title hit, or only common words), newest first
            seen = set(ranked)
            ranked += [i for i in ids if i not in seen][: n - len(ranked)]
        return ranked

    def _term_count(self, term, stems, cap: int) -> int:
        """Items with the term, up to cap (a phrase counts as its rarest word)."""
        if term.prefix or not term.exact:
            return self.capped_count(search_sql.term_sql(term, stems), cap)
        return min(self.capped_count(search_sql.quote([tok]), cap) for tok in term.tokens)

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
        metas = list(self.conn.execute(sql, ids))
        stored = self._stored_texts(ids, metas)
        for doc_id, kind, item_id, conference_id, conference_title, date in metas:
            title, body = texts.get(doc_id, ("", ""))
            if doc_id in stored:  # shown as typed (Заявление № 5), unless only NFKC has the match
                title = _readable(stored[doc_id][0], title, found)
                body = _readable(stored[doc_id][1], body, found)
            marked = mark(plain_text(title or ""), found)
            rows[doc_id] = RawHit(
                doc_id, kind, item_id, conference_id, conference_title, date, marked,
                snippet(body or "", found), matched=matched,
            )  # fmt: skip
        return [rows[i] for i in ids if i in rows]

    def _stored_texts(self, ids: list[int], metas) -> dict[int, tuple[str, str]]:
        """Title and body as stored, for the hits whose indexed text is their NFKC form."""
        marks = ",".join("?" * len(ids))
        normalised = {
            r[0]
            for r in self.conn.execute(
                f"SELECT doc_id FROM search_norm WHERE doc_id IN ({marks}) "
                "AND (title IS NOT NULL OR body IS NOT NULL)",
                ids,
            )
        }
        out = {}
        for doc_id, kind, item_id, *_ in metas:
            if doc_id in normalised:
                source = SOURCE_BY_KIND[kind]
                row = self.conn.execute(
                    f"SELECT {source.expr('title', 'R')}, {source.expr('body', 'R')} "
                    f"FROM [{source.table}] R WHERE R.id = ?",
                    [item_id],
                ).fetchone()
                if row:
                    out[doc_id] = row
        return out

    def marks_for(self, query: Query, substrings: tuple[str, ...] | list[str] = ()):
        """What to mark for a query: words by their porter stems, Russian and Kazakh words by
        their stems (forms: a stem and a few more letters), prefixes, substrings. Phrases
        are marked as typed."""
        plain = [tok for t in query.terms() if not t.prefix for tok in t.tokens]
        stems = [*self.stem(plain), *(p.lower() for p in plain)] if plain else []
        words = [t.tokens[0] for t in query.terms() if not t.prefix and not t.exact]
        forms = [pair for w in words for pair in mark_stems(w)]
        for term in query.terms():
            if term.prefix:
                stems += [term.tokens[0], *self.prefix_stems(query).get(term.tokens[0], [])]
        phrases = [t.tokens for t in query.terms() if t.exact]
        return pattern(stems, list(substrings), phrases, forms)

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
        window = self.date_window(filters)  # widened to spilled items; doc_where checks each day
        low, high = window.low, window.high
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
        """Porter stems a prefix's completions may have: delegat* -> deleg, delegat."""
        out = {}
        for term in [*query.terms(), *query.excluded]:
            token = term.tokens[0].lower()
            if term.prefix and token.isascii() and token.isalpha() and len(token) >= 4:
                stems = [s for s in self.stem([token + s for s in _SUFFIXES]) if len(s) >= 3]
                if len(token) >= search_sql.LONG_PREFIX:
                    keep = {s for s in stems if s.startswith(token) or token.startswith(s)}
                else:
                    keep = {s for s in stems if token.startswith(s) and s != token}
                    keep = {max(keep, key=len)} if keep else set()
                if keep:
                    out[term.tokens[0]] = sorted(keep)
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
        return self.capped_count(search_sql.word_sql(word, search_sql.USER_COLUMNS), cap)

    def pending(self) -> int:
        """Items the index still has to take in after a re-index was asked (0 normally)."""
        try:
            if self.conn.execute("SELECT 1 FROM search_pending LIMIT 1").fetchone() is None:
                return 0
            return self.conn.execute("SELECT count(*) FROM search_pending").fetchone()[0]
        except sqlite3.OperationalError:  # a store from before the table
            return 0

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
        """Items in the index, counted at most once a minute (a count(*) scans them all)."""
        now = time.monotonic()
        if self._count is None or now - self._count[1] > 60:
            self._count = (self.conn.execute("SELECT count(*) FROM search_docs").fetchone()[0], now)
        return self._count[0]


def _readable(stored, normalised, found) -> str:
    """The text as stored, unless only its NFKC form has what was searched (a ligature from a
    PDF, "ﬁnancial" found by "financial"): then that form, so the match can be marked."""
    if stored is None:
        return normalised or ""
    if found is not None and not found.search(stored) and found.search(normalised or ""):
        return normalised
    return stored


def _like(pattern, value) -> bool:
    if value is None or pattern is None:
        return False
    return pattern.strip("%") in str(value).casefold()


def _casefold(value) -> str:
    return "" if value is None else str(value).casefold()
