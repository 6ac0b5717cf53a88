"""User text is shown as text: a title that looks like HTML is never read as markup by Qt
(an `<img src=...>` title made Qt read local files on hover, and /dev/zero hung the window)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QLabel, QToolTip

from briefcase_app.domain.models import Conference, Kind, Speech
from briefcase_app.services.records import RecordService
from briefcase_app.store import Store
from briefcase_app.ui import plain

from .helpers import click_nav, click_row

TITLE = '<img src="/nonexistent/briefcase-test.png"><b>Bold</b> & co'


def test_a_title_that_looks_like_html_stays_text(qtbot, open_window, tmp_path, messages):
    with Store.open(tmp_path / "ui.db") as store:
        records = RecordService(store)
        conference = Conference(title=TITLE, short_title=TITLE)
        records.create(conference)
        speech = Speech(title=TITLE, conference_id=conference.id, body="text")
        records.create(speech)
    window = open_window(tmp_path / "ui.db")
    records = window.session.records
    click_nav(qtbot, window, "Speeches", TITLE)
    click_row(qtbot, window, TITLE)

    # the editor's heading and every other label show the characters, not an image
    labels = window.findChildren(QLabel)
    assert any(TITLE in label.text() for label in labels)
    rich = [
        label.objectName() or label.text()[:30]
        for label in labels
        if label.textFormat() != Qt.TextFormat.PlainText
    ]
    assert not rich, f"labels that would read markup: {rich}"

    # hovering the row shows the escaped title as its tooltip
    view = window.items.view
    index = view.model().index(0, 0)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == plain.tip(TITLE)
    rect = view.visualRect(index)
    event = QHelpEvent(QEvent.Type.ToolTip, rect.center(), view.viewport().mapToGlobal(rect.center()))
    QApplication.sendEvent(view.viewport(), event)
    qtbot.waitUntil(QToolTip.isVisible, timeout=2000)
    assert QToolTip.text() == plain.tip(TITLE) and "&lt;img" in QToolTip.text()
    QToolTip.hideText()

    # deleting asks about it by its title, as plain text
    window.actions.delete.trigger()
    assert records.store.find(Kind.SPEECH, speech.id) is None  # in the Trash
    click_nav(qtbot, window, "Trash")
    click_row(qtbot, window, TITLE)
    window.actions.delete.trigger()  # in the Trash: delete for good, after asking
    assert any(TITLE in text for text in messages), messages
    assert records.store.find(Kind.SPEECH, speech.id, include_deleted=True) is None


def test_plain_message_boxes_show_markup_as_characters(qtbot):
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Information, "t", TITLE)
    box.setTextFormat(Qt.TextFormat.PlainText)  # what plain.message does
    qtbot.addWidget(box)
    label = next(lb for lb in box.findChildren(QLabel) if lb.text() == TITLE)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert plain.tip("a\n<b>") == "<p style='white-space:pre-wrap'>a\n&lt;b&gt;</p>"
