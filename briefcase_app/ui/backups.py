"""Backups of the open store (services/backups.py) made in a worker, into the folder chosen in
the Preferences (default: `<store>-backups/` beside the store): one when the store is opened,
and File > Back up now."""

from __future__ import annotations

from pathlib import Path

from . import plain
from .i18n import translate
from .ops import QueryOp


def _folder(w) -> Path | None:
    folder = w.settings.prefs.backup_dir.strip()
    return Path(folder) if folder else None


def snapshot_on_open(w) -> None:
    """The snapshot taken each time a store is opened (skipped when nothing changed since the last)."""
    if w.session is None:
        return
    store_path, folder, session = w.session.path, _folder(w), w.session

    def work(_job):
        from ..services.backups import Backups

        session.verify()  # the whole-file check when it is due, off the GUI thread
        return Backups(store_path, folder=folder).snapshot_on_open()

    def failed(error) -> None:
        if session.damaged:  # the integrity check found the store damaged
            from ..services.backups import Backups

            advice = Backups(store_path, folder=folder).advice()
            plain.critical(
                w,
                "Briefcase",
                translate(
                    "Backups",
                    "The store is damaged; nothing more will be written to it.\n\n{reason}\n\n{advice}",
                ).format(reason=error, advice=advice),
            )
            return
        w.statusBar().showMessage(
            translate("Backups", "No backup was made: {reason}").format(reason=error), 8000
        )

    QueryOp(w, work, name="backup-on-open").failure(failed).run_in_background()


def back_up_now(w) -> None:
    if w.session is None:
        return
    w.editor.save(switching=True)
    store_path, folder = w.session.path, _folder(w)

    def work(_job) -> Path:
        from ..services.backups import Backups

        return Backups(store_path, folder=folder).create("manual")

    def done(path: Path) -> None:
        plain.information(
            w, "Briefcase", translate("Backups", "The store was backed up to:\n{path}").format(path=path)
        )

    w.statusBar().showMessage(translate("Backups", "Backing up…"), 3000)
    QueryOp(w, work, done, name="backup").failure(
        translate("Backups", "The backup did not finish.")
    ).run_in_background()
