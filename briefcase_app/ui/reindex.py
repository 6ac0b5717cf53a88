"""After an upgrade that re-indexes search (Russian and Kazakh word forms), the window takes in
the store's items on a worker with a progress bar. "Later" stops after the current batch; the
rest is done the next time the store opens (each batch is committed, so a crash loses none)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog

from .errors import show_error
from .i18n import counts, translate
from .tasks import Task


def reindex_if_needed(w) -> Task | None:
    """Start the re-index of the open store if it needs one; the dialog is `w.reindex_dialog`."""
    from ..services.search import reindex_needed

    if w.session is None:
        return None
    total = reindex_needed(w.session.store)
    if not total:
        return None
    store_path = w.session.path

    def work(task: Task) -> int:
        from ..services.collection import open_store
        from ..services.search import reindex

        with open_store(store_path, create=False, check=False) as store:
            return reindex(
                store, progress=lambda d, t: task.progress(d, t), should_stop=lambda: task.cancelled
            )

    dialog = QProgressDialog(counts().reindex(total), translate("Reindex", "Later"), 0, total, w)
    dialog.setObjectName("reindex_dialog")
    dialog.setWindowTitle(translate("Reindex", "Search index"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    task = Task(work, "reindex")
    w.reindex_dialog = dialog

    def progressed(done: int, total: int, _text: str) -> None:
        dialog.setValue(done)
        dialog.setLabelText(counts().reindex_done(done, total))

    def close() -> None:
        dialog.reset()
        dialog.hide()

    def failed(error) -> None:
        close()
        show_error(
            w,
            translate("Reindex", "The search index could not be updated; it will be tried again next time."),
            error,
        )

    task.signals.progress.connect(progressed)
    task.signals.finished.connect(lambda _left: close())
    task.signals.cancelled.connect(close)
    task.signals.failed.connect(failed)
    dialog.canceled.connect(task.cancel)
    w.tasks.start(task)
    return task
