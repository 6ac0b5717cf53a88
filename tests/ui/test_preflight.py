"""The pre-flight panel below a pack's editor, driven as a person does: click Check, read the
grouped findings, open a group and an item; export a pack with blocking findings and answer
the question (Review shows the findings, Export anyway exports)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QPushButton

from briefcase_app.domain.models import Kind, Pack, PackSection, SectionKind
from briefcase_app.ui import export_runner, pack_export
from briefcase_app.ui.plain import tip as plain_tooltip

from .helpers import click_nav, click_row, shortcut

CONF = "Paris Pact Vienna 2012"
DEMO_GROUPS = [
    "Blocking: 3 items with a placeholder (TBC, XX, …)",
    "Blocking: 1 fact without a source",
    "Advisory: 10 facts older than 12 months",
]


@pytest.fixture
def save_to(monkeypatch, tmp_path):
    """The save dialog answers with a path in tmp_path (and counts its calls)."""
    target = tmp_path / "pack.pdf"
    asked = []

    def save_dialog(*_a, **_k):
        asked.append(True)
        return str(target), "PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    monkeypatch.setattr(export_runner, "offer_open", lambda _parent, _path: None)
    return target, asked


def _open_demo_pack(qtbot, window):
    click_nav(qtbot, window, "Packs", CONF)
    qtbot.keyClick(window.items.view, Qt.Key.Key_Down)
    assert window.editor.kind is Kind.PACK
    return window.editor.current_editor.extension


def _click_check(qtbot, panel) -> None:
    with qtbot.waitSignal(panel.checked, timeout=10_000):
        qtbot.mouseClick(panel.findChild(QPushButton, "preflight_check"), Qt.MouseButton.LeftButton)


def _lines(tree) -> list[str]:
    return [tree.topLevelItem(r).text(0) for r in range(tree.topLevelItemCount())]


def _double_click(qtbot, tree, item) -> None:
    """What a double-click sends: press and release, then the double-click (QTest's mouseDClick
    alone leaves out the first click, which the view needs to know the pressed row)."""
    tree.scrollToItem(item)
    pos = tree.visualItemRect(item).center()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def _question(window) -> QMessageBox | None:
    box = window.findChild(QMessageBox, "preflight_ask")
    return box if box is not None and box.isVisible() else None


def test_check_button_shows_the_findings_grouped_blocking_first(qtbot, demo_window):
    panel = _open_demo_pack(qtbot, demo_window)
    _click_check(qtbot, panel)
    tree = panel.findings
    assert _lines(tree) == DEMO_GROUPS  # one line per kind of finding, not 14 lines
    assert panel.summary.text() == "4 blocking, 10 advisory: Export asks before going ahead."
    assert panel.summary.textFormat() == Qt.TextFormat.PlainText
    old = tree.topLevelItem(2)
    assert not old.isExpanded()
    _double_click(qtbot, tree, old)  # a group's line opens onto its items
    assert old.isExpanded() and old.childCount() == 10
    assert all(old.child(r).text(0).startswith("Fact: ") for r in range(10))
    assert "older than 12 months" in old.child(0).text(0)
    assert demo_window.editor.kind is Kind.PACK  # opening a group opens no item


def test_double_click_on_a_finding_opens_its_item(qtbot, demo_window):
    window = demo_window
    panel = _open_demo_pack(qtbot, window)
    _click_check(qtbot, panel)
    tree = panel.findings
    placeholders = tree.topLevelItem(0)
    _double_click(qtbot, tree, placeholders)
    child = next(
        placeholders.child(r)
        for r in range(placeholders.childCount())
        if "XX" in placeholders.child(r).text(0)
    )
    kind, item_id = child.data(0, Qt.ItemDataRole.UserRole)
    assert kind == "point"
    _double_click(qtbot, tree, child)
    qtbot.waitUntil(lambda: window.editor.item_id == item_id)
    assert window.editor.kind is Kind.POINT


def test_export_with_blocking_findings_asks_and_review_shows_them(qtbot, demo_window, save_to):
    target, save_asked = save_to
    window = demo_window
    panel = _open_demo_pack(qtbot, window)
    shortcut(qtbot, window, "Ctrl+E")
    qtbot.waitUntil(lambda: _question(window) is not None, timeout=10_000)
    box = _question(window)
    assert box.text() == "The pre-flight check found 4 blocking findings:"
    assert "• 3 items with a placeholder (TBC, XX, …)\n• 1 fact without a source" in box.informativeText()
    assert "older than" not in box.informativeText()  # advisory findings are not the question
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in box.findChildren(QLabel))
    qtbot.mouseClick(box.findChild(QPushButton, "preflight_review"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _question(window) is None)
    assert save_asked == [] and not window.exporter.busy and not target.exists()
    tree = panel.findings
    assert [tree.topLevelItem(r).isExpanded() for r in range(3)] == [True, True, False]
    assert tree.currentItem() is tree.topLevelItem(0).child(0)
    assert "Not exported" in window.statusBar().currentMessage()


def test_export_anyway_exports_the_pack(qtbot, demo_window, save_to):
    target, save_asked = save_to
    window = demo_window
    _open_demo_pack(qtbot, window)
    shortcut(qtbot, window, "Ctrl+E")
    qtbot.waitUntil(lambda: _question(window) is not None, timeout=10_000)
    with qtbot.waitSignal(window.exporter.finished, timeout=60_000):
        qtbot.mouseClick(
            _question(window).findChild(QPushButton, "preflight_export_anyway"), Qt.MouseButton.LeftButton
        )
    assert save_asked == [True] and target.exists()


def test_a_pack_without_blocking_findings_is_exported_without_asking(
    qtbot, demo_window, save_to, monkeypatch
):
    target, _asked = save_to
    window = demo_window
    conference = next(c for c in window.records.store.list(Kind.CONFERENCE) if c.short_title == CONF)
    window.records.create(
        Pack(conference_id=conference.id, title="Speeches only", sections=[PackSection(SectionKind.SPEECHES)])
    )
    questions = []
    monkeypatch.setattr(pack_export, "ask_export_anyway", lambda *a: questions.append(a))
    click_nav(qtbot, window, "Packs", CONF)
    click_row(qtbot, window, "Speeches only")
    assert window.editor.kind is Kind.PACK
    with qtbot.waitSignal(window.exporter.finished, timeout=60_000):
        shortcut(qtbot, window, "Ctrl+E")
    assert questions == [] and target.exists()
    # advisory only (no steering brief opens this pack): nothing to ask
    assert (
        window.editor.current_editor.extension.summary.text()
        == "0 blocking, 1 advisory: nothing blocks the export."
    )


def test_tooltips_show_text_as_typed():
    assert (
        plain_tooltip("<b>Bold</b> & co")
        == "<p style='white-space:pre-wrap'>&lt;b&gt;Bold&lt;/b&gt; &amp; co</p>"
    )
