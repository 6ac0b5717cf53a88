"""Similar material: past speeches, points and facts that share an item's most distinctive words."""

from __future__ import annotations

import math
import time
from collections import Counter

from ..domain.errors import NotFoundError, ValidationError
from ..domain.models import Kind
from ..domain.query import STOPWORDS, Filters, Query, Term, words
from ..store.search_reader import COMMON
from ..text.stemming import query_stems

#: how many of the item's words are weighed, and how many make the query.
CANDIDATES = 40
QUERY_TERMS = 8
SIMILAR_KINDS = (Kind.SPEECH.value, Kind.POINT.value, Kind.FACT.value)


def distinctive_terms(title: str, body: str, df, total_docs: int, common: int | None = None) -> list[str]:
    """The item's words by tf-idf: frequent here, rare elsewhere (`df(word)` counts items with it).

    Russian and Kazakh forms of a word count as one (декабря, декабре: its Russian stem), named
    by its most frequent form; a search for that form finds the others. Words in `common` items
    or more are left out while rarer ones remain (like a max_df).
    """
    counts: Counter = Counter()
    forms: dict[str, Counter] = {}
    for weight, text in ((3, title), (1, body)):
        for word in words(text):
            low = word.casefold()
            if len(low) >= 3 and not low.isdigit() and low not in STOPWORDS:
                key = next(iter(query_stems(low)), low)
                counts[key] += weight
                forms.setdefault(key, Counter())[low] += weight
    scored: list[tuple[float, str]] = []
    frequent: list[tuple[float, str]] = []
    for key, tf in counts.most_common(CANDIDATES):
        word = forms[key].most_common(1)[0][0]
        n = df(word)
        if n <= 1:  # only this item has it: nothing to find with it
            continue
        score = (1 + math.log(tf)) * math.log(1 + total_docs / n)
        (frequent if common and n >= common else scored).append((score, word))
    chosen = sorted(scored, reverse=True) or sorted(frequent, reverse=True)
    return [w for _, w in chosen[:QUERY_TERMS]]


def similar(service, kind, item_id: str, limit: int = 10):
    from .search import SearchResult, parse_kinds, to_hit

    started = time.perf_counter()
    kind_value = parse_kinds(kind)[0] if kind else ""
    if kind_value not in SIMILAR_KINDS:
        raise ValidationError("similar material is found for a speech, a line to take or a fact")
    reader = service.reader()
    doc = reader.document(kind_value, item_id)
    if doc is None:
        raise NotFoundError(
            f"no {Kind(kind_value).label.lower()} with id {item_id!r} (or it is in the trash)"
        )
    doc_id, title, body = doc
    total = max(1, reader.document_count())
    cap = max(COMMON, total // 50)  # above that a word is common: counting further costs time
    terms = distinctive_terms(title or "", body or "", lambda w: reader.word_count(w, cap), total)
    result = SearchResult(" OR ".join(terms))
    if terms:
        query = Query(((tuple(Term((t,)) for t in terms)),))
        page = reader.words(query, Filters(kinds=SIMILAR_KINDS), False, limit + 1, 0)
        result.hits = [to_hit(h) for h in page.hits if h.doc_id != doc_id][:limit]
        result.total, result.total_exact = max(0, page.total - 1), page.exact
    if not result.hits:
        result.message = "Nothing similar found."
    result.elapsed_ms = (time.perf_counter() - started) * 1000
    return result
