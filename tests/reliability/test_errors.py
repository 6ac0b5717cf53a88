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


def cli(*args, preexec_fn=None, home=None):
    env = dict(os.environ)
    if home:
        env["HOME"] = str(home)
        env["XDG_STATE_HOME"] = str(home / "state")
    return subprocess.run(
        [sys.executable, "-m", "briefcase_app", *map(str, args)],
        capture_output=True,
        text=True,
        preexec_fn=preexec_fn,
        env=env,
        timeout=60,
    )


@pytest.fixture
def demo_path(tmp_path):
    path = tmp_path / "s.db"
    assert cli("demo", "--store", path).returncode == 0
    return path


def speeches(path):
    return json.loads(cli("list", "speeches", "--json", "--store", path).stdout)


def _one_clear_line(result, phrase):
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and phrase in lines[0], result.stderr[-1500:]
    assert "Traceback" not in result.stderr


def test_full_disk(demo_path, tmp_path):
    big = tmp_path / "big.md"
    big.write_text("word " * 400_000)
    limit = demo_path.stat().st_size + 100_000

    def small_disk():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    before = speeches(demo_path)
    result = cli(
        "add",
        "speech",
        "--title",
        "Big",
        "--body-file",
        big,
        "--store",
        demo_path,
        preexec_fn=small_disk,
        home=tmp_path,
    )
    _one_clear_line(result, "is it full?")
    assert speeches(demo_path) == before
    log = (tmp_path / "state/Briefcase/log/briefcase.log").read_text()
    assert "OperationalError" in log, "the details go to the log file"


def _make_read_only(path):
    if os.geteuid() == 0:
        if not shutil.which("chattr") or subprocess.run(["chattr", "+i", str(path)]).returncode:
            pytest.skip("as root, only chattr +i makes a file read-only, and it is not available")
        return lambda: subprocess.run(["chattr", "-i", str(path)])
    path.chmod(0o400)
    return lambda: path.chmod(0o600)


def test_read_only_store(demo_path):
    conn = sqlite3.connect(demo_path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = demo_path.read_bytes()
    undo = _make_read_only(demo_path)
    try:
        result = cli("add", "fact", "--statement", "New", "--store", demo_path)
        _one_clear_line(result, "read-only")
        listed = cli("list", "facts", "--store", demo_path)
        assert listed.returncode == 0, "reading still works"
    finally:
        undo()
    assert demo_path.read_bytes() == before


def test_missing_store(tmp_path):
    result = cli("list", "facts", "--store", tmp_path / "gone.db")
    _one_clear_line(result, "no store there")
    assert not (tmp_path / "gone.db").exists()


def test_newer_store(demo_path):
    conn = sqlite3.connect(demo_path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('briefcase', '0999_x', 'x')"
    )
    conn.commit()
    conn.close()
    result = cli("add", "fact", "--statement", "x", "--store", demo_path)
    _one_clear_line(result, "newer version of Briefcase")


# ---- "damaged" only when damaged ------------------------------------------------------
def _without_root_overrides():
    """Drop the capabilities that let root write anywhere, so permissions apply to this child."""
    if shutil.which("setpriv") is None:
        pytest.skip("setpriv is not available")
    caps = "-dac_override,-dac_read_search,-fowner"
    return ["setpriv", f"--inh-caps={caps}", f"--bounding-set={caps}"]


def test_a_healthy_store_in_a_read_only_folder_is_not_called_damaged(demo_path, tmp_path):
    folder = tmp_path / "readonly"
    folder.mkdir()
    store = folder / "s.db"
    shutil.copy(demo_path, store)
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
    _one_clear_line(result, "read-only folder")
    assert "damaged" not in result.stderr and "backup" not in result.stderr


def test_a_busy_store_says_busy_not_damaged(demo_path, monkeypatch):
    from briefcase_app.domain.errors import StoreError
    from briefcase_app.store import Store, db

    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 200)
    holder = sqlite3.connect(demo_path)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError) as refused:
            Store.open(demo_path)
    finally:
        holder.rollback()
        holder.close()
    assert "busy" in str(refused.value) and "damaged" not in str(refused.value)


def test_a_file_that_is_not_sqlite_is_not_called_damaged(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("meeting notes, not a database " * 200)
    result = cli("list", "speeches", "--store", path, home=tmp_path)
    _one_clear_line(result, "not a SQLite database")
    assert "damaged" not in result.stderr
    assert path.read_text().startswith("meeting notes")
