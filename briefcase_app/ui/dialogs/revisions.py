"""An item's saved states, newest first, with a preview of each and Restore."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidget, QListWidgetItem, QSplitter, QVBoxLayout

from ...domain.models import Revision
from ..editors.fields import FIELDS, TEXT_FIELD
from ..editors.preview import SafePreview
from ..i18n import translate


def _when(stamp: str) -> str:
    try:
        return dt.datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    except ValueError:
        return stamp


def revision_markdown(revision: Revision) -> str:
    data = revision.data
    lines = []
    for field in FIELDS.get(revision.kind, []):
        value = data.get(field.name)
        if value not in (None, "", []):
            lines.append(
                f"**{translate('Fields', field.label)}:** {', '.join(value) if isinstance(value, list) else value}  "
            )
    text = data.get(TEXT_FIELD.get(revision.kind, "body"), "") or ""
    return "\n".join(lines) + "\n\n---\n\n" + text


class RevisionsDialog(QDialog):
    """`chosen` holds the revision to restore after exec() returns Accepted."""

    def __init__(self, revisions: list[Revision], title: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("Revisions", "Revisions of {title}").format(title=title))
        self.resize(900, 600)
        self.revisions = revisions
        self.chosen: Revision | None = None
        self.list = QListWidget()
        self.list.setObjectName("revision_list")
        for i, revision in enumerate(revisions):
            label = _when(revision.created_at) + (
                "  " + translate("Revisions", "(current)") if i == 0 else ""
            )
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, i)
            self.list.addItem(item)
        self.preview = SafePreview()
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(self.preview)
        splitter.setSizes([250, 650])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            translate("Revisions", "Restore this version"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setObjectName("restore_revision")
        self.buttons.accepted.connect(self._restore)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self.list.currentRowChanged.connect(self._show)
        if revisions:
            self.list.setCurrentRow(min(1, len(revisions) - 1))

    def _show(self, row: int) -> None:
        if 0 <= row < len(self.revisions):
            self.preview.show_markdown(revision_markdown(self.revisions[row]))
            self.restore_button.setEnabled(row > 0)

    def _restore(self) -> None:
        row = self.list.currentRow()
        if 0 < row < len(self.revisions):
            self.chosen = self.revisions[row]
            self.accept()
