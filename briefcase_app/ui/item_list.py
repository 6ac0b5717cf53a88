"""The middle pane: the items of the chosen section, sortable, with a filter box."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.changes import Changes
from ..domain.models import Kind
from .i18n import counts, translate
from .models.columns import DATE_COLUMNS, HIDDEN_COLUMNS
from .models.list_model import ID_ROLE, KIND_ROLE, ItemListModel
from .models.sources import EmptySource, ListSource
from .plain import PlainLabel


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


class _FilterProxy(QSortFilterProxyModel):
    """Filters the rows fetched; sorting is the list model's own (all rows, see ItemListModel.sort)."""

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)


class ItemList(QWidget):
    current_changed = Signal(object, object)  # Kind | None, id | None
    activated = Signal(object, object)  # Kind, id (Enter or double-click)
    reorder_requested = Signal(list, list)  # ids before, ids after
    order_changed = Signal()  # sorted by a column, or back to the list's own order
    section_requested = Signal(object, object)  # Kind, conference id (from the overview)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = ItemListModel(self)
        self.proxy = _FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.model.order_changed.connect(self._order_changed)

        self.filter = QLineEdit(placeholderText=translate("ItemList", "Filter this list"))
        self.filter.setObjectName("list_filter")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter_changed)
        self._filters: dict[str, str] = {}  # each section keeps its own filter text
        self._section = ""
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset):
            signal.connect(self._update_status)

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
        self.view.horizontalHeader().setSortIndicatorClearable(True)  # a third click: own order
        self.view.setWordWrap(False)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.view.activated.connect(self._activated)
        self.view.dropped.connect(self.move_row)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDragDropOverwriteMode(False)

        self.status = PlainLabel()
        self.status.setObjectName("list_status")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        self.overview = None  # ConferenceOverview, made the first time a conference is clicked

    def show_overview(self, records, conference_id: str, submit=None) -> None:
        """A conference clicked: its overview instead of an empty list (`submit` runs the packs'
        pre-flight off the GUI thread)."""
        from .overview import ConferenceOverview

        self.set_source(None)
        if self.overview is None:
            self.overview = ConferenceOverview(self)
            self.overview.section_requested.connect(
                lambda kind: self.section_requested.emit(kind, self.overview.conference_id)
            )
            self.layout().addWidget(self.overview, 1)
        self._overview_records, self._overview_submit = records, submit
        self.overview.show_conference(records, conference_id, submit)
        for widget in (self.filter, self.view, self.status):
            widget.hide()
        self.overview.show()

    def _hide_overview(self) -> None:
        if self.overview is not None and not self.overview.isHidden():
            self.overview.hide()
            for widget in (self.filter, self.view, self.status):
                widget.show()

    # ---- contents --------------------------------------------------------
    @property
    def kind(self) -> Kind | None:
        return self.model.source.kind

    def set_source(self, source: ListSource | None, section: str = "") -> None:
        """Show `source`; `section` (the navigator's key) brings back that section's own filter
        text, so a filter typed in Speeches never empties People."""
        self._hide_overview()
        if self._section:
            self._filters[self._section] = self.filter.text()
        self._section = section
        self.filter.blockSignals(True)
        self.filter.setText(self._filters.get(section, "") if section else "")
        self.filter.blockSignals(False)
        self.proxy.setFilterFixedString(self.filter.text())
        self.view.setSortingEnabled(False)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.model.set_source(source or EmptySource())
        self._update_drag()
        self.view.setSortingEnabled(source is not None and bool(source.headers))
        header = self.view.horizontalHeader()
        shown = [h for h in self.model.source.headers if h not in HIDDEN_COLUMNS]
        # the first column (title, name) stretches and keeps about two shares of a narrow list
        width = max(60, min(85, self.view.viewport().width() // (len(shown) + 1)))
        for column in range(self.model.columnCount()):
            self.view.setColumnHidden(column, self.model.source.headers[column] in HIDDEN_COLUMNS)
            if column == 0:
                header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            elif self.model.source.headers[column] in DATE_COLUMNS:  # day and time, never "2012-02-1…"
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                self.view.setColumnWidth(column, width)
        self._update_status()

    @property
    def own_order(self) -> bool:
        """Talking points, and the people of a conference (its delegation lists), keep an order."""
        return self.kind is Kind.POINT or self.people_of() is not None

    def people_of(self) -> str | None:
        """The conference whose people this list shows, or None."""
        return getattr(self.model.source, "conference_id", None) if self.kind is Kind.PERSON else None

    @property
    def sorted_by_column(self) -> bool:
        return self.model.source.order is not None

    def _update_drag(self) -> None:
        """Talking points keep their own order (drag, Alt+Up/Down) unless sorted by a column."""
        ordered = self.own_order and not self.sorted_by_column
        self.model.draggable = ordered
        self.view.setDragEnabled(ordered)
        self.view.setAcceptDrops(ordered)
        self.view.setDropIndicatorShown(ordered)

    def _order_changed(self) -> None:
        current = self.current_id()
        self._update_drag()
        if current:
            self.select_id(current, notify=False)
        self._update_status()
        self.order_changed.emit()

    def reload(self) -> None:
        current = self.current_id()
        self.model.reload()
        if current:
            self.select_id(current, notify=False)
        self._update_status()

    def on_changes(self, changes: Changes, source: object) -> None:
        if self.overview is not None and not self.overview.isHidden():
            if self._overview_records.find(Kind.CONFERENCE, self.overview.conference_id):
                self.overview.show_conference(
                    self._overview_records, self.overview.conference_id, self._overview_submit
                )
            return
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
        if not self.own_order or from_row == to_row or self.filter.text() or self.sorted_by_column:
            return
        while self.model.canFetchMore():
            self.model.fetchMore()
        before = self.model.ids()
        after = list(before)
        after.insert(to_row, after.pop(from_row))
        self.reorder_requested.emit(before, after)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.current_changed.emit(Kind(current.data(KIND_ROLE)), current.data(ID_ROLE))
        else:
            self.current_changed.emit(None, None)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.activated.emit(Kind(index.data(KIND_ROLE)), index.data(ID_ROLE))

    def _filter_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        if text:  # the filter reads every row, not only the first page
            while self.model.canFetchMore() and not self.model._async:
                self.model.fetchMore()
        self._update_status()

    def _update_status(self, *_args) -> None:
        total, source = self.model.total, self.model.source
        text = counts().items(total) if source.headers else ""
        if text and self.filter.text():
            shown = self.proxy.rowCount()
            text = counts().shown_of(shown, total)
            if self.model.rowCount() < total:
                loaded = self.model.rowCount()
                text += translate("ItemList", " (filtering the first {loaded})").format(loaded=loaded)
        if text and source.order is not None and self.kind is Kind.POINT:
            column = translate("Columns", source.headers[source.order[0]])
            text += translate("ItemList", ", sorted by {column} (click it again for your own order)").format(
                column=column
            )
        self.status.setText(text)
