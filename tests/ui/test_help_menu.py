"""Help menu for a person who installed Briefcase: Start here, the log and backup folders, About;
the application icon; a first start opens the Start here note; an upgraded store says so."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtGui import QDesktopServices

from briefcase_app import __version__
from briefcase_app.ui import help_menu

OLD_0005 = Path(__file__).parent.parent / "data" / "store_0005.db"


def action(w, name):
    return next(
        a for a in w.menuBar().findChildren(type(w.actions.quit)) if a.objectName() == f"action_{name}"
    )


def test_help_menu_lists_start_here_folders_and_about(demo_window):
    menu = next(m.menu() for m in demo_window.menuBar().actions() if m.menu().objectName() == "menu_help")
    names = [a.objectName() for a in menu.actions() if not a.isSeparator()]
    assert names == [
        "action_start_here",
        "action_open_log_folder",
        "action_open_backup_folder",
        "action_guide",
        "action_shortcuts",
        "action_about",
    ]


def test_about_says_version_store_backups_and_log(demo_window):
    text = help_menu.about_text(demo_window)
    store = demo_window.session.path
    assert f"Briefcase {__version__}" in text
    assert f"Store: {store}" in text
    assert f"Backups: {store.with_name(store.name + '-backups')}" in text
    assert f"Log file: {help_menu.log_file()}" in text
    box = help_menu.about_box(demo_window)
    assert box.text() == text and not box.iconPixmap().isNull()


def test_about_names_the_backup_folder_chosen_in_the_preferences(demo_window, tmp_path):
    demo_window.settings.prefs.backup_dir = str(tmp_path / "elsewhere")
    assert f"Backups: {tmp_path / 'elsewhere'}" in help_menu.about_text(demo_window)


def test_open_log_folder_shows_it_in_the_file_manager(demo_window, monkeypatch, tmp_path):
    opened = []
    monkeypatch.setattr(help_menu.paths, "log_dir", lambda: tmp_path / "log")
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    action(demo_window, "open_log_folder").trigger()
    assert opened == [str(tmp_path / "log")] and (tmp_path / "log").is_dir()
    action(demo_window, "open_backup_folder").trigger()
    assert opened[-1] == str(help_menu.backup_folder(demo_window))


def test_start_here_opens_the_demo_note(demo_window):
    action(demo_window, "start_here").trigger()
    editor = demo_window.editor
    assert editor.item_id == help_menu.start_here_id(demo_window) is not None
    note = demo_window.records.store.get(editor.kind, editor.item_id)
    assert note.topic.startswith("Start here") and note.conference_id is None
    assert note.body.count("\n1. ") + note.body.count("\n2. ") + note.body.count("\n3. ") == 3


def test_a_store_without_the_note_says_so(window):
    assert help_menu.open_start_here(window) is False
    assert "no Start here note" in window.statusBar().currentMessage()


def test_first_start_opens_start_here(demo_window):
    help_menu.greet(demo_window, first_start=True)
    assert demo_window.editor.item_id == help_menu.start_here_id(demo_window)


def test_an_upgraded_store_says_so_in_the_status_bar(open_window, tmp_path):
    path = tmp_path / "old.db"
    shutil.copyfile(OLD_0005, path)
    path.chmod(0o600)
    w = open_window(path)
    help_menu.greet(w, first_start=False)
    message = w.statusBar().currentMessage()
    assert "upgraded" in message and "before-upgrade" in message and str(path.parent) in message


def test_the_application_icon_has_every_size(qapp):
    icon = help_menu.application_icon()
    sizes = {s.width() for s in icon.availableSizes()}
    assert {16, 32, 48, 256, 512} <= sizes


def test_opening_an_old_store_from_the_file_menu_says_it_was_upgraded(window, tmp_path):
    path = tmp_path / "older.db"
    shutil.copyfile(OLD_0005, path)
    path.chmod(0o600)
    assert window.open_store(path)
    message = window.statusBar().currentMessage()
    assert "upgraded" in message and "before-upgrade" in message
