"""Steering briefs, contacts and the logistics scenario are searched like everything else
(migration 0011 re-indexes a store made before they were)."""

from __future__ import annotations

from briefcase_app.domain.models import Contact, Kind, LogisticsItem, Summary
from briefcase_app.services.demo import fill_demo
from briefcase_app.services.records import RecordService
from briefcase_app.services.search import SearchService
from briefcase_app.store import Store


def test_briefing_parts_are_found_by_their_words(tmp_path):
    path = tmp_path / "s.db"
    with Store.open(path) as store:
        records = RecordService(store)
        conference = fill_demo(records)
        for n in range(60):  # volume: a long contacts sheet and scenario
            records.create(
                Contact(conference_id=conference.id, name=f"Zebrafinch liaison {n}", phone=f"+43 1 {n}")
            )
            records.create(LogisticsItem(conference_id=conference.id, title=f"Car {n} to the Quetzalhof"))
        records.create(Summary(conference_id=conference.id, sensitivities="Avoid the word quokkagate."))
    search = SearchService(path)
    try:
        kinds = {hit.kind for hit in search.search("quokkagate").hits}
        assert kinds == {Kind.SUMMARY}
        contacts = search.search("zebrafinch liaison", limit=200).hits
        assert len([h for h in contacts if h.kind is Kind.CONTACT]) == 60
        cars = search.search("Quetzalhof car", limit=200).hits
        assert len([h for h in cars if h.kind is Kind.LOGISTICS]) == 60
    finally:
        search.close()
