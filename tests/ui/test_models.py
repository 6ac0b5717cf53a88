"""The item models, checked by qtmodeltester without a view."""

from __future__ import annotations

from briefcase_app.domain.models import Kind
from briefcase_app.ui.models.list_model import ID_ROLE, ItemListModel
from briefcase_app.ui.models.nav_model import TARGET_ROLE, NavigatorModel, NavTarget
from briefcase_app.ui.models.sources import KindSource, PeopleSource, TrashSource


def test_navigator_model(qtmodeltester, records, demo):
    model = NavigatorModel()
    model.rebuild(records)
    qtmodeltester.check(model)
    labels = [model.item(r).text() for r in range(model.rowCount())]
    assert labels == [demo.short_title, "Library", "Trash"]
    sections = [model.item(0).child(r).text() for r in range(model.item(0).rowCount())]
    assert sections == [
        "Steering brief",
        "Programme",
        "Logistics",
        "People",
        "Contacts",
        "Speeches",
        "Lines to take",
        "Background",
        "Packs",
    ]
    target = NavTarget("section", Kind.SPEECH, demo.id)
    assert model.index_of(target).data(TARGET_ROLE) == target
    assert NavTarget.from_key(target.key) == target


def test_list_model_fetches_lazily(qtmodeltester, records, demo):
    from briefcase_app.domain.models import Speech

    for i in range(45):
        records.create(Speech(title=f"Extra speech {i:02d}", conference_id=demo.id, body="x " * 50))
    model = ItemListModel()
    model.PAGE = 10
    model.set_source(KindSource(records, Kind.SPEECH, demo.id))
    total = records.store.count(Kind.SPEECH, conference_id=demo.id)
    assert model.total == total and model.rowCount() == 10
    assert model.canFetchMore()
    qtmodeltester.check(model)  # fetches as it goes
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == total
    assert len(set(model.ids())) == total
    assert model.index(0, 0).data(ID_ROLE)


def test_list_model_other_sources(qtmodeltester, records, demo):
    model = ItemListModel()
    for source in (
        PeopleSource(records, demo.id),
        KindSource(records, Kind.POINT, None, library=True),
        KindSource(records, Kind.FACT, demo.id),
        TrashSource(records),
    ):
        model.set_source(source)
        qtmodeltester.check(model)
    records.delete(Kind.FACT, records.store.list(Kind.FACT)[0].id)
    model.set_source(TrashSource(records))
    assert model.rowCount() == 1
    qtmodeltester.check(model)


def test_a_long_list_fetches_its_pages_on_the_store_thread(qtbot, records, demo, store_path):
    from briefcase_app.domain.models import Speech
    from briefcase_app.ui.ops import Worker

    for i in range(30):
        records.create(Speech(title=f"Async speech {i:02d}", conference_id=demo.id))
    thread = Worker(keep_connection=True)
    thread.set_path(store_path)
    model = ItemListModel(store_worker=thread)
    model.PAGE, model.ASYNC_ABOVE = 10, 5
    try:
        model.set_source(KindSource(records, Kind.SPEECH, demo.id))
        assert model.rowCount() == 0  # nothing read on the GUI thread
        qtbot.waitUntil(lambda: model.rowCount() == 10)
        while model.rowCount() < model.total:
            rows = model.rowCount()
            model.fetchMore()
            qtbot.waitUntil(lambda rows=rows: model.rowCount() > rows)
        assert len(set(model.ids())) == model.total == 32
    finally:
        thread.shutdown()


def test_search_results_model(qtmodeltester):
    from briefcase_app.services.search import Hit
    from briefcase_app.ui.models.search_model import HIT_ROLE, SearchResultsModel, marked_html

    model = SearchResultsModel()
    hits = [Hit(Kind.SPEECH, f"id{i}", f"Title <{i}>", "a drug & b", (), ((2, 6),)) for i in range(3)]
    model.set_hits(hits)
    qtmodeltester.check(model)
    assert model.index(1, 0).data(HIT_ROLE) is hits[1]
    assert marked_html("a drug & b", ((2, 6),)) == "a <b><u>drug</u></b> &amp; b"
    assert marked_html("<script>", ()) == "&lt;script&gt;"
