"""The window's menus and shortcuts, in one place; handlers live with the panels that own them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

Shortcut = QKeySequence.StandardKey | str | None


class Actions:
    """Builds the menu bar; `self.<name>` is each QAction, for enabling and for tests."""

    def __init__(self, window: QMainWindow):
        self.window = window
        self._all: dict[str, QAction] = {}

    def add(
        self,
        name: str,
        text: str,
        slot: Callable | None,
        shortcut: Shortcut = None,
        tip: str = "",
        checkable: bool = False,
    ) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(f"action_{name}")
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.setCheckable(checkable)
        if slot is not None:
            (action.toggled if checkable else action.triggered).connect(
                lambda *a, s=slot: s(*a[:1]) if checkable else s()
            )
        self.window.addAction(action)  # shortcuts work even while the menu bar is hidden
        self._all[name] = action
        setattr(self, name, action)
        return action

    def get(self, name: str) -> QAction:
        return self._all[name]

    def menu(self, title: str, names: list[str | None]) -> None:
        menu = self.window.menuBar().addMenu(title)
        for name in names:
            if name is None:
                menu.addSeparator()
            else:
                menu.addAction(self._all[name])
