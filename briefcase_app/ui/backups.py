"""File > Back up now: a snapshot of the open store (services/backups.py) made in a worker,
into the folder chosen in the Preferences (default: `<store>-backups/` beside the store)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from .errors import show_error
from .tasks import Task


def back_up_now(w) -> None:
    if w.session is None:
        return
    w.editor.save(switching=True)
    store_path = w.session.path
    folder = w.settings.prefs.backup_dir.strip() or None

    def work(_task) -> Path:
        from ..services.backups import Backups

        return Backups(store_path, folder=Path(folder) if folder else None).create("manual")

    task = Task(work, "backup")
    task.signals.finished.connect(
        lambda path: QMessageBox.information(w, "Briefcase", f"The store was backed up to:\n{path}")
    )
    task.signals.failed.connect(lambda error: show_error(w, "The backup did not finish.", error))
    w.statusBar().showMessage("Backing up…", 3000)
    w.tasks.start(task)
