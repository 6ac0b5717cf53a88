"""Search everything (Ctrl+K): results as you type, filters, Enter or double-click opens the item.

The query runs on the SearchWorker's thread; typing only schedules it (a short pause first)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QLineEdit, QListView, QVBoxLayout

from ..domain.models import Kind
from .errors import describe
from .i18n import counts, label, translate
from .models.search_model import HIT_ROLE, HitDelegate, SearchResultsModel
from .plain import PlainLabel
from .search_filters import SearchFilters
from .search_worker import SearchWorker

TYPING_PAUSE_MS = 120
SEARCH_KINDS = (Kind.SPEECH, Kind.POINT, Kind.FACT, Kind.PERSON, Kind.PROGRAMME, Kind.CONFERENCE)


class SearchPanel(QDialog):
    open_requested = Signal(object, str)  # Kind, id

    def __init__(self, worker: SearchWorker, parent=None):
        super().__init__(parent)
        self.setObjectName("search_panel")
        self.setWindowTitle(translate("Search", "Search everything"))
        self.resize(760, 560)
        self.worker = worker
        self.records = None
        self._serial = 0
        self.field = QLineEdit(objectName="search_field")
        self.field.setPlaceholderText(
            translate("Search", 'Words, "a phrase", -not, prefix*  (filters below)')
        )
        self.field.setClearButtonEnabled(True)
        self.field.setToolTip(
            translate(
                "Search",
                "Words match in any form: English, Russian and Kazakh are stemmed (декабрь finds декабря,\n"
                'министр finds министрлері). "Words in quotes" match as typed, in that order.\n'
                "prefix* finds words that start so; -word leaves items with it out; a OR b finds either;\n"
                "three letters or more also match inside words (нарко finds наркотрафиком).",
            )
        )
        self.kind = QComboBox(objectName="search_kind")
        self.kind.addItem(translate("Search", "Everything"), "")
        for kind in SEARCH_KINDS:  # the kinds services/search.py covers
            self.kind.addItem(label(kind), kind.value)
        self.conference = QComboBox(objectName="search_conference")
        self.sort = QComboBox(objectName="search_sort")
        self.sort.addItem(translate("Search", "Best match"), "relevance")
        self.sort.addItem(translate("Search", "Newest first"), "date")
        filters = QHBoxLayout()
        for name, combo in (
            (translate("Search", "Kind"), self.kind),
            (translate("Search", "Conference"), self.conference),
            (translate("Search", "Sort"), self.sort),
        ):
            filters.addWidget(PlainLabel(name))
            filters.addWidget(combo, 1 if combo is self.conference else 0)
            combo.currentIndexChanged.connect(self.schedule)
        self.filters = SearchFilters(self)  # speaker, language, tag, from, to
        self.filters.changed.connect(self.schedule)
        self.model = SearchResultsModel(self)
        self.results = QListView(objectName="search_results")
        self.results.setModel(self.model)
        self.results.setItemDelegate(HitDelegate(self.results, lines=4))
        self.results.setUniformItemSizes(True)
        self.results.activated.connect(self._open_index)
        self.results.doubleClicked.connect(self._open_index)
        self.status = PlainLabel(objectName="search_status")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addLayout(filters)
        layout.addWidget(self.filters)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        self.timer = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self.timer.timeout.connect(self._run)
        self.field.textChanged.connect(self.schedule)
        self.field.installEventFilter(self)
        worker.done.connect(self._done)
        worker.failed.connect(self._failed)

    def set_records(self, records) -> None:
        self.records = records
        self.model.set_hits([])
        self.conference.blockSignals(True)
        self.conference.clear()
        self.conference.addItem(translate("Search", "All conferences"), "")
        if records is not None:
            for conference in records.items(Kind.CONFERENCE):
                self.conference.addItem(conference.short_title or conference.title, conference.id)
        self.conference.blockSignals(False)

    def open_panel(self) -> None:
        chosen = self.conference.currentData()
        self.set_records(self.records)  # conferences may have changed
        self.conference.blockSignals(True)
        self.conference.setCurrentIndex(max(self.conference.findData(chosen), 0))
        self.conference.blockSignals(False)
        self._run()  # the hits and their count again, never "1 found" over an emptied list
        self.show()
        self.raise_()
        self.activateWindow()
        self.field.setFocus()
        self.field.selectAll()

    # ---- searching -------------------------------------------------------
    def schedule(self, *_args) -> None:
        self.timer.start()

    def _run(self) -> None:
        text = self.field.text()
        kind, conference, sort = (
            self.kind.currentData(),
            self.conference.currentData(),
            self.sort.currentData(),
        )
        self._serial += 1
        key = ("search", self._serial)
        if not text.strip():
            self.worker._latest = key
            self.model.set_hits([])
            self.status.setText(
                translate("Search", "Type a word to search speeches, points, facts, people and programmes.")
            )
            return
        if self.filters.problem():  # shown under the filters; the search waits for a good date
            self.worker._latest = key  # an answer still on its way is for other filters
            self.results.setEnabled(False)  # greyed: they are for the filters before
            self.status.setText(translate("Search", "Waiting for a date that can be read."))
            return
        self.results.setEnabled(True)
        self.status.setText(translate("Search", "Searching…"))
        more = self.filters.values()

        def fn(service):
            return service.search(
                text,
                sort=sort,
                limit=30,
                kinds=(kind,) if kind else (),
                conference=conference or None,
                **more,
            )

        self.worker.submit(key, fn)

    def _done(self, key, result) -> None:
        if not (isinstance(key, tuple) and key[0] == "search"):
            return
        self.model.set_hits(result.hits)
        if result.hits:
            self.results.setCurrentIndex(self.model.index(0, 0))
        count = counts().found(result.total) if result.hits else ""
        if count and not result.total_exact:
            count = count.replace(str(result.total), f"{result.total}+", 1)
        self.status.setText(
            " — ".join(x for x in (count, result.message) if x) or translate("Search", "Nothing found.")
        )

    def _failed(self, key, error) -> None:
        if isinstance(key, tuple) and key[0] == "search":
            self.model.set_hits([])
            self.status.setText(
                translate("Search", "The search could not run: {reason}").format(reason=describe(error))
            )

    # ---- opening ---------------------------------------------------------
    def eventFilter(self, obj, event):  # noqa: N802 - arrows move in the results, Enter opens
        if obj is self.field and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                row = self.results.currentIndex().row()
                step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 5, Qt.Key.Key_PageUp: -5}[
                    key
                ]
                row = max(0, min(self.model.rowCount() - 1, row + step))
                self.results.setCurrentIndex(self.model.index(row, 0))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.timer.isActive():  # Enter right after typing: search now, open the first hit
                    self.timer.stop()
                    self._run()
                self._open_index(self.results.currentIndex())
                return True
        return super().eventFilter(obj, event)

    def _open_index(self, index) -> None:
        hit = index.data(HIT_ROLE) if index.isValid() and self.results.isEnabled() else None
        if hit is not None:
            self.open_requested.emit(hit.kind, hit.id)
            self.hide()
