"""Lists that say what they show: a filter per section, "1 of 2 shown", search that runs again
when reopened, the Programme's day and time, a navigator that keeps its places after an edit,
and a conference's overview instead of an empty middle pane."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from briefcase_app.domain.models import Conference, Kind
from briefcase_app.ui.models.nav_model import TARGET_ROLE

from .helpers import click_nav, shortcut

DEMO = "Paris Pact Vienna 2012"


def test_filter_belongs_to_its_section_and_the_count_says_how_many_are_shown(qtbot, demo_window):
    w = demo_window
    # the first start passed through the conference (its overview) before the window showed:
    # the list is back, not left hidden under an overview nobody saw
    assert w.items.view.isVisible() and w.items.filter.isVisible()
    click_nav(qtbot, w, "Speeches", DEMO)
    assert len(w.items.visible_ids()) == 2
    w.items.filter.setFocus()
    qtbot.keyClicks(w.items.filter, "Umarov")
    assert len(w.items.visible_ids()) == 1
    assert w.items.status.text() == "1 of 2 shown"

    click_nav(qtbot, w, "People", DEMO)  # People: its own (empty) filter, every person listed
    assert w.items.filter.text() == ""
    people = w.records.store.participants(w.navigator.current_target().conference_id)
    assert len(w.items.visible_ids()) == len(people) > 0
    assert w.items.status.text() == f"{len(people)} items"

    click_nav(qtbot, w, "Speeches", DEMO)  # back: the filter typed there, shown in the box
    assert w.items.filter.text() == "Umarov"
    assert len(w.items.visible_ids()) == 1 and w.items.status.text() == "1 of 2 shown"
    w.items.filter.clear()
    assert w.items.status.text() == "2 items"


def test_search_runs_again_when_reopened(qtbot, demo_window):
    w = demo_window
    shortcut(qtbot, w, "Ctrl+K")
    panel = w.search_panel
    qtbot.keyClicks(panel.field, "precursor")
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=10_000)
    found = panel.model.rowCount()
    panel.hide()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    w.items.view.setFocus()
    shortcut(qtbot, w, "Ctrl+K")
    assert panel.isVisible() and panel.field.text() == "precursor"
    qtbot.waitUntil(lambda: panel.model.rowCount() == found, timeout=10_000)
    assert "found" in panel.status.text()


def test_programme_shows_day_and_time(qtbot, demo_window):
    w = demo_window
    click_nav(qtbot, w, "Programme", DEMO)
    column = w.items.model.source.headers.index("Starts")
    index = w.items.proxy.index(0, column)
    text = index.data()
    assert "2012" in text and ":" in text, text  # "Thu 16 Feb 2012 09:00"
    needed = w.items.view.fontMetrics().horizontalAdvance(text)
    assert w.items.view.columnWidth(column) >= needed, "the column shows the whole day and time"


def test_navigator_keeps_its_places_after_a_date_is_saved(qtbot, demo_window):
    w = demo_window
    records = w.records
    changes = records.create(Conference(title="Bilateral visit to Astana", start_date=dt.date(2010, 5, 1)))
    w.bus.publish(changes)
    model = w.navigator.nav_model
    order = [model.item(r).text() for r in range(model.rowCount())]
    astana = order.index("Bilateral visit to Astana")
    click_nav(qtbot, w, "Bilateral visit to Astana")
    conference_id = w.navigator.current_target().conference_id
    # its date moves it to the top of a sorted list: the tree keeps it where the person saw it
    _, changes = records.edit(Kind.CONFERENCE, conference_id, start_date="2030-01-01")
    w.bus.publish(changes)
    assert [model.item(r).text() for r in range(model.rowCount())] == order
    assert w.navigator.current_target().conference_id == conference_id
    other = model.item(1 - astana if astana < 2 else 0)
    rect = w.navigator.visualRect(other.index())
    qtbot.mouseClick(w.navigator.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert w.navigator.currentIndex().data(TARGET_ROLE) == other.data(TARGET_ROLE)
    assert w.editor.item_id == other.data(TARGET_ROLE).conference_id


def test_a_clicked_conference_shows_its_overview(qtbot, demo_window):
    w = demo_window
    click_nav(qtbot, w, DEMO)
    overview = w.items.overview
    assert overview is not None and overview.isVisible() and not w.items.view.isVisible()
    assert "Paris Pact" in overview.title.text()
    assert "16 Feb 2012" in overview.facts.text() and "Vienna" in overview.facts.text()
    counts = overview.section_text()
    assert counts["Speeches"] == "2"
    assert overview.packs.topLevelItemCount() >= 1
    assert "Pre-flight: " in overview.packs.topLevelItem(0).text(0)  # "checking…" at first:
    qtbot.waitUntil(lambda: "ready" in overview.packs.topLevelItem(0).text(0))  # off the GUI thread
    # double-click a section: the list of that section
    item = overview.sections.findItems("Speeches", Qt.MatchFlag.MatchExactly)[0]
    qtbot.waitUntil(lambda: overview.sections.visualItemRect(item).isValid())
    rect = overview.sections.visualItemRect(item)
    qtbot.mouseClick(overview.sections.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(overview.sections.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert w.navigator.current_target().kind is Kind.SPEECH
    assert w.items.view.isVisible() and not overview.isVisible()
    assert len(w.items.visible_ids()) == 2
