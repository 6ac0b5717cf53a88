"""Create, delete to Trash and back, undo and redo, duplicate, copy, reorder, revisions."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QPushButton

from briefcase_app.domain.models import Kind
from briefcase_app.ui.dialogs.revisions import RevisionsDialog
from briefcase_app.ui.plain import PlainLabel

from .helpers import click_nav, click_row, field, retype, shortcut, text_editor

CONF = "Paris Pact Vienna 2012"


def _focus_list(qtbot, window):
    window.items.view.setFocus()
    qtbot.keyClick(window.items.view, Qt.Key.Key_Down)


def test_undo_and_redo_create_and_delete(qtbot, demo_window):
    window = demo_window
    store = window.records.store
    click_nav(qtbot, window, "Background", CONF)
    before = store.count(Kind.FACT)
    shortcut(qtbot, window, "Ctrl+N")
    new_id = window.editor.item_id
    assert store.count(Kind.FACT) == before + 1
    window.items.view.setFocus()
    shortcut(qtbot, window, "Ctrl+Z")
    assert store.count(Kind.FACT) == before and store.find(Kind.FACT, new_id) is None
    shortcut(qtbot, window, "Ctrl+Shift+Z")
    assert store.find(Kind.FACT, new_id) is not None

    # delete the item being edited: the editor closes, the item is in the Trash, undo brings it back
    assert window.items.select_id(new_id)
    assert window.editor.item_id == new_id
    window.items.view.setFocus()
    shortcut(qtbot, window, "Del")
    assert store.find(Kind.FACT, new_id) is None
    assert window.editor.item_id is None
    assert new_id in [e.id for e in store.trash()]
    shortcut(qtbot, window, "Ctrl+Z")
    assert store.find(Kind.FACT, new_id) is not None


def test_deleting_saves_the_typing_first_and_trash_restores_it(qtbot, demo_window):
    window = demo_window
    click_nav(qtbot, window, "Speeches", CONF)
    _focus_list(qtbot, window)
    speech_id = window.editor.item_id
    editor = text_editor(window)
    editor.setFocus()
    qtbot.keyClicks(editor, "Last words before deleting. ")
    window.items.view.setFocus()
    shortcut(qtbot, window, "Del")
    click_nav(qtbot, window, "Trash")
    assert speech_id in window.items.visible_ids()
    window.items.select_id(speech_id)
    shortcut(qtbot, window, "Ctrl+Shift+R")  # Restore
    assert "Last words before deleting." in window.records.store.get(Kind.SPEECH, speech_id).body
    assert speech_id not in window.items.visible_ids()


def test_duplicate_and_copy_a_point_to_the_library(qtbot, demo_window, monkeypatch):
    window = demo_window
    store = window.records.store
    click_nav(qtbot, window, "Lines to take", CONF)
    _focus_list(qtbot, window)
    original = window.editor.item_id
    in_conference = store.count(Kind.POINT, conference_id=store.get(Kind.POINT, original).conference_id)
    shortcut(qtbot, window, "Ctrl+D")
    assert window.editor.item_id != original
    assert store.get(Kind.POINT, window.editor.item_id).origin_id == original
    assert (
        store.count(Kind.POINT, conference_id=store.get(Kind.POINT, original).conference_id)
        == in_conference + 1
    )

    library_before = store.count(Kind.POINT, library=True)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Library", True))
    window.items.select_id(original)
    window.items.view.setFocus()
    shortcut(qtbot, window, "Ctrl+Shift+C")
    assert store.count(Kind.POINT, library=True) == library_before + 1
    click_nav(qtbot, window, "Library")
    click_nav(qtbot, window, "Lines to take", "Library")
    topic = store.get(Kind.POINT, original).display_title
    click_row(qtbot, window, topic[:200] if len(topic) <= 200 else topic[:199] + "…")


def test_reorder_points_with_the_keyboard_and_undo(qtbot, demo_window):
    window = demo_window
    click_nav(qtbot, window, "Lines to take", CONF)
    order = window.items.visible_ids()
    assert len(order) >= 2
    window.items.select_id(order[0])
    window.items.view.setFocus()
    shortcut(qtbot, window, "Alt+Down")
    assert window.items.visible_ids()[:2] == [order[1], order[0]]
    stored = [
        p.id
        for p in window.records.store.list(
            Kind.POINT, conference_id=window.navigator.current_target().conference_id
        )
    ]
    assert stored[:2] == [order[1], order[0]]
    shortcut(qtbot, window, "Ctrl+Z")
    assert window.items.visible_ids() == order


def test_restore_an_earlier_revision(qtbot, demo_window, monkeypatch):
    window = demo_window
    click_nav(qtbot, window, "Speeches", CONF)
    _focus_list(qtbot, window)
    speech_id = window.editor.item_id
    original = window.records.store.get(Kind.SPEECH, speech_id).body
    monkeypatch.setattr("briefcase_app.store.revisions.REVISION_COALESCE_SECONDS", 0)
    editor = text_editor(window)
    editor.selectAll()
    qtbot.keyClicks(editor, "Replaced text.")
    assert window.editor.save()

    def choose_older():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RevisionsDialog)
        dialog.list.setCurrentRow(1)
        qtbot.mouseClick(dialog.findChild(QPushButton, "restore_revision"), Qt.MouseButton.LeftButton)

    QTimer.singleShot(100, choose_older)
    shortcut(qtbot, window, "Ctrl+Shift+H")
    assert window.records.store.get(Kind.SPEECH, speech_id).body == original
    assert text_editor(window).toPlainText() == original


def test_an_empty_title_is_not_saved_but_the_rest_is(qtbot, demo_window, messages):
    window = demo_window
    click_nav(qtbot, window, "Speeches", CONF)
    _focus_list(qtbot, window)
    speech_id = window.editor.item_id
    title = window.records.store.get(Kind.SPEECH, speech_id).title
    retype(qtbot, field(window, "title"), "")
    text_editor(window).setFocus()
    qtbot.keyClicks(text_editor(window), "Kept words. ")
    assert not window.editor.save()
    assert window.saved_label.text() == "Not saved: Title cannot be empty."
    problem = window.editor.current_editor.findChild(PlainLabel, "problem_title")
    assert problem.isVisible() and problem.text() == "Title cannot be empty."
    assert field(window, "title").property("problem")
    click_nav(qtbot, window, "Programme", CONF)  # leaving keeps everything valid
    speech = window.records.store.get(Kind.SPEECH, speech_id)
    assert speech.body.startswith("Kept words. ") and speech.title == title
    assert any("Title cannot be empty." in m for m in messages)


def test_drag_a_point_to_a_new_place(qtbot, demo_window):
    window = demo_window
    click_nav(qtbot, window, "Lines to take", CONF)
    order = window.items.visible_ids()
    assert len(order) >= 3
    window.items.select_id(order[0])
    window.items.view.dropped.emit(0, 2)  # what a drop of row 0 onto row 2 reports
    assert window.items.visible_ids()[:3] == [order[1], order[2], order[0]]
    shortcut(qtbot, window, "Ctrl+Z")
    assert window.items.visible_ids() == order


def test_preferences_change_the_speaking_rate(qtbot, demo_window):
    from briefcase_app.ui.dialogs.preferences import PreferencesDialog

    window = demo_window

    def set_rate():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PreferencesDialog)
        dialog.rate.setValue(100)
        dialog.accept()

    QTimer.singleShot(100, set_rate)
    window.actions.preferences.trigger()
    assert window.settings.prefs.speaking_rate == 100
    click_nav(qtbot, window, "Speeches", CONF)
    _focus_list(qtbot, window)
    assert "at 100 words a minute" in window.editor.current_editor.stats.text()


def test_back_up_now_into_the_chosen_folder(qtbot, demo_window, messages, tmp_path):
    window = demo_window
    window.settings.prefs.backup_dir = str(tmp_path / "backups")
    (tmp_path / "backups").mkdir()
    shortcut(qtbot, window, "Ctrl+Shift+B")
    qtbot.waitUntil(lambda: any("backed up" in m for m in messages), timeout=10_000)
    assert list((tmp_path / "backups").glob("demo-*.db"))


def test_find_in_text(qtbot, demo_window):
    window = demo_window
    click_nav(qtbot, window, "Speeches", CONF)
    _focus_list(qtbot, window)
    text_editor(window).setFocus()
    shortcut(qtbot, window, "Ctrl+F")
    bar = window.editor.current_editor.text.find_bar
    assert bar.isVisible() and bar.field.hasFocus()
    word = "Kazakhstan" if "Kazakhstan" in text_editor(window).toPlainText() else "Казахстан"
    bar.field.insert(word)  # QTest types ASCII only (it asserts on Cyrillic): paste-like input
    assert text_editor(window).textCursor().selectedText() == word
    qtbot.keyClicks(bar.field, "zzz")
    assert bar.result.text() == "Not found"
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible()


def test_delete_a_conference_from_the_navigator_and_undo(qtbot, demo_window, messages):
    window = demo_window
    store = window.records.store
    conference_id = store.list(Kind.CONFERENCE)[0].id
    click_nav(qtbot, window, CONF)
    assert window.editor.kind is Kind.CONFERENCE
    window.navigator.setFocus()
    shortcut(qtbot, window, "Del")
    assert any("and all its material" in m for m in messages)  # asked first (answered Yes)
    assert store.count(Kind.CONFERENCE) == 0 and store.count(Kind.SPEECH, conference_id=conference_id) == 0
    assert window.navigator.nav_model.rowCount() == 2  # Library and Trash
    shortcut(qtbot, window, "Ctrl+Z")
    assert store.count(Kind.SPEECH, conference_id=conference_id) == 2
    assert window.navigator.nav_model.item(0).text() == CONF


def test_rename_with_f2_and_filter_by_tag(qtbot, demo_window):
    window = demo_window
    click_nav(qtbot, window, "Background", CONF)
    _focus_list(qtbot, window)
    fact_id = window.editor.item_id
    shortcut(qtbot, window, "Ctrl+N")  # a new fact: F2 goes to its statement
    new_id = window.editor.item_id
    window.items.view.setFocus()
    shortcut(qtbot, window, "F2")
    assert QApplication.focusWidget() is text_editor(window)
    text_editor(window).selectAll()
    qtbot.keyClicks(text_editor(window), "Opium cultivation rose in 2011")
    assert window.editor.save()
    assert window.records.store.get(Kind.FACT, new_id).statement == "Opium cultivation rose in 2011"
    click_nav(qtbot, window, "Speeches", CONF)
    _focus_list(qtbot, window)
    shortcut(qtbot, window, "F2")
    assert QApplication.focusWidget() is field(window, "title")
    click_nav(qtbot, window, "Background", CONF)
    tag = window.records.store.get(Kind.FACT, fact_id).tags[0]
    qtbot.keyClicks(window.items.filter, tag)
    assert fact_id in window.items.visible_ids() and new_id not in window.items.visible_ids()


def test_add_a_person_to_a_conference(qtbot, demo_window, monkeypatch):
    from briefcase_app.domain.models import Role

    window = demo_window
    click_nav(qtbot, window, "People", CONF)
    before = len(window.items.visible_ids())
    from briefcase_app.ui.people_ops import NewPersonDialog

    def fill(dialog):  # the dialog's widgets, typed into as a person does (exec would block)
        qtbot.keyClicks(dialog.name, "Aigerim Seitkali")
        dialog.role.setCurrentIndex(dialog.role.findData(Role.COUNTERPART.value))
        return NewPersonDialog.DialogCode.Accepted

    monkeypatch.setattr(NewPersonDialog, "exec", fill)
    shortcut(qtbot, window, "Ctrl+N")
    assert len(window.items.visible_ids()) == before + 1
    assert window.editor.kind is Kind.PERSON
    assert field(window, "name").text() == "Aigerim Seitkali"
    conference_id = window.navigator.current_target().conference_id
    roles = {p.name: part.role for part, p in window.records.store.participants(conference_id)}
    assert roles["Aigerim Seitkali"] is Role.COUNTERPART
