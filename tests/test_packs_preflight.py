"""Pre-flight: each finding names the item (kind + id) a careful officer would look at."""

from __future__ import annotations

import datetime as dt

import pytest

from briefcase_app.domain.models import (
    Conference,
    Fact,
    Kind,
    Pack,
    PackSection,
    SectionKind,
    Speech,
    SpeechStatus,
    TalkingPoint,
)
from briefcase_app.pdf.content import PackContent, SectionContent
from briefcase_app.services.packs import PreflightFailed, assemble_pack, export_pack, find_pack
from briefcase_app.services.preflight import (
    PLACEHOLDER,
    Severity,
    blocking,
    group_findings,
    preflight,
    report_lines,
)

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
    point = TalkingPoint(topic="Thanks 👍", body="ꚠ in Vienna", conference_id=demo.id)  # Bamum: no font here
    records.create(point)
    found = [f for f in findings_for(records, demo) if f.item_id == point.id]
    messages = " ".join(f.message for f in found)
    assert "no font here has ꚠ (U+A6A0" in messages and "the export will fail" in messages
    assert "👍 (U+1F44D THUMBS UP SIGN) will be printed as the name" in messages


def test_no_character_findings_for_the_demo(records, demo):
    assert not [f for f in findings_for(records, demo) if "font" in f.message or "printed as" in f.message]


# ---- severity and groups: what matters first, one line per kind of finding -------------------


def test_a_draft_speech_in_the_pack_is_blocking(records, demo):
    speech = Speech(title="Draft remarks", body="Thank you.", conference_id=demo.id)  # draft by default
    records.create(speech)
    found = [f for f in findings_for(records, demo) if f.item_id == speech.id]
    assert [(f.rule.id, f.severity, f.message) for f in found] == [
        ("not_cleared", Severity.BLOCKING, "draft: not cleared")
    ]
    cleared = [s for s in records.store.list(Kind.SPEECH, conference_id=demo.id) if s.id != speech.id]
    assert cleared and not [
        f
        for f in findings_for(records, demo)
        if f.item_id in {s.id for s in cleared} and f.rule.id == "not_cleared"
    ]  # cleared and delivered speeches pass


@pytest.mark.parametrize("text", ["[to come]", "[To come]", "[ to follow ]", "TBD", "XXX"])
def test_more_placeholders_found(text):
    assert PLACEHOLDER.search(f"Figures {text} later")


def test_severity_of_each_rule(records, tmp_path):
    conference = Conference(title="Severities")
    records.create(conference)
    records.create(
        Speech(
            title="Long",
            body="word " * 700,
            target_minutes=2,
            status=SpeechStatus.CLEARED,
            conference_id=conference.id,
        )
    )
    records.create(Speech(title="Draft", body="TBC", conference_id=conference.id))
    records.create(Fact(statement="Old", source="", as_of=dt.date(2001, 1, 1), conference_id=conference.id))
    records.create(Fact(statement="Undated", source="MFA", conference_id=conference.id))
    severity = {f.rule.id: f.severity for f in findings_for(records, conference)}
    assert severity == {
        "placeholder": Severity.BLOCKING,
        "no_source": Severity.BLOCKING,
        "empty_section": Severity.BLOCKING,
        "not_cleared": Severity.BLOCKING,
        "over_time": Severity.ADVISORY,
        "old_fact": Severity.ADVISORY,
        "no_date": Severity.ADVISORY,
        "no_summary": Severity.ADVISORY,  # no steering brief opens the pack
    }


def _volume_content() -> tuple[PackContent, dict[str, int]]:
    """A pack of several hundred items (the 361-page pack's shape: mostly old facts)."""
    conference = Conference(title="Volume")
    old, recent = dt.date(2020, 1, 1), TODAY
    facts = [Fact(statement=f"Old fact {i}", source="MFA", as_of=old) for i in range(209)]
    facts += [Fact(statement=f"Unsourced fact {i}", source="", as_of=recent) for i in range(3)]
    facts += [Fact(statement=f"Undated fact {i}", source="MFA") for i in range(5)]
    facts += [Fact(statement=f"Good fact {i}", source="MFA", as_of=recent) for i in range(150)]
    cleared = SpeechStatus.CLEARED
    speeches = [Speech(title=f"Speech {i}", body="Thank you. " * 50, status=cleared) for i in range(20)]
    speeches += [Speech(title="Draft speech", body="Thank you.")]
    speeches += [
        Speech(title=f"Long {i}", body="word " * 700, target_minutes=2, status=cleared) for i in range(3)
    ]
    speeches += [Speech(title="Opening", body="Figures TBC.", status=cleared)]
    points = [TalkingPoint(topic=f"Topic {i}", body="We support the Pact.") for i in range(300)]
    points += [TalkingPoint(topic="Budget", body="The sum is [to come].")]
    sections = [
        SectionContent(PackSection(SectionKind.PROGRAMME), []),
        SectionContent(PackSection(SectionKind.LINES), points),
        SectionContent(PackSection(SectionKind.SPEECHES), speeches),
        SectionContent(PackSection(SectionKind.BACKGROUND), facts),
    ]
    pack = Pack(conference_id=conference.id, title="Volume pack")
    expected = {
        "placeholder": 2,
        "no_source": 3,
        "empty_section": 1,
        "not_cleared": 1,
        "over_time": 3,
        "old_fact": 209,
        "no_date": 5,
        "no_summary": 1,
    }
    return PackContent(conference, pack, sections, marking="OFFICIAL"), expected


def test_groups_at_volume_count_every_finding_once_blocking_first():
    content, expected = _volume_content()
    found = preflight(content, today=TODAY)
    groups = group_findings(found)
    assert {g.rule.id: g.count for g in groups} == expected
    assert sum(g.count for g in groups) == len(found) == sum(expected.values())
    assert [f for g in groups for f in g.findings] == sorted(
        found, key=lambda f: [g.rule.id for g in groups].index(f.rule.id)
    )  # nothing lost, nothing doubled; items keep the pack's order inside a group
    severities = [g.severity for g in groups]
    assert severities == sorted(severities, key=lambda s: s is not Severity.BLOCKING)
    assert [g.rule.id for g in groups][:4] == ["placeholder", "no_source", "empty_section", "not_cleared"]
    old = next(g for g in groups if g.rule.id == "old_fact")
    assert old.label == "209 facts older than 12 months"
    assert next(g for g in groups if g.rule.id == "not_cleared").label == "1 item not cleared (draft)"
    assert len(blocking(found)) == 7


def test_report_lines_show_counts_and_the_first_items_or_all():
    content, expected = _volume_content()
    groups = group_findings(preflight(content, today=TODAY))
    short = report_lines(groups, limit=3)
    assert short[0] == "Pre-flight: 7 blocking, 218 advisory"
    assert "  blocking  209 facts older than 12 months" not in short
    assert "  advisory  209 facts older than 12 months" in short
    assert "    ... and 206 more (--verbose lists them all)" in short
    assert len(short) < 40
    full = report_lines(groups, limit=None)
    assert sum(1 for line in full if line.startswith("    - ")) == sum(expected.values())
    assert report_lines([], limit=3) == ["Pre-flight: nothing to report."]


def test_strict_refuses_only_on_blocking_findings_and_says_which_in_one_line(records, demo, tmp_path):
    with pytest.raises(PreflightFailed) as err:
        export_pack(records.store, demo, tmp_path / "pack.pdf", strict=True, today=TODAY)
    message = str(err.value)
    assert "\n" not in message and message.endswith("export stopped (--strict)")
    assert "fact without a source" in message and "older than" not in message  # advisory: not a reason
    fact = Fact(statement="Sourced but old", source="MFA", as_of=dt.date(2001, 1, 1), conference_id=demo.id)
    records.create(fact)
    pack = Pack(
        conference_id=demo.id,
        title="Old facts",
        sections=[PackSection(SectionKind.BACKGROUND, "", [fact.id])],
    )
    records.create(pack)
    result = export_pack(
        records.store, demo, tmp_path / "old.pdf", pack_ref=pack.id, strict=True, today=TODAY
    )
    assert result.path.exists()
    assert [(f.rule.id, f.blocking) for f in result.findings] == [("old_fact", False), ("no_summary", False)]


def test_an_item_the_pack_names_but_is_gone_is_blocking(records, demo):
    fact = records.store.list(Kind.FACT, conference_id=demo.id)[0]
    pack = Pack(
        conference_id=demo.id, title="P", sections=[PackSection(SectionKind.BACKGROUND, "", [fact.id])]
    )
    records.create(pack)
    records.delete(Kind.FACT, fact.id)
    _, missing = assemble_pack(records.store, demo, pack)
    assert [(f.rule.id, f.blocking) for f in missing] == [("missing", True)]
