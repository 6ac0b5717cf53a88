"""The Attachments panel under an item's editor; pasting an image into the text attaches it."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtGui import QColor, QImage

from briefcase_app.domain.attachments import LinkRole
from briefcase_app.domain.models import Kind

from .helpers import text_editor


def _person(window, name: str):
    store = window.records.store
    conference = store.list(Kind.CONFERENCE)[0]
    return next(p for _part, p in store.participants(conference.id) if p.name == name)


def test_pasting_an_image_attaches_it_inserts_the_reference_and_the_preview_shows_it(qtbot, demo_window):
    window = demo_window
    store = window.records.store
    person = _person(window, "Ban Ki-moon")
    assert window.editor.open(Kind.PERSON, person.id)
    editor = window.editor.current_editor
    assert editor.attachments.list.count() == 0
    image = QImage(300, 200, QImage.Format.Format_RGB32)
    image.fill(QColor(31, 58, 95))
    mime = QMimeData()
    mime.setImageData(image)
    text = text_editor(window)
    text.moveCursor(text.textCursor().MoveOperation.End)
    text.insertFromMimeData(mime)
    links = store.attachment_links([person.id], LinkRole.IMAGE)
    assert len(links) == 1
    assert f"(attachment:{links[0].sha256})" in text.toPlainText()
    assert editor.attachments.list.count() == 1
    preview = editor.text.preview
    loaded = preview.loadResource(2, QUrl(f"attachment:{links[0].sha256}"))
    assert loaded is not None and not loaded.isNull()
    assert preview.loadResource(2, QUrl("file:///etc/hosts")) is None  # nothing from disk
    qtbot.waitUntil(lambda: "attachment:" in store.get(Kind.PERSON, person.id).biography)


def test_the_panel_lists_a_photo_and_removes_it(qtbot, demo_window):
    window = demo_window
    store = window.records.store
    person = _person(window, "Kairat Umarov")
    assert window.editor.open(Kind.PERSON, person.id)
    panel = window.editor.current_editor.attachments
    assert panel.list.count() == 1 and "Photo" in panel.list.item(0).text()
    panel.list.setCurrentRow(0)
    panel.remove_selected()
    assert panel.list.count() == 0
    assert store.attachment_links([person.id]) == []


def test_the_people_of_a_conference_keep_the_order_set_in_the_window(qtbot, demo_window):
    """Alt+Down on a person moves them down; the pack's delegation lists print in that order."""
    from briefcase_app.services.packs import delegation_order

    from .helpers import click_nav, click_row, shortcut

    window = demo_window
    store = window.records.store
    conference = store.list(Kind.CONFERENCE)[0]
    click_nav(qtbot, window, "People", conference.short_title)
    names = [p.name for _part, p in store.participants(conference.id)]
    click_row(qtbot, window, names[0])
    shortcut(qtbot, window, "Alt+Down")
    moved = [p.name for _part, p in store.participants(conference.id)]
    assert moved == [names[1], names[0], *names[2:]]
    shortcut(qtbot, window, "Ctrl+Z")  # undo puts them back
    assert [p.name for _part, p in store.participants(conference.id)] == names
    printed = [p.name for _part, p in delegation_order(store.participants(conference.id))]
    assert printed[0] == "Kairat Umarov"  # the head of delegation first whatever the order
