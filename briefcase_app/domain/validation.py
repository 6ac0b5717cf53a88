"""Checks a record must pass before it is saved; each failure is one clear sentence."""

from __future__ import annotations

from .errors import ValidationError
from .models import Conference, Fact, Pack, Person, ProgrammeItem, Record, Speech, TalkingPoint

MAX_TITLE = 500


def _required(value: str, what: str) -> None:
    if not (value or "").strip():
        raise ValidationError(f"{what} cannot be empty")
    if len(value) > MAX_TITLE:
        raise ValidationError(f"{what} is longer than {MAX_TITLE} characters")


def validate(record: Record) -> None:
    """Raise ValidationError if `record` cannot be saved as it is."""
    if isinstance(record, Conference):
        _required(record.title, "A conference's title")
        if record.start_date and record.end_date and record.end_date < record.start_date:
            raise ValidationError(
                f"the end date {record.end_date} is before the start date {record.start_date}"
            )
    elif isinstance(record, Person):
        _required(record.name, "A person's name")
    elif isinstance(record, ProgrammeItem):
        _required(record.title, "A programme item's title")
        if record.starts_at and record.ends_at and record.ends_at < record.starts_at:
            raise ValidationError(f"{record.title!r} ends before it starts")
    elif isinstance(record, Speech):
        _required(record.title, "A speech's title")
        if record.target_minutes is not None and record.target_minutes <= 0:
            raise ValidationError("a speech's target length must be a positive number of minutes")
    elif isinstance(record, TalkingPoint):
        _required(record.topic, "A talking point's topic")
        if record.priority is None or not 1 <= record.priority <= 3:
            raise ValidationError("a talking point's priority is 1 (high), 2 or 3 (low)")
    elif isinstance(record, Fact):
        _required(record.statement, "A fact's statement")
    elif isinstance(record, Pack):
        _required(record.title, "A pack's title")
        if not record.conference_id:
            raise ValidationError("a pack belongs to a conference")
    for text_field in ("body", "biography", "description", "notes"):
        if "\x00" in (getattr(record, text_field, "") or ""):
            raise ValidationError(f"the {text_field} holds a NUL character")
