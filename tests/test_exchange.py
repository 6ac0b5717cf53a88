"""Export to a folder and back; bundles between two stores, with conflicts."""

from __future__ import annotations

import os
import zipfile

import pytest

from briefcase_app.domain.models import MATERIAL_KINDS, Kind
from briefcase_app.services import exchange, folder_export
from briefcase_app.services.importing import ImportService
from briefcase_app.services.records import RecordService
from briefcase_app.store import Store


@pytest.fixture
def other(tmp_path):
    s = Store.open(tmp_path / "other.db")
    yield s
    s.close()


def snapshot(store, kinds=MATERIAL_KINDS):
    return {r.id: r.to_dict() for kind in kinds for r in store.list(kind)}


def test_export_folder_then_import_gives_the_same_items(store, records, demo, other, tmp_path):
    speech = store.list(Kind.SPEECH)[0]
    records.edit(Kind.SPEECH, speech.id, tags=["vienna", "кз"], target_minutes=7, speaker="Ерлан Идрисов")
    records.create(
        type(speech)(
            title="Library speech: «Ұлы дала»", body="# Сәлем\n\n| a | b |\n|---|---|\n", language="kk"
        )
    )
    written = folder_export.export_folder(store, tmp_path / "out")
    kinds = (Kind.CONFERENCE, *MATERIAL_KINDS)
    assert len(written) == len(snapshot(store, kinds)) and all(p.suffix == ".md" for p in written)
    assert oct(os.stat(written[0]).st_mode & 0o777) == "0o600"
    report = ImportService(other).run([tmp_path / "out"])
    assert report.failed == [] and len(report.imported) == len(written)
    assert snapshot(other, kinds) == snapshot(store, kinds)  # conferences with city, dates, description


def test_export_folder_of_one_conference_and_reimport_adds_nothing(store, demo, tmp_path):
    RecordService(store).create(type(store.list(Kind.SPEECH)[0])(title="Elsewhere", body="x"))
    written = folder_export.export_folder(store, tmp_path / "out", conference=demo.title)
    assert all("library" not in str(p) for p in written)
    before = snapshot(store)
    report = ImportService(store).run([tmp_path / "out"])
    assert report.imported == [] and {m["outcome"] for m in report.merged} == {"unchanged"}
    assert snapshot(store) == before


def test_a_bundle_moves_a_conference_to_another_store(store, demo, other, tmp_path):
    bundle = tmp_path / "vienna.briefcase"
    count = exchange.export_bundle(store, bundle, conference=demo.title)
    assert oct(os.stat(bundle).st_mode & 0o777) == "0o600" and count > 10
    report = ImportService(other).run([bundle])
    assert report.failed == [] and report.conflicts == [] and len(report.imported) == count
    kinds = (Kind.CONFERENCE, Kind.PERSON, Kind.PROGRAMME, *MATERIAL_KINDS, Kind.PACK)
    moved = {k: v for k, v in snapshot(store, kinds).items() if v.get("conference_id", demo.id) == demo.id}
    assert snapshot(other, kinds) == moved and other.count(Kind.POINT, library=True) == 0
    assert len(other.participants(demo.id)) == len(store.participants(demo.id))
    again = ImportService(other).run([bundle])
    assert again.imported == [] and {m["outcome"] for m in again.merged} == {"unchanged"}


def test_an_edit_on_one_side_only_is_an_update_not_a_conflict(store, demo, other, tmp_path):
    exchange.export_bundle(store, tmp_path / "1.briefcase", conference=demo.title)
    ImportService(other).run([tmp_path / "1.briefcase"])
    speech = store.list(Kind.SPEECH)[0]
    RecordService(store).edit(Kind.SPEECH, speech.id, status="cleared")
    exchange.export_bundle(store, tmp_path / "2.briefcase", conference=demo.title)
    report = ImportService(other).run([tmp_path / "2.briefcase"])
    assert report.conflicts == []
    assert [m["id"] for m in report.merged if m["outcome"] == "updated"] == [speech.id]
    assert other.get(Kind.SPEECH, speech.id).status.value == "cleared"
    back = ImportService(store).run([tmp_path / "1.briefcase"])  # the older bundle changes nothing
    assert back.conflicts == [] and store.get(Kind.SPEECH, speech.id).status.value == "cleared"


@pytest.mark.parametrize("later", ["theirs", "ours"])
def test_edits_on_both_sides_are_a_conflict_the_newer_wins(store, demo, other, tmp_path, later):
    exchange.export_bundle(store, tmp_path / "1.briefcase", conference=demo.title)
    ImportService(other).run([tmp_path / "1.briefcase"])
    speech = store.list(Kind.SPEECH)[0]
    edits = [(store, "Sent from here."), (other, "Edited there.")]
    for where, body in edits if later == "theirs" else edits[::-1]:
        RecordService(where).edit(Kind.SPEECH, speech.id, body=body)
    exchange.export_bundle(store, tmp_path / "2.briefcase", conference=demo.title)
    report = ImportService(other).run([tmp_path / "2.briefcase"])
    winner = "local" if later == "theirs" else "incoming"
    assert [(c["id"], c["winner"]) for c in report.conflicts] == [(speech.id, winner)]
    newer = "Edited there." if later == "theirs" else "Sent from here."
    assert other.get(Kind.SPEECH, speech.id).body == newer
    kept = [r.data["body"] for r in other.revisions(speech.id)]
    assert kept[0] == newer and {"Sent from here.", "Edited there."} <= set(kept)
    # sent back, the resolution is taken as it is: no second conflict
    exchange.export_bundle(other, tmp_path / "3.briefcase", conference=demo.title)
    back = ImportService(store).run([tmp_path / "3.briefcase"])
    assert back.conflicts == [] and store.get(Kind.SPEECH, speech.id).body == newer
    assert store.revisions(speech.id)[0].data["body"] == newer


@pytest.mark.parametrize(
    "content",
    [
        b"not a zip",
        None,
        {"bundle.json": b"{}"},
        {"bundle.json": b'{"format": "briefcase-bundle", "version": 99}'},
        {
            "bundle.json": b'{"format": "briefcase-bundle", "version": 1, "records": {"speech": [{"title": ""}]}}'
        },
    ],
)
def test_a_bad_bundle_is_a_line_in_the_report(store, tmp_path, content):
    path = tmp_path / "bad.briefcase"
    if isinstance(content, dict):
        with zipfile.ZipFile(path, "w") as z:
            for name, data in content.items():
                z.writestr(name, data)
    elif content is not None:
        path.write_bytes(content)
    else:
        path.write_bytes(b"")
    (tmp_path / "ok.txt").write_text("Still imported")
    report = ImportService(store).run([tmp_path])
    assert len(report.imported) == 1 and report.failed[0]["file"].endswith("bad.briefcase")
    assert store.count(Kind.SPEECH) == 1
