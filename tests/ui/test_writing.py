"""A person creates a conference and a speech, types, switches away and back, closes and reopens."""

from __future__ import annotations

import struct

from PySide6.QtCore import Qt

from briefcase_app.domain.models import Kind

from .helpers import click_nav, click_row, field, retype, shortcut, text_editor


def _store_body(window, speech_id):
    return window.records.store.get(Kind.SPEECH, speech_id).body


def test_write_a_speech_switch_away_and_back_then_reopen(qtbot, open_window, tmp_path):
    path = tmp_path / "w.db"
    window = open_window(path)
    shortcut(qtbot, window, "Ctrl+N")  # nothing chosen: a new conference
    assert window.editor.kind is Kind.CONFERENCE
    retype(qtbot, field(window, "title"), "Vienna ministerial")
    qtbot.waitUntil(lambda: window.records.store.list(Kind.CONFERENCE)[0].title == "Vienna ministerial")

    click_nav(qtbot, window, "Speeches", "Vienna ministerial")
    shortcut(qtbot, window, "Ctrl+N")
    assert window.editor.kind is Kind.SPEECH
    speech_id = window.editor.item_id
    retype(qtbot, field(window, "title"), "Opening statement")
    editor = text_editor(window)
    editor.setFocus()
    qtbot.keyClicks(editor, "Mr Chairman, Kazakhstan supports the Paris Pact.")
    stats = window.editor.current_editor.stats
    qtbot.waitUntil(lambda: stats.text().startswith("7 words"))

    click_nav(qtbot, window, "Programme", "Vienna ministerial")  # switching saves at once
    assert _store_body(window, speech_id) == "Mr Chairman, Kazakhstan supports the Paris Pact."
    assert window.records.store.get(Kind.SPEECH, speech_id).title == "Opening statement"

    click_nav(qtbot, window, "Speeches", "Vienna ministerial")
    click_row(qtbot, window, "Opening statement")
    assert text_editor(window).toPlainText() == "Mr Chairman, Kazakhstan supports the Paris Pact."
    qtbot.keyClick(text_editor(window), Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(text_editor(window), " Thank you.")
    window.splitter.setSizes([300, 300, 680])
    sizes = window.splitter.sizes()
    window.close()  # closing saves
    assert window.session is None

    again = open_window(path)  # the last open item comes back, and the pane sizes
    assert again.editor.item_id == speech_id
    # the offscreen screen is smaller than the window was, so read the remembered sizes back
    # from the saved state (QSplitter's format: marker, version, count, then the sizes)
    state = bytes(again.settings.window.main_splitter.data())
    # (the panes share a width change in proportion, ui/layout.py: a few pixels either way)
    saved = struct.unpack(">2i", state[12:20])
    assert all(abs(a - b) <= 4 for a, b in zip(saved, sizes[:2], strict=True)), (saved, sizes)
    assert text_editor(again).toPlainText().endswith("Paris Pact. Thank you.")


def test_typing_saves_by_itself_and_shows_saved(qtbot, demo_window):
    window = demo_window
    click_nav(qtbot, window, "Speeches", "Paris Pact Vienna 2012")
    window.items.view.setFocus()
    qtbot.keyClick(window.items.view, Qt.Key.Key_Down)
    speech_id = window.editor.item_id
    assert speech_id
    editor = text_editor(window)
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " Autosaved words.")
    qtbot.waitUntil(lambda: _store_body(window, speech_id).endswith("Autosaved words."), timeout=5000)
    assert window.saved_label.text() == "Saved"
    window.items.view.setFocus()
    qtbot.keyClick(window.items.view, Qt.Key.Key_Return)  # Enter on a row: write in its text
    assert text_editor(window).hasFocus()


def test_the_editors_own_undo_takes_back_typing(qtbot, demo_window):
    window = demo_window
    click_nav(qtbot, window, "Speeches", "Paris Pact Vienna 2012")
    qtbot.keyClick(window.items.view, Qt.Key.Key_Down)
    editor = text_editor(window)
    before = editor.toPlainText()
    editor.setFocus()
    qtbot.keyClicks(editor, "xyz")
    shortcut(qtbot, window, "Ctrl+Z")
    assert editor.toPlainText() != before + "xyz" or editor.toPlainText() == before
    assert "xyz" not in editor.toPlainText()


def test_open_another_store_from_the_file_menu(qtbot, demo_window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from briefcase_app.services.collection import Session

    window = demo_window
    first = window.session.path
    other = tmp_path / "other.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(other), ""))
    window.actions.new_store.trigger()
    assert window.session.path == other
    assert window.navigator.nav_model.rowCount() == 2  # an empty store: Library and Trash
    assert window.windowTitle().endswith("other.db")
    Session.open(first).close()  # the first store was let go (its lock too)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(first), ""))
    shortcut(qtbot, window, "Ctrl+O")
    assert window.session.path == first and window.navigator.nav_model.rowCount() == 3
