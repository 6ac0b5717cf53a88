"""The real window on a temporary store, with settings in a temporary ini file."""

from __future__ import annotations

import pytest

from briefcase_app.services.collection import Session
from briefcase_app.ui.main_window import MainWindow
from briefcase_app.ui.settings import Settings


@pytest.fixture(autouse=True)
def _no_modal_dialogs(monkeypatch):
    """A message box would block the test: record it instead (tests assert on `shown`)."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []

    def fake(answer):
        def box(_parent, _title, text, *a, **k):
            shown.append(text)
            return answer

        return box

    monkeypatch.setattr(QMessageBox, "warning", fake(QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "critical", fake(QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "information", fake(QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "question", fake(QMessageBox.StandardButton.Yes))
    from briefcase_app.ui import plain  # the window's own message boxes (plain text)

    monkeypatch.setattr(plain, "warning", fake(QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(plain, "critical", fake(QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(plain, "information", fake(QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(plain, "question", fake(QMessageBox.StandardButton.Yes))
    return shown


@pytest.fixture
def messages(_no_modal_dialogs):
    return _no_modal_dialogs


@pytest.fixture
def settings(tmp_path):
    return Settings(tmp_path / "settings.ini")


@pytest.fixture
def open_window(qtbot, settings, store_templates):
    """open_window(path, demo=False) -> a shown MainWindow on the store at `path` (closed at
    teardown); demo=True puts a copy of the demo store there first (tests/conftest.py)."""
    windows = []

    def make(path, demo: bool = False):
        if demo:
            store_templates.demo_at(path)
        session = Session.open(path)
        window = MainWindow(settings, session)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)  # shortcuts reach only the active window
        windows.append(window)
        return window

    yield make
    for window in windows:
        if window.session is not None:
            window.close()


@pytest.fixture
def window(open_window, tmp_path):
    return open_window(tmp_path / "ui.db")


@pytest.fixture
def demo_window(open_window, tmp_path):
    return open_window(tmp_path / "demo.db", demo=True)
