"""The middle pane: the items of the chosen section, sortable, with a filter box."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.changes import Changes
from ..domain.models import Kind
from .models.columns import HIDDEN_COLUMNS
from .models.list_model import ID_ROLE, KIND_ROLE, ItemListModel
from .models.sources import EmptySource, ListSource


class _ListView(QTableView):
    """Dropping a dragged row asks for a new order (the list never moves rows by itself)."""

    dropped = Signal(int, int)  # from row, to row (in the view)

    def dropEvent(self, event):  # noqa: N802
        if event.source() is not self or not self.currentIndex().isValid():
            event.ignore()
            return
        target = self.indexAt(event.position().toPoint())
        to_row = target.row() if target.isValid() else self.model().rowCount() - 1
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        self.dropped.emit(self.currentIndex().row(), to_row)


class ItemList(QWidget):
    current_changed = Signal(object, object)  # Kind | None, id | None
    activated = Signal(object, object)  # Kind, id (Enter or double-click)
    reorder_requested = Signal(list, list)  # ids before, ids after

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = ItemListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.filter = QLineEdit(placeholderText="Filter this list")
        self.filter.setObjectName("list_filter")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)

        self.view = _ListView()
        self.view.setObjectName("item_list")
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.horizontalHeader().setStretchLastSection(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.setWordWrap(False)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.view.activated.connect(self._activated)
        self.view.dropped.connect(self.move_row)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDragDropOverwriteMode(False)

        self.status = QLabel()
        self.status.setObjectName("list_status")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)

    # ---- contents --------------------------------------------------------
    @property
    def kind(self) -> Kind | None:
        return self.model.source.kind

    def set_source(self, source: ListSource | None) -> None:
        self.view.setSortingEnabled(False)
        self.proxy.sort(-1)
        self.model.set_source(source or EmptySource())
        # talking points keep their own order (drag or Alt+Up/Down to change it)
        ordered = source is not None and source.kind is Kind.POINT
        self.model.draggable = ordered
        self.view.setDragEnabled(ordered)
        self.view.setAcceptDrops(ordered)
        self.view.setDropIndicatorShown(ordered)
        self.view.setSortingEnabled(source is not None and source.kind not in (Kind.POINT, None))
        if self.view.isSortingEnabled():
            self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header = self.view.horizontalHeader()
        for column in range(self.model.columnCount()):
            self.view.setColumnHidden(column, self.model.source.headers[column] in HIDDEN_COLUMNS)
            if column == 0:
                header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                self.view.setColumnWidth(column, 85)
        self._update_status()

    def reload(self) -> None:
        current = self.current_id()
        self.model.reload()
        if current:
            self.select_id(current, notify=False)
        self._update_status()

    def on_changes(self, changes: Changes, source: object) -> None:
        kind = self.kind
        if self.model.source.kind is None and changes.trash:
            self.reload()  # the Trash
        elif kind is not None and (changes.touches(kind) or changes.trash):
            edited_only = not changes.trash and not changes.created and kind is not Kind.POINT
            if not (edited_only and changes.ids and self.model.update_rows(changes.ids)):
                self.reload()

    # ---- selection -------------------------------------------------------
    def current_id(self) -> str | None:
        index = self.view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def current_kind(self) -> Kind | None:
        index = self.view.currentIndex()
        return Kind(index.data(KIND_ROLE)) if index.isValid() else None

    def visible_ids(self) -> list[str]:
        return [self.proxy.index(r, 0).data(ID_ROLE) for r in range(self.proxy.rowCount())]

    def select_id(self, item_id: str, notify: bool = True) -> bool:
        row = self.model.row_of_id(item_id)
        while row < 0 and self.model.canFetchMore():
            self.model.fetchMore()
            row = self.model.row_of_id(item_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.filter.clear()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        blocker = None if notify else self.view.selectionModel().blockSignals(True)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        if blocker is not None:
            self.view.selectionModel().blockSignals(False)
        return True

    def move_row(self, from_row: int, to_row: int) -> None:
        """A row dragged to another place: ask for the new order of the whole list."""
        if self.kind is not Kind.POINT or from_row == to_row or self.filter.text():
            return
        while self.model.canFetchMore():
            self.model.fetchMore()
        before = self.model.ids()
        after = list(before)
        after.insert(to_row, after.pop(from_row))
        self.reorder_requested.emit(before, after)

    def clear_selection(self) -> None:
        self.view.setCurrentIndex(QModelIndex())

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.current_changed.emit(Kind(current.data(KIND_ROLE)), current.data(ID_ROLE))
        else:
            self.current_changed.emit(None, None)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.activated.emit(Kind(index.data(KIND_ROLE)), index.data(ID_ROLE))

    def _update_status(self) -> None:
        total = self.model.total
        self.status.setText(f"{total} item{'s' if total != 1 else ''}" if self.model.source.headers else "")
