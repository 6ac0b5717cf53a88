"""File > Import: the files or the folder chosen open the import dialog (ui/import_dialog.py),
which shows what each file would become before anything is written; `start_import` imports
straight away (paths dropped on the window, older callers)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QFileDialog, QProgressDialog

from . import plain
from .errors import show_error
from .i18n import counts, translate
from .tasks import Task

FILE_FILTER = QT_TRANSLATE_NOOP(
    translate("Import", "Import"),
    "Documents (*.md *.markdown *.txt *.docx *.pdf *.csv *.briefcase);;All files (*)",
)


def import_files_action(w) -> None:
    paths, _ = QFileDialog.getOpenFileNames(
        w,
        translate(translate("Import", "Import"), "Import files"),
        str(Path.home()),
        translate(translate("Import", "Import"), FILE_FILTER),
    )
    if paths:
        open_import_dialog(w, [Path(p) for p in paths])


def open_import_dialog(w, paths: list[Path]):
    """The import preview for `paths` (window-modal, not blocking: tests and the window go on)."""
    if w.session is None:
        return None
    from .import_dialog import ImportDialog

    w.editor.save(switching=True)
    dialog = ImportDialog(w, paths)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    w.import_dialog = dialog
    dialog.open()
    return dialog


def import_folder_action(w) -> None:
    folder = QFileDialog.getExistingDirectory(
        w, translate(translate("Import", "Import"), "Import a folder (with its subfolders)"), str(Path.home())
    )
    if folder:
        open_import_dialog(w, [Path(folder)])


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

    dialog = QProgressDialog(
        translate(translate("Import", "Import"), "Reading the files…"),
        translate(translate("Import", "Import"), "Cancel"),
        0,
        0,
        w,
    )
    dialog.setWindowTitle(translate("Import", "Import"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    task = Task(work, "import")

    def progressed(done: int, total: int, name: str) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(done)
        dialog.setLabelText(
            translate("Import", "Importing {done} of {total}: {name}").format(
                done=done, total=total, name=Path(name).name
            )
            if name
            else translate("Import", "Importing…")
        )

    def finished(report) -> None:
        dialog.reset()
        w.bus.publish(report.changes, None)
        plain.information(w, translate("Import", "Import"), summary(report))

    def failed(error) -> None:
        dialog.reset()
        show_error(w, translate("Import", "The import did not finish; what came in before stays."), error)

    task.signals.progress.connect(progressed)
    task.signals.finished.connect(finished)
    task.signals.failed.connect(failed)
    dialog.canceled.connect(task.cancel)
    w.tasks.start(task)
    return task


def summary(report) -> str:
    """What came in, what was already there, and each file that failed with its reason."""
    n = counts()
    parts = (
        n.imported(len(report.imported)),
        n.duplicates(len(report.duplicates)),
        n.failed(len(report.failed)),
    )
    lines = [", ".join(parts) + ", " + n.skipped(len(report.skipped)) + "."]
    if report.merged or report.conflicts:
        lines.append(n.merged(len(report.merged)) + ", " + n.conflicts(len(report.conflicts)) + ".")
    if report.cancelled:
        lines.append(
            translate("Import", "Cancelled: what came in before stays; import again to finish the rest.")
        )
    for item in report.failed[:15]:
        lines.append(f"• {Path(item['file']).name}: {item['reason']}")
    if len(report.failed) > 15:
        lines.append(n.more_failed(len(report.failed) - 15))
    return "\n".join(lines)
