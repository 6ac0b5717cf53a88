"""The search panel's second row of filters: speaker, language, tag and a date range.

Dates are checked here, as they are typed: a bad one shows a quiet line under the row and
the search waits for it to be fixed (the worker never sees it, so it never fails on it)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from .i18n import translate
from .plain import PlainLabel

#: offered in the Language box (any other code can be typed).
LANGUAGES = ("en", "ru", "fr", "es", "ar", "zh", "de", "kk", "ky", "tg", "tk", "uz", "fa", "ps")


class SearchFilters(QWidget):
    """`values()` gives the keyword arguments for SearchService.search; `problem()` what is
    wrong with them in a sentence ("" when nothing is)."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.speaker = QLineEdit(objectName="search_speaker", placeholderText=translate("Search", "any"))
        self.tag = QLineEdit(objectName="search_tag", placeholderText=translate("Search", "any"))
        self.language = QComboBox(objectName="search_language")
        self.language.setEditable(True)
        self.language.addItems(["", *LANGUAGES])
        self.language.lineEdit().setPlaceholderText(translate("Search", "any"))
        self.date_from = QLineEdit(objectName="search_from", placeholderText="YYYY-MM-DD")
        self.date_to = QLineEdit(objectName="search_to", placeholderText="YYYY-MM-DD")
        width = self.fontMetrics().horizontalAdvance("0000-00-00") + 24
        for field in (self.date_from, self.date_to):
            field.setMaxLength(10)
            field.setFixedWidth(width)
            field.setClearButtonEnabled(False)
        self.language.setFixedWidth(self.fontMetrics().horizontalAdvance("0000") + 44)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for label, widget, stretch in (
            (translate("Search", "Speaker"), self.speaker, 2),
            (translate("Search", "Language"), self.language, 0),
            (translate("Search", "Tag"), self.tag, 1),
            (translate("Search", "From"), self.date_from, 0),
            (translate("Search", "To"), self.date_to, 0),
        ):
            row.addWidget(PlainLabel(label))
            row.addWidget(widget, stretch)
        self.message = PlainLabel(objectName="search_filter_message")
        self.message.setWordWrap(True)
        palette = self.message.palette()
        palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText))
        self.message.setPalette(palette)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.message)
        for field in (self.speaker, self.tag, self.date_from, self.date_to):
            field.textChanged.connect(self._changed)
        self.language.currentTextChanged.connect(self._changed)

    def _changed(self, *_args) -> None:
        problem = self.problem()
        self.message.setText(problem)
        self.message.setVisible(bool(problem))
        self.changed.emit()

    def _date(self, field: QLineEdit) -> dt.date | None:
        text = field.text().strip()
        return dt.date.fromisoformat(text) if text else None

    def problem(self) -> str:
        dates = []
        for name, field in (
            (translate("Search", "From"), self.date_from),
            (translate("Search", "To"), self.date_to),
        ):
            try:
                dates.append(self._date(field))
            except ValueError:
                return translate(
                    "Search", "{name}: “{text}” is not a date; type it as YYYY-MM-DD, e.g. 2012-02-16."
                ).format(name=name, text=field.text().strip())
        if dates[0] and dates[1] and dates[0] > dates[1]:
            return translate("Search", "The range {start} to {end} ends before it starts.").format(
                start=dates[0], end=dates[1]
            )
        return ""

    def values(self) -> dict:
        """Keyword arguments for SearchService.search (call only when problem() is "")."""
        return {
            "speaker": self.speaker.text().strip(),
            "language": self.language.currentText().strip().lower(),
            "tag": self.tag.text().strip(),
            "date_from": self._date(self.date_from),
            "date_to": self._date(self.date_to),
        }
