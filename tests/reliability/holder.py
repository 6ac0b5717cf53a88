"""A long-lived process that holds a store the way the window does, for the many-programs test.

It keeps one connection open, saves a speech every few milliseconds and prints `saved ID TOKEN`
(flushed) only after the transaction committed. Every few saves it opens and closes a second
store connection, as the window does for an export or a worker thread. After each save it looks
at its own open files: a `-wal` it still has open but that was unlinked prints `wal-deleted`.
It runs until its standard input is closed or it is killed.
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

from briefcase_app.domain.models import Kind, Speech
from briefcase_app.services.records import RecordService
from briefcase_app.store import Store


def wal_unlinked(wal: Path) -> bool:
    """True when this process has `wal` open but the name no longer leads to that file."""
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target == f"{wal} (deleted)":
            return True
    return False


def main(path: str) -> None:
    stop = threading.Event()
    threading.Thread(target=lambda: (sys.stdin.read(), stop.set()), daemon=True).start()
    store = Store.open(path)
    records = RecordService(store)
    conference = records.list(Kind.CONFERENCE)[0]
    wal = Path(path).resolve().with_name(Path(path).name + "-wal")
    print("ready", flush=True)
    n = 0
    while not stop.is_set():
        n += 1
        token = f"holder{n}x"
        speech = Speech(title=f"Held {n}", conference_id=conference.id, body=f"{token} saved text")
        records.create(speech)
        print(f"saved {speech.id} {token}", flush=True)
        if n % 5 == 0:
            Store.open(path, create=False, check=False).close()  # like the window's export thread
        if wal_unlinked(wal):
            print("wal-deleted", flush=True)
        stop.wait(0.005)


if __name__ == "__main__":
    main(sys.argv[1])
