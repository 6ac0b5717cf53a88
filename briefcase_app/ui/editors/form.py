"""A form built from a kind's field list: values in and out as plain text, parsed on save."""

from __future__ import annotations

import datetime as dt
import enum

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLineEdit, QSpinBox, QWidget

from ..i18n import translate
from ..plain import PlainLabel
from .fields import Field


def _text_of(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    return str(value)


class FieldForm(QWidget):
    edited = Signal()

    def __init__(self, fields: list[Field], parent=None):
        super().__init__(parent)
        self.fields = fields
        self.widgets: dict[str, QWidget] = {}
        # the first field (the title) spans the width; the rest sit two to a row
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        for i, field in enumerate(fields):
            widget = self._make(field)
            widget.setObjectName(f"field_{field.name}")
            self.widgets[field.name] = widget
            label = PlainLabel(translate("Fields", field.label))
            label.setBuddy(widget)
            if i == 0:
                grid.addWidget(label, 0, 0)
                grid.addWidget(widget, 0, 1, 1, 3)
                continue
            row, col = (i + 1) // 2, 0 if i % 2 else 2
            grid.addWidget(label, row, col)
            grid.addWidget(widget, row, col + 1)

    def _make(self, field: Field) -> QWidget:
        if field.widget == "choice":
            combo = QComboBox()
            for value, label in field.choices:
                combo.addItem(translate("Labels", label), value)
            combo.currentIndexChanged.connect(self.edited)
            return combo
        if field.widget in ("minutes", "priority"):
            spin = QSpinBox()
            if field.widget == "minutes":
                spin.setRange(0, 600)
                spin.setSuffix(translate("Fields", " min"))
                spin.setSpecialValueText(translate("Fields", "none"))
            else:
                spin.setRange(1, 3)
                spin.setToolTip(translate("Fields", "1 is high, 3 is low"))
            spin.valueChanged.connect(self.edited)
            return spin
        line = QLineEdit()
        formats = {"date": "YYYY-MM-DD", "datetime": "YYYY-MM-DD HH:MM"}  # typed so, in every language
        line.setPlaceholderText(
            translate("Fields", field.placeholder) if field.placeholder else formats.get(field.widget, "")
        )
        line.textEdited.connect(self.edited)
        return line

    def set_record(self, record) -> None:
        for field in self.fields:
            widget = self.widgets[field.name]
            value = getattr(record, field.name, None)
            widget.blockSignals(True)
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(_text_of(value))))
            elif isinstance(widget, QSpinBox):
                widget.setValue(int(value or 0))
            elif field.widget == "tags":
                widget.setText(", ".join(value or []))
            else:
                widget.setText(_text_of(value))
            if isinstance(widget, QLineEdit):
                widget.setCursorPosition(0)  # show the beginning of a long title
            widget.blockSignals(False)

    def values(self) -> dict:
        out: dict = {}
        for field in self.fields:
            widget = self.widgets[field.name]
            if isinstance(widget, QComboBox):
                out[field.name] = widget.currentData()
            elif isinstance(widget, QSpinBox):
                out[field.name] = widget.value() or None
            elif field.widget == "tags":
                out[field.name] = [t.strip() for t in widget.text().split(",") if t.strip()]
            else:
                out[field.name] = (
                    widget.text().strip() if field.widget in ("date", "datetime") else widget.text()
                )
        return out
