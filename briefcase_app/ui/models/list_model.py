"""The middle list's model: rows fetched a page at a time (canFetchMore/fetchMore), summaries only."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from ..i18n import translate
from ..plain import tip
from .columns import Row
from .sources import EmptySource, ListSource

ID_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
EXTRA_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


class ItemListModel(QAbstractTableModel):
    """Small lists load a page at a time on the GUI thread; lists longer than ASYNC_ABOVE
    fetch their pages on the window's store worker (`store_worker`, ui/ops.py's Workers.store), so scrolling never waits for SQL."""

    PAGE = 200
    ASYNC_ABOVE = 2000
    order_changed = Signal()  # sorted by another column, or back to the list's own order

    def __init__(self, parent=None, store_worker=None):
        super().__init__(parent)
        self.source: ListSource = EmptySource()
        self.store_worker = store_worker
        self._rows: list[Row] = []
        self._total = 0
        self._fetching = False
        self._async = False
        self._generation = 0
        self.draggable = False  # talking points: rows can be dragged to a new place

    # ---- loading ---------------------------------------------------------
    def set_source(self, source: ListSource, keep: int = 0) -> None:
        self._generation += 1
        self._fetching = False
        self.beginResetModel()
        self.source = source
        self._total = source.count()
        self._async = (
            self.store_worker is not None and self._total > self.ASYNC_ABOVE and hasattr(source, "fetch_with")
        )
        first = min(max(keep, self.PAGE), self._total)
        self._rows = [] if self._async or not first else source.fetch(0, first)
        self.endResetModel()
        if self._async:
            self.fetchMore()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Sort every row, not only those fetched: the source reads its pages in the new order
        (through the store, or in memory for short lists); column -1 is the list's own order."""
        want = None if column < 0 else (column, order == Qt.SortOrder.DescendingOrder)
        if want == self.source.order or not self.source.set_order(want):
            return
        self.set_source(self.source)
        self.order_changed.emit()

    def reload(self) -> None:
        """Fetch again as many rows as were shown (after a change), keeping the scroll depth."""
        refresh = getattr(self.source, "refresh", None)
        if refresh is not None:
            refresh()
        self.set_source(self.source, keep=len(self._rows))

    def update_rows(self, ids) -> bool:
        """Refresh rows in place (an item was edited); False if one is not shown here."""
        get = getattr(self.source, "row", None)
        if get is None:
            return False
        for item_id in ids:
            i = self.row_of_id(item_id)
            if i < 0:
                return False
            row = get(item_id)
            if row is None:
                return False
            self._rows[i] = row
            self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))
        return True

    def canFetchMore(self, parent: Index = ROOT) -> bool:
        return not parent.isValid() and not self._fetching and len(self._rows) < self._total

    def fetchMore(self, parent: Index = ROOT) -> None:
        if parent.isValid() or self._fetching:
            return
        self._fetching = True  # views may ask again while rows are being inserted
        start = len(self._rows)
        limit = min(self.PAGE, self._total - start)
        if self._async:
            generation, source = self._generation, self.source
            self.store_worker.submit(
                lambda records: source.fetch_with(records, start, limit),
                lambda page: self._arrived(generation, start, page),
                lambda _e: self._arrived(generation, start, None),
            )
            return
        try:
            self._insert(start, self.source.fetch(start, limit))
        finally:
            self._fetching = False

    def _arrived(self, generation: int, start: int, page) -> None:
        if generation != self._generation:
            return  # the list changed meanwhile
        self._fetching = False
        if page is None or start != len(self._rows):
            return
        self._insert(start, page)

    def _insert(self, start: int, page: list[Row]) -> None:
        if not page:
            self._total = start
            return
        self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    # ---- reading ---------------------------------------------------------
    @property
    def total(self) -> int:
        return self._total

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def row_of_id(self, item_id: str) -> int:
        for i, row in enumerate(self._rows):
            if row.id == item_id:
                return i
        return -1

    def ids(self) -> list[str]:
        return [r.id for r in self._rows]

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.source.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            cells = row.cells
            text = cells[index.column()] if index.column() < len(cells) else ""
            return text if role == Qt.ItemDataRole.DisplayRole else tip(str(text))
        if role == ID_ROLE:
            return row.id
        if role == KIND_ROLE:
            return row.kind.value
        if role == EXTRA_ROLE:
            return row.extra
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.source.headers)
        ):
            return translate("Columns", self.source.headers[section])
        return None

    def flags(self, index: Index):
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if self.draggable else Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.draggable:
            flags |= Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        return flags

    def supportedDropActions(self):  # noqa: N802
        return Qt.DropAction.MoveAction
