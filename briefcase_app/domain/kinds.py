"""The one registry of record kinds: what each kind is called, where it is kept, which of its
fields are titles, Markdown texts and required, and which pack section prints it.

Adding a kind means: its dataclass in models.py, its entry here, its table in a migration
(store/schema.py), its editor fields (ui/editors/fields.py) and, when a pack prints it, a
layout in pdf/pack.py. Everything else (store, validation, command line, bundles, folder
export, pre-flight, pack assembly, the pack editor) reads this registry.
"""

from __future__ import annotations

from dataclasses import dataclass

from .models import MATERIAL_KINDS, MODEL_BY_KIND, Kind, PointKind, Record, SectionKind


@dataclass(frozen=True)
class KindSpec:
    kind: Kind
    table: str
    label: str  # "Line to take"
    plural: str  # the command line's list name: "points"
    title_field: str  # names an item in lists (and in the trash)
    #: Markdown fields, the one the window's Markdown editor edits first.
    text_fields: tuple[str, ...] = ()
    #: short printed texts (checked for placeholders and for characters no font has).
    plain_fields: tuple[str, ...] = ()
    #: fields that must not be empty: (field, how a sentence names it).
    required: tuple[tuple[str, str], ...] = ()
    default_order: str = "rowid"
    #: the pack sections that print items of this kind.
    sections: tuple[SectionKind, ...] = ()
    #: rows that belong to a conference (and go to the trash and come back with it).
    in_conference: bool = True
    #: `add KIND` needs --conference.
    conference_required: bool = False
    #: `add` and `edit` on the command line.
    editable: bool = True

    @property
    def model(self) -> type[Record]:
        return MODEL_BY_KIND[self.kind]

    @property
    def editor_field(self) -> str:
        return self.text_fields[0]

    @property
    def material(self) -> bool:
        return self.kind in MATERIAL_KINDS

    @property
    def printed_fields(self) -> tuple[str, ...]:
        """Every text field a pack may print (title, short texts, Markdown)."""
        names = (self.title_field, *self.plain_fields, *self.text_fields)
        return tuple(dict.fromkeys(names))


_SPECS = (
    KindSpec(
        Kind.CONFERENCE, "conferences", "Conference", "conferences", "title",
        text_fields=("description",), plain_fields=("short_title", "organiser", "city", "venue"),
        required=(("title", "A conference's title"),), default_order="start_date DESC, title",
        in_conference=False,
    ),
    KindSpec(
        Kind.PERSON, "people", "Person", "people", "name",
        text_fields=("biography",), plain_fields=("position", "organisation", "country"),
        required=(("name", "A person's name"),), default_order="name",
        sections=(SectionKind.PEOPLE,), in_conference=False,
    ),
    KindSpec(
        Kind.PROGRAMME, "programme_items", "Programme item", "programme", "title",
        text_fields=("notes",), plain_fields=("place", "attendees"),
        required=(("title", "A programme item's title"),), default_order="starts_at, title",
        sections=(SectionKind.PROGRAMME,), conference_required=True,
    ),
    KindSpec(
        Kind.SPEECH, "speeches", "Speech", "speeches", "title",
        text_fields=("body",), plain_fields=("speaker",),
        required=(("title", "A speech's title"),), default_order="date DESC, title",
        sections=(SectionKind.SPEECHES,),
    ),
    KindSpec(
        Kind.POINT, "points", "Line to take", "points", "topic",
        text_fields=("body",), plain_fields=("question",),
        required=(("topic", "A line to take's topic"),), default_order="position, priority, topic",
        sections=(SectionKind.OBJECTIVES, SectionKind.LINES),
    ),
    KindSpec(
        Kind.FACT, "facts", "Fact", "facts", "statement",
        text_fields=("statement",), plain_fields=("source",),
        required=(("statement", "A fact's statement"),), default_order="as_of DESC, statement",
        sections=(SectionKind.BACKGROUND,),
    ),
    KindSpec(
        Kind.PACK, "packs", "Pack", "packs", "title",
        plain_fields=("recipient", "marking", "version"),
        required=(("title", "A pack's title"), ("conference_id", "A pack's conference")),
        default_order="title", editable=False,
    ),
    KindSpec(
        Kind.SUMMARY, "summaries", "Steering brief", "summaries", "title",
        text_fields=("body", "purpose", "wants", "asks", "sensitivities"),
        required=(("title", "A steering brief's title"),), default_order="created_at, rowid",
        sections=(SectionKind.SUMMARY,), conference_required=True,
    ),
    KindSpec(
        Kind.CONTACT, "contacts", "Contact", "contacts", "name",
        text_fields=("notes",), plain_fields=("role", "phone", "email"),
        required=(("name", "A contact's name"),), default_order="position, name",
        sections=(SectionKind.CONTACTS,), conference_required=True,
    ),
    KindSpec(
        Kind.LOGISTICS, "logistics", "Logistics item", "logistics", "title",
        text_fields=("notes",), plain_fields=("place", "category"),
        required=(("title", "A logistics item's title"),), default_order="starts_at, title",
        sections=(SectionKind.LOGISTICS,), conference_required=True,
    ),
)  # fmt: skip

#: every kind, in the order records are merged and listed: what others point to comes first.
KINDS: dict[Kind, KindSpec] = {spec.kind: spec for spec in _SPECS}
assert set(KINDS) == set(Kind), "every Kind needs an entry in domain/kinds.py"

#: which kind of record fills each pack section.
SECTION_KIND: dict[SectionKind, Kind] = {section: spec.kind for spec in _SPECS for section in spec.sections}
assert set(SECTION_KIND) == set(SectionKind), "every pack section needs a kind that fills it"

#: the sections filled with talking points, and which points each takes (in print order).
SECTION_POINT_KINDS: dict[SectionKind, tuple[PointKind, ...]] = {
    SectionKind.OBJECTIVES: (PointKind.OBJECTIVE, PointKind.KEY_MESSAGE),
    SectionKind.LINES: (PointKind.LINE_TO_TAKE, PointKind.DEFENSIVE_QA, PointKind.PRESS_LINE),
}

#: sections a pack leaves out (no page, no finding) when the conference has nothing for them.
OPTIONAL_SECTIONS = frozenset({SectionKind.SUMMARY, SectionKind.CONTACTS, SectionKind.LOGISTICS})

#: command-line names: the plural `list` takes and the singular `show`, `add`... take.
CLI_NAMES: dict[str, Kind] = {
    **{spec.plural: spec.kind for spec in _SPECS},
    **{spec.kind.value: spec.kind for spec in _SPECS},
}

#: every long Markdown field of any kind (left out of list rows; checked for NUL characters).
LONG_TEXT_FIELDS = frozenset(f for spec in _SPECS for f in spec.text_fields)


def spec(kind: Kind) -> KindSpec:
    return KINDS[kind]


def table_of(kind: Kind) -> str:
    return KINDS[kind].table
