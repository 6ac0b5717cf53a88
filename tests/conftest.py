"""Shared fixtures. Qt runs offscreen; sockets are blocked for the whole suite (pyproject addopts)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from briefcase_app.services.demo import fill_demo  # noqa: E402
from briefcase_app.services.records import RecordService  # noqa: E402
from briefcase_app.store import Store  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """No test touches the real user's store, settings or logs."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local/share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local/state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.delenv("BRIEFCASE_STORE", raising=False)


@pytest.fixture
def store_path(tmp_path):
    return tmp_path / "store.db"


@pytest.fixture
def store(store_path):
    """An empty store in a temporary file."""
    s = Store.open(store_path)
    yield s
    s.close()


@pytest.fixture
def records(store) -> RecordService:
    return RecordService(store)


@pytest.fixture
def demo(records):
    """The demo conference in a fresh store; returns the Conference."""
    return fill_demo(records)
