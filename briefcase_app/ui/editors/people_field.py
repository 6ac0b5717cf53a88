"""Names chosen from a conference's People as you type, shown linked when known."""

from __future__ import annotations

import re

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
)

from ..i18n import translate
from ..plain import tip


def _last_separator(text: str) -> int:
    """Where the last name of a list starts, after a comma or a semicolon (-1: no separator)."""
    return max(text.rfind(","), text.rfind(";"))


class _SegmentCompleter(QCompleter):
    """Completes the name after the last comma or semicolon ("Kairat Umarov, Ai" offers
    "Aigul ..."); what comes before stays as typed."""

    def __init__(self, line: QLineEdit, many: bool):
        super().__init__(line)
        self.many = many
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setModel(QStringListModel(self))

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt's name
        return [path[_last_separator(path) + 1 :].strip()] if self.many else [path.strip()]

    def pathFromIndex(self, index) -> str:  # noqa: N802 - Qt's name
        name = index.data()
        if not self.many:
            return name
        text = self.widget().text()
        cut = _last_separator(text)
        return f"{text[: cut + 1]} {name}" if cut >= 0 else name


def names_in(text: str, many: bool) -> list[str]:
    parts = re.split(r"[;,]", text) if many else [text]
    return [p.strip() for p in parts if p.strip()]


class PeopleField(QWidget):
    """A speech's speaker or a programme item's attendees: typed, completed from the
    conference's People, and linked to them: the button beside opens the person, or adds the
    names not yet among the conference's People."""

    edited = Signal()
    open_person = Signal(str)  # a name of the conference's People
    add_people = Signal(list)  # names to add to the conference's People

    def __init__(self, many: bool, parent=None):
        super().__init__(parent)
        self.many = many
        self.people: list[str] = []
        self.can_add = False
        self.line = QLineEdit()
        self.completer = _SegmentCompleter(self.line, many)
        self.line.setCompleter(self.completer)
        self.line.textEdited.connect(self.edited)
        self.line.textChanged.connect(lambda _t: self._update())
        self.completer.activated.connect(lambda _t: self.edited.emit())
        self.button = QToolButton(objectName="people_link")
        self.button.setAutoRaise(True)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self._clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.line)
        self._update()

    def set_people(self, names: list[str], can_add: bool) -> None:
        self.people, self.can_add = list(names), can_add
        self.completer.model().setStringList(self.people)
        self._update()

    def text(self) -> str:
        return self.line.text()

    def setText(self, text: str) -> None:  # noqa: N802 - QLineEdit's name
        self.line.setText(text)

    def linked(self) -> list[str]:
        known = {p.casefold() for p in self.people}
        return [n for n in names_in(self.line.text(), self.many) if n.casefold() in known]

    def unknown(self) -> list[str]:
        known = {p.casefold() for p in self.people}
        return [n for n in names_in(self.line.text(), self.many) if n.casefold() not in known]

    def _update(self) -> None:
        linked, unknown = self.linked(), self.unknown()
        if unknown and self.can_add:
            self.button.setText(translate("Fields", "+ Add to People"))
            self.button.setToolTip(
                tip(
                    translate("Fields", "Add to this conference's People: {names}").format(
                        names=", ".join(unknown)
                    )
                )
            )
            self.button.show()
        elif linked:
            self.button.setText(translate("Fields", "In People ›"))
            self.button.setToolTip(
                tip(translate("Fields", "Open in People: {names}").format(names=", ".join(linked)))
            )
            self.button.show()
        else:
            self.button.hide()
        self.line.setStyleSheet("" if not linked or unknown else "color: palette(link);")

    def _clicked(self) -> None:
        unknown, linked = self.unknown(), self.linked()
        if len(unknown) == 1 and self.can_add:
            self.add_people.emit(unknown)
        elif unknown and self.can_add:  # a list may hold words that are nobody ("delegation")
            menu = QMenu(self)
            menu.setObjectName("add_people_menu")
            for name in unknown:
                menu.addAction(
                    translate("Fields", "Add “{name}” to People").format(name=name),
                    lambda n=name: self.add_people.emit([n]),
                )
            menu.popup(self.button.mapToGlobal(self.button.rect().bottomLeft()))
        elif len(linked) == 1:
            self.open_person.emit(linked[0])
        elif linked:
            menu = QMenu(self)
            for name in linked:
                menu.addAction(name, lambda n=name: self.open_person.emit(n))
            menu.popup(self.button.mapToGlobal(self.button.rect().bottomLeft()))
