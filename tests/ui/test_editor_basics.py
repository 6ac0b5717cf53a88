"""Writing in the editor as a desk officer does: formatting keys and toolbar, new items that start
empty, dates from a calendar, problems shown beside the field, the defensive question."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QToolButton

from briefcase_app.domain.models import Kind
from briefcase_app.ui.editors.date_field import DateField
from briefcase_app.ui.plain import PlainLabel

from .helpers import click_nav, field, retype, shortcut, text_editor, title_of

CONF = "Paris Pact Vienna 2012"


def _type(qtbot, window, text: str) -> QPlainTextEdit:
    editor = text_editor(window)
    editor.setFocus()
    qtbot.keyClicks(editor, text)
    return editor


def _select_all(qtbot, editor) -> None:
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)


def _button(window, name: str) -> QToolButton:
    toolbar = window.editor.current_editor.text.toolbar
    return toolbar.widgetForAction(window.editor.current_editor.text.format_actions[name])


def test_a_new_fact_starts_empty_and_typing_is_its_statement(qtbot, demo_window):
    window = demo_window
    click_nav(qtbot, window, "Background", CONF)
    shortcut(qtbot, window, "Ctrl+N")
    assert window.editor.kind is Kind.FACT
    fact_id = window.editor.item_id
    editor = text_editor(window)
    assert editor.toPlainText() == "" and editor.placeholderText().startswith("Write here")
    _type(qtbot, window, "Kazakhstan holds the Chairpersonship.")
    assert window.editor.save()
    assert window.records.store.get(Kind.FACT, fact_id).statement == "Kazakhstan holds the Chairpersonship."
    assert title_of(window) == "Fact: Kazakhstan holds the Chairpersonship."


def test_a_new_speech_shows_its_title_as_a_placeholder_and_keeps_it_until_typed(qtbot, demo_window):
    window = demo_window
    click_nav(qtbot, window, "Speeches", CONF)
    shortcut(qtbot, window, "Ctrl+N")
    speech_id = window.editor.item_id
    title = field(window, "title")
    assert title.text() == "" and title.placeholderText() == "Untitled speech"
    _type(qtbot, window, "Mr Chairman,")
    assert window.editor.save()
    assert window.records.store.get(Kind.SPEECH, speech_id).title == "Untitled speech"
    retype(qtbot, title, "Opening")
    assert window.editor.save()
    assert window.records.store.get(Kind.SPEECH, speech_id).title == "Opening"


def test_ctrl_b_ctrl_i_ctrl_k_write_markdown_and_ctrl_i_no_longer_imports(qtbot, demo_window, monkeypatch):
    window = demo_window
    opened = []
    monkeypatch.setattr("briefcase_app.ui.menus.import_files_action", lambda w: opened.append(w))
    click_nav(qtbot, window, "Speeches", CONF)
    shortcut(qtbot, window, "Ctrl+N")
    speech_id = window.editor.item_id
    editor = _type(qtbot, window, "word")
    _select_all(qtbot, editor)
    qtbot.keyClick(editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() == "**word**"
    assert editor.textCursor().selectedText() == "word"
    qtbot.keyClick(editor, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() == "***word***"
    assert not opened and window.search_panel.isHidden()
    qtbot.keyClick(editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, " see ")
    qtbot.keyClick(editor, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "https://osce.org")  # the address is selected: typing replaces it
    assert editor.toPlainText() == "***word*** see [link text](https://osce.org)"
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() == "***word*** see "  # the link was one step of Undo
    assert window.editor.save()
    assert window.records.store.get(Kind.SPEECH, speech_id).body == "***word*** see "
    assert window.actions.import_files.shortcut().toString() == "Ctrl+Shift+I"
    window.items.view.setFocus()
    shortcut(qtbot, window, "Ctrl+Shift+I")
    assert opened == [window]


def test_the_toolbar_makes_headings_lists_quotes_and_tables(qtbot, demo_window):
    window = demo_window
    click_nav(qtbot, window, "Speeches", CONF)
    shortcut(qtbot, window, "Ctrl+N")
    speech_id = window.editor.item_id
    editor = _type(qtbot, window, "Aims")
    qtbot.mouseClick(_button(window, "heading"), Qt.MouseButton.LeftButton)
    assert editor.toPlainText() == "## Aims"
    assert editor.hasFocus()  # back to typing after the click
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "water")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "energy")
    cursor = editor.textCursor()
    cursor.setPosition(len("## Aims\n"))
    cursor.movePosition(cursor.MoveOperation.End, cursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    qtbot.mouseClick(_button(window, "bullets"), Qt.MouseButton.LeftButton)
    assert editor.toPlainText() == "## Aims\n- water\n- energy"
    qtbot.mouseClick(_button(window, "bullets"), Qt.MouseButton.LeftButton)  # again: off
    qtbot.mouseClick(_button(window, "numbers"), Qt.MouseButton.LeftButton)
    assert editor.toPlainText() == "## Aims\n1. water\n2. energy"
    qtbot.keyClick(editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "As the Chair said")
    qtbot.mouseClick(_button(window, "quote"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(_button(window, "table"), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor, "Country")  # the first cell is selected
    assert editor.toPlainText() == (
        "## Aims\n1. water\n2. energy\n> As the Chair said\n\n| Country | Column |\n| --- | --- |\n|  |  |\n"
    )
    assert window.editor.save()
    body = window.records.store.get(Kind.SPEECH, speech_id).body
    assert body.startswith("## Aims\n1. water") and "| Country | Column |" in body


def test_dates_come_from_a_calendar_or_typing_and_can_be_emptied(qtbot, window):
    shortcut(qtbot, window, "Ctrl+N")  # a new conference
    conference_id = window.editor.item_id
    retype(qtbot, field(window, "title"), "Vienna ministerial")
    starts = window.editor.current_editor.findChild(DateField, "field_start_date")
    assert starts.is_empty() and starts.line.placeholderText().startswith("e.g. ")
    qtbot.mouseClick(starts.button, Qt.MouseButton.LeftButton)  # the calendar opens on today
    qtbot.waitUntil(starts.popup.isVisible)
    today = QDate.currentDate()
    assert (starts.calendar.yearShown(), starts.calendar.monthShown()) == (today.year(), today.month())
    starts.calendar.setCurrentPage(2024, 12)
    starts.calendar.clicked.emit(QDate(2024, 12, 5))  # what a click on the 5th sends
    assert not starts.popup.isVisible()
    assert window.editor.save()
    assert window.records.store.get(Kind.CONFERENCE, conference_id).start_date == dt.date(2024, 12, 5)
    # typed, in the window's locale or as the "6 Dec 2024"
    for typed in (starts.format(QDateTime(QDate(2024, 12, 6), QTime(0, 0))), "6 Dec 2024", "2024-12-06"):
        retype(qtbot, starts.line, typed)
        assert window.editor.save()
        assert window.records.store.get(Kind.CONFERENCE, conference_id).start_date == dt.date(2024, 12, 6)
    retype(qtbot, starts.line, "")  # empty again
    assert window.editor.save()
    assert window.records.store.get(Kind.CONFERENCE, conference_id).start_date is None


def test_a_date_that_is_no_date_is_named_beside_its_field(qtbot, window):
    shortcut(qtbot, window, "Ctrl+N")
    ends = window.editor.current_editor.findChild(DateField, "field_end_date")
    retype(qtbot, ends.line, "next Tuesday")
    assert not window.editor.save()
    problem = window.editor.current_editor.findChild(PlainLabel, "problem_end_date")
    assert problem.isVisible()
    assert problem.text().startswith("“Ends”: “next Tuesday” is not a date. Type it like ")
    assert "end_date" not in window.saved_label.text()


def test_a_problem_is_named_beside_its_field_in_plain_words(qtbot, window):
    shortcut(qtbot, window, "Ctrl+N")
    conference_id = window.editor.item_id
    form = window.editor.current_editor.form
    retype(qtbot, form.widgets["start_date"].line, "2024-12-06")
    retype(qtbot, form.widgets["end_date"].line, "2024-12-01")
    assert not window.editor.save()
    problem = window.editor.current_editor.findChild(PlainLabel, "problem_end_date")
    assert problem.isVisible() and problem.text() == "“Ends” is before the start date."
    assert form.widgets["end_date"].property("problem") and form.problem_field() == "end_date"
    assert "end_date" not in window.saved_label.text()
    assert window.saved_label.text() == "Not saved: “Ends” is before the start date."
    retype(qtbot, form.widgets["end_date"].line, "2024-12-07")
    assert window.editor.save()
    assert not problem.isVisible() and form.problem_field() is None
    assert window.records.store.get(Kind.CONFERENCE, conference_id).end_date == dt.date(2024, 12, 7)


def test_a_defensive_question_has_lines_and_the_list_shows_the_topic(qtbot, demo_window):
    window = demo_window
    click_nav(qtbot, window, "Lines to take", CONF)
    shortcut(qtbot, window, "Ctrl+N")
    point_id = window.editor.item_id
    assert title_of(window) == "Line to take: New line to take"
    topic = field(window, "topic")
    assert topic.text() == "" and topic.placeholderText() == "New line to take"
    retype(qtbot, topic, "Water security")
    question = window.editor.current_editor.findChild(QPlainTextEdit, "field_question")
    assert question.height() > 2 * question.fontMetrics().lineSpacing()
    question.setFocus()
    qtbot.keyClicks(question, "Why did you abstain")
    qtbot.keyClick(question, Qt.Key.Key_Return)
    qtbot.keyClicks(question, "on the water resolution?")
    priority = window.editor.current_editor.findChild(QComboBox, "field_priority")
    assert [priority.itemText(i) for i in range(3)] == ["1 – high", "2 – medium", "3 – low"]
    priority.setCurrentIndex(0)
    assert window.editor.save()
    point = window.records.store.get(Kind.POINT, point_id)
    assert point.topic == "Water security" and point.priority == 1
    assert point.question == "Why did you abstain\non the water resolution?"
    qtbot.waitUntil(lambda: "Water security" in _column(window, 0))
    assert not any("abstain" in (text or "") for text in _column(window, 0))


def _column(window, column: int) -> list[str]:
    proxy = window.items.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def test_a_programme_time_is_picked_with_its_day(qtbot, demo_window):
    window = demo_window
    click_nav(qtbot, window, "Programme", CONF)
    shortcut(qtbot, window, "Ctrl+N")
    item_id = window.editor.item_id
    starts = window.editor.current_editor.findChild(DateField, "field_starts_at")
    qtbot.mouseClick(starts.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(starts.popup.isVisible)
    starts.time.setTime(QTime(14, 30))
    starts.calendar.clicked.emit(QDate(2012, 2, 16))
    assert window.editor.save()
    assert window.records.store.get(Kind.PROGRAMME, item_id).starts_at == dt.datetime(2012, 2, 16, 14, 30)
    retype(qtbot, starts.line, "2012-02-17 09:15")  # or typed
    assert window.editor.save()
    assert window.records.store.get(Kind.PROGRAMME, item_id).starts_at == dt.datetime(2012, 2, 17, 9, 15)
