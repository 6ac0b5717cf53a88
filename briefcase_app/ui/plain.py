"""User text shown as text, never as markup: Qt reads any string that looks like HTML as rich text
(in labels, message boxes and tooltips), so a title `<img src="/dev/zero">` made it read files.

Every label, message box and tooltip of the window goes through here."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLabel, QMessageBox, QWidget

_Button = QMessageBox.StandardButton


class PlainLabel(QLabel):
    """A QLabel that always shows its text as plain text."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.setTextFormat(Qt.TextFormat.PlainText)


def tip(text: str) -> str:
    """A tooltip showing `text` as written (Qt has no plain-text tooltips: escape it as rich text)."""
    if not text:
        return ""
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"


def message(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: _Button = _Button.Ok,
    default: _Button = _Button.NoButton,
) -> _Button:
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if default != _Button.NoButton:
        box.setDefaultButton(default)
    return _Button(box.exec())


def question(parent, title, text, buttons=_Button.Yes | _Button.No, default=_Button.NoButton) -> _Button:
    return message(parent, QMessageBox.Icon.Question, title, text, buttons, default)


def information(parent, title, text, buttons=_Button.Ok, default=_Button.NoButton) -> _Button:
    return message(parent, QMessageBox.Icon.Information, title, text, buttons, default)


def warning(parent, title, text, buttons=_Button.Ok, default=_Button.NoButton) -> _Button:
    return message(parent, QMessageBox.Icon.Warning, title, text, buttons, default)


def critical(parent, title, text, buttons=_Button.Ok, default=_Button.NoButton) -> _Button:
    return message(parent, QMessageBox.Icon.Critical, title, text, buttons, default)


def get_item(parent, title: str, label: str, items: list[str], current: int = 0) -> tuple[str, bool]:
    """QInputDialog.getItem with its label as plain text (it names people and items)."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setComboBoxItems(items)
    dialog.setComboBoxEditable(False)
    dialog.setTextValue(items[current] if 0 <= current < len(items) else "")
    for child in dialog.findChildren(QLabel):
        child.setTextFormat(Qt.TextFormat.PlainText)
    accepted = dialog.exec() == QInputDialog.DialogCode.Accepted
    return dialog.textValue(), accepted
