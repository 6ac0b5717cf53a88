"""One write path: text with the 'fi' ligature of a pasted PDF ("ﬁnancial") is found by
"financial" whichever way it reached the store: the services (the window's saves), `add`,
`edit`, an import, a bundle merged into another store, a revision restored, an undo."""

from __future__ import annotations

import json

from briefcase_app.domain.models import Kind, Speech
from briefcase_app.services.collection import open_store
from briefcase_app.services.records import RecordService
from briefcase_app.services.search import SearchService
from briefcase_app.services.undo import UndoHistory

LIGATURE = "Terrorist \ufb01nancing and \ufb01nancial flows"


def _found(path, item_id: str) -> bool:
    service = SearchService(path)
    try:
        return item_id in {h.id for h in service.search("financial financing").hits}
    finally:
        service.close()


def test_a_ligature_is_found_by_plain_letters_on_every_write_path(cli, tmp_path):
    path = tmp_path / "paths.db"
    with open_store(path, create=True) as store:
        records = RecordService(store)
        typed = Speech(title="Typed in the window", body=LIGATURE)
        UndoHistory.for_window(records).create(typed)  # the window's Ctrl+N, then typing
        records.update(
            Speech(id=typed.id, title=typed.title, body=LIGATURE + ".", created_at=typed.created_at)
        )
    assert _found(path, typed.id), "window"

    body = tmp_path / "body.md"
    body.write_text(LIGATURE + "\n", encoding="utf-8")
    added = json.loads(
        cli("add", "speech", "--title", "Added", "--body-file", body, "--json", "--store", path).out
    )
    assert _found(path, added["id"]), "add"

    plain = json.loads(cli("add", "fact", "--statement", "Plain words", "--json", "--store", path).out)
    assert not _found(path, plain["id"])
    assert cli("edit", "fact", plain["id"], "--statement", LIGATURE, "--store", path).code == 0
    assert _found(path, plain["id"]), "edit"

    assert cli("undo", "--store", path).code == 0  # back to "Plain words"
    assert not _found(path, plain["id"])
    assert cli("redo", "--store", path).code == 0
    assert _found(path, plain["id"]), "redo"

    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "memo.md").write_text(f"# Memo\n\n{LIGATURE}.\n", encoding="utf-8")
    assert cli("import", archive, "--store", path).code == 0
    with open_store(path) as store:
        memo = next(s for s in RecordService(store).items(Kind.SPEECH) if s.title == "Memo")
    assert _found(path, memo.id), "import"

    bundle, other = tmp_path / "all.briefcase", tmp_path / "other.db"
    assert cli("export", "bundle", bundle, "--store", path).code == 0
    assert cli("import", bundle, "--store", other).code == 0
    for item_id in (typed.id, added["id"], plain["id"], memo.id):
        assert _found(other, item_id), "bundle"

    with open_store(path) as store:
        records = RecordService(store)
        first = records.revisions(typed.id)[0]  # the text with the ligature
        # saves within minutes coalesce into one revision: make this one older, so the next is new
        store.db.execute(
            "UPDATE revisions SET created_at = '2020-01-01T00:00:00+00:00' WHERE id = ?", [first.id]
        )
        store.db.conn.commit()
        records.update(
            Speech(id=typed.id, title=typed.title, body="No match here", created_at=typed.created_at)
        )
        assert len(records.revisions(typed.id)) == 2
    assert not _found(path, typed.id)
    assert cli("revisions", typed.id, "--restore", first.id, "--store", path).code == 0
    assert _found(path, typed.id), "revision restored"
