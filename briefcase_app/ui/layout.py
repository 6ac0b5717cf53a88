"""Laptop-first proportions of navigator | list | editor.

The three panes shrink and grow in proportion (17 : 28 : 55) as the window does, the navigator
and the list can be collapsed by dragging them shut, and the editor keeps at least half the
width unless the person drags it narrower. What the person sets is remembered per screen size
(a 1366x768 laptop and a 1920x1080 monitor each keep their own), in the settings file."""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QSplitter

SHARES = (17, 28, 55)  # navigator, list, editor
MIN_NAVIGATOR, MIN_LIST = 110, 180


def screen_key(window) -> str:
    screen = window.screen()
    if screen is None:
        return "default"
    size = screen.availableGeometry().size()
    return f"{size.width()}x{size.height()}"


def _key(window) -> str:
    return f"window/splitter_{screen_key(window)}"


def set_up(splitter: QSplitter, navigator, items) -> None:
    """Proportional stretch; the side panes may collapse; none stops the editor keeping half."""
    for index, share in enumerate(SHARES):
        splitter.setStretchFactor(index, share)
    navigator.setMinimumWidth(MIN_NAVIGATOR)
    items.setMinimumWidth(MIN_LIST)
    splitter.setCollapsible(0, True)
    splitter.setCollapsible(1, True)
    splitter.setCollapsible(2, False)


def proportional(splitter: QSplitter, width: int) -> None:
    total = sum(SHARES)
    splitter.setSizes([width * share // total for share in SHARES])


def restore(window) -> None:
    """This screen size's own layout, else the proportions."""
    state = window.settings.qsettings.value(_key(window), QByteArray())
    if isinstance(state, QByteArray) and not state.isEmpty() and window.splitter.restoreState(state):
        return
    proportional(window.splitter, max(window.width(), 640))


def save(window) -> None:
    window.settings.qsettings.setValue(_key(window), window.splitter.saveState())


def editor_share(window) -> float:
    sizes = window.splitter.sizes()
    return sizes[2] / max(1, sum(sizes))
