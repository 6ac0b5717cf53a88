"""Undo below the window: `briefcase-app undo` / `redo` take back the command line's own changes
in later runs, refuse to lose a later change, and forget what was deleted for good."""

from __future__ import annotations

import json

import pytest

from briefcase_app.domain.models import Fact, Kind, Person, Role, Speech
from briefcase_app.services.collection import open_store
from briefcase_app.services.records import RecordService
from briefcase_app.services.undo import CLI_ORIGIN, UndoHistory, UndoRefused
from briefcase_app.store.undo_log import KEEP


@pytest.fixture
def run(cli, demo_store):
    """run(*argv) -> (code, out, err) of `briefcase-app ARGV --store <the demo store>`."""
    return lambda *argv: cli(*argv, "--store", demo_store)


def _speeches(path) -> dict[str, str]:
    with open_store(path) as store:
        return {s.id: s.title for s in RecordService(store).items(Kind.SPEECH)}


def test_undo_and_redo_of_commands_in_later_runs(run, demo_store, tmp_path):
    body = tmp_path / "body.md"
    body.write_text("Казахстан поддерживает Парижский пакт.\n", encoding="utf-8")
    before = _speeches(demo_store)
    code, out, _ = run("add", "speech", "--title", "Прекурсоры", "--body-file", str(body), "--json")
    assert code == 0
    speech_id = json.loads(out)["id"]
    assert run("edit", "speech", speech_id, "--title", "Прекурсоры 2009")[0] == 0
    assert run("delete", "speech", speech_id)[0] == 0

    code, out, _ = run("undo", "--list", "--json")
    assert [e["action"] for e in json.loads(out)] == ["delete", "edit", "create"]

    assert "Undone: Delete “Прекурсоры 2009”" in run("undo")[1]
    assert _speeches(demo_store)[speech_id] == "Прекурсоры 2009"
    assert "Undone: Edit" in run("undo")[1]
    assert _speeches(demo_store)[speech_id] == "Прекурсоры"
    run("undo")
    assert _speeches(demo_store) == before  # the new speech is in the Trash again
    code, _, err = run("undo")
    assert code == 1 and "nothing to undo" in err

    for _ in range(2):
        assert run("redo")[0] == 0
    assert _speeches(demo_store)[speech_id] == "Прекурсоры 2009"
    # a new change ends what could be redone
    assert run("edit", "speech", speech_id, "--speaker", "K. Abdrakhmanov")[0] == 0
    code, _, err = run("redo")
    assert code == 1 and "nothing to redo" in err


def test_undo_refuses_to_lose_a_later_change_and_moves_on(run, demo_store):
    speech_id = next(iter(_speeches(demo_store)))
    run("edit", "speech", speech_id, "--title", "First title")
    run("copy", "speech", speech_id)
    with open_store(demo_store) as store:  # the window (another history) changes it after
        UndoHistory.for_window(RecordService(store)).edit(Kind.SPEECH, speech_id, title="Window title")
    assert "Undone: Copy" in run("undo")[1]
    code, _, err = run("undo")
    assert code == 1
    assert "was changed after this" in err and "Nothing was changed" in err
    assert _speeches(demo_store)[speech_id] == "Window title"
    code, out, _ = run("undo", "--list")
    assert "Edit" not in out  # taken off the list: it can never be undone


def test_each_origin_undoes_its_own(demo_store):
    with open_store(demo_store) as store:
        records = RecordService(store)
        window = UndoHistory.for_window(records)
        command_line = UndoHistory(records, CLI_ORIGIN)
        fact = Fact(statement="Opium seizures rose in 2011", source="UNODC")
        window.create(fact)
        command_line.delete(Kind.SPEECH, records.items(Kind.SPEECH)[0].id)
        step = window.undo()
        assert step.entry.action == "create" and records.find(Kind.FACT, fact.id) is None
        assert command_line.next_undo().action == "delete"
        # a new window session starts empty, and its first change forgets the old session's
        later = UndoHistory.for_window(records)
        assert later.next_undo() is None and later.next_redo() is None
        later.create(Fact(statement="A later fact", source="MFA"))
        assert window.next_redo() is None
        assert command_line.next_undo() is not None


def test_people_roles_and_removal_undo(demo_store):
    with open_store(demo_store) as store:
        records = RecordService(store)
        history = UndoHistory(records)
        conference = records.items(Kind.CONFERENCE)[0]
        people = records.people_in(conference.id)
        part, person = people[0]
        history.set_role(conference.id, person.id, Role.COUNTERPART)
        history.remove_participant(conference.id, person.id)
        assert person.id not in [p.id for _r, p in records.people_in(conference.id)]
        history.undo()
        history.undo()
        roles = {p.id: r.role for r, p in records.people_in(conference.id)}
        assert roles[person.id] is part.role
        added, _ = history.add_participant(conference.id, Person(name="Новый Человек"), Role.SPEAKER)
        history.undo()
        assert records.find(Kind.PERSON, added.id) is None  # created here: back to the Trash
        history.redo()
        assert added.id in [p.id for _r, p in records.people_in(conference.id)]


def test_undo_of_a_conference_delete_brings_back_its_material(demo_store):
    with open_store(demo_store) as store:
        records = RecordService(store)
        history = UndoHistory(records)
        conference = records.items(Kind.CONFERENCE)[0]
        counts = {k: records.count_in(k, conference.id) for k in (Kind.SPEECH, Kind.POINT, Kind.FACT)}
        history.delete(Kind.CONFERENCE, conference.id)
        assert records.count_in(Kind.SPEECH, conference.id) == 0
        history.undo()
        assert {k: records.count_in(k, conference.id) for k in counts} == counts


def test_history_is_bounded_per_origin(store):
    records = RecordService(store)
    history = UndoHistory(records)
    speech = Speech(title="Reordered many times", body="x")
    history.create(speech)
    for i in range(KEEP + 30):
        history.edit(Kind.SPEECH, speech.id, title=f"Title {i}")
    assert len(history.entries(limit=10_000)) == KEEP
    assert history.entries(limit=1)[0].title == f"Title {KEEP + 29}"


def test_deleting_for_good_forgets_the_undo_entries_that_held_the_text(run, demo_store, tmp_path):
    secret = "Встреча с министром отменена по соображениям безопасности"
    body = tmp_path / "secret.md"
    body.write_text(secret + "\n", encoding="utf-8")
    code, out, _ = run("add", "speech", "--title", "Secret note", "--body-file", str(body), "--json")
    speech_id = json.loads(out)["id"]
    run("edit", "speech", speech_id, "--title", "Renamed note")  # the undo keeps the old text
    run("delete", "speech", speech_id)
    assert run("trash", "--empty")[0] == 0
    raw = b"".join(
        p.read_bytes()
        for p in demo_store.parent.iterdir()
        if p.is_file() and p.name.startswith(demo_store.name)
    )
    assert secret.encode("utf-8") not in raw and b"Secret note" not in raw
    code, out, _ = run("undo", "--list", "--json")
    assert speech_id not in out and all(e["title"] != "Renamed note" for e in json.loads(out))


def test_an_undo_step_that_cannot_be_done_is_refused_in_one_sentence(store):
    records = RecordService(store)
    history = UndoHistory(records)
    fact = Fact(statement="To be erased", source="MFA")
    history.create(fact)
    records.delete(Kind.FACT, fact.id)
    records.purge(Kind.FACT, fact.id, in_backups=False)  # the create's entry goes with it
    with pytest.raises(UndoRefused, match="nothing to undo"):
        history.undo()
