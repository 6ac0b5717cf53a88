"""Drive the window as a person does: click navigator nodes and list rows, type, press keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from briefcase_app.ui.models.nav_model import TARGET_ROLE


def click_nav(qtbot, window, label: str, conference_title: str | None = None) -> None:
    """Click the navigator node `label` (under the conference or node `conference_title`)."""
    nav = window.navigator
    model = nav.nav_model
    parent = None
    for row in range(model.rowCount()):
        top = model.item(row)
        if conference_title is None and top.text() == label:
            _click_index(qtbot, nav, top.index())
            return
        if conference_title is not None and top.text() == conference_title:
            parent = top
    assert parent is not None, f"no navigator node {conference_title!r}"
    nav.expand(parent.index())
    for row in range(parent.rowCount()):
        child = parent.child(row)
        if child.text() == label:
            _click_index(qtbot, nav, child.index())
            return
    raise AssertionError(f"no node {label!r} under {conference_title!r}")


def _click_index(qtbot, view, index) -> None:
    view.scrollTo(index)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.currentIndex() == index, "the click did not reach the node"
    assert index.data(TARGET_ROLE) is not None


def click_row(qtbot, window, text: str) -> None:
    """Click the list row whose first cell is `text`."""
    view = window.items.view
    proxy = window.items.proxy
    for row in range(proxy.rowCount()):
        index = proxy.index(row, 0)
        if index.data() == text:
            view.scrollTo(index)
            qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
            return
    raise AssertionError(f"no row {text!r} in {[proxy.index(r, 0).data() for r in range(proxy.rowCount())]}")


def field(window, name: str) -> QLineEdit:
    return window.editor.current_editor.findChild(QLineEdit, f"field_{name}")


def retype(qtbot, line: QLineEdit, text: str) -> None:
    line.setFocus()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    qtbot.keyClicks(line, text)


def text_editor(window):
    return window.editor.current_editor.text.text


def shortcut(qtbot, window, keys: str) -> None:
    """Press a menu shortcut like 'Ctrl+N' on the focused widget of the window."""
    from PySide6.QtGui import QKeySequence

    combo = QKeySequence(keys)[0]
    target = window.focusWidget() or window
    qtbot.keyClick(target, combo.key(), combo.keyboardModifiers())


def title_of(window) -> str:
    return window.editor.current_editor.heading.text()
