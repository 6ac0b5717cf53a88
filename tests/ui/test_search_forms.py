"""Ctrl+K finds Russian and Kazakh words in any form, typed in the window or in a store from the
previous version (re-indexed with a progress dialog when the window opens it)."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from briefcase_app.services.search import reindex_needed

from .helpers import click_nav, field, shortcut, text_editor

CONF = "Paris Pact Vienna 2012"
OLD = Path(__file__).parent.parent / "data" / "store_0005.db"


def type_text(qtbot, widget, text: str) -> None:
    """Type like a person with a Russian or Kazakh keyboard layout: a key event per character
    (QTest's keyClicks knows ASCII only)."""
    widget.setFocus()
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def _search(qtbot, window, text: str):
    shortcut(qtbot, window, "Ctrl+K")
    panel = window.search_panel
    panel.field.clear()
    type_text(qtbot, panel.field, text)
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0 and panel.field.text() == text, timeout=10_000)
    with qtbot.waitSignal(panel.worker.done, timeout=10_000):
        panel.schedule()  # the last result is for the whole text
    return panel


def _marked(hit) -> list[str]:
    return [hit.snippet[a:b] for a, b in hit.snippet_marks] + [hit.title[a:b] for a, b in hit.title_marks]


def _write_speech(qtbot, window, title: str, body: str) -> str:
    click_nav(qtbot, window, "Speeches", CONF)
    shortcut(qtbot, window, "Ctrl+N")
    speech_id = window.editor.item_id
    title_field = field(window, "title")
    title_field.selectAll()
    type_text(qtbot, title_field, title)
    type_text(qtbot, text_editor(window), body)
    click_nav(qtbot, window, "Programme", CONF)  # switching away saves
    return speech_id


def test_forms_typed_in_the_window_are_found_from_each_other(qtbot, demo_window):
    window = demo_window
    russian = _write_speech(
        qtbot, window, "Итоги года", "Встреча министров состоялась девятнадцатого декабря."
    )
    kazakh = _write_speech(qtbot, window, "Қорытынды", "Сыртқы істер министрлері Астанада кездесті.")
    ligature = _write_speech(qtbot, window, "Budget", "The ﬁnancial flows of the region.")  # from a PDF

    panel = _search(qtbot, window, "декабрь")
    hits = {h.id: h for h in panel.model.hits}
    assert russian in hits and "декабря" in _marked(hits[russian])

    panel = _search(qtbot, window, "министр")
    hits = {h.id: h for h in panel.model.hits}
    assert kazakh in hits and "министрлері" in _marked(hits[kazakh])
    assert russian in hits and "министров" in _marked(hits[russian])

    panel = _search(qtbot, window, '"министров"')  # in quotes: the form typed
    assert {h.id for h in panel.model.hits} == {russian}

    panel = _search(qtbot, window, "financial")
    assert ligature in {h.id for h in panel.model.hits}
    assert "Russian and Kazakh" in panel.field.toolTip() or "Kazakh" in panel.field.toolTip()


def test_a_store_from_the_previous_version_is_reindexed_with_progress(qtbot, open_window, tmp_path):
    path = tmp_path / "old.db"
    shutil.copyfile(OLD, path)
    path.chmod(0o600)
    window = open_window(path)
    dialog = window.reindex_dialog
    assert "search index" in dialog.labelText()
    qtbot.waitUntil(lambda: reindex_needed(window.session.store) == 0, timeout=20_000)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    panel = _search(qtbot, window, "декабрь")
    marked = [m for h in panel.model.hits for m in _marked(h)]
    assert "декабря" in marked and "декабре" in marked
    panel = _search(qtbot, window, "экономика")
    assert "экономикасының" in [m.lower() for h in panel.model.hits for m in _marked(h)]
