"""File > Import in the window: a folder comes in on a worker; the report lists what failed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from briefcase_app.domain.models import Kind


def test_import_a_folder_from_the_file_menu(qtbot, window, tmp_path, monkeypatch, messages):
    archive = tmp_path / "archive"
    (archive / "2009").mkdir(parents=True)
    (archive / "2009" / "precursors-2009-03-02.md").write_text(
        "---\ntitle: Statement on precursors\nspeaker: Deputy Minister\n---\n\nPrecursor chemicals, 2009.",
        encoding="utf-8",
    )
    (archive / "notes.txt").write_bytes("Прекурсоры и наркотрафик".encode("cp1251"))
    (archive / "broken.docx").write_bytes(b"not a zip at all")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(archive))

    window.actions.import_folder.trigger()  # File > Import a folder…: the preview first
    dialog = window.import_dialog
    qtbot.waitUntil(lambda: dialog.plan is not None and dialog.task is None, timeout=20_000)
    assert dialog.import_button.text() == "Import 2 of 3"  # the broken file is left out
    dialog.table.item(0, 0).setCheckState(Qt.CheckState.Checked)  # ticked anyway: it fails
    dialog.start_import()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)

    report = dialog.result_label.text()
    assert report.startswith("2 imported") and "broken.docx" in report
    titles = {s.title for s in window.records.list(Kind.SPEECH)}
    assert "Statement on precursors" in titles
    assert any("Прекурсоры" in s.body for s in window.records.list(Kind.SPEECH))
