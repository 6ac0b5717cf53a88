"""A speech's speaker and a programme item's attendees come from the conference's People and
link to them; a name typed that is not there is added on the spot; the new-person dialog offers
the people already in the store, so nobody is created twice."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from briefcase_app.domain.models import Conference, Kind, Person, Role
from briefcase_app.ui.editors.people_field import PeopleField
from briefcase_app.ui.people_ops import NewPersonDialog

from .helpers import click_nav, shortcut

CONF = "Paris Pact Vienna 2012"


def _people_field(window, name: str) -> PeopleField:
    return window.editor.current_editor.findChild(PeopleField, f"field_{name}")


def _conference_id(window) -> str:
    return window.navigator.current_target().conference_id


def _names(window, conference_id):
    return {person.name: part.role for part, person in window.records.store.participants(conference_id)}


def test_the_speaker_links_to_people_and_a_new_one_is_added_on_the_spot(qtbot, demo_window):
    window = demo_window
    click_nav(qtbot, window, "Speeches", CONF)
    conference_id = _conference_id(window)
    shortcut(qtbot, window, "Ctrl+N")
    speech_id = window.editor.item_id
    speaker = _people_field(window, "speaker")
    assert "Kairat Umarov" in speaker.people and not speaker.button.isVisible()

    speaker.line.setFocus()
    qtbot.keyClicks(speaker.line, "umar")  # the conference's people are offered as you type
    assert speaker.completer.currentCompletion() == "Kairat Umarov"
    speaker.completer.activated.emit("Kairat Umarov")
    speaker.line.setText(speaker.completer.pathFromIndex(speaker.completer.currentIndex()))
    assert speaker.text() == "Kairat Umarov" and speaker.button.text() == "In People ›"
    assert window.editor.save()
    assert window.records.store.get(Kind.SPEECH, speech_id).speaker == "Kairat Umarov"

    speaker.line.selectAll()
    qtbot.keyClicks(speaker.line, "Aigul Nurlanova")  # nobody of that name: add her
    assert speaker.button.text() == "+ Add to People"
    qtbot.mouseClick(speaker.button, Qt.MouseButton.LeftButton)
    assert _names(window, conference_id)["Aigul Nurlanova"] is Role.SPEAKER
    assert speaker.button.text() == "In People ›"
    assert window.editor.save()
    assert window.records.store.get(Kind.SPEECH, speech_id).speaker == "Aigul Nurlanova"

    qtbot.mouseClick(speaker.button, Qt.MouseButton.LeftButton)  # the link opens the person
    assert window.editor.kind is Kind.PERSON
    person = window.records.store.get(Kind.PERSON, window.editor.item_id)
    assert person.name == "Aigul Nurlanova"


def test_attendees_complete_each_name_after_a_comma(qtbot, demo_window):
    window = demo_window
    click_nav(qtbot, window, "Programme", CONF)
    conference_id = _conference_id(window)
    window.items.view.setFocus()
    qtbot.keyClick(window.items.view, Qt.Key.Key_Down)
    attendees = _people_field(window, "attendees")
    names = list(_names(window, conference_id))
    first, second = names[0], names[1]
    attendees.line.selectAll()
    qtbot.keyClicks(attendees.line, f"{first}, {second[:4]}")
    # the name after the comma is completed; the names before it stay
    assert attendees.completer.currentCompletion() == f"{first}, {second}"
    attendees.line.setText(f"{first}, {second}")
    assert attendees.linked() == [first, second] and attendees.button.text() == "In People ›"


def test_the_new_person_dialog_offers_people_already_in_the_store(qtbot, demo_window, monkeypatch):
    window = demo_window
    records = window.records
    other = Conference(title="Astana regional meeting")
    records.create(other)
    records.add_participant(other.id, Person(name="Yerlan Karin", position="Ambassador"), Role.COUNTERPART)
    click_nav(qtbot, window, "People", CONF)
    conference_id = _conference_id(window)
    people_before = records.store.count(Kind.PERSON)
    seen = {}

    def fill(dialog):
        qtbot.keyClicks(dialog.name, "karin")
        seen["offered"] = [dialog.matches.item(i).text() for i in range(dialog.matches.count())]
        item = dialog.matches.item(0)
        qtbot.mouseClick(
            dialog.matches.viewport(),
            Qt.MouseButton.LeftButton,
            pos=dialog.matches.visualItemRect(item).center(),
        )
        seen["hint"] = dialog.hint.text()
        return NewPersonDialog.DialogCode.Accepted

    monkeypatch.setattr(NewPersonDialog, "exec", fill)
    shortcut(qtbot, window, "Ctrl+N")
    assert seen["offered"] == ["Yerlan Karin — Ambassador"]
    assert seen["hint"].startswith("“Yerlan Karin” is already in the store")
    assert records.store.count(Kind.PERSON) == people_before  # linked, not created again
    assert "Yerlan Karin" in _names(window, conference_id)
    assert window.editor.kind is Kind.PERSON


def test_each_unknown_attendee_is_added_on_its_own(qtbot, demo_window):
    window = demo_window
    click_nav(qtbot, window, "Programme", CONF)
    conference_id = _conference_id(window)
    window.items.view.setFocus()
    qtbot.keyClick(window.items.view, Qt.Key.Key_Down)
    attendees = _people_field(window, "attendees")
    attendees.line.selectAll()
    qtbot.keyClicks(attendees.line, "Kairat Umarov; delegation, Dana Abenova")
    assert attendees.linked() == ["Kairat Umarov"] and attendees.unknown() == ["delegation", "Dana Abenova"]
    qtbot.mouseClick(attendees.button, Qt.MouseButton.LeftButton)  # a menu: one name at a time
    menu = attendees.findChild(QMenu, "add_people_menu")
    assert [a.text() for a in menu.actions()] == [
        "Add “delegation” to People",
        "Add “Dana Abenova” to People",
    ]
    menu.actions()[1].trigger()
    menu.close()
    names = _names(window, conference_id)
    assert names["Dana Abenova"] is Role.DELEGATION_MEMBER and "delegation" not in names
    assert attendees.unknown() == ["delegation"]
