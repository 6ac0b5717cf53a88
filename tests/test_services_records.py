"""RecordService: validation with clear messages, Changes, copying, revisions, people."""

from __future__ import annotations

import datetime as dt

import pytest

from briefcase_app.domain.errors import NotFoundError, ValidationError
from briefcase_app.domain.models import Conference, Fact, Kind, Person, Role, Speech, TalkingPoint


@pytest.mark.parametrize(
    "record, message",
    [
        (Conference(title="  "), "title cannot be empty"),
        (
            Conference(title="X", start_date=dt.date(2024, 5, 2), end_date=dt.date(2024, 5, 1)),
            "before the start",
        ),
        (Speech(title=""), "title cannot be empty"),
        (Speech(title="S", target_minutes=0), "positive"),
        (TalkingPoint(topic="T", priority=7), "priority"),
        (Fact(statement=""), "statement cannot be empty"),
        (Person(name=""), "name cannot be empty"),
        (Speech(title="x" * 501), "longer than"),
    ],
)
def test_invalid_records_are_refused_and_nothing_written(records, record, message):
    with pytest.raises(ValidationError, match=message):
        records.create(record)
    assert records.store.count(record.KIND) == 0


def test_create_returns_changes(records):
    conference = Conference(title="C")
    changes = records.create(conference)
    assert changes.touches(Kind.CONFERENCE) and conference.id in changes.created


def test_unknown_conference_is_refused(records):
    with pytest.raises(NotFoundError):
        records.create(Speech(title="S", conference_id="missing"))


def test_resolve_conference_by_id_title_short_title(records, demo):
    assert records.resolve_conference(demo.id).id == demo.id
    assert records.resolve_conference("third ministerial conference of the paris pact partners").id == demo.id
    assert records.resolve_conference("Paris Pact Vienna 2012").id == demo.id
    with pytest.raises(NotFoundError, match="no conference called"):
        records.resolve_conference("Geneva")


def test_two_conferences_with_one_title_ask_for_an_id(records):
    records.create(Conference(title="Summit"))
    records.create(Conference(title="Summit"))
    with pytest.raises(ValidationError, match="use an id"):
        records.resolve_conference("Summit")


def test_edit_parses_values_and_rejects_bad_date(records, demo):
    speech = records.list(Kind.SPEECH, conference=demo.id)[0]
    updated, _ = records.edit(Kind.SPEECH, speech.id, date="2012-02-17", target_minutes="6")
    assert updated.date == dt.date(2012, 2, 17) and updated.target_minutes == 6
    with pytest.raises(ValidationError, match="not a date"):
        records.edit(Kind.SPEECH, speech.id, date="17/02/2012")
    assert records.get(Kind.SPEECH, speech.id).date == dt.date(2012, 2, 17)


def test_copy_to_library_keeps_origin(records, demo):
    point = records.list(Kind.POINT, conference=demo.id)[0]
    copy, changes = records.copy(Kind.POINT, point.id, None)
    assert copy.conference_id is None and copy.origin_id == point.id and copy.id != point.id
    assert copy.id in {p.id for p in records.list(Kind.POINT, library=True)}
    with pytest.raises(ValidationError):
        records.copy(Kind.CONFERENCE, demo.id, None)


def test_restore_revision(records, demo, monkeypatch):
    from briefcase_app.store import revisions as revisions_module

    monkeypatch.setattr(revisions_module, "REVISION_COALESCE_SECONDS", -1)
    speech = records.list(Kind.SPEECH, conference=demo.id)[0]
    original = speech.body
    records.edit(Kind.SPEECH, speech.id, body="Rewritten entirely")
    old = records.revisions(speech.id)[1]
    assert old.data["body"] == original
    restored, _ = records.restore_revision(old.id)
    assert records.get(Kind.SPEECH, speech.id).body == original
    assert len(records.revisions(speech.id)) == 3


def test_add_participant_reuses_person_by_name(records, demo):
    records.add_participant(demo.id, Person(name="kairat umarov"), Role.SPEAKER)
    people = [p for _, p in records.participants(demo.id)]
    assert [p.name for p in people].count("Kairat Umarov") == 2
    assert records.store.count(Kind.PERSON) == 4


def test_demo_is_idempotent_and_complete(records, demo):
    from briefcase_app.services.demo import fill_demo

    again = fill_demo(records)
    assert again.id == demo.id
    assert records.store.count(Kind.CONFERENCE) == 1
    speeches = records.list(Kind.SPEECH, conference=demo.id)
    assert any("Umarov" in s.title for s in speeches)
    assert {s.language for s in speeches} == {"en", "ru"}
    facts = records.list(Kind.FACT, conference=demo.id)
    bodies = " ".join(f.statement for f in facts)
    for figure in ("55", "260 million", "136 million", "Moscow", "2003", "CARICC", "Vienna Declaration"):
        assert figure in bodies
    points = records.list(Kind.POINT, conference=demo.id)
    assert any(p.language == "kk" for p in points)
    roles = {part.role for part, _ in records.participants(demo.id)}
    assert Role.HEAD_OF_DELEGATION in roles


def test_reorder_points_in_one_go(records, demo):
    points = records.list(Kind.POINT, conference=demo.id)
    wanted = [p.id for p in reversed(points)]
    changes = records.reorder(Kind.POINT, wanted)
    assert [p.id for p in records.list(Kind.POINT, conference=demo.id)] == wanted
    assert changes.touches(Kind.POINT)
    with pytest.raises(ValidationError):
        records.reorder(Kind.SPEECH, [])


def test_set_role_and_remove_participant(records, demo):
    part, person = records.participants(demo.id)[-1]
    records.set_role(part.id, Role.COUNTERPART)
    assert {p.id: pt.role for pt, p in records.participants(demo.id)}[person.id] is Role.COUNTERPART
    records.remove_participant(part.id)
    assert person.id not in {p.id for _, p in records.participants(demo.id)}
    assert records.get(Kind.PERSON, person.id).name == person.name, "the person stays"


def test_count_and_list_without_text(records, demo):
    assert records.count(Kind.SPEECH, conference=demo.id) == 2
    light = records.store.list(Kind.SPEECH, without_text=True)
    assert light and all(s.body == "" and s.title for s in light)
