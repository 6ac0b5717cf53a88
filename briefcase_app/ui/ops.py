"""The window's one way to run work off the GUI thread (after Anki's aqt/operations).

    QueryOp(parent=w, op=lambda job: job.records.get(...), success=show).run_in_background()
    CollectionOp(parent=w, op=lambda job: job.records.update(...)).run_in_background()

`op(job)` runs on a worker thread and never touches widgets or the GUI thread's Store: it
reads the store through `job.records` (a RecordService over that thread's own connection,
opened on first use), reports `job.progress(done, total, text)` and checks `job.cancelled`.
On the GUI thread, `success(result)` runs when it returns; an error is shown one way (a message
box with errors.describe(), optionally under a sentence saying what failed) unless `failure(fn)`
handles it; `with_progress(label)` shows the one progress dialog (window-modal, Cancel when
cancellable). A CollectionOp also publishes the `Changes` its op returned (or its result's
`.changes`) on the window's ChangeBus. `run_now(parent, what, fn, *args)` is the same for work
short enough to stay on the GUI thread.

Underneath is one worker kind, `Worker`: a thread pool whose jobs open their own connection to
the session's store. The window keeps two (`Workers`): `store`, one thread whose connection stays
for the session (short reads in order: list pages, a pack's pre-flight; `.on_store_thread()`),
and `background`, for the rest (backups, exports, imports, the search re-index), where each job
opens and closes its own connection. PDF exports run in a child process instead (see
export_process.py for the measured reason); their start, progress and errors go through
`ExportOp`, the same API.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..domain.changes import Changes
from .errors import show_error

if TYPE_CHECKING:
    from ..services.records import RecordService

log = logging.getLogger(__name__)

T = TypeVar("T")


# ---- the worker side ----------------------------------------------------------------------
class JobSignals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class Job(QRunnable):
    """One piece of work on a Worker: `fn(job)` runs on its thread; the signals report to the
    GUI thread (progress, then finished(result), failed(error) or cancelled)."""

    def __init__(self, fn: Callable[[Job], Any], name: str = "job", worker: Worker | None = None):
        super().__init__()
        self.fn = fn
        self.name = name
        self.worker = worker
        self.signals = JobSignals()
        self._cancel = threading.Event()
        self._own: RecordService | None = None
        self.owner: object | None = None
        self.setAutoDelete(False)  # Python keeps the reference; Qt must not delete it under us

    # -- on the worker thread
    @property
    def records(self) -> RecordService:
        """A RecordService over this thread's own connection to the session's store."""
        if self.worker is None:
            raise RuntimeError("this job runs on no store")
        if self.worker.keep_connection:
            return self.worker._thread_records()
        if self._own is None:
            self._own = self.worker._open()
        return self._own

    @property
    def store_path(self) -> Path | None:
        return self.worker.path if self.worker is not None else None

    def progress(self, done: int, total: int = 0, text: str = "") -> None:
        self.signals.progress.emit(done, total, text)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    # -- on either thread
    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            result = self.fn(self)
        except BaseException as e:  # reported to the GUI thread, which shows and logs it
            self._close()
            if self.cancelled:
                self.signals.cancelled.emit()
            else:
                log.debug("job %s failed", self.name, exc_info=True)
                self.signals.failed.emit(e)
            return
        self._close()
        if self.cancelled:
            self.signals.cancelled.emit()
        else:
            self.signals.finished.emit(result)

    def _close(self) -> None:
        if self._own is not None:
            own, self._own = self._own, None
            try:
                own.close()
            except Exception:  # noqa: BLE001 - closing after the work is done
                log.debug("closing the job's connection failed", exc_info=True)


class Worker(QObject):
    """A pool of `threads` worker threads for Jobs on the store at `path`.

    With `keep_connection` (one thread only), the thread's connection stays open for the session
    and is closed when the path changes; otherwise each job opens its own and closes it."""

    def __init__(self, parent: QObject | None = None, threads: int = 1, keep_connection: bool = False):
        super().__init__(parent)
        if keep_connection and threads != 1:
            raise ValueError("a kept connection belongs to one thread")
        self.keep_connection = keep_connection
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        if keep_connection:
            self.pool.setExpiryTimeout(-1)  # the thread, and its connection, stay for the session
        self.path: Path | None = None
        self._local = threading.local()
        self._running: set[Job] = set()

    def set_path(self, path: Path | None) -> None:
        if path == self.path:
            return
        self.path = path
        if self.keep_connection:
            self.pool.start(Job(lambda _j: self._close_thread_records(), "close store"))

    def _open(self) -> RecordService:
        from ..services.collection import open_store
        from ..services.records import RecordService

        if self.path is None:
            raise RuntimeError("no store is open")
        return RecordService(open_store(self.path, create=False, check=False))

    def _thread_records(self) -> RecordService:
        records = getattr(self._local, "records", None)
        if records is not None and records.store.path == self.path:
            return records
        self._close_thread_records()
        self._local.records = self._open()
        return self._local.records

    def _close_thread_records(self) -> None:
        records = getattr(self._local, "records", None)
        if records is not None:
            self._local.records = None
            records.close()

    def start(self, job: Job) -> Job:
        """Run `job` (kept alive until it reports back)."""
        if job.worker is None:
            job.worker = self
        self._running.add(job)
        for signal in (job.signals.finished, job.signals.failed, job.signals.cancelled):
            signal.connect(lambda *_a, j=job: self._running.discard(j))
        self.pool.start(job)
        return job

    def submit(
        self, fn: Callable[[RecordService], Any], done: Callable, failed: Callable | None = None
    ) -> Job:
        """fn(records) on the worker; done(result) or failed(error) on the GUI thread (for models
        and panels that handle their own errors, such as a list fetching its pages)."""
        job = Job(lambda j: fn(j.records), "read", self)
        job.signals.finished.connect(done)
        if failed is not None:
            job.signals.failed.connect(failed)
        return self.start(job)

    def cancel_all(self) -> None:
        for job in list(self._running):
            job.cancel()

    def wait(self, msecs: int = 10_000) -> bool:
        return self.pool.waitForDone(msecs)

    def shutdown(self) -> None:
        self.cancel_all()
        self.set_path(None)
        self.pool.waitForDone(10_000)


class Workers(QObject):
    """The window's workers: `store` (one thread, its connection kept) and `background`."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.store = Worker(self, threads=1, keep_connection=True)
        self.background = Worker(self, threads=2)

    def set_path(self, path: Path | None) -> None:
        self.store.set_path(path)
        self.background.set_path(path)

    def wait(self, msecs: int = 10_000) -> bool:
        return self.background.wait(msecs) and self.store.wait(msecs)

    def shutdown(self) -> None:
        self.background.cancel_all()
        self.background.wait(5000)
        self.background.set_path(None)
        self.store.shutdown()


def _find(parent: QObject | None, attribute: str) -> Any:
    """The nearest of `parent` and its ancestors that has `attribute` (the main window)."""
    while parent is not None:
        value = getattr(parent, attribute, None)
        if value is not None:
            return value
        parent = parent.parent()
    return None


_fallback: Workers | None = None


def workers_of(parent: QObject | None) -> Workers:
    """The Workers of `parent`'s window (a shared pair when it has none: no store then)."""
    global _fallback
    found = _find(parent, "workers")
    if isinstance(found, Workers):
        return found
    if _fallback is None:
        _fallback = Workers()
    return _fallback


# ---- the GUI side ---------------------------------------------------------------------------
def run_now(
    parent: QWidget | None, what: str | None, fn: Callable[..., T], *args: Any
) -> tuple[bool, T | None]:
    """Work short enough for the GUI thread (opening a store, reading an item's revisions), its
    error shown the one way: (True, result), or (False, None) once the message box was shown."""
    try:
        return True, fn(*args)
    except Exception as e:  # noqa: BLE001 - said in the message box (errors.describe)
        show_error(parent, what, e)
        return False, None


def changes_in(result: Any) -> Changes | None:
    """The Changes a write returned: itself, a result's `.changes`, or one in a tuple (record, changes)."""
    if isinstance(result, Changes):
        return result
    if isinstance(result, tuple):
        return next((x for x in result if isinstance(x, Changes)), None)
    changes = getattr(result, "changes", None)
    return changes if isinstance(changes, Changes) else None


class QueryOp(Generic[T]):
    """Work whose result is shown (a read, a file written): see the module's docstring."""

    def __init__(
        self,
        parent: QWidget,
        op: Callable[[Job], T],
        success: Callable[[T], Any] | None = None,
        name: str = "",
    ):
        self.parent = parent
        self.op = op
        self.name = name or getattr(op, "__name__", "op")
        self._success = success
        self._failure: Callable[[BaseException], Any] | None = None
        self._what: str | None = None
        self._then_failed: Callable[[BaseException], Any] | None = None
        self._on_progress: Callable[[int, int, str], Any] | None = None
        self._on_cancelled: Callable[[], Any] | None = None
        self._progress: dict[str, Any] | None = None
        self._store_thread = False
        self.dialog: QProgressDialog | None = None
        self.job: Job | None = None
        self._latest: tuple[int, int, str] | None = None
        self._showing = False
        self._ended = False

    # ---- the fluent settings
    def success(self, fn: Callable[[T], Any]) -> QueryOp[T]:
        self._success = fn
        return self

    def failure(
        self, what: str | Callable[[BaseException], Any], then: Callable[[BaseException], Any] | None = None
    ) -> QueryOp[T]:
        """A sentence saying what failed (shown above errors.describe(error)), then `then(error)`;
        or a function that handles the error itself instead of the message box."""
        if callable(what):
            self._failure, self._what = what, None
        else:
            self._failure, self._what = None, what
        self._then_failed = then
        return self

    def on_progress(self, fn: Callable[[int, int, str], Any]) -> QueryOp[T]:
        self._on_progress = fn
        return self

    def on_cancelled(self, fn: Callable[[], Any]) -> QueryOp[T]:
        self._on_cancelled = fn
        return self

    def on_store_thread(self) -> QueryOp[T]:
        """Run on the thread whose connection stays for the session, in order with list pages."""
        self._store_thread = True
        return self

    def with_progress(
        self,
        label: str,
        *,
        cancellable: bool = False,
        cancel_text: str | None = None,
        title: str | None = None,
        name: str = "op_progress",
        total: int = 0,
        text: Callable[[int, int, str], str] | None = None,
        delay_ms: int = 300,
    ) -> QueryOp[T]:
        """The progress dialog (window-modal; shown after `delay_ms`); `total` 0 is a busy bar.
        `text(done, total, text)` gives the label as work goes on. Cancel (or `cancel_text`)
        sets job.cancelled when `cancellable`."""
        self._progress = {
            "label": label,
            "cancellable": cancellable,
            "cancel_text": cancel_text,
            "title": title,
            "name": name,
            "total": total,
            "text": text,
            "delay_ms": delay_ms,
        }
        return self

    # ---- running
    def run_in_background(self) -> Job:
        workers = workers_of(self.parent)
        worker = workers.store if self._store_thread else workers.background
        job = Job(self.op, self.name, worker)
        job.owner = self  # Qt holds bound-method slots weakly: the op lives as long as its job
        self.job = job
        if self._progress is not None:
            self.dialog = self._make_dialog(job)
        job.signals.progress.connect(self._progressed)
        job.signals.finished.connect(self._finished)
        job.signals.failed.connect(self._failed)
        job.signals.cancelled.connect(self._cancelled)
        worker.start(job)
        return job

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _make_dialog(self, job: Job) -> QProgressDialog:
        p = self._progress
        assert p is not None
        from .i18n import translate

        cancel = (p["cancel_text"] or translate("Export", "Cancel")) if p["cancellable"] else None
        dialog = QProgressDialog(p["label"], cancel or "", 0, p["total"], self.parent)
        if cancel is None:
            dialog.setCancelButton(None)
        dialog.setObjectName(p["name"])
        dialog.setWindowTitle(p["title"] or "Briefcase")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(p["delay_ms"])
        dialog.canceled.connect(job.cancel)
        dialog.setValue(0)  # starts the clock: shown after delay_ms unless done by then
        return dialog

    def _close_dialog(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            try:
                dialog.canceled.disconnect()
            except (RuntimeError, TypeError):  # nothing connected
                pass
            dialog.reset()
            dialog.hide()  # kept (with its parent) for whoever still holds it

    def _progressed(self, done: int, total: int, text: str) -> None:
        # a modal dialog's setValue() processes events: later reports (even the end) may arrive
        # inside it; they are kept as the latest and shown once it returns, in order
        if self.job is not None and self.job.cancelled:
            return
        self._latest = (done, total, text)
        if self._showing:
            return
        self._showing = True
        try:
            while self._latest is not None and not self._ended:
                done, total, text = self._latest
                self._latest = None
                self._show_progress(done, total, text)
        finally:
            self._showing = False

    def _show_progress(self, done: int, total: int, text: str) -> None:
        dialog, p = self.dialog, self._progress
        if dialog is not None and p is not None and p["text"] is not None:
            dialog.setLabelText(p["text"](done, total, text))
        if self._on_progress is not None:
            self._on_progress(done, total, text)
        if dialog is not None and total:  # last: it may process events (see above)
            if dialog.maximum() != total:
                dialog.setMaximum(total)
            dialog.setValue(done)

    def _finished(self, result: Any) -> None:
        if self.job is not None and self.job.cancelled:  # cancelled after it ended: not wanted
            self._cancelled()
            return
        self._ended = True
        self._close_dialog()
        self._done(result)
        if self._success is not None:
            self._success(result)

    def _done(self, result: Any) -> None:
        """What every op of this class does with a result (a CollectionOp publishes it)."""

    def _failed(self, error: BaseException) -> None:
        if self.job is not None and self.job.cancelled:
            self._cancelled()
            return
        self._ended = True
        self._close_dialog()
        if self._failure is not None:
            self._failure(error)
            return
        show_error(self.parent, self._what, error)
        if self._then_failed is not None:
            self._then_failed(error)

    def _cancelled(self) -> None:
        self._ended = True
        self._close_dialog()
        if self._on_cancelled is not None:
            self._on_cancelled()


class CollectionOp(QueryOp[T]):
    """A write: `op(job)` returns the `Changes` it made (or a result with `.changes`); they are
    published on the window's ChangeBus (with `initiator` as its source) before `success`."""

    def __init__(
        self,
        parent: QWidget,
        op: Callable[[Job], T],
        success: Callable[[T], Any] | None = None,
        name: str = "",
        initiator: object | None = None,
    ):
        super().__init__(parent, op, success, name)
        self.initiator = initiator

    def _done(self, result: Any) -> None:
        changes = changes_in(result)
        if changes is not None:
            bus = _find(self.parent, "bus")
            if bus is not None:
                bus.publish(changes, self.initiator)
