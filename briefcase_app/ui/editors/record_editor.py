"""One kind's editor: its fields above a Markdown text; speeches count words against a target."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ...domain.kinds import KINDS
from ...domain.models import Kind, Record
from ...domain.text_stats import format_minutes, speaking_minutes, word_count
from ..i18n import label, translate
from ..plain import PlainLabel
from .attachments_panel import AttachmentsPanel
from .fields import FIELDS, TEXT_FIELD
from .form import FieldForm
from .markdown_editor import MarkdownEditor

#: beyond this many characters the word count is approximate (exact takes ~50 ms per MB).
HUGE_TEXT = 300_000


def editor_heading() -> QLabel:
    """The bold line above an editor saying what is open ("Speech: ..."), wrapping, plain text."""
    heading = PlainLabel()
    heading.setObjectName("editor_heading")
    font = heading.font()
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    heading.setFont(font)
    heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    heading.setTextFormat(Qt.TextFormat.PlainText)
    heading.setWordWrap(True)
    return heading


def _minutes(minutes: float) -> str:
    """format_minutes ("4 min 40 s") with the units in the window's language."""
    text = format_minutes(minutes)
    return text.replace(" min", " " + translate("Editor", "min")).replace(
        " s", " " + translate("Editor", "s")
    )


class SpeechStats(PlainLabel):
    """'612 words · 4 min 40 s of a 5 min target', red when over; recounted shortly after typing."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("speech_stats")
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.rate = 130
        self.target: int | None = None
        self._text_of = lambda: ""
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.recount)

    def schedule(self, size: int) -> None:
        self._timer.start(150 if size < 200_000 else 1500)

    def recount(self) -> None:
        text = self._text_of()
        # a pasted document of megabytes: str.split is ~10x faster than the exact count
        words = word_count(text) if len(text) < HUGE_TEXT else len(text.split())
        minutes = speaking_minutes(words, max(1, self.rate))
        text = translate("Editor", "{words} words · {time} at {rate} words a minute").format(
            words=words, time=_minutes(minutes), rate=self.rate
        )
        over = False
        if self.target:
            text += translate("Editor", " · target {minutes} min").format(minutes=self.target)
            diff = minutes - self.target
            if abs(diff) >= 1 / 6:
                text += (
                    translate("Editor", " ({time} over)")
                    if diff > 0
                    else translate("Editor", " ({time} under)")
                ).format(time=_minutes(abs(diff)))
            over = diff > 0.25
        self.setText(text)
        self.setProperty("over", over)
        self.setStyleSheet("color: palette(highlight); font-weight: bold;" if over else "")


class RecordEditor(QWidget):
    edited = Signal()
    reading_copy = Signal()  # a speech's "Reading copy PDF…" button

    def __init__(self, kind: Kind, parent=None):
        super().__init__(parent)
        self.kind = kind
        self.setObjectName(f"editor_{kind.value}")
        self.heading = editor_heading()
        self.form = FieldForm(FIELDS[kind], kind=kind)
        self.text = MarkdownEditor()
        self.stats = SpeechStats() if kind is Kind.SPEECH else None
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.form)
        layout.addWidget(self.text, 1)
        self.attachments = AttachmentsPanel()
        layout.addWidget(self.attachments)
        self.text.text.attach_image = self.attachments.reference_for_new
        if self.stats is not None:
            self.stats._text_of = self.text.plain_text
            row = QHBoxLayout()
            row.addWidget(self.stats, 1)
            button = QPushButton(translate("Editor", "Reading copy PDF…"), objectName="reading_copy")
            button.setToolTip(
                translate("Editor", "Export this speech as a large-print reading copy (Ctrl+Shift+E)")
            )
            button.clicked.connect(self.reading_copy)
            row.addWidget(button)
            layout.addLayout(row)
            self.text.edited.connect(lambda: self.stats.schedule(self.text.text.document().characterCount()))
            self.form.edited.connect(self._target_changed)
        self.form.edited.connect(self.edited)
        self.text.edited.connect(self.edited)
        self.form.edited.connect(self._update_heading)
        if kind is Kind.FACT:  # a fact's heading is its first line
            self.text.edited.connect(self._update_heading)

    def set_record(self, record: Record, rate: int, fresh: bool = False) -> None:
        """Show `record`; `fresh` (just created): its name and text show empty with placeholders."""
        self.form.set_record(record, fresh=fresh)
        text = getattr(record, TEXT_FIELD[self.kind], "") or ""
        # a new fact's statement is its text: shown empty, saved as "New fact" until typed
        self.text_default = text if fresh and TEXT_FIELD[self.kind] == KINDS[self.kind].title_field else ""
        self.text.set_text("" if self.text_default else text)
        self._update_heading()
        if self.stats is not None:
            self.stats.rate = rate
            self.stats.target = getattr(record, "target_minutes", None)
            self.stats.recount()

    def values(self) -> dict:
        text = self.text.plain_text() or getattr(self, "text_default", "")
        return self.form.values() | {TEXT_FIELD[self.kind]: text}

    def focus_text(self) -> None:
        self.text.text.setFocus()

    def _target_changed(self) -> None:
        if self.stats is not None:
            self.stats.target = self.form.values().get("target_minutes")
            self.stats.recount()

    def _update_heading(self) -> None:
        values = self.form.values()
        first = self.form.fields[0].name if self.form.fields else ""
        title = values.get(first) or ""
        if self.kind is Kind.FACT:
            title = (self.text.plain_text().splitlines() or [""])[0][:120]
        elif not title:
            title = self.form.defaults.get(first, "")
        self.heading.setText(f"{label(self.kind)}: {title}" if title else label(self.kind))
