"""ui/ops.py: the window's one way to run work off the GUI thread."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QPushButton, QWidget

from briefcase_app.domain.changes import Changes
from briefcase_app.domain.errors import BriefcaseError
from briefcase_app.domain.models import Kind
from briefcase_app.ui.bus import ChangeBus
from briefcase_app.ui.errors import describe
from briefcase_app.ui.ops import CollectionOp, QueryOp, Workers, run_now


class Host(QWidget):
    """What an op needs of its window: `workers` (on the store) and `bus`."""

    def __init__(self, store_path):
        super().__init__()
        self.workers = Workers(self)
        self.workers.set_path(store_path)
        self.bus = ChangeBus(self)


@pytest.fixture
def host(qtbot, store_path, records):
    widget = Host(store_path)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.workers.shutdown()


def test_success_gets_the_result_read_on_a_worker_thread(qtbot, host, demo):
    got = []
    gui = threading.get_ident()

    def op(job):
        return threading.get_ident(), [c.id for c in job.records.items(Kind.CONFERENCE)]

    QueryOp(parent=host, op=op, success=got.append).run_in_background()
    qtbot.waitUntil(lambda: bool(got))
    thread, ids = got[0]
    assert thread != gui and demo.id in ids


def test_store_thread_ops_share_one_thread_and_keep_their_order(qtbot, host):
    got = []
    for i in range(5):
        QueryOp(
            host, lambda _j, i=i: (i, threading.get_ident()), got.append
        ).on_store_thread().run_in_background()
    qtbot.waitUntil(lambda: len(got) == 5)
    assert [i for i, _t in got] == [0, 1, 2, 3, 4] and len({t for _i, t in got}) == 1


def test_a_failure_shows_one_message_box_with_the_describe_text(qtbot, host, messages):
    error = BriefcaseError("The pack has no sections.")

    def op(_job):
        raise error

    succeeded = []
    QueryOp(host, op, succeeded.append).failure("Could not check the pack.").run_in_background()
    qtbot.waitUntil(lambda: bool(messages))
    assert messages == [f"Could not check the pack.\n\n{describe(error)}"] and succeeded == []


def test_a_failure_without_a_sentence_shows_describe_alone_and_a_handler_replaces_the_box(
    qtbot, host, messages
):
    def op(_job):
        raise BriefcaseError("Nothing to export.")

    QueryOp(host, op).run_in_background()
    qtbot.waitUntil(lambda: bool(messages))
    assert messages == ["Nothing to export."]
    handled = []
    QueryOp(host, op).failure(handled.append).run_in_background()
    qtbot.waitUntil(lambda: bool(handled))
    assert str(handled[0]) == "Nothing to export." and messages == ["Nothing to export."]


def test_progress_dialog_shows_and_cancel_stops_the_work(qtbot, host, messages):
    started, stop = threading.Event(), threading.Event()
    seen: list[tuple[int, int, str]] = []

    def op(job):
        started.set()
        n = 0
        while not job.cancelled and not stop.is_set():
            n += 1
            job.progress(min(n, 99), 100, "working")
            stop.wait(0.01)
        return n

    succeeded, cancelled = [], []
    op_ = (
        QueryOp(host, op, succeeded.append)
        .with_progress("Counting", cancellable=True, name="test_progress", delay_ms=0)
        .on_progress(lambda d, t, text: seen.append((d, t, text)))
        .on_cancelled(lambda: cancelled.append(True))
    )
    job = op_.run_in_background()
    dialog = op_.dialog
    assert dialog is not None and dialog.objectName() == "test_progress"
    qtbot.waitUntil(dialog.isVisible)
    qtbot.waitUntil(lambda: dialog.value() > 0)
    assert dialog.labelText() == "Counting" and seen and seen[0][1:] == (100, "working")
    cancel = next(b for b in dialog.findChildren(QPushButton) if b.isVisible())
    with qtbot.waitSignal(job.signals.cancelled):
        cancel.click()
    stop.set()
    assert cancelled == [True] and succeeded == [] and messages == []
    assert job.cancelled and not dialog.isVisible() and op_.dialog is None


def test_progress_label_follows_the_work_and_the_dialog_closes_when_done(qtbot, host):
    def op(job):
        for i in range(1, 4):
            job.progress(i, 3)
        return "done"

    got, labels = [], []
    op_ = QueryOp(host, op, got.append).with_progress(
        "Starting", total=3, text=lambda d, t, _s: f"{d} of {t}", delay_ms=0
    )
    op_.on_progress(lambda *_a: labels.append(op_.dialog.labelText()))
    op_.run_in_background()
    dialog = op_.dialog
    qtbot.waitUntil(lambda: got == ["done"])
    assert labels[0] == "1 of 3" and set(labels) <= {"1 of 3", "2 of 3", "3 of 3"}
    assert dialog is not None and not dialog.isVisible() and op_.dialog is None


def test_a_collection_op_publishes_its_changes_on_the_bus(qtbot, host, demo):
    def op(job):
        _record, changes = job.records.edit(Kind.CONFERENCE, demo.id, title="Renamed")
        return changes

    got = []
    initiator = object()
    with qtbot.waitSignal(host.bus.changed) as blocker:
        CollectionOp(host, op, got.append, initiator=initiator).run_in_background()
    changes, source = blocker.args
    assert isinstance(changes, Changes) and demo.id in changes.ids and source is initiator
    qtbot.waitUntil(lambda: bool(got))


def test_a_collection_op_publishes_a_results_changes(qtbot, host):
    class Report:
        changes = Changes(kinds=frozenset({Kind.FACT}), ids=frozenset({"f1"}))

    with qtbot.waitSignal(host.bus.changed) as blocker:
        CollectionOp(host, lambda _j: Report()).run_in_background()
    assert blocker.args[0] is Report.changes and blocker.args[1] is None


def test_run_now_returns_the_result_or_shows_the_error_once(host, messages):
    assert run_now(host, "Could not add.", lambda a, b: a + b, 2, 3) == (True, 5)
    error = BriefcaseError("Two people of that name.")

    def fails():
        raise error

    assert run_now(host, "Could not add.", fails) == (False, None)
    assert messages == [f"Could not add.\n\n{describe(error)}"]
