"""Turn a parsed Query and Filters into FTS5 MATCH text; every user token is quoted."""

from __future__ import annotations

import datetime as dt

from ..domain.query import Filters, Query, Term, filter_token, words
from ..text.stemming import query_stems
from .search_index import DAY_SHIFT

USER_COLUMNS = "{title body speaker tags}"
#: prefixes this long or longer are searched as the porter stems of their completions
#: (no prefix index that long: FTS5 3.40 would merge every matching term's postings first).
LONG_PREFIX = 6
ROWID_MAX = (1 << 62) - 1
#: Julian day number of date.toordinal() == 0, as SQLite's julianday() counts.
_JULIAN_OFFSET = 1721424


def quote(tokens) -> str:
    """A phrase FTS5 reads literally (tokens are letters and digits; quotes doubled anyway)."""
    return '"' + " ".join(t.replace('"', '""') for t in tokens) + '"'


def term_sql(term: Term, prefix_stems: dict[str, list[str]]) -> str:
    if term.prefix:
        token = term.tokens[0]
        stems = prefix_stems.get(token)
        if stems and len(token) >= LONG_PREFIX:
            return "(" + " OR ".join(quote([s]) for s in stems) + ")"
        return "(" + " OR ".join(f"{quote([a])} *" for a in [token, *(stems or [])]) + ")"
    if not term.exact:
        return word_sql(term.tokens[0])
    return quote(term.tokens)  # quoted: the forms typed (English words still porter-stemmed)


def word_sql(word: str, columns: str = "") -> str:
    """A word in any form: as typed (porter-stemmed if English) in `columns` (default all), one of
    its Russian or Kazakh stems in the stems column, or a stem that is itself a word of the text
    (the index leaves a word that is its own stem out of the stems column: министр, регион)."""
    stems = query_stems(word)
    plain = dict.fromkeys([word, *(s[:-1] for s in stems)])
    words = " OR ".join(quote([w]) for w in plain)
    typed = f"{columns} : ({words})" if columns else f"({words})" if len(plain) > 1 else words
    if not stems:
        return typed
    return f"({typed} OR stems : ({' OR '.join(quote([s]) for s in stems)}))"


def user_sql(query: Query, prefix_stems: dict[str, list[str]]) -> str:
    """The words typed, in every column: filter tokens (kspeech0, ztb0) are never typed words."""
    groups = []
    for group in query.groups:
        parts = [term_sql(t, prefix_stems) for t in group]
        groups.append(parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")")
    sql = "(" + " AND ".join(groups) + ")"
    if query.excluded:
        excluded = " OR ".join(term_sql(t, prefix_stems) for t in query.excluded)
        sql = f"({sql} NOT ({excluded}))"
    return sql


def rank_sql(query: Query, prefix_stems: dict[str, list[str]]) -> str:
    """What the ranking weighs: phrases as their words one by one (a phrase's IDF costs a scan
    of every position of its words; a word's, its posting count)."""
    groups = []
    for group in query.groups:
        parts = []
        for t in group:
            if t.prefix:
                parts.append(term_sql(t, prefix_stems))
            elif not t.exact:
                parts.append(word_sql(t.tokens[0]))
            else:
                parts.append("(" + " AND ".join(quote([tok]) for tok in t.tokens) + ")")
        groups.append(parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")")
    return " AND ".join(groups)


def filter_sql(filters: Filters) -> list[str]:
    parts = []
    if filters.kinds:
        parts.append("meta : (" + " OR ".join(filter_token("k", k) for k in filters.kinds) + ")")
    if filters.conference_id is not None:
        parts.append("meta : " + quote([filter_token("c", filters.conference_id or "none")]))
    if filters.language:
        parts.append("meta : " + quote([filter_token("l", filters.language)]))
    if filters.status:
        parts.append("meta : " + quote([filter_token("s", filters.status)]))
    speaker = words(filters.speaker)
    if speaker:
        parts.append("speaker : " + quote(speaker))
    tag = words(filters.tag)
    if tag:
        parts.append("tags : " + quote(["ztb0", *tag, "zte0"]))
    return parts


def match_sql(query: Query, filters: Filters, prefix_stems: dict[str, list[str]]) -> str:
    return " AND ".join([user_sql(query, prefix_stems), *filter_sql(filters)])


def day_number(date: dt.date) -> int:
    return date.toordinal() + _JULIAN_OFFSET


def day_range(filters: Filters) -> tuple[int, int] | None:
    """The filter's dates as Julian day numbers (None without a date filter)."""
    if not (filters.date_from or filters.date_to):
        return None
    low = day_number(filters.date_from) if filters.date_from else 0
    high = day_number(filters.date_to) if filters.date_to else ROWID_MAX // DAY_SHIFT - 1
    return low, high


def rowid_range(filters: Filters) -> tuple[int, int]:
    """Doc ids are day * 128 + n: a date range is a rowid range, but for the items of a day with
    more than 128 (they spill into later ids): search_reader widens it for those."""
    low = day_number(filters.date_from) * DAY_SHIFT if filters.date_from else 0
    high = (day_number(filters.date_to) + 1) * DAY_SHIFT - 1 if filters.date_to else ROWID_MAX
    return low, high


def doc_filter_sql(filters: Filters) -> tuple[str, list]:
    """The same filters as SQL over search_docs d (for substring search)."""
    clauses: list[str] = []
    params: list[object] = []
    if filters.kinds:
        clauses.append(f"d.kind IN ({','.join('?' * len(filters.kinds))})")
        params += list(filters.kinds)
    if filters.conference_id is not None:
        if filters.conference_id:
            clauses.append("d.conference_id = ?")
            params.append(filters.conference_id)
        else:
            clauses.append("d.conference_id IS NULL")
    for column, value in (("language", filters.language), ("status", filters.status)):
        if value:
            clauses.append(f"lower(d.{column}) = ?")
            params.append(value.lower())
    if filters.speaker:
        clauses.append("instr(bc_casefold(d.speaker), ?) > 0")
        params.append(filters.speaker.casefold())
    if filters.tag:
        clauses.append("instr(bc_casefold(d.tags), ?) > 0")
        params.append('"' + filters.tag.casefold() + '"')
    days = day_range(filters)
    if days:
        clauses.append("d.day BETWEEN ? AND ?")
        params += [*days]
    return " AND ".join(clauses) or "1", params
