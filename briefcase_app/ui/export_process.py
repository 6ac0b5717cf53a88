"""The child side of an export run in its own process (no Qt here).

A long export is Python work for seconds; in a thread it competes with the GUI thread for
the interpreter lock (stalls of 50-130 ms were measured on a loaded machine). In a process
it cannot: the parent only polls a queue. Progress, the result and errors travel as tuples:
("progress", fraction) / ("done", path) / ("cancelled",) / ("error", message, expected).
"""

from __future__ import annotations

import time


def run_export(job: str, inbox, queue, cancel_event) -> None:
    """The child's entry point: its arguments arrive on `inbox` (not as the Process's own
    arguments, which the parent would write into a pipe and wait on while this child starts)."""
    args = inbox.get() if hasattr(inbox, "get") else inbox
    last = [0.0]

    def progress(fraction: float) -> None:
        now = time.monotonic()
        if now - last[0] >= 0.05 or fraction >= 1.0:  # at most 20 messages a second
            last[0] = now
            queue.put(("progress", float(fraction)))

    try:
        path = JOBS[job](*args, progress=progress, cancel=cancel_event.is_set)
    except BaseException as e:  # noqa: BLE001 - reported to the window, never printed
        from ..domain.errors import BriefcaseError

        if cancel_event.is_set():
            queue.put(("cancelled",))
        else:
            import traceback

            detail = "".join(traceback.format_exception(e))
            queue.put(("error", str(e), isinstance(e, BriefcaseError), detail))
        return
    queue.put(("cancelled",) if cancel_event.is_set() else ("done", str(path)))


def _pack(content, target, font, size=10.5, *, progress, cancel):
    """`content` is a PackContent, or its pickle (made off the GUI thread by the window)."""
    import pickle

    from ..services.packs import render_pack

    if isinstance(content, bytes):
        content = pickle.loads(content)
    return render_pack(content, target, font=font, size=size, progress=progress, cancel=cancel)


def _speech(store_path, speech_id, target, default_marking, font, rate, *, progress, cancel):
    """A reading copy: its pack's marking, else `default_marking` (the Preferences')."""
    from ..services.collection import open_store
    from ..services.exporting import export_speech

    store = open_store(store_path, create=False, check=False)
    try:
        return export_speech(
            store, speech_id, target, reading_copy=True, default_marking=default_marking, font=font,
            words_per_minute=rate, progress=progress, cancel=cancel,
        )  # fmt: skip
    finally:
        store.close()


JOBS = {"pack": _pack, "speech": _speech}
