"""People of a conference: change a person's role there, remove them from it, undo both."""

from __future__ import annotations

from briefcase_app.domain.models import Kind, Role
from briefcase_app.ui import plain

from .helpers import click_nav, click_row, shortcut

CONF = "Paris Pact Vienna 2012"


def _roles(window) -> dict[str, Role]:
    conference_id = window.navigator.current_target().conference_id
    return {p.name: part.role for part, p in window.records.store.participants(conference_id)}


def _shown(window) -> dict[str, str]:
    proxy = window.items.proxy
    return {proxy.index(r, 0).data(): proxy.index(r, 1).data() for r in range(proxy.rowCount())}


def test_change_a_role_and_remove_a_person_with_undo(qtbot, demo_window, monkeypatch, messages):
    window = demo_window
    click_nav(qtbot, window, "People", CONF)
    assert _roles(window)["Yury Fedotov"] is Role.COUNTERPART
    click_row(qtbot, window, "Yury Fedotov")
    assert window.editor.kind is Kind.PERSON
    menu = [x for x in window.items.context_menu().actions() if not x.isSeparator()]  # right-click
    assert menu[:2] == [window.actions.change_role, window.actions.remove_person]
    assert window.actions.delete not in menu and not window.actions.delete.isEnabled()  # never to Trash
    asked = []

    def pick(_parent, _title, label, items, current):
        asked.append((label, items[current]))
        return Role.HEAD_OF_DELEGATION.label, True

    monkeypatch.setattr(plain, "get_item", pick)
    window.actions.change_role.trigger()
    assert asked == [("Role of Yury Fedotov in this conference:", Role.COUNTERPART.label)]
    assert _roles(window)["Yury Fedotov"] is Role.HEAD_OF_DELEGATION
    assert _shown(window)["Yury Fedotov"] == Role.HEAD_OF_DELEGATION.label  # the list refreshed
    assert window.items.current_id() == window.editor.item_id  # the row stays chosen
    window.items.view.setFocus()
    shortcut(qtbot, window, "Ctrl+Z")
    assert _roles(window)["Yury Fedotov"] is Role.COUNTERPART
    assert _shown(window)["Yury Fedotov"] == Role.COUNTERPART.label

    # Delete on a person row takes them off this conference (after a question), not to the Trash
    person_id = window.items.current_id()
    before = len(_roles(window))
    shortcut(qtbot, window, "Del")
    assert any("Remove Yury Fedotov from" in m for m in messages)
    assert "Yury Fedotov" not in _roles(window) and len(_roles(window)) == before - 1
    assert "Yury Fedotov" not in _shown(window)
    assert window.records.store.find(Kind.PERSON, person_id) is not None  # still in the store
    assert not [e for e in window.records.store.trash() if e.id == person_id]
    assert window.editor.item_id is None
    shortcut(qtbot, window, "Ctrl+Z")
    assert _roles(window)["Yury Fedotov"] is Role.COUNTERPART
    assert _shown(window)["Yury Fedotov"] == Role.COUNTERPART.label
    shortcut(qtbot, window, "Ctrl+Shift+Z")
    assert "Yury Fedotov" not in _roles(window)
    shortcut(qtbot, window, "Ctrl+Z")

    # the Item menu's Remove from conference… does the same; saying No keeps the person
    click_row(qtbot, window, "Yury Fedotov")
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(plain, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    window.actions.remove_person.trigger()
    assert "Yury Fedotov" in _roles(window)

    click_nav(qtbot, window, "Speeches", CONF)
    window.items.view.setFocus()
    window.items.select_id(window.items.visible_ids()[0])
    assert not window.actions.change_role.isEnabled() and not window.actions.remove_person.isEnabled()
    menu = window.items.context_menu().actions()
    assert window.actions.duplicate in menu and window.actions.delete in menu
    assert window.actions.change_role not in menu
