"""What can go wrong while the window is open: nothing typed is lost, every message is clear."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from briefcase_app.domain.errors import StoreError
from briefcase_app.domain.models import Kind
from briefcase_app.services.collection import Session
from briefcase_app.ui.recovery import recovery_dir

from .helpers import click_nav, shortcut, text_editor

CONF = "Paris Pact Vienna 2012"


def _open_speech(qtbot, window):
    click_nav(qtbot, window, "Speeches", CONF)
    window.items.view.setFocus()
    qtbot.keyClick(window.items.view, Qt.Key.Key_Down)
    return window.editor.item_id


def test_a_second_window_on_the_same_store_is_refused(demo_window):
    with pytest.raises(StoreError, match="already open in another Briefcase window"):
        Session.open(demo_window.session.path)


def test_the_store_file_disappearing_keeps_the_text(qtbot, demo_window, messages):
    window = demo_window
    _open_speech(qtbot, window)
    os.rename(window.session.path, str(window.session.path) + ".moved")
    editor = text_editor(window)
    editor.setFocus()
    qtbot.keyClicks(editor, "Words typed after the file went away.")
    assert not window.editor.save()
    assert "moved or deleted" in window.saved_label.text()
    assert any("could not be saved" in m for m in messages)
    assert "Words typed after the file went away." in editor.toPlainText()
    saved = [p.read_text(encoding="utf-8") for p in recovery_dir().glob("*.md")]
    assert any("Words typed after the file went away." in text for text in saved)
    os.rename(str(window.session.path) + ".moved", window.session.path)
    assert window.editor.save()  # back: the next save writes it


def test_a_read_only_store_is_reported(qtbot, demo_window, messages):
    window = demo_window
    _open_speech(qtbot, window)
    os.chmod(window.session.path, 0o400)
    try:
        qtbot.keyClicks(text_editor(window), "x")
        assert not window.editor.save()
        assert "read-only" in window.saved_label.text()
    finally:
        os.chmod(window.session.path, 0o600)


def test_read_only_check_even_as_root(qtbot, demo_window, messages, monkeypatch):
    window = demo_window
    _open_speech(qtbot, window)
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if mode == os.W_OK else real_access(p, mode))
    qtbot.keyClicks(text_editor(window), "x")
    assert not window.editor.save()
    assert "read-only" in window.saved_label.text()


def test_pasting_five_megabytes(qtbot, demo_window):
    window = demo_window
    speech_id = _open_speech(qtbot, window)
    big = ("Kazakhstan supports the Paris Pact. " * 8 + "\n\n") * 17_500
    assert len(big) > 5_000_000
    QApplication.clipboard().setText(big)
    editor = text_editor(window)
    editor.setFocus()
    editor.selectAll()
    shortcut(qtbot, window, "Ctrl+V")
    assert window.editor.save()
    assert window.records.store.get(Kind.SPEECH, speech_id).body == big.rstrip(
        "\n"
    ) or window.records.store.get(Kind.SPEECH, speech_id).body.startswith("Kazakhstan supports")
    assert len(window.records.store.get(Kind.SPEECH, speech_id).body) >= 5_000_000


def test_closing_with_unsaved_text_saves_it(qtbot, demo_window):
    window = demo_window
    speech_id = _open_speech(qtbot, window)
    store_path = window.session.path
    qtbot.keyClicks(text_editor(window), "Typed just before closing. ")
    window.close()
    session = Session.open(store_path)
    try:
        assert session.store.get(Kind.SPEECH, speech_id).body.startswith("Typed just before closing. ")
    finally:
        session.close()


def test_an_unexpected_error_is_logged_and_shown_not_printed(monkeypatch, tmp_path, messages):
    import logging
    import sys

    from briefcase_app import app

    log_path = app.logs.configure()
    app.install_excepthook(log_path)
    try:
        try:
            raise RuntimeError("boom in a slot")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = sys.__excepthook__
        for handler in list(logging.getLogger("briefcase_app").handlers):
            if getattr(handler, "_briefcase", False):
                handler.flush()
    assert any("did not expect" in m and str(log_path) in m for m in messages)
    assert "boom in a slot" in log_path.read_text(encoding="utf-8")
    assert "Traceback" in log_path.read_text(encoding="utf-8")
