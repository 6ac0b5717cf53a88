"""What the middle list shows for each kind: header and the text of each cell (summaries only).

Headers are English keys (SORT_BY, the filter); the list shows them translated ("Columns")."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QDateTime, QLocale, QTime

from ...domain.models import Kind, Record


def _date(value) -> str:
    """A day and time as a person reads it ("Thu 16 Feb 2012 09:00", in the window's language);
    sorting goes through the store, never through this text."""
    if not value:
        return ""
    if hasattr(value, "hour"):
        moment = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))
        return QLocale().toString(moment, "ddd d MMM yyyy HH:mm")
    if hasattr(value, "year"):
        return QLocale().toString(QDate(value.year, value.month, value.day), "d MMM yyyy")
    return str(value)


def _tags(record) -> str:
    return ", ".join(getattr(record, "tags", []) or [])


def _enum_label(value) -> str:
    return getattr(value, "label", None) or (value.value.capitalize() if value else "")


COLUMNS: dict[Kind, list[tuple[str, Callable[[Record], str]]]] = {
    Kind.CONFERENCE: [
        (QT_TRANSLATE_NOOP("Columns", "Title"), lambda r: r.title),
        (QT_TRANSLATE_NOOP("Columns", "City"), lambda r: r.city),
        (QT_TRANSLATE_NOOP("Columns", "Starts"), lambda r: _date(r.start_date)),
    ],
    Kind.PROGRAMME: [
        (QT_TRANSLATE_NOOP("Columns", "Title"), lambda r: r.title),
        (QT_TRANSLATE_NOOP("Columns", "Starts"), lambda r: _date(r.starts_at)),
        (QT_TRANSLATE_NOOP("Columns", "Place"), lambda r: r.place),
    ],
    Kind.SPEECH: [
        (QT_TRANSLATE_NOOP("Columns", "Title"), lambda r: r.title),
        (QT_TRANSLATE_NOOP("Columns", "Speaker"), lambda r: r.speaker),
        (QT_TRANSLATE_NOOP("Columns", "Date"), lambda r: _date(r.date)),
        (QT_TRANSLATE_NOOP("Columns", "Tags"), _tags),
    ],
    Kind.POINT: [
        (QT_TRANSLATE_NOOP("Columns", "Topic"), lambda r: r.topic),
        (QT_TRANSLATE_NOOP("Columns", "Kind"), lambda r: _enum_label(r.kind)),
        (QT_TRANSLATE_NOOP("Columns", "Priority"), lambda r: str(r.priority)),
        (QT_TRANSLATE_NOOP("Columns", "Tags"), _tags),
    ],
    Kind.FACT: [
        (
            QT_TRANSLATE_NOOP("Columns", "Statement"),
            lambda r: r.statement.splitlines()[0] if r.statement else "",
        ),
        (QT_TRANSLATE_NOOP("Columns", "Source"), lambda r: r.source),
        (QT_TRANSLATE_NOOP("Columns", "As of"), lambda r: _date(r.as_of)),
        (QT_TRANSLATE_NOOP("Columns", "Tags"), _tags),
    ],
    Kind.PACK: [
        (QT_TRANSLATE_NOOP("Columns", "Title"), lambda r: r.title),
        (QT_TRANSLATE_NOOP("Columns", "Recipient"), lambda r: r.recipient),
        (QT_TRANSLATE_NOOP("Columns", "Marking"), lambda r: r.marking),
    ],
    Kind.PERSON: [
        (QT_TRANSLATE_NOOP("Columns", "Name"), lambda r: r.name),
        (QT_TRANSLATE_NOOP("Columns", "Position"), lambda r: r.position),
        (QT_TRANSLATE_NOOP("Columns", "Organisation"), lambda r: r.organisation),
    ],
    Kind.SUMMARY: [(QT_TRANSLATE_NOOP("Columns", "Title"), lambda r: r.title)],
    Kind.CONTACT: [
        (QT_TRANSLATE_NOOP("Columns", "Name"), lambda r: r.name),
        (QT_TRANSLATE_NOOP("Columns", "Role"), lambda r: r.role),
        (QT_TRANSLATE_NOOP("Columns", "Phone"), lambda r: r.phone),
    ],
    Kind.LOGISTICS: [
        (QT_TRANSLATE_NOOP("Columns", "Title"), lambda r: r.title),
        (QT_TRANSLATE_NOOP("Columns", "Starts"), lambda r: _date(r.starts_at)),
        (QT_TRANSLATE_NOOP("Columns", "Place"), lambda r: r.place),
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
    Kind.SUMMARY: {},
    Kind.CONTACT: {},
    Kind.LOGISTICS: {},
}

#: columns as wide as their day and time (never cut to "2012-02-1…").
DATE_COLUMNS = {"Starts", "Date", "As of", "Deleted"}

#: columns the filter box searches but the list does not show.
HIDDEN_COLUMNS = {"Tags"}
TRASH_COLUMNS = [
    "Title",
    QT_TRANSLATE_NOOP("Columns", "Kind"),
    QT_TRANSLATE_NOOP("Columns", "From"),
    QT_TRANSLATE_NOOP("Columns", "Deleted"),
]
PEOPLE_COLUMNS = ["Name", QT_TRANSLATE_NOOP("Columns", "Role"), "Position", "Organisation"]


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
