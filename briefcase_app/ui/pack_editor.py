"""A pack's editor: title, recipient, marking; which sections, in which order, with which items.

Drag sections or items to reorder them; a section with "Every item" ticked takes all of its
kind from the conference, in their own order. Export and pre-flight sit below (pack_export.py).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.kinds import SECTION_KIND, SECTION_POINT_KINDS
from ..domain.models import Kind, Pack, PackSection, SectionKind
from .dialogs.preferences import MARKINGS
from .editors.record_editor import editor_heading
from .i18n import LANGUAGES, label, translate
from .plain import PlainLabel

ROLE = Qt.ItemDataRole.UserRole

#: which stored items can fill each kind of section.


def section_kind(section: SectionKind) -> Kind:
    return SECTION_KIND[section]


def candidates(records, conference_id: str, section: SectionKind) -> list[tuple[str, str]]:
    """(id, title) of the items a section can hold, in their natural order (at most 2,000)."""
    if section is SectionKind.PEOPLE:
        return [(p.id, f"{p.name} — {label(part.role)}") for part, p in records.people_in(conference_id)]
    kind = section_kind(section)
    out = []
    for record in records.items(kind, conference_id=conference_id, limit=2000):
        if kind is Kind.POINT and record.kind not in SECTION_POINT_KINDS[section]:
            continue
        out.append((record.id, record.display_title[:120]))
    return out


class PackEditor(QWidget):
    edited = Signal()

    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.window = window
        self.setObjectName("editor_pack")
        self.pack: Pack | None = None
        self._loading = False
        self._request = 0
        self.heading = editor_heading()
        self.title = QLineEdit(objectName="field_title")
        self.recipient = QLineEdit(objectName="field_recipient")
        self.marking = QComboBox(editable=True, objectName="field_marking")
        self.marking.addItems(MARKINGS)
        self.version = QLineEdit(objectName="field_version")
        self.language = QComboBox(objectName="field_language")  # the pack's fixed words and dates
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setToolTip(
            translate("PackEditor", "The language of the pack's headings, dates and page numbers")
        )
        form = QFormLayout()
        form.addRow(translate("PackEditor", "Title"), self.title)
        form.addRow(translate("PackEditor", "Recipient"), self.recipient)
        form.addRow(translate("PackEditor", "Marking"), self.marking)
        form.addRow(translate("PackEditor", "Version"), self.version)
        form.addRow(translate("PackEditor", "Language of the pack"), self.language)
        for line in (self.title, self.recipient, self.version):
            line.textEdited.connect(self._edited)
        self.marking.currentTextChanged.connect(self._edited)
        self.language.currentIndexChanged.connect(self._edited)

        self.sections = QListWidget(objectName="pack_sections")
        self.sections.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.sections.model().rowsMoved.connect(self._edited)
        self.sections.itemChanged.connect(self._edited)
        self.sections.currentRowChanged.connect(self._show_items)
        self.every = QCheckBox(
            translate("PackEditor", "Every item of this kind, in its own order"), objectName="pack_every"
        )
        self.every.toggled.connect(self._every_toggled)
        self.items = QListWidget(objectName="pack_items")
        self.items.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.items.model().rowsMoved.connect(self._items_changed)
        self.items.itemChanged.connect(self._items_changed)
        grid = QGridLayout()
        grid.addWidget(PlainLabel(translate("PackEditor", "Sections (tick to include, drag to order)")), 0, 0)
        grid.addWidget(PlainLabel(translate("PackEditor", "Items of the chosen section")), 0, 1)
        grid.addWidget(self.sections, 1, 0, 2, 1)
        grid.addWidget(self.every, 1, 1)
        grid.addWidget(self.items, 2, 1)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(0, 1)

        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.heading)
        self.layout_.addLayout(form)
        self.layout_.addLayout(grid, 1)
        self.extension: QWidget | None = None

    def add_extension(self, widget: QWidget) -> None:
        """Room below the sections for the pre-flight list and the Export button."""
        self.extension = widget
        self.layout_.addWidget(widget)

    # ---- in and out ------------------------------------------------------
    def set_record(self, pack: Pack, _rate: int = 0) -> None:
        self._loading = True
        self.pack = pack
        self.heading.setText(translate("PackEditor", "Pack: {title}").format(title=pack.title))
        self.title.setText(pack.title)
        self.recipient.setText(pack.recipient)
        self.marking.setCurrentText(pack.marking)
        self.version.setText(pack.version)
        self.language.setCurrentIndex(max(0, self.language.findData(getattr(pack, "language", "en"))))
        self.sections.clear()
        present = {s.kind for s in pack.sections}
        ordered = list(pack.sections) + [PackSection(k) for k in SectionKind if k not in present]
        for section in ordered:
            item = QListWidgetItem(section.title or label(section.kind))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsDragEnabled)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)
            item.setCheckState(Qt.CheckState.Checked if section.kind in present else Qt.CheckState.Unchecked)
            item.setData(ROLE, PackSection(section.kind, section.title, list(section.item_ids)))
            self.sections.addItem(item)
        self._loading = False
        self.sections.setCurrentRow(0)
        if self.extension is not None and hasattr(self.extension, "set_pack"):
            self.extension.set_pack(pack)

    def values(self) -> dict:
        sections = []
        for row in range(self.sections.count()):
            item = self.sections.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                sections.append(item.data(ROLE))
        return {
            "title": self.title.text(),
            "recipient": self.recipient.text(),
            "marking": self.marking.currentText().strip(),
            "version": self.version.text(),
            "language": self.language.currentData() or "en",
            "sections": sections,
        }

    # ---- items of a section ---------------------------------------------
    def _current_section(self) -> tuple[QListWidgetItem | None, PackSection | None]:
        item = self.sections.currentItem()
        return (item, item.data(ROLE)) if item is not None else (None, None)

    def _show_items(self, _row: int) -> None:
        item, section = self._current_section()
        self._loading = True
        self.items.clear()
        self._loading = False
        self._request += 1
        records = self.window.records
        if section is None or records is None or self.pack is None:
            return
        conference_id, kind = self.pack.conference_id, section.kind
        if kind is not SectionKind.PEOPLE:  # a conference may hold thousands: list them off the GUI thread
            request = self._request
            self.items.setEnabled(False)
            self.window.workers.store.submit(
                lambda worker_records: candidates(worker_records, conference_id, kind),
                lambda found: self._fill(request, found),
            )
        else:
            self._fill(self._request, candidates(records, conference_id, kind))

    def _fill(self, request: int, found_list) -> None:
        item, section = self._current_section()
        if request != self._request or section is None:
            return  # another section was chosen meanwhile
        self._loading = True
        self.items.clear()
        found = dict(found_list)
        chosen = [i for i in section.item_ids if i in found]
        order = chosen + [i for i in found if i not in chosen]
        for item_id in order:
            row = QListWidgetItem(found[item_id])
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setFlags(row.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)
            row.setCheckState(
                Qt.CheckState.Checked if (not chosen or item_id in chosen) else Qt.CheckState.Unchecked
            )
            row.setData(ROLE, item_id)
            self.items.addItem(row)
        self.every.setChecked(not section.item_ids)
        self.items.setEnabled(bool(section.item_ids))
        self._loading = False

    def _every_toggled(self, every: bool) -> None:
        self.items.setEnabled(not every)
        if not self._loading:
            self._items_changed()

    def _items_changed(self, *_args) -> None:
        if self._loading:
            return
        item, section = self._current_section()
        if item is None:
            return
        ids = (
            []
            if self.every.isChecked()
            else [
                self.items.item(r).data(ROLE)
                for r in range(self.items.count())
                if self.items.item(r).checkState() == Qt.CheckState.Checked
            ]
        )
        item.setData(ROLE, PackSection(section.kind, section.title, ids))
        self._edited()

    def _edited(self, *_args) -> None:
        if not self._loading:
            self.heading.setText(translate("PackEditor", "Pack: {title}").format(title=self.title.text()))
            self.edited.emit()
