"""The main window: navigator | list | editor, menus, status bar. It wires panels together;
each panel owns its job and refreshes itself from the Changes published on the bus.

The panels are built by `build()`, whose imports are most of the start-up time: app.run shows
(paints) the bare window first and builds the panels right after."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from . import plain
from .i18n import translate
from .settings import Settings

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings, session=None, build: bool = True):
        super().__init__()
        self.setObjectName("main_window")
        self.settings = settings
        self.session = None
        self.built = False
        self.actions = None  # the menus' actions (menus.WindowActions), made by build()
        self.setWindowTitle("Briefcase")
        self.resize(1280, 800)
        if not settings.window.geometry.isEmpty():
            self.restoreGeometry(settings.window.geometry)
        if build:
            self.build()
        if session is not None:
            self.set_session(session)

    def build(self) -> None:
        """Create the panels, workers and menus, and wire them (their imports are most of the
        start-up time: app.run paints the bare window first and calls this right after)."""
        if self.built:
            return
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QSplitter

        from .bus import ChangeBus
        from .commands import WindowHistory
        from .editors.panel import EditorPanel
        from .export_runner import ExportRunner
        from .item_list import ItemList
        from .layout import set_up
        from .menus import build_menus
        from .models.nav_model import NavTarget
        from .navigator import Navigator
        from .operations import ItemOperations
        from .ops import Workers
        from .plain import PlainLabel
        from .search_panel import SearchPanel
        from .search_worker import SearchWorker
        from .similar_panel import SimilarDock

        prefs = self.settings.prefs
        self.bus = ChangeBus(self)
        self.workers = Workers(self)  # all work off the GUI thread runs on these (ui/ops.py)
        self.history = WindowHistory(self, self.bus)

        self.navigator = Navigator()
        self.items = ItemList()
        self.items.model.store_worker = self.workers.store
        self.editor = EditorPanel(self.bus, prefs, self._make_pack_editor)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main_splitter")
        for widget in (self.navigator, self.items, self.editor):
            self.splitter.addWidget(widget)
        set_up(self.splitter, self.navigator, self.items)  # shrink in proportion; the side panes collapse
        self.setCentralWidget(self.splitter)
        self.saved_label = PlainLabel()
        self.saved_label.setObjectName("saved_indicator")
        self.statusBar().addPermanentWidget(self.saved_label)

        self.exporter = ExportRunner(self)
        self.ops = ItemOperations(self, self.bus, self.history, self.items, self.editor, prefs)
        for panel in (self.navigator, self.items, self.editor):
            self.bus.changed.connect(panel.on_changes)
        self.navigator.target_changed.connect(self._target_changed)
        self.items.current_changed.connect(self._item_chosen)
        self.items.reorder_requested.connect(self._reorder)
        self.items.order_changed.connect(self.actions_update)
        self.items.activated.connect(lambda *_a: self.editor.focus_editor())  # Enter: start writing
        self.items.section_requested.connect(
            lambda kind, conference_id: self.navigator.select(NavTarget("section", kind, conference_id))
        )
        self.editor.save_state.connect(self._show_save_state)
        self.editor.item_opened.connect(self._item_opened)
        self.ops.created.connect(self.open_item)

        self.search_panel = SearchPanel(SearchWorker(self), self)
        self.similar_dock = SimilarDock(SearchWorker(self), self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.similar_dock)
        self.similar_dock.hide()
        self.extra_panels = [self.search_panel, self.similar_dock]
        self.search_panel.open_requested.connect(self.open_item)
        self.similar_dock.open_requested.connect(self.open_item)
        self.editor.item_opened.connect(self.similar_dock.show_for)
        self.actions = build_menus(self)
        self.built = True
        self._restore_window_state()

    # ---- the store ---------------------------------------------------------
    @property
    def records(self):
        return self.session.records if self.session else None

    def set_session(self, session) -> None:
        """Show the store of `session` (a services.collection.Session), or nothing when None."""
        self.editor.save(switching=True)
        state = self.settings.window
        remembered = (state.last_nav, state.last_kind, state.last_item)
        old, self.session = self.session, session
        records = session.records if session else None
        self.workers.set_path(session.path if session else None)
        self.ops.records = records
        self.history.set_records(records)
        self.editor.set_records(records)
        self.navigator.set_records(records)
        self.extras_set_records(records)
        if old is not None and old is not session:
            old.close()
        if session is not None:
            self.setWindowTitle(f"Briefcase — {session.path.name}")
            self.settings.window.last_store = str(session.path)
            self._restore_last_item(*remembered)
            from .reindex import reindex_if_needed

            reindex_if_needed(self)  # after an upgrade: the search index takes the items in again

    def extras_set_records(self, records) -> None:
        """The search panel and the similar-material dock: their workers read the store file."""
        path = self.session.path if self.session else None
        for panel in self.extra_panels:
            panel.worker.set_store_path(path)
            panel.set_records(records)

    def open_store_dialog(self, create: bool = False) -> None:
        start = str(self.session.path.parent) if self.session else str(Path.home())
        if create:
            path, _f = QFileDialog.getSaveFileName(
                self,
                translate("MainWindow", "New store"),
                start,
                translate("MainWindow", "Briefcase store (*.db)"),
            )
        else:
            path, _f = QFileDialog.getOpenFileName(
                self,
                translate("MainWindow", "Open store"),
                start,
                translate("MainWindow", "Briefcase store (*.db);;All files (*)"),
            )
        if path:
            self.open_store(Path(path))

    def open_store(self, path: Path) -> bool:
        if self.session is not None and self.session.path.resolve() == path.resolve():
            return True
        self.editor.save(switching=True)
        from ..services.collection import Session
        from .ops import run_now

        opened, session = run_now(
            self, translate("MainWindow", "Could not open {path}.").format(path=path), Session.open, path
        )
        if not opened:
            return False
        self.set_session(session)
        from .help_menu import greet

        greet(self, first_start=False)  # says so when this version upgraded the store
        return True

    # ---- navigation ------------------------------------------------------
    def _target_changed(self, target) -> None:
        from ..domain.models import Kind
        from .models.sources import KindSource, PeopleSource, TrashSource

        self.ops.target = target
        self.settings.window.last_nav = target.key if target else ""
        records = self.records
        self.editor.save(switching=True)
        if records is None or target is None or target.place == "library":
            self.items.set_source(None)
            self.editor.close_item()
        elif target.place == "trash":
            self.items.set_source(TrashSource(records), section=target.key)
            self.editor.close_item(
                translate(
                    "MainWindow", "Items in the Trash can be restored (Item > Restore) or deleted for good."
                )
            )
        elif target.place == "conference":
            self.items.show_overview(records, target.conference_id, self.workers.store.submit)
            self.editor.open(Kind.CONFERENCE, target.conference_id)
        else:
            if target.kind is Kind.PERSON:
                source = PeopleSource(records, target.conference_id)
            else:
                source = KindSource(records, target.kind, target.conference_id, target.library)
            self.items.set_source(source, section=target.key)  # each section keeps its own filter
            self.editor.close_item()
        self.actions_update()

    def _item_chosen(self, kind, item_id: str | None) -> None:
        target = self.navigator.current_target()
        if target and target.place == "trash":
            from .trash_view import show_in_trash

            show_in_trash(self, kind, item_id)  # what it is, where it came from, its text
            self.actions_update()
            return
        if kind is None or item_id is None:
            self.actions_update()
            return
        self.editor.open(kind, item_id)
        self.actions_update()

    def _item_opened(self, kind, item_id: str | None) -> None:
        self.actions_update()
        if kind is not None and item_id:
            self.settings.window.last_kind = kind.value
            self.settings.window.last_item = item_id

    def open_item(self, kind, item_id: str, conference_id: str | None = None) -> bool:
        """Show an item: its section in the navigator, its row in the list, its editor."""
        from ..domain.models import Kind
        from .models.nav_model import NavTarget

        if self.records is None:
            return False
        record = self.records.find(kind, item_id)
        if record is None:
            self.statusBar().showMessage(translate("MainWindow", "That item is no longer there."), 5000)
            return False
        if kind is Kind.CONFERENCE:
            self.navigator.select(NavTarget("conference", Kind.CONFERENCE, item_id))
        else:
            conference_id = getattr(record, "conference_id", conference_id)
            if kind is Kind.PERSON and conference_id is None:
                current = self.navigator.current_target()
                conference_id = current.conference_id if current else None
            target = (
                NavTarget("section", kind, conference_id)
                if conference_id
                else NavTarget("library_section", kind)
            )
            if self.navigator.current_target() != target:
                self.navigator.select(target)
            if not self.items.select_id(item_id):
                self.editor.open(kind, item_id)
        self.actions_update()
        return self.editor.item_id == item_id

    def _reorder(self, before: list, after: list) -> None:
        current = self.items.current_id()
        self.editor.save(switching=True)
        self.ops.reorder(before, after)
        if current:
            self.items.select_id(current, notify=False)

    def actions_update(self) -> None:
        if self.actions is not None:  # None until build() has made the menus
            self.actions.update()

    # ---- status ----------------------------------------------------------
    def _show_save_state(self, text: str) -> None:
        self.saved_label.setText(text if text != "Editing" else "")
        self.saved_label.setToolTip(plain.tip(text))

    # ---- window state ----------------------------------------------------
    def _restore_window_state(self) -> None:
        state = self.settings.window
        self.editor.splitter_state = state.editor_splitter
        from .layout import restore

        restore(self)  # this screen size's own layout (ui/layout.py), else 17 : 28 : 55

    def _restore_last_item(self, last_nav: str, last_kind: str, last_item: str) -> None:
        from ..domain.models import Kind
        from .models.nav_model import NavTarget

        target = NavTarget.from_key(last_nav) if last_nav else None
        if last_kind and last_item:
            try:
                if self.open_item(Kind(last_kind), last_item):
                    return
            except ValueError:
                pass
        if target is None or not self.navigator.select(target):
            self._open_first_speech()

    def _open_first_speech(self) -> None:
        """A first run lands on the newest conference's first speech, not on an empty list."""
        from ..domain.models import Kind
        from .models.nav_model import TARGET_ROLE

        model = self.navigator.nav_model
        if model.rowCount() <= 2:  # only the Library and the Trash
            return
        first = model.index(0, 0)
        self.navigator.setCurrentIndex(first)
        conference = first.data(TARGET_ROLE)
        conference_id = getattr(conference, "conference_id", None)
        if self.records is None or not conference_id:
            return
        speeches = self.records.list(Kind.SPEECH, conference=conference_id, limit=1)
        if speeches:
            self.open_item(Kind.SPEECH, speeches[0].id, conference_id)

    def save_window_state(self) -> None:
        state = self.settings.window
        state.geometry = self.saveGeometry()
        state.main_splitter = self.splitter.saveState()
        from .layout import save

        save(self)
        editor_splitter = self.editor.current_splitter_state()
        if editor_splitter is not None:
            state.editor_splitter = editor_splitter
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.built:
            event.accept()
            return
        if not self.editor.save(switching=True):
            answer = plain.question(
                self,
                "Briefcase",
                translate(
                    "MainWindow",
                    "The open item could not be saved (a copy of its text was written to the recovery "
                    "folder). Close anyway?",
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self.exporter.shutdown()
        for panel in self.extra_panels:
            panel.worker.shutdown()
        self.workers.shutdown()
        self.search_panel.hide()
        self.save_window_state()
        if self.session is not None:
            self.session.close()
            self.session = None
        event.accept()

    def _make_pack_editor(self):
        from .pack_editor import PackEditor
        from .pack_export import PackExportPanel

        editor = PackEditor(self)
        editor.add_extension(PackExportPanel(self))
        return editor
