"""Ctrl+K with the second row of filters: speaker, language, tag, a date range; what a hit says
where it belongs (people belong to no conference; Library material says Library)."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from briefcase_app.domain.models import Kind, Speech
from briefcase_app.ui.models.search_model import hit_html, hit_where

from .helpers import click_nav, field, retype, shortcut

CONF = "Paris Pact Vienna 2012"


def _speeches(window) -> dict[str, str]:
    conference_id = window.records.store.conferences_matching(CONF)[0].id
    made = {}
    for name, speaker, language, date, tag in (
        ("A", "Kairat Umarov", "en", "2012-02-16", "precursors"),
        ("B", "Yury Fedotov", "ru", "2013-05-01", "press"),
        ("C", "Yury Fedotov", "en", "2014-09-09", "precursors"),
    ):
        speech = Speech(
            title=f"Quillwort remarks {name}",
            conference_id=conference_id,
            speaker=speaker,
            language=language,
            date=date,
            tags=[tag],
            body="On the quillwort trade routes.",
        )
        window.records.create(speech)
        made[speech.id] = name
    return made


def test_filter_by_speaker_language_tag_and_dates(qtbot, demo_window):
    window = demo_window
    names = _speeches(window)
    shortcut(qtbot, window, "Ctrl+K")
    panel = window.search_panel
    threads = []
    real = panel.worker.service.search

    def search(*a, **k):
        threads.append(threading.current_thread())
        return real(*a, **k)

    panel.worker.service.search = search
    f = panel.filters

    def found():
        return sorted(names.get(h.id, h.title) for h in panel.model.hits)

    def expect(*wanted):
        qtbot.waitUntil(lambda: found() == list(wanted), timeout=10_000)

    qtbot.keyClicks(panel.field, "quillwort")
    expect("A", "B", "C")
    qtbot.keyClicks(f.speaker, "Fedotov")
    expect("B", "C")
    f.language.setFocus()
    qtbot.keyClicks(f.language, "en")
    expect("C")
    retype(qtbot, f.language.lineEdit(), "")
    qtbot.keyClicks(f.tag, "press")
    expect("B")
    retype(qtbot, f.tag, "")
    f.speaker.clear()
    qtbot.keyClicks(f.date_from, "2013-01-01")
    expect("B", "C")
    qtbot.keyClicks(f.date_to, "2013-12-31")
    expect("B")
    assert not f.message.isVisible()

    # a bad date: a quiet line under the filters, no error box, the search waits for it
    calls = len(threads)
    retype(qtbot, f.date_to, "2013-13-45")
    assert f.message.isVisible() and "YYYY-MM-DD" in f.message.text()
    assert "could not run" not in panel.status.text()
    qtbot.waitUntil(lambda: not panel.results.isEnabled())  # the hits shown are for other filters
    retype(qtbot, f.date_to, "2012-06-30")
    assert "ends before it starts" in f.message.text()
    qtbot.waitUntil(lambda: not panel.timer.isActive())  # the typing pause is over: _run ran
    assert panel.worker._running is None and panel.worker._pending is None
    assert len(threads) == calls  # nothing reached the worker with a bad date
    retype(qtbot, f.date_to, "2014-12-31")
    expect("B", "C")
    assert not f.message.isVisible() and panel.results.isEnabled()
    assert threads and all(t is not threading.main_thread() for t in threads)

    qtbot.keyClick(panel.field, Qt.Key.Key_Return)  # opens the first hit, a filtered one
    assert names.get(window.editor.item_id) in ("B", "C")


def test_a_person_hit_names_no_conference_and_library_material_says_library(qtbot, demo_window):
    window = demo_window
    click_nav(qtbot, window, "Speeches", "Library")
    shortcut(qtbot, window, "Ctrl+N")
    retype(qtbot, field(window, "title"), "Fedotov library notes")
    click_nav(qtbot, window, "Programme", CONF)  # switching away saves
    shortcut(qtbot, window, "Ctrl+K")
    panel = window.search_panel
    qtbot.keyClicks(panel.field, "Fedotov")
    qtbot.waitUntil(lambda: {Kind.PERSON, Kind.SPEECH} <= {h.kind for h in panel.model.hits}, timeout=10_000)
    person = next(h for h in panel.model.hits if h.kind is Kind.PERSON)
    assert person.title == "Yury Fedotov"
    assert "Library" not in hit_html(person, "#777") and hit_where(person) == ""
    library = next(h for h in panel.model.hits if h.title == "Fedotov library notes")
    assert hit_where(library).startswith("Library")
    for hit in panel.model.hits:
        if hit.conference:
            assert hit_where(hit).startswith(hit.conference)
        assert hit.kind is Kind.PERSON or hit_where(hit)
