"""Wiring of the window: QApplication, store and services, MainWindow. Nothing global."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from .domain.errors import BriefcaseError
from .services.demo import fill_demo
from .services.records import RecordService
from .store import Store

log = logging.getLogger(__name__)


def open_or_create(path: Path, explicit: bool) -> Store:
    """Open the store; a first run on the default store fills it with the demo conference."""
    first_run = not path.exists() and not explicit
    store = Store.open(path, create=True)
    if first_run:
        fill_demo(RecordService(store))
    return store


def run(path: Path, explicit: bool = False) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from .ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Briefcase")
    app.setOrganizationName("Briefcase")
    try:
        store = open_or_create(path, explicit)
    except BriefcaseError as e:
        QMessageBox.critical(None, "Briefcase", str(e))
        return 1
    window = MainWindow(RecordService(store))
    window.show()
    try:
        return app.exec()
    finally:
        store.close()
