"""Ctrl+K: type, results arrive from the worker, Enter opens the hit; similar material beside a speech."""

from __future__ import annotations

from PySide6.QtCore import Qt

from briefcase_app.domain.models import Kind

from .helpers import click_nav, field, retype, shortcut, text_editor

CONF = "Paris Pact Vienna 2012"


def test_search_for_a_word_just_typed_and_open_the_hit(qtbot, demo_window):
    window = demo_window
    click_nav(qtbot, window, "Speeches", CONF)
    shortcut(qtbot, window, "Ctrl+N")
    speech_id = window.editor.item_id
    retype(qtbot, field(window, "title"), "Toast at the reception")
    text_editor(window).setFocus()
    qtbot.keyClicks(text_editor(window), "Raise your glasses to the quokkaberry harvest.")
    click_nav(qtbot, window, "Programme", CONF)  # switching away saves

    shortcut(qtbot, window, "Ctrl+K")
    panel = window.search_panel
    assert panel.isVisible()
    qtbot.keyClicks(panel.field, "quokkaberry")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10_000)
    hit = panel.model.hits[0]
    assert (hit.kind, hit.id) == (Kind.SPEECH, speech_id)
    assert "quokkaberry" in hit.snippet[slice(*hit.snippet_marks[0])].lower()
    qtbot.keyClick(panel.field, Qt.Key.Key_Return)
    assert not panel.isVisible()
    assert window.editor.item_id == speech_id
    assert window.items.current_id() == speech_id


def test_search_filters_and_input_that_is_only_quotes(qtbot, demo_window):
    window = demo_window
    shortcut(qtbot, window, "Ctrl+K")
    panel = window.search_panel
    qtbot.keyClicks(panel.field, '"""')
    qtbot.waitUntil(lambda: "Nothing to search for" in panel.status.text(), timeout=10_000)
    assert panel.model.rowCount() == 0
    panel.field.clear()
    panel.kind.setCurrentIndex(panel.kind.findData(Kind.FACT.value))
    qtbot.keyClicks(panel.field, "Afghanistan")
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=10_000)
    assert {h.kind for h in panel.model.hits} == {Kind.FACT}
    found = panel.model.rowCount()
    with qtbot.waitSignal(panel.worker.done, timeout=10_000):
        panel.conference.setCurrentIndex(1)  # the demo conference
    assert panel.model.rowCount() == found
    qtbot.keyClick(panel.field, Qt.Key.Key_Down)
    second = panel.results.currentIndex().row()
    assert second in (0, 1)
    qtbot.keyClick(panel.field, Qt.Key.Key_Escape)
    assert not panel.isVisible()


def test_similar_material_beside_a_speech(qtbot, demo_window):
    window = demo_window
    click_nav(qtbot, window, "Speeches", CONF)
    window.items.view.setFocus()
    qtbot.keyClick(window.items.view, Qt.Key.Key_Down)
    shortcut(qtbot, window, "Ctrl+Shift+M")
    dock = window.similar_dock
    assert dock.isVisible()
    qtbot.waitUntil(lambda: dock.status.text() not in ("", "Looking…"), timeout=10_000)
    assert dock.model.rowCount() > 0, dock.status.text()
    assert all(h.id != window.editor.item_id for h in dock.model.hits)
    first = dock.model.hits[0]
    dock.view.doubleClicked.emit(dock.model.index(0, 0))
    assert window.editor.item_id == first.id
