"""Clicking a column header sorts the whole list, not only the rows fetched so far; a third
click gives the list its own order back (talking points: the dragged one)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt

from briefcase_app.domain.models import Kind, Speech

from .helpers import click_nav, shortcut

CONF = "Paris Pact Vienna 2012"


def click_header(qtbot, window, label: str) -> None:
    header = window.items.view.horizontalHeader()
    column = window.items.model.source.headers.index(label)
    pos = QPoint(header.sectionViewportPosition(column) + 8, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def first_cells(window, n: int = 3) -> list[str]:
    return [window.items.proxy.index(r, 0).data() for r in range(min(n, window.items.proxy.rowCount()))]


def test_sorting_a_long_list_sorts_every_row(qtbot, demo_window):
    window = demo_window
    records = window.records
    conference_id = records.store.conferences_matching(CONF)[0].id
    with records.store.transaction():
        for i in range(450):
            day = dt.date(2020, 1, 1) + dt.timedelta(days=i)
            records.create(Speech(title=f"Remarks {i:03d}", conference_id=conference_id, date=day))
        # the oldest: last in the list's own order (newest first), first and last by title
        records.create(
            Speech(title="aardvark briefing", conference_id=conference_id, date=dt.date(1999, 1, 1))
        )
        records.create(Speech(title="Zebra crossing", conference_id=conference_id, date=dt.date(1999, 1, 2)))
    window.items.model.ASYNC_ABOVE = 300  # pages come from the store thread, as for 50,000 rows
    click_nav(qtbot, window, "Programme", CONF)  # the window opened on Speeches: leave and come back
    click_nav(qtbot, window, "Speeches", CONF)
    model = window.items.model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=10_000)
    total = model.total
    assert total == records.store.count(Kind.SPEECH, conference_id=conference_id) > 2 * model.PAGE
    assert model.rowCount() < total  # not every row is fetched
    assert "aardvark briefing" not in model.ids() and first_cells(window, 1) == ["Remarks 449"]

    def first_is(title):
        qtbot.waitUntil(lambda: first_cells(window, 1) == [title], timeout=10_000)

    click_header(qtbot, window, "Title")
    first_is("aardvark briefing")  # from beyond the rows that were fetched
    assert model.rowCount() < total
    while model.rowCount() < total:  # scroll to the end: every row once, in order
        rows = model.rowCount()
        window.items.view.scrollToBottom()
        qtbot.waitUntil(lambda r=rows: model.rowCount() > r, timeout=10_000)
    titles = [model.row_at(r).cells[0] for r in range(total)]
    assert titles == sorted(titles, key=str.casefold) and len(set(model.ids())) == total
    assert "Zebra crossing" in titles[-3:]  # then the demo's Cyrillic title
    click_header(qtbot, window, "Title")
    first_is(titles[-1])
    header = window.items.view.horizontalHeader()
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    click_header(qtbot, window, "Title")  # third click: the list's own order, newest first
    first_is("Remarks 449")
    assert header.sortIndicatorSection() == -1
    click_header(qtbot, window, "Date")
    first_is("aardvark briefing")

    # a conference's people (read whole) sort by any column, the role too
    click_nav(qtbot, window, "People", CONF)
    click_header(qtbot, window, "Role")
    roles = [window.items.proxy.index(r, 1).data() for r in range(window.items.proxy.rowCount())]
    assert roles == sorted(roles, key=str.casefold) and len(roles) == 4


def test_talking_points_keep_their_own_order_unless_sorted(qtbot, demo_window):
    window = demo_window
    store = window.records.store
    click_nav(qtbot, window, "Lines to take", CONF)
    own = window.items.visible_ids()
    conference_id = window.navigator.current_target().conference_id
    assert window.items.model.draggable
    click_header(qtbot, window, "Topic")
    topics = [window.items.proxy.index(r, 0).data() for r in range(window.items.proxy.rowCount())]
    assert topics == sorted(topics, key=str.casefold) and window.items.visible_ids() != own
    assert not window.items.model.draggable and "sorted by Topic" in window.items.status.text()

    window.items.select_id(window.items.visible_ids()[1])
    window.items.view.setFocus()
    assert not window.actions.move_up.isEnabled()
    shortcut(qtbot, window, "Alt+Up")  # no reorder while sorted: the stored order stays
    window.items.move_row(1, 0)  # nor a drop
    assert [p.id for p in store.list(Kind.POINT, conference_id=conference_id)] == own
    assert window.history.history.next_undo() is None

    click_header(qtbot, window, "Topic")
    click_header(qtbot, window, "Topic")
    assert window.items.visible_ids() == own and window.items.model.draggable
    window.items.select_id(own[1])
    window.items.view.setFocus()
    assert window.actions.move_up.isEnabled()
    shortcut(qtbot, window, "Alt+Up")
    assert [p.id for p in store.list(Kind.POINT, conference_id=conference_id)][:2] == [own[1], own[0]]
