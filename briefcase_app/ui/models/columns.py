"""What the middle list shows for each kind: header and the text of each cell (summaries only)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ...domain.models import Kind, Record


def _date(value) -> str:
    return (
        value.isoformat(sep=" ", timespec="minutes")
        if hasattr(value, "hour")
        else (value.isoformat() if value else "")
    )


def _tags(record) -> str:
    return ", ".join(getattr(record, "tags", []) or [])


def _enum_label(value) -> str:
    return getattr(value, "label", None) or (value.value.capitalize() if value else "")


COLUMNS: dict[Kind, list[tuple[str, Callable[[Record], str]]]] = {
    Kind.CONFERENCE: [
        ("Title", lambda r: r.title),
        ("City", lambda r: r.city),
        ("Starts", lambda r: _date(r.start_date)),
    ],
    Kind.PROGRAMME: [
        ("Title", lambda r: r.title),
        ("Starts", lambda r: _date(r.starts_at)),
        ("Place", lambda r: r.place),
    ],
    Kind.SPEECH: [
        ("Title", lambda r: r.title),
        ("Speaker", lambda r: r.speaker),
        ("Date", lambda r: _date(r.date)),
        ("Tags", _tags),
    ],
    Kind.POINT: [
        ("Topic", lambda r: r.display_title),
        ("Kind", lambda r: _enum_label(r.kind)),
        ("Priority", lambda r: str(r.priority)),
        ("Tags", _tags),
    ],
    Kind.FACT: [
        ("Statement", lambda r: r.statement.splitlines()[0] if r.statement else ""),
        ("Source", lambda r: r.source),
        ("As of", lambda r: _date(r.as_of)),
        ("Tags", _tags),
    ],
    Kind.PACK: [
        ("Title", lambda r: r.title),
        ("Recipient", lambda r: r.recipient),
        ("Marking", lambda r: r.marking),
    ],
    Kind.PERSON: [
        ("Name", lambda r: r.name),
        ("Position", lambda r: r.position),
        ("Organisation", lambda r: r.organisation),
    ],
}

#: the store's sort key (store.SORT_KEYS) of each sortable header: a click sorts through the store.
SORT_BY: dict[Kind, dict[str, str]] = {
    Kind.CONFERENCE: {"Title": "title", "City": "city", "Starts": "start_date"},
    Kind.PROGRAMME: {"Title": "title", "Starts": "starts_at", "Place": "place"},
    Kind.SPEECH: {"Title": "title", "Speaker": "speaker", "Date": "date"},
    Kind.POINT: {"Topic": "topic", "Kind": "kind", "Priority": "priority"},
    Kind.FACT: {"Statement": "statement", "Source": "source", "As of": "as_of"},
    Kind.PACK: {"Title": "title", "Recipient": "recipient", "Marking": "marking"},
    Kind.PERSON: {"Name": "name", "Position": "position", "Organisation": "organisation"},
}

#: columns the filter box searches but the list does not show.
HIDDEN_COLUMNS = {"Tags"}
TRASH_COLUMNS = ["Title", "Kind", "Deleted"]
PEOPLE_COLUMNS = ["Name", "Role", "Position", "Organisation"]


@dataclass(frozen=True)
class Row:
    """One line of a list: what it shows, never the item's text."""

    id: str
    kind: Kind
    cells: tuple[str, ...]
    extra: str = ""  # e.g. the participant id of a person row


def row_of(record: Record) -> Row:
    cells = tuple(_clip(get(record) or "") for _h, get in COLUMNS[record.KIND])
    return Row(record.id, record.KIND, cells)


def _clip(text: str, limit: int = 200) -> str:
    text = str(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"
