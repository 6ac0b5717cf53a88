"""The middle list's model: rows fetched a page at a time (canFetchMore/fetchMore), summaries only."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from .columns import Row
from .sources import EmptySource, ListSource

ID_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
EXTRA_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


class ItemListModel(QAbstractTableModel):
    PAGE = 200

    def __init__(self, parent=None):
        super().__init__(parent)
        self.source: ListSource = EmptySource()
        self._rows: list[Row] = []
        self._total = 0
        self._fetching = False
        self.draggable = False  # talking points: rows can be dragged to a new place

    # ---- loading ---------------------------------------------------------
    def set_source(self, source: ListSource) -> None:
        self.beginResetModel()
        self.source = source
        self._total = source.count()
        self._rows = source.fetch(0, min(self.PAGE, self._total)) if self._total else []
        self.endResetModel()

    def reload(self) -> None:
        """Fetch again as many rows as were shown (after a change), keeping the scroll depth."""
        shown = max(len(self._rows), self.PAGE)
        self.beginResetModel()
        self._total = self.source.count()
        self._rows = self.source.fetch(0, min(shown, self._total)) if self._total else []
        self.endResetModel()

    def canFetchMore(self, parent: Index = ROOT) -> bool:
        return not parent.isValid() and not self._fetching and len(self._rows) < self._total

    def fetchMore(self, parent: Index = ROOT) -> None:
        if parent.isValid() or self._fetching:
            return
        self._fetching = True  # views may ask again while rows are being inserted
        try:
            start = len(self._rows)
            page = self.source.fetch(start, min(self.PAGE, self._total - start))
            if not page:
                self._total = start
                return
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
        finally:
            self._fetching = False

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
            return cells[index.column()] if index.column() < len(cells) else ""
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
            return self.source.headers[section]
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
