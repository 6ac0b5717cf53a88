"""Plain data of a briefing: conferences, people, materials and packs. No Qt, no SQL."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import uuid
from dataclasses import dataclass, field
from typing import ClassVar, TypeVar


def new_id() -> str:
    """A stable text key, unique across laptops, so stores can later be merged."""
    return str(uuid.uuid4())


def now_iso() -> str:
    """UTC timestamp with microseconds, sortable as text."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


class Kind(enum.StrEnum):
    """Every kind of record the store keeps; the value is the command-line name."""

    CONFERENCE = "conference"
    PERSON = "person"
    PROGRAMME = "programme"
    SPEECH = "speech"
    POINT = "point"
    FACT = "fact"
    PACK = "pack"
    SUMMARY = "summary"
    CONTACT = "contact"
    LOGISTICS = "logistics"

    @property
    def label(self) -> str:
        from .kinds import KINDS  # the registry of kinds (it imports this module)

        return KINDS[self].label


#: Kinds that can sit in the Library (no conference) and be copied into a conference.
MATERIAL_KINDS = (Kind.SPEECH, Kind.POINT, Kind.FACT)


class Role(enum.StrEnum):
    """A person's part in one conference."""

    HEAD_OF_DELEGATION = "head_of_delegation"
    DELEGATION_MEMBER = "delegation_member"
    COUNTERPART = "counterpart"
    SPEAKER = "speaker"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class SpeechStatus(enum.StrEnum):
    DRAFT = "draft"
    CLEARED = "cleared"
    DELIVERED = "delivered"


class PointKind(enum.StrEnum):
    """What a talking point is for; the order here is the order in a pack."""

    OBJECTIVE = "objective"
    KEY_MESSAGE = "key_message"
    LINE_TO_TAKE = "line_to_take"
    DEFENSIVE_QA = "defensive_qa"
    PRESS_LINE = "press_line"

    @property
    def label(self) -> str:
        return {
            "objective": "Objective",
            "key_message": "Key message",
            "line_to_take": "Line to take",
            "defensive_qa": "Defensive Q&A",
            "press_line": "Press line",
        }[self.value]


class SectionKind(enum.StrEnum):
    """The sections a briefing pack can hold, in their customary order."""

    SUMMARY = "summary"
    PROGRAMME = "programme"
    LOGISTICS = "logistics"
    PEOPLE = "people"
    CONTACTS = "contacts"
    OBJECTIVES = "objectives"
    LINES = "lines"
    SPEECHES = "speeches"
    BACKGROUND = "background"

    @property
    def label(self) -> str:
        return {
            "summary": "Steering brief",
            "programme": "Programme",
            "logistics": "Logistics and scenario",
            "people": "People",
            "contacts": "Contacts",
            "objectives": "Objectives and key messages",
            "lines": "Lines to take",
            "speeches": "Speeches",
            "background": "Background",
        }[self.value]


@dataclass
class Record:
    """Fields every stored row has."""

    id: str = field(default_factory=new_id, kw_only=True)
    created_at: str = field(default="", kw_only=True)
    updated_at: str = field(default="", kw_only=True)
    deleted_at: str | None = field(default=None, kw_only=True)

    KIND: ClassVar[Kind | None] = None

    @property
    def display_title(self) -> str:
        from .kinds import KINDS

        name = KINDS[self.KIND].title_field if self.KIND is not None else "title"
        return getattr(self, name, "") or self.id

    def to_dict(self) -> dict:
        """JSON-ready dict: enums by value, dates as ISO text."""
        return {f.name: _plain(getattr(self, f.name)) for f in dataclasses.fields(self)}


RecordT = TypeVar("RecordT", bound=Record)


def as_model(model: type[RecordT], record: Record) -> RecordT:
    """`record` as the dataclass its kind promises: the store hands every kind back as a
    Record, and a type checker cannot know a Kind.PACK list holds Packs. TypeError otherwise."""
    if not isinstance(record, model):
        raise TypeError(f"expected a {model.__name__}, not a {type(record).__name__}")
    return record


def _plain(value):
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if dataclasses.is_dataclass(value):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    return value


@dataclass
class Conference(Record):
    KIND: ClassVar[Kind] = Kind.CONFERENCE
    title: str
    short_title: str = ""
    organiser: str = ""
    city: str = ""
    venue: str = ""
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    description: str = ""


@dataclass
class Person(Record):
    """Someone met at conferences; reusable, with a role per conference."""

    KIND: ClassVar[Kind] = Kind.PERSON
    name: str
    position: str = ""
    organisation: str = ""
    country: str = ""
    biography: str = ""

    @property
    def display_title(self) -> str:
        return self.name


@dataclass
class Participant(Record):
    """A person's role in one conference."""

    conference_id: str
    person_id: str
    role: Role = Role.DELEGATION_MEMBER
    position: int = 0


@dataclass
class ProgrammeItem(Record):
    KIND: ClassVar[Kind] = Kind.PROGRAMME
    conference_id: str
    title: str
    starts_at: dt.datetime | None = None
    ends_at: dt.datetime | None = None
    place: str = ""
    attendees: str = ""
    notes: str = ""


@dataclass
class Material(Record):
    """Fields shared by speeches, talking points and facts."""

    conference_id: str | None = field(default=None, kw_only=True)
    tags: list[str] = field(default_factory=list, kw_only=True)
    origin_id: str | None = field(default=None, kw_only=True)


@dataclass
class Speech(Material):
    KIND: ClassVar[Kind] = Kind.SPEECH
    title: str
    speaker: str = ""
    date: dt.date | None = None
    language: str = "en"
    status: SpeechStatus = SpeechStatus.DRAFT
    target_minutes: int | None = None
    body: str = ""


@dataclass
class TalkingPoint(Material):
    KIND: ClassVar[Kind] = Kind.POINT
    topic: str
    kind: PointKind = PointKind.LINE_TO_TAKE
    question: str = ""
    body: str = ""
    priority: int = 2
    position: int = 0
    language: str = "en"

    @property
    def display_title(self) -> str:
        return self.question or self.topic


@dataclass
class Fact(Material):
    KIND: ClassVar[Kind] = Kind.FACT
    statement: str
    source: str = ""
    source_url: str = ""
    as_of: dt.date | None = None
    language: str = "en"

    @property
    def display_title(self) -> str:
        return self.statement


@dataclass
class PackSection:
    """One section of a pack; item_ids empty means every item of that kind."""

    kind: SectionKind
    title: str = ""
    item_ids: list[str] = field(default_factory=list)

    @property
    def display_title(self) -> str:
        return self.title or self.kind.label


@dataclass
class Pack(Record):
    KIND: ClassVar[Kind] = Kind.PACK
    conference_id: str
    title: str
    recipient: str = ""
    marking: str = "OFFICIAL"
    version: str = "1"
    sections: list[PackSection] = field(default_factory=list)
    #: the language of the pack's fixed words and dates (en, ru, kk): pdf/wording.py
    language: str = "en"


@dataclass
class Summary(Record):
    """The steering brief: one page per conference, the first thing a pack prints."""

    KIND: ClassVar[Kind] = Kind.SUMMARY
    conference_id: str
    title: str = "Steering brief"
    purpose: str = ""
    wants: str = ""  # what we want from the conference
    asks: str = ""  # the main asks of us
    sensitivities: str = ""
    body: str = ""  # the recommended line (Markdown)


@dataclass
class Contact(Record):
    """Someone to call during a conference (private office, duty officer, liaison...)."""

    KIND: ClassVar[Kind] = Kind.CONTACT
    conference_id: str
    name: str
    role: str = ""
    phone: str = ""
    email: str = ""
    notes: str = ""
    position: int = 0


@dataclass
class LogisticsItem(Record):
    """One timed step of the scenario: arrivals, cars, hotel, seating, interpreters, media..."""

    KIND: ClassVar[Kind] = Kind.LOGISTICS
    conference_id: str
    title: str
    starts_at: dt.datetime | None = None
    ends_at: dt.datetime | None = None
    place: str = ""
    category: str = ""
    notes: str = ""


def default_sections() -> list[PackSection]:
    return [PackSection(kind) for kind in SectionKind]


@dataclass
class Revision:
    """A saved state of one item's text, restorable."""

    id: str
    kind: Kind
    item_id: str
    created_at: str
    data: dict


@dataclass
class TrashEntry:
    kind: Kind
    id: str
    title: str
    deleted_at: str


MODEL_BY_KIND: dict[Kind, type[Record]] = {
    Kind.CONFERENCE: Conference,
    Kind.PERSON: Person,
    Kind.PROGRAMME: ProgrammeItem,
    Kind.SPEECH: Speech,
    Kind.POINT: TalkingPoint,
    Kind.FACT: Fact,
    Kind.PACK: Pack,
    Kind.SUMMARY: Summary,
    Kind.CONTACT: Contact,
    Kind.LOGISTICS: LogisticsItem,
}
