"""Where a list's rows come from: a count and pages of summaries (records are dropped at once)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from ...domain.models import Kind
from ..i18n import label, translate
from .columns import COLUMNS, PEOPLE_COLUMNS, SORT_BY, TRASH_COLUMNS, Row, row_of
from .nav_model import CONFERENCE_SECTIONS, LIBRARY_SECTIONS

if TYPE_CHECKING:
    from ...services.records import RecordService


#: (column, descending), or None for the list's own order (talking points: the dragged one).
Order = tuple[int, bool] | None


class ListSource(Protocol):
    headers: list[str]
    kind: Kind | None
    order: Order

    def count(self) -> int: ...

    def fetch(self, offset: int, limit: int) -> list[Row]: ...

    def set_order(self, order: Order) -> bool: ...


class _SortedInMemory:
    """Short lists read whole (a conference's people, the Trash): sorted here, by the shown text."""

    order: Order = None
    _rows: list[Row] | None

    def _all(self) -> list[Row]:
        raise NotImplementedError

    def set_order(self, order: Order) -> bool:
        self.order = order
        return True

    def _shown(self) -> list[Row]:
        rows = self._all()
        if self.order is None:
            return rows
        column, descending = self.order
        return sorted(rows, key=lambda r: (r.cells[column].casefold(), r.id), reverse=descending)

    def refresh(self) -> None:
        self._rows = None  # read again on the next count()

    def count(self) -> int:
        return len(self._all())

    def fetch(self, offset: int, limit: int) -> list[Row]:
        return self._shown()[offset : offset + limit]


class KindSource:
    """Live items of one kind, in a conference or the Library, in the store's natural order."""

    def __init__(self, records: RecordService, kind: Kind, conference_id: str | None, library: bool = False):
        from ...services.collection import ANY

        self.records, self.kind = records, kind
        self.conference_id = ANY if conference_id is None and not library else conference_id
        self.library = library
        self.headers = [h for h, _get in COLUMNS[kind]]
        self.order: Order = None

    def set_order(self, order: Order) -> bool:
        """Sort by a column (through the store: every row, not just those fetched so far)."""
        if order is not None and self.headers[order[0]] not in SORT_BY[self.kind]:
            return False
        self.order = order
        return True

    def _store_order(self) -> str | None:
        if self.order is None:
            return None
        column, descending = self.order
        return f"{SORT_BY[self.kind][self.headers[column]]} {'desc' if descending else 'asc'}"

    def count(self) -> int:
        return self.records.count_in(self.kind, conference_id=self.conference_id, library=self.library)

    def fetch(self, offset: int, limit: int) -> list[Row]:
        return self.fetch_with(self.records, offset, limit)

    def fetch_with(self, records: RecordService, offset: int, limit: int) -> list[Row]:
        """A page read through `records` (the store worker's own for large lists)."""
        found = records.items(
            self.kind,
            conference_id=self.conference_id,
            library=self.library,
            limit=limit,
            offset=offset,
            without_text=True,
            order=self._store_order(),
        )
        return [row_of(r) for r in found]

    def row(self, item_id: str) -> Row | None:
        record = self.records.find(self.kind, item_id)
        return row_of(record) if record is not None else None


class PeopleSource(_SortedInMemory):
    """The people of one conference with their role there."""

    kind = Kind.PERSON
    headers = PEOPLE_COLUMNS

    def __init__(self, records: RecordService, conference_id: str):
        self.records, self.conference_id = records, conference_id
        self._rows: list[Row] | None = None

    def _all(self) -> list[Row]:
        if self._rows is None:
            self._rows = [
                Row(p.id, Kind.PERSON, (p.name, label(part.role), p.position, p.organisation), part.id)
                for part, p in self.records.people_in(self.conference_id)
            ]
        return self._rows


def origin_text(records: RecordService, record) -> str:
    """'Paris Pact Vienna 2012 › Speeches', 'Library › Speeches', or the kind alone."""
    kind = record.KIND
    sections = dict((k, text) for text, k in CONFERENCE_SECTIONS)
    library_sections = dict((k, text) for text, k in LIBRARY_SECTIONS)
    if kind is Kind.CONFERENCE:
        return translate("Trash", "a conference, with all its material")
    conference_id = getattr(record, "conference_id", None)
    if conference_id:
        conference = records.find(Kind.CONFERENCE, conference_id, include_deleted=True)
        name = (conference.short_title or conference.title) if conference else "?"
        section = translate("Navigator", sections.get(kind, "")) or label(kind)
        return f"{name} › {section}"
    if kind in library_sections:
        library = translate("Navigator", "Library")
        return f"{library} › {translate('Navigator', library_sections[kind])}"
    return label(kind)


class TrashSource(_SortedInMemory):
    kind = None
    headers = TRASH_COLUMNS

    def __init__(self, records: RecordService):
        self.records = records
        self._rows: list[Row] | None = None

    def _all(self) -> list[Row]:
        if self._rows is None:
            self._rows = []
            for e in self.records.trash():
                record = self.records.find(e.kind, e.id, include_deleted=True)
                origin = origin_text(self.records, record) if record is not None else ""
                deleted = e.deleted_at[:16].replace("T", " ")
                self._rows.append(Row(e.id, e.kind, (e.title, label(e.kind), origin, deleted)))
        return self._rows


class EmptySource:
    kind = None
    headers: list[str] = []
    order: Order = None

    def set_order(self, order: Order) -> bool:
        return False

    def count(self) -> int:
        return 0

    def fetch(self, offset: int, limit: int) -> list[Row]:
        return []
