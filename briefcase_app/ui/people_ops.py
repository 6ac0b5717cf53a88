"""People in a conference: change a person's role there, take them off it; both undoable.

A person row of a conference's People list carries its participant id (Row.extra). The undo
history (services/undo.py) names the participation by conference and person instead: undoing
a removal adds the person back under a new participant id, and later steps must still find it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
)

from ..domain.models import Kind, Person, Role
from . import plain
from .i18n import label, translate
from .models.list_model import EXTRA_ROLE
from .plain import PlainLabel

if TYPE_CHECKING:
    from .operations import ItemOperations


def _current_person(ops: ItemOperations):
    """(conference id, person, participant) of the chosen row of a conference's People, or None."""
    target, records = ops.target, ops.records
    if records is None or target is None or target.place != "section" or target.kind is not Kind.PERSON:
        return None
    index = ops.items.view.currentIndex()
    if not index.isValid() or ops.items.current_kind() is not Kind.PERSON:
        return None
    participant_id = index.data(EXTRA_ROLE)
    for part, person in records.people_in(target.conference_id):
        if part.id == participant_id:
            return target.conference_id, person, part
    return None


def can_edit_people(ops: ItemOperations) -> bool:
    return _current_person(ops) is not None


def change_role(ops: ItemOperations) -> None:
    current = _current_person(ops)
    if current is None:
        return
    conference_id, person, part = current
    roles = list(Role)
    names = [label(r) for r in roles]
    chosen, ok = plain.get_item(
        ops.window,
        translate("People", "Change role"),
        translate("People", "Role of {name} in this conference:").format(name=person.name),
        names,
        roles.index(part.role),
    )
    if not ok:
        return
    role = roles[names.index(chosen)]
    if role is part.role:
        return
    if ops._run(
        translate("People", "Could not change the role."),
        lambda history: history.set_role(conference_id, person.id, role),
    ):
        ops.items.select_id(person.id, notify=False)
        ops.window.statusBar().showMessage(f"{person.name}: {label(role)}.", 4000)


def remove_from_conference(ops: ItemOperations) -> None:
    current = _current_person(ops)
    if current is None:
        return
    conference_id, person, part = current
    conference = ops.records.get(Kind.CONFERENCE, conference_id)
    answer = plain.question(
        ops.window,
        "Briefcase",
        translate(
            "People",
            "Remove {name} from {conference}?\n\n"
            "The person stays in the store for other conferences. Edit > Undo adds them back "
            "with the same role, at the end of the list.",
        ).format(name=person.name, conference=conference.short_title or conference.title),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return
    ops.editor.save(switching=True)
    removed = ops._run(
        translate("People", "Could not remove the person from the conference."),
        lambda history: history.remove_participant(conference_id, person.id),
    )
    if removed and ops.editor.item_id == person.id:
        ops.editor.close_item(translate("People", "Removed from the conference. Edit > Undo adds them back."))


class NewPersonDialog(QDialog):
    """Item > New in a conference's People: a name, with the people already in the store whose
    name holds what is typed offered below (choosing one links that person, no duplicate),
    and the role in this conference."""

    def __init__(self, parent, records, conference_id: str):
        super().__init__(parent)
        self.setObjectName("new_person_dialog")
        self.setWindowTitle(translate("Operations", "Add a person"))
        here = {person.id for _part, person in records.people_in(conference_id)}
        #: everyone in the store not yet in this conference
        self.people = [p for p in records.items(Kind.PERSON) if p.id not in here]
        self.name = QLineEdit(objectName="person_name")
        self.name.setPlaceholderText(
            translate("Operations", "Type a name: people already in the store are offered")
        )
        self.matches = QListWidget(objectName="person_matches")
        self.hint = PlainLabel()
        self.hint.setWordWrap(True)
        self.role = QComboBox(objectName="person_role")
        for role in Role:
            self.role.addItem(label(role), role.value)
        self.role.setCurrentIndex(1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        form = QFormLayout()
        form.addRow(PlainLabel(translate("Operations", "Name:")), self.name)
        form.addRow(PlainLabel(translate("Operations", "Already in the store:")), self.matches)
        form.addRow(self.hint)
        form.addRow(PlainLabel(translate("Operations", "Role in this conference:")), self.role)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.chosen = None  # an existing Person, when one is picked
        self.name.textEdited.connect(self._typed)
        self.matches.itemClicked.connect(self._picked)
        self.matches.itemActivated.connect(self._picked)
        self._typed("")

    def _typed(self, text: str) -> None:
        self.chosen = None
        wanted = text.strip().casefold()
        self.matches.clear()
        for person in self.people:
            if wanted and wanted in person.name.casefold():
                details = ", ".join(x for x in (person.position, person.organisation, person.country) if x)
                item = QListWidgetItem(f"{person.name} — {details}" if details else person.name)
                item.setData(Qt.ItemDataRole.UserRole, person.id)
                self.matches.addItem(item)
        exact = next((p for p in self.people if p.name.casefold() == wanted), None) if wanted else None
        if exact is not None:
            self.chosen = exact
        self.matches.setVisible(self.matches.count() > 0)
        self._explain()

    def _picked(self, item: QListWidgetItem) -> None:
        person = next(p for p in self.people if p.id == item.data(Qt.ItemDataRole.UserRole))
        self.chosen = person
        self.name.setText(person.name)
        self._explain()

    def _explain(self) -> None:
        name = self.name.text().strip()
        if self.chosen is not None:
            self.hint.setText(
                translate(
                    "Operations", "“{name}” is already in the store: they will be added to this conference."
                ).format(name=self.chosen.name)
            )
        elif name:
            self.hint.setText(translate("Operations", "A new person will be created."))
        else:
            self.hint.setText("")
        self.ok.setEnabled(bool(name))

    def result_person(self) -> tuple[Person, Role]:
        role = Role(self.role.currentData())
        if self.chosen is not None:
            return self.chosen, role
        return Person(name=self.name.text().strip()), role
