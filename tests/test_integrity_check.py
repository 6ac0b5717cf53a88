"""The whole-file integrity check (PRAGMA quick_check) runs when something may have happened to
the store, not on every open; a damaged store is still refused before anything is written."""

from __future__ import annotations

import os
import time

import pytest

from briefcase_app.domain.errors import StoreError
from briefcase_app.domain.models import Conference
from briefcase_app.services.demo import fill_demo
from briefcase_app.services.records import RecordService
from briefcase_app.store import Store, db


@pytest.fixture
def checks(monkeypatch):
    """Every whole-file check made, by path."""
    made = []
    real = db._check_existing

    def spy(path, integrity=True):
        if integrity:
            made.append(path)
        return real(path, integrity=integrity)

    monkeypatch.setattr(db, "_check_existing", spy)
    return made


def _demo(path):
    with Store.open(path) as store:
        fill_demo(RecordService(store))


def _damage(path):
    data = bytearray(path.read_bytes())
    for i in range(2 * 4096, min(len(data), 6 * 4096)):
        data[i] = 0xA5
    path.write_bytes(bytes(data))


def test_a_store_closed_cleanly_opens_without_reading_the_whole_file(store_path, checks):
    _demo(store_path)
    assert db.check_needed(store_path) is None
    with Store.open(store_path) as store:
        assert store.count  # usable
    assert checks == [], "no whole-file check on a store checked and closed cleanly"


def test_each_reason_for_a_check(store_path, checks):
    _demo(store_path)
    assert db.check_needed(store_path, now=time.time() + 2 * db.CHECK_EVERY_S) is not None  # a day on
    os.utime(store_path, ns=(time.time_ns(), time.time_ns() - 10**10))
    assert db.check_needed(store_path) == "changed since Briefcase last closed it"
    Store.open(store_path).close()
    assert checks == [store_path] and db.check_needed(store_path) is None
    db.marker_path(store_path).unlink()
    assert db.check_needed(store_path) == "never checked"


def test_a_store_left_open_elsewhere_or_not_closed_cleanly_is_checked(store_path, checks):
    _demo(store_path)
    other = Store.open(store_path)  # holds the store open: a -wal beside it
    try:
        other.insert(Conference(title="Written elsewhere"))
        assert db.check_needed(store_path) == "open elsewhere, or not closed cleanly"
        Store.open(store_path).close()
        assert checks == [store_path]
    finally:
        other.close()


def test_damage_after_a_clean_close_is_refused_at_open(store_path):
    _demo(store_path)
    _damage(store_path)
    with pytest.raises(StoreError, match="damaged"):
        Store.open(store_path)


def _damage_late_pages(path):
    """Pages the cheap checks do not read (not the schema's): the search index's, at the end."""
    data = bytearray(path.read_bytes())
    for i in range(len(data) - 6 * 4096, len(data) - 2 * 4096):
        data[i] = 0xA5
    path.write_bytes(bytes(data))


def test_the_window_checks_later_but_before_the_first_write(store_path, monkeypatch):
    _demo(store_path)
    _damage_late_pages(store_path)
    before = store_path.read_bytes()
    try:
        store = Store.open(store_path, check="later")  # the cheap checks pass: a Briefcase store
    except StoreError:
        pytest.skip("the damage reached the pages the cheap checks read")
    try:
        assert store.unchecked
        with pytest.raises(StoreError, match="damaged"):
            store.insert(Conference(title="Never written"))
        with pytest.raises(StoreError, match="damaged"):
            store.verify()
    finally:
        store.close()
    assert store_path.read_bytes() == before


def test_a_foreign_or_newer_store_is_refused_even_when_the_check_is_fresh(store_path):
    _demo(store_path)
    import sqlite3

    conn = sqlite3.connect(store_path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('briefcase', '9999_x', 'x')"
    )
    conn.commit()
    conn.close()
    db.record_clean_close(store_path)  # as if Briefcase had closed it like this
    for check in ("auto", "later", False):
        with pytest.raises(StoreError, match="newer version"):
            Store.open(store_path, check=check)
