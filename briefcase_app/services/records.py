"""Create, change, delete, restore and copy every kind of record; each returns its Changes."""

from __future__ import annotations

import builtins
import dataclasses
from pathlib import Path

from ..domain.changes import Changes
from ..domain.convert import from_dict
from ..domain.errors import NotFoundError, ValidationError
from ..domain.models import (
    MATERIAL_KINDS,
    MODEL_BY_KIND,
    Conference,
    Kind,
    Material,
    Participant,
    Person,
    Record,
    Role,
    new_id,
)
from ..domain.validation import validate
from ..store import ANY, Store
from .backups import Backups


def _changed(record_or_kind, item_id: str | None = None, **flags) -> Changes:
    kind = record_or_kind if isinstance(record_or_kind, Kind) else record_or_kind.KIND
    ids = {item_id or record_or_kind.id}
    return Changes(kinds=frozenset({kind}), ids=frozenset(ids), **flags)


@dataclasses.dataclass(frozen=True)
class Erasure:
    """What deleting for good did: items erased, backups rewritten without them, backups deleted."""

    items: int
    backups_rewritten: int = 0
    backups_deleted: list[Path] = dataclasses.field(default_factory=list)
    attachments: int = 0  # images, photos and annexes no other item used
    ids: tuple[str, ...] = ()  # every record erased (a conference's contents included)

    def from_backups(self, backups: Backups) -> Erasure:
        """The same erasure carried into every backup (slow: each backup is rewritten)."""
        rewritten, dropped = backups.erase(list(self.ids))
        return dataclasses.replace(self, backups_rewritten=rewritten, backups_deleted=dropped)

    def summary(self) -> str:
        text = f"Deleted for good: {self.items} item(s)"
        if self.attachments:
            text += f" and {self.attachments} attachment(s) nothing else used"
        if self.backups_rewritten:
            text += f"; {self.backups_rewritten} backup(s) rewritten without them"
        if self.backups_deleted:
            text += f"; {len(self.backups_deleted)} backup(s) that could not be rewritten were deleted"
        return text


class RecordService:
    """The operations behind every screen and command that edits the store."""

    def __init__(self, store: Store):
        self.store = store

    # ---- reading -------------------------------------------------------
    def get(self, kind: Kind, item_id: str) -> Record:
        return self.store.get(kind, item_id)

    def kind_of(self, item_id: str) -> Kind:
        """The kind of the record with this id, whatever its table (trashed or not)."""
        from ..store.imports import ImportStore

        kind = ImportStore(self.store).kinds_of([item_id]).get(item_id)
        if kind is None:
            raise NotFoundError(f"no item with id {item_id!r} (ids: briefcase-app list ... --json)")
        return kind

    def find(self, kind: Kind, item_id: str, include_deleted: bool = False) -> Record | None:
        """The record, or None when there is none (or it is in the Trash, unless asked for)."""
        return self.store.find(kind, item_id, include_deleted=include_deleted)

    def items(self, kind: Kind, conference_id=ANY, **kw) -> builtins.list[Record]:
        """Records of a kind by conference id (ANY: every conference; None: the Library)."""
        return self.store.list(kind, conference_id=conference_id, **kw)

    def count_in(self, kind: Kind, conference_id=ANY, library: bool = False) -> int:
        return self.store.count(kind, conference_id=conference_id, library=library)

    def people_in(self, conference_id: str) -> builtins.list[tuple[Participant, Person]]:
        """A conference's people in their order, each with their part in it."""
        return self.store.participants(conference_id)

    def person_by_name(self, name: str) -> Person | None:
        return self.store.person_by_name(name)

    def attachment_links(self, item_ids: builtins.list[str] | None = None):
        return self.store.attachment_links(item_ids)

    def attachment_info(self, digests: builtins.list[str] | None = None):
        return self.store.attachment_info(digests)

    def attachment_data(self, sha256: str) -> bytes | None:
        return self.store.attachment_data(sha256)

    def detach(self, link_id: str) -> None:
        """Take an image, photo or annex off its item (the file stays while another item uses it)."""
        self.store.detach(link_id)

    def close(self) -> None:
        """Close the connection under this service (a worker's own)."""
        self.store.close()

    def __enter__(self) -> RecordService:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def transaction(self):
        """Several writes that land together or not at all."""
        return self.store.transaction()

    def list(self, kind: Kind, conference: str | None = None, library: bool = False, **kw):
        """Records of a kind; `conference` is an id or title, `library` means no conference."""
        conference_id = ANY
        if conference:
            conference_id = self.resolve_conference(conference).id
        return self.store.list(kind, conference_id=conference_id, library=library, **kw)

    def count(self, kind: Kind, conference: str | None = None, library: bool = False) -> int:
        conference_id = self.resolve_conference(conference).id if conference else ANY
        return self.store.count(kind, conference_id=conference_id, library=library)

    def resolve_conference(self, ref: str) -> Conference:
        """The conference named by id, title or short title; clear error if none or several."""
        if not (ref or "").strip():
            raise ValidationError("name a conference by its id or title")
        matches = self.store.conferences_matching(ref)
        if not matches:
            raise NotFoundError(f"no conference called {ref!r} (try: briefcase-app list conferences)")
        if len(matches) > 1:
            ids = ", ".join(m.id for m in matches)
            raise ValidationError(f"{len(matches)} conferences are called {ref!r}; use an id: {ids}")
        return matches[0]  # type: ignore[return-value]

    # ---- writing -------------------------------------------------------
    def create(self, record: Record) -> Changes:
        validate(record)
        self._check_conference(record)
        self.store.insert(record)
        return _changed(record, created=frozenset({record.id}), revisions=True)

    def update(self, record: Record) -> Changes:
        validate(record)
        self._check_conference(record)
        self.store.update(record)
        return _changed(record, revisions=True)

    def edit(self, kind: Kind, item_id: str, **fields) -> tuple[Record, Changes]:
        """Change some fields of a stored record, parsing text values to their types."""
        current = self.store.get(kind, item_id)
        data = current.to_dict() | fields
        record = from_dict(MODEL_BY_KIND[kind], data)
        return record, self.update(record)

    def delete(self, kind: Kind, item_id: str) -> Changes:
        self.store.delete(kind, item_id)
        return _changed(kind, item_id, trash=True)

    def restore(self, kind: Kind, item_id: str) -> Changes:
        self.store.restore(kind, item_id)
        return _changed(kind, item_id, trash=True)

    def purge(
        self, kind: Kind, item_id: str, backups: Backups | None = None, in_backups: bool = True
    ) -> tuple[Erasure, Changes]:
        """Delete one item in the trash for good, here and (unless `in_backups` is False: the
        window does that part in a worker with `Erasure.from_backups`) in the store's backups."""
        ids = self.store.purge(kind, item_id)
        return self._erased(1, ids, backups, in_backups), Changes(trash=True)

    def empty_trash(self, backups: Backups | None = None, in_backups: bool = True) -> tuple[Erasure, Changes]:
        """Delete everything in the trash for good, here and in the store's backups (as purge)."""
        count = len(self.store.trash())
        return self._erased(count, self.store.empty_trash(), backups, in_backups), Changes(trash=True)

    def _erased(
        self, count: int, ids: builtins.list[str], backups: Backups | None, in_backups: bool
    ) -> Erasure:
        erasure = Erasure(count, attachments=len(self.store.erased_attachments), ids=tuple(ids))
        if backups is None and self.store.path is not None:
            backups = Backups(self.store.path)
        return erasure.from_backups(backups) if in_backups and backups is not None else erasure

    def trash(self):
        return self.store.trash()

    def copy(self, kind: Kind, item_id: str, conference: str | None) -> tuple[Record, Changes]:
        """Copy a speech, point or fact into a conference (or the Library when None)."""
        if kind not in MATERIAL_KINDS:
            raise ValidationError(
                f"only speeches, lines to take and facts can be copied, not a {kind.label.lower()}"
            )
        original = self.store.get(kind, item_id)
        assert isinstance(original, Material)
        target = self.resolve_conference(conference).id if conference else None
        copy = dataclasses.replace(
            original,
            id=new_id(),
            created_at="",
            updated_at="",
            conference_id=target,
            origin_id=original.id,
        )
        return copy, self.create(copy)

    def revisions(self, item_id: str):
        return self.store.revisions(item_id)

    def restore_revision(self, revision_id: str) -> tuple[Record, Changes]:
        """Make an earlier saved state the current one (itself kept as a new revision)."""
        revision = self.store.revision(revision_id)
        current = self.store.get(revision.kind, revision.item_id)
        data = dict(revision.data, id=current.id, created_at=current.created_at)
        record = from_dict(MODEL_BY_KIND[revision.kind], data)
        return record, self.update(record)

    # ---- people in a conference ---------------------------------------
    def add_participant(
        self, conference: str, person: Person, role: Role = Role.DELEGATION_MEMBER
    ) -> Changes:
        """Attach a person (created if new, matched by name otherwise) to a conference."""
        conf = self.resolve_conference(conference)
        existing = self.store.find(Kind.PERSON, person.id) or self.store.person_by_name(person.name)
        with self.store.transaction():
            if existing is None:
                self.create(person)
                existing = person
            position = len(self.store.participants(conf.id))
            self.store.add_participant(
                Participant(conference_id=conf.id, person_id=existing.id, role=role, position=position)
            )
        return Changes(kinds=frozenset({Kind.PERSON}), ids=frozenset({existing.id, conf.id}))

    def set_role(self, participant_id: str, role: Role) -> Changes:
        """Change what a person is in one conference (head of delegation, counterpart...)."""
        self.store.set_participant_role(participant_id, Role(role).value)
        return Changes(kinds=frozenset({Kind.PERSON}), ids=frozenset({participant_id}))

    def remove_participant(self, participant_id: str) -> Changes:
        """Take a person off a conference; the person stays in the store for other conferences."""
        self.store.remove_participant(participant_id)
        return Changes(kinds=frozenset({Kind.PERSON}), ids=frozenset({participant_id}))

    def reorder(self, kind: Kind, ids: builtins.list[str], conference_id: str | None = None) -> Changes:
        """Put talking points (or a conference's people: its delegation lists print in this
        order, the head of delegation first) in this order, in one transaction."""
        if kind is Kind.PERSON and conference_id:
            self.store.reorder_participants(conference_id, ids)
            return Changes(kinds=frozenset({kind}), ids=frozenset(ids))
        if kind is not Kind.POINT:
            raise ValidationError(f"{kind.label.lower()}s have no order of their own")
        self.store.reorder(kind, ids)
        return Changes(kinds=frozenset({kind}), ids=frozenset(ids))

    def participants(self, conference: str):
        return self.store.participants(self.resolve_conference(conference).id)

    def _check_conference(self, record: Record) -> None:
        conference_id = getattr(record, "conference_id", None)
        if conference_id and self.store.find(Kind.CONFERENCE, conference_id) is None:
            raise NotFoundError(f"no conference with id {conference_id!r}")
