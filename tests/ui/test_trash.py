"""The Trash says what it does: where an item came from, its text, "Delete for good…" with a
confirmation, and a status message for deleting and restoring."""

from __future__ import annotations

from briefcase_app.domain.models import Kind

from .helpers import click_nav, click_row, shortcut

DEMO = "Paris Pact Vienna 2012"


def _delete_first_speech(qtbot, w) -> tuple[str, str]:
    click_nav(qtbot, w, "Speeches", DEMO)
    speech_id = w.items.visible_ids()[0]
    w.items.select_id(speech_id)
    title = w.items.view.currentIndex().data()
    w.items.view.setFocus()
    shortcut(qtbot, w, "Del")
    assert w.records.store.find(Kind.SPEECH, speech_id) is None
    return speech_id, title


def test_delete_then_restore_say_so_and_the_trash_shows_origin_and_text(qtbot, demo_window):
    w = demo_window
    speech_id, title = _delete_first_speech(qtbot, w)
    assert w.statusBar().currentMessage() == f"Moved “{title}” to the Trash (Ctrl+Z brings it back)."

    click_nav(qtbot, w, "Trash")
    headers = w.items.model.source.headers
    click_row(qtbot, w, title)
    row = w.items.proxy.index(0, headers.index("From")).data()
    assert row == f"{DEMO} › Speeches"
    preview = w.trash_preview
    assert w.editor.currentWidget() is preview
    assert title in preview.title.text() and f"From: {DEMO} › Speeches" in preview.origin.text()
    body = w.records.store.get(Kind.SPEECH, speech_id, include_deleted=True).body
    first_words = body.split("\n")[0].lstrip("# ").strip()[:20]
    assert first_words and first_words in preview.preview.toPlainText()
    speaker = w.records.store.get(Kind.SPEECH, speech_id, include_deleted=True).speaker
    assert f"Speaker: {speaker}" in preview.preview.toPlainText()  # labelled as in the editor
    assert w.actions.delete.text().replace("&", "") == "Delete for good…"

    preview.restore_button.click()
    assert w.records.store.find(Kind.SPEECH, speech_id) is not None
    assert w.statusBar().currentMessage() == f"Restored “{title}” to {DEMO} › Speeches."
    click_nav(qtbot, w, "Speeches", DEMO)
    assert w.actions.delete.text().replace("&", "") == "Delete (to Trash)"


def test_delete_in_the_trash_asks_and_deletes_for_good(qtbot, demo_window, messages):
    w = demo_window
    speech_id, title = _delete_first_speech(qtbot, w)
    click_nav(qtbot, w, "Trash")
    click_row(qtbot, w, title)
    w.items.view.setFocus()
    shortcut(qtbot, w, "Del")
    assert any("for good" in m and title in m for m in messages), messages
    assert w.records.store.find(Kind.SPEECH, speech_id, include_deleted=True) is None
    assert "Deleted for good" in w.statusBar().currentMessage()
    assert speech_id not in w.items.visible_ids()


def test_deleting_for_good_rewrites_the_backups_in_a_worker(qtbot, demo_window, messages):
    from briefcase_app.services.backups import Backups

    w = demo_window
    backup = Backups(w.session.path).create("manual")  # holds the speech about to go
    speech_id, title = _delete_first_speech(qtbot, w)
    assert title.encode() in backup.read_bytes()
    click_nav(qtbot, w, "Trash")
    click_row(qtbot, w, title)
    w.items.view.setFocus()
    shortcut(qtbot, w, "Del")
    # the window answers at once; the backups are rewritten off the GUI thread, then it says so
    qtbot.waitUntil(lambda: "rewritten without them" in w.statusBar().currentMessage(), timeout=30_000)
    assert title.encode() not in backup.read_bytes()
    assert speech_id.encode() not in backup.read_bytes()
