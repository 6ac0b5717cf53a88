"""Pre-flight: each finding names the item (kind + id) a careful officer would look at."""

from __future__ import annotations

import datetime as dt

import pytest

from briefcase_app.domain.models import Conference, Fact, Kind, Pack, PackSection, SectionKind, Speech
from briefcase_app.services.packs import PreflightFailed, assemble_pack, export_pack, find_pack
from briefcase_app.services.preflight import PLACEHOLDER, preflight

TODAY = dt.date(2026, 11, 29)


def findings_for(records, conference, today=TODAY, **kw):
    pack = find_pack(records.store, conference, None)
    content, missing = assemble_pack(records.store, conference, pack, **kw)
    return missing + preflight(content, today=today)


def test_demo_findings_name_kind_and_id(records, demo):
    found = findings_for(records, demo)
    by_message = {(f.kind, f.message) for f in found}
    assert (Kind.PROGRAMME, "placeholder TBC left in notes") in by_message
    assert (Kind.PERSON, "placeholder TBC left in biography") in by_message
    assert (Kind.POINT, "placeholder XX left in body") in by_message
    assert (Kind.FACT, "no source") in by_message
    stale = [f for f in found if "older than 12 months" in f.message]
    assert len(stale) == 10
    for f in found:
        assert records.store.find(f.kind, f.item_id) is not None  # the window can open it
        assert f.item_id in str(f) and f.kind.value in str(f)


def test_fact_age_is_measured_from_today_and_settable(records, demo):
    assert not [
        f for f in findings_for(records, demo, today=dt.date(2012, 3, 1)) if "older than" in f.message
    ]
    pack = find_pack(records.store, demo, None)
    content, _ = assemble_pack(records.store, demo, pack)
    assert (
        len(
            [f for f in preflight(content, today=TODAY, max_fact_age_months=200) if "older than" in f.message]
        )
        == 0
    )


def test_empty_sections_and_long_speeches(records, tmp_path):
    conference = Conference(title="Empty conference")
    records.create(conference)
    speech = Speech(title="Long", body="word " * 700, target_minutes=2, conference_id=conference.id)
    records.create(speech)
    records.create(
        Fact(statement="A fact [...] to finish", source="", as_of=None, conference_id=conference.id)
    )
    found = findings_for(records, conference)
    messages = [str(f) for f in found]
    for section in ("Programme", "People", "Objectives and key messages", "Lines to take"):
        assert any(f"section {section!r} is empty" in m for m in messages)
    assert any(
        f.kind is Kind.SPEECH and f.item_id == speech.id and "over its target of 2 min" in f.message
        for f in found
    )
    assert any("placeholder [...] left in statement" in m for m in messages)
    assert any("no as-of date" in m for m in messages)


def test_items_named_by_a_pack_but_deleted_are_reported(records, demo):
    fact = records.store.list(Kind.FACT, conference_id=demo.id)[0]
    pack = Pack(
        conference_id=demo.id, title="P", sections=[PackSection(SectionKind.BACKGROUND, "", [fact.id])]
    )
    records.create(pack)
    records.delete(Kind.FACT, fact.id)
    _, missing = assemble_pack(records.store, demo, pack)
    assert [(f.kind, f.item_id) for f in missing] == [(Kind.FACT, fact.id)]


def test_strict_stops_the_export_and_writes_nothing(records, demo, tmp_path):
    target = tmp_path / "pack.pdf"
    with pytest.raises(PreflightFailed) as err:
        export_pack(records.store, demo, target, strict=True, today=TODAY)
    assert err.value.findings and not target.exists()
    assert [p for p in tmp_path.iterdir() if "pack" in p.name] == []


def test_without_strict_the_export_proceeds_and_returns_findings(records, demo, tmp_path):
    result = export_pack(records.store, demo, tmp_path / "pack.pdf", today=TODAY)
    assert result.path.exists() and result.findings


@pytest.mark.parametrize("text", ["TBC", "date tbc", "XX", "XXXX", "[...]", "[…]", "[ .. ]", "TBA", "???"])
def test_placeholders_found(text):
    assert PLACEHOLDER.search(text.replace("tbc", "TBC"))


@pytest.mark.parametrize("text", ["XXL", "Xx", "TBCs", "[see above]", "?", "Mr. X"])
def test_words_that_are_not_placeholders(text):
    assert not PLACEHOLDER.search(text)


def test_characters_no_font_has_are_found_before_the_export(records, demo):
    from briefcase_app.domain.models import TalkingPoint

    point = TalkingPoint(topic="Thanks 👍", body="会议 in Vienna", conference_id=demo.id)
    records.create(point)
    found = [f for f in findings_for(records, demo) if f.item_id == point.id]
    messages = " ".join(f.message for f in found)
    assert "no font here has 会 (U+4F1A" in messages and "the export will fail" in messages
    assert "👍 (U+1F44D THUMBS UP SIGN) will be printed as the name" in messages


def test_no_character_findings_for_the_demo(records, demo):
    assert not [f for f in findings_for(records, demo) if "font" in f.message or "printed as" in f.message]
