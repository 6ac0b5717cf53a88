"""Deleted for good is gone: after `trash --empty` the text is in none of the store file, its
WAL, the search index, the import ledger (source file names) or the backups folder."""

from __future__ import annotations

from pathlib import Path

from briefcase_app.domain.models import Kind
from briefcase_app.services.backups import Backups
from briefcase_app.services.records import RecordService
from briefcase_app.store import Store

SECRET = "zebraquokkafennec"
SOURCE_NAME = "ambassador-private-memo-7731"


def every_file(store: Path) -> list[Path]:
    folder = store.with_name(store.name + "-backups")
    files = [p for p in store.parent.iterdir() if p.name.startswith(store.name)]
    return files + (list(folder.iterdir()) if folder.exists() else [])


def holding(store: Path, needle: str) -> list[str]:
    data = needle.encode()
    return [p.name for p in every_file(store) if p.is_file() and data in p.read_bytes()]


def test_empty_trash_leaves_no_trace_in_store_wal_index_ledger_or_backups(cli, demo_store, tmp_path):
    store_path = demo_store
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / f"{SOURCE_NAME}.md").write_text(f"# Memo\n\nThe {SECRET} line, kept private.\n")
    for n in range(40):  # real volume around it: other imported material stays
        (archive / f"note{n}.md").write_text(f"# Note {n}\n\nprecursor chemicals, item {n}\n")
    result = cli("import", archive, "--store", store_path)
    assert result.code == 0, result.err
    assert cli("backup", "--store", store_path).code == 0
    with Store.open(store_path) as store:
        records = RecordService(store)
        (memo,) = [s for s in records.list(Kind.SPEECH) if s.title == "Memo"]
        records.edit(Kind.SPEECH, memo.id, body=f"The {SECRET} line, revised.")  # a revision too
        records.delete(Kind.SPEECH, memo.id)
    assert cli("backup", "--store", store_path).code == 0
    assert holding(store_path, SECRET) and holding(store_path, SOURCE_NAME)

    result = cli("trash", "--empty", "--store", store_path)
    assert result.code == 0, result.err
    assert "Deleted for good: 1 item(s)" in result.out and "backup(s) rewritten" in result.out

    assert holding(store_path, SECRET) == [] and holding(store_path, SOURCE_NAME) == []
    with Store.open(store_path) as store:
        assert len(RecordService(store).list(Kind.SPEECH)) >= 40, "nothing else went"
        assert SECRET not in cli("search", SECRET, "--store", store_path).out
    kept_notes = 0
    for info in Backups(store_path).list():  # every backup is still a good store, without the memo
        with Store.open(info.path, create=False) as copy:
            titles = [s.title for s in RecordService(copy).list(Kind.SPEECH)]
            assert "Memo" not in titles
            kept_notes += "Note 39" in titles
    assert kept_notes == 2, "the backups made after the import keep everything else"
