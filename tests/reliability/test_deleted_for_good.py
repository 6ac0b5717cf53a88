"""Deleted for good is gone: after `trash --empty` the text is in none of the store file, its
WAL, the search index, the import ledger (source file names) or the backups folder."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from briefcase_app.domain.models import Kind
from briefcase_app.services.backups import Backups
from briefcase_app.services.records import RecordService
from briefcase_app.store import Store

pytestmark = pytest.mark.slow  # processes, kills or hundreds of pages: ./test -m 'not slow' skips it

ROOT = Path(__file__).resolve().parents[2]
SECRET = "zebraquokkafennec"
SOURCE_NAME = "ambassador-private-memo-7731"


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "briefcase_app", *args], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def every_file(store: Path) -> list[Path]:
    folder = store.with_name(store.name + "-backups")
    files = [p for p in store.parent.iterdir() if p.name.startswith(store.name)]
    return files + (list(folder.iterdir()) if folder.exists() else [])


def holding(store: Path, needle: str) -> list[str]:
    data = needle.encode()
    return [p.name for p in every_file(store) if p.is_file() and data in p.read_bytes()]


def test_empty_trash_leaves_no_trace_in_store_wal_index_ledger_or_backups(tmp_path):
    store_path = tmp_path / "s.db"
    assert cli("demo", "--store", str(store_path)).returncode == 0
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / f"{SOURCE_NAME}.md").write_text(f"# Memo\n\nThe {SECRET} line, kept private.\n")
    for n in range(40):  # real volume around it: other imported material stays
        (archive / f"note{n}.md").write_text(f"# Note {n}\n\nprecursor chemicals, item {n}\n")
    result = cli("import", str(archive), "--store", str(store_path))
    assert result.returncode == 0, result.stderr
    assert cli("backup", "--store", str(store_path)).returncode == 0
    with Store.open(store_path) as store:
        records = RecordService(store)
        (memo,) = [s for s in records.list(Kind.SPEECH) if s.title == "Memo"]
        records.edit(Kind.SPEECH, memo.id, body=f"The {SECRET} line, revised.")  # a revision too
        records.delete(Kind.SPEECH, memo.id)
    assert cli("backup", "--store", str(store_path)).returncode == 0
    assert holding(store_path, SECRET) and holding(store_path, SOURCE_NAME)

    result = cli("trash", "--empty", "--store", str(store_path))
    assert result.returncode == 0, result.stderr
    assert "Deleted for good: 1 item(s)" in result.stdout and "backup(s) rewritten" in result.stdout

    assert holding(store_path, SECRET) == [] and holding(store_path, SOURCE_NAME) == []
    with Store.open(store_path) as store:
        assert len(RecordService(store).list(Kind.SPEECH)) >= 40, "nothing else went"
        assert SECRET not in cli("search", SECRET, "--store", str(store_path)).stdout
    kept_notes = 0
    for info in Backups(store_path).list():  # every backup is still a good store, without the memo
        with Store.open(info.path, create=False) as copy:
            titles = [s.title for s in RecordService(copy).list(Kind.SPEECH)]
            assert "Memo" not in titles
            kept_notes += "Note 39" in titles
    assert kept_notes == 2, "the backups made after the import keep everything else"
