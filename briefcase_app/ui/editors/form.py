"""A form built from a kind's field list: values in and out as plain text, parsed on save.

Dates and times are picked from a calendar or typed (in the window's locale); an empty date is
allowed. A field that cannot be saved is outlined and a sentence in plain words sits under it."""

from __future__ import annotations

import datetime as dt
import enum

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from ...domain.kinds import KINDS
from ...domain.models import Kind
from ..i18n import translate
from ..plain import PlainLabel, tip
from .date_field import DateField
from .fields import Field
from .people_field import PeopleField

PROBLEM_STYLE = "border: 2px solid #c0392b; border-radius: 3px;"


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


class QuestionField(QPlainTextEdit):
    """A few lines of plain text (a defensive Q&A's question)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        lines = self.fontMetrics().lineSpacing()
        self.setFixedHeight(lines * 3 + 12)


def _priority_label(value: int) -> str:
    return {
        1: translate("Fields", "1 – high"),
        2: translate("Fields", "2 – medium"),
        3: translate("Fields", "3 – low"),
    }[value]


class FieldForm(QWidget):
    edited = Signal()
    open_person = Signal(str)
    add_people = Signal(list)

    def __init__(self, fields: list[Field], parent=None, kind: Kind | None = None):
        super().__init__(parent)
        self.fields = fields
        self.kind = kind
        self.widgets: dict[str, QWidget] = {}
        self.problems: dict[str, PlainLabel] = {}
        self.labels: dict[str, str] = {field.name: translate("Fields", field.label) for field in fields}
        #: fields a new item shows empty, with what it is saved as when left empty
        self.defaults: dict[str, str] = {}
        # the first field (the title), multi-line ones and attendees span the width; the rest sit
        # two to a row;
        # each row has a row under it for what is wrong with its fields
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        row, col = 0, 0
        for i, field in enumerate(fields):
            widget = self._make(field)
            widget.setObjectName(f"field_{field.name}")
            self.widgets[field.name] = widget
            label = PlainLabel(self.labels[field.name])
            label.setBuddy(widget)
            problem = PlainLabel()
            problem.setObjectName(f"problem_{field.name}")
            problem.setWordWrap(True)
            problem.setStyleSheet("color: #c0392b;")
            problem.hide()
            self.problems[field.name] = problem
            wide = i == 0 or field.widget in ("lines", "people")
            if wide and col:
                row, col = row + 1, 0
            align = Qt.AlignmentFlag.AlignTop if field.widget == "lines" else Qt.AlignmentFlag(0)
            grid.addWidget(label, 2 * row, col, align)
            if wide:
                grid.addWidget(widget, 2 * row, 1, 1, 3)
                grid.addWidget(problem, 2 * row + 1, 1, 1, 3)
                row, col = row + 1, 0
                continue
            grid.addWidget(widget, 2 * row, col + 1)
            grid.addWidget(problem, 2 * row + 1, col + 1)
            row, col = (row, 2) if col == 0 else (row + 1, 0)

    def _make(self, field: Field) -> QWidget:
        if field.widget == "choice":
            combo = QComboBox()
            for value, label in field.choices:
                combo.addItem(translate("Labels", label), value)
            combo.currentIndexChanged.connect(self.edited)
            return combo
        if field.widget == "priority":
            combo = QComboBox()
            for value in (1, 2, 3):
                combo.addItem(_priority_label(value), value)
            combo.setToolTip(tip(translate("Fields", "1 is high, 3 is low")))
            combo.currentIndexChanged.connect(self.edited)
            return combo
        if field.widget == "minutes":
            spin = QSpinBox()
            spin.setRange(0, 600)
            spin.setSuffix(translate("Fields", " min"))
            spin.setSpecialValueText(translate("Fields", "none"))
            spin.valueChanged.connect(self.edited)
            return spin
        if field.widget in ("date", "datetime"):
            date = DateField(field.widget == "datetime")
            date.edited.connect(self.edited)
            return date
        if field.widget in ("person", "people"):
            people = PeopleField(many=field.widget == "people")
            people.line.setPlaceholderText(
                translate("Fields", field.placeholder) if field.placeholder else ""
            )
            people.edited.connect(self.edited)
            people.open_person.connect(self.open_person)
            people.add_people.connect(self.add_people)
            return people
        if field.widget == "lines":
            lines = QuestionField()
            lines.setPlaceholderText(translate("Fields", field.placeholder) if field.placeholder else "")
            lines.textChanged.connect(self._lines_changed)
            return lines
        line = QLineEdit()
        line.setPlaceholderText(translate("Fields", field.placeholder) if field.placeholder else "")
        line.textEdited.connect(self.edited)
        return line

    def set_people(self, names: list[str], can_add: bool) -> None:
        """The conference's People, for completing and linking the speaker and attendees."""
        for widget in self.widgets.values():
            if isinstance(widget, PeopleField):
                widget.set_people(names, can_add)

    def _lines_changed(self) -> None:
        if not self.signalsBlocked():
            self.edited.emit()

    def set_record(self, record, fresh: bool = False) -> None:
        """Show `record`; `fresh` (a new item): its name field shows empty, its default as the
        placeholder, and is saved as that default while left empty."""
        self.clear_problems()
        self.defaults = {}
        title_field = KINDS[self.kind].title_field if self.kind in KINDS else None
        self.blockSignals(True)
        for field in self.fields:
            widget = self.widgets[field.name]
            value = getattr(record, field.name, None)
            widget.blockSignals(True)
            if field.widget == "priority":
                widget.setCurrentIndex(max(0, widget.findData(int(value or 2))))
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(_text_of(value))))
            elif isinstance(widget, QSpinBox):
                widget.setValue(int(value or 0))
            elif isinstance(widget, DateField):
                widget.set_value(value)
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(_text_of(value))
            elif field.widget == "tags":
                widget.setText(", ".join(value or []))
            else:
                text = _text_of(value)
                if fresh and field.name == title_field and text:
                    self.defaults[field.name] = text
                    widget.setPlaceholderText(text)
                    text = ""
                elif field.name == title_field:
                    widget.setPlaceholderText(
                        translate("Fields", field.placeholder) if field.placeholder else ""
                    )
                widget.setText(text)
            if isinstance(widget, QLineEdit):
                widget.setCursorPosition(0)  # show the beginning of a long title
            widget.blockSignals(False)
        self.blockSignals(False)

    def values(self) -> dict:
        out: dict = {}
        for field in self.fields:
            widget = self.widgets[field.name]
            if isinstance(widget, QComboBox):
                out[field.name] = widget.currentData()
            elif isinstance(widget, QSpinBox):
                out[field.name] = widget.value() or None
            elif isinstance(widget, DateField):
                out[field.name] = widget.value_text()
            elif isinstance(widget, QPlainTextEdit):
                out[field.name] = widget.toPlainText()
            elif field.widget == "tags":
                out[field.name] = [t.strip() for t in widget.text().split(",") if t.strip()]
            else:
                out[field.name] = widget.text() or self.defaults.get(field.name, "")
        return out

    # ---- what cannot be saved ---------------------------------------------
    def explain(self, error: str) -> tuple[str | None, str]:
        """A save's ValidationError as (field, a sentence naming the field by its label)."""
        text = str(error)
        for field in self.fields:
            name = self.labels[field.name]
            if text.startswith(field.name + ":"):
                if field.widget in ("date", "datetime") or "is not a date" in text:
                    widget = self.widgets[field.name]
                    example = widget.format(QDateTime(QDate.currentDate(), QTime(9, 30)))
                    return field.name, translate(
                        "Editor",
                        "“{field}”: “{text}” is not a date. Type it like {example}, or pick it from the calendar.",
                    ).format(field=name, text=widget.text().strip(), example=example)
                return field.name, f"{name}: {text.split(':', 1)[1].strip()}"
        spec = KINDS.get(self.kind)
        for field_name, what in spec.required if spec else ():
            if text.startswith(what) and field_name in self.labels:
                if "longer than" in text:
                    return field_name, translate("Editor", "{field} is too long.").format(
                        field=self.labels[field_name]
                    )
                return field_name, translate("Editor", "{field} cannot be empty.").format(
                    field=self.labels[field_name]
                )
        if "is before the start date" in text and "end_date" in self.labels:
            return "end_date", translate("Editor", "“{field}” is before the start date.").format(
                field=self.labels["end_date"]
            )
        if "ends before it starts" in text and "ends_at" in self.labels:
            return "ends_at", translate("Editor", "“{field}” is before the start.").format(
                field=self.labels["ends_at"]
            )
        if "target length" in text and "target_minutes" in self.labels:
            return "target_minutes", translate("Editor", "{field} must be a number of minutes.").format(
                field=self.labels["target_minutes"]
            )
        return None, text

    def show_problem(self, field_name: str | None, message: str) -> None:
        self.clear_problems()
        if field_name not in self.widgets:
            return
        widget = self.widgets[field_name]
        widget.setProperty("problem", True)
        getattr(widget, "line", widget).setStyleSheet(PROBLEM_STYLE)
        self.problems[field_name].setText(message)
        self.problems[field_name].show()

    def clear_problems(self) -> None:
        for name, problem in self.problems.items():
            if problem.isVisible() or self.widgets[name].property("problem"):
                problem.hide()
                problem.clear()
                self.widgets[name].setProperty("problem", False)
                getattr(self.widgets[name], "line", self.widgets[name]).setStyleSheet("")

    def problem_field(self) -> str | None:
        return next((n for n, w in self.widgets.items() if w.property("problem")), None)
