"""Which fields each kind's editor shows, and which one is its Markdown text."""

from __future__ import annotations

from dataclasses import dataclass

from ...domain.models import Kind, PointKind, Role, SpeechStatus


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    widget: str = "line"  # line | date | datetime | minutes | priority | choice | tags
    choices: tuple[tuple[str, str], ...] = ()
    placeholder: str = ""


def _choices(enum_cls) -> tuple[tuple[str, str], ...]:
    return tuple((m.value, getattr(m, "label", m.value.capitalize())) for m in enum_cls)


TAGS = Field("tags", "Tags", "tags", placeholder="comma, separated")
LANGUAGE = Field("language", "Language", placeholder="en, ru, kk")

FIELDS: dict[Kind, list[Field]] = {
    Kind.CONFERENCE: [
        Field("title", "Title"),
        Field("short_title", "Short title"),
        Field("organiser", "Organiser"),
        Field("city", "City"),
        Field("venue", "Venue"),
        Field("start_date", "Starts", "date"),
        Field("end_date", "Ends", "date"),
    ],
    Kind.PERSON: [
        Field("name", "Name"),
        Field("position", "Position"),
        Field("organisation", "Organisation"),
        Field("country", "Country"),
    ],
    Kind.PROGRAMME: [
        Field("title", "Title"),
        Field("starts_at", "Starts", "datetime"),
        Field("ends_at", "Ends", "datetime"),
        Field("place", "Place"),
        Field("attendees", "Attendees"),
    ],
    Kind.SPEECH: [
        Field("title", "Title"),
        Field("speaker", "Speaker"),
        Field("date", "Date", "date"),
        Field("status", "Status", "choice", _choices(SpeechStatus)),
        Field("target_minutes", "Target length", "minutes"),
        LANGUAGE,
        TAGS,
    ],
    Kind.POINT: [
        Field("topic", "Topic"),
        Field("kind", "Kind", "choice", _choices(PointKind)),
        Field("question", "Question", placeholder="for defensive Q&A: the question to expect"),
        Field("priority", "Priority", "priority"),
        LANGUAGE,
        TAGS,
    ],
    Kind.FACT: [
        Field("source", "Source"),
        Field("source_url", "Source address"),
        Field("as_of", "As of", "date"),
        LANGUAGE,
        TAGS,
    ],
}

#: the field edited in the Markdown editor, per kind.
TEXT_FIELD: dict[Kind, str] = {
    Kind.CONFERENCE: "description",
    Kind.PERSON: "biography",
    Kind.PROGRAMME: "notes",
    Kind.SPEECH: "body",
    Kind.POINT: "body",
    Kind.FACT: "statement",
}

ROLE_CHOICES = _choices(Role)
