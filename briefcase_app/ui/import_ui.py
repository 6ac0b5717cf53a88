"""File > Import: files or a folder come in on a worker, with a progress bar and Cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QProgressDialog

from . import plain
from .errors import show_error
from .tasks import Task

FILE_FILTER = "Documents (*.md *.markdown *.txt *.docx *.pdf *.csv *.briefcase);;All files (*)"


def import_files_action(w) -> None:
    paths, _ = QFileDialog.getOpenFileNames(w, "Import files", str(Path.home()), FILE_FILTER)
    if paths:
        start_import(w, [Path(p) for p in paths])


def import_folder_action(w) -> None:
    folder = QFileDialog.getExistingDirectory(w, "Import a folder (with its subfolders)", str(Path.home()))
    if folder:
        start_import(w, [Path(folder)])


def start_import(w, paths: list[Path]) -> Task | None:
    """Import `paths` into the open store; material without a conference of its own goes to the
    conference chosen in the navigator (else the Library)."""
    if w.session is None:
        return None
    w.editor.save(switching=True)
    target = w.navigator.current_target()
    conference = target.conference_id if target is not None else None
    store_path = w.session.path

    folder = w.settings.prefs.backup_dir.strip()

    def work(task: Task):
        from ..services.backups import Backups
        from ..services.importing import import_paths

        # a bulk change: a snapshot first (skipped when nothing changed since the last one)
        Backups(store_path, folder=Path(folder) if folder else None).snapshot_on_open()
        return import_paths(
            store_path, paths, conference=conference, progress=task.progress, cancelled=lambda: task.cancelled
        )

    dialog = QProgressDialog("Reading the files…", "Cancel", 0, 0, w)
    dialog.setWindowTitle("Import")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    task = Task(work, "import")

    def progressed(done: int, total: int, name: str) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(done)
        dialog.setLabelText(f"Importing {done} of {total}: {Path(name).name}" if name else "Importing…")

    def finished(report) -> None:
        dialog.reset()
        w.bus.publish(report.changes, None)
        plain.information(w, "Import", summary(report))

    def failed(error) -> None:
        dialog.reset()
        show_error(w, "The import did not finish; what came in before stays.", error)

    task.signals.progress.connect(progressed)
    task.signals.finished.connect(finished)
    task.signals.failed.connect(failed)
    dialog.canceled.connect(task.cancel)
    w.tasks.start(task)
    return task


def summary(report) -> str:
    """What came in, what was already there, and each file that failed with its reason."""
    lines = [
        f"{len(report.imported)} imported, {len(report.duplicates)} already there, "
        f"{len(report.failed)} failed, {len(report.skipped)} skipped."
    ]
    if report.merged or report.conflicts:
        lines.append(f"{len(report.merged)} merged, {len(report.conflicts)} conflicts (kept as revisions).")
    if report.cancelled:
        lines.append("Cancelled: what came in before stays; import again to finish the rest.")
    for item in report.failed[:15]:
        lines.append(f"• {Path(item['file']).name}: {item['reason']}")
    if len(report.failed) > 15:
        lines.append(f"… and {len(report.failed) - 15} more (briefcase-app import --json lists them all)")
    return "\n".join(lines)
