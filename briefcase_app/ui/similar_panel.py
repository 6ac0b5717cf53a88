"""Beside the editor: past speeches, points and facts most like the open item (searched off-thread)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDockWidget, QListView, QVBoxLayout, QWidget

from ..domain.models import MATERIAL_KINDS
from .errors import describe
from .i18n import counts, translate
from .models.search_model import HIT_ROLE, HitDelegate, SearchResultsModel
from .plain import PlainLabel
from .search_worker import SearchWorker


class SimilarDock(QDockWidget):
    open_requested = Signal(object, str)

    def __init__(self, worker: SearchWorker, parent=None):
        super().__init__(translate("Similar", "Similar material"), parent)
        self.setObjectName("similar_dock")
        self.worker = worker
        self.model = SearchResultsModel(self)
        self.view = QListView(objectName="similar_results")
        self.view.setModel(self.model)
        self.view.setItemDelegate(HitDelegate(self.view, lines=8, title_limit=70, snippet_limit=150))
        self.view.setUniformItemSizes(True)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.activated.connect(self._open)
        self.view.doubleClicked.connect(self._open)
        self.status = PlainLabel(objectName="similar_status")
        self.status.setWordWrap(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        self.setWidget(body)
        body.setMinimumWidth(260)
        self._for = None
        worker.done.connect(self._done)
        worker.failed.connect(self._failed)
        self.visibilityChanged.connect(lambda visible: visible and self.refresh())
        self._current = (None, None)

    def set_records(self, _records) -> None:
        self.model.set_hits([])

    def show_for(self, kind, item_id) -> None:
        self._current = (kind, item_id)
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        kind, item_id = self._current
        if kind not in MATERIAL_KINDS or not item_id:
            self.model.set_hits([])
            self.status.setText(
                translate("Similar", "Open a speech, line to take or fact to see similar material.")
            )
            return
        key = ("similar", item_id)
        if self._for == key and self.model.rowCount():
            return
        self._for = key
        self.status.setText(translate("Similar", "Looking…"))
        self.worker.submit(key, lambda service: service.similar(kind, item_id, limit=15))

    def _done(self, key, result) -> None:
        if isinstance(key, tuple) and key[0] == "similar":
            self.model.set_hits(result.hits)
            self.status.setText(result.message or counts().similar(len(result.hits)))

    def _failed(self, key, error) -> None:
        if isinstance(key, tuple) and key[0] == "similar":
            self.model.set_hits([])
            self._for = None
            self.status.setText(describe(error))

    def _open(self, index) -> None:
        hit = index.data(HIT_ROLE)
        if hit is not None:
            self.open_requested.emit(hit.kind, hit.id)
