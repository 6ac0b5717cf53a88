"""Runs one export at a time: a progress bar and Cancel in the status bar, then an offer to open
the PDF or its folder. Callers use `ExportOp`, the API of ui/ops.py:

    ExportOp(w, "pack", args, fallback=work).with_progress(label).run_in_background()

The PDF is laid out in a child process (export_process.py: in a thread, a long export stalled
the GUI thread for 50-130 ms at a time through the interpreter lock); with the window's
`exporter.use_processes` off, `fallback(progress, cancelled)` runs as a QueryOp on the window's
background worker. Either way errors are shown by errors.show_error, once."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMainWindow, QMessageBox, QProgressBar, QPushButton

from ..domain.errors import BriefcaseError
from . import plain
from .errors import show_error
from .i18n import translate
from .ops import Job, QueryOp

log = logging.getLogger(__name__)


def offer_open(parent, path: Path) -> None:
    """Ask whether to open the PDF or its folder (tests replace this)."""
    box = QMessageBox(parent)
    box.setWindowTitle("Briefcase")
    box.setText(translate("Export", "Exported {name}.").format(name=path.name))
    box.setInformativeText(str(path))
    open_pdf = box.addButton(translate("Export", "Open PDF"), QMessageBox.ButtonRole.AcceptRole)
    open_folder = box.addButton(translate("Export", "Open folder"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is open_pdf:
        from .restore_dialog import open_file

        open_file(parent, path)  # with no PDF viewer: a message with the path to copy
    elif box.clickedButton() is open_folder:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


class _ProcessExport(QObject):
    """An export in a child process (export_process.py), polled from the GUI thread."""

    def __init__(self, runner: ExportRunner, job: str, args: tuple):
        super().__init__(runner)
        import multiprocessing

        from .export_process import run_export

        ctx = multiprocessing.get_context("spawn")
        self.runner = runner
        self.args = args
        self.inbox = ctx.Queue()
        self.queue = ctx.Queue()
        self.cancel_event = ctx.Event()
        self.process = ctx.Process(
            target=run_export, args=(job, self.inbox, self.queue, self.cancel_event), daemon=True
        )
        self.timer = QTimer(self, interval=50)
        self.timer.timeout.connect(self._poll)

    def start(self) -> None:
        self.process.start()
        self.inbox.put(self.args)  # a feeder thread writes it while the child starts
        self.args = None
        self.timer.start()

    def cancel(self) -> None:
        self.cancel_event.set()

    def _poll(self) -> None:
        import queue as queue_module

        while True:
            try:
                message = self.queue.get_nowait()
            except queue_module.Empty:
                break
            kind = message[0]
            if kind == "progress":
                self.runner.bar.setValue(int(max(0.0, min(1.0, message[1])) * 1000))
                continue
            self._end()
            if kind == "done":
                self.runner._done(message[1])
            elif kind == "cancelled":
                self.runner._cancelled()
            else:
                _k, text, expected, detail = message
                if not expected:
                    log.error("export failed in its process:\n%s", detail)
                self.runner._failed(BriefcaseError(text) if expected else RuntimeError(text))
            return
        if not self.process.is_alive() and self.queue.empty():
            self._end()
            self.runner._failed(
                RuntimeError(f"the export process stopped (exit code {self.process.exitcode})")
            )

    def _end(self) -> None:
        self.timer.stop()
        self.process.join(5)


class ExportRunner(QObject):
    """`start(what, work)` runs work(progress, cancelled) in a thread; `start_process(what,
    job, args)` runs export_process.JOBS[job](*args) in a child process (the app's way)."""

    finished = Signal(object)  # Path
    busy_changed = Signal(bool)

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.task: Job | _ProcessExport | None = None  # while an export runs
        self.what: str | None = None  # what failed, above the reason (ExportOp.failure)
        self.then: Callable[[Path], object] | None = None  # after success (ExportOp.success)
        self.use_processes = True
        self.bar = QProgressBar()
        self.bar.setObjectName("export_progress")
        self.bar.setRange(0, 1000)
        self.bar.setMaximumWidth(220)
        self.cancel_button = QPushButton(translate("Export", "Cancel"))
        self.cancel_button.setObjectName("export_cancel")
        self.cancel_button.clicked.connect(self.cancel)
        for widget in (self.bar, self.cancel_button):
            window.statusBar().addPermanentWidget(widget)
            widget.hide()

    @property
    def busy(self) -> bool:
        return self.task is not None

    def start(self, what: str, work: Callable[[Callable[[float], None], Callable[[], bool]], Path]) -> bool:
        """Run `work(progress, cancelled)` on the window's background worker; it returns the path."""
        if self.task is not None:
            plain.information(self.window, "Briefcase", translate("Export", "An export is already running."))
            return False

        def run(job: Job) -> Path:
            return work(
                lambda f: job.progress(int(max(0.0, min(1.0, f)) * 1000), 1000, ""), lambda: job.cancelled
            )

        op = (
            QueryOp(self.window, run, self._done, name=what)
            .failure(self._failed)
            .on_progress(lambda done, _total, _text: self.bar.setValue(done))
            .on_cancelled(self._cancelled)
        )
        self._show(what)
        self.task = op.run_in_background()
        return True

    def start_process(self, what: str, job: str, args: tuple, fallback=None) -> bool:
        """Export in a child process; with use_processes off, `fallback` runs in a thread."""
        if not self.use_processes and fallback is not None:
            return self.start(what, fallback)
        if self.task is not None:
            plain.information(self.window, "Briefcase", translate("Export", "An export is already running."))
            return False
        self._show(what)
        try:
            self.task = _ProcessExport(self, job, args)
            self.task.start()
        except Exception as e:  # noqa: BLE001 - e.g. no process can be started
            self.task = None
            self._failed(e)
            return False
        return True

    def _show(self, what: str) -> None:
        self.bar.setValue(0)
        self.bar.setFormat(f"{what} %p%")
        self.bar.show()
        self.cancel_button.show()
        self.busy_changed.emit(True)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)

    def shutdown(self) -> None:
        """Closing the window: stop a running export (its partial file is never kept)."""
        task = self.task
        if isinstance(task, _ProcessExport):
            task.cancel()
            task.timer.stop()
            task.process.join(5)
            if task.process.is_alive():
                task.process.terminate()
        elif task is not None:
            task.cancel()

    def _reset(self) -> None:
        self.task = None
        self.what = self.then = None
        self.bar.hide()
        self.cancel_button.hide()
        self.cancel_button.setEnabled(True)
        self.busy_changed.emit(False)

    def _done(self, path) -> None:
        then = self.then
        self._reset()
        path = Path(path)
        log.info("exported %s", path)
        self.window.statusBar().showMessage(translate("Export", "Exported {path}").format(path=path), 8000)
        self.finished.emit(path)
        if then is not None:
            then(path)
        offer_open(self.window, path)

    def _failed(self, error: BaseException) -> None:
        what = self.what or translate("Export", "The export did not finish.")
        self._reset()
        if not isinstance(error, BriefcaseError):
            log.error("export failed", exc_info=(type(error), error, error.__traceback__))
        show_error(self.window, what, error)

    def _cancelled(self) -> None:
        self._reset()
        self.window.statusBar().showMessage(
            translate("Export", "Export cancelled; nothing was written."), 6000
        )


class ExportOp:
    """A PDF export with the API of ui/ops.py (see the module's docstring): the window's
    exporter shows its progress and Cancel in the status bar, offers the PDF when done and says
    what went wrong the one way."""

    def __init__(self, parent, job: str, args: tuple, fallback=None, success=None):
        self.parent, self.job, self.args, self.fallback = parent, job, args, fallback
        self._success = success
        self._what: str | None = None
        self.label = ""

    def success(self, fn: Callable[[Path], object]) -> ExportOp:
        self._success = fn
        return self

    def failure(self, what: str) -> ExportOp:
        self._what = what
        return self

    def with_progress(self, label: str, cancellable: bool = True) -> ExportOp:
        """The status bar's bar says `label`; an export can always be cancelled."""
        self.label = label
        return self

    def run_in_background(self) -> bool:
        exporter: ExportRunner = self.parent.exporter
        if exporter.busy:
            plain.information(self.parent, "Briefcase", translate("Export", "An export is already running."))
            return False
        started = exporter.start_process(self.label, self.job, self.args, fallback=self.fallback)
        if started:
            exporter.what, exporter.then = self._what, self._success
        return started
