"""The right pane for an item in the Trash: what it is, where it came from (conference and
section, or the Library), when it was deleted, its text as a preview, and the two things that
can be done with it (Restore, Delete for good…). Nothing here edits the item."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ..domain.kinds import KINDS
from ..domain.models import Kind
from .editors.fields import FIELDS
from .editors.preview import SafePreview
from .i18n import label, translate
from .models.sources import origin_text
from .plain import PlainLabel


class TrashPreview(QWidget):
    def __init__(self, ops, parent=None):
        super().__init__(parent)
        self.setObjectName("trash_preview")
        self.title = PlainLabel(objectName="trash_title")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.origin = PlainLabel(objectName="trash_origin")
        self.origin.setWordWrap(True)
        self.preview = SafePreview()
        self.preview.setObjectName("trash_text")
        self.restore_button = QPushButton(translate("Trash", "Restore"), objectName="trash_restore")
        self.restore_button.setToolTip(translate("Trash", "Put it back where it came from (Ctrl+Shift+R)"))
        self.restore_button.clicked.connect(ops.restore)
        self.purge_button = QPushButton(translate("Trash", "Delete for good…"), objectName="trash_purge")
        self.purge_button.clicked.connect(ops.purge)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.purge_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.origin)
        layout.addLayout(buttons)
        layout.addWidget(self.preview, 1)

    def show_item(self, records, kind: Kind, item_id: str) -> bool:
        record = records.find(kind, item_id, include_deleted=True)
        if record is None:
            return False
        self.title.setText(f"{label(kind)}: {record.display_title}")
        deleted = (record.deleted_at or "")[:16].replace("T", " ")
        self.origin.setText(
            translate(
                "Trash",
                "From: {origin}\nDeleted: {when}\nIn the Trash it cannot be edited; restore it first.",
            ).format(origin=origin_text(records, record), when=deleted)
        )
        spec = KINDS[kind]
        labels = {f.name: f.label for f in FIELDS.get(kind, [])}
        parts = [  # "Speaker: Kairat Umarov", as the editor labels it
            f"{translate('Fields', labels.get(name, name))}: {getattr(record, name)}"
            for name in spec.plain_fields
            if getattr(record, name, "")
        ]
        text = "\n\n".join(str(getattr(record, name, "") or "") for name in spec.text_fields)
        self.preview.load_attachment = records.attachment_data
        self.preview.show_markdown(("  \n".join(parts) + "\n\n" if parts else "") + text)
        return True


def show_in_trash(window, kind: Kind | None, item_id: str | None) -> None:
    """The Trash's item chosen: its preview in the editor's place (or the hint when none)."""
    editor = window.editor
    editor.close_item(
        translate("MainWindow", "Items in the Trash can be restored (Item > Restore) or deleted for good.")
    )
    if kind is None or item_id is None or window.records is None:
        return
    preview = getattr(window, "trash_preview", None)
    if preview is None:
        preview = window.trash_preview = TrashPreview(window.ops)
        editor.addWidget(preview)
    if preview.show_item(window.records, kind, item_id):
        editor.setCurrentWidget(preview)
