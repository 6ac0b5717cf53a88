"""Replacing a store refuses while any program has it open; the refusal changes nothing.

The window's lock used to be Qt's, in ui/, which the command line never saw: a
`restore-backup` run beside the open window replaced the file under it."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefcase_app.domain.errors import StoreError
from briefcase_app.domain.models import Kind, Speech
from briefcase_app.services.backups import Backups
from briefcase_app.services.records import RecordService
from briefcase_app.store import Store
from briefcase_app.store import lock as store_lock

ROOT = Path(__file__).resolve().parents[2]
HOLD = "import sys; from briefcase_app.store import Store; s = Store.open(sys.argv[1]); print('open', flush=True); sys.stdin.read()"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "briefcase_app", *args], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


@pytest.fixture
def store_with_backup(tmp_path):
    path = tmp_path / "s.db"
    with Store.open(path) as store:
        RecordService(store).create(Speech(title="Before the backup"))
    backup = Backups(path).create("manual")
    with Store.open(path) as store:
        RecordService(store).create(Speech(title="After the backup"))
    return path, backup


def test_restore_backup_refuses_while_another_process_has_the_store_open(store_with_backup):
    path, backup = store_with_backup
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(path)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        before = digest(path)
        result = run("restore-backup", str(backup), "--store", str(path))
        assert result.returncode == 1
        assert result.stderr.strip().splitlines() == [
            f"briefcase-app: error: {path}: the store is open in another Briefcase window or command; "
            "close it first. Nothing was changed."
        ]
        assert digest(path) == before
        assert len(Backups(path).list()) == 1, "no before-restore backup was made either"
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
    result = run("restore-backup", str(backup), "--store", str(path))
    assert result.returncode == 0, result.stderr
    with Store.open(path) as store:
        assert [s.title for s in RecordService(store).list(Kind.SPEECH)] == ["Before the backup"]


def test_a_store_left_open_in_this_process_blocks_a_restore_too(store_with_backup):
    path, backup = store_with_backup
    store = Store.open(path)
    try:
        with pytest.raises(store_lock.StoreInUse, match="close it first"):
            Backups(path).restore(backup)
    finally:
        store.close()
    Backups(path).restore(backup)  # closed: now it may


def test_opening_waits_for_a_restore_then_says_so(tmp_path, monkeypatch):
    path = tmp_path / "s.db"
    Store.open(path).close()
    monkeypatch.setattr(store_lock, "WAIT_FOR_EXCLUSIVE_S", 0.2)
    held = store_lock.exclusive(path)
    try:
        with pytest.raises(StoreError, match="replacing the store"):
            Store.open(path)
    finally:
        held.release()
    Store.open(path).close()


def test_lock_files_are_private(tmp_path):
    path = tmp_path / "s.db"
    Store.open(path).close()
    window = store_lock.window(path)
    try:
        for lock_file in (store_lock.lock_path(path), store_lock.lock_path(path, ".window.lock")):
            assert oct(os.stat(lock_file).st_mode & 0o777) == "0o600"
        with pytest.raises(StoreError, match=f"process {os.getpid()}"):
            store_lock.window(path)
    finally:
        window.release()
