"""Edit > Undo in the window is the session's history below it (services/undo.py): the menu says
what it would undo, a command run beside the window keeps its own history, and an undo that
would lose a change made elsewhere is refused with one message."""

from __future__ import annotations

from briefcase_app.domain.models import Kind

from .helpers import click_nav, shortcut

CONF = "Paris Pact Vienna 2012"


def test_window_and_command_line_each_undo_their_own(qtbot, demo_window, cli):
    window = demo_window
    store, path = window.records.store, str(window.session.path)
    click_nav(qtbot, window, "Background", CONF)
    shortcut(qtbot, window, "Ctrl+N")
    fact_id = window.editor.item_id
    assert window.history.undo_action.isEnabled()
    assert "Create" in window.history.undo_action.text()

    speech = store.list(Kind.SPEECH)[0]
    assert cli("delete", "speech", speech.id, "--store", path).code == 0  # a script, beside the window
    window.items.view.setFocus()
    shortcut(qtbot, window, "Ctrl+Z")  # the window's own: the new fact, not the script's delete
    assert store.find(Kind.FACT, fact_id) is None
    assert store.find(Kind.SPEECH, speech.id) is None
    assert not window.history.undo_action.isEnabled()
    assert "Create" in window.history.redo_action.text()

    ran = cli("undo", "--store", path)
    assert ran.code == 0 and "Undone: Delete" in ran.out
    assert store.find(Kind.SPEECH, speech.id) is not None
    shortcut(qtbot, window, "Ctrl+Shift+Z")
    assert store.find(Kind.FACT, fact_id) is not None


def test_undo_that_would_lose_a_later_change_is_refused(qtbot, demo_window, messages, cli):
    window = demo_window
    store, path = window.records.store, str(window.session.path)
    click_nav(qtbot, window, "Speeches", CONF)
    speech_id = window.items.visible_ids()[0]
    window.items.select_id(speech_id)
    window.items.view.setFocus()
    shortcut(qtbot, window, "Ctrl+D")  # duplicate: undo would send the copy to the Trash
    copy_id = window.editor.item_id
    assert copy_id != speech_id
    window.items.view.setFocus()
    shortcut(qtbot, window, "Del")
    assert cli("restore", "speech", copy_id, "--store", path).code == 0  # restored elsewhere meanwhile
    shortcut(qtbot, window, "Ctrl+Z")  # restore what is already back: refused, one message
    assert messages and "failed" in messages[-1]
    assert store.find(Kind.SPEECH, copy_id) is not None
    assert "Copy" in window.history.undo_action.text()  # the refused step left the list
