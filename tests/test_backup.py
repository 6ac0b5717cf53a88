"""Backups: private consistent copies, retention, restore, and a damaged store never overwritten."""

from __future__ import annotations

import datetime as dt
import logging
import os

import pytest

from briefcase_app.domain.errors import BriefcaseError, StoreError
from briefcase_app.domain.models import Kind, Speech
from briefcase_app.services.backups import BackupPolicy, Backups
from briefcase_app.services.records import RecordService
from briefcase_app.store import Store


def titles(path):
    store = Store.open(path, create=False)
    try:
        return sorted(s.title for s in store.list(Kind.SPEECH))
    finally:
        store.close()


def damage(path):
    """Overwrite a page in the middle of the file, as a failing disk might."""
    size = path.stat().st_size
    with open(path, "r+b") as f:
        f.seek(size // 2 // 4096 * 4096)
        f.write(b"\xa5" * 4096)


def test_a_backup_is_private_and_holds_the_open_store(store, records, store_path):
    records.create(Speech(title="Before"))
    path = Backups(store_path).create()  # while the store is open, its last write only in the WAL
    assert oct(os.stat(path).st_mode & 0o777) == "0o600" and path.parent.name == "store.db-backups"
    assert titles(path) == ["Before"] and not list(path.parent.glob(".*tmp"))


def test_a_backup_to_a_chosen_file_or_folder(store, store_path, tmp_path):
    assert Backups(store_path).create(dest=tmp_path / "copy.db") == tmp_path / "copy.db"
    (tmp_path / "dir").mkdir()
    assert Backups(store_path).create(dest=tmp_path / "dir").parent == tmp_path / "dir"


def test_the_snapshot_on_open_is_skipped_when_nothing_changed(store, records, store_path):
    backups = Backups(store_path)
    assert backups.snapshot_on_open() is not None
    assert backups.snapshot_on_open() is None
    records.create(Speech(title="New"))
    assert backups.snapshot_on_open() is not None and len(backups.list()) == 2


def test_retention_keeps_the_last_n_and_one_a_day(tmp_path):
    backups = Backups(tmp_path / "s.db", policy=BackupPolicy(keep_last=3, keep_days=5))
    backups.folder.mkdir()
    now = dt.datetime(2026, 3, 20, 12, tzinfo=dt.UTC)
    stamps = [now - dt.timedelta(hours=h) for h in (1, 2, 3, 4, 30, 31, 80, 200)]
    for stamp in stamps:
        (backups.folder / f"s-{stamp:%Y%m%dT%H%M%S%f}Z-open.db").write_bytes(b"x")
    (backups.folder / "s-20200101T000000000000Z-damaged.db").write_bytes(b"x")
    (backups.folder / "unrelated.db").write_bytes(b"x")
    removed = backups.prune(now)
    kept = sorted(b.created for b in backups.list() if b.reason == "open")
    # the newest 3, plus the newest of 19 March and of 17 March; 12 March is older than 5 days
    expected = sorted([stamps[0], stamps[1], stamps[2], stamps[4], stamps[6]])
    assert kept == expected and len(removed) == 3
    assert (backups.folder / "s-20200101T000000000000Z-damaged.db").exists()
    assert (backups.folder / "unrelated.db").exists()


def test_restore_brings_back_an_earlier_state_and_keeps_the_current_one(store_path):
    store = Store.open(store_path)
    RecordService(store).create(Speech(title="Earlier"))
    backups = Backups(store_path)
    earlier = backups.create()
    RecordService(store).create(Speech(title="Later"))
    store.close()
    result = backups.restore(earlier.name)
    assert titles(store_path) == ["Earlier"] and titles(result.previous) == ["Earlier", "Later"]
    assert oct(os.stat(store_path).st_mode & 0o777) == "0o600"


def test_a_damaged_store_is_moved_aside_never_overwritten(store_path):
    store = Store.open(store_path)
    with store.transaction():
        for n in range(300):
            RecordService(store).create(Speech(title=f"Speech {n}", body="text " * 200))
    backups = Backups(store_path)
    good = backups.create()
    store.close()
    damage(store_path)
    damaged_bytes = store_path.read_bytes()
    assert "damaged" in backups.problem()
    with pytest.raises(StoreError):
        Store.open(store_path)
    assert backups.newest_good().path == good and str(good) in backups.advice()
    with pytest.raises(StoreError):
        backups.create()  # no backup of a damaged store replaces good ones
    result = backups.restore(good)
    assert result.previous.read_bytes() == damaged_bytes and "damaged" in result.previous.name
    assert len(titles(store_path)) == 300


def test_restoring_from_a_bad_file_changes_nothing(store, store_path, tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not sqlite")
    before = store_path.read_bytes()
    with pytest.raises(BriefcaseError, match="cannot restore"):
        Backups(store_path).restore(bad)
    with pytest.raises(BriefcaseError, match="no such backup"):
        Backups(store_path).restore("nothing-here.db")
    assert store_path.read_bytes() == before


def test_keep_nothing_still_keeps_the_backup_just_made(store, store_path):
    backups = Backups(store_path, policy=BackupPolicy(keep_last=0, keep_days=0))
    first = backups.create("manual")
    second = backups.create("manual")
    assert second.exists() and not first.exists()


def test_log_recovery_and_lock_files_are_private(tmp_path, monkeypatch):
    from briefcase_app import logs
    from briefcase_app.ui import recovery

    log_file = logs.configure(tmp_path / "log")
    logging.getLogger("briefcase_app").info("a line")
    monkeypatch.setattr(recovery, "recovery_dir", lambda: tmp_path / "recovered")
    saved = recovery.write_recovery("speech", "id1", "Unsaved <title>", {"body": "text\nmore"})
    for path in (log_file, saved):
        assert oct(os.stat(path).st_mode & 0o777) == "0o600", path
    for folder in (tmp_path / "log", tmp_path / "recovered"):
        assert oct(os.stat(folder).st_mode & 0o777) == "0o700", folder
    logs.configure(tmp_path / "elsewhere")  # let go of the file


def test_a_temporary_file_left_by_a_killed_backup_is_swept_later(store, store_path):
    backups = Backups(store_path)
    first = backups.create("manual")
    stale = first.with_name(f".{first.name}.dead.part")
    stale.write_bytes(b"half a backup")
    os.utime(stale, (0, 0))  # left long ago
    fresh = first.with_name(f".{first.name}.live.part")
    fresh.write_bytes(b"a backup being written now")
    backups.create("manual")
    assert not stale.exists() and fresh.exists()
