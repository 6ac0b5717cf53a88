"""Briefing packs: assemble a pack's content from the store, check it, export it as PDF.

For the window: assemble (and pre-flight) on the GUI thread, where the store's connection
lives, then hand the plain `PackContent` to `render_pack` in a worker with progress/cancel.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.attachments import LinkRole, references
from ..domain.errors import NotFoundError, ValidationError
from ..domain.kinds import KINDS, OPTIONAL_SECTIONS, SECTION_KIND, SECTION_POINT_KINDS
from ..domain.models import (
    Conference,
    Kind,
    Pack,
    PackSection,
    Record,
    Role,
    SectionKind,
    TalkingPoint,
    as_model,
    default_sections,
)
from ..domain.text_stats import DEFAULT_WORDS_PER_MINUTE
from ..pdf.content import Annex, CancelFn, ExportCancelled, PackContent, ProgressFn, SectionContent
from ..store import Store
from .preflight import MISSING, Finding, blocking, group_findings, preflight, refusal

__all__ = [
    "ExportCancelled",
    "ExportResult",
    "Finding",
    "PreflightFailed",
    "assemble_pack",
    "export_pack",
    "preflight",
    "render_pack",
]


class PreflightFailed(ValidationError):
    """--strict and the pre-flight check found something blocking (one line naming what)."""

    def __init__(self, findings: list[Finding]):
        self.findings = findings  # all of them, advisory too
        reason = refusal(group_findings(findings))
        super().__init__(f"pre-flight: {reason}; export stopped (--strict)")


@dataclass
class ExportResult:
    path: Path
    findings: list[Finding] = field(default_factory=list)


def find_pack(store: Store, conference: Conference, pack_ref: str | None) -> Pack:
    """The pack named by id or title, else the conference's only (or first) pack, else a
    default pack with every section."""
    packs = [as_model(Pack, p) for p in store.list(Kind.PACK, conference_id=conference.id)]
    if pack_ref:
        for pack in packs:
            if pack.id == pack_ref or pack.title.lower() == pack_ref.strip().lower():
                return pack
        raise NotFoundError(f"no pack {pack_ref!r} in {conference.title} (try: briefcase-app list packs)")
    if packs:
        return packs[0]
    return Pack(
        conference_id=conference.id, title=f"Briefing pack: {conference.title}", sections=default_sections()
    )


def assemble_pack(
    store: Store,
    conference: Conference,
    pack: Pack,
    *,
    marking: str | None = None,
    prepared: dt.date | None = None,
    words_per_minute: int = DEFAULT_WORDS_PER_MINUTE,
) -> tuple[PackContent, list[Finding]]:
    """The pack's sections filled from the store, and findings for items it names that are gone."""
    if words_per_minute <= 0:
        raise ValidationError("words per minute must be a positive number")
    missing: list[Finding] = []
    participants = store.participants(conference.id)
    hod = next((person for part, person in participants if part.role is Role.HEAD_OF_DELEGATION), None)
    sections = []
    for section in pack.sections or default_sections():
        items = _section_items(store, conference, section, participants, missing)
        if items or section.kind not in OPTIONAL_SECTIONS:  # no page for an empty optional part
            sections.append(SectionContent(section, items))
    content = PackContent(
        conference=conference,
        pack=pack,
        sections=sections,
        head_of_delegation=hod,
        marking=(marking if marking is not None else pack.marking) or "",
        prepared=prepared or dt.date.today(),
        words_per_minute=words_per_minute,
    )
    _add_attachments(store, conference, content)
    return content, missing


def delegation_order(participants: list) -> list:
    """Our delegation (its head first) then counterparts and speakers, each in the window's order."""
    ours = (Role.HEAD_OF_DELEGATION, Role.DELEGATION_MEMBER)

    def rank(pair) -> int:
        role = pair[0].role if pair[0] is not None else None
        return 0 if role is Role.HEAD_OF_DELEGATION else 1 if role in ours else 2

    return sorted(participants, key=rank)  # stable: the order set in the window stays


def _add_attachments(store: Store, conference: Conference, content: PackContent) -> None:
    """The bytes of the images the pack's texts show, the photos of its people and the annexes."""
    shas: list[str] = []
    people: list[str] = []
    for section in content.sections:
        for item in section.items:
            record = item[1] if isinstance(item, tuple) else item
            if isinstance(item, tuple):
                people.append(record.id)
            for name in KINDS[record.KIND].text_fields:
                shas += references(getattr(record, name, ""))
    for link in store.attachment_links(people, LinkRole.PHOTO) if people else []:
        content.photos[link.item_id] = link.sha256
        shas.append(link.sha256)
    for sha in dict.fromkeys(shas):
        data = store.attachment_data(sha)
        if data is not None:
            content.images[sha] = data
    for n, link in enumerate(store.attachment_links([conference.id], LinkRole.ANNEX), start=1):
        data = store.attachment_data(link.sha256)
        info = store.attachment_info([link.sha256]).get(link.sha256)
        if data is not None and info is not None:
            title = link.name.removesuffix(".pdf").removesuffix(".PDF") if link.name else f"Annex {n}"
            content.annexes.append(Annex(title, link.sha256, data, info.pages))


def _section_items(store: Store, conference: Conference, section: PackSection, participants, missing) -> list:
    kind = section.kind
    if kind is SectionKind.PEOPLE:
        everyone = participants
        if section.item_ids:
            by_id = {person.id: (part, person) for part, person in participants}
            everyone = [by_id[i] for i in section.item_ids if i in by_id]
            _note_missing(missing, Kind.PERSON, section, [i for i in section.item_ids if i not in by_id])
        return delegation_order(everyone)
    record_kind = SECTION_KIND[kind]
    items: list[Record]
    if section.item_ids:
        items = []
        for item_id in section.item_ids:
            record = store.find(record_kind, item_id)
            if record is None:
                _note_missing(missing, record_kind, section, [item_id])
            else:
                items.append(record)
    else:
        items = store.list(record_kind, conference_id=conference.id)
    if kind in SECTION_POINT_KINDS:  # their SECTION_KIND is Kind.POINT
        points = [
            p for p in (as_model(TalkingPoint, r) for r in items) if p.kind in SECTION_POINT_KINDS[kind]
        ]
        if kind is SectionKind.OBJECTIVES:
            points.sort(key=lambda p: (SECTION_POINT_KINDS[kind].index(p.kind), p.position))
        return points
    return items


def _note_missing(missing: list, kind: Kind, section: PackSection, ids: list[str]) -> None:
    for item_id in ids:
        missing.append(
            Finding(
                kind,
                item_id,
                item_id,
                f"named in section {section.display_title!r} but no longer there",
                MISSING,
            )
        )


def render_pack(
    content: PackContent,
    target: Path | str,
    *,
    font: str | Path | None = None,
    password: str | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    size: float = 10.5,
) -> Path:
    """Write the PDF (no store needed: safe in a worker thread); `size` is the body text's
    size in points (10.5, 12 or 14). Raises ExportCancelled."""
    from ..pdf.pack import export_pack as _export_pack  # reportlab loads on the first export

    return _export_pack(
        content, target, font=font, password=password, progress=progress, cancel=cancel, size=size
    )


def export_pack(
    store: Store,
    conference: Conference,
    target: Path | str,
    *,
    pack_ref: str | None = None,
    language: str | None = None,
    marking: str | None = None,
    password: str | None = None,
    font: str | Path | None = None,
    words_per_minute: int = DEFAULT_WORDS_PER_MINUTE,
    strict: bool = False,
    max_fact_age_months: int = 12,
    today: dt.date | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    size: float = 10.5,
) -> ExportResult:
    """Assemble, pre-flight and export in one call (the command line's path); `strict`
    refuses when a finding is blocking (advisory ones never stop the export)."""
    pack = find_pack(store, conference, pack_ref)
    if language:  # --language: this export in another language than the pack's own
        pack = dataclasses.replace(pack, language=language)
    content, missing = assemble_pack(
        store, conference, pack, marking=marking, prepared=today, words_per_minute=words_per_minute
    )
    findings = missing + preflight(content, today=today, max_fact_age_months=max_fact_age_months, font=font)
    if strict and blocking(findings):
        raise PreflightFailed(findings)
    path = render_pack(
        content, target, font=font, password=password, progress=progress, cancel=cancel, size=size
    )
    return ExportResult(path, findings)
