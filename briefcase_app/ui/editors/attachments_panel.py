"""The Attachments panel under an item's editor: its photo, images and annex PDFs, kept in
the store; attach a file, remove one, or copy the Markdown that shows an image."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.attachments import LinkRole
from ...domain.errors import BriefcaseError
from ...domain.models import Kind
from .. import plain
from ..i18n import translate
from ..plain import PlainLabel

ROLE = Qt.ItemDataRole.UserRole


class AttachmentsPanel(QWidget):
    """Small: a few lines of list and three buttons. `changed` after attaching or removing."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("attachments_panel")
        self.records = None
        self.kind: Kind | None = None
        self.item_id: str | None = None
        self.title = PlainLabel(translate("Attachments", "Attachments"))
        self.list = QListWidget(objectName="attachments_list")
        self.list.setMaximumHeight(72)
        self.attach_button = QPushButton(translate("Attachments", "Attach file…"), objectName="attach_file")
        self.photo_button = QPushButton(translate("Attachments", "Set photo…"), objectName="set_photo")
        self.copy_button = QPushButton(
            translate("Attachments", "Copy reference"), objectName="copy_reference"
        )
        self.remove_button = QPushButton(translate("Attachments", "Remove"), objectName="remove_attachment")
        self.attach_button.clicked.connect(lambda: self.attach_from_dialog(photo=False))
        self.photo_button.clicked.connect(lambda: self.attach_from_dialog(photo=True))
        self.copy_button.clicked.connect(self.copy_reference)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.title, 1)
        for button in (self.attach_button, self.photo_button, self.copy_button, self.remove_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.list)

    def show_item(self, records, kind: Kind, item_id: str) -> None:
        self.records, self.kind, self.item_id = records, kind, item_id
        self.photo_button.setVisible(kind is Kind.PERSON)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        if self.records is None or self.item_id is None:
            return
        links = self.records.attachment_links([self.item_id])
        info = self.records.attachment_info([link.sha256 for link in links])
        roles = {
            LinkRole.PHOTO: translate("Attachments", "Photo"),
            LinkRole.IMAGE: translate("Attachments", "Image"),
            LinkRole.ANNEX: translate("Attachments", "Annex"),
        }
        for link in links:
            what = (
                info[link.sha256].describe() if link.sha256 in info else translate("Attachments", "missing")
            )
            item = QListWidgetItem(f"{roles[link.role]}: {link.name or link.sha256[:12]} ({what})")
            item.setData(ROLE, link)
            self.list.addItem(item)
        self.copy_button.setEnabled(bool(links))
        self.remove_button.setEnabled(bool(links))

    def attach_bytes(self, data: bytes, name: str, photo: bool = False):
        """Keep `data` with the item; the link, or None after saying why it was refused."""
        from ...services import attachments

        try:
            link, _info = attachments.attach(
                self.records.store, self.kind, self.item_id, data, name, photo=photo
            )
        except BriefcaseError as e:
            plain.information(self, translate("Attachments", "Not attached"), str(e))
            return None
        self.refresh()
        self.changed.emit()
        return link

    def reference_for_new(self, data: bytes, name: str) -> str | None:
        """For the editor's paste and drop: attach an image, return the Markdown that shows it."""
        from ...services.attachments import reference_for

        if self.records is None or self.item_id is None:
            return None
        link = self.attach_bytes(data, name)
        return reference_for(link) if link is not None and link.role is LinkRole.IMAGE else None

    def attach_from_dialog(self, photo: bool) -> None:
        from ...services.attachments import AttachmentRefused, read_file

        if self.records is None:
            return
        filters = translate("Attachments", "Images and PDFs (*.png *.jpg *.jpeg *.pdf)")
        path, _ = QFileDialog.getOpenFileName(self, translate("Attachments", "Attach file"), "", filters)
        if not path:
            return
        try:
            data = read_file(path)
        except AttachmentRefused as e:
            plain.information(self, translate("Attachments", "Not attached"), str(e))
            return
        import os

        self.attach_bytes(data, os.path.basename(path), photo=photo)

    def _selected(self):
        item = self.list.currentItem() or (self.list.item(0) if self.list.count() else None)
        return item.data(ROLE) if item is not None else None

    def copy_reference(self) -> None:
        from ...services.attachments import reference_for

        link = self._selected()
        if link is not None:
            QApplication.clipboard().setText(reference_for(link))

    def remove_selected(self) -> None:
        link = self._selected()
        if link is None or self.records is None:
            return
        self.records.detach(link.id)
        self.refresh()
        self.changed.emit()
