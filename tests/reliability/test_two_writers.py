"""Two processes writing to one store at once: no error, no lost write (busy timeout, short
transactions). The window and a command-line import are two such processes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefcase_app.domain.models import Conference, Kind
from briefcase_app.store import Store

pytestmark = pytest.mark.slow  # processes, kills or hundreds of pages: ./test -m 'not slow' skips it

WRITER = Path(__file__).with_name("writer.py")
ROOT = Path(__file__).resolve().parents[2]


def test_two_writers_lose_nothing(tmp_path):
    path = tmp_path / "shared.db"
    store = Store.open(path)
    store.insert(Conference(title="Shared"))
    store.close()
    procs = [
        subprocess.Popen(
            [sys.executable, str(WRITER), str(path), str(seed)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for seed in (1, 2)
    ]
    outputs: list[list[str]] = [[], []]
    deadline = time.monotonic() + 120
    while min(len(lines) for lines in outputs) < 30:  # both write many times, however slow the machine
        assert time.monotonic() < deadline, f"writers stalled: {[len(x) for x in outputs]}"
        for proc, lines in zip(procs, outputs, strict=True):
            if len(lines) < 30:
                line = proc.stdout.readline()
                assert line, "a writer died: " + proc.stderr.read()[-2000:]
                lines.append(line)
    for proc, lines in zip(procs, outputs, strict=True):
        os.kill(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
        assert "Error" not in err and "locked" not in err, err[-2000:]
        lines += out.splitlines()
    created = [line.split()[1] for lines in outputs for line in lines if line.startswith("created")]
    store = Store.open(path)
    try:
        for speech_id in created:
            assert store.find(Kind.SPEECH, speech_id) is not None
    finally:
        store.close()
