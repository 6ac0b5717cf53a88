"""The left pane: conferences and their sections, the Library, the Trash."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QAbstractItemView, QTreeView

from ..domain.changes import Changes
from ..domain.models import Kind
from .models.nav_model import TARGET_ROLE, NavigatorModel, NavTarget

if TYPE_CHECKING:
    from ..services.records import RecordService


class Navigator(QTreeView):
    target_changed = Signal(object)  # NavTarget

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("navigator")
        self.nav_model = NavigatorModel(self)
        self.setModel(self.nav_model)
        self.setHeaderHidden(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.records: RecordService | None = None
        self.selectionModel().currentChanged.connect(self._current_changed)

    def set_records(self, records: RecordService | None) -> None:
        self.records = records
        self._rebuild(None)

    def current_target(self) -> NavTarget | None:
        index = self.currentIndex()
        return index.data(TARGET_ROLE) if index.isValid() else None

    def select(self, target: NavTarget) -> bool:
        index = self.nav_model.index_of(target)
        if index is None:
            return False
        if index.parent().isValid():
            self.expand(index.parent())
        self.setCurrentIndex(index)
        return True

    def on_changes(self, changes: Changes, _source: object) -> None:
        if changes.touches(Kind.CONFERENCE) or changes.trash:
            if not self.nav_model.update_in_place(self.records):  # same conferences: same places
                self._rebuild(self.current_target())

    def _rebuild(self, keep: NavTarget | None) -> None:
        self.nav_model.rebuild(self.records)
        self.expandToDepth(0) if self.nav_model.rowCount() <= 6 else None
        if keep is None or not self.select(keep):
            self.setCurrentIndex(QModelIndex())
            self.target_changed.emit(None)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.target_changed.emit(current.data(TARGET_ROLE) if current.isValid() else None)
