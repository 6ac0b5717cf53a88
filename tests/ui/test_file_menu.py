"""File > Restore backup…, Export folder… / Export bundle…, Help > Guide and Keyboard shortcuts,
and a clear message when no program opens the exported PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from briefcase_app.domain.models import Conference, Kind
from briefcase_app.ui import restore_dialog
from briefcase_app.ui.backups import back_up_now
from briefcase_app.ui.restore_dialog import RestoreDialog, no_viewer_box

from .helpers import click_nav

DEMO = "Paris Pact Vienna 2012"


def _trigger(w, name: str) -> None:
    action = w.actions._all[name]
    assert action.isEnabled()
    action.trigger()


def _backups_of(path: Path) -> list[Path]:
    return sorted(path.with_name(path.name + "-backups").glob("*.db"))


def test_restore_a_backup_from_the_file_menu(qtbot, demo_window, tmp_path, messages, monkeypatch):
    w = demo_window
    path = w.session.path
    back_up_now(w)
    qtbot.waitUntil(lambda: len(_backups_of(path)) == 1, timeout=10_000)
    # after the backup: a conference that the restore takes away
    w.bus.publish(w.records.create(Conference(title="Added after the backup")))
    assert w.records.store.conferences_matching("Added after the backup")

    shown = {}

    def choose_first():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RestoreDialog)
        shown["rows"] = [dialog.list.topLevelItem(i).text(1) for i in range(dialog.list.topLevelItemCount())]
        shown["made"] = dialog.list.topLevelItem(0).text(0)
        dialog.restore_button.click()

    QTimer.singleShot(0, choose_first)
    _trigger(w, "restore_backup")
    assert shown["rows"] and shown["rows"][0].endswith(("KB", "MB")) and shown["made"][:2] == "20"
    assert any("Replace the store with the backup" in m for m in messages), messages
    # the window closed its store for the restore and opened it again
    assert w.session is not None and w.session.path == path
    assert not w.records.store.conferences_matching("Added after the backup")
    assert w.records.store.conferences_matching(DEMO)
    assert "Restored the backup made" in w.statusBar().currentMessage()
    assert any("before-restore" in p.name for p in _backups_of(path)), "the store was backed up first"
    click_nav(qtbot, w, "Speeches", DEMO)  # the window works on the reopened store
    assert len(w.items.visible_ids()) == 2


def test_restore_dialog_lists_nothing_without_backups(demo_window):
    dialog = RestoreDialog(restore_dialog._backups(demo_window), demo_window)
    assert dialog.list.topLevelItemCount() == 0 and not dialog.restore_button.isEnabled()
    dialog.close()


def test_export_folder_and_bundle_from_the_file_menu(qtbot, demo_window, tmp_path, monkeypatch):
    w = demo_window
    click_nav(qtbot, w, DEMO)
    folder = tmp_path / "out"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    _trigger(w, "export_folder")
    qtbot.waitUntil(lambda: "Exported" in w.statusBar().currentMessage(), timeout=10_000)
    assert str(folder) in w.statusBar().currentMessage() and list(folder.rglob("*.md"))
    bundle = tmp_path / "vienna.briefcase"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(bundle), ""))
    _trigger(w, "export_bundle")
    from briefcase_app.services.exchange import read_bundle

    qtbot.waitUntil(lambda: "to the bundle" in w.statusBar().currentMessage(), timeout=10_000)
    assert read_bundle(bundle)


def test_help_guide_and_keyboard_shortcuts(qtbot, demo_window, monkeypatch):
    w = demo_window
    opened = []
    monkeypatch.setattr(QDialog, "exec", lambda self: opened.append(self) or 0)
    menu = [a for a in w.menuBar().actions() if a.menu() and a.menu().objectName() == "menu_help"][0].menu()
    names = [a.objectName() for a in menu.actions()]
    assert "action_guide" in names and "action_shortcuts" in names
    next(a for a in menu.actions() if a.objectName() == "action_guide").trigger()
    guide = opened[-1]
    assert "pre-flight" in guide.text.toPlainText() and "Restore backup" in guide.text.toPlainText()
    next(a for a in menu.actions() if a.objectName() == "action_shortcuts").trigger()
    rows = {
        opened[-1].table.topLevelItem(i).text(0): opened[-1].table.topLevelItem(i).text(1)
        for i in range(opened[-1].table.topLevelItemCount())
    }
    assert rows["Search everything"] == "Ctrl+K"
    assert any(keys == "Ctrl+E" for keys in rows.values())


def test_no_pdf_viewer_says_so_with_the_path(qtbot, demo_window, tmp_path, monkeypatch):
    pdf = tmp_path / "pack.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    monkeypatch.setattr(restore_dialog, "viewer_available", lambda _p: False)
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    assert restore_dialog.open_file(demo_window, pdf) is False
    assert shown and "No program to open PDF files" in shown[0] and str(pdf) in shown[0]
    box = no_viewer_box(demo_window, pdf)
    assert box.textInteractionFlags()  # the path can be selected and copied


def test_the_conference_overview_counts_follow_edits(qtbot, demo_window):
    w = demo_window
    click_nav(qtbot, w, DEMO)
    before = int(w.items.overview.section_text()["Speeches"])
    speech = w.records.list(Kind.SPEECH, conference=w.navigator.current_target().conference_id)[0]
    w.bus.publish(w.records.delete(Kind.SPEECH, speech.id))
    assert int(w.items.overview.section_text()["Speeches"]) == before - 1


@pytest.mark.qt_no_exception_capture  # the first reads may hit a damaged page before the check ends
def test_a_damaged_store_is_found_in_the_background_after_the_window_opens(
    open_window, tmp_path, qtbot, messages
):
    from briefcase_app.domain.errors import StoreError
    from briefcase_app.services.demo import fill_demo
    from briefcase_app.services.records import RecordService
    from briefcase_app.store import Store
    from briefcase_app.ui.backups import snapshot_on_open

    path = tmp_path / "damaged.db"
    with Store.open(path) as store:
        fill_demo(RecordService(store))
    data = bytearray(path.read_bytes())
    for i in range(len(data) - 6 * 4096, len(data) - 2 * 4096):  # not the pages the cheap checks read
        data[i] = 0xA5
    path.write_bytes(bytes(data))
    w = open_window(path)  # opens at once: the whole-file check is left to the background
    assert w.session.store.unchecked
    snapshot_on_open(w)
    qtbot.waitUntil(lambda: any("damaged" in m for m in messages), timeout=10_000)
    assert any("nothing more will be written" in m for m in messages)
    before = path.read_bytes()
    try:
        w.records.create(Conference(title="Never written"))
    except StoreError as e:
        assert "damaged" in str(e)
    else:
        raise AssertionError("a write to a damaged store went through")
    assert path.read_bytes() == before
