"""Laptop-first layout: the editor keeps at least half the width at 1366x768, 1280x720 and
1024x700; the panes shrink in proportion and can collapse; the layout is remembered per screen."""

from __future__ import annotations

import pytest

from briefcase_app.ui import layout
from briefcase_app.ui.main_window import MainWindow

SIZES = [(1920, 1080), (1366, 768), (1280, 720), (1024, 700)]


def _resize(qtbot, w, width, height):
    w.resize(width, height)
    qtbot.waitUntil(lambda: abs(sum(w.splitter.sizes()) - w.splitter.width()) < 20 and w.width() == width)


@pytest.mark.parametrize("width,height", SIZES[1:])
def test_the_editor_keeps_half_the_width(qtbot, demo_window, width, height):
    w = demo_window
    _resize(qtbot, w, width, height)
    assert layout.editor_share(w) >= 0.5, w.splitter.sizes()
    assert w.editor.width() >= w.width() // 2 - 40  # the window's frame and handles aside


def test_panes_shrink_in_proportion_and_collapse(qtbot, demo_window):
    w = demo_window
    _resize(qtbot, w, 1920, 1000)
    wide = w.splitter.sizes()
    _resize(qtbot, w, 1024, 700)
    narrow = w.splitter.sizes()
    assert narrow[0] < wide[0] and narrow[1] < wide[1], (wide, narrow)
    # drag the navigator shut: it collapses, the editor takes the room
    w.splitter.moveSplitter(0, 1)
    assert w.splitter.sizes()[0] == 0
    assert layout.editor_share(w) >= 0.5


def test_layout_remembered_per_screen_size(qtbot, demo_window, settings, monkeypatch):
    w = demo_window
    monkeypatch.setattr(layout, "screen_key", lambda _w: "1366x768")
    _resize(qtbot, w, 1366, 768)
    w.splitter.setSizes([0, 400, 966])  # navigator collapsed, a wider list
    laptop = w.splitter.sizes()
    w.save_window_state()
    again = MainWindow(settings)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    _resize(qtbot, again, 1366, 768)
    sizes = again.splitter.sizes()
    assert sizes[0] == 0 and sizes[1] / sum(sizes) > 0.25, (sizes, laptop)
    monkeypatch.setattr(layout, "screen_key", lambda _w: "1920x1080")
    other = MainWindow(settings)  # another screen: its own (here the default) proportions
    qtbot.addWidget(other)
    assert other.splitter.sizes()[0] > 0
