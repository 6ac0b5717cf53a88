"""Opening a store: new files, foreign files, damaged and too-new stores are refused untouched."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat

import pytest

from briefcase_app.domain.errors import StoreError
from briefcase_app.domain.models import Kind
from briefcase_app.store import Store


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_store_is_private_wal_and_migrated(store_path):
    store = Store.open(store_path)
    try:
        assert stat.S_IMODE(os.stat(store_path).st_mode) == 0o600
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert {"conferences", "speeches", "points", "facts", "revisions"} <= set(store.db.table_names())
    finally:
        store.close()


def test_reopen_keeps_data(store_path, records, demo):
    records.store.close()
    again = Store.open(store_path)
    try:
        assert again.count(Kind.SPEECH) == 2
    finally:
        again.close()


@pytest.mark.parametrize(
    "content",
    [b"hello, not a database", b"SQLite format 3\x00" + b"\x00" * 50, b"\x89PNG\r\n\x1a\n" + b"x" * 100],
)
def test_foreign_or_broken_file_refused_untouched(tmp_path, content):
    path = tmp_path / "thing.db"
    path.write_bytes(content)
    before = digest(path)
    with pytest.raises(StoreError):
        Store.open(path)
    assert digest(path) == before
    assert not (tmp_path / "thing.db-wal").exists()


def test_empty_file_refused(tmp_path):
    path = tmp_path / "empty.db"
    path.write_bytes(b"")
    with pytest.raises(StoreError, match="empty"):
        Store.open(path)
    assert path.read_bytes() == b""


def test_other_sqlite_database_refused_untouched(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(StoreError, match="not a Briefcase store"):
        Store.open(path)
    assert digest(path) == before


def test_corrupt_store_refused_untouched(store_path, records, demo):
    records.store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    records.store.close()
    data = bytearray(store_path.read_bytes())
    page = 4096
    for i in range(2 * page, min(len(data), 6 * page)):
        data[i] = 0xA5
    store_path.write_bytes(bytes(data))
    before = digest(store_path)
    with pytest.raises(StoreError, match="damaged"):
        Store.open(store_path)
    assert digest(store_path) == before


def test_newer_version_refused_unchanged(store_path):
    Store.open(store_path).close()
    conn = sqlite3.connect(store_path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('briefcase', '9999_future', 'x')"
    )
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = digest(store_path)
    with pytest.raises(StoreError, match="newer version"):
        Store.open(store_path)
    assert digest(store_path) == before


def test_missing_store_not_created_when_not_asked(tmp_path):
    with pytest.raises(StoreError, match="no store"):
        Store.open(tmp_path / "nope.db", create=False)
    assert not (tmp_path / "nope.db").exists()


def test_folder_is_refused(tmp_path):
    with pytest.raises(StoreError):
        Store.open(tmp_path)
