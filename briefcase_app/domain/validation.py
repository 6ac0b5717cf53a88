"""Checks a record must pass before it is saved; each failure is one clear sentence."""

from __future__ import annotations

from .errors import ValidationError
from .kinds import KINDS
from .models import Conference, LogisticsItem, ProgrammeItem, Record, Speech, TalkingPoint

MAX_TITLE = 500


def _required(value: str, what: str) -> None:
    if not (value or "").strip():
        raise ValidationError(f"{what} cannot be empty")
    if len(value) > MAX_TITLE:
        raise ValidationError(f"{what} is longer than {MAX_TITLE} characters")


def validate(record: Record) -> None:
    """Raise ValidationError if `record` cannot be saved as it is."""
    spec = KINDS[record.KIND] if record.KIND is not None else None
    for name, what in spec.required if spec else ():
        _required(getattr(record, name, "") or "", what)
    if isinstance(record, Conference):
        if record.start_date and record.end_date and record.end_date < record.start_date:
            raise ValidationError(
                f"the end date {record.end_date} is before the start date {record.start_date}"
            )
    elif isinstance(record, (ProgrammeItem, LogisticsItem)):
        if record.starts_at and record.ends_at and record.ends_at < record.starts_at:
            raise ValidationError(f"{record.title!r} ends before it starts")
    elif isinstance(record, Speech):
        if record.target_minutes is not None and record.target_minutes <= 0:
            raise ValidationError("a speech's target length must be a positive number of minutes")
    elif isinstance(record, TalkingPoint):
        if record.priority is None or not 1 <= record.priority <= 3:
            raise ValidationError("a line to take's priority is 1 (high), 2 or 3 (low)")
    for text_field in spec.text_fields if spec else ():  # a fact's statement too
        if "\x00" in (getattr(record, text_field, "") or ""):
            raise ValidationError(f"the {text_field} holds a NUL character")
