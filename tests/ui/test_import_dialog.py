"""File > Import shows what each file would become before writing anything; the person changes a
row's kind and where it goes, leaves a row out, imports, and opens what came in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFileDialog

from briefcase_app.domain.models import Kind

from .helpers import click_nav

CONF = "Paris Pact Vienna 2012"


def _folder(tmp_path):
    folder = tmp_path / "incoming"
    folder.mkdir()
    (folder / "statement-2023.md").write_text(
        "---\ntitle: Statement at the 2023 session\ndate: 2023-03-14\n---\n\nMr Chairman, in 2023 we said.",
        encoding="utf-8",
    )
    (folder / "water-security.txt").write_text(
        "Water security is a shared concern of Central Asia.", encoding="utf-8"
    )
    (folder / "broken.docx").write_bytes(b"not a zip at all")
    return folder


def _row(dialog, name: str) -> int:
    table = dialog.table
    return next(r for r in range(table.rowCount()) if table.item(r, 0).text() == name)


def _cells(dialog, row: int) -> list[str]:
    table = dialog.table
    out = []
    for column in range(table.columnCount()):
        widget = table.cellWidget(row, column)
        out.append(widget.currentText() if isinstance(widget, QComboBox) else table.item(row, column).text())
    return out


def _open_dialog(qtbot, window, folder, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    window.actions.import_folder.trigger()  # File > Import a folder…
    dialog = window.import_dialog
    qtbot.waitUntil(lambda: dialog.plan is not None and dialog.task is None)
    return dialog


def test_preview_change_kind_and_target_then_import_and_open(qtbot, demo_window, tmp_path, monkeypatch):
    window = demo_window
    store = window.records.store
    click_nav(qtbot, window, "Speeches", CONF)
    conference_id = window.navigator.current_target().conference_id
    speeches, points = store.count(Kind.SPEECH), store.count(Kind.POINT)
    dialog = _open_dialog(qtbot, window, _folder(tmp_path), monkeypatch)
    assert dialog.isVisible() and dialog.table.rowCount() == 3

    statement = _row(dialog, "statement-2023.md")
    assert _cells(dialog, statement)[1:] == [
        "Speech", "Statement at the 2023 session", "2023-03-14", "en", CONF, "New",
    ]  # fmt: skip
    broken = _row(dialog, "broken.docx")
    assert dialog.table.item(broken, 0).checkState() == Qt.CheckState.Unchecked
    assert _cells(dialog, broken)[6].startswith("Cannot be read: not a readable Word file")
    assert (store.count(Kind.SPEECH), store.count(Kind.POINT)) == (speeches, points)  # nothing yet

    # the 2023 statement goes to the Library; the water text is a line to take
    target = dialog.table.cellWidget(statement, 5)
    target.setCurrentIndex(target.findText("Library (no conference)"))
    water = _row(dialog, "water-security.txt")
    kind = dialog.table.cellWidget(water, 1)
    kind.setCurrentIndex(kind.findText("Line to take"))
    assert dialog.import_button.text() == "Import 2 of 3"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None)

    assert store.count(Kind.SPEECH) == speeches + 1 and store.count(Kind.POINT) == points + 1
    speech = next(
        s for s in store.list(Kind.SPEECH, library=True) if s.title == "Statement at the 2023 session"
    )
    assert speech.conference_id is None
    point = next(p for p in store.list(Kind.POINT, conference_id=conference_id) if "Water security" in p.body)
    assert point.conference_id == conference_id
    results = [dialog.result.item(i).text() for i in range(dialog.result.count())]
    assert "Speech: Statement at the 2023 session  (Library)" in results
    assert any(text.startswith("Line to take: ") and text.endswith(f"({CONF})") for text in results)
    assert dialog.result_label.text().startswith("2 imported")

    item = next(
        dialog.result.item(i)
        for i in range(dialog.result.count())
        if "Line to take" in dialog.result.item(i).text()
    )
    view = dialog.result
    where = view.visualItemRect(item).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)  # a double-click's first press
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert (window.editor.kind, window.editor.item_id) == (Kind.POINT, point.id)
    dialog.close()


def test_a_second_import_shows_what_is_already_there(qtbot, demo_window, tmp_path, monkeypatch):
    window = demo_window
    folder = _folder(tmp_path)
    dialog = _open_dialog(qtbot, window, folder, monkeypatch)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None)
    dialog.close()
    before = window.records.store.count(Kind.SPEECH)

    again = _open_dialog(qtbot, window, folder, monkeypatch)
    row = _row(again, "statement-2023.md")
    assert _cells(again, row)[6] == "Already there: Statement at the 2023 session"
    assert again.table.item(row, 0).checkState() == Qt.CheckState.Unchecked
    assert not again.import_button.isEnabled()
    again.reject()
    assert window.records.store.count(Kind.SPEECH) == before
