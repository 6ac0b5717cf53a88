"""The window and a command-line import write to one store at once: no error, no lost write."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from briefcase_app.domain.models import Kind

from .helpers import text_editor

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow  # an import of 800 files in a process of its own while the window saves (3 s)
def test_typing_while_an_import_runs(qtbot, demo_window, tmp_path, messages):
    window = demo_window
    speech_id = window.editor.item_id  # the first window opens the demo speech
    archive = tmp_path / "archive"
    archive.mkdir()
    for i in range(800):
        (archive / f"old-{i:04d}.txt").write_text(f"Old statement {i}\n\n" + "counter-narcotics " * 200)
    importer = subprocess.Popen(
        [sys.executable, "-m", "briefcase_app", "import", str(archive), "--store", str(window.session.path)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    editor = text_editor(window)
    editor.setFocus()
    saves = 0
    while importer.poll() is None and saves < 40:
        qtbot.keyClick(editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(editor, f" line{saves}")
        assert window.editor.save(), "a save failed while the import was writing"
        saves += 1
        qtbot.wait(50)
    out, err = importer.communicate(timeout=120)
    assert importer.returncode == 0, err
    assert saves >= 3, "the import ended before the window could write alongside it"
    assert not messages, messages
    body = window.records.store.get(Kind.SPEECH, speech_id).body
    assert all(f" line{i}" in body for i in range(saves)), "every save the window reported is there"
    assert window.records.store.count(Kind.SPEECH) == 2 + 800
