"""Build domain objects from plain dicts (store rows, JSON), checking types and dates."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import json
import typing

from .errors import ValidationError
from .models import PackSection, Record, SectionKind

R = typing.TypeVar("R", bound=Record)

_HINTS: dict[type, dict] = {}


def _hints(cls: type) -> dict:
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls)
    return _HINTS[cls]


def parse_date(value, field_name: str = "date") -> dt.date | None:
    """ISO date (YYYY-MM-DD) or None; anything else is a ValidationError naming the field."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationError(f"{field_name}: {value!r} is not a date (use YYYY-MM-DD)") from None


def parse_datetime(value, field_name: str = "time") -> dt.datetime | None:
    """ISO date-time ('2012-02-16 09:30' or with T) or None."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value
    try:
        return dt.datetime.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationError(
            f"{field_name}: {value!r} is not a date and time (use YYYY-MM-DD HH:MM)"
        ) from None


def _coerce(name: str, hint, value):
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, getattr(__import__("types"), "UnionType", None)):
        if value is None:
            return None
        hint = next(a for a in args if a is not type(None))
        origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint is dt.datetime:
        return parse_datetime(value, name)
    if hint is dt.date:
        return parse_date(value, name)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        try:
            return hint(value)
        except ValueError:
            allowed = ", ".join(m.value for m in hint)
            raise ValidationError(f"{name}: {value!r} is not one of {allowed}") from None
    if origin is list:
        if isinstance(value, str):
            value = json.loads(value) if value.startswith("[") else [value]
        item = args[0] if args else str
        if item is PackSection:
            return [section_from_dict(v) for v in value or []]
        return [str(v) for v in value or []]
    if hint is int:
        if value in (None, ""):
            return None
        try:
            return int(value)
        except (TypeError, ValueError):
            raise ValidationError(f"{name}: {value!r} is not a whole number") from None
    if hint is str:
        return "" if value is None else str(value)
    return value


def section_from_dict(data) -> PackSection:
    if isinstance(data, PackSection):
        return data
    kind = _coerce("section", SectionKind, data.get("kind"))
    return PackSection(kind, data.get("title") or "", [str(i) for i in data.get("item_ids") or []])


def from_dict(cls: type[R], data: dict) -> R:
    """A `cls` from a dict; unknown keys are ignored, values are parsed to their field types."""
    hints = _hints(cls)
    kwargs = {}
    for f in dataclasses.fields(cls):
        if f.name in data:
            kwargs[f.name] = _coerce(f.name, hints[f.name], data[f.name])
    return cls(**kwargs)
