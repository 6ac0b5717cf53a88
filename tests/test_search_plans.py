"""The bounded query plans (windows, chunks, common-word ranking) on a store small enough for tests."""

from __future__ import annotations

import datetime as dt

import pytest

from briefcase_app.domain.models import Fact
from briefcase_app.store import search_reader


@pytest.fixture
def small_plans(monkeypatch):
    monkeypatch.setattr(search_reader, "WINDOW", 10)
    monkeypatch.setattr(search_reader, "CHUNKS", (8, 16))
    monkeypatch.setattr(search_reader, "COMMON", 5)
    monkeypatch.setattr(search_reader, "ENOUGH", 20)


@pytest.fixture
def facts(records):
    made = []
    for i in range(60):
        title = "Opium report" if i % 10 == 0 else "Seizure report"
        rare = " zanzibar" if i in (3, 41) else ""
        made.append(
            Fact(
                statement=f"{title} {i}{rare}",
                source="Notes on opium seizures",
                as_of=dt.date(2010, 1, 1) + dt.timedelta(days=i),
            )  # fmt: skip
        )
        records.create(made[-1])
    return made


def test_windowed_pages_cover_every_match_once(small_plans, facts, search):
    pages = [search.search("opium", limit=7, offset=o) for o in range(0, 63, 7)]
    seen = [h.id for p in pages for h in p.hits]
    assert len(seen) == len(set(seen)) == 60
    assert not pages[0].total_exact


def test_common_words_rank_title_hits_first_then_newest(small_plans, facts, search):
    first = search.search("opium", limit=3)  # candidates: the 10 newest (WINDOW), one title hit
    assert first.hits[0].title == "Opium report 50"
    assert [h.date for h in first.hits[1:]] == ["2010-03-01", "2010-02-28"]


def test_rare_word_is_exact_and_ranked(small_plans, facts, search):
    result = search.search("zanzibar opium")
    assert result.total == 2 and result.total_exact
    assert {h.id for h in result.hits} == {facts[3].id, facts[41].id}


def test_date_sort_across_the_window(small_plans, facts, search):
    pages = [search.search("seizures", sort="date", limit=25, offset=o) for o in (0, 25, 50)]
    dates = [h.date for p in pages for h in p.hits]
    assert len(dates) == 60 and dates == sorted(dates, reverse=True)


def test_date_range_is_a_rowid_range(facts, search):
    result = search.search("opium", date_from="2010-01-05", date_to="2010-01-09", limit=50)
    assert sorted(h.date for h in result.hits) == [f"2010-01-0{d}" for d in range(5, 10)]
