"""Upgrades: a newer Briefcase opens a store made by an older one (backed up first, then migrated);
an older Briefcase refuses a newer store and changes nothing.

Two old stores: tests/data/store_0005.db, written by Briefcase itself at schema 0005 (commit
e7b9cc8, the version before the search learnt word forms), and a store at the very first schema
(only migration 0001_initial applied, as the first version wrote it).
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database, Migrations

from briefcase_app.domain.errors import StoreError
from briefcase_app.domain.models import Kind
from briefcase_app.services.backups import Backups
from briefcase_app.services.records import RecordService
from briefcase_app.services.search import SearchService, reindex
from briefcase_app.store import Store, schema
from briefcase_app.store.backup import check_file
from briefcase_app.store.upgrade import REASON

OLD_0005 = Path(__file__).parent / "data" / "store_0005.db"
ALL = [m.name for m in schema.migrations._migrations]


def applied(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY rowid")]
    finally:
        conn.close()


def store_at_first_schema(path: Path) -> Path:
    """A store as the first version made it: 0001_initial only, one conference and one speech."""
    first = Migrations(schema.MIGRATION_SET)
    first._migrations = schema.migrations._migrations[:1]
    db = Database(path)
    first.apply(db)
    stamp = "2012-02-01T09:00:00+00:00"
    db["conferences"].insert(
        {"id": "c1", "title": "Old conference", "created_at": stamp, "updated_at": stamp}
    )
    db["speeches"].insert(
        {
            "id": "s1",
            "conference_id": "c1",
            "title": "Statement on precursor chemicals",
            "body": "Precursor chemicals must be controlled.",
            "language": "en",
            "status": "draft",
            "created_at": stamp,
            "updated_at": stamp,
        }
    )
    db.close()
    path.chmod(0o600)
    return path


@pytest.fixture
def old_0005(tmp_path) -> Path:
    path = tmp_path / "old.db"
    shutil.copyfile(OLD_0005, path)
    path.chmod(0o600)
    return path


def test_a_previous_release_store_is_backed_up_then_migrated(old_0005):
    before = applied(old_0005)
    assert "0006_search_stems" not in before
    with Store.open(old_0005) as store:
        upgrade = store.db.upgrade
        assert upgrade is not None and upgrade.migrations == tuple(m for m in ALL if m not in before)
        assert "0006_search_stems" in upgrade.migrations
        assert RecordService(store).count(Kind.SPEECH) == 30
    assert sorted(applied(old_0005)) == sorted(ALL)
    # the copy is the store as it was, whole, and `briefcase-app backups` lists it
    assert check_file(upgrade.backup) is None
    assert applied(upgrade.backup) == before
    [listed] = Backups(old_0005).list()
    assert listed.path == upgrade.backup and listed.reason == REASON
    # the next opening has nothing to upgrade and makes no copy
    with Store.open(old_0005) as store:
        assert store.db.upgrade is None
    assert len(Backups(old_0005).list()) == 1


def test_a_first_schema_store_runs_every_migration_and_keeps_its_material(tmp_path):
    path = store_at_first_schema(tmp_path / "first.db")
    assert applied(path) == ["0001_initial"]
    with Store.open(path) as store:
        assert store.db.upgrade.migrations == tuple(ALL[1:])
        reindex(store)
        speech = RecordService(store).list(Kind.SPEECH)[0]
        assert speech.title == "Statement on precursor chemicals"
    assert sorted(applied(path)) == sorted(ALL)
    assert applied(store.db.upgrade.backup) == ["0001_initial"]
    service = SearchService(path)
    try:
        assert [h.id for h in service.search("precursor").hits] == ["s1"]
    finally:
        service.close()


def test_the_command_line_opens_an_old_store_and_lists_the_backup(cli, old_0005):
    assert cli("list", "speeches", "--store", old_0005).code == 0
    code, out, _ = cli("backups", "--store", old_0005)
    assert code == 0 and REASON in out


def test_a_store_that_cannot_be_backed_up_is_not_migrated(old_0005):
    (old_0005.parent / "old.db-backups").write_text("a file where the backup folder goes")
    before = applied(old_0005)
    with pytest.raises(StoreError, match="could not be backed up before the upgrade.*not changed"):
        Store.open(old_0005)
    assert applied(old_0005) == before


def test_an_older_version_refuses_a_newer_store_and_makes_no_backup(tmp_path):
    path = tmp_path / "newer.db"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
            [schema.MIGRATION_SET, "0099_from_the_future", "2030-01-01"],
        )
    conn.close()
    with pytest.raises(StoreError, match="written by a newer version of Briefcase.*update Briefcase"):
        Store.open(path)
    assert not (tmp_path / "newer.db-backups").exists()


def test_a_new_store_is_not_an_upgrade(tmp_path):
    with Store.open(tmp_path / "new.db") as store:
        assert store.db.upgrade is None
    assert not (tmp_path / "new.db-backups").exists()
