"""The window backs the store up when it is opened, and on File > Back up now."""

from __future__ import annotations

from briefcase_app.ui.backups import back_up_now, snapshot_on_open


def _backups(path):
    folder = path.with_name(path.name + "-backups")
    return sorted(folder.glob("*.db")) if folder.exists() else []


def test_snapshot_when_opened_and_on_demand(qtbot, demo_window, tmp_path, messages):
    store_path = tmp_path / "demo.db"
    snapshot_on_open(demo_window)
    qtbot.waitUntil(lambda: len(_backups(store_path)) == 1, timeout=10_000)
    back_up_now(demo_window)
    qtbot.waitUntil(lambda: len(_backups(store_path)) == 2, timeout=10_000)
    qtbot.waitUntil(lambda: any("backed up" in m for m in messages), timeout=5_000)
    assert all(oct(p.stat().st_mode)[-3:] == "600" for p in _backups(store_path))
