"""File > Restore backup…, Export folder…, Export bundle…, and opening an exported file.

Restoring replaces the store file, which needs the exclusive store lock (services/backups.py):
the window first closes everything it has open on the store (its Store, the store worker's and
the search workers' connections, its window lock), restores (the store as it is now is backed
up first), and opens the store again, also when the restore was refused."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from ..domain.models import Kind
from . import plain
from .errors import show_error
from .i18n import translate
from .ops import QueryOp, run_now
from .plain import PlainLabel

log = logging.getLogger(__name__)

REASONS = {
    "open": QT_TRANSLATE_NOOP("Restore", "when the store was opened"),
    "manual": QT_TRANSLATE_NOOP("Restore", "Back up now"),
    "before-restore": QT_TRANSLATE_NOOP("Restore", "before a restore"),
    "before-upgrade": QT_TRANSLATE_NOOP("Restore", "before an upgrade"),
}


def _backups(w):
    from ..services.backups import Backups

    chosen = w.settings.prefs.backup_dir.strip()
    return Backups(w.session.path, folder=Path(chosen) if chosen else None)


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


class RestoreDialog(QDialog):
    """The store's backups, newest first, with their date, size and why they were made."""

    def __init__(self, backups, parent=None):
        super().__init__(parent)
        self.setObjectName("restore_dialog")
        self.setWindowTitle(translate("Restore", "Restore a backup"))
        self.backups = backups
        self.list = QTreeWidget(objectName="backup_list")
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels(
            [translate("Restore", "Made"), translate("Restore", "Size"), translate("Restore", "Why")]
        )
        self.list.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.infos = [b for b in backups.list() if b.reason != "damaged"]
        for info in self.infos:
            made = info.created.astimezone().strftime("%Y-%m-%d %H:%M")
            why = translate("Restore", REASONS.get(info.reason, info.reason))
            item = QTreeWidgetItem([made, size_text(info.size), why])
            item.setToolTip(0, plain.tip(str(info.path)))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)
        if self.infos:
            self.list.setCurrentItem(self.list.topLevelItem(0))
        note = PlainLabel(
            translate(
                "Restore",
                "The store is replaced by the backup you choose. The store as it is now is backed up "
                "first, so this can be undone by restoring that backup.\nBackups are in: {folder}",
            ).format(folder=backups.folder)
        )
        note.setWordWrap(True)
        note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(
            translate("Restore", "Restore…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(bool(self.infos))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda *_a: self.accept())
        layout = QVBoxLayout(self)
        if not self.infos:
            layout.addWidget(PlainLabel(translate("Restore", "This store has no backups yet.")))
        layout.addWidget(self.list, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(560, 360)

    def chosen(self):
        row = self.list.indexOfTopLevelItem(self.list.currentItem()) if self.list.currentItem() else -1
        return self.infos[row] if 0 <= row < len(self.infos) else None


def restore_backup_action(w) -> None:
    if w.session is None:
        return
    dialog = RestoreDialog(_backups(w), w)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen() is None:
        return
    restore_backup(w, dialog.chosen())


def restore_backup(w, info) -> bool:
    """Confirm, close the store, restore `info` (a BackupInfo), open the store again."""
    made = info.created.astimezone().strftime("%Y-%m-%d %H:%M")
    answer = plain.question(
        w,
        "Briefcase",
        translate(
            "Restore",
            "Replace the store with the backup made {made} ({size})?\n\n"
            "Everything changed since then is replaced; the store as it is now is backed up first.",
        ).format(made=made, size=size_text(info.size)),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    backups = _backups(w)
    path = w.session.path
    close_store(w)
    result, error = None, None
    try:
        result = backups.restore(info.path)
    except Exception as e:  # noqa: BLE001 - said below, after the store is open again
        error = e
    reopen_store(w, path)
    if error is not None:
        show_error(w, translate("Restore", "The backup was not restored."), error)
        return False
    log.info("restored %s from %s", path, result.restored_from)
    w.statusBar().showMessage(
        translate("Restore", "Restored the backup made {made}; the store as it was is in {previous}").format(
            made=made, previous=result.previous
        ),
        15_000,
    )
    return True


def close_store(w) -> None:
    """Close every connection this window has on the store, and its window lock."""
    w.editor.save(switching=True)
    w.workers.wait(10_000)
    w.set_session(None)  # closes the Session; the workers are told to close theirs
    w.workers.wait(10_000)
    for panel in w.extra_panels:
        panel.worker.pool.waitForDone(10_000)


def reopen_store(w, path: Path) -> None:
    from ..services.collection import Session

    opened, session = run_now(
        w, translate("MainWindow", "Could not open {path}.").format(path=path), Session.open, path
    )
    if opened:
        w.set_session(session)


# ---- exporting a folder or a bundle ---------------------------------------------------------
def _conference_choice(w) -> tuple[str | None, str]:
    """The conference of the navigator's selection (id, title), or (None, "") for everything."""
    target = w.navigator.current_target()
    conference_id = getattr(target, "conference_id", None) if target else None
    if conference_id and w.records is not None:
        conference = w.records.find(Kind.CONFERENCE, conference_id)
        if conference is not None:
            return conference_id, conference.short_title or conference.title
    return None, ""


def export_exchange_action(w, bundle: bool) -> None:
    """File > Export folder… / Export bundle…: the selected conference (or everything)."""
    if w.session is None:
        return
    w.editor.save(switching=True)
    conference_id, title = _conference_choice(w)
    start = str(Path.home())
    if bundle:
        name = (title or "briefcase").replace("/", "-") + ".briefcase"
        target, _f = QFileDialog.getSaveFileName(
            w,
            translate("Exchange", "Export bundle"),
            str(Path(start) / name),
            translate("Exchange", "Briefcase bundle (*.briefcase);;All files (*)"),
        )
    else:
        target = QFileDialog.getExistingDirectory(w, translate("Exchange", "Export to folder"), start)
    if target:
        run_exchange_export(w, Path(target), bundle, conference_id)


def run_exchange_export(w, target: Path, bundle: bool, conference_id: str | None) -> None:
    """In a worker, on its own Store: a bundle file or a folder of Markdown files."""

    def work(job):
        from ..services.exchange import export_bundle
        from ..services.folder_export import export_folder

        store = job.records.store  # the worker's own connection
        if bundle:
            return target, export_bundle(store, target, conference=conference_id)
        return target, len(export_folder(store, target, conference=conference_id))

    def done(result) -> None:
        path, n = result
        text = (
            translate("Exchange", "Exported {n} item(s) to the bundle {path}")
            if bundle
            else translate("Exchange", "Exported {n} file(s) to {path}")
        ).format(n=n, path=path)
        text = text.replace("(s)", "" if n == 1 else "s")  # English without a translation
        w.statusBar().showMessage(text, 15_000)
        w.exchange_exported = path

    w.statusBar().showMessage(translate("Exchange", "Exporting…"), 3000)
    QueryOp(w, work, done, name="export-exchange").failure(
        translate("Exchange", "The export did not finish.")
    ).run_in_background()


# ---- opening an exported file ----------------------------------------------------------------
def viewer_available(path: Path) -> bool:
    """Whether this computer has a program to open `path` (Linux: xdg-open and a default
    application for its type; Windows and macOS always have one)."""
    if sys.platform != "linux":
        return True
    if not shutil.which("xdg-open"):
        return False
    mime = "application/pdf" if path.suffix.lower() == ".pdf" else None
    if mime is None or not shutil.which("xdg-mime"):
        return True
    try:
        answer = subprocess.run(
            ["xdg-mime", "query", "default", mime],
            capture_output=True,
            text=True,
            timeout=3,
            env={**os.environ},
        )
    except (OSError, subprocess.SubprocessError):
        return True
    return bool(answer.stdout.strip())


def open_file(parent, path: Path) -> bool:
    """Open `path` in its program; when there is none, say so with the path to copy."""
    if viewer_available(path) and QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return True
    no_viewer_box(parent, path).exec()
    return False


def no_viewer_box(parent, path: Path) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("no_viewer_box")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle("Briefcase")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        translate(
            "Export",
            "No program to open {kind} files was found on this computer. The file was saved here "
            "(select the path to copy it):",
        ).format(kind=path.suffix.lstrip(".").upper() or "this")
        + f"\n\n{path}"
    )
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box
