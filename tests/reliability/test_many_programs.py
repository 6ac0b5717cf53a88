"""Many programs on one store: a long-lived holder (as the window) writes while commands, imports
and exports start, work and exit beside it. Afterwards every write any of them reported is in
the store, both integrity checks pass, and the holder's WAL was never unlinked under it.

This is the failure staff saw: a `list` run beside the open window made the window write into
a deleted `-wal`, and text it had reported saved was gone after a kill.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from briefcase_app.domain.models import Kind
from briefcase_app.services.demo import fill_demo
from briefcase_app.services.records import RecordService
from briefcase_app.store import Store

ROOT = Path(__file__).resolve().parents[2]
HOLDER = Path(__file__).with_name("holder.py")
ROUNDS = 4

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/PID/fd"),
]


def cli(store: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "briefcase_app", *args, "--store", str(store)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finish(proc: subprocess.Popen) -> str:
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, f"{proc.args[3:]} failed: {err[-2000:]}"
    return out


def deleted_wal_open(pid: int, store: Path) -> bool:
    wal = f"{store.resolve()}-wal (deleted)"
    for fd in os.listdir(f"/proc/{pid}/fd"):
        try:
            if os.readlink(f"/proc/{pid}/fd/{fd}") == wal:
                return True
        except OSError:
            pass
    return False


def archive(folder: Path, prefix: str, count: int) -> Path:
    folder.mkdir()
    for i in range(count):
        (folder / f"{prefix}{i}.md").write_text(f"# {prefix} note {i}\n\n{prefix}word{i} on precursors\n")
    return folder


def test_commands_beside_a_long_lived_writer_lose_nothing(tmp_path):
    store_path = tmp_path / "shared.db"
    with Store.open(store_path) as store:
        fill_demo(RecordService(store))
        speech_id = store.list(Kind.SPEECH)[0].id
    holder = subprocess.Popen(
        [sys.executable, str(HOLDER), str(store_path)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ready", holder.stderr.read()
        reported: dict[str, str] = {}  # id -> a word its text holds
        unlinked_rounds = []
        for r in range(ROUNDS):
            imports = [
                cli(store_path, "import", str(archive(tmp_path / f"a{r}{n}", f"r{r}i{n}x", 30)), "--json")
                for n in (1, 2)
            ]
            for args in (
                ("list", "speeches"),
                ("search", "precursor"),
                ("edit", "speech", speech_id, "--status", "cleared"),
                ("add", "fact", "--statement", f"round{r}fact holds", "--source", "test"),
                ("export", "speech", speech_id, "--reading-copy", "-o", str(tmp_path / f"r{r}.pdf")),
            ):
                out = finish(cli(store_path, *args))
                if args[0] == "add":
                    reported[out.split()[2].rstrip(":")] = f"round{r}fact"
                assert holder.poll() is None, "the holder died: " + holder.stderr.read()[-2000:]
                if deleted_wal_open(holder.pid, store_path):
                    unlinked_rounds.append((r, args[0]))
            for proc in imports:
                report = json.loads(finish(proc))
                assert len(report["imported"]) == 30, report
                for item in report["imported"]:
                    reported[item["id"]] = Path(item["file"]).stem.split("x")[0]
            if deleted_wal_open(holder.pid, store_path):
                unlinked_rounds.append((r, "import"))
        assert not unlinked_rounds, f"the holder's WAL was unlinked under it after {unlinked_rounds}"
    finally:
        holder.send_signal(signal.SIGKILL)  # a crash: only what was committed may count
        out, err = holder.communicate()
    assert "wal-deleted" not in out, "the holder saw its WAL unlinked"
    saved = [line.split() for line in out.splitlines() if line.startswith("saved ")]
    assert len(saved) > 50, err[-2000:]

    with Store.open(store_path) as store:
        for _, item_id, token in saved:
            speech = store.find(Kind.SPEECH, item_id)
            assert speech is not None and token in speech.body, f"holder's save {token} lost"
        for item_id in reported:
            assert any(store.find(kind, item_id) for kind in (Kind.SPEECH, Kind.FACT)), item_id
    conn = sqlite3.connect(store_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        for table in ("search_fts", "search_tri"):
            conn.execute(f"INSERT INTO {table}({table}) VALUES('integrity-check')")
    finally:
        conn.close()
