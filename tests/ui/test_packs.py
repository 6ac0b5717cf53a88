"""Build a pack in its editor, export it in the background, read the PDF back."""

from __future__ import annotations

import time

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QFileDialog, QListWidget

from briefcase_app.domain.models import Kind, SectionKind
from briefcase_app.ui import export_runner, pack_export

from .helpers import click_nav, field, retype, shortcut, text_editor

CONF = "Paris Pact Vienna 2012"


@pytest.fixture
def save_to(monkeypatch, tmp_path):
    """The save dialog answers with a path in tmp_path; 'Open PDF?' is recorded, not shown."""
    target = tmp_path / "out" / "pack.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF (*.pdf)"))
    offered = []
    monkeypatch.setattr(export_runner, "offer_open", lambda _parent, path: offered.append(path))
    return target, offered


@pytest.fixture
def export_anyway(monkeypatch):
    """Blocking pre-flight findings: answer "Export anyway" (test_preflight.py clicks the real
    question); returns the groups each question was about."""
    asked = []

    def answer(_parent, groups, then):
        asked.append([g.rule.id for g in groups])
        then(True)

    monkeypatch.setattr(pack_export, "ask_export_anyway", answer)
    return asked


def _pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def test_build_a_pack_and_export_it(qtbot, demo_window, save_to, export_anyway):
    target, offered = save_to
    window = demo_window
    # a speech of our own, to find in the PDF
    click_nav(qtbot, window, "Speeches", CONF)
    shortcut(qtbot, window, "Ctrl+N")
    retype(qtbot, field(window, "title"), "Closing remarks by the delegation")
    text_editor(window).setFocus()
    qtbot.keyClicks(text_editor(window), "We thank Austria for hosting the Vienna meeting.")
    speech_id = window.editor.item_id

    click_nav(qtbot, window, "Packs", CONF)
    shortcut(qtbot, window, "Ctrl+N")
    assert window.editor.kind is Kind.PACK
    pack_id = window.editor.item_id
    editor = window.editor.current_editor
    retype(qtbot, editor.title, "Pack for the closing session")
    sections = editor.findChild(QListWidget, "pack_sections")
    for row in range(sections.count()):  # keep the speeches only
        item = sections.item(row)
        if item.data(Qt.ItemDataRole.UserRole).kind is not SectionKind.SPEECHES:
            item.setCheckState(Qt.CheckState.Unchecked)
        else:
            sections.setCurrentRow(row)
    items = editor.findChild(QListWidget, "pack_items")
    qtbot.waitUntil(lambda: items.count() > 0)  # the section's items come from the store thread
    editor.findChild(QCheckBox, "pack_every").setChecked(False)
    for row in range(items.count()):
        item = items.item(row)
        item.setCheckState(
            Qt.CheckState.Checked
            if item.data(Qt.ItemDataRole.UserRole) == speech_id
            else Qt.CheckState.Unchecked
        )

    with qtbot.waitSignal(window.exporter.finished, timeout=60_000):
        shortcut(qtbot, window, "Ctrl+E")
    pack = window.records.store.get(Kind.PACK, pack_id)
    assert pack.title == "Pack for the closing session"
    assert [s.kind for s in pack.sections] == [SectionKind.SPEECHES]
    assert pack.sections[0].item_ids == [speech_id]
    text = _pdf_text(target)
    assert "Closing remarks by the delegation" in text
    assert "We thank Austria for hosting the Vienna meeting." in text
    assert offered == [target]
    assert export_anyway == [["not_cleared", "no_summary"]]  # a new speech is a draft: the export asked first


def test_cancel_stops_the_export_and_writes_nothing(qtbot, demo_window, save_to, monkeypatch, export_anyway):
    target, offered = save_to

    def slow_render(content, path, *, font=None, size=10.5, progress=None, cancel=None):
        for i in range(1000):
            if cancel():
                from briefcase_app.services.packs import ExportCancelled

                raise ExportCancelled()
            progress(i / 1000)
            time.sleep(0.01)
        raise AssertionError("not cancelled")

    monkeypatch.setattr(pack_export, "render_pack", slow_render)
    window = demo_window
    window.exporter.use_processes = False  # the slow stand-in lives in this process
    click_nav(qtbot, window, "Packs", CONF)
    qtbot.keyClick(window.items.view, Qt.Key.Key_Down)
    assert window.editor.kind is Kind.PACK
    shortcut(qtbot, window, "Ctrl+E")
    qtbot.waitUntil(lambda: window.exporter.busy, timeout=10_000)  # after the pack is assembled
    qtbot.waitUntil(lambda: window.exporter.bar.value() > 0)
    qtbot.mouseClick(window.exporter.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.exporter.busy, timeout=10_000)
    assert not target.exists() and offered == []
    assert "cancelled" in window.statusBar().currentMessage()


def test_reading_copy_of_a_speech(qtbot, demo_window, save_to):
    target, offered = save_to
    window = demo_window
    click_nav(qtbot, window, "Speeches", CONF)
    qtbot.keyClick(window.items.view, Qt.Key.Key_Down)
    title = window.records.store.get(Kind.SPEECH, window.editor.item_id).title
    with qtbot.waitSignal(window.exporter.finished, timeout=60_000):
        shortcut(qtbot, window, "Ctrl+Shift+E")
    assert offered == [target]
    assert title.split()[0] in _pdf_text(target)


def test_drag_sections_into_a_new_order(qtbot, demo_window):
    window = demo_window
    click_nav(qtbot, window, "Packs", CONF)
    qtbot.keyClick(window.items.view, Qt.Key.Key_Down)
    pack_id = window.editor.item_id
    sections = window.editor.current_editor.findChild(QListWidget, "pack_sections")
    first = sections.item(0).data(Qt.ItemDataRole.UserRole).kind
    # what a drag of the first section to the end does to the list's model
    sections.model().moveRow(sections.rootIndex(), 0, sections.rootIndex(), sections.count())
    assert window.editor.save()
    kinds = [s.kind for s in window.records.store.get(Kind.PACK, pack_id).sections]
    assert kinds[-1] is first and len(kinds) == len(SectionKind)


def test_the_export_process_protocol(monkeypatch, tmp_path):
    """What the child process puts on its queue (run here in-process, with a stand-in job)."""
    import queue
    import threading

    from briefcase_app.domain.errors import ValidationError
    from briefcase_app.ui import export_process

    def job(path, *, progress, cancel):
        progress(0.5)
        progress(1.0)
        if path == "bad":
            raise ValidationError("no font covers Ә")
        if cancel():
            raise RuntimeError("stopped")
        return tmp_path / path

    monkeypatch.setitem(export_process.JOBS, "test", job)
    for arg, cancelled, expected in (
        ("ok.pdf", False, ("done", str(tmp_path / "ok.pdf"))),
        ("bad", False, ("error", "no font covers Ә", True)),
        ("x.pdf", True, ("cancelled",)),
    ):
        q, event = queue.Queue(), threading.Event()
        if cancelled:
            event.set()
        export_process.run_export("test", (arg,), q, event)  # arguments given directly
        messages = [q.get_nowait() for _ in range(q.qsize())]
        assert messages[0] == ("progress", 0.5)
        assert messages[-1][: len(expected)] == expected


def test_the_body_size_chosen_in_preferences_reaches_the_pack(qtbot, demo_window, save_to, export_anyway):
    from briefcase_app.ui.dialogs.preferences import PreferencesDialog

    target, _offered = save_to
    window = demo_window

    def export() -> int:
        click_nav(qtbot, window, "Packs", CONF)
        qtbot.keyClick(window.items.view, Qt.Key.Key_Down)
        assert window.editor.kind is Kind.PACK
        with qtbot.waitSignal(window.exporter.finished, timeout=60_000):
            shortcut(qtbot, window, "Ctrl+E")
        return len(PdfReader(str(target)).pages)

    default_pages = export()
    dialog = PreferencesDialog(window.settings.prefs, window)
    qtbot.addWidget(dialog)
    dialog.size.setCurrentIndex(dialog.size.findData(14.0))
    dialog.accept()
    assert window.settings.prefs.pdf_size == 14.0
    assert export() > default_pages  # the same pack in 14 pt runs longer
