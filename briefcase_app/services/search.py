"""Search everything said before: one call for the window, the command line and benchmarks.

SearchService opens its own read-only connection in each thread that calls it, so the
window can run as-you-type searches in a worker thread while the GUI thread writes.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.convert import parse_date
from ..domain.errors import NotFoundError, ValidationError
from ..domain.models import Kind
from ..domain.query import Filters, Query, parse, substrings, words
from ..store.errors import DATABASE_ERRORS, user_message
from ..store.search_marks import CLOSE, OPEN
from ..store.search_reader import RawHit, RawPage, SearchReader

log = logging.getLogger(__name__)

SORTS = ("relevance", "date")
_MARKS = re.compile(f"{OPEN}([^{OPEN}{CLOSE}]*){CLOSE}")
#: the most hits one call returns; a larger limit returns this many and says so (page with offset).
MAX_LIMIT = 1000
#: every kind the search covers (packs are not searched).
SEARCH_KINDS = (Kind.SPEECH, Kind.POINT, Kind.FACT, Kind.PERSON, Kind.PROGRAMME, Kind.CONFERENCE)
_KIND_WORDS = {k.value: k for k in SEARCH_KINDS} | {
    "speeches": Kind.SPEECH,
    "points": Kind.POINT,
    "facts": Kind.FACT,
    "people": Kind.PERSON,
    "conferences": Kind.CONFERENCE,
}


def _split_marks(marked: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Text without marks, and the (start, end) spans that were marked."""
    plain, spans, length = [], [], 0
    for i, part in enumerate(_MARKS.split(marked)):
        if i % 2 and part:
            spans.append((length, length + len(part)))
        plain.append(part)
        length += len(part)
    return "".join(plain), tuple(spans)


def _apply_marks(text: str, spans, open_mark: str, close_mark: str) -> str:
    out, last = [], 0
    for start, end in spans:
        out += [text[last:start], open_mark, text[start:end], close_mark]
        last = end
    out.append(text[last:])
    return "".join(out)


@dataclass(frozen=True)
class Hit:
    """One item found; `*_marks` are (start, end) spans of the matched words in the text."""

    kind: Kind
    id: str
    title: str
    snippet: str
    title_marks: tuple[tuple[int, int], ...] = ()
    snippet_marks: tuple[tuple[int, int], ...] = ()
    conference_id: str | None = None
    conference: str | None = None
    date: str | None = None
    matched: str = "words"  # or "substring" (trigram), for the UI to say why it matched

    def marked_title(self, open_mark: str = "**", close_mark: str = "**") -> str:
        return _apply_marks(self.title, self.title_marks, open_mark, close_mark)

    def marked_snippet(self, open_mark: str = "**", close_mark: str = "**") -> str:
        return _apply_marks(self.snippet, self.snippet_marks, open_mark, close_mark)

    def to_dict(self) -> dict:
        return {
            "kind": self.kind.value,
            "id": self.id,
            "title": self.title,
            "conference_id": self.conference_id,
            "conference": self.conference,
            "date": self.date,
            "snippet": self.snippet,
            "title_marks": [list(s) for s in self.title_marks],
            "snippet_marks": [list(s) for s in self.snippet_marks],
            "marked_title": self.marked_title(),
            "marked_snippet": self.marked_snippet(),
            "matched": self.matched,
        }


@dataclass
class SearchResult:
    """A page of hits; `message` says in words what happened when it is not plain."""

    query: str
    hits: list[Hit] = field(default_factory=list)
    total: int = 0
    total_exact: bool = True
    relaxed: bool = False
    message: str = ""
    elapsed_ms: float = 0.0

    @property
    def empty(self) -> bool:
        return not self.hits


def to_hit(raw: RawHit) -> Hit:
    title, title_marks = _split_marks(raw.title.replace("\n", " — ").strip(" —"))
    snippet, snippet_marks = _split_marks(raw.snippet)
    return Hit(
        Kind(raw.kind),
        raw.item_id,
        title,
        snippet,
        title_marks,
        snippet_marks,
        raw.conference_id,
        raw.conference_title,
        raw.date,
        raw.matched,
    )


def parse_kinds(kinds) -> tuple[str, ...]:
    out = []
    for k in [kinds] if isinstance(kinds, (str, Kind)) else kinds or ():
        kind = _KIND_WORDS.get(str(k.value if isinstance(k, Kind) else k).strip().lower())
        if kind is None:
            names = ", ".join(k.value for k in SEARCH_KINDS)
            raise ValidationError(f"cannot search for {k!r}: choose from {names}")
        out.append(kind.value)
    return tuple(dict.fromkeys(out))


class SearchService:
    """Search one store file. Construct with the store's path; call from any thread.

    Each thread gets its own read-only connection on first use; call close() in that
    thread when it is done (a worker thread's last step).
    """

    def __init__(self, store_path: Path | str, budget_ms: int = 2000):
        if str(store_path) == ":memory:":
            raise ValidationError("search needs a store file, not an in-memory store")
        self.path = Path(store_path)
        self.budget_ms = budget_ms
        self._local = threading.local()

    @classmethod
    def for_store(cls, store) -> SearchService:
        if store.path is None:
            raise ValidationError("search needs a store file, not an in-memory store")
        return cls(store.path)

    def reader(self) -> SearchReader:
        """This thread's connection (opened on first use)."""
        reader = getattr(self._local, "reader", None)
        if reader is None:
            reader = self._local.reader = SearchReader(self.path, self.budget_ms)
        return reader

    def close(self) -> None:
        reader = getattr(self._local, "reader", None)
        if reader is not None:
            reader.close()
            self._local.reader = None

    def filters(self, kinds=(), conference=None, speaker="", language="", tag="", status="",
                date_from=None, date_to=None) -> Filters:  # fmt: skip
        """Filters from what a person or a command gives (names, ISO dates); clear errors."""
        conference_id = None
        if conference is not None and str(conference).strip():
            ids = self.reader().conference_ids(str(conference))
            if not ids:
                raise NotFoundError(
                    f"no conference called {conference!r} (try: briefcase-app list conferences)"
                )
            if len(ids) > 1:
                raise ValidationError(f"{len(ids)} conferences are called {conference!r}; use an id")
            conference_id = ids[0]
        for name, value in (("speaker", speaker), ("tag", tag)):
            if value and value.strip() and not words(value):  # '%' or '_' would else match everyone
                raise ValidationError(f"the {name} filter {value!r} has no letter or digit to look for")
        start, end = parse_date(date_from, "from"), parse_date(date_to, "to")
        if start and end and start > end:
            raise ValidationError(f"the range {start} .. {end} ends before it starts")
        return Filters(parse_kinds(kinds), conference_id, speaker or "", language or "", tag or "",
                       status or "", start, end)  # fmt: skip

    def search(self, text: str, *, sort: str = "relevance", limit: int = 20, offset: int = 0,
               filters: Filters | None = None, **filter_args) -> SearchResult:  # fmt: skip
        """Search for what a person typed; never raises on the text itself.

        filter_args: kinds, conference (id or title), speaker, language, tag, status,
        date_from, date_to (date or 'YYYY-MM-DD'). Bad filter values raise ValidationError.
        """
        started = time.perf_counter()
        if sort not in SORTS:
            raise ValidationError(f"sort by {' or '.join(SORTS)}, not {sort!r}")
        asked = max(1, int(limit))
        limit = min(asked, MAX_LIMIT)
        offset = max(0, int(offset))
        filters = filters or self.filters(**filter_args)
        query = parse(text)
        result = SearchResult(str(query))
        if query.empty:
            result.message = "Nothing to search for: type a word." if not text.strip() else (
                f"Nothing to search for in {text.strip()[:40]!r}: type a word of three letters or more."
            )  # fmt: skip
        else:
            try:
                self._run(query, filters, sort == "date", limit, offset, result)
            except DATABASE_ERRORS as e:
                log.exception("search failed for %r", text[:200])
                result.message = f"The search could not run: {user_message(e)}"
        notes = []
        if asked > limit and len(result.hits) == limit:
            notes.append(
                f"Showing the first {MAX_LIMIT:,} (the most one search returns); "
                f"ask for the next ones with offset {offset + limit}."
            )
        pending = self._pending()
        if pending:
            notes.append(f"The search index is still taking in {pending:,} items: some may be missing.")
        result.message = " ".join([result.message, *notes]).strip()
        result.elapsed_ms = (time.perf_counter() - started) * 1000
        return result

    def _run(self, query: Query, filters: Filters, by_date: bool, limit, offset, result) -> None:
        reader = self.reader()
        page = reader.words(query, filters, by_date, limit, offset)
        hits = list(page.hits)
        total, exact = page.total, page.exact
        needles = substrings(query)
        # Substrings only for word parts: when some word of the query is no word of the index
        # (narco, спубли). A whole word adds little inside other words and costs a scan.
        if needles and not any(reader.word_count(n, 1) == 0 for n in needles):
            needles = []
        if page.exact and not page.interrupted and needles and len(hits) < limit:
            excluded = [w for t in query.excluded for w in t.tokens]
            skip = max(0, offset - page.total)
            extra, _ = reader.substrings(
                needles, excluded, filters, limit - len(hits), skip, set(page.all_ids)
            )
            hits += extra
            if extra:
                total, exact = max(total, offset) + len(extra), len(hits) < limit
        if not hits and offset == 0 and len(query.groups) > 1:
            relaxed: RawPage = reader.words(query.relaxed(), filters, by_date, limit, offset)
            if relaxed.hits:
                hits, total, exact = relaxed.hits, relaxed.total, relaxed.exact
                result.relaxed = True
                result.message = f"No item has all of {query}; showing items with some of them."
        result.hits = [to_hit(h) for h in hits]
        result.total, result.total_exact = total, exact
        if page.interrupted:
            result.message = "The search took too long and was cut short: add a word or a filter."
        elif not hits:
            result.message = f"Nothing found for {query}."

    def _pending(self) -> int:
        try:
            return self.reader().pending()
        except DATABASE_ERRORS:
            return 0

    def similar(self, kind, item_id: str, limit: int = 10) -> SearchResult:
        """Past speeches, points and facts most like this item (by its most distinctive words)."""
        from .similar import similar

        return similar(self, kind, item_id, limit)


def reindex_needed(store) -> int:
    """Items of an open Store still to be indexed (after an upgrade asked for a re-index)."""
    from ..store import search_index

    return search_index.pending_count(store.db)


def reindex(store, progress=None, should_stop=None) -> int:
    """Index the pending items of an open Store in committed batches, newest first.

    `progress(done, total)` after each batch; `should_stop()` is asked before each (the rest
    waits for the next run). Returns how many are left. A kill loses at most one batch."""
    from ..store import search_index

    return search_index.reindex_pending(store.db, progress=progress, should_stop=should_stop)
