"""The pre-flight panel below a pack's editor, driven as a person does: click Check, read the
findings, open one; export a pack with blocking findings and answer the question."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from briefcase_app.domain.models import Kind

from .helpers import click_nav

CONF = "Paris Pact Vienna 2012"


def _open_demo_pack(qtbot, window):
    click_nav(qtbot, window, "Packs", CONF)
    qtbot.keyClick(window.items.view, Qt.Key.Key_Down)
    assert window.editor.kind is Kind.PACK
    return window.editor.current_editor.extension


def _check_button(panel) -> QPushButton:
    return next(b for b in panel.findChildren(QPushButton) if b.text() == "Check")


def test_check_button_shows_the_findings(qtbot, demo_window):
    panel = _open_demo_pack(qtbot, demo_window)
    with qtbot.waitSignal(panel.checked, timeout=10_000):
        qtbot.mouseClick(_check_button(panel), Qt.MouseButton.LeftButton)
    shown = [panel.findings.item(r).text() for r in range(panel.findings.count())]
    assert any("placeholder TBC" in t for t in shown)
