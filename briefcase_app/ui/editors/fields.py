"""Which fields each kind's editor shows, and which one is its Markdown text."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ...domain.kinds import KINDS
from ...domain.models import Kind, PointKind, Role, SpeechStatus


@dataclass(frozen=True)
class Field:
    """A field of an editor; `label` and `placeholder` are English, shown translated ("Fields")."""

    name: str
    label: str
    #: line | lines | date | datetime | minutes | priority | choice | tags | person | people
    widget: str = "line"
    choices: tuple[tuple[str, str], ...] = ()
    placeholder: str = ""


def _choices(enum_cls) -> tuple[tuple[str, str], ...]:
    return tuple((m.value, getattr(m, "label", m.value.capitalize())) for m in enum_cls)


TAGS = Field(
    "tags",
    QT_TRANSLATE_NOOP("Fields", "Tags"),
    "tags",
    placeholder=QT_TRANSLATE_NOOP("Fields", "comma, separated"),
)
LANGUAGE = Field(
    "language", QT_TRANSLATE_NOOP("Fields", "Language"), placeholder=QT_TRANSLATE_NOOP("Fields", "en, ru, kk")
)

FIELDS: dict[Kind, list[Field]] = {
    Kind.CONFERENCE: [
        Field("title", QT_TRANSLATE_NOOP("Fields", "Title")),
        Field("short_title", QT_TRANSLATE_NOOP("Fields", "Short title")),
        Field("organiser", QT_TRANSLATE_NOOP("Fields", "Organiser")),
        Field("city", QT_TRANSLATE_NOOP("Fields", "City")),
        Field("venue", QT_TRANSLATE_NOOP("Fields", "Venue")),
        Field("start_date", QT_TRANSLATE_NOOP("Fields", "Starts"), "date"),
        Field("end_date", QT_TRANSLATE_NOOP("Fields", "Ends"), "date"),
    ],
    Kind.PERSON: [
        Field("name", QT_TRANSLATE_NOOP("Fields", "Name")),
        Field("position", QT_TRANSLATE_NOOP("Fields", "Position")),
        Field("organisation", QT_TRANSLATE_NOOP("Fields", "Organisation")),
        Field("country", QT_TRANSLATE_NOOP("Fields", "Country")),
    ],
    Kind.PROGRAMME: [
        Field("title", QT_TRANSLATE_NOOP("Fields", "Title")),
        Field("starts_at", QT_TRANSLATE_NOOP("Fields", "Starts"), "datetime"),
        Field("ends_at", QT_TRANSLATE_NOOP("Fields", "Ends"), "datetime"),
        Field("place", QT_TRANSLATE_NOOP("Fields", "Place")),
        Field(
            "attendees",
            QT_TRANSLATE_NOOP("Fields", "Attendees"),
            "people",
            placeholder=QT_TRANSLATE_NOOP("Fields", "names from People, comma separated"),
        ),
    ],
    Kind.SPEECH: [
        Field("title", QT_TRANSLATE_NOOP("Fields", "Title")),
        Field(
            "speaker",
            QT_TRANSLATE_NOOP("Fields", "Speaker"),
            "person",
            placeholder=QT_TRANSLATE_NOOP("Fields", "a name from People"),
        ),
        Field("date", QT_TRANSLATE_NOOP("Fields", "Date"), "date"),
        Field("status", QT_TRANSLATE_NOOP("Fields", "Status"), "choice", _choices(SpeechStatus)),
        Field("target_minutes", QT_TRANSLATE_NOOP("Fields", "Target length"), "minutes"),
        LANGUAGE,
        TAGS,
    ],
    Kind.POINT: [
        Field("topic", QT_TRANSLATE_NOOP("Fields", "Topic")),
        Field("kind", QT_TRANSLATE_NOOP("Fields", "Kind"), "choice", _choices(PointKind)),
        Field(
            "question",
            QT_TRANSLATE_NOOP("Fields", "Question"),
            "lines",
            placeholder=QT_TRANSLATE_NOOP("Fields", "for defensive Q&A: the question to expect"),
        ),
        Field("priority", QT_TRANSLATE_NOOP("Fields", "Priority"), "priority"),
        LANGUAGE,
        TAGS,
    ],
    Kind.FACT: [
        Field("source", QT_TRANSLATE_NOOP("Fields", "Source")),
        Field("source_url", QT_TRANSLATE_NOOP("Fields", "Source address")),
        Field("as_of", QT_TRANSLATE_NOOP("Fields", "As of"), "date"),
        LANGUAGE,
        TAGS,
    ],
    Kind.SUMMARY: [
        Field("title", QT_TRANSLATE_NOOP("Fields", "Title")),
        Field("purpose", QT_TRANSLATE_NOOP("Fields", "Purpose")),
        Field("wants", QT_TRANSLATE_NOOP("Fields", "What we want")),
        Field("asks", QT_TRANSLATE_NOOP("Fields", "Main asks of us")),
        Field("sensitivities", QT_TRANSLATE_NOOP("Fields", "Sensitivities")),
    ],
    Kind.CONTACT: [
        Field("name", QT_TRANSLATE_NOOP("Fields", "Name")),
        Field("role", QT_TRANSLATE_NOOP("Fields", "Role")),
        Field("phone", QT_TRANSLATE_NOOP("Fields", "Phone")),
        Field("email", QT_TRANSLATE_NOOP("Fields", "E-mail")),
    ],
    Kind.LOGISTICS: [
        Field("title", QT_TRANSLATE_NOOP("Fields", "Title")),
        Field("starts_at", QT_TRANSLATE_NOOP("Fields", "Starts"), "datetime"),
        Field("ends_at", QT_TRANSLATE_NOOP("Fields", "Ends"), "datetime"),
        Field("place", QT_TRANSLATE_NOOP("Fields", "Place")),
        Field(
            "category",
            QT_TRANSLATE_NOOP("Fields", "What"),
            placeholder=QT_TRANSLATE_NOOP(
                "Fields", "arrival, cars, hotel, seating, interpreters, media, dress"
            ),
        ),
    ],
}

#: the field edited in the Markdown editor, per kind (domain/kinds.py says which).
TEXT_FIELD: dict[Kind, str] = {kind: spec.editor_field for kind, spec in KINDS.items() if spec.text_fields}

ROLE_CHOICES = _choices(Role)
