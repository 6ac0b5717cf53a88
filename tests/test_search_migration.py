"""Migration 0006: a store made by the previous version is re-indexed with stems, resumably.

tests/data/store_0005.db was written by Briefcase at schema 0005 (commit e7b9cc8) from
tests/cyrillic_material.py: 30 Russian speeches, 30 Kazakh points, a fact with a ligature.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from briefcase_app.domain.models import Kind
from briefcase_app.services.records import RecordService
from briefcase_app.services.search import SearchService, reindex, reindex_needed
from briefcase_app.store import Store

OLD = Path(__file__).parent / "data" / "store_0005.db"
ROOT = Path(__file__).parent.parent
ITEMS = 62  # conference, 30 speeches, 30 points, a fact


@pytest.fixture
def old_store(tmp_path) -> Path:
    path = tmp_path / "old.db"
    shutil.copyfile(OLD, path)
    path.chmod(0o600)
    return path


def migrations(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")}
    finally:
        conn.close()


def check_index(path: Path) -> None:
    """SQLite's own checks of both FTS tables against their content (a plain connection)."""
    conn = sqlite3.connect(path)
    try:
        for table in ("search_fts", "search_tri"):
            conn.execute(f"INSERT INTO {table}({table}) VALUES('integrity-check')")
        assert conn.execute("SELECT count(*) FROM search_pending").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM search_docs").fetchone()[0] == ITEMS
    finally:
        conn.close()


def ids(path: Path, query: str) -> set[str]:
    service = SearchService(path)
    try:
        return {h.id for h in service.search(query, limit=200).hits}
    finally:
        service.close()


def test_old_store_is_reindexed_and_finds_forms(cli, old_store):
    assert "0006_search_stems" not in migrations(old_store)
    with Store.open(old_store) as store:
        assert reindex_needed(store) == ITEMS
    result = SearchService(old_store).search("декабря")
    assert "still taking in 62 items" in result.message

    code, out, err = cli("search", "декабрь", "--store", old_store)
    assert code == 0
    assert "Updating the search index for 62 items" in err and "up to date" in err
    assert "**декабря**" in out or "**декабре**" in out
    check_index(old_store)
    assert len(ids(old_store, "декабрь")) > len(ids(old_store, '"декабря"'))
    assert ids(old_store, "министр") >= ids(old_store, "министрлері")
    assert ids(old_store, "financial"), "the ligature fact, NFKC now"
    # a second run has nothing to do
    code, _, err = cli("search", "министр", "--store", old_store)
    assert code == 0 and "Updating" not in err


def test_writes_while_the_reindex_is_pending(old_store):
    with Store.open(old_store) as store:
        records = RecordService(store)
        speeches = records.list(Kind.SPEECH)
        edited, trashed = speeches[0], speeches[1]
        edited.body = "Переговоры о государственной границе завершились в декабре."
        records.update(edited)
        records.delete(Kind.SPEECH, trashed.id)
        assert reindex_needed(store) == ITEMS - 2  # the edited one was indexed by its save
        assert reindex(store) == 0
    conn = sqlite3.connect(old_store)
    try:
        conn.execute("INSERT INTO search_fts(search_fts) VALUES('integrity-check')")
    finally:
        conn.close()
    assert edited.id in ids(old_store, "граница")
    assert trashed.id not in ids(old_store, "Заявление")


_KILLER = """
import os, signal, sys
from briefcase_app.store import Store
from briefcase_app.services.search import reindex
store = Store.open(sys.argv[1])
def progress(done, total):
    print(done, total, flush=True)
    if done >= 20:
        os.kill(os.getpid(), signal.SIGKILL)
from briefcase_app.store import search_index
search_index.reindex_pending(store.db, progress=progress, batch=10)
"""


def test_a_killed_reindex_resumes(cli, old_store):
    run = subprocess.run([sys.executable, "-c", _KILLER, str(old_store)], capture_output=True, text=True,
                         cwd=ROOT, timeout=120)  # fmt: skip
    assert run.returncode == -9, run.stderr
    assert run.stdout.split() == ["10", "62", "20", "62"]
    conn = sqlite3.connect(old_store)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM search_pending").fetchone()[0] == ITEMS - 20
    finally:
        conn.close()
    code, _, err = cli("search", "министр", "--store", old_store)
    assert code == 0 and f"Updating the search index for {ITEMS - 20} items" in err
    check_index(old_store)
    speeches = ids(old_store, "Заявление")
    assert len(speeches) == 30
