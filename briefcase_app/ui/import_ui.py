"""File > Import: the files or the folder chosen open the import dialog (ui/import_dialog.py),
which shows what each file would become before anything is written, then imports on a worker."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QFileDialog

from .i18n import counts, translate

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
