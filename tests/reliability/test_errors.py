"""Errors a person can act on: full disk, read-only store, missing store, newer version.
Each gives one clear line on the command line, changes nothing, and logs the details."""

from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys

import pytest


def speeches(cli, path):
    return json.loads(cli("list", "speeches", "--json", "--store", path).out)


def _one_clear_line(code, err, phrase):
    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == 1 and phrase in lines[0], err[-1500:]
    assert "Traceback" not in err


def test_full_disk(cli, cli_process, demo_store, tmp_path):
    """A limit on file size (RLIMIT_FSIZE) stands for the full disk: it takes a process of its own."""
    big = tmp_path / "big.md"
    big.write_text("word " * 400_000)
    limit = demo_store.stat().st_size + 100_000

    def small_disk():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    before = speeches(cli, demo_store)
    env = os.environ | {"HOME": str(tmp_path), "XDG_STATE_HOME": str(tmp_path / "state")}
    result = cli_process(
        "add", "speech", "--title", "Big", "--body-file", big, "--store", demo_store,
        preexec_fn=small_disk, env=env, timeout=60,
    )  # fmt: skip
    _one_clear_line(result.returncode, result.stderr, "is it full?")
    assert speeches(cli, demo_store) == before
    log = (tmp_path / "state/Briefcase/log/briefcase.log").read_text()
    assert "OperationalError" in log, "the details go to the log file"


def _make_read_only(path):
    if os.geteuid() == 0:
        if not shutil.which("chattr") or subprocess.run(["chattr", "+i", str(path)]).returncode:
            pytest.skip("as root, only chattr +i makes a file read-only, and it is not available")
        return lambda: subprocess.run(["chattr", "-i", str(path)])
    path.chmod(0o400)
    return lambda: path.chmod(0o600)


def test_read_only_store(cli, demo_store):
    conn = sqlite3.connect(demo_store)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = demo_store.read_bytes()
    undo = _make_read_only(demo_store)
    try:
        result = cli("add", "fact", "--statement", "New", "--store", demo_store)
        _one_clear_line(result.code, result.err, "read-only")
        listed = cli("list", "facts", "--store", demo_store)
        assert listed.code == 0, "reading still works"
    finally:
        undo()
    assert demo_store.read_bytes() == before


def test_missing_store(cli, tmp_path):
    result = cli("list", "facts", "--store", tmp_path / "gone.db")
    _one_clear_line(result.code, result.err, "no store there")
    assert not (tmp_path / "gone.db").exists()


def test_newer_store(cli, demo_store):
    conn = sqlite3.connect(demo_store)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('briefcase', '0999_x', 'x')"
    )
    conn.commit()
    conn.close()
    result = cli("add", "fact", "--statement", "x", "--store", demo_store)
    _one_clear_line(result.code, result.err, "newer version of Briefcase")


# ---- "damaged" only when damaged ------------------------------------------------------
def _without_root_overrides():
    """Drop the capabilities that let root write anywhere, so permissions apply to this child."""
    if shutil.which("setpriv") is None:
        pytest.skip("setpriv is not available")
    caps = "-dac_override,-dac_read_search,-fowner"
    return ["setpriv", f"--inh-caps={caps}", f"--bounding-set={caps}"]


def test_a_healthy_store_in_a_read_only_folder_is_not_called_damaged(demo_store, tmp_path):
    """As root, only a child process without root's capabilities meets the permissions."""
    folder = tmp_path / "readonly"
    folder.mkdir()
    store = folder / "s.db"
    shutil.copy(demo_store, store)
    store.chmod(0o444)
    folder.chmod(0o555)
    try:
        result = subprocess.run(
            [*_without_root_overrides(), sys.executable, "-m", "briefcase_app", "list", "speeches"]
            + ["--store", str(store)],
            capture_output=True,
            text=True,
            timeout=60,
        )
    finally:
        folder.chmod(0o755)
    _one_clear_line(result.returncode, result.stderr, "read-only folder")
    assert "damaged" not in result.stderr and "backup" not in result.stderr


def test_a_busy_store_says_busy_not_damaged(demo_store, monkeypatch):
    from briefcase_app.domain.errors import StoreError
    from briefcase_app.store import Store, db

    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 200)
    holder = sqlite3.connect(demo_store)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError) as refused:
            Store.open(demo_store)
    finally:
        holder.rollback()
        holder.close()
    assert "busy" in str(refused.value) and "damaged" not in str(refused.value)


def test_a_file_that_is_not_sqlite_is_not_called_damaged(cli, tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("meeting notes, not a database " * 200)
    result = cli("list", "speeches", "--store", path)
    _one_clear_line(result.code, result.err, "not a SQLite database")
    assert "damaged" not in result.err
    assert path.read_text().startswith("meeting notes")
