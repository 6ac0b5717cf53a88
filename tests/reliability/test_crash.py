"""Kill a writing process with SIGKILL at random moments: nothing reported saved is lost."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefcase_app.domain.models import Kind
from briefcase_app.services.search import SearchService
from briefcase_app.store import Store

pytestmark = pytest.mark.slow  # processes, kills or hundreds of pages: ./test -m 'not slow' skips it

KILLS = 50
WRITER = Path(__file__).with_name("writer.py")


def _run_and_kill(path: Path, seed: int, rng: random.Random) -> list[str]:
    """Start the writer, wait until it has saved something, kill it at a random moment."""
    proc = subprocess.Popen(
        [sys.executable, str(WRITER), str(path), str(seed)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    first = proc.stdout.readline()  # blocks until one save is done: start-up is not the test
    time.sleep(rng.uniform(0.0, 0.25))
    os.kill(proc.pid, signal.SIGKILL)
    rest, err = proc.communicate()
    assert proc.returncode == -signal.SIGKILL, err[-2000:]
    return [line for line in (first + rest).splitlines() if line]


def _order(marker: str) -> tuple[int, int]:
    seed, n = marker.split("-")
    return int(seed), int(n)


def test_sigkill_during_saves_loses_nothing_reported(tmp_path):
    rng = random.Random(20121602)
    path = tmp_path / "crash.db"
    reported: dict[str, str] = {}  # speech id -> last marker the writer said it saved
    created: set[str] = set()
    for seed in range(KILLS):
        for line in _run_and_kill(path, seed, rng):
            verb, speech_id, marker = line.split()
            reported[speech_id] = marker
            if verb == "created":
                created.add(speech_id)

        conn = sqlite3.connect(path)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()

    store = Store.open(path)
    try:
        for speech_id in created:
            assert store.find(Kind.SPEECH, speech_id) is not None, f"created speech {speech_id} lost"
        for speech_id, marker in reported.items():
            body = store.get(Kind.SPEECH, speech_id).body
            # the store may hold a later save (committed, killed before it could say so)
            stored = _order(body.split()[1])
            assert stored >= _order(marker), f"save {marker} of {speech_id} lost: {body[:40]!r}"
        assert store.count(Kind.SPEECH) >= len(created)
    finally:
        store.close()
    search = SearchService(path)
    try:
        found = search.search("counter-narcotics cooperation", kinds=("speech",), limit=5)
        assert found.total >= 1 and found.hits[0].kind == "speech", "the index survived the kills"
    finally:
        search.close()
    assert len(reported) > 0 and sum(1 for _ in created) >= KILLS // 2
