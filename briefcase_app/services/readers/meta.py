"""From a Document and its metadata to the fields of a speech, talking point or fact."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
from pathlib import Path

from ...domain.errors import ValidationError
from ...domain.models import MODEL_BY_KIND, Kind
from .base import Document, detect_language

KIND_BY_NAME = {"speech": Kind.SPEECH, "point": Kind.POINT, "fact": Kind.FACT}
#: front matter may also describe a conference (as `export folder` writes it).
FRONT_MATTER_KINDS = KIND_BY_NAME | {"conference": Kind.CONFERENCE}

_DATES = (
    (re.compile(r"(?<!\d)(\d{4})[-_.](\d{2})[-_.](\d{2})(?!\d)"), (1, 2, 3)),
    (re.compile(r"(?<!\d)(\d{2})[-_.](\d{2})[-_.](\d{4})(?!\d)"), (3, 2, 1)),
    (re.compile(r"(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)"), (1, 2, 3)),
)
#: front-matter keys that are never copied onto a record as they are.
_NOT_FIELDS = {"kind", "conference", "conference_id", "deleted_at"}


def date_from_name(name: str) -> dt.date | None:
    """A date written in a file name: 2012-02-16, 2012_02_16, 16.02.2012 or 20120216."""
    for pattern, (y, m, d) in _DATES:
        for match in pattern.finditer(name):
            try:
                return dt.date(int(match.group(y)), int(match.group(m)), int(match.group(d)))
            except ValueError:
                continue
    return None


def title_from_name(path: Path) -> str:
    """A file name as a title: without its date, with spaces for underscores and dashes."""
    # a name that is not UTF-8 arrives with lone surrogates (surrogateescape): show U+FFFD instead
    name = stem = os.fsencode(path.stem).decode("utf-8", "replace")
    for pattern, _ in _DATES:
        stem = pattern.sub(" ", stem)
    title = " ".join(re.sub(r"[_\-.]+", " ", stem).split())
    return title or name


def kind_of(meta: dict, default: Kind | None) -> Kind:
    name = str(meta.get("kind") or "").strip().lower()
    if not name:
        return default or Kind.SPEECH
    if name not in FRONT_MATTER_KINDS:
        raise ValidationError(f"kind {name!r} is not one of {', '.join(KIND_BY_NAME)}")
    return FRONT_MATTER_KINDS[name]


def tags_of(value) -> list[str]:
    if value in (None, ""):
        return []
    if isinstance(value, list):
        return [str(t).strip() for t in value if str(t).strip()]
    return [t.strip() for t in re.split(r"[;,]", str(value)) if t.strip()]


def item_fields(doc: Document, meta: dict, path: Path, kind: Kind) -> dict:
    """The fields of a `kind` record (for from_dict) from a file's text and metadata."""
    names = {f.name for f in dataclasses.fields(MODEL_BY_KIND[kind])}
    fields = {k: v for k, v in meta.items() if k in names and k not in _NOT_FIELDS and v is not None}
    title = str(meta.get("title") or doc.heading or title_from_name(path)).strip()
    date = meta.get("date") or date_from_name(path.name)
    body = doc.body
    if "tags" in names:
        fields["tags"] = tags_of(meta.get("tags"))
    if kind is Kind.CONFERENCE:
        fields.update(title=title, description=body)
    elif kind is Kind.SPEECH:
        fields.update(title=title, body=body)
        fields.setdefault("date", date)
    elif kind is Kind.POINT:
        fields.update(topic=str(meta.get("topic") or title), body=body)
        if meta.get("point_kind"):
            fields["kind"] = meta["point_kind"]
    else:
        fields["statement"] = str(meta.get("statement") or body.strip() or title)
        fields["as_of"] = meta.get("as_of") or date
    if "language" in names and not meta.get("language"):
        fields["language"] = detect_language(f"{title}\n{body}")
    return fields
