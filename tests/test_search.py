"""Search over the demo store and over small hand-made stores: matching, filters, trash."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from briefcase_app.domain.errors import NotFoundError, ValidationError
from briefcase_app.domain.models import Conference, Fact, Kind, Person, Speech, TalkingPoint


def titles(result) -> list[str]:
    return [h.title for h in result.hits]


def marked(result) -> str:
    return " | ".join(h.marked_title("[", "]") + " :: " + h.marked_snippet("[", "]") for h in result.hits)


# ---- the four "done when" queries on the demo store ---------------------------------
def test_vienna(demo, search):
    result = search.search("Vienna")
    kinds = {h.kind for h in result.hits}
    assert {Kind.CONFERENCE, Kind.POINT, Kind.FACT, Kind.PROGRAMME} <= kinds
    assert "[Vienna]" in marked(result)
    assert all(h.conference == demo.title for h in result.hits if h.kind is not Kind.PERSON)


def test_precursor_chemicals_phrase(demo, search):
    result = search.search('"precursor chemicals"')
    assert result.hits[0].title.startswith("Precursor chemicals")
    assert "[Precursor chemicals]" in result.hits[0].marked_title("[", "]")
    assert "Precursor chemicals (standing line, 2009)" in titles(result)  # the Library point too
    assert result.total == len(result.hits) and result.total_exact


def test_narko_finds_word_parts_in_russian(demo, search):
    result = search.search("нарко")
    assert result.hits and all(h.matched == "substring" for h in result.hits)
    text = marked(result)
    assert "[нарко]трафиком" in text or "[нарко]тикам" in text
    assert any(h.kind is Kind.SPEECH and "русская версия" in h.title for h in result.hits)


def test_kazakh_any_case(demo, search):
    for query in ("Қазақстан", "ҚАЗАҚСТАН", "қазақстан"):
        result = search.search(query)
        assert len(result.hits) == 2, query
        assert "[Қазақстан]" in marked(result)


def test_substring_inside_words(demo, search):
    result = search.search("спубли")
    assert result.hits and "Ре[спубли]к" in marked(result)


# ---- language ------------------------------------------------------------------------
@pytest.fixture
def material(records):
    conf = Conference(title="Vienna 2012", start_date=dt.date(2012, 2, 16))
    other = Conference(title="Dushanbe 2015", start_date=dt.date(2015, 6, 1))
    records.create(conf)
    records.create(other)
    items = {
        "negotiation": Speech(
            title="On the negotiation",
            body="The negotiation on border control went well.",
            speaker="Kairat Umarov",
            date=dt.date(2012, 2, 16),
            conference_id=conf.id,
            status="delivered",
            tags=["borders"],
        ),  # fmt: skip
        "cafe": Fact(
            statement="Talks at the Café Central", as_of=dt.date(2012, 2, 17), conference_id=conf.id
        ),
        "counter": TalkingPoint(
            topic="Counter-narcotics",
            body="Our counter-narcotics cooperation grows.",
            conference_id=other.id,
            kind="objective",
            tags=["caricc"],
        ),  # fmt: skip
        "ligature": Fact(
            statement="The ﬁnancial flows report", as_of=dt.date(2015, 6, 2), conference_id=other.id
        ),
        "russian": Speech(
            title="Выступление",
            body="Борьба с незаконным оборотом НАРКОТИКОВ.",
            language="ru",
            date=dt.date(2015, 6, 1),
            conference_id=other.id,
        ),  # fmt: skip
        "delegation": Person(name="Aigerim Delegate", position="Head of delegation"),
    }
    for item in items.values():
        records.create(item)
    return {"conf": conf, "other": other, **items}


def ids(result) -> set[str]:
    return {h.id for h in result.hits}


def test_english_stemming(material, search):
    assert material["negotiation"].id in ids(search.search("negotiations"))
    assert material["negotiation"].id in ids(search.search("negotiating"))


def test_prefix_survives_stemming(material, search):
    result = search.search("delegat*")
    assert material["delegation"].id in ids(result)
    assert "[Delegate]" in marked(result)


def test_cyrillic_case_and_diacritics(material, search):
    assert ids(search.search("наркотиков")) == {material["russian"].id}
    assert material["cafe"].id in ids(search.search("cafe"))
    assert material["cafe"].id in ids(search.search("CAFÉ"))


def test_nfkc_at_query_time(material, search):
    assert material["negotiation"].id in ids(search.search("ｎｅｇｏｔｉａｔｉｏｎ"))


def test_nfkc_of_indexed_text_on_every_write(material, records, search):
    """The index triggers normalise: a ligature saved by any write path is found by plain letters."""
    fact = material["ligature"]
    assert fact.id in ids(search.search("financial"))
    fact.statement = "The ﬀ eﬃcient oﬃce"  # ff, ffi ligatures, saved as the window saves
    records.update(fact)
    assert fact.id in ids(search.search("efficient office"))
    assert fact.id not in ids(search.search("financial"))


def test_substring_three_letters(material, search):
    assert material["counter"].id in ids(search.search("narco"))
    assert not search.search("na").hits


def test_exclusion_and_or(material, search):
    assert material["negotiation"].id not in ids(search.search("border -negotiation"))
    both = ids(search.search("negotiation OR наркотиков"))
    assert {material["negotiation"].id, material["russian"].id} <= both


def test_relaxed_when_nothing_has_all_words(material, search):
    result = search.search("negotiation наркотиков")
    assert result.relaxed and "some of them" in result.message
    assert len(result.hits) == 2


# ---- filters, order, paging --------------------------------------------------------------
@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ({"kinds": ["speech"]}, {"negotiation", "russian"}),
        ({"kinds": ("fact", "point")}, {"cafe", "counter", "ligature"}),
        ({"conference": "Dushanbe 2015"}, {"counter", "ligature", "russian", "other"}),
        ({"speaker": "Umarov"}, {"negotiation"}),
        ({"language": "ru"}, {"russian"}),
        ({"tag": "caricc"}, {"counter"}),
        ({"status": "delivered"}, {"negotiation"}),
        ({"status": "objective"}, {"counter"}),
        ({"date_from": "2015-01-01"}, {"counter", "ligature", "russian", "other", "delegation"}),
        ({"date_from": "2012-02-17", "date_to": "2012-02-17"}, {"cafe"}),
    ],
)
def test_filters(material, search, args, expected):
    everything = "negotiation OR cafe OR counter OR flows OR Выступление OR Dushanbe OR delegation"
    found = ids(search.search(everything, limit=50, **args))
    assert found == {material[name].id for name in expected}


def test_filters_apply_to_substring_search(material, search):
    assert ids(search.search("narco", kinds=["point"])) == {material["counter"].id}
    assert not search.search("narco", kinds=["speech"]).hits


def test_bad_filters_are_clear_errors(material, search):
    with pytest.raises(ValidationError):
        search.search("x", kinds=["pack"])
    with pytest.raises(ValidationError):
        search.search("x", date_from="16/02/2012")
    with pytest.raises(NotFoundError):
        search.search("x", conference="Nowhere")
    with pytest.raises(ValidationError):
        search.search("x", sort="size")


def test_sort_by_date_and_paging(records, search):
    for day in range(1, 26):
        records.create(Fact(statement=f"Opium seizures report {day}", as_of=dt.date(2014, 1, day)))
    newest = search.search("opium", sort="date", limit=10)
    assert [h.date for h in newest.hits] == [f"2014-01-{d:02d}" for d in range(25, 15, -1)]
    pages = [search.search("opium", limit=10, offset=o) for o in (0, 10, 20)]
    seen = [h.id for page in pages for h in page.hits]
    assert len(seen) == len(set(seen)) == 25
    assert pages[0].total == 25 and pages[0].total_exact


# ---- trash, purge, edits ---------------------------------------------------------------------
def test_trash_hides_and_restore_shows(material, records, search):
    speech = material["negotiation"]
    records.delete(Kind.SPEECH, speech.id)
    assert speech.id not in ids(search.search("negotiation"))
    records.restore(Kind.SPEECH, speech.id)
    assert speech.id in ids(search.search("negotiation"))


def test_conference_trash_hides_its_material(material, records, search):
    records.delete(Kind.CONFERENCE, material["other"].id)
    assert not search.search("narco").hits
    assert not search.search("наркотиков").hits


def test_purge_and_scrub_leave_no_text_in_the_index(records, store, search):
    from briefcase_app.store import search_index

    fact = Fact(statement="Codeword xylophonequux was said")
    records.create(fact)
    assert search.search("xylophonequux").hits
    records.delete(Kind.FACT, fact.id)
    records.purge(Kind.FACT, fact.id)
    search_index.scrub(store.db)  # the hook Store.purge should call (see docs/SEARCH.md)
    store.db.conn.commit()
    blobs = b"".join(r[0] for r in store.db.execute("SELECT block FROM search_fts_data"))
    assert b"xylophonequux" not in blobs
    assert not search.search("xylophonequux").hits and not search.search("phonequ").hits


def test_edit_reindexes(material, records, search):
    speech = material["negotiation"]
    records.edit(Kind.SPEECH, speech.id, body="Nothing about that any more.")
    assert speech.id not in ids(search.search("control"))
    assert speech.id in ids(search.search("nothing"))


def test_index_integrity_after_changes(material, records, store):
    records.edit(Kind.FACT, material["cafe"].id, statement="Changed")
    records.delete(Kind.POINT, material["counter"].id)
    for table in ("search_fts", "search_tri"):
        store.db.execute(f"INSERT INTO {table}({table}, rank) VALUES('integrity-check', 1)")


# ---- threads -----------------------------------------------------------------------------------
def test_search_off_the_calling_thread(material, search):
    results, errors = [], []

    def worker():
        try:
            results.append(search.search("negotiation"))
        except Exception as e:  # pragma: no cover - reported below
            errors.append(e)
        finally:
            search.close()

    threads = [threading.Thread(target=worker) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors and all(r.hits for r in results)
