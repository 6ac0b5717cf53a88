"""A date (and time) field: typed in the window's locale or picked from a calendar; empty allowed."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QTimeEdit,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from ..i18n import translate
from ..plain import tip


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
