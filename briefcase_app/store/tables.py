"""Which table holds each kind, what names an item, and the orders its lists may take."""

from __future__ import annotations

from ..domain.kinds import KINDS
from ..domain.models import Kind, Record

#: which table holds each kind (domain/kinds.py is the one place that says so).
TABLE_BY_KIND: dict[Kind, str] = {kind: spec.table for kind, spec in KINDS.items()}


def kind_of(record: Record) -> Kind:
    """The kind of a record that is stored on its own (a Participant is not)."""
    if record.KIND is None:
        raise TypeError(f"{type(record).__name__} is not stored on its own")
    return record.KIND


#: the column that names an item in lists, and the default order of each kind's list.
TITLE_COLUMN = {kind: spec.title_field for kind, spec in KINDS.items()}
DEFAULT_ORDER = {kind: spec.default_order for kind, spec in KINDS.items()}

#: what a list can be sorted by (Store.list(order=...)): a fixed SQL expression per name, so no
#: text from outside ever reaches the SQL. Long texts sort by their beginning (and are indexed
#: so: migration 0005_sort_indexes); names and titles without regard to case.
SORT_KEYS: dict[Kind, dict[str, str]] = {
    Kind.CONFERENCE: {
        "title": "title COLLATE NOCASE",
        "city": "city COLLATE NOCASE",
        "start_date": "start_date",
    },
    Kind.PERSON: {
        "name": "name COLLATE NOCASE",
        "position": "position COLLATE NOCASE",
        "organisation": "organisation COLLATE NOCASE",
    },
    Kind.PROGRAMME: {
        "title": "title COLLATE NOCASE",
        "starts_at": "starts_at",
        "place": "place COLLATE NOCASE",
    },
    Kind.SPEECH: {"title": "title COLLATE NOCASE", "speaker": "speaker COLLATE NOCASE", "date": "date"},
    Kind.POINT: {
        "topic": "topic COLLATE NOCASE",  # what the list shows
        "kind": "kind",
        "priority": "priority",
    },
    Kind.FACT: {
        "statement": "substr(statement, 1, 80) COLLATE NOCASE",
        "source": "source COLLATE NOCASE",
        "as_of": "as_of",
    },
    Kind.PACK: {
        "title": "title COLLATE NOCASE",
        "recipient": "recipient COLLATE NOCASE",
        "marking": "marking",
    },
}


#: kinds without entries here sort by their default order only.
for _kind in KINDS:
    SORT_KEYS.setdefault(_kind, {})


def order_clause(kind: Kind, order: str | None) -> str:
    """ORDER BY text for `order` ("date", "date desc"), from SORT_KEYS only; None: the default.
    Ties go by rowid in the same direction, so pages never overlap and an index serves it all."""
    if order is None:
        return DEFAULT_ORDER[kind]
    parts = str(order).split()
    key = parts[0] if parts else ""
    direction = parts[1].lower() if len(parts) == 2 else ("asc" if len(parts) == 1 else "")
    if key not in SORT_KEYS[kind] or direction not in ("asc", "desc"):
        names = ", ".join(SORT_KEYS[kind])
        raise ValueError(f"cannot sort {kind.label.lower()}s by {order!r}: choose from {names} (asc or desc)")
    return f"{SORT_KEYS[kind][key]} {direction.upper()}, rowid {direction.upper()}"
