"""The main window's panels, workers and menus, and how they are wired (see main_window.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter

from .bus import ChangeBus
from .commands import WindowHistory
from .editors.panel import EditorPanel
from .export_runner import ExportRunner
from .item_list import ItemList
from .menus import build_menus
from .models.nav_model import NavTarget
from .navigator import Navigator
from .operations import ItemOperations
from .ops import Workers
from .plain import PlainLabel
from .search_panel import SearchPanel
from .search_worker import SearchWorker
from .similar_panel import SimilarDock


def build(w) -> None:
    settings = w.settings
    w.bus = ChangeBus(w)
    w.workers = Workers(w)  # all work off the GUI thread runs on these (ui/ops.py)
    w.tasks = w.workers.background  # ui/operations.py still starts its erase-from-backups Job here
    w.history = WindowHistory(w, w.bus)

    w.navigator = Navigator()
    w.items = ItemList()
    w.items.model.store_thread = w.workers.store
    w.editor = EditorPanel(w.bus, settings.prefs, w._make_pack_editor)
    w.splitter = QSplitter(Qt.Orientation.Horizontal)
    w.splitter.setObjectName("main_splitter")
    for widget in (w.navigator, w.items, w.editor):
        w.splitter.addWidget(widget)
    from .layout import set_up

    set_up(w.splitter, w.navigator, w.items)  # shrink in proportion; the side panes collapse
    w.setCentralWidget(w.splitter)
    w.saved_label = PlainLabel()
    w.saved_label.setObjectName("saved_indicator")
    w.statusBar().addPermanentWidget(w.saved_label)

    w.exporter = ExportRunner(w)
    w.ops = ItemOperations(w, w.bus, w.history, w.items, w.editor, settings.prefs)
    for panel in (w.navigator, w.items, w.editor):
        w.bus.changed.connect(panel.on_changes)
    w.navigator.target_changed.connect(w._target_changed)
    w.items.current_changed.connect(w._item_chosen)
    w.items.reorder_requested.connect(w._reorder)
    w.items.order_changed.connect(w.actions_update)
    w.items.activated.connect(lambda *_a: w.editor.focus_editor())  # Enter: start writing
    w.items.section_requested.connect(
        lambda kind, conference_id: w.navigator.select(NavTarget("section", kind, conference_id))
    )
    w.editor.save_state.connect(w._show_save_state)
    w.editor.item_opened.connect(w._item_opened)
    w.ops.created.connect(w.open_item)

    w.search_panel = SearchPanel(SearchWorker(w), w)
    w.similar_dock = SimilarDock(SearchWorker(w), w)
    w.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, w.similar_dock)
    w.similar_dock.hide()
    w.extra_panels = [w.search_panel, w.similar_dock]
    w.search_panel.open_requested.connect(w.open_item)
    w.similar_dock.open_requested.connect(w.open_item)
    w.editor.item_opened.connect(w.similar_dock.show_for)
    w.actions = build_menus(w)
