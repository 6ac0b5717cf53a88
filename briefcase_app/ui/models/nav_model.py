"""The navigator's tree: each conference with its sections, the Library, the Trash."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from ...domain.models import Kind
from ..i18n import translate
from ..plain import tip

if TYPE_CHECKING:
    from ...services.records import RecordService

TARGET_ROLE = Qt.ItemDataRole.UserRole + 10

#: a conference's sections: label and the kind its list shows.
CONFERENCE_SECTIONS: list[tuple[str, Kind]] = [
    (QT_TRANSLATE_NOOP("Navigator", "Steering brief"), Kind.SUMMARY),
    (QT_TRANSLATE_NOOP("Navigator", "Programme"), Kind.PROGRAMME),
    (QT_TRANSLATE_NOOP("Navigator", "Logistics"), Kind.LOGISTICS),
    (QT_TRANSLATE_NOOP("Navigator", "People"), Kind.PERSON),
    (QT_TRANSLATE_NOOP("Navigator", "Contacts"), Kind.CONTACT),
    (QT_TRANSLATE_NOOP("Navigator", "Speeches"), Kind.SPEECH),
    (QT_TRANSLATE_NOOP("Navigator", "Lines to take"), Kind.POINT),
    (QT_TRANSLATE_NOOP("Navigator", "Background"), Kind.FACT),
    (QT_TRANSLATE_NOOP("Navigator", "Packs"), Kind.PACK),
]
LIBRARY_SECTIONS: list[tuple[str, Kind]] = [
    (QT_TRANSLATE_NOOP("Navigator", "Speeches"), Kind.SPEECH),
    (QT_TRANSLATE_NOOP("Navigator", "Lines to take"), Kind.POINT),
    (QT_TRANSLATE_NOOP("Navigator", "Facts"), Kind.FACT),
]


@dataclass(frozen=True)
class NavTarget:
    """What a navigator node stands for; `key` is how the window remembers it."""

    place: str  # "conference" | "section" | "library" | "library_section" | "trash"
    kind: Kind | None = None
    conference_id: str | None = None

    @property
    def key(self) -> str:
        return f"{self.place}|{self.kind.value if self.kind else ''}|{self.conference_id or ''}"

    @classmethod
    def from_key(cls, key: str) -> NavTarget | None:
        try:
            place, kind, conference_id = key.split("|")
            return cls(place, Kind(kind) if kind else None, conference_id or None)
        except ValueError:
            return None

    @property
    def library(self) -> bool:
        return self.place == "library_section"


def _node(text: str, target: NavTarget) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setData(target, TARGET_ROLE)
    return item


class NavigatorModel(QStandardItemModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setHorizontalHeaderLabels(["Briefcase"])

    def rebuild(self, records: RecordService | None) -> None:
        self.clear()
        self.setHorizontalHeaderLabels(["Briefcase"])
        if records is None:
            return
        root = self.invisibleRootItem()
        for conference in records.items(Kind.CONFERENCE):
            node = _node(
                conference.short_title or conference.title,
                NavTarget("conference", Kind.CONFERENCE, conference.id),
            )
            node.setToolTip(tip(conference.title))
            for label, kind in CONFERENCE_SECTIONS:
                node.appendRow(
                    _node(translate("Navigator", label), NavTarget("section", kind, conference.id))
                )
            root.appendRow(node)
        library = _node(translate("Navigator", "Library"), NavTarget("library"))
        for label, kind in LIBRARY_SECTIONS:
            library.appendRow(_node(translate("Navigator", label), NavTarget("library_section", kind)))
        root.appendRow(library)
        root.appendRow(_node(translate("Navigator", "Trash"), NavTarget("trash")))

    def update_in_place(self, records: RecordService | None) -> bool:
        """Renamed or re-dated conferences keep their place (no re-sort under the mouse, the next
        click lands where the person aims); False when conferences came or went (rebuild)."""
        if records is None:
            return False
        conferences = {c.id: c for c in records.items(Kind.CONFERENCE)}
        nodes = {}
        for row in range(self.rowCount()):
            target = self.item(row).data(TARGET_ROLE)
            if target is not None and target.place == "conference":
                nodes[target.conference_id] = self.item(row)
        if set(nodes) != set(conferences):
            return False
        for conference_id, node in nodes.items():
            conference = conferences[conference_id]
            text = conference.short_title or conference.title
            if node.text() != text:
                node.setText(text)
            node.setToolTip(tip(conference.title))
        return True

    def index_of(self, target: NavTarget):
        for row in range(self.rowCount()):
            top = self.item(row)
            if top.data(TARGET_ROLE) == target:
                return top.index()
            for child_row in range(top.rowCount()):
                child = top.child(child_row)
                if child.data(TARGET_ROLE) == target:
                    return child.index()
        return None
