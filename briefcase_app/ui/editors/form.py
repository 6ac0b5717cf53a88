"""A form built from a kind's field list: values in and out as plain text, parsed on save.

Dates and times are picked from a calendar or typed (in the window's locale); an empty date is
allowed. A field that cannot be saved is outlined and a sentence in plain words sits under it."""

from __future__ import annotations

import datetime as dt
import enum
import re

from PySide6.QtCore import QDate, QDateTime, QLocale, QStringListModel, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from ...domain.kinds import KINDS
from ...domain.models import Kind
from ..i18n import translate
from ..plain import PlainLabel, tip
from .fields import Field

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


def _date_format(with_time: bool) -> str:
    """The locale's short date with a four-digit year ("dd.MM.yyyy"); in English "16 Feb 2012",
    since "2/3/2012" reads as two different days on the two sides of the Atlantic."""
    locale = QLocale()
    if locale.language() in (QLocale.Language.English, QLocale.Language.C):
        fmt = "d MMM yyyy"
    else:
        fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
        if "yyyy" not in fmt:
            fmt = fmt.replace("yy", "yyyy")
    return fmt + " HH:mm" if with_time else fmt


def parse_date(text: str) -> QDate | None:
    """A typed date in the locale's short or long form, as 2024-12-06, 6.12.2024, 6/12/2024 or
    6 Dec 2024; None when it is none of those."""
    text = " ".join(text.split())
    locale = QLocale()
    formats = [
        "yyyy-MM-dd",
        _date_format(False),
        locale.dateFormat(QLocale.FormatType.ShortFormat),
        locale.dateFormat(QLocale.FormatType.LongFormat),
        "d.M.yyyy",
        "d/M/yyyy",
        "d MMM yyyy",
        "d MMMM yyyy",
        "MMM d, yyyy",
        "MMMM d, yyyy",
    ]
    for fmt in formats:
        for reader in (locale, QLocale.c()):
            date = reader.toDate(text, fmt)
            if date.isValid() and date.year() >= 1000:
                return date
    return None


def parse_date_time(text: str) -> QDateTime | None:
    """A date, then optionally a time ("14:30"); a date alone is at midnight."""
    words = text.split()
    time = QTime(0, 0)
    if words and ":" in words[-1]:
        time = QTime.fromString(words[-1], "H:mm")
        if not time.isValid():
            return None
        words = words[:-1]
    date = parse_date(" ".join(words))
    return QDateTime(date, time) if date is not None else None


class DateField(QWidget):
    """A date (or date and time): typed in the window's locale, or picked from a calendar;
    empty is allowed. `edited` on every change."""

    edited = Signal()

    def __init__(self, with_time: bool, parent=None):
        super().__init__(parent)
        self.with_time = with_time
        self.line = QLineEdit()
        example = QDateTime(QDate.currentDate(), QTime(9, 30))
        self.line.setPlaceholderText(
            translate("Fields", "e.g. {example}").format(example=self.format(example))
        )
        self.line.setToolTip(
            tip(translate("Fields", "Type a date, or pick one from the calendar. Empty is allowed."))
        )
        self.line.textEdited.connect(self.edited)
        self.line.editingFinished.connect(self._tidy)
        self.button = QToolButton()
        self.button.setObjectName("calendar_button")
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setToolTip(tip(translate("Fields", "Pick from the calendar")))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(False)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.popup = QMenu(self)
        holder = QWidgetAction(self.popup)
        holder.setDefaultWidget(self.calendar)
        self.popup.addAction(holder)
        self.time = None
        if with_time:  # the time first, then a click on the day sets both
            self.time = QTimeEdit(objectName="time_picker")
            self.time.setDisplayFormat("HH:mm")
            self.time.setToolTip(tip(translate("Fields", "The time; then click the day")))
            time_holder = QWidgetAction(self.popup)
            time_holder.setDefaultWidget(self.time)
            self.popup.addAction(time_holder)
        self.button.clicked.connect(self.open_calendar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.line)

    def format(self, value: QDateTime) -> str:
        return QLocale().toString(value if self.with_time else value.date(), _date_format(self.with_time))

    def open_calendar(self) -> None:
        current = self._parsed()
        day = current.date() if current is not None else QDate.currentDate()
        self.calendar.setSelectedDate(day)
        self.calendar.setCurrentPage(day.year(), day.month())
        if self.time is not None:
            self.time.setTime(current.time() if current is not None else QTime(9, 0))
        self.popup.popup(self.line.mapToGlobal(self.line.rect().bottomLeft()))
        self.calendar.setFocus()

    def _picked(self, date: QDate) -> None:
        time = self.time.time() if self.time is not None else QTime(0, 0)
        self.popup.close()
        self.line.setText(self.format(QDateTime(date, time)))
        self.line.setFocus()
        self.edited.emit()

    def _parsed(self) -> QDateTime | None:
        text = self.line.text().strip()
        return parse_date_time(text) if text else None

    def _tidy(self) -> None:
        """Typed "6/12/2024": shown in the window's own form once the field is left."""
        parsed = self._parsed()
        if parsed is not None:
            self.line.setText(self.format(parsed))

    def is_empty(self) -> bool:
        return not self.line.text().strip()

    def text(self) -> str:
        return self.line.text()

    def set_value(self, value) -> None:
        if isinstance(value, dt.datetime):
            shown = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))
        elif isinstance(value, dt.date):
            shown = QDateTime(QDate(value.year, value.month, value.day), QTime(0, 0))
        else:
            self.line.setText("")
            return
        self.line.setText(self.format(shown))

    def value_text(self) -> str:
        """ISO (what the record takes), "" when empty, or the text as typed when it is no date
        (saving then says so beside the field)."""
        text = self.line.text().strip()
        if not text:
            return ""
        parsed = parse_date_time(text)
        if parsed is None:
            return text
        if self.with_time:
            return parsed.toString("yyyy-MM-dd HH:mm")
        return parsed.date().toString("yyyy-MM-dd")


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
