"""Store round trips of every kind, trash and restore, purge, revisions."""

from __future__ import annotations

import datetime as dt

import pytest

from briefcase_app.domain.errors import NotFoundError
from briefcase_app.domain.models import (
    Conference,
    Fact,
    Kind,
    Pack,
    PackSection,
    Participant,
    Person,
    PointKind,
    ProgrammeItem,
    Role,
    SectionKind,
    Speech,
    SpeechStatus,
    TalkingPoint,
)
from briefcase_app.store import revisions as revisions_module
from briefcase_app.store import store as store_module


@pytest.fixture
def conference(store):
    return store.insert(
        Conference(
            title="Summit", city="Astana", start_date=dt.date(2024, 5, 1), end_date=dt.date(2024, 5, 2)
        )
    )


def samples(conference_id):
    return [
        Person(name="Айгерим Сейткали", position="Первый секретарь", country="KZ", biography="Bio **x**"),
        ProgrammeItem(
            conference_id=conference_id,
            title="Opening",
            starts_at=dt.datetime(2024, 5, 1, 9, 30),
            ends_at=dt.datetime(2024, 5, 1, 10, 0),
            place="Hall",
        ),
        Speech(
            conference_id=conference_id,
            title="Statement",
            speaker="Minister",
            date=dt.date(2024, 5, 1),
            language="kk",
            status=SpeechStatus.CLEARED,
            target_minutes=7,
            body="# Қазақстан\n\nМәтін & <b>raw</b>",
            tags=["a", "b c"],
        ),
        TalkingPoint(
            conference_id=conference_id,
            topic="Budget",
            kind=PointKind.DEFENSIVE_QA,
            question="Why?",
            body="Because.",
            priority=1,
            tags=["budget"],
        ),
        Fact(statement="55 partners", source="MFA", as_of=dt.date(2012, 2, 17)),
        Pack(
            conference_id=conference_id,
            title="Pack",
            sections=[PackSection(SectionKind.SPEECHES, "Speeches", ["x"]), PackSection(SectionKind.PEOPLE)],
        ),
    ]


def test_every_kind_round_trips(store, conference):
    assert store.get(Kind.CONFERENCE, conference.id) == conference
    for record in samples(conference.id):
        store.insert(record)
        loaded = store.get(record.KIND, record.id)
        assert loaded == record, record.KIND
        assert loaded.created_at and loaded.updated_at


def test_update_changes_updated_at_only(store, conference):
    speech = store.insert(Speech(title="Draft", conference_id=conference.id))
    created = speech.created_at
    speech.body = "New text"
    store.update(speech)
    loaded = store.get(Kind.SPEECH, speech.id)
    assert loaded.body == "New text"
    assert loaded.created_at == created
    assert loaded.updated_at >= created


def test_list_filters_conference_library_and_tag(store, conference):
    in_conf = store.insert(Fact(statement="In", conference_id=conference.id, tags=["x"]))
    in_library = store.insert(Fact(statement="Library"))
    assert [f.id for f in store.list(Kind.FACT, conference_id=conference.id)] == [in_conf.id]
    assert [f.id for f in store.list(Kind.FACT, library=True)] == [in_library.id]
    assert [f.id for f in store.list(Kind.FACT, tag="x")] == [in_conf.id]
    assert store.count(Kind.FACT) == 2


def test_delete_moves_to_trash_and_restore_brings_back(store, conference):
    speech = store.insert(Speech(title="To delete", conference_id=conference.id))
    store.delete(Kind.SPEECH, speech.id)
    assert store.find(Kind.SPEECH, speech.id) is None
    assert [e.id for e in store.trash()] == [speech.id]
    store.restore(Kind.SPEECH, speech.id)
    assert store.get(Kind.SPEECH, speech.id).title == "To delete"
    assert store.trash() == []


def test_deleting_conference_takes_its_material_and_restores_it(store, conference):
    speech = store.insert(Speech(title="S", conference_id=conference.id))
    earlier = store.insert(Speech(title="Deleted before", conference_id=conference.id))
    store.delete(Kind.SPEECH, earlier.id)
    store.delete(Kind.CONFERENCE, conference.id)
    assert store.list(Kind.SPEECH) == []
    trash_ids = {e.id for e in store.trash()}
    assert trash_ids == {conference.id, earlier.id}, "material that went with it is not listed apart"
    with pytest.raises(NotFoundError, match="restore that first"):
        store.restore(Kind.SPEECH, earlier.id)
    store.restore(Kind.CONFERENCE, conference.id)
    assert [s.id for s in store.list(Kind.SPEECH)] == [speech.id], "only what went with it comes back"


def test_purge_removes_text_from_file(store, store_path, conference):
    secret = "ZEBRA-SECRET-" + "Q" * 40
    word = "Zanzibarquuxtoken"  # as the search index keeps it: one folded token
    speech = store.insert(Speech(title="Secret", conference_id=conference.id, body=f"{secret} {word}"))
    speech.body = secret + " edited"
    store.update(speech)
    store.delete(Kind.SPEECH, speech.id)
    store.empty_trash()
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = store_path.read_bytes()
    wal = store_path.with_name(store_path.name + "-wal")
    raw += wal.read_bytes() if wal.exists() else b""
    assert secret.encode() not in raw
    assert word.lower().encode() not in raw.lower(), "no token of it is left in the search index"
    assert store.revisions(speech.id) == []


def test_purge_conference_deletes_children(store, conference):
    person = store.insert(Person(name="P"))
    store.add_participant(Participant(conference_id=conference.id, person_id=person.id, role=Role.SPEAKER))
    store.insert(Speech(title="S", conference_id=conference.id))
    store.delete(Kind.CONFERENCE, conference.id)
    store.empty_trash()
    assert store.db.execute("SELECT count(*) FROM speeches").fetchone()[0] == 0
    assert store.db.execute("SELECT count(*) FROM participants").fetchone()[0] == 0
    assert store.get(Kind.PERSON, person.id).name == "P", "people outlive conferences"


def test_update_of_deleted_item_fails(store, conference):
    speech = store.insert(Speech(title="S", conference_id=conference.id))
    store.delete(Kind.SPEECH, speech.id)
    speech.body = "late edit"
    with pytest.raises(NotFoundError, match="no longer there"):
        store.update(speech)


def test_revisions_coalesce_within_window_and_restore(store, conference, monkeypatch):
    speech = store.insert(Speech(title="Rev", conference_id=conference.id, body="one"))
    speech.body = "two"
    store.update(speech)
    assert [r.data["body"] for r in store.revisions(speech.id)] == ["two"], "quick saves coalesce"
    monkeypatch.setattr(revisions_module, "REVISION_COALESCE_SECONDS", -1)
    speech.body = "three"
    store.update(speech)
    store.update(speech)  # unchanged: no new revision
    assert [r.data["body"] for r in store.revisions(speech.id)] == ["three", "two"]


def test_participants_in_order(store, conference):
    a = store.insert(Person(name="A"))
    b = store.insert(Person(name="B"))
    store.add_participant(Participant(conference_id=conference.id, person_id=b.id, position=0))
    store.add_participant(Participant(conference_id=conference.id, person_id=a.id, position=1))
    assert [p.name for _, p in store.participants(conference.id)] == ["B", "A"]


def test_foreign_key_enforced(store):
    import sqlite3

    with pytest.raises(sqlite3.IntegrityError):
        store.insert(Speech(title="Orphan", conference_id="no-such-conference"))
    assert store.count(Kind.SPEECH) == 0


def test_transaction_is_all_or_nothing(store, conference):
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.insert(Speech(title="A", conference_id=conference.id))
            raise RuntimeError("boom")
    assert store.count(Kind.SPEECH) == 0


def test_list_sorted_by_a_column_pages_in_index_order(store, conference):
    import random

    rng = random.Random(7)
    words = ["alpha", "Bravo", "charlie", "Delta", "echo", "Foxtrot", "golf", "Hotel"]
    for _i in range(40):
        title = f"{rng.choice(words)} {rng.choice(words)}"
        day = dt.date(2010, 1, 1) + dt.timedelta(days=rng.randrange(30))  # many ties
        store.insert(Speech(conference_id=conference.id, title=title, speaker=rng.choice(words), date=day))
    store.insert(Speech(title="aaa in the Library"))
    store.insert(Speech(conference_id=conference.id, title="AAA trashed"))
    store.delete(Kind.SPEECH, store.list(Kind.SPEECH, conference_id=conference.id, order="title")[0].id)

    def pages(order):
        out = []
        for offset in range(0, 50, 7):
            out += store.list(
                Kind.SPEECH,
                conference_id=conference.id,
                order=order,
                limit=7,
                offset=offset,
                without_text=True,
            )
        return out

    by_title = pages("title")
    assert len({s.id for s in by_title}) == len(by_title) == 40  # no row twice, none lost
    keys = [s.title.casefold() for s in by_title]
    assert keys == sorted(keys) and keys != [s.title for s in by_title]  # case does not matter
    assert [s.id for s in pages("title desc")] == [s.id for s in reversed(by_title)]
    dates = [s.date for s in pages("date DESC")]
    assert dates == sorted(dates, reverse=True)
    assert [s.title for s in store.list(Kind.SPEECH, library=True, order="title")] == ["aaa in the Library"]
    points = [
        TalkingPoint(conference_id=conference.id, topic=t, question=q) for t, q in [("b", ""), ("c", "A?")]
    ]
    for point in points:
        store.insert(point)
    # the list's Topic column shows the topic (not a defensive Q&A's question) and sorts by it
    assert [p.topic for p in store.list(Kind.POINT, order="topic")] == ["b", "c"]

    for bad in ("title; DROP TABLE speeches", "body", "title sideways", "title desc x", "", "rowid"):
        with pytest.raises(ValueError):
            store.list(Kind.SPEECH, order=bad)
    assert store.count(Kind.SPEECH) == 41

    for order in ("title", "speaker desc", "date"):  # served by an index: no sort of every row
        sql = (
            "EXPLAIN QUERY PLAN SELECT id FROM speeches WHERE deleted_at IS NULL AND conference_id = ? "
            f"ORDER BY {store_module.order_clause(Kind.SPEECH, order)} LIMIT 200 OFFSET 400"
        )
        plan = " ".join(row[3] for row in store.db.execute(sql, [conference.id]).fetchall())
        assert "USING INDEX idx_speeches_sort_" in plan and "TEMP B-TREE" not in plan, plan
