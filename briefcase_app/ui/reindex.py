"""After an upgrade that re-indexes search (Russian and Kazakh word forms), the window takes in
the store's items on a worker with a progress bar. "Later" stops after the current batch; the
rest is done the next time the store opens (each batch is committed, so a crash loses none)."""

from __future__ import annotations

from .i18n import counts, translate
from .ops import Job, QueryOp


def reindex_if_needed(w) -> Job | None:
    """Start the re-index of the open store if it needs one; the dialog is `w.reindex_dialog`."""
    from ..services.search import reindex_needed

    if w.session is None:
        return None
    total = reindex_needed(w.session.store)
    if not total:
        return None

    def work(job: Job) -> int:
        from ..services.search import reindex

        return reindex(
            job.records.store,  # this worker's own connection
            progress=lambda d, t: job.progress(d, t),
            should_stop=lambda: job.cancelled,
        )

    op = (
        QueryOp(w, work, name="reindex")
        .with_progress(
            counts().reindex(total),
            cancellable=True,
            cancel_text=translate("Reindex", "Later"),
            title=translate("Reindex", "Search index"),
            name="reindex_dialog",
            total=total,
            text=lambda done, total, _text: counts().reindex_done(done, total),
        )
        .failure(
            translate("Reindex", "The search index could not be updated; it will be tried again next time.")
        )
    )
    job = op.run_in_background()
    w.reindex_dialog = op.dialog
    return job
